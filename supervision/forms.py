from django import forms
from django.utils.translation import gettext_lazy as _

from courses.choices import Track
from courses.models import CoursePage
from supervision.reports import DEFAULT_SORT, SORTS
from supervision.scope import supervised_cohorts


class ReportFilterForm(forms.Form):
    """The filters of the cohort matrix and its exports. Cohorts offered are the supervisor's own only."""

    cohort = forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=None,
        required=False,
        empty_label=_("All my trainees"),
        error_messages={"invalid_choice": _("Choose one of your cohorts.")},
    )
    course = forms.ModelChoiceField(
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
