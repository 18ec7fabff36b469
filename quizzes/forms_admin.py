"""Forms for authoring in the Wagtail admin: the checks an editor sees before anything is saved."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.models import CHOICE_KINDS, Category, Question, QuestionKind, Quiz, QuizQuestion
from quizzes.questions import as_number


def _live_forms(formset):
    return [f for f in formset.forms if f.is_valid() and f.cleaned_data and not f.cleaned_data.get("DELETE")]


class QuestionAdminForm(WagtailAdminModelForm):
    quizzes = forms.ModelMultipleChoiceField(
        label=_("In quizzes"),
        queryset=Quiz.objects.order_by("title"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Add the question to these quizzes (or order it from the quiz's own page)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["quizzes"] = list(self.instance.quiz_links.values_list("quiz_id", flat=True))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") in CHOICE_KINDS and "options" in self.formsets:
            options = _live_forms(self.formsets["options"])
            if len(options) < 2:
                self.add_error(None, _("A multiple-choice question needs at least two options."))
            elif not any(f.cleaned_data.get("correct") for f in options):
                self.add_error(None, _("Mark at least one option as correct."))
        if cleaned.get("kind") in ANSWER_KINDS and "options" in self.formsets:
            options = [form.cleaned_data for form in _live_forms(self.formsets["options"])]
            for problem in _answer_problems(cleaned["kind"], options):
                self.add_error(None, problem)
        return cleaned

    def save(self, commit=True):
        question = super().save(commit=commit)
        if commit and "quizzes" in self.cleaned_data:
            wanted = set(self.cleaned_data["quizzes"])
            current = {link.quiz: link for link in question.quiz_links.select_related("quiz")}
            for quiz, link in current.items():
                if quiz not in wanted:
                    link.delete()
            for quiz in wanted - set(current):
                QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=quiz.quiz_questions.count())
        return question


ANSWER_KINDS = {QuestionKind.SHORT_ANSWER, QuestionKind.NUMERICAL, QuestionKind.MATCHING}


def _answer_problems(kind, options):
    """What is wrong with the options of a short answer, numerical or matching question, in the admin's words."""
    if kind == QuestionKind.MATCHING:
        pairs = [o for o in options if o.get("text", "").strip()]
        if len(pairs) < 2 or any(not o.get("match", "").strip() for o in pairs):
            return [_("A matching question needs at least two items (option text), each with its match.")]
        return []
    problems = []
    if not any(o.get("correct") or (o.get("weight") or 0) > 0 for o in options):
        problems.append(_("Give at least one accepted answer: tick “correct”, or give it a weight."))
    if kind == QuestionKind.NUMERICAL and any(as_number(o.get("text", "")) is None for o in options):
        problems.append(_("Every option of a numerical question is a number, such as 3.14."))
    return problems


def _may_hold_essays(questions, draws):
    """Whether the quiz's own questions or its random draws can put an essay in an attempt."""
    if any(f.cleaned_data["question"].kind == QuestionKind.ESSAY for f in questions if f.cleaned_data.get("question")):
        return True
    category_ids = set()
    for form in draws:
        if form.cleaned_data.get("category"):
            category_ids |= Category.descendant_ids(form.cleaned_data["category"])
    return (
        bool(category_ids) and Question.objects.filter(category_id__in=category_ids, kind=QuestionKind.ESSAY).exists()
    )


class QuizAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Navigation came after the other rules: a form posted without its fields (an older form, a script) keeps
        # what the quiz has, which for a new quiz is the default (in order, one question per page).
        for name in ("navigation", "questions_per_page"):
            if name in self.fields:
                self.fields[name].required = False

    def clean_navigation(self):
        return self.cleaned_data.get("navigation") or self.instance.navigation

    def clean_questions_per_page(self):
        value = self.cleaned_data.get("questions_per_page")
        return self.instance.questions_per_page if value is None else value

    def clean_slug(self):
        # Slugs are stored in lower case; checking the lower-case form finds a reserved or taken one before saving.
        return slugify(self.cleaned_data.get("slug") or "")

    def clean(self):
        cleaned = super().clean()
        questions = _live_forms(self.formsets["quiz_questions"]) if "quiz_questions" in self.formsets else []
        draws = _live_forms(self.formsets["category_draws"]) if "category_draws" in self.formsets else []
        if cleaned.get("allow_anonymous") and _may_hold_essays(questions, draws):
            self.add_error(
                "allow_anonymous",
                _(
                    "Visitors' essays cannot be marked: nobody can see a visitor's attempt to mark it. Take the essay "
                    "questions (and draws that may pick one) out of this quiz, or do not open it to visitors."
                ),
            )
        bands = _live_forms(self.formsets["feedback_bands"]) if "feedback_bands" in self.formsets else []
        bounds = [form.cleaned_data.get("lower_bound") for form in bands]
        if len(bounds) != len(set(bounds)):
            self.add_error(None, _("Two overall feedback bands start at the same percentage: give each its own."))
        if cleaned.get("draft"):
            return cleaned
        if not questions and not draws:
            self.add_error(
                None,
                _("A published quiz needs at least one question or random draw. Add questions, or tick “Draft”."),
            )
        return cleaned
