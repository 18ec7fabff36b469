from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

# Django's own salt, so that a user who never signed out other sessions keeps the hash (and sessions) they had.
SESSION_HASH_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"


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
    # Part of every session's check, as the password is: raising it signs out every other session
    # ("Sign out my other sessions", accounts.sessions).
    session_version = models.PositiveIntegerField(_("session version"), default=0, editable=False)

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        swappable = "AUTH_USER_MODEL"

    @property
    def display_name(self):
        return self.get_full_name() or self.username

    def _session_hash(self, secret=None):
        value = self.password if not self.session_version else f"{self.password}:{self.session_version}"
        return salted_hmac(SESSION_HASH_SALT, value, secret=secret, algorithm="sha256").hexdigest()

    def get_session_auth_hash(self):
        return self._session_hash()

    def get_session_auth_fallback_hash(self):
        for fallback_secret in settings.SECRET_KEY_FALLBACKS:
            yield self._session_hash(secret=fallback_secret)


class SecurityEvent(models.Model):
    """One entry of the security log: a failed login, a lockout, a refusal, a second factor, an export...

    Written by ``accounts.security_log`` from the "security" logger; read by site administrators in the admin
    (Reports → Security log); deleted after ``SECURITY_LOG_RETENTION_DAYS`` (``security_log.purge``).
    """

    time = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    event = models.CharField(_("event"), max_length=40, db_index=True)
    # Whose account the event is about (None for a username that does not exist, or an erased account).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="security_events",
    )
    # Who did it, where that is someone else (an administrator exporting or erasing a trainee's data).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    username = models.CharField(_("username tried"), max_length=150, blank=True)
    address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    message = models.TextField(_("message"), blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security events")
        ordering = ["-time", "-pk"]
        indexes = [models.Index(fields=["user", "time"])]

    def __str__(self):
        return f"{self.time:%Y-%m-%d %H:%M} {self.event} {self.username}"
