"""Marking: a person sets the points of an answer; every change is recorded and rescored at once."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizzes.models import Answer, Attempt, MarkingEvent
from quizzes.signals import send_attempt_scored
from quizzes.taking import recompute

MARK_PERMISSION = "quizzes.mark_attempt"


def can_mark(user):
    """Superusers, and people granted quizzes.mark_attempt (the Supervisors group; see supervision's migration)."""
    return user.is_authenticated and (user.is_superuser or user.has_perm(MARK_PERMISSION))


def visible_attempts(user):
    """Every attempt, open or finished, of the trainees `user` supervises (none without the permission).

    The scope is supervision's one rule (imported here, not at the top, because supervision
    builds on quizzes); holding the permission without supervising anyone shows nothing.
    """
    from supervision.scope import supervised_trainees

    if not can_mark(user):
        return Attempt.objects.none()
    return Attempt.objects.filter(user__in=supervised_trainees(user).values("pk"))


def markable_attempts(user):
    """Finished attempts `user` may mark: those of the trainees they supervise."""
    return visible_attempts(user).done()


def mark(answer_id, attempt_id, marker, points, feedback="", rubric_met=()):
    """Give an answer of a finished attempt `points` (0 to the question's points), with feedback.

    The answer must belong to the attempt: a foreign or unknown id is refused.
    """
    if not can_mark(marker):
        raise PermissionDenied
    with transaction.atomic():
        attempt = markable_attempts(marker).select_for_update().select_related("quiz").get(pk=attempt_id)
        answer = Answer.objects.select_related("slot").get(pk=answer_id, attempt=attempt)
        points = Decimal(points)
        if not Decimal("0") <= points <= answer.slot.points:
            raise ValidationError(_("Points must be between 0 and %(max)s.") % {"max": answer.slot.points.normalize()})
        rubric = answer.slot.snapshot.get("rubric", [])
        rubric_met = sorted({int(i) for i in rubric_met if 0 <= int(i) < len(rubric)})
        MarkingEvent.objects.create(
            answer=answer,
            marker=marker,
            old_points=answer.points,
            new_points=points,
            feedback=feedback,
            rubric_met=rubric_met,
        )
        answer.points = points
        answer.is_correct = points == answer.slot.points
        answer.feedback = feedback
        answer.rubric_met = rubric_met
        answer.marked_by = marker
        answer.marked_at = timezone.now()
        answer.save()
        recompute(attempt)
        attempt.save()
        send_attempt_scored(attempt)  # once the mark is committed
    return answer
