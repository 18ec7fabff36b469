"""The optional exercises of a module, on its page: "Practise this module's techniques" (courses' module panel).

The exercises an editor placed in the module without counting them toward its completion (those that count are
among the module's parts, in the trainee's progress), that the trainee may open, each with where the trainee
stands: not started, submitted (a response processing or ready), or rated (an observer published a rating of one
of their responses). Only trainees see it: nothing in it is public, and a page an anonymous visitor sees is
stored for everyone.
"""

from dataclasses import dataclass

from django.db.models import Exists
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from practice import access, completion
from practice.models import Completion, Exercise
from practice.placements import placed_in

NOT_STARTED, SUBMITTED, RATED = "not-started", "submitted", "rated"
STATE_LABELS = {NOT_STARTED: _("Not started"), SUBMITTED: _("Submitted"), RATED: _("Rated")}


@dataclass(frozen=True)
class OptionalExercise:
    exercise: Exercise
    state: str

    @property
    def state_label(self):
        return STATE_LABELS[self.state]


def optional_exercises(user, module):
    """[OptionalExercise] of `module` that `user` may open, in one query whatever their number (none for none)."""
    if not access.can_practise(user):
        return []
    optional = [placement.pk for placement in placed_in([module.pk]) if not placement.counts]
    if not optional:
        return []  # what nearly every module places: no query
    submitted = completion.responses_submitted(user)
    rated = completion.observer_ratings(user)
    exercises = (
        access.open_exercises(user)
        .filter(pk__in=optional, module=module, completion=Completion.OPTIONAL)
        .annotate(submitted=Exists(submitted), rated=Exists(rated))
        .order_by("title", "pk")
    )
    return [
        OptionalExercise(exercise, RATED if exercise.rated else SUBMITTED if exercise.submitted else NOT_STARTED)
        for exercise in exercises
    ]


def render_panel(request, found):
    return render_to_string("practice/includes/module_exercises.html", {"found": found}, request=request)
