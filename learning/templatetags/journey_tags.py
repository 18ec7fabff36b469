"""The trainee's journey on the curriculum's pages: the course and module templates ask for it here.

The curriculum knows nothing of the journey built on it; its pages' templates load these tags, so the page
models' own context holds only the curriculum (modules, siblings, position).
"""

from django import template

from learning import journey

register = template.Library()


@register.simple_tag(takes_context=True)
def module_journey(context, module, course):
    """`{% module_journey page course as journey %}`: the trainee's status on the module, or an empty journey."""
    return journey.module_journey(context.get("request"), module, course)


@register.simple_tag(takes_context=True)
def course_journey(context, course, modules):
    """`{% course_journey page modules as journey %}`: a line per module (status, locked) and the progress."""
    return journey.course_journey(context.get("request"), course, modules)
