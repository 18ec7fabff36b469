"""Marking: a person sets the points of an answer; every change is recorded and the attempt rescored at once.

This is the rule itself. Who may mark whose attempts, and whether a form is still current, is for the
caller to decide before calling it.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizzes.models import Answer, Attempt, MarkingEvent
from quizzes.signals import send_attempt_scored
from quizzes.taking import recompute


def rubric_indexes(answer, rubric_met):
    """The rubric criteria met, as stored: sorted indexes of the question's rubric, unknown ones dropped."""
    rubric = answer.slot.snapshot.get("rubric", [])
    return sorted({int(i) for i in rubric_met if 0 <= int(i) < len(rubric)})


def mark(answer_id, attempt_id, marker, points, feedback="", rubric_met=()):
    """Give an answer of a finished attempt `points` (0 to the question's points), with feedback.

    The answer must belong to the attempt, and the attempt must be finished: anything else is refused
    (DoesNotExist). The attempt's row is locked first, so marks of one attempt are saved one at a time.
    """
    with transaction.atomic():
        attempt = Attempt.objects.done().select_for_update().select_related("quiz").get(pk=attempt_id)
        answer = Answer.objects.select_related("slot").get(pk=answer_id, attempt=attempt)
        points = Decimal(points)
        if not Decimal("0") <= points <= answer.slot.points:
            most = floatformat(answer.slot.points, "-2")
            raise ValidationError(_("Points must be between 0 and %(max)s.") % {"max": most})
        rubric_met = rubric_indexes(answer, rubric_met)
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
