from django.db import models
from django.utils.translation import gettext_lazy as _


class TechniqueTrack(models.TextChoices):
    """Which model a technique belongs to; "shared" for near-equivalents across both."""

    MBT = "mbt", _("MBT")
    DBT = "dbt", _("DBT")
    SHARED = "shared", _("Shared")


class TechniqueKind(models.TextChoices):
    THERAPIST_MOVE = "therapist_move", _("Therapist move")
    PATIENT_STATE = "patient_state", _("Patient state")
    SKILL = "skill", _("Skill")
    FLAG = "flag", _("Cross-model flag")
