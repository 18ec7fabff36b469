"""The administrators' side, in the Wagtail admin: a person's data (export, erasure), the retention report.

Site administrators only: every view answers anyone else with 403, and none is in anyone else's menu.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.personal_data import is_erased
from privacy import erasure, registry, retention
from privacy.models import ErasureRecord
from privacy.views import asked_by, start_export

MAX_MATCHES = 50


def is_administrator(user):
    return user.is_active and user.is_superuser


def administrators_only(view):
    def wrapped(request, *args, **kwargs):
        if not is_administrator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


class FindForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Username, name or e-mail"), max_length=150, required=False)

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "").strip()


class EraseForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("For example: the trainee's written request of 2 March. Kept in the audit."),
    )
    confirm = forms.CharField(
        label=gettext_lazy("Type the username to confirm"),
        max_length=150,
        help_text=gettext_lazy("This cannot be undone."),
    )

    def __init__(self, *args, subject, **kwargs):
        super().__init__(*args, **kwargs)
        self.subject = subject

    def clean_reason(self):
        reason = self.cleaned_data["reason"].replace("\x00", "").strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for the erasure."))
        return reason

    def clean_confirm(self):
        if self.cleaned_data["confirm"].strip() != self.subject.username:
            raise forms.ValidationError(_("That is not this account's username."))
        return self.cleaned_data["confirm"]


@administrators_only
@require_GET
def people(request):
    """Find the person whose data to export or erase."""
    form = FindForm(request.GET or None)
    matches = []
    if form.is_valid() and form.cleaned_data["q"]:
        q = form.cleaned_data["q"]
        found = Q()
        for field in ("username", "email", "first_name", "last_name"):
            found |= Q(**{f"{field}__icontains": q})
        matches = list(get_user_model().objects.filter(found).order_by("username")[:MAX_MATCHES])
    erasures = ErasureRecord.objects.select_related("actor")[:20]
    return TemplateResponse(
        request,
        "privacy/admin/people.html",
        {"form": form, "matches": matches, "max_matches": MAX_MATCHES, "erasures": erasures},
    )


def _held(subject):
    """[(declaration, how many rows)] of what the register says is held about `subject` (one count per model)."""
    return [
        (declaration, registry.rows_of(declaration, subject).count())
        for declaration in registry.declarations()
        if declaration.user_fields or declaration.username_fields
    ]


def _person_page(request, subject, erase_form=None, status=200):
    refusal = None
    try:
        erasure.check(request.user, subject)
    except erasure.Refused as error:
        refusal = str(error)
    return TemplateResponse(
        request,
        "privacy/admin/person.html",
        {
            "subject": subject,
            "erased": is_erased(subject),
            "held": _held(subject),
            "export": asked_by(request.user).filter(subject=subject).first(),
            "erase_form": erase_form or EraseForm(subject=subject),
            "refusal": refusal,
        },
        status=status,
    )


@administrators_only
@require_GET
def person(request, pk):
    return _person_page(request, get_object_or_404(get_user_model(), pk=pk))


@administrators_only
@require_POST
def export(request, pk):
    subject = get_object_or_404(get_user_model(), pk=pk)
    _export, created = start_export(subject, request.user)
    if created:
        messages.success(request, _("The data export is being prepared."))
    else:
        messages.info(request, _("The data export is already being prepared."))
    return redirect("privacy_person", pk=subject.pk)


@administrators_only
@require_http_methods(["GET", "POST"])
def erase(request, pk):
    """Erase a person (a post); its address shows the person's page with the form, where re-authentication returns."""
    subject = get_object_or_404(get_user_model(), pk=pk)
    if request.method == "GET":
        return _person_page(request, subject)
    form = EraseForm(request.POST, subject=subject)
    if not form.is_valid():
        return _person_page(request, subject, erase_form=form, status=400)
    try:
        record = erasure.erase(subject, request.user, form.cleaned_data["reason"])
    except erasure.Refused as error:
        form.add_error(None, str(error))
        return _person_page(request, subject, erase_form=form, status=400)
    messages.success(
        request,
        _("Account %(number)s has been erased. The audit entry keeps who, when and why.")
        % {"number": record.former_user_id},
    )
    return redirect("privacy_people")


@administrators_only
@require_GET
def retention_report(request):
    last_run = retention.last_run()
    rows = [(row, last_run.deleted.get(row.kind.key, 0) if last_run else None) for row in retention.report()]
    return TemplateResponse(request, "privacy/admin/retention.html", {"rows": rows, "last_run": last_run})


@administrators_only
@require_GET
def register(request):
    """The register as declared, with how each model is erased: for administrators answering questions about it."""
    rows = [(declaration, registry.section_of(declaration)) for declaration in registry.declarations()]
    return TemplateResponse(request, "privacy/admin/register.html", {"rows": rows})
