from django import template

register = template.Library()


@register.filter
def signed(value):
    """A figure as printed in the review: the true minus sign for negatives, digits kept as authored."""
    if value is None or value == "":
        return "\u2013"
    text = str(value)
    return "\u2212" + text[1:] if text.startswith("-") else text


@register.simple_tag(takes_context=True)
def technique_url(context, technique):
    """A technique's glossary address, with the glossary looked up once per request."""
    return technique.get_absolute_url(context.get("request"))
