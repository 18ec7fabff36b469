"""The demo's Wagtail site and home page."""

from django.conf import settings
from wagtail.models import Page, Site

from courses.models import HomePage
from demo.loader import CONTENT, read_page


def seed_site(folder=CONTENT):
    """Replace Wagtail's welcome page with our home page (``home.md``) and point the default site at it."""
    page = read_page(folder / "home.md", HomePage)
    title, lead, intro = page["title"], page["lead"] or "", page.intro
    root = Page.get_first_root_node()
    # Wagtail's own "Welcome" page (a plain Page) holds the slug "home" on a new install.
    Page.objects.filter(depth=2, slug="home").exact_type(Page).delete()
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        home = HomePage(title=title, slug="home", lead=lead, intro=intro)
        root.add_child(instance=home)
        home.save_revision().publish()
    elif (home.title, home.lead, home.intro) != (title, lead, intro) or home.has_unpublished_changes:
        home.title, home.lead, home.intro = title, lead, intro
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = "localhost"
    site.port = 80
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    return home
