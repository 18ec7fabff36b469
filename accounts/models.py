from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The platform's user.

    A custom model from the first migration, as Django advises, so that
    trainee attributes (home modality, cohorts) can live on the user later
    without swapping the user table under live data.
    """

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        swappable = "AUTH_USER_MODEL"

    @property
    def display_name(self):
        return self.get_full_name() or self.username
