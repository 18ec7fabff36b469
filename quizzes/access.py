"""Who may see which quiz, and whose attempt a request is about. Every view asks here."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from quizzes.models import Attempt, Quiz


def can_preview_drafts(user):
    return user.is_authenticated and (user.is_superuser or user.has_perm("quizzes.change_quiz"))


def listed_quizzes():
    return Quiz.objects.published().select_related("category__parent")


def get_quiz(request, slug):
    """The quiz at this slug: 404 if there is none, 403 if it is a draft the user may not preview."""
    quiz = get_object_or_404(Quiz.objects.select_related("category__parent"), slug=slug)
    if quiz.draft and not can_preview_drafts(request.user):
        raise PermissionDenied
    return quiz


def may_take(request, quiz):
    """Logged-in users may take any quiz they can see; visitors only open, repeatable ones."""
    if request.user.is_authenticated:
        return True
    return quiz.allow_anonymous and not quiz.single_attempt


def owner(request, create_session=False):
    """(user, session key) identifying whose attempts these are.

    Visitors get a session only when they start a quiz; the session's lifetime is left alone.
    """
    if request.user.is_authenticated:
        return request.user, ""
    if create_session and not request.session.session_key:
        request.session.save()
    return None, request.session.session_key or ""


def own_attempts(request):
    user, session_key = owner(request)
    return Attempt.objects.owned_by(user=user, session_key=session_key)


def get_own_attempt(request, pk, queryset=None):
    """An attempt of the requester's own; anyone else's id is a 404, so ids reveal nothing."""
    queryset = queryset if queryset is not None else own_attempts(request)
    return get_object_or_404(queryset, pk=pk)
