"""The trainee's journey: cohorts, enrolments, progress per module and clip, the cross-training goal, certificates.

Progress rows point at pages by id and record what was done and when; they are never rebuilt from the
content, so republishing a module leaves everyone's completion as it was.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from accounts.models import HomeModality
from quizzes.models import QuizOverrideFields

# Letters and digits that cannot be misread for one another on paper (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class Cohort(models.Model):
    """A training intake: a group of trainees who follow the same courses over the same dates."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    courses = models.ManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="cohorts",
        verbose_name=_("courses"),
        help_text=_("Every trainee of the cohort is enrolled in these courses."),
    )
    trainees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="cohorts", verbose_name=_("trainees")
    )
    supervisors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="supervised_cohorts",
        verbose_name=_("supervisors"),
        limit_choices_to={"groups__name": "Supervisors"},
        help_text=_("They see this cohort's progress reports and mark its trainees' written work."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("starts_on"),
        FieldPanel("ends_on"),
        FieldPanel("courses"),
        FieldPanel("trainees"),
        FieldPanel("supervisors"),
    ]

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="learning_cohort_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.name

    def enrol_trainees(self):
        """Enrol every trainee of the cohort in every course of the cohort; existing enrolments stay."""
        course_ids = list(self.courses.values_list("pk", flat=True))
        trainee_ids = list(self.trainees.values_list("pk", flat=True))
        Enrolment.objects.bulk_create(
            [Enrolment(user_id=u, course_id=c, cohort=self) for u in trainee_ids for c in course_ids],
            ignore_conflicts=True,
        )


class EnrolmentQuerySet(models.QuerySet):
    def of(self, user):
        """The one access rule for enrolments and everything under them: a trainee sees only their own."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments")
    cohort = models.ForeignKey(
        Cohort,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
        help_text=_("Empty when the trainee enrolled themselves."),
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["enrolled_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="learning_one_enrolment_per_course")]

    def __str__(self):
        return f"{self.user} → {self.course}"


class ModuleProgress(models.Model):
    """What one trainee has done in one module, and when."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last seen"), null=True, blank=True)
    read_at = models.DateTimeField(_("text read"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="learning_one_progress_per_module")]

    def __str__(self):
        return f"{self.user} · {self.module_id}"


class ClipProgress(models.Model):
    """How much of one role-play video a trainee has watched, as checked by the server."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clip_progress")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="clip_progress")
    clip_id = models.CharField(max_length=80)
    watched_seconds = models.FloatField(_("seconds watched"), default=0)
    # The parts of the video played so far, over every visit, as merged [start, end] pairs in seconds:
    # watching half today and the rest tomorrow adds up, watching one part twice does not.
    played = models.JSONField(_("parts played"), default=list, blank=True)
    duration = models.FloatField(_("length in seconds"), default=0)
    # The earliest time (seconds since the epoch) by which everything credited so far could have been played at
    # the fastest rate the player offers: what is credited next starts from here, whichever page reported it, so
    # many small reports, or reports under several pages opened at once, cannot add up to more than real time.
    paced_until = models.FloatField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(_("watched"), null=True, blank=True)

    class Meta:
        verbose_name = _("clip progress")
        verbose_name_plural = _("clip progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module", "clip_id"], name="learning_one_progress_per_clip")
        ]

    def __str__(self):
        return f"{self.user} · {self.module_id}/{self.clip_id}"


class CrossTrainingGoal(ClusterableModel):
    """ "A look beyond the own nose": the modules a trainee of one home modality takes from the other side.

    Editors choose the modules in the admin; the dashboard's meter and the supervisor reports read them.
    """

    home_modality = models.CharField(
        _("for trainees whose home modality is"), max_length=3, choices=HomeModality.choices, unique=True
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("home_modality"),
        FieldPanel("title"),
        FieldPanel("description"),
        InlinePanel("goal_modules", label=_("Modules that count"), min_num=1),
    ]

    class Meta:
        verbose_name = _("cross-training goal")
        verbose_name_plural = _("cross-training goals")
        ordering = ["home_modality"]

    def __str__(self):
        return self.title


class CrossTrainingModule(Orderable):
    goal = ParentalKey(CrossTrainingGoal, on_delete=models.CASCADE, related_name="goal_modules")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["goal", "module"], name="learning_goal_module_once")]

    def __str__(self):
        return f"{self.goal} · {self.module_id}"


def new_verification_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Certificate(models.Model):
    """A certificate of completion: a finished course or the cross-training goal, with its study hours."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey(
        "courses.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    goal = models.ForeignKey(
        CrossTrainingGoal, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    # Kept as issued, so a renamed course or person does not change a certificate already handed out.
    holder_name = models.CharField(_("name"), max_length=300)
    title = models.CharField(_("title"), max_length=300)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_verification_code)
    # The accreditation it was issued under (the certificate settings at the time), empty for a certificate of
    # completion: an approval covers what was completed while it held, so a later change does not rewrite it.
    accrediting_body = models.CharField(_("accrediting body"), max_length=200, blank=True)
    approval_number = models.CharField(_("approval number"), max_length=100, blank=True)
    # Set by a site administrator (Learning → Certificates): the code then verifies as revoked, with the reason.
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], condition=Q(course__isnull=False), name="learning_one_certificate_per_course"
            ),
            models.UniqueConstraint(
                fields=["user", "goal"], condition=Q(goal__isnull=False), name="learning_one_certificate_per_goal"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.code})"

    def get_absolute_url(self):
        return reverse("learning:certificate", kwargs={"pk": self.pk})

    @property
    def accredited(self):
        return bool(self.accrediting_body and self.approval_number)

    @property
    def revoked(self):
        return self.revoked_at is not None


