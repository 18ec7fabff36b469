"""Data exports waiting for their download, the audit of erasures, and the runs of the retention task."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being built")
    READY = "ready", _("Ready to download")
    FAILED = "failed", _("Failed")


UNFINISHED = [ExportStatus.QUEUED, ExportStatus.RUNNING]


class DataExport(models.Model):
    """One archive of everything held about `subject`, built in the background for whoever asked.

    Only `requested_by` (the person themselves, or the administrator who asked) may download it, until
    `expires_at`; the file lives in private storage (`privacy.archive`), named by the random id.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports", verbose_name=_("whose data")
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("asked for by")
    )
    status = models.CharField(_("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.QUEUED)
    steps_done = models.PositiveIntegerField(default=0)
    steps_total = models.PositiveIntegerField(default=0)
    size_bytes = models.PositiveBigIntegerField(null=True, blank=True)
    failure = models.CharField(_("why it failed"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("asked for"), auto_now_add=True)
    finished_at = models.DateTimeField(_("built"), null=True, blank=True)
    expires_at = models.DateTimeField(_("download until"), null=True, blank=True)

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-created_at"]
        constraints = [
            # A second request while one is being built gets that one (privacy.archive.request_export).
            models.UniqueConstraint(
                fields=["subject", "requested_by"],
                condition=Q(status__in=["queued", "running"]),
                name="privacy_one_unfinished_export",
            )
        ]

    def __str__(self):
        return f"Data export {self.pk} ({self.get_status_display()})"

    @property
    def percent(self):
        if self.status == ExportStatus.READY:
            return 100
        return round(100 * self.steps_done / self.steps_total) if self.steps_total else 0

    @property
    def unfinished(self):
        return self.status in UNFINISHED

    @property
    def expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def downloadable(self):
        return self.status == ExportStatus.READY and not self.expired

    def get_download_url(self):
        return reverse("privacy:download", kwargs={"pk": self.pk})

    def get_status_url(self):
        return reverse("privacy:export_status", kwargs={"pk": self.pk})


class ErasureRecord(models.Model):
    """The audit of one erasure: who erased which account (by its number, never its name), when, and why."""

    former_user_id = models.PositiveBigIntegerField(_("account number"), db_index=True)
    erased_at = models.DateTimeField(_("erased"), auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("erased by"),
        help_text=_("Empty when the retention task erased an inactive account."),
    )
    reason = models.TextField(_("reason"))
    # {what: how many}, e.g. {"practice.Submission": 2}: what was deleted or anonymised.
    summary = models.JSONField(_("what was erased"), default=dict)

    class Meta:
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")
        ordering = ["-erased_at", "-pk"]

    def __str__(self):
        return f"Erasure of account {self.former_user_id} at {self.erased_at:%Y-%m-%d %H:%M}"


class RetentionRun(models.Model):
    """One run of the retention task: when, and how many records of each kind it deleted."""

    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    deleted = models.JSONField(_("deleted"), default=dict)  # {kind key: how many}

    class Meta:
        verbose_name = _("retention run")
        verbose_name_plural = _("retention runs")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"Retention run {self.started_at:%Y-%m-%d %H:%M}"
