from django import template

from courses.blocks import paired_clip_id
from courses.models import TechniqueIndexPage

register = template.Library()


@register.filter
def signed(value):
    """A figure as printed in the review: the true minus sign for negatives, digits kept as authored."""
    if value is None or value == "":
        return "\u2013"
    text = str(value)
    return "\u2212" + text[1:] if text.startswith("-") else text


@register.filter
def paired_clip(block_id, side):
    """The clip id of one side ("mbt" or "dbt") of a paired-clips block."""
    return paired_clip_id(block_id, side)


@register.simple_tag(takes_context=True)
def technique_url(context, technique):
    """A technique's page in the glossary ("" without a live glossary).

    The glossary's address is looked up once per request, as pages list many techniques.
    """
    request = context.get("request")
    base = getattr(request, "_glossary_url", None)
    if base is None:
        glossary = TechniqueIndexPage.objects.live().first()
        base = glossary.get_url(request) if glossary else ""
        if request is not None:
            request._glossary_url = base
    return f"{base}{technique.slug}/" if base else ""
