"""Submitting a recording: a whole file at once, or a resumable upload in chunks; retrying processing.

A resumable upload is announced with its size; chunks then arrive each with the offset it starts at. A
chunk that starts where the received bytes end is appended; one that lies wholly within what was
received already (a replay after a lost answer) is acknowledged and not stored again; any other offset
is refused with the offset expected, so the browser resumes from there. When the last byte arrives, the
file becomes the submission's original by an atomic rename and processing is queued.
"""

from datetime import timedelta

from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from practice import conf, consent, storage
from practice.completion import record_exercise_progress
from practice.models import Status, Submission
from practice.tasks import process_submission

STALE_PROCESSING = timedelta(minutes=30)


class SubmitError(Exception):
    """Why a recording cannot be taken, in words for the trainee."""


def _check_may_record(user, size):
    if consent.current(user) is None:
        raise SubmitError(_("Please give your consent to recording first."))
    if size <= 0:
        raise SubmitError(_("The file is empty."))
    if size > conf.max_upload_bytes():
        raise SubmitError(
            _("The file is %(size)s; the largest accepted is %(max)s.")
            % {"size": filesizeformat(size), "max": filesizeformat(conf.max_upload_bytes())}
        )


def submit_file(user, exercise, uploaded_file):
    """A whole file uploaded in one request: stored, then queued for processing."""
    _check_may_record(user, uploaded_file.size)
    submission = Submission.objects.create(
        exercise=exercise,
        trainee=user,
        original_name=uploaded_file.name[:255],
        expected_bytes=uploaded_file.size,
        status=Status.UPLOADING,
    )
    storage.save_upload(submission, uploaded_file)
    _queue(submission, received=uploaded_file.size)
    return submission


def start_upload(user, exercise, size, name="", calibration=False, title=""):
    if calibration:
        if not user.is_superuser:
            raise SubmitError(_("Only site administrators add calibration recordings."))
        if size <= 0 or size > conf.max_upload_bytes():
            raise SubmitError(_("The file is empty or too large."))
    else:
        _check_may_record(user, size)
    return Submission.objects.create(
        exercise=exercise,
        trainee=user,
        original_name=name[:255],
        expected_bytes=size,
        calibration=calibration,
        title=title[:200],
    )


class ChunkRefused(SubmitError):
    def __init__(self, message, expected_offset):
        super().__init__(message)
        self.expected_offset = expected_offset


def receive_chunk(submission_id, offset, data):
    """Store one chunk; returns the submission (its `received_bytes` says how much is stored)."""
    if len(data) > conf.chunk_bytes():
        raise SubmitError(_("A chunk may hold at most %(max)d bytes.") % {"max": conf.chunk_bytes()})
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        if submission.status != Status.UPLOADING:
            if offset + len(data) <= submission.received_bytes:
                return submission  # the last chunk, replayed after the upload finished
            raise ChunkRefused(_("This upload is complete already."), submission.received_bytes)
        received = submission.received_bytes
        if offset + len(data) <= received:
            return submission
        if offset != received:
            raise ChunkRefused(_("The upload should continue at byte %(offset)d.") % {"offset": received}, received)
        if received + len(data) > submission.expected_bytes:
            raise SubmitError(_("This chunk runs past the size announced for the file."))
        # Bytes a failed earlier request wrote beyond what was acknowledged are dropped first.
        storage.truncate_incoming(submission, received)
        submission.received_bytes = storage.append_chunk(submission, data)
        submission.save(update_fields=["received_bytes"])
        complete = submission.received_bytes == submission.expected_bytes
        if complete:
            storage.finish_upload(submission)
    if complete:
        _queue(submission, received=submission.received_bytes)
    return submission


def _queue(submission, received):
    # Called outside any transaction: the status is committed before a worker (perhaps on another server,
    # with the Redis queue) can pick the job up and look for a submission that is processing.
    Submission.objects.filter(pk=submission.pk).update(
        status=Status.PROCESSING, received_bytes=received, submitted_at=timezone.now(), failure_reason=""
    )
    process_submission.enqueue(str(submission.pk))
    submission.refresh_from_db()
    record_exercise_progress(submission)


def can_retry(submission):
    if submission.status == Status.FAILED:
        return storage.path(submission, storage.ORIGINAL).exists()
    if submission.status == Status.PROCESSING and submission.submitted_at:
        return timezone.now() - submission.submitted_at > STALE_PROCESSING
    return False


def retry(submission):
    """Process a failed (or stalled) submission again from its stored original."""
    if not can_retry(submission):
        raise SubmitError(_("This recording cannot be processed again."))
    _queue(submission, received=submission.received_bytes)
    return submission


def submit_calibration(user, exercise, title, uploaded_file):
    """A site administrator adds a calibration recording (an expert's or a consensus role-play)."""
    if not user.is_superuser:
        raise SubmitError(_("Only site administrators add calibration recordings."))
    if uploaded_file.size <= 0:
        raise SubmitError(_("The file is empty."))
    if uploaded_file.size > conf.max_upload_bytes():
        raise SubmitError(
            _("The file is larger than the largest accepted (%(max)s).")
            % {"max": filesizeformat(conf.max_upload_bytes())}
        )
    submission = Submission.objects.create(
        exercise=exercise,
        trainee=user,
        calibration=True,
        title=title[:200],
        original_name=uploaded_file.name[:255],
        expected_bytes=uploaded_file.size,
    )
    storage.save_upload(submission, uploaded_file)
    _queue(submission, received=uploaded_file.size)
    return submission