@register_setting(icon="time")
class LearningSettings(BaseGenericSetting):
    """Site-wide completion settings, under Settings → Completion settings in the admin (administrators)."""

    watch_share = models.PositiveSmallIntegerField(
        _("share of a role-play clip to watch (%)"),
        default=80,
        validators=[MinValueValidator(10), MaxValueValidator(100)],
        help_text=_("A role-play clip counts as watched once this share of its length has been played."),
    )

    panels = [FieldPanel("watch_share")]

    class Meta:
        verbose_name = _("completion settings")


class CohortQuizOverride(QuizOverrideFields):
    """Other rules of one quiz for every trainee of a cohort (`quizzes.overrides` asks for it through its hook).

    A trainee's own override (``quizzes.TraineeQuizOverride``) wins over this; in several cohorts, a trainee
    gets the most generous of their cohorts' overrides (`learning.quiz_overrides`).
    """

    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="quiz_overrides"
    )
    quiz = models.ForeignKey(
        "quizzes.Quiz", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="cohort_overrides"
    )

    class Meta:
        verbose_name = _("cohort's quiz override")
        verbose_name_plural = _("cohorts' quiz overrides")
        ordering = ["quiz__title", "cohort__name"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "quiz"], name="learning_quiz_override_once_per_cohort")
        ]

    def __str__(self):
        return f"{self.quiz}: {self.cohort}"


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    """What certificates may claim, under Settings → Certificate accreditation in the admin (administrators).

    Empty, as it ships: certificates are certificates of completion with study hours. Only an accrediting body
    that has approved the training, with its approval number, makes them certificates of accredited continuing
    education.
    """

    accrediting_body = models.CharField(
        _("accrediting body"),
        max_length=200,
        blank=True,
        help_text=_(
            "The body that has approved this training for continuing-education credit, exactly as it wants to "
            "be named. Leave empty unless it has: certificates then say they record completion and study hours."
        ),
    )
    approval_number = models.CharField(
        _("approval number"),
        max_length=100,
        blank=True,
        help_text=_(
            "The number the accrediting body gave its approval. Both fields or neither. Certificates issued from "
            "now on carry them; certificates already issued keep what they were issued with."
        ),
    )

    panels = [FieldPanel("accrediting_body"), FieldPanel("approval_number")]

    class Meta:
        verbose_name = _("certificate accreditation")

    def clean(self):
        super().clean()
        if self.accrediting_body and not self.approval_number:
            raise ValidationError({"approval_number": _("Give the approval number the accrediting body issued.")})
        if self.approval_number and not self.accrediting_body:
            raise ValidationError({"accrediting_body": _("Name the accrediting body that issued this number.")})
