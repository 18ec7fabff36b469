from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class HomeModality(models.TextChoices):
    """The therapy a trainee practises or is training in; the other one is their cross-training."""

    MBT = "mbt", _("MBT")
    DBT = "dbt", _("DBT")


class User(AbstractUser):
    """The platform's user.

    A custom model from the first migration, as Django advises, so that
    trainee attributes (home modality, cohorts) can live on the user later
    without swapping the user table under live data.
    """

    home_modality = models.CharField(
        _("home modality"),
        max_length=3,
        choices=HomeModality.choices,
        blank=True,
        help_text=_("The therapy this trainee practises or is training in (trainees only)."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        swappable = "AUTH_USER_MODEL"

    @property
    def display_name(self):
        return self.get_full_name() or self.username
