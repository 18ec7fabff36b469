from django.db import models
from django.utils.translation import gettext_lazy as _


class Track(models.TextChoices):
    """The three strands a course can belong to."""

    MBT = "mbt", _("MBT")
    DBT = "dbt", _("DBT")
    CROSS = "cross", _("Cross-training")
