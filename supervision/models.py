"""Who supervises whom, beside the cohorts a supervisor is given (``learning.Cohort.supervisors``)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from accounts import roles


class Supervision(models.Model):
    """One trainee supervised individually, outside (or beside) any cohort the supervisor has."""

    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="supervisions",
        verbose_name=_("supervisor"),
        limit_choices_to={"groups__name": roles.SUPERVISORS},
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="supervised_by",
        verbose_name=_("trainee"),
        limit_choices_to={"groups__name": roles.TRAINEES},
    )
    since = models.DateField(_("since"), auto_now_add=True)

    panels = [FieldPanel("supervisor"), FieldPanel("trainee")]

    class Meta:
        verbose_name = _("individual supervision")
        verbose_name_plural = _("individual supervision")
        ordering = ["supervisor__username", "trainee__username"]
        constraints = [
            models.UniqueConstraint(fields=["supervisor", "trainee"], name="supervision_once_per_pair"),
            models.CheckConstraint(condition=~Q(supervisor=F("trainee")), name="supervision_not_oneself"),
        ]

    def __str__(self):
        return f"{self.supervisor} → {self.trainee}"
