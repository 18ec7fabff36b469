"""The second factor (django-otp): an authenticator app (TOTP) and single-use recovery codes.

Who needs one: editors, clinical reviewers, supervisors and site administrators (``required_of``), on the site
and the admin alike, since both sign in with a password first and ``accounts.middleware.SecondFactorMiddleware``
then asks for the code; trainees may turn it on. Whoever has one is asked for it after every password.

Setting up: the secret is made on the setup page and kept in the session until a code from the app proves it was
stored (so that opening the page writes nothing to the database); then the authenticator and a fresh set of
``MFA_RECOVERY_CODES`` recovery codes are saved, replacing any earlier ones. A recovery code works once. Recovery
codes are 80 random bits, shown once (``abcd-efgh-ijkl-mnop``) and stored only as a digest (``recovery_digest``),
so a copy of the database does not sign anyone in; unkeyed, so that a new ``SECRET_KEY`` keeps them working.
Wrong codes are throttled by django-otp: 1, 2, 4, 8... seconds before the next try is even checked
(``OTP_TOTP_THROTTLE_FACTOR``, ``OTP_STATIC_THROTTLE_FACTOR``). A verified code also ends every sign-in lock on
the username (``accounts.lockout``), as a new password does.
"""

import base64
import hashlib
import logging
import re
import secrets
from binascii import unhexlify

import qrcode
import qrcode.image.svg
from axes.utils import reset as end_sign_in_locks
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex

from accounts import sessions

security_log = logging.getLogger("security")

PENDING_SECRET = "mfa_pending_secret"  # noqa: S105 (a session key, not a secret)
TOTP_DIGITS = 6
# A code from the step before or after the current one still counts (a clock a little off, a slow typist).
TOLERANCE = 1


def required_of(user):
    return settings.MFA_REQUIRED_FOR_STAFF and sessions.is_staff_member(user)


def required_of_session(request):
    """required_of for the signed-in user, as noted at sign-in (no query)."""
    return settings.MFA_REQUIRED_FOR_STAFF and sessions.is_staff_session(request)


def session_has_second_factor(request):
    return sessions.has_second_factor_session(request)


def authenticator(user):
    """The user's confirmed authenticator, or None."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user):
    return user.is_authenticated and TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def pending_secret(request):
    """The secret offered on the setup page: made once per session until it is confirmed."""
    secret = request.session.get(PENDING_SECRET)
    if not isinstance(secret, str) or not re.fullmatch(r"[0-9a-f]{40}", secret):
        secret = random_hex(20)
        request.session[PENDING_SECRET] = secret
    return secret


def unconfirmed_device(user, secret):
    """An unsaved authenticator for `secret`: what the app is given (its otpauth:// URL)."""
    return TOTPDevice(user=user, key=secret, name="Authenticator app", confirmed=False)


def secret_as_text(secret):
    """The secret as an authenticator app asks for it when typed: base32, in groups of four."""
    text = base64.b32encode(unhexlify(secret)).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_code_data_uri(url):
    """The otpauth:// URL as a QR code: an SVG drawn here, as a data: URI for an <img> (no third party sees it)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=4)
    svg = image.to_string(encoding="unicode")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def normalise(code):
    """What was typed, without the spaces and hyphens people add, in lower case."""
    return re.sub(r"[\s-]", "", code or "").lower()


def code_matches_secret(secret, code, at=None):
    """Whether a six-digit `code` is the current one (within TOLERANCE steps) for `secret`; the step if it is."""
    code = normalise(code)
    if not re.fullmatch(rf"\d{{{TOTP_DIGITS}}}", code):
        return None
    totp = TOTP(unhexlify(secret), digits=TOTP_DIGITS)
    if at is not None:
        totp.time = at
    if totp.verify(int(code), tolerance=TOLERANCE):
        return totp.t()
    return None


def recovery_digest(code):
    """What is stored of a recovery code: 80 bits of its SHA-256, in the 16 characters a token row holds."""
    return base64.b32encode(hashlib.sha256(normalise(code).encode()).digest()).decode()[:16].lower()


def new_recovery_code():
    """16 base-32 characters (80 random bits) in groups of four, for reading and typing."""
    code = base64.b32encode(secrets.token_bytes(10)).decode().lower()
    return "-".join(code[i : i + 4] for i in range(0, 16, 4))


def make_recovery_codes(user):
    """A new set of recovery codes, replacing the old ones; returns them (shown to the user once)."""
    codes = [new_recovery_code() for _ in range(settings.MFA_RECOVERY_CODES)]
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
        StaticToken.objects.bulk_create([StaticToken(device=device, token=recovery_digest(code)) for code in codes])
    return codes


def confirm_setup(request, code):
    """Save the authenticator if `code` matches the pending secret; returns the new recovery codes, or None."""
    secret = request.session.get(PENDING_SECRET)
    if not isinstance(secret, str):
        return None
    step = code_matches_secret(secret, code)
    if step is None:
        return None
    user = request.user
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        # last_t: the code just used cannot be used again to sign in.
        device = TOTPDevice.objects.create(
            user=user, key=secret, name="Authenticator app", confirmed=True, last_t=step, last_used_at=timezone.now()
        )
        codes = make_recovery_codes(user)
    del request.session[PENDING_SECRET]
    sessions.note_second_factor(request, True)
    complete_verification(request, device)
    security_log.info("Second factor set up.", extra={"event": "mfa_set_up", "user_id": user.pk})
    return codes


def wait_before_next_try(user, code):
    """When the next code may be tried, if wrong codes have paused this kind of code; else None."""
    device = _device_for(user, code)
    if device is None:
        return None
    allowed, data = device.verify_is_allowed()
    if allowed:
        return None
    return (data or {}).get("locked_until")


def _device_for(user, code):
    """Six digits are for the authenticator, anything else is a recovery code."""
    if re.fullmatch(rf"\d{{{TOTP_DIGITS}}}", normalise(code)):
        return TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def verify(user, code):
    """The device that accepts `code` (a recovery code is used up), or None. Throttled by django-otp."""
    code = normalise(code)
    if not code or len(code) > 16:
        return None
    with transaction.atomic():
        device = _device_for(user, code)
        if device is None:
            return None
        device = type(device).objects.select_for_update().get(pk=device.pk)
        if device.verify_token(recovery_digest(code) if isinstance(device, StaticDevice) else code):
            return device
    return None


def complete_verification(request, device):
    """The session is verified: remember the device, the time, and end any sign-in lock on the username."""
    otp_login(request, device)
    sessions.note_authenticated(request)
    end_sign_in_locks(username=request.user.get_username())


def remove(request):
    """Turn the second factor off (only where it is not required)."""
    user = request.user
    sessions.note_second_factor(request, False)
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    security_log.info("Second factor turned off.", extra={"event": "mfa_removed", "user_id": user.pk})
