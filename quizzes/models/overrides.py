from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.roles import TRAINEES


class QuizOverrideFields(models.Model):
    """What an override may change about a quiz for some trainees: more time, more attempts, other dates.

    Abstract: the trainee's override is `TraineeQuizOverride` (here); a cohort's lives beside the cohorts
    (``learning.CohortQuizOverride``), which quizzes may not import. `quizzes.overrides` combines them.
    """

    extra_minutes = models.PositiveIntegerField(
        _("extra time (minutes)"),
        default=0,
        help_text=_("Added to the quiz's time limit (an accessibility arrangement, for instance)."),
    )
    extra_attempts = models.PositiveSmallIntegerField(
        _("extra attempts"), default=0, help_text=_("Added to the attempts the quiz allows (unlimited stays so).")
    )
    available_from = models.DateTimeField(
        _("open from"), null=True, blank=True, help_text=_("Instead of the quiz's own; empty: the quiz's.")
    )
    available_until = models.DateTimeField(
        _("open until"), null=True, blank=True, help_text=_("Instead of the quiz's own; empty: the quiz's.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def clean(self):
        if self.available_from and self.available_until and self.available_until <= self.available_from:
            raise ValidationError({"available_until": _("The closing time must be after the opening time.")})
        if not (self.extra_minutes or self.extra_attempts or self.available_from or self.available_until):
            raise ValidationError(_("Give extra time, extra attempts or other dates: this override changes nothing."))


class TraineeQuizOverride(QuizOverrideFields):
    """Other rules of one quiz for one trainee. It wins over any cohort's override of the same quiz."""

    quiz = models.ForeignKey(
        "quizzes.Quiz", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="trainee_overrides"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="quiz_overrides",
        limit_choices_to={"groups__name": TRAINEES},
    )

    class Meta:
        verbose_name = _("trainee's quiz override")
        verbose_name_plural = _("trainees' quiz overrides")
        ordering = ["quiz__title", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user"], name="quizzes_override_once_per_trainee_and_quiz")
        ]

    def __str__(self):
        return f"{self.quiz}: {self.user}"
