from django import template

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
