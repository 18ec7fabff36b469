"""Trainees from a CSV file in the Wagtail admin (the work is done in `learning.roster`)."""

from django import forms
from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from learning import roster

PERMISSIONS = ("learning.add_cohort", "accounts.add_user")


def can_import_trainees(user):
    """Site administrators, and anyone who may both create cohorts and create users."""
    return user.is_active and (user.is_superuser or user.has_perms(PERMISSIONS))


class ImportTraineesForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, with a header row: name, email, home_modality (MBT or DBT), cohort (the exact name of an "
            "existing cohort). At most 2 MB and 5,000 trainees."
        ),
    )
    send_email = forms.BooleanField(
        label=_("Send each new trainee an e-mail to set their password"), required=False, initial=False
    )


class WelcomeForm(PasswordResetForm):
    """Django's password-reset e-mail, sent to the accounts just created (which have no usable password yet)."""

    def __init__(self, user):
        super().__init__({"email": user.email})
        self.user = user

    def get_users(self, email):
        return [self.user]


def send_welcome(request, users):
    for user in users:
        form = WelcomeForm(user)
        form.is_valid()
        form.save(
            request=request,
            use_https=request.is_secure(),
            subject_template_name="learning/admin/welcome_subject.txt",
            email_template_name="learning/admin/welcome_email.txt",
        )


def import_trainees(request):
    if not can_import_trainees(request.user):
        raise PermissionDenied
    errors, result, sent = [], None, False
    form = ImportTraineesForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > roster.MAX_BYTES:
                raise roster.BadRoster([(0, roster.TOO_LARGE)])  # before reading it into memory
            result = roster.import_roster(upload.read())
        except roster.BadRoster as error:
            errors = error.errors
        else:
            if form.cleaned_data["send_email"] and result.new_users:
                send_welcome(request, result.new_users)
                sent = True
            form = ImportTraineesForm()
    return TemplateResponse(
        request,
        "learning/admin/import_trainees.html",
        {"form": form, "errors": errors, "result": result, "sent": sent},
        status=400 if errors else 200,
    )
