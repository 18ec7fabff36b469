"""Forms for authoring in the Wagtail admin: the checks an editor sees before anything is saved."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.models import CHOICE_KINDS, Quiz, QuizQuestion


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


class QuizAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("draft"):
            return cleaned
        questions = _live_forms(self.formsets["quiz_questions"]) if "quiz_questions" in self.formsets else []
        draws = _live_forms(self.formsets["category_draws"]) if "category_draws" in self.formsets else []
        if not questions and not draws:
            self.add_error(
                None,
                _("A published quiz needs at least one question or random draw. Add questions, or tick “Draft”."),
            )
        return cleaned
