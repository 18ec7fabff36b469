from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

# Paths under /quizzes/ that belong to fixed pages; a quiz may not take them as its slug.
RESERVED_SLUGS = {"categories", "category", "progress", "marking", "attempts", "take", "captions", "admin", "new"}


class RevealAnswers(models.TextChoices):
    AFTER_EACH = "after_each", _("After each question")
    AT_END = "at_end", _("At the end of the attempt")
    AFTER_CLOSE = "after_close", _("After the quiz closes")
    NEVER = "never", _("Never")


class QuizNavigation(models.TextChoices):
    SEQUENTIAL = "sequential", _("In order: each answer is final")
    FREE = "free", _("Free: move between questions, flag them and change answers before submitting")


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt")
    LATEST = "latest", _("Latest attempt")
    FIRST = "first", _("First attempt")
    AVERAGE = "average", _("Average of attempts")


class QuizQuerySet(models.QuerySet):
    def published(self):
        return self.filter(draft=False)


def validate_slug_not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is the address of another page. Choose a different slug."), params={"slug": value}
        )


class Quiz(RevisionMixin, index.Indexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        validators=[validate_slug_not_reserved],
        help_text=_("The quiz's web address. Filled in from the title when left empty."),
    )
    description = models.TextField(_("description"), blank=True)
    category = models.ForeignKey(
        "quizzes.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quizzes",
    )
    random_order = models.BooleanField(_("shuffle questions"), default=False)
    max_questions = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        help_text=_("Draw only this many questions for each attempt. Empty or 0: all of them."),
    )
    reveal_answers = models.CharField(
        _("show correct answers and explanations"),
        max_length=20,
        choices=RevealAnswers.choices,
        default=RevealAnswers.AFTER_EACH,
    )
    exam_paper = models.BooleanField(
        _("exam paper"),
        default=False,
        help_text=_("Every finished attempt goes to the marking list for review, not only those with essays."),
    )
    single_attempt = models.BooleanField(
        _("single attempt"), default=False, help_text=_("Each trainee may finish this quiz once.")
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited. A single-attempt quiz allows 1.")
    )
    grading_method = models.CharField(
        _("grading method"), max_length=10, choices=GradingMethod.choices, default=GradingMethod.HIGHEST
    )
    time_limit = models.PositiveIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Empty: no time limit.")
    )
    available_from = models.DateTimeField(_("open from"), null=True, blank=True)
    available_until = models.DateTimeField(_("open until"), null=True, blank=True)
    navigation = models.CharField(
        _("navigation"),
        max_length=12,
        choices=QuizNavigation.choices,
        default=QuizNavigation.SEQUENTIAL,
        help_text=_(
            "In order: one question at a time, each answer final, the last one finishing the attempt. Free: a "
            "question panel, flags for review, going back to change an answer, and a summary page before “Submit "
            "all and finish”. With answers shown after each question, an answer is final once its feedback is shown."
        ),
    )
    questions_per_page = models.PositiveSmallIntegerField(
        _("questions per page"),
        default=1,
        help_text=_("1: one question per page; 0: every question on one page. Several per page need free navigation."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    success_text = models.TextField(_("message on passing"), blank=True)
    fail_text = models.TextField(_("message on failing"), blank=True)
    draft = models.BooleanField(_("draft"), default=False, help_text=_("Drafts are hidden from trainees."))
    allow_anonymous = models.BooleanField(
        _("open to visitors"), default=False, help_text=_("Let people who are not logged in take this quiz.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = QuizQuerySet.as_manager()

    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("draft"),
        index.FilterField("category"),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pass_mark__gte=0, pass_mark__lte=100), name="quizzes_quiz_pass_mark_0_100"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.available_from and self.available_until and self.available_until <= self.available_from:
            errors["available_until"] = _("The closing time must be after the opening time.")
        if self.reveal_answers == RevealAnswers.AFTER_CLOSE and not self.available_until:
            errors["reveal_answers"] = _(
                "“After the quiz closes” needs a closing time: set “open until”, "
                "or choose when else to show the answers."
            )
        if self.navigation != QuizNavigation.FREE and self.questions_per_page != 1:
            errors["questions_per_page"] = _(
                "Taken in order, each question has a page of its own: choose free navigation to put several "
                "questions (or all of them, 0) on a page, or set 1."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug_from(self.title)
        else:
            self.slug = slugify(self.slug)
        if self.single_attempt:
            self.exam_paper = True
            self.max_attempts = 1
        super().save(*args, **kwargs)

    @classmethod
    def unique_slug_from(cls, title):
        base = slugify(title)[:70] or "quiz"
        if base in RESERVED_SLUGS:
            base = f"{base}-quiz"
        slug, n = base, 2
        while cls.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def get_absolute_url(self):
        return reverse("quizzes:detail", kwargs={"slug": self.slug})

    def get_take_url(self):
        return reverse("quizzes:take", kwargs={"slug": self.slug})

    @property
    def free_navigation(self):
        return self.navigation == QuizNavigation.FREE

    def get_start_url(self):
        return reverse("quizzes:start", kwargs={"slug": self.slug})

    @property
    def attempt_limit(self):
        return 1 if self.single_attempt else self.max_attempts

    def is_open(self, now=None):
        now = now or timezone.now()
        if self.available_from and now < self.available_from:
            return False
        return not (self.available_until and now >= self.available_until)

    def has_closed(self, now=None):
        now = now or timezone.now()
        return bool(self.available_until and now >= self.available_until)


class QuizQuestion(Orderable):
    """A question placed in a quiz, in order."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(
        "quizzes.Question", verbose_name=_("question"), on_delete=models.CASCADE, related_name="quiz_links"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("question in quiz")
        verbose_name_plural = _("questions in quiz")
        constraints = [models.UniqueConstraint(fields=["quiz", "question"], name="quizzes_question_once_per_quiz")]

    def __str__(self):
        return str(self.question)


class QuizCategoryDraw(Orderable):
    """Draw this many random questions from a bank category (and its sub-topics) for every attempt."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="category_draws")
    category = models.ForeignKey("quizzes.Category", verbose_name=_("category"), on_delete=models.CASCADE)
    count = models.PositiveSmallIntegerField(_("number of questions"), validators=[MinValueValidator(1)])

    class Meta(Orderable.Meta):
        verbose_name = _("random draw")
        verbose_name_plural = _("random draws")

    def __str__(self):
        return f"{self.count} from {self.category}"


class QuizFeedbackBand(Orderable):
    """Overall feedback for a result from `lower_bound` % up to the next band's bound (Moodle's grade bands)."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="feedback_bands")
    lower_bound = models.DecimalField(
        _("from (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Shown for a result of at least this percentage, up to the next band's."),
    )
    text = models.TextField(_("feedback"))

    class Meta(Orderable.Meta):
        verbose_name = _("overall feedback band")
        verbose_name_plural = _("overall feedback bands")

    def __str__(self):
        return f"{self.lower_bound} %: {self.text[:40]}"


def band_for(bands, score, max_score):
    """The feedback band a result falls in: the highest lower bound that score / max reaches, unrounded (as the
    pass check compares: 2 of 3 points is 66.66…%, short of a band from 66.67 %)."""
    reached = [band for band in bands if score * 100 >= band.lower_bound * max_score]
    return max(reached, key=lambda band: band.lower_bound) if reached else None
