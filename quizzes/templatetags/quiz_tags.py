from django import template

from quizzes.progress import best_result
from quizzes.rendering import render_explanation, render_text
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


@register.filter
def quiz_text(text, snap):
    """A question's text (stem, option, feedback) rendered in the format its snapshot says, sanitised."""
    return render_text(text, (snap or {}).get("text_format", "plain"))


@register.filter
def quiz_inline(text, snap):
    """An option's label: as `quiz_text`, without a paragraph around it."""
    return render_text(text, (snap or {}).get("text_format", "plain"), inline=True)


@register.filter
def quiz_explanation(html):
    """A question's explanation (its general feedback), cleaned as its stem is."""
    return render_explanation(html)
