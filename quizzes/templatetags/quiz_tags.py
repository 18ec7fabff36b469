from django import template

from quizzes.progress import best_result
from quizzes.review import format_seconds

register = template.Library()


@register.filter
def clip_time(seconds):
    """83.5 → "1:23.5", the way the video player counts."""
    if seconds in (None, ""):
        return ""
    return format_seconds(seconds)


@register.simple_tag(takes_context=True)
def quiz_best_result(context, quiz):
    """The request user's result on the quiz by its grading method, or None."""
    request = context.get("request")
    if request is None:
        return None
    return best_result(quiz, request.user)
