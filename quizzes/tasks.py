"""Background work of the quizzes, on Django's tasks framework (django-tasks).

``close_overdue_attempts`` finishes every open attempt whose time limit or quiz close has passed (with the grace
``taking`` allows), with what was answered, so reports stop showing it in progress without waiting for the
trainee to come back. ``manage.py close_overdue_attempts`` enqueues it; the scheduler runs that every minute.
"""

import logging

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from quizzes import taking
from quizzes.models import Attempt

logger = logging.getLogger(__name__)

# At most this many attempts per run; the next run, a minute later, takes the rest.
BATCH = 500


def overdue_attempts(now):
    cutoff = now - taking.GRACE
    return Attempt.objects.open().filter(Q(deadline__lt=cutoff) | Q(quiz__available_until__lt=cutoff))


@task()
def close_overdue_attempts():
    """Finish the overdue open attempts (each under its own lock, as a trainee's post would); returns how many."""
    now = timezone.now()
    closed = 0
    for pk in list(overdue_attempts(now).order_by("pk").values_list("pk", flat=True)[:BATCH]):
        with transaction.atomic():
            attempt = Attempt.objects.select_for_update().select_related("quiz").filter(pk=pk).first()
            if attempt is not None and taking.expire_if_overdue(attempt, now):
                closed += 1
    if closed:
        logger.info("Closed %s overdue quiz attempts", closed)
    return closed
