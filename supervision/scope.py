"""Whose work a supervisor may see. Every supervision view, report, export and the marking views ask here.

A supervisor sees the trainees of the cohorts they supervise and the trainees assigned to them one by
one, nobody else. Site administrators (superusers) see every trainee. Anyone else sees nobody: an
editor authors content and never sees trainees' data.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.http import Http404
from typing_extensions import TypeIs

from accounts import roles
from accounts.models import User
from learning.models import Cohort
from supervision.models import Supervision

# Who asks: a signed-in user, or a visitor (who supervises nobody).
Viewer = User | AnonymousUser


def can_supervise(user: Viewer) -> TypeIs[User]:
    return user.is_authenticated and (user.is_superuser or roles.is_supervisor(user))


def supervised_cohorts(user: Viewer) -> QuerySet[Cohort]:
    if not can_supervise(user):
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(supervisors=user)


def supervised_trainees(user: Viewer) -> QuerySet[User]:
    """The users whose work `user` may see, as a queryset (no duplicates, usable as a subquery)."""
    if not can_supervise(user):
        return User.objects.none()
    if user.is_superuser:
        in_group = User.groups.through.objects.filter(group__name=roles.TRAINEES).values("user_id")
        in_any_cohort = Cohort.trainees.through.objects.values("user_id")
        return User.objects.filter(Q(pk__in=in_group) | Q(pk__in=in_any_cohort))
    in_cohorts = Cohort.trainees.through.objects.filter(cohort__supervisors=user).values("user_id")
    one_by_one = Supervision.objects.filter(supervisor=user).values("trainee_id")
    return User.objects.filter(Q(pk__in=in_cohorts) | Q(pk__in=one_by_one)).exclude(pk=user.pk)


def get_trainee(user: Viewer, pk: object) -> User:
    """A trainee `user` supervises; anyone else's id, or an id that is not a number, is a 404."""
    try:
        number = int(str(pk))
    except ValueError:
        raise Http404 from None
    trainee = supervised_trainees(user).filter(pk=number).first()
    if trainee is None:
        raise Http404
    return trainee
