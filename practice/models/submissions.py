"""Trainees' recordings: consent, the submission and its processing, and who has viewed it."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from practice.models.exercises import Exercise


class Consent(models.Model):
    """A trainee's consent to recording, in the wording of one version; withdrawn by setting `withdrawn_at`."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_consents")
    version = models.CharField(_("text version"), max_length=20)
    given_at = models.DateTimeField(_("given"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(withdrawn_at__isnull=True), name="one_open_practice_consent"
            )
        ]

    def __str__(self):
        return f"{self.user} consent {self.version}"


class Status(models.TextChoices):
    UPLOADING = "uploading", _("Uploading")
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class Submission(models.Model):
    """One recorded response to an exercise (or, marked `calibration`, a recording raters calibrate on).

    The id is a random UUID: it is in every address of the recording, and cannot be guessed.
    Files live in private storage (`practice.storage`), never under MEDIA_ROOT.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="submissions")
    trainee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_submissions")
    calibration = models.BooleanField(_("calibration recording"), default=False)
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Calibration recordings only."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UPLOADING)
    failure_reason = models.CharField(_("why processing failed"), max_length=300, blank=True)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    expected_bytes = models.PositiveBigIntegerField(_("size announced"), default=0)
    received_bytes = models.PositiveBigIntegerField(_("size received"), default=0)
    duration = models.FloatField(_("length in seconds"), null=True, blank=True)
    has_video = models.BooleanField(default=False)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    size_bytes = models.PositiveBigIntegerField(_("size of the processed file"), null=True, blank=True)
    recording = models.CharField(max_length=200, blank=True)
    poster = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)
    delete_after = models.DateTimeField(_("to be deleted after"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "submitted_at"])]

    def __str__(self):
        return self.title or f"{self.exercise} by {self.trainee}"

    @property
    def is_ready(self):
        return self.status == Status.READY

    @property
    def content_type(self):
        return "video/mp4" if self.has_video else "audio/mp4"


class RecordingView(models.Model):
    """Someone other than the trainee opened a recording: shown to the trainee on the submission's page."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="views")
    viewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    viewed_at = models.DateTimeField(_("viewed"), auto_now_add=True)

    class Meta:
        ordering = ["-viewed_at"]
        indexes = [models.Index(fields=["submission", "viewer", "viewed_at"])]

    def __str__(self):
        return f"{self.viewer} viewed {self.submission_id} at {self.viewed_at}"
