from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index
from wagtailmedia.settings import wagtailmedia_settings

from techniques.webvtt import CaptionsError, parse_captions

EXPLANATION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class QuestionKind(models.TextChoices):
    MC_SINGLE = "mc_single", _("Multiple choice (one answer)")
    MC_MULTIPLE = "mc_multiple", _("Multiple response (tick all that apply)")
    TRUE_FALSE = "true_false", _("True or false")
    ESSAY = "essay", _("Essay (marked by a person)")
    SPOT_NAME = "spot_name", _("Spot the technique: name the technique shown")
    SPOT_MOMENT = "spot_moment", _("Spot the technique: mark the moment")
    SHORT_ANSWER = "short_answer", _("Short answer (a word or phrase, checked against accepted answers)")
    NUMERICAL = "numerical", _("Numerical (a number, within a tolerance)")
    MATCHING = "matching", _("Matching (pair each item with its match)")
    DESCRIPTION = "description", _("Description (text shown before the next question, not scored)")


CHOICE_KINDS = {QuestionKind.MC_SINGLE, QuestionKind.MC_MULTIPLE}
# Kinds whose answers are options: multiple choice, and the accepted answers of short answer and numerical
# questions and the pairs of matching ones (an option's text is the answer, the number, or the item to match).
OPTION_KINDS = CHOICE_KINDS | {QuestionKind.SHORT_ANSWER, QuestionKind.NUMERICAL, QuestionKind.MATCHING}
SPOT_KINDS = {QuestionKind.SPOT_NAME, QuestionKind.SPOT_MOMENT}


class TextFormat(models.TextChoices):
    PLAIN = "plain", _("Plain text")
    HTML = "html", _("HTML (cleaned: no scripts, styles or frames)")
    MARKDOWN = "markdown", _("Markdown")


class AnswerOrder(models.TextChoices):
    AS_ENTERED = "none", _("As entered")
    ALPHABETICAL = "content", _("Alphabetical")
    RANDOM = "random", _("Shuffled once per attempt")


