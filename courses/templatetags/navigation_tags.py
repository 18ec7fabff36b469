from django import template

from courses.page_cache import remember, site_for

register = template.Library()


def _is_preview(request):
    return getattr(request, "is_preview", False)


@register.inclusion_tag("includes/site_menu.html", takes_context=True)
def site_menu(context):
    """The main navigation: the site's home page and its live children marked "show in menus".

    An item is current when the page being shown is that item or lies below it. The items are remembered per
    site until the next publish: the menu costs no query.
    """
    request = context.get("request")
    site = site_for(request) if request else None
    if site is None:
        return {"request": request, "root": None, "items": []}

    def build():
        root = site.root_page
        children = root.get_children().live().public().in_menu()
        return {
            "url": root.get_url(request),
            "url_path": root.url_path,
            "items": [(child.title, child.url_path, child.get_url(request)) for child in children],
        }

    menu = remember(f"menu:{site.pk}", build)
    current_path = getattr(context.get("page"), "url_path", None) or ""
    items = [
        {"title": title, "url": url, "current": current_path.startswith(url_path)}
        for title, url_path, url in menu["items"]
    ]
    return {
        "request": request,
        "root": menu["url"],
        "root_current": current_path == menu["url_path"],
        "items": items,
    }


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """[(title, url)] of the page's ancestors below the tree's root (the home page titled "Home" by the
    template), remembered until the next publish; looked up afresh in a preview."""
    request = context.get("request")

    def build():
        return [(a.depth, a.title, a.get_url(request)) for a in page.get_ancestors().filter(depth__gt=1)]

    site = site_for(request) if request else None
    if site is None or page.pk is None or _is_preview(request):
        return build()
    return remember(f"breadcrumbs:{site.pk}:{page.pk}", build)
