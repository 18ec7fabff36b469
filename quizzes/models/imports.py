from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Importing")
    DONE = "done", _("Done")
    FAILED = "failed", _("Stopped")


class QuestionImport(models.Model):
    """A large question import, written by a background task while the editor watches its progress.

    The file was parsed and checked in the request: `questions` holds the valid questions as parsed (plain data,
    so no NUL byte and nothing a column cannot hold), `left_out` the lines that were not imported and why.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="question_imports",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    format = models.CharField(_("format"), max_length=10)
    quiz = models.ForeignKey(
        "quizzes.Quiz", verbose_name=_("quiz"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    duplicates = models.CharField(_("questions already in the bank"), max_length=10)
    questions = models.JSONField(_("questions"), default=list)
    left_out = models.JSONField(_("not imported"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED)
    total = models.PositiveIntegerField(_("questions to import"), default=0)
    done = models.PositiveIntegerField(_("questions imported so far"), default=0)
    created = models.PositiveIntegerField(_("created"), default=0)
    replaced = models.PositiveIntegerField(_("replaced"), default=0)
    skipped = models.PositiveIntegerField(_("skipped"), default=0)
    failure = models.TextField(_("why it stopped"), blank=True)

    class Meta:
        verbose_name = _("question import")
        verbose_name_plural = _("question imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.format} import {self.pk} ({self.get_status_display()})"

    def get_absolute_url(self):
        return reverse("quizzes_import_progress", kwargs={"pk": self.pk})

    @property
    def finished(self):
        return self.status in (ImportStatus.DONE, ImportStatus.FAILED)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 100
