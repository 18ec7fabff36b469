"""The second factor's pages: setting up an authenticator, entering a code, recovery codes, turning it off."""

import logging
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import time_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import mfa, sessions
from accounts.forms import SetupCodeForm, VerifyCodeForm
from accounts.lockout import client_address
from accounts.views.common import next_url

security_log = logging.getLogger("security")

NEW_CODES = "mfa_new_recovery_codes"


def _is_verified(request):
    return request.user.is_verified()


@login_required
def setup(request):
    """Set up (or replace) the authenticator: a QR code and the secret as text, then a code to confirm it."""
    if mfa.has_second_factor(request.user):
        # Replacing one needs the old one first (or anyone with the password could swap it), and a fresh proof.
        if not _is_verified(request):
            return redirect(_to("mfa_verify", reverse("mfa_setup")))
        if not sessions.recently_authenticated(request):
            return redirect(_to("reauthenticate", reverse("mfa_setup")))
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = mfa.confirm_setup(request, form.cleaned_data["code"])
        if codes is not None:
            request.session[NEW_CODES] = codes
            return redirect(_to("mfa_recovery_codes", next_url(request)))
        form.add_error(
            "code",
            _("That code does not match. Check that your phone's clock is right and enter the code the app shows now."),
        )
    secret = mfa.pending_secret(request)
    device = mfa.unconfirmed_device(request.user, secret)
    context = {
        "form": form,
        "qr_code": mfa.qr_code_data_uri(device.config_url),
        "secret": mfa.secret_as_text(secret),
        "required": mfa.required_of(request.user),
        "replacing": mfa.has_second_factor(request.user),
        "next": next_url(request),
    }
    return render(request, "accounts/mfa_setup.html", context, status=400 if form.is_bound else 200)


@login_required
def verify(request):
    """After the password: a code from the authenticator, or a recovery code."""
    user = request.user
    if not mfa.has_second_factor(user) or _is_verified(request):
        return redirect(next_url(request))
    form = VerifyCodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        until = mfa.wait_before_next_try(user, code)
        device = None if until else mfa.verify(user, code)
        if device is not None:
            mfa.complete_verification(request, device)
            recovery = device.__class__.__name__ == "StaticDevice"
            security_log.info(
                "Second factor verified.",
                extra={
                    "event": "mfa_verified",
                    "user_id": user.pk,
                    "address": client_address(request),
                    "detail": {"recovery_code": recovery},
                },
            )
            if recovery:
                left = mfa.recovery_codes_left(user)
                messages.warning(
                    request,
                    _("You used a recovery code; %(left)d are left. Make new ones on your account page if you need.")
                    % {"left": left},
                )
            return redirect(next_url(request))
        security_log.warning(
            "Wrong second-factor code.",
            extra={
                "event": "mfa_failed",
                "user_id": user.pk,
                "username": user.get_username(),
                "address": client_address(request),
                "detail": {"throttled": bool(until)},
            },
        )
        if until:
            status = 429
            form.add_error(
                "code",
                _("Too many wrong codes in a row: wait until %(time)s before trying again.")
                % {"time": time_format(localtime(until), "H:i:s")},
            )
        else:
            status = 400
            form.add_error("code", _("That code is not right. Enter the code your app shows now, or a recovery code."))
    elif request.method == "POST":
        status = 400
    return render(request, "accounts/mfa_verify.html", {"form": form, "next": next_url(request)}, status=status)


@login_required
def recovery_codes(request):
    """New recovery codes are shown once, right after they were made; otherwise how many are left."""
    if not mfa.has_second_factor(request.user):
        return redirect("mfa_setup")
    if request.method == "POST":
        if not sessions.recently_authenticated(request):
            return redirect(_to("reauthenticate", reverse("mfa_recovery_codes")))
        request.session[NEW_CODES] = mfa.make_recovery_codes(request.user)
        security_log.info(
            "New recovery codes made.", extra={"event": "mfa_recovery_codes_made", "user_id": request.user.pk}
        )
        return redirect("mfa_recovery_codes")
    codes = request.session.pop(NEW_CODES, None)
    context = {"codes": codes, "left": mfa.recovery_codes_left(request.user), "next": next_url(request, "account")}
    return render(request, "accounts/mfa_recovery_codes.html", context)


@login_required
@require_POST
def remove(request):
    """Turn the second factor off: only for those it is not required of, after a fresh password or code."""
    if mfa.required_of(request.user):
        messages.error(
            request, _("Your role requires a second factor: you can replace your authenticator, not remove it.")
        )
        return redirect("account")
    if not sessions.recently_authenticated(request):
        return redirect(_to("reauthenticate", reverse("account")))
    mfa.remove(request)
    messages.success(request, _("Two-factor authentication is off."))
    return redirect("account")


def _to(name, next_to):
    return f"{reverse(name)}?{urlencode({'next': next_to})}"
