from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    NEEDS_MARKING = "needs_marking", _("Awaiting marking")
    FINISHED = "finished", _("Finished")


class AttemptQuerySet(models.QuerySet):
    def owned_by(self, user=None, session_key=None):
        """The one access rule for attempts: a person sees only their own.

        Logged-in users are matched on the user; visitors on their session.
        """
        if user is not None and user.is_authenticated:
            return self.filter(user=user)
        if session_key:
            return self.filter(user__isnull=True, session_key=session_key)
        return self.none()

    def open(self):
        return self.filter(status=AttemptStatus.IN_PROGRESS)

    def done(self):
        return self.exclude(status=AttemptStatus.IN_PROGRESS)


class Attempt(models.Model):
    """One go at a quiz, with its questions frozen when it started."""

    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    session_key = models.CharField(max_length=40, blank=True, db_index=True)
    number = models.PositiveIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    timed_out = models.BooleanField(_("time ran out"), default=False)
    override_close = models.DateTimeField(
        _("closes for this trainee"),
        null=True,
        blank=True,
        help_text="Set when an override gave the trainee other dates: the attempt ends then, not at the quiz's close.",
    )
    sequence = models.PositiveIntegerField(
        default=0, help_text="Bumped on every answer and every saved page; stale posts are refused."
    )
    score = models.DecimalField(_("score"), max_digits=8, decimal_places=2, default=Decimal("0"))
    max_score = models.DecimalField(_("maximum score"), max_digits=8, decimal_places=2, default=Decimal("0"))
    percent = models.DecimalField(_("percent"), max_digits=5, decimal_places=2, default=Decimal("0"))
    passed = models.BooleanField(_("passed"), null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at", "-pk"]
        permissions = [("mark_attempt", _("Can see trainees' attempts and mark them"))]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"],
                condition=Q(user__isnull=False),
                name="quizzes_attempt_number_unique_per_user",
            ),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(status="in_progress", user__isnull=False),
                name="quizzes_one_open_attempt_per_user",
            ),
            models.UniqueConstraint(
                fields=["session_key", "quiz"],
                condition=Q(status="in_progress", user__isnull=True),
                name="quizzes_one_open_attempt_per_visitor",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(session_key=""), name="quizzes_attempt_has_an_owner"
            ),
        ]

    def __str__(self):
        return f"{self.quiz} #{self.number}"

    def get_absolute_url(self):
        return reverse("quizzes:attempt", kwargs={"pk": self.pk})

    def get_summary_url(self):
        return reverse("quizzes:summary", kwargs={"pk": self.pk})

    @property
    def is_open(self):
        return self.status == AttemptStatus.IN_PROGRESS

    @property
    def percent_display(self):
        return int(self.percent.quantize(Decimal("1"), rounding="ROUND_HALF_UP"))


class AttemptSlot(models.Model):
    """A slot: one question as drawn for one attempt, its place and a snapshot of its content.

    "Slot" is the one word for this (as in Moodle): a question belongs to the bank, a slot to an attempt.

    The snapshot pins the attempt to the version it started with, so editing or deleting
    the question later changes neither what the trainee sees nor how it is scored.
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="slots")
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey(
        "quizzes.Question", null=True, blank=True, on_delete=models.SET_NULL, related_name="attempt_slots"
    )
    category = models.ForeignKey(
        "quizzes.Category", null=True, blank=True, on_delete=models.SET_NULL, related_name="attempt_slots"
    )
    snapshot = models.JSONField()
    points = models.DecimalField(max_digits=6, decimal_places=2)
    flagged = models.BooleanField(
        _("flagged for review"), default=False, help_text=_("The trainee marked the question to come back to.")
    )

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="quizzes_slot_position_unique"),
            models.UniqueConstraint(fields=["attempt", "question"], name="quizzes_question_once_per_attempt"),
        ]

    def __str__(self):
        return f"{self.attempt} Q{self.position}"

    @property
    def kind(self):
        return self.snapshot["kind"]


class Answer(models.Model):
    """The trainee's answer to one question of an attempt, and its mark."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    slot = models.OneToOneField(AttemptSlot, on_delete=models.CASCADE, related_name="answer")
    payload = models.JSONField(default=dict)
    answered_at = models.DateTimeField(auto_now_add=True)
    points = models.DecimalField(
        _("points"), max_digits=6, decimal_places=2, null=True, blank=True, help_text=_("Empty until marked.")
    )
    is_correct = models.BooleanField(_("correct"), null=True)
    submitted_automatically = models.BooleanField(
        _("submitted automatically at the time limit"),
        default=False,
        help_text="The trainee's autosaved draft, submitted for them when the time ran out.",
    )
    feedback = models.TextField(_("feedback"), blank=True)
    rubric_met = models.JSONField(default=list, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "slot"], name="quizzes_one_answer_per_question"),
        ]

    def __str__(self):
        return f"{self.slot}: {self.payload}"

    @property
    def awaiting_marking(self):
        return self.points is None


class Draft(models.Model):
    """What the trainee has typed or chosen for a question but not submitted yet, saved as they go (autosave).

    A draft is never an answer: it is not scored, not counted, and shown to nobody but the trainee (on the take
    page). When time runs out, a question's draft is submitted in its answer's place (``taking.expire_if_overdue``);
    once the trainee has submitted an answer, the answer wins (the draft of an answered question is never submitted
    or shown), and the attempt's drafts are deleted when it ends. ``value`` holds what the form's field holds
    (text, an option id as text, a list of them, "true"/"false", or null).
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="drafts")
    slot = models.OneToOneField(AttemptSlot, on_delete=models.CASCADE, related_name="draft")
    value = models.JSONField(null=True, blank=True)
    client_sequence = models.PositiveBigIntegerField(
        default=0, help_text="The browser's counter of its saves; an older save never overwrites a newer one."
    )
    saved_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("draft answer")
        verbose_name_plural = _("draft answers")

    def __str__(self):
        return f"{self.slot} (draft)"


class MarkingEvent(models.Model):
    """Who changed a mark, when, and from what to what."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="marking_events")
    marker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    old_points = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    new_points = models.DecimalField(max_digits=6, decimal_places=2)
    feedback = models.TextField(blank=True)
    rubric_met = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.answer}: {self.old_points} → {self.new_points}"
