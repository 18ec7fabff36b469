from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Regrade(models.Model):
    """A regrade applied to a quiz's finished attempts after a key fix: who, when, and (its changes) what."""

    quiz = models.ForeignKey("quizzes.Quiz", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="regrades")
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    performed_at = models.DateTimeField(_("when"), auto_now_add=True)
    attempts_regraded = models.PositiveIntegerField(_("attempts regraded"), default=0)

    class Meta:
        verbose_name = _("regrade")
        verbose_name_plural = _("regrades")
        ordering = ["-performed_at", "-pk"]

    def __str__(self):
        return f"{self.quiz} regraded {self.performed_at:%Y-%m-%d %H:%M}"


class RegradeChange(models.Model):
    """What one regrade changed in one attempt: the score, the percentage and the pass, before and after."""

    regrade = models.ForeignKey(Regrade, on_delete=models.CASCADE, related_name="changes")
    attempt = models.ForeignKey("quizzes.Attempt", on_delete=models.CASCADE, related_name="regrade_changes")
    old_score = models.DecimalField(max_digits=8, decimal_places=2)
    new_score = models.DecimalField(max_digits=8, decimal_places=2)
    old_percent = models.DecimalField(max_digits=5, decimal_places=2)
    new_percent = models.DecimalField(max_digits=5, decimal_places=2)
    old_passed = models.BooleanField(null=True)
    new_passed = models.BooleanField(null=True)
    answers_changed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["regrade", "pk"]

    def __str__(self):
        return f"{self.attempt}: {self.old_score} → {self.new_score}"
