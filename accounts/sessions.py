"""Sessions: when someone last proved who they are, staff idle time, signing out one's other sessions.

The session keeps two times (as seconds since the epoch): ``AUTHENTICATED_AT``, the last password or second
factor given (a sign-in, a verified code, a re-authentication), and ``LAST_SEEN``, the last request of staff,
updated at most once a minute so that a page costs no session write.
"""

import logging
import time

from django.conf import settings
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.db.models import F
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles

security_log = logging.getLogger("security")

AUTHENTICATED_AT = "authenticated_at"
LAST_SEEN = "last_seen"
# Noted at sign-in, so that no request after it needs a query to know: staff (their roles; changing a user's roles
# signs them out, see accounts.signal_handlers), and whether they have an authenticator.
STAFF = "staff"
SECOND_FACTOR = "second_factor"
# How stale LAST_SEEN may get before a request writes it again.
LAST_SEEN_GRANULARITY = 60


def is_staff_member(user):
    """Editors, clinical reviewers, supervisors and site administrators: those a second factor is required of."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    return any(roles.has_role(user, name) for name in roles.STAFF_ROLES)


def note_authenticated(request):
    request.session[AUTHENTICATED_AT] = int(time.time())


def note_sign_in(sender, request, user, **kwargs):
    """user_logged_in: a password was just given (or a test signed someone in)."""
    if request is not None and hasattr(request, "session"):
        note_authenticated(request)
        request.session[LAST_SEEN] = int(time.time())
        vars(user).pop("_role_names", None)  # roles.has_role's memo, from before a change of role
        request.session[STAFF] = is_staff_member(user)
        request.session[SECOND_FACTOR] = TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def _noted(request, key, work_out):
    value = request.session.get(key)
    if not isinstance(value, bool):  # a session from before these were noted
        value = request.session[key] = work_out(request.user)
    return value


def is_staff_session(request):
    return _noted(request, STAFF, is_staff_member)


def has_second_factor_session(request):
    return _noted(request, SECOND_FACTOR, lambda user: TOTPDevice.objects.filter(user=user, confirmed=True).exists())


def note_second_factor(request, has_one):
    request.session[SECOND_FACTOR] = has_one


def recently_authenticated(request):
    """Whether a password or a code was given within REAUTHENTICATION_TIMEOUT."""
    given = request.session.get(AUTHENTICATED_AT)
    return isinstance(given, int) and time.time() - given <= settings.REAUTHENTICATION_TIMEOUT


def idle_for(request):
    """Seconds since this session's last request; None if none was noted."""
    seen = request.session.get(LAST_SEEN)
    return time.time() - seen if isinstance(seen, int) else None


def note_seen(request):
    """Note a request of staff, at most once a minute, and let the session row expire with the idle timeout."""
    now = int(time.time())
    seen = request.session.get(LAST_SEEN)
    if not isinstance(seen, int) or now - seen >= LAST_SEEN_GRANULARITY:
        request.session[LAST_SEEN] = now
        request.session.set_expiry(settings.STAFF_IDLE_TIMEOUT)


def sign_out_other_sessions(request):
    """End every session of this user but the current one: a new session version fails their check."""
    user = request.user
    get_user_model().objects.filter(pk=user.pk).update(session_version=F("session_version") + 1)
    user.refresh_from_db(fields=["session_version"])
    update_session_auth_hash(request, user)
    security_log.info("Other sessions signed out.", extra={"event": "other_sessions_signed_out", "user_id": user.pk})
