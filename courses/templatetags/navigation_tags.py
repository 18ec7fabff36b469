from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/site_menu.html", takes_context=True)
def site_menu(context):
    """The main navigation: the site's home page and its live children marked "show in menus".

    An item is current when the page being shown is that item or lies below it.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"request": request, "root": None, "items": []}
    root = site.root_page
    current_path = getattr(context.get("page"), "url_path", None) or ""
    children = root.get_children().live().public().in_menu()
    items = [{"page": child, "current": current_path.startswith(child.url_path)} for child in children]
    return {"request": request, "root": root, "root_current": current_path == root.url_path, "items": items}
