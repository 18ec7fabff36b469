from django.db import models
from django.utils.translation import gettext_lazy as _


class QuizPlacement(models.Model):
    """Where a quiz is placed: one quiz block of a live module, in body order.

    Derived data, rebuilt from the module's body whenever the module is published or unpublished
    (``courses.signal_handlers``) and deleted with it, so "which modules place this quiz?" is one query.
    The body's quiz blocks stay the one record of placement; this index follows them.
    """

    module = models.ForeignKey(
        "courses.ModulePage", verbose_name=_("module"), on_delete=models.CASCADE, related_name="quiz_placements"
    )
    quiz = models.ForeignKey(
        "quizzes.Quiz", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="placements"
    )
    position = models.PositiveSmallIntegerField(_("position"), help_text=_("Order among the module's quizzes."))

    class Meta:
        verbose_name = _("quiz placement")
        verbose_name_plural = _("quiz placements")
        ordering = ["module__path", "position"]
        constraints = [
            models.UniqueConstraint(fields=["module", "quiz"], name="courses_quiz_placed_once_per_module"),
            models.UniqueConstraint(fields=["module", "position"], name="courses_quiz_placement_position"),
        ]

    def __str__(self):
        return f"{self.quiz} in {self.module}"
