"""Cohorts' quiz overrides, answered to the quizzes through their hooks (quizzes sit below and cannot ask us).

A trainee in several cohorts with overrides of one quiz gets the most generous of them, field by field: the most
extra time, the most extra attempts, the earliest opening and the latest closing date.
"""

from django.db.models import Max

from learning.models import CohortQuizOverride
from quizzes.overrides import refresh_open_attempts


def cohort_override(user, quiz):
    """The override the trainee's cohorts give them at `quiz` (an unsaved one when several combine), or None."""
    overrides = list(CohortQuizOverride.objects.filter(quiz=quiz, cohort__trainees=user))
    if len(overrides) < 2:
        return overrides[0] if overrides else None
    froms = [o.available_from for o in overrides if o.available_from]
    untils = [o.available_until for o in overrides if o.available_until]
    return CohortQuizOverride(
        quiz=quiz,
        extra_minutes=max(o.extra_minutes for o in overrides),
        extra_attempts=max(o.extra_attempts for o in overrides),
        available_from=min(froms) if froms else None,
        available_until=max(untils) if untils else None,
    )


def latest_close(quiz):
    return CohortQuizOverride.objects.filter(quiz=quiz).aggregate(latest=Max("available_until"))["latest"]


def refresh_cohort(override):
    """An override changed: the cohort's open attempts at the quiz get the deadline their rules now give."""
    refresh_open_attempts(override.quiz, override.cohort.trainees.values_list("pk", flat=True))
