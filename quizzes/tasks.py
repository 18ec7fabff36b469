"""Background work of the quizzes, on Django's tasks framework (django-tasks).

``close_overdue_attempts`` finishes every open attempt whose time limit or quiz close has passed (with the grace
``taking`` allows), with what was answered, so reports stop showing it in progress without waiting for the
trainee to come back. ``manage.py close_overdue_attempts`` enqueues it; the scheduler runs that every minute.

``import_questions`` writes a large question import (checked in the request) while its progress page watches.
"""

import logging
from collections import Counter

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from quizzes import taking
from quizzes.interchange.common import from_data, save_new_questions
from quizzes.models import Attempt, ImportStatus, QuestionImport

logger = logging.getLogger(__name__)

# At most this many attempts per run; the next run, a minute later, takes the rest.
BATCH = 500


def overdue_attempts(now):
    cutoff = now - taking.GRACE
    closed = Q(override_close__isnull=True, quiz__available_until__lt=cutoff) | Q(override_close__lt=cutoff)
    return Attempt.objects.open().filter(Q(deadline__lt=cutoff) | closed)


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


# A background import saves this many questions per transaction and then says how far it is.
IMPORT_PART = 50


@task()
def import_questions(import_id):
    """Write the questions of a checked import in parts, counting them on its row for the progress page.

    Each part is one transaction: if the worker stops, the parts before stay imported and the import says how many;
    importing the file again (duplicates skipped) adds the rest. Runs once: a second worker finds it started.
    """
    if not QuestionImport.objects.filter(pk=import_id, status=ImportStatus.QUEUED).update(status=ImportStatus.RUNNING):
        return None
    job = QuestionImport.objects.select_related("quiz").get(pk=import_id)
    parsed, seen, counts = [from_data(data) for data in job.questions], set(), Counter()
    try:
        for start in range(0, len(parsed), IMPORT_PART):
            with transaction.atomic():
                result = save_new_questions(
                    parsed[start : start + IMPORT_PART], quiz=job.quiz, duplicates=job.duplicates, seen=seen
                )
                counts.update(created=len(result.created), replaced=len(result.replaced), skipped=len(result.skipped))
                QuestionImport.objects.filter(pk=import_id).update(done=min(start + IMPORT_PART, len(parsed)), **counts)
    except Exception:
        logger.exception("Question import %s stopped", import_id)
        QuestionImport.objects.filter(pk=import_id).update(
            status=ImportStatus.FAILED,
            finished_at=timezone.now(),
            failure=_(
                "The import stopped unexpectedly. The questions counted above were imported; import the file "
                "again with “Skip them” to add the rest."
            ),
        )
        return ImportStatus.FAILED
    QuestionImport.objects.filter(pk=import_id).update(
        status=ImportStatus.DONE, finished_at=timezone.now(), questions=[]
    )
    return ImportStatus.DONE
