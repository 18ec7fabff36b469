from django import template
from django.utils.safestring import mark_safe

from courses.blocks import paired_clip_id
from courses.extensions import module_panels as panels_of
from courses.models import TechniqueIndexPage
from courses.page_cache import remember

# Blocks that show the visitor's own state (a quiz card: "Your result: 80 %"): rendered on every request.
OWN_STATE_BLOCKS = {"quiz"}

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
def module_panels(context, module):
    """`{% module_panels page as panels %}`: what rooms above courses show on a module (``courses.extensions``)."""
    return panels_of(context.get("request"), module)


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


@register.simple_tag(takes_context=True)
def module_body(context, page):
    """[(block type, block id, html, block)] of the module's body: each block the same for everyone rendered
    once and remembered until the next publish (html), the others left to the template (block).

    A preview renders everything afresh: its page may be a draft nobody else sees.
    """
    request = context.get("request")
    types = [(raw["type"], raw.get("id")) for raw in page.body.raw_data]

    def render_shared():
        shared = {}
        for index, (block_type, _block_id) in enumerate(types):
            if block_type not in OWN_STATE_BLOCKS:
                block = page.body[index]
                shared[index] = str(block.render_as_block(context={**context.flatten(), "clip_id": block.id}))
        return shared

    fresh = getattr(request, "is_preview", False) or page.pk is None
    shared = {} if fresh else remember(f"module-body:{page.pk}", render_shared)
    return [
        (block_type, block_id, mark_safe(shared[index]), None)  # noqa: S308 (rendered by the block templates)
        if index in shared
        else (block_type, block_id, "", page.body[index])
        for index, (block_type, block_id) in enumerate(types)
    ]
