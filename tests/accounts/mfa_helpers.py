"""Codes computed as an authenticator app computes them, and authenticators made as the setup page makes them."""

import time
from binascii import unhexlify

from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.mfa import recovery_digest

RECOVERY_CODES = ["aaaa-2222-aaaa-2222", "bbbb-3333-bbbb-3333", "cccc-4444-cccc-4444"]


def code_for(secret, step_offset=0):
    """The code an app shows for `secret` (hex) now, or `step_offset` 30-second steps later."""
    totp = TOTP(unhexlify(secret))
    totp.time = time.time() + 30 * step_offset
    return f"{totp.token():06d}"


def give_authenticator(user, codes=RECOVERY_CODES):
    """A confirmed authenticator and recovery codes for `user`; returns the authenticator."""
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    static = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    StaticToken.objects.bulk_create([StaticToken(device=static, token=recovery_digest(code)) for code in codes])
    return device


def wrong_code(secret):
    """Six digits that are not the code now, nor one step either side."""
    taken = {code_for(secret, offset) for offset in (-1, 0, 1)}
    return next(candidate for candidate in ("000000", "111111", "222222", "333333") if candidate not in taken)
