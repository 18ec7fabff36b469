"""Background work of the studio, on Django's tasks framework (django-tasks)."""

import logging
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from courses.models import ModulePage
from learning.models import ModuleProgress
from learning.recording import record_progress
from practice import conf, media, storage
from practice.models import RecordingView, Status, Submission

logger = logging.getLogger(__name__)


@task()
def process_submission(submission_id):
    """Transcode a submitted recording and take its poster; the submission ends ready or failed with a reason."""
    submission = Submission.objects.select_related("exercise").filter(pk=submission_id).first()
    if submission is None or submission.status != Status.PROCESSING:
        return submission.status if submission else None
    limit = None if submission.calibration else submission.exercise.max_response_seconds + conf.max_seconds_grace()
    try:
        result = media.transcode(storage.path(submission, storage.ORIGINAL), storage.directory(submission), limit)
    except media.MediaError as error:
        return _finish(submission, Status.FAILED, failure_reason=str(error)[:300])
    except FileNotFoundError:
        return _finish(
            submission, Status.FAILED, failure_reason=_("The uploaded file is missing; please upload it again.")
        )
    except Exception:
        logger.exception("Processing submission %s failed", submission_id)
        return _finish(
            submission,
            Status.FAILED,
            failure_reason=_("Processing stopped unexpectedly. Try again, or upload the file again."),
        )
    try:
        storage.publish(submission, [file.name for file in (result.recording, result.poster) if file is not None])
    except Exception:
        logger.exception("Storing submission %s in the object storage failed", submission_id)
        return _finish(
            submission,
            Status.FAILED,
            failure_reason=_("The recording could not be stored. Try again in a few minutes."),
        )
    return _finish(
        submission,
        Status.READY,
        failure_reason="",
        duration=result.duration,
        has_video=result.has_video,
        width=result.width,
        height=result.height,
        size_bytes=result.size,
        recording=result.recording.name,
        poster=result.poster.name if result.poster else "",
        processed_at=timezone.now(),
    )


def _finish(submission, status, **fields):
    # Only a submission still processing is changed: a second worker running the same job changes nothing.
    Submission.objects.filter(pk=submission.pk, status=Status.PROCESSING).update(status=status, **fields)
    return status


@task()
def record_view(submission_id, viewer_id):
    """Log that someone other than the trainee opened a recording (once per viewer and quarter of an hour)."""
    since = timezone.now() - timedelta(minutes=15)
    with transaction.atomic():
        if RecordingView.objects.filter(
            submission_id=submission_id, viewer_id=viewer_id, viewed_at__gte=since
        ).exists():
            return False
        RecordingView.objects.create(submission_id=submission_id, viewer_id=viewer_id)
    return True


@task()
def record_module_progress(module_id):
    """Record the completions an exercise's eased rule brings in module `module_id`; returns how many.

    Only a trainee who has read the module and not completed it can complete it now (the text is one of its
    parts). A completion already recorded stays, as everywhere on the platform (``learning.completion``), so a
    rule made stricter takes nobody's completion away and needs no recompute. Recording twice changes nothing.
    """
    module = ModulePage.objects.live().filter(pk=module_id).first()
    if module is None:
        return 0
    readers = ModuleProgress.objects.filter(module=module, read_at__isnull=False, completed_at__isnull=True)
    completed = 0
    for trainee in get_user_model().objects.filter(pk__in=readers.values("user_id")).iterator():
        completed += len(record_progress(trainee, [module]))
    return completed
