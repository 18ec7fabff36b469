import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from courses.choices import Track
from courses.converters import IdConverter
from courses.models import CoursePage
from supervision.reports import DEFAULT_SORT, SORTS
from supervision.scope import supervised_cohorts


class PageChoiceField(forms.ModelChoiceField):
    """A page chosen by its id. An id no database integer can hold is no choice: SQLite cannot even look it up
    through a page's link to its base page, and would answer a server error."""

    def to_python(self, value):
        if value not in self.empty_values and not re.fullmatch(IdConverter.regex, str(value)):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value})
        return super().to_python(value)


class ReportFilterForm(forms.Form):
    """The filters of the cohort matrix and its exports. Cohorts offered are the supervisor's own only."""

    cohort = forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=None,
        required=False,
        empty_label=_("All my trainees"),
        error_messages={"invalid_choice": _("Choose one of your cohorts.")},
    )
    course = PageChoiceField(
        label=_("Course"),
        queryset=None,
        required=False,
        empty_label=_("All their courses"),
        error_messages={"invalid_choice": _("Choose one of the courses listed.")},
    )
    track = forms.ChoiceField(label=_("Track"), choices=[("", _("All tracks")), *Track.choices], required=False)
    as_of = forms.DateField(
        label=_("Progress as of"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Empty: today."),
        error_messages={"invalid": _("Enter a date such as 2026-10-31.")},
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), choices=[(key, label) for key, (label, _order) in SORTS.items()], required=False
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = supervised_cohorts(user).order_by("-starts_on", "name")
        self.fields["course"].queryset = CoursePage.objects.live().order_by("path")

    def clean_sort(self):
        return self.cleaned_data["sort"] or DEFAULT_SORT


class ModuleFilterForm(forms.Form):
    cohort = ReportFilterForm.base_fields["cohort"]

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = supervised_cohorts(user).order_by("-starts_on", "name")


class MarkForm(forms.Form):
    """The mark of one answer. `version` is the mark's version the form was rendered with
    (`supervision.marking`): a post from a form someone else's mark has overtaken is refused."""

    points = forms.DecimalField(label=_("Points"), min_value=0, max_digits=6, decimal_places=2)
    feedback = forms.CharField(
        label=_("Feedback for the trainee"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    rubric = forms.TypedMultipleChoiceField(
        label=_("Rubric criteria met"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )
    # Not required: a form without it is taken as rendered before any mark, so it can never replace one.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, answer, *args, version=0, **kwargs):
        kwargs.setdefault("prefix", f"a{answer.pk}")
        super().__init__(*args, **kwargs)
        self.answer = answer
        self.fields["points"].max_value = answer.slot.points
        self.fields["points"].validators.append(MaxValueValidator(answer.slot.points))
        self.fields["points"].widget.attrs["max"] = answer.slot.points
        self.fields["rubric"].choices = list(enumerate(answer.slot.snapshot.get("rubric", [])))
        self.initial.setdefault("points", answer.points)
        self.initial.setdefault("feedback", answer.feedback)
        self.initial.setdefault("rubric", answer.rubric_met)
        self.initial["version"] = version

    @property
    def seen(self):
        return self.cleaned_data["version"] or 0


class AttemptFilterForm(forms.Form):
    user_filter = forms.CharField(label=_("Trainee"), required=False)
    quiz_filter = forms.CharField(label=_("Quiz"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All finished")), ("needs_marking", _("Awaiting marking")), ("finished", _("Marked"))],
    )
