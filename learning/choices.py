from django.db import models
from django.utils.translation import gettext_lazy as _


class ProgressStatus(models.TextChoices):
    """Where a trainee stands on a module: the one set of words for it, on pages, reports and exports.

    (An attempt's own lifecycle is `quizzes.AttemptStatus`.)
    """

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETE = "complete", _("Complete")
