"""Exercises: a client moment to respond to, the prompt, and the rubric the response is rated with."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtailmedia.settings import wagtailmedia_settings

from practice.models.rubrics import Rubric


class Difficulty(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Completion(models.TextChoices):
    OPTIONAL = "", _("Does not count toward the module's completion")
    SUBMITTED = "submitted", _("Counts once the trainee has submitted a response")
    RATED = "rated", _("Counts once an observer's published overall rating reaches the minimum")


class ExerciseQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class Exercise(ClusterableModel):
    """One deliberate-practice exercise: watch the moment, respond on camera or microphone, be rated."""

    title = models.CharField(_("title"), max_length=200)
    live = models.BooleanField(_("open to trainees"), default=False)
    prompt = models.TextField(_("prompt"), help_text=_("e.g. “Respond as an MBT therapist would at this moment.”"))
    difficulty = models.CharField(
        _("difficulty"), max_length=20, choices=Difficulty.choices, default=Difficulty.BEGINNER
    )
    techniques = ParentalManyToManyField(
        "techniques.Technique", verbose_name=_("techniques practised"), blank=True, related_name="exercises"
    )
    rubric = models.ForeignKey(Rubric, verbose_name=_("rubric"), on_delete=models.PROTECT, related_name="exercises")
    stimulus = models.ForeignKey(
        wagtailmedia_settings.MEDIA_MODEL,
        verbose_name=_("client moment (video)"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    stimulus_start = models.DecimalField(
        _("starts at (seconds)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to play from the beginning."),
    )
    stimulus_end = models.DecimalField(
        _("ends at (seconds)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to play to the end."),
    )
    max_response_seconds = models.PositiveSmallIntegerField(
        _("longest response (seconds)"), default=120, validators=[MinValueValidator(10), MaxValueValidator(900)]
    )
    self_rating = models.BooleanField(_("trainees may rate themselves after submitting"), default=True)
    model_response = models.ForeignKey(
        wagtailmedia_settings.MEDIA_MODEL,
        verbose_name=_("model response (video)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown to the trainee only after they have submitted their own response."),
    )
    model_commentary = models.TextField(_("commentary on the model response"), blank=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Lists the exercise on that course's practice page; only its trainees may open it."),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the module the exercise belongs to (must be in the course)."),
    )
    completion = models.CharField(
        _("counts toward the module's completion"),
        max_length=10,
        choices=Completion.choices,
        blank=True,
        default=Completion.OPTIONAL,
    )
    completion_min_overall = models.SmallIntegerField(
        _("lowest overall rating that counts"),
        null=True,
        blank=True,
        help_text=_("For “rated”: a point on the rubric's overall scale, e.g. 4 on a scale of 1 to 7."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ExerciseQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("live"),
        FieldPanel("prompt"),
        FieldRowPanel([FieldPanel("difficulty"), FieldPanel("max_response_seconds")]),
        FieldPanel("techniques"),
        FieldPanel("rubric"),
        FieldPanel("self_rating"),
        MultiFieldPanel(
            [FieldPanel("stimulus"), FieldRowPanel([FieldPanel("stimulus_start"), FieldPanel("stimulus_end")])],
            heading=_("Client moment"),
        ),
        MultiFieldPanel([FieldPanel("model_response"), FieldPanel("model_commentary")], heading=_("Model response")),
        MultiFieldPanel(
            [
                FieldPanel("course"),
                FieldPanel("module"),
                FieldRowPanel([FieldPanel("completion"), FieldPanel("completion_min_overall")]),
            ],
            heading=_("Where it is listed"),
        ),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("practice exercise")
        verbose_name_plural = _("practice exercises")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stimulus_start__isnull=True)
                | models.Q(stimulus_end__isnull=True)
                | models.Q(stimulus_end__gt=models.F("stimulus_start")),
                name="exercise_segment_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        start, end = self.stimulus_start, self.stimulus_end
        if start is not None and end is not None and end <= start:
            errors["stimulus_end"] = _("The segment must end after it starts.")
        duration = getattr(self.stimulus, "duration", None) if self.stimulus_id else None
        if duration:
            for name, value in (("stimulus_start", start), ("stimulus_end", end)):
                if value is not None and float(value) > duration and name not in errors:
                    errors[name] = _("The clip is only %(seconds).1f seconds long.") % {"seconds": duration}
        if self.module_id and self.course_id and not self.module.path.startswith(self.course.path):
            errors["module"] = _("This module is not part of the course chosen.")
        if self.module_id and not self.course_id:
            errors["course"] = _("Choose the course the module belongs to.")
        if self.completion and not self.module_id:
            errors["completion"] = _("Only an exercise placed in a module can count toward its completion.")
        if self.completion == Completion.RATED:
            low, high = (self.rubric.overall_min, self.rubric.overall_max) if self.rubric_id else (None, None)
            value = self.completion_min_overall
            if value is None:
                errors["completion_min_overall"] = _("Give the lowest overall rating that counts.")
            elif low is not None and not low <= value <= high:
                errors["completion_min_overall"] = _("The rubric's overall scale runs from %(low)d to %(high)d.") % {
                    "low": low,
                    "high": high,
                }
        elif self.completion_min_overall is not None:
            errors["completion_min_overall"] = _("A lowest rating only applies when the exercise counts once rated.")
        if errors:
            raise ValidationError(errors)

    @property
    def stimulus_fragment(self):
        """A media fragment (#t=start,end) so the browser plays just the segment."""
        if self.stimulus_start is None and self.stimulus_end is None:
            return ""
        start = f"{float(self.stimulus_start or 0):g}"
        return f"#t={start},{float(self.stimulus_end):g}" if self.stimulus_end is not None else f"#t={start}"

    @property
    def segment_seconds(self):
        end = self.stimulus_end if self.stimulus_end is not None else None
        if end is None:
            return None
        return float(end) - float(self.stimulus_start or 0)
