"""Exercises that count toward their module's completion, as parts of it (learning's completion hook).

An editor says whether an exercise placed in a module counts: once the trainee has submitted a response (it
is processing or ready; a failed upload is not a response), or once an observer's published overall rating of
one of their responses reaches the minimum the editor set. Self-ratings and calibration references never count.
The module's progress is recorded where that happens: when a response is submitted, when a rating is published.
"""

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.models import ModulePage
from learning.completion import Part
from learning.recording import record_progress
from practice.models import Completion, Exercise, Rating, RatingKind, Status, Submission
from practice.placements import placed_in


def responses_submitted(user):
    """`user`'s responses to the exercise of the outer query that count as submitted (a failed upload does not)."""
    mine = Submission.objects.filter(exercise=OuterRef("pk"), trainee=user, calibration=False)
    return mine.filter(submitted_at__isnull=False, status__in=[Status.PROCESSING, Status.READY])


def observer_ratings(user):
    """Published observer ratings of `user`'s responses to the exercise of the outer query."""
    return Rating.objects.filter(
        submission__exercise=OuterRef("pk"),
        submission__trainee=user,
        submission__calibration=False,
        kind=RatingKind.OBSERVER,
        published_at__isnull=False,
    )


def exercise_parts(user, modules):
    """{module id: [Part]} for the exercises that count toward `modules` (one query, none where none counts)."""
    if not user.is_authenticated or not modules:
        return {}
    counting = [placement for placement in placed_in([m.pk for m in modules]) if placement.counts]
    if not counting:
        return {}
    submitted = responses_submitted(user)
    rated = observer_ratings(user).filter(overall__gte=OuterRef("completion_min_overall"))
    states = {
        pk: (was_submitted, was_rated)
        for pk, was_submitted, was_rated in Exercise.objects.filter(pk__in=[p.pk for p in counting])
        .annotate(submitted=Exists(submitted), rated=Exists(rated))
        .values_list("pk", "submitted", "rated")
    }
    parts = {}
    for placement in counting:
        if placement.pk not in states:
            continue  # closed or deleted since the index was remembered
        was_submitted, was_rated = states[placement.pk]
        if placement.completion == Completion.SUBMITTED:
            done, to_do = was_submitted, _("submit a response")
        else:
            done = was_rated
            to_do = _("an observer's overall rating of %(minimum)d or higher") % {
                "minimum": placement.completion_min_overall
            }
        parts.setdefault(placement.module_id, []).append(
            Part("exercise", placement.title, done, reverse("practice:exercise", args=[placement.pk]), to_do)
        )
    return parts


def record_exercise_progress(submission):
    """Record what a submitted response or a published rating completes in the exercise's module."""
    exercise = submission.exercise
    if submission.calibration or not exercise.module_id or exercise.completion == Completion.OPTIONAL:
        return []
    return record_progress(submission.trainee, ModulePage.objects.live().filter(pk=exercise.module_id))
