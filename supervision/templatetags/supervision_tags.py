from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from supervision import extensions, marking, scope

register = template.Library()


@register.filter
def can_supervise(user):
    """{% if user|can_supervise %}: whether to offer the supervision workspace in the menu."""
    return scope.can_supervise(user)


@register.simple_tag(takes_context=True)
def query_with(context, query, **params):
    """The current filters (an encoded query string) with `params` replaced, for sort and page links."""
    from django.http import QueryDict

    merged = QueryDict(query, mutable=True)
    for key, value in params.items():
        merged[key] = value
    return merged.urlencode()


@register.simple_tag
def essays_awaiting(user):
    """How many essays of `user`'s trainees await marking (one query), for the workspace's menu."""
    return marking.awaiting_marking(user).count()


@register.simple_tag(takes_context=True)
def workspace_nav_items(context):
    """The links rooms above add to the workspace's navigation (`supervision.extensions.NAV_HOOK`)."""
    return extensions.nav_items(context["request"])


@register.simple_tag(takes_context=True)
def matrix_cell(context, cell):
    """One cell of the cohort matrix (includes/matrix_cell.html), rendered once per page for each kind of cell
    (status, score, passed): a page of 50 trainees × 40 modules has a few dozen kinds among its 2,000 cells."""
    rendered = context.render_context.setdefault("matrix_cells", {})
    key = (cell.status, cell.score, cell.passed)
    if key not in rendered:
        # The template's own output (escaped by it), without the newline that ends the file.
        html = render_to_string("supervision/includes/matrix_cell.html", {"cell": cell}).strip()
        rendered[key] = mark_safe(html)  # noqa: S308 (rendered by the template engine, which escaped it)
    return rendered[key]
