"""The systems an institute already runs: LMS platforms launching us over LTI 1.3, and the grades we send back.

A `Platform` is one LMS registration (Moodle, Canvas...) made by a site administrator. People who arrive
from it get an account linked to the platform's user id (`LtiAccount`); each course of the platform that
launches us becomes a cohort (`LtiContext`); each placement of our module or quiz there is a
`ResourceLink`, and the grades owed to its gradebook wait in `GradeSubmission` until the platform accepts them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


class Platform(models.Model):
    """An LMS registered to launch this site as an LTI 1.3 tool."""

    name = models.CharField(_("name"), max_length=120, help_text=_("How you call it, e.g. “Hospital Moodle”."))
    issuer = models.URLField(
        _("issuer"), max_length=255, help_text=_("The platform's issuer (iss), e.g. https://moodle.example.org.")
    )
    client_id = models.CharField(
        _("client id"), max_length=255, help_text=_("The client id the platform gave this tool.")
    )
    deployment_ids = models.TextField(
        _("deployment ids"), help_text=_("One per line: the deployment ids the platform shows for this tool.")
    )
    key_set_url = models.URLField(_("public keyset URL"), max_length=500, help_text=_("The platform's JWKS URL."))
    auth_login_url = models.URLField(_("authentication request URL"), max_length=500)
    auth_token_url = models.URLField(_("access token URL"), max_length=500)
    auth_audience = models.CharField(
        _("token audience"),
        max_length=500,
        blank=True,
        help_text=_("Only if the platform asks for one; empty: the access token URL."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Launches from an inactive platform are refused.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("LMS platform")
        verbose_name_plural = _("LMS platforms")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["issuer", "client_id"], name="interop_platform_issuer_client_once")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        ids = self.deployment_id_list()
        if not ids:
            raise ValidationError({"deployment_ids": _("Enter at least one deployment id.")})
        if any(len(i) > 255 for i in ids):
            raise ValidationError({"deployment_ids": _("A deployment id is at most 255 characters long.")})

    def deployment_id_list(self):
        return [line.strip() for line in self.deployment_ids.splitlines() if line.strip()]

    def origins(self):
        """Where the platform's pages are served from: the only ancestors allowed to frame our launch pages."""
        return sorted({o for o in (origin_of(self.issuer), origin_of(self.auth_login_url)) if o})


class ToolKey(models.Model):
    """One of our RSA key pairs: the newest signs, older ones stay in the key set for a grace period."""

    kid = models.CharField(max_length=100, unique=True)
    private_pem = models.TextField()
    public_pem = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tool key")
        verbose_name_plural = _("tool keys")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.kid


class LtiAccount(models.Model):
    """A platform's user, as one of our accounts: (platform, sub) identifies the person there."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="accounts")
    sub = models.CharField(_("user id on the platform"), max_length=255)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_accounts")
    created_at = models.DateTimeField(auto_now_add=True)
    last_launch_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("LMS account link")
        verbose_name_plural = _("LMS account links")
        constraints = [models.UniqueConstraint(fields=["platform", "sub"], name="interop_one_account_per_sub")]

    def __str__(self):
        return f"{self.platform} · {self.sub}"


class LtiContext(models.Model):
    """A course on the platform, kept as one of our cohorts."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="contexts")
    context_id = models.CharField(max_length=255)
    title = models.CharField(max_length=255, blank=True)
    cohort = models.OneToOneField("learning.Cohort", on_delete=models.CASCADE, related_name="lti_context")
    memberships_url = models.URLField(max_length=500, blank=True)
    roster_synced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("LMS course")
        verbose_name_plural = _("LMS courses")
        constraints = [
            models.UniqueConstraint(fields=["platform", "context_id"], name="interop_one_cohort_per_context")
        ]

    def __str__(self):
        return self.title or self.context_id


class TargetKind(models.TextChoices):
    MODULE = "module", _("module")
    COURSE = "course", _("course")
    QUIZ = "quiz", _("quiz")


class ResourceLink(models.Model):
    """One placement of our module, course or quiz in a platform's course, with its gradebook column."""

    context = models.ForeignKey(LtiContext, on_delete=models.CASCADE, related_name="resource_links")
    resource_link_id = models.CharField(max_length=255)
    kind = models.CharField(max_length=10, choices=TargetKind.choices)
    target_id = models.PositiveBigIntegerField()
    lineitem_url = models.URLField(max_length=500, blank=True)
    scopes = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["context", "resource_link_id"], name="interop_resource_link_once")
        ]

    def __str__(self):
        return f"{self.context} · {self.kind} {self.target_id}"


class UsedNonce(models.Model):
    """The nonce of every id_token accepted: a token presented again is refused."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="+")
    nonce = models.CharField(max_length=255)
    used_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["platform", "nonce"], name="interop_nonce_used_once")]

    def __str__(self):
        return self.nonce


class Delivery(models.TextChoices):
    QUEUED = "queued", _("queued")
    SENT = "sent", _("sent")
    FAILING = "failing", _("failing")


class OutboxFields(models.Model):
    """What every outgoing message carries: its delivery state, for the retries and the status page."""

    status = models.CharField(_("status"), max_length=10, choices=Delivery.choices, default=Delivery.QUEUED)
    tries = models.PositiveIntegerField(_("tries"), default=0)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True, db_index=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        abstract = True


class GradeSubmission(OutboxFields):
    """A score owed to a platform's gradebook column (AGS), sent in the background until accepted."""

    resource_link = models.ForeignKey(ResourceLink, on_delete=models.CASCADE, related_name="grades")
    account = models.ForeignKey(LtiAccount, on_delete=models.CASCADE, related_name="grades")
    # What the score is: "attempt:<id>:<score>/<maximum>:<grading>" or "module:<id>"; each is queued once, so a
    # score reported again is not sent again, and a changed mark is.
    source = models.CharField(max_length=80)
    score_given = models.DecimalField(max_digits=8, decimal_places=2)
    score_maximum = models.DecimalField(max_digits=8, decimal_places=2)
    activity_progress = models.CharField(max_length=20, default="Completed")
    grading_progress = models.CharField(max_length=20, default="FullyGraded")
    timestamp = models.DateTimeField()

    class Meta:
        verbose_name = _("grade sent to an LMS")
        verbose_name_plural = _("grades sent to an LMS")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["resource_link", "account", "source"], name="interop_grade_once_per_score")
        ]

    def __str__(self):
        return f"{self.resource_link} · {self.account} · {self.score_given}/{self.score_maximum}"


class Statement(OutboxFields):
    """An xAPI statement waiting for, or sent to, the Learning Record Store.

    Its id is derived from what it records (uuid5), so collecting the same event again yields the same statement,
    which is stored once here and never sent twice.
    """

    statement_id = models.UUIDField(_("statement id"), unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_statements")
    verb = models.CharField(_("verb"), max_length=40)
    timestamp = models.DateTimeField(_("time of the event"))
    body = models.JSONField()

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["timestamp", "pk"]

    def __str__(self):
        return f"{self.verb} · {self.statement_id}"


class Cursor(models.Model):
    """How far the collection of statements has read the rooms' records (one row per collector)."""

    name = models.CharField(max_length=40, unique=True)
    until = models.DateTimeField()

    def __str__(self):
        return f"{self.name} until {self.until}"
