"""Who may see and do what in the studio. Every view asks here.

- A trainee sees their own submissions, and opens the live exercises of courses they are enrolled in
  (and those listed under no course).
- A supervisor sees and rates the submissions of the trainees `supervision.scope.supervised_trainees`
  gives them, and every calibration recording.
- A site administrator sees everything and gives calibration recordings their reference rating.
- Anyone else (an editor, a reviewer) sees no trainee's work: the answer is 404, as for a guessed id.
"""

import uuid

from django.db.models import Q
from django.http import Http404

from accounts import roles
from learning.models import Enrolment
from practice.models import Exercise, Status, Submission
from supervision.scope import can_supervise, supervised_trainees


def can_practise(user):
    return user.is_authenticated and roles.is_trainee(user)


def open_exercises(user):
    """The exercises `user` may respond to."""
    if not can_practise(user):
        return Exercise.objects.none()
    enrolled = Enrolment.objects.filter(user=user).values("course_id")
    return Exercise.objects.live().filter(Q(course__isnull=True) | Q(course_id__in=enrolled))


def get_open_exercise(user, pk):
    exercise = open_exercises(user).filter(pk=pk).first()
    if exercise is None:
        raise Http404
    return exercise


def visible_submissions(user):
    if not user.is_authenticated:
        return Submission.objects.none()
    if user.is_superuser:
        return Submission.objects.all()
    found = Q(trainee=user, calibration=False)
    if can_supervise(user):
        found |= Q(trainee__in=supervised_trainees(user), calibration=False) | Q(calibration=True)
    return Submission.objects.filter(found)


def ratable_submissions(user):
    """Ready submissions `user` may rate as an observer: their trainees' and the calibration recordings."""
    if not can_supervise(user):
        return Submission.objects.none()
    return visible_submissions(user).filter(status=Status.READY).exclude(trainee=user, calibration=False)


def get_submission(queryset, pk):
    """The submission `pk` from `queryset`; a malformed or foreign id is a 404."""
    try:
        pk = uuid.UUID(str(pk))
    except ValueError:
        raise Http404 from None
    submission = queryset.filter(pk=pk).first()
    if submission is None:
        raise Http404
    return submission
