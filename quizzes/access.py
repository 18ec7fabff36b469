"""Who may see and take which quiz, and whose attempt a request is about. Every view asks here.

Who may take a quiz: anyone, signed in or not, when it is open to visitors; otherwise a rule from a higher room
may decide (a quiz placed in a module follows the module's access: ``learning`` registers that rule), and a quiz
no rule speaks for is open to trainees. Editors, supervisors and administrators do not take quizzes, so their
tries never count in reports.

Rules register with Wagtail's hook ``quiz_access_policy``: a function ``(user, quiz)`` returning a
``QuizAccess`` when it decides, or None when the quiz is none of its business. The first decision wins.
Quizzes never import the rooms above them; they only call what was registered.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.roles import is_trainee
from quizzes.models import Attempt, Quiz

ACCESS_POLICY_HOOK = "quiz_access_policy"


@dataclass(frozen=True)
class QuizAccess:
    allowed: bool
    reason: str | Promise = ""  # why not, in words for the person refused, with what they can do

    def __bool__(self):
        return self.allowed


ALLOWED = QuizAccess(True)


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


def access_for(user, quiz):
    """Whether `user` may take `quiz` (a QuizAccess, with the reason when not)."""
    if quiz.allow_anonymous and not quiz.single_attempt:
        return ALLOWED
    if not user.is_authenticated:
        return QuizAccess(False, _("Please log in to take this quiz."))
    for policy in hooks.get_hooks(ACCESS_POLICY_HOOK):
        decision = policy(user, quiz)
        if decision is not None:
            return decision
    if is_trainee(user):
        return ALLOWED
    return QuizAccess(
        False,
        _(
            "Quizzes are taken by trainees, so that every attempt in the reports is a trainee's. "
            "Editors can read the quiz here and in the admin."
        ),
    )


def may_take(request, quiz):
    return access_for(request.user, quiz)


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
