"""Marking in the workspace: whose attempts a user may see and mark, and saving a mark from a form.

A supervisor sees the attempts of the trainees `supervision.scope` gives them, and marks them if they
also hold the marking permission (the Supervisors group does; superusers hold every permission).

A mark is saved only if the form it comes from is still current. Every form carries the version of the
answer's mark it was rendered with: the id of the answer's latest marking event, 0 if it has none. If
someone has marked the answer since, the post is refused (`Outcome.STALE`) instead of silently replacing
their mark; a post that asks for the mark the answer already has (a replay, a refresh, the same mark
given twice) changes nothing and records no event (`Outcome.UNCHANGED`).
"""

import enum
from decimal import Decimal

from django.db import transaction
from django.db.models import Max

from quizzes import marking
from quizzes.models import Answer, Attempt, AttemptStatus, MarkingEvent
from supervision.scope import can_supervise, supervised_trainees

MARK_PERMISSION = "quizzes.mark_attempt"


class Outcome(enum.Enum):
    SAVED = "saved"
    UNCHANGED = "unchanged"
    STALE = "stale"


def can_mark(user):
    return can_supervise(user) and user.has_perm(MARK_PERMISSION)


def visible_attempts(user):
    """Every attempt, open or finished, of the trainees `user` supervises (none without the permission)."""
    if not can_mark(user):
        return Attempt.objects.none()
    return Attempt.objects.filter(user__in=supervised_trainees(user).values("pk"))


def markable_attempts(user):
    """Finished attempts `user` may mark: those of the trainees they supervise."""
    return visible_attempts(user).done()


def awaiting_marking(user):
    """Essays of `user`'s trainees awaiting marking, oldest first."""
    return (
        Answer.objects.filter(
            attempt__in=markable_attempts(user).filter(status=AttemptStatus.NEEDS_MARKING),
            points__isnull=True,
        )
        .select_related("attempt__quiz", "attempt__user", "slot")
        .order_by("attempt__finished_at", "answered_at", "pk")
    )


def version(events):
    """The version of a mark, from the answer's marking events: the latest one's id, 0 if none."""
    return max((event.pk for event in events), default=0)


def current_version(answer):
    return MarkingEvent.objects.filter(answer=answer).aggregate(latest=Max("pk"))["latest"] or 0


def has_mark(answer, points, feedback, rubric_met):
    """Whether `answer` already carries exactly this mark."""
    return (
        answer.points is not None
        and answer.points == Decimal(points)
        and answer.feedback == feedback
        and answer.rubric_met == marking.rubric_indexes(answer, rubric_met)
    )


def save_mark(user, answer, seen, points, feedback="", rubric_met=()):
    """Mark `answer` as `user` from a form rendered at version `seen`; returns the Outcome.

    The attempt's row is locked before the answer is read, as `quizzes.marking.mark` locks it, so two
    markers of one attempt are served one after the other and the second sees the first one's mark.
    An attempt `user` may not mark raises Attempt.DoesNotExist.
    """
    with transaction.atomic():
        markable_attempts(user).select_for_update().get(pk=answer.attempt_id)
        answer = Answer.objects.select_related("slot").get(pk=answer.pk)
        if has_mark(answer, points, feedback, rubric_met):
            return Outcome.UNCHANGED
        if current_version(answer) != seen:
            return Outcome.STALE
        marking.mark(answer.pk, answer.attempt_id, user, points, feedback, rubric_met)
    return Outcome.SAVED
