"""Template tags other rooms' templates may load to show the studio where it belongs.

- `{% module_exercises page %}` on a module page: the live exercises placed in that module, for the trainee.
- `{% practice_waiting user as count %}`: how many responses wait for this supervisor's rating.
Both read only; they never write.
"""

from django import template

from practice import access
from practice.rating import waiting_for

register = template.Library()


@register.inclusion_tag("practice/includes/module_exercises.html", takes_context=True)
def module_exercises(context, page):
    user = context["request"].user
    exercises = access.open_exercises(user).filter(module=page).select_related("rubric") if page else []
    return {"exercises": list(exercises), "user": user}


@register.simple_tag
def practice_waiting(user):
    return waiting_for(user).count()
