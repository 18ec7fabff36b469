"""The journey's admin pages: trainees from a CSV file (the work is done in `learning.roster`), and certificates."""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.roles import TRAINEES
from learning import roster
from learning.models import Certificate

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
        label=_("Send each new trainee an e-mail to set their password"),
        required=False,
        initial=True,
        help_text=_(
            "New trainees have no password: they choose one through the link in this e-mail. Leave it unticked "
            "only if you will invite them later (Learning → Invitations sends or re-sends the e-mail)."
        ),
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


# Invitations: the password e-mail, sent or sent again to trainees who have not chosen a password yet.

INVITATIONS_PER_PAGE = 100


def uninvited_trainees():
    """Trainees who have never chosen a password (imported, or invited and not yet come), by name."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=TRAINEES, password__startswith=UNUSABLE_PASSWORD_PREFIX)
        .exclude(email="")
        .only("username", "first_name", "last_name", "email", "date_joined")
        .order_by("last_name", "first_name", "username")
        .distinct()
    )


class InvitationsForm(forms.Form):
    trainees = forms.TypedMultipleChoiceField(coerce=int, choices=(), required=True)

    def __init__(self, *args, page_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainees"].choices = [(pk, pk) for pk in page_ids]
        self.fields["trainees"].error_messages["required"] = _("Tick at least one trainee to invite.")
        self.fields["trainees"].error_messages["invalid_choice"] = _(
            "Someone you ticked has chosen a password meanwhile, or is not a trainee. Reload the page and try again."
        )


def invitations(request):
    if not can_import_trainees(request.user):
        raise PermissionDenied
    trainees = uninvited_trainees()
    page = Paginator(trainees, INVITATIONS_PER_PAGE).get_page(request.GET.get("p"))
    form = InvitationsForm()
    if request.method == "POST":
        # The ids are checked against whoever still waits for a password, whatever page they were ticked on.
        ticked = [value for value in request.POST.getlist("trainees") if value.isdigit() and len(value) <= 18]
        waiting = list(trainees.filter(pk__in=ticked[:INVITATIONS_PER_PAGE]).values_list("pk", flat=True))
        form = InvitationsForm(request.POST, page_ids=waiting)
        if form.is_valid():
            invited = list(trainees.filter(pk__in=form.cleaned_data["trainees"]))
            send_welcome(request, invited)
            messages.success(
                request,
                ngettext(
                    "The password e-mail has been sent to %(count)d trainee.",
                    "The password e-mail has been sent to %(count)d trainees.",
                    len(invited),
                )
                % {"count": len(invited)},
            )
            return redirect("learning_invitations")
    return TemplateResponse(
        request,
        "learning/admin/invitations.html",
        {"page": page, "form": form},
        status=400 if form.errors else 200,
    )


# Certificates, for site administrators: find one by its code or its holder's name, and revoke it.

CERTIFICATES_PER_PAGE = 50
security_log = logging.getLogger("security")


def _administrators_only(request):
    if not (request.user.is_active and request.user.is_superuser):
        raise PermissionDenied


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        help_text=_("Shown to anyone who checks the code, e.g. “Issued in error: the course was not completed.”"),
        widget=forms.TextInput,
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason.isprintable():
            raise forms.ValidationError(_("Write the reason as one line of plain text."))
        return reason


def certificates(request):
    _administrators_only(request)
    query = "".join(character for character in request.GET.get("q", "")[:100] if character.isprintable()).strip()
    found = Certificate.objects.only("holder_name", "title", "code", "issued_at", "revoked_at")
    if query:
        code = "-".join(query.upper().split())  # as codes are written: ABCD-EFGH-JKMN
        found = found.filter(Q(code__icontains=code) | Q(holder_name__icontains=query) | Q(title__icontains=query))
    page = Paginator(found, CERTIFICATES_PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(request, "learning/admin/certificates.html", {"page": page, "query": query})


def revoke_certificate(request, pk):
    _administrators_only(request)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and certificate.revoked:
        messages.info(request, _("This certificate was already revoked."))
        return redirect("learning_certificates")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # The row is locked, so two administrators revoking at once keep the first reason.
            locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
            if locked.revoked:
                messages.info(request, _("This certificate was already revoked."))
                return redirect("learning_certificates")
            locked.revoked_at = timezone.now()
            locked.revocation_reason = form.cleaned_data["reason"]
            locked.save(update_fields=["revoked_at", "revocation_reason"])
        security_log.info(
            "certificate %s revoked",
            locked.code,
            extra={"event": "certificate_revoked", "user_id": locked.user_id, "actor_id": request.user.pk},
        )
        messages.success(
            request, _("Certificate %(code)s is revoked; its code now verifies as revoked.") % {"code": locked.code}
        )
        return redirect("learning_certificates")
    return TemplateResponse(
        request,
        "learning/admin/revoke_certificate.html",
        {"certificate": certificate, "form": form},
        status=400 if form.errors else 200,
    )
