"""The demo's Wagtail site and home page."""

from django.conf import settings
from wagtail.models import Page, Site

from courses.models import HomePage

HOME_LEAD = (
    "Online training for clinicians who treat borderline personality disorder with "
    "Mentalization-Based Treatment or Dialectical Behavior Therapy, and who want a grounding in "
    "the other approach and a sense of how it might add to their own."
)
HOME_INTRO = (
    "<h2>Why both?</h2>"
    "<p>MBT and DBT are the two most thoroughly researched treatments for borderline personality "
    "disorder. Few therapists can be fully trained in both, and that is not the aim here. The aim is "
    "a look beyond your own nose: a solid grasp of your own model, the essentials of the other one, "
    "and a clear sense of where each can strengthen the other within one coherent case formulation.</p>"
    "<h2>How the courses work</h2>"
    "<ul><li>An MBT track and a DBT track teach each model's theory, structure and core techniques.</li>"
    "<li>A cross-training strand compares the two side by side: theory, group formats, techniques "
    "and the evidence.</li>"
    "<li>Role-play clips show techniques in action: scripted sessions with synthetic voices over drawn "
    "figures, with captions, transcripts and chapter markers for each technique.</li>"
    "<li>Short quizzes check understanding and record your progress; supervisors follow the progress "
    "of the trainees they supervise and mark written work.</li></ul>"
    "<p>Everything here is continuing education. Completing a course does not certify anyone to "
    "deliver either therapy; accreditation stays with the recognised training bodies.</p>"
)


def seed_site():
    """Replace Wagtail's welcome page with our home page and point the default site at it."""
    root = Page.get_first_root_node()
    # Wagtail's own "Welcome" page (a plain Page) holds the slug "home" on a new install.
    Page.objects.filter(depth=2, slug="home").exact_type(Page).delete()
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        home = HomePage(
            title="MBT and DBT: training beyond the own nose", slug="home", lead=HOME_LEAD, intro=HOME_INTRO
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    elif (home.lead, home.intro) != (HOME_LEAD, HOME_INTRO) or home.has_unpublished_changes:
        home.lead, home.intro = HOME_LEAD, HOME_INTRO
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = "localhost"
    site.port = 80
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    return home
