"""The account page (roles, the second factor, sessions) and re-authentication before changing access."""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import mfa, roles, sessions
from accounts.forms import ReauthenticationForm
from accounts.lockout import client_address
from accounts.views.common import next_url

security_log = logging.getLogger("security")


@login_required
def account(request):
    user = request.user
    context = {
        "role_labels": roles.role_labels(user),
        "has_second_factor": mfa.has_second_factor(user),
        "second_factor_required": mfa.required_of(user),
        "recovery_codes_left": mfa.recovery_codes_left(user),
        "idle_minutes": settings.STAFF_IDLE_TIMEOUT // 60 if sessions.is_staff_session(request) else None,
    }
    return render(request, "accounts/account.html", context)


@login_required
@require_POST
def sign_out_other_sessions(request):
    sessions.sign_out_other_sessions(request)
    messages.success(request, _("Every other session of your account is signed out. This one stays signed in."))
    return redirect("account")


@login_required
def reauthenticate(request):
    """Before changing users, groups, cohorts or supervision: the password (or a code) again."""
    user = request.user
    with_code = mfa.has_second_factor(user)
    form = ReauthenticationForm(request.POST or None, with_code=with_code)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            if proven(request, form.cleaned_data):
                sessions.note_authenticated(request)
                return redirect(next_url(request))
            security_log.warning(
                "Re-authentication failed.",
                extra={
                    "event": "reauthentication_failed",
                    "user_id": user.pk,
                    "username": user.get_username(),
                    "address": client_address(request),
                },
            )
            form.add_error(None, _("That password or code is not right."))
    context = {
        "form": form,
        "next": next_url(request),
        "minutes": settings.REAUTHENTICATION_TIMEOUT // 60,
    }
    return render(request, "accounts/reauthenticate.html", context, status=status)


def proven(request, data):
    """A password through the sign-in protection (failures count toward a lock), or a throttled code."""
    user = request.user
    if data.get("password"):
        # authenticate() with the request: django-axes counts a wrong password here as at the login.
        found = authenticate(request, username=user.get_username(), password=data["password"])
        if found is not None and found.pk == user.pk:
            return True
    code = data.get("code")
    if code and mfa.wait_before_next_try(user, code) is None:
        return mfa.verify(user, code) is not None
    return False