class Question(RevisionMixin, index.Indexed, ClusterableModel):
    """One question in the bank. Its kind decides which of the fields below apply.

    A question with a vignette is a case-vignette question: the vignette is the stem,
    the content asks about it.
    """

    kind = models.CharField(_("type"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.MC_SINGLE)
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("A short name for finding the question in the bank.")
    )
    category = models.ForeignKey(
        "quizzes.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    vignette = models.TextField(
        _("case vignette"),
        blank=True,
        help_text=_("Optional clinical vignette shown above the question, as its stem."),
    )
    content = models.TextField(_("question"), max_length=2000)
    text_format = models.CharField(
        _("text format"),
        max_length=10,
        choices=TextFormat.choices,
        default=TextFormat.PLAIN,
        help_text=_(
            "How the question, its options and their feedback are written (imported GIFT says so with [html] or "
            "[markdown])."
        ),
    )
    figure = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("figure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    figure_alt = models.CharField(
        _("figure description"),
        max_length=255,
        blank=True,
        help_text=_("What the figure shows, for people who cannot see it."),
    )
    explanation = RichTextField(
        _("explanation"),
        blank=True,
        features=EXPLANATION_FEATURES,
        help_text=_("Why the right answer is right. Shown when the quiz's review options allow."),
    )
    points = models.DecimalField(
        _("points"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    answer_order = models.CharField(
        _("answer order"), max_length=10, choices=AnswerOrder.choices, default=AnswerOrder.AS_ENTERED
    )
    case_sensitive = models.BooleanField(
        _("case matters"),
        default=False,
        help_text=_("Short answer only: “MBT” and “mbt” count as different answers."),
    )
    is_true = models.BooleanField(
        _("the statement is true"), default=True, help_text=_("True or false questions only.")
    )
    correct_feedback = models.TextField(
        _("feedback on a right answer"), blank=True, help_text=_("Shown with the review when the answer is right.")
    )
    partial_feedback = models.TextField(
        _("feedback on a partly right answer"),
        blank=True,
        help_text=_("Shown with the review when the answer earns some of the points, not all."),
    )
    incorrect_feedback = models.TextField(
        _("feedback on a wrong answer"), blank=True, help_text=_("Shown with the review when the answer is wrong.")
    )
    rubric = models.TextField(
        _("marking rubric"),
        blank=True,
        help_text=_("Essay questions: one criterion per line. Markers tick the criteria an answer meets."),
    )
    video = models.ForeignKey(
        wagtailmedia_settings.MEDIA_MODEL,
        verbose_name=_("role-play video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    captions = models.TextField(
        _("captions (WebVTT)"),
        blank=True,
        help_text=_("The clip's captions as WebVTT text, starting with the line WEBVTT."),
    )
    technique = models.ForeignKey(
        "techniques.Technique",
        verbose_name=_("technique"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quiz_questions",
        help_text=_("The technique shown at the moment (spot-the-technique questions)."),
    )
    technique_choices = ParentalManyToManyField(
        "techniques.Technique",
        verbose_name=_("other techniques to offer"),
        blank=True,
        related_name="+",
        help_text=_("“Name the technique” questions: the wrong answers offered beside the right one."),
    )
    moment = models.DecimalField(
        _("moment (seconds)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("When the technique happens in the clip."),
    )
    tolerance = models.DecimalField(
        _("tolerance (seconds)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("3"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("60"))],
        help_text=_("How far from the moment a marked time may be and still count."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("content"),
        index.SearchField("vignette"),
        index.SearchField("explanation"),
        index.AutocompleteField("content"),
        index.FilterField("kind"),
        index.FilterField("category"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category__name", "pk"]

    def __str__(self):
        return self.title or (self.content[:80] + ("…" if len(self.content) > 80 else ""))

    @property
    def is_vignette(self):
        return bool(self.vignette.strip())

    @property
    def needs_marking(self):
        return self.kind == QuestionKind.ESSAY

    def rubric_criteria(self):
        return [line.strip() for line in self.rubric.splitlines() if line.strip()]

    def clean(self):
        errors = {}
        if self.kind in SPOT_KINDS:
            if not self.video_id:
                errors["video"] = _("A spot-the-technique question needs a video.")
            if not self.captions.strip():
                errors["captions"] = _("Add the clip's captions (WebVTT) so everyone can follow the role-play.")
            else:
                # Checked as a module's role-play clip checks them: a browser would drop captions that fail here.
                try:
                    parse_captions(self.captions)
                except CaptionsError as error:
                    errors["captions"] = str(error)
            if self.moment is None:
                errors["moment"] = _("Give the moment (in seconds) where the technique happens.")
            if not self.technique_id:
                errors["technique"] = _("Choose the technique the question is about.")
        if errors:
            raise ValidationError(errors)

    def problems(self):
        """Why this question cannot be asked as it stands (empty when it can)."""
        from quizzes.questions import question_problems

        return question_problems(self)


class AnswerOption(Orderable):
    """One option of a multiple-choice or multiple-response question."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("option"), max_length=1000)
    correct = models.BooleanField(_("correct"), default=False)
    weight = models.DecimalField(
        _("weight (%)"),
        max_digits=10,
        decimal_places=7,  # as Moodle keeps them: a third is 33.3333333, not 33.33
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("-100")), MaxValueValidator(Decimal("100"))],
        help_text=_(
            "Share of the question's points this option is worth, from -100 to 100. "
            "Leave 0 to derive it from 'correct'."
        ),
    )
    feedback = models.CharField(_("feedback"), max_length=1000, blank=True)
    tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=12,
        decimal_places=6,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Numerical questions: how far from the number an answer may be and still count."),
    )
    match = models.CharField(
        _("match"),
        max_length=1000,
        blank=True,
        help_text=_("Matching questions: the answer this item is paired with. With no item text: a distractor."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")

    def __str__(self):
        return self.text
