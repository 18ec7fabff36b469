"""Sign-in protection that cannot be used to shut a person out (django-axes, configured in settings).

Failed logins are counted for the pair of username and client address (``AXES_LOCKOUT_PARAMETERS``), so guessing
a password from one address never locks the account from another. At the sixth failure in a row the pair is
locked for 15 minutes; each further failure after a lock has run out doubles the next one, up to 12 hours
(``lock_duration``). Attempts during a lock are refused without being counted, so nobody can renew a lock for
ever. Setting a new password (a reset by e-mail, a change, an administrator) ends every lock on the account
(``PasswordChangeEndsLockout``). Each lock is logged to the "security" logger and mailed to ``ADMINS``.
"""

import hashlib
import ipaddress
import logging
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.utils import reset
from django.conf import settings
from django.core.cache import cache
from django.core.mail import mail_admins
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.security_log import user_id_for

security_log = logging.getLogger("security")

FIRST_LOCK = timedelta(minutes=15)
LONGEST_LOCK = timedelta(hours=12)
# One e-mail per username in this time, however many addresses it is locked at (the log has every lock).
ALERT_INTERVAL = timedelta(hours=1)


def client_address(request):
    """The client's address: REMOTE_ADDR, or behind ``TRUSTED_PROXY_COUNT`` proxies what the outermost one saw.

    Each proxy appends the address it was reached from to X-Forwarded-For, so the entry that many places from
    the right is the one no client can forge; anything before it is whatever the client sent.
    """
    address = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def lock_duration(failures, limit):
    """How long a lock lasts after `failures` failures in a row: 15 minutes at the limit, doubling, at most 12 h."""
    if failures < limit:
        return timedelta(0)
    doublings = min(failures - limit, 16)  # 15 min × 2**6 is past the longest lock already
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)


class GrowingLockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with a lock that ends after ``lock_duration``, not after ``AXES_COOLOFF_TIME``.

    ``AXES_COOLOFF_TIME`` is how long failures are remembered (a day): that memory is what makes the next lock
    longer. A successful login or a new password forgets them.
    """

    def locked_until(self, request, credentials=None):
        """When the lock on this request's username and address ends; None if it is not locked."""
        limit = get_failure_limit(request, credentials)
        ends = []
        for attempts in self.get_user_attempts(request, credentials):
            summary = attempts.aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            failures = summary["failures"] or 0
            if failures >= limit:
                ends.append(summary["last"] + lock_duration(failures, limit))
        return max(ends, default=None)

    def is_locked(self, request, credentials=None):
        if not settings.AXES_LOCK_OUT_AT_FAILURE:
            return False
        until = self.locked_until(request, credentials)
        return until is not None and request.axes_attempt_time < until

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        # The backend marks a request it refused because of a lock that already holds; only a new lock alerts.
        refused_while_locked = bool(getattr(request, "axes_locked_out", False))
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is not None and request.axes_locked_out and not refused_while_locked:
            alert_administrators(request, credentials, self.locked_until(request, credentials))


def alert_administrators(request, credentials, until):
    username = get_client_username(request, credentials) or ""
    address = request.axes_ip_address
    failures = request.axes_failures_since_start
    when = until.isoformat(timespec="minutes") if until else "?"
    # %r: the username is whatever was typed, so it is quoted rather than trusted in a log line.
    security_log.warning(
        "Sign-in locked for username %r from %s until %s after %s failed attempts in a row.",
        username,
        address,
        when,
        failures,
        extra={
            "event": "lockout",
            "user_id": user_id_for(username),
            "username": username,
            "address": address,
            "detail": {"until": when, "failures": failures},
        },
    )
    key = "lockout-alert:" + hashlib.sha256(username.encode("utf-8", "replace")).hexdigest()
    if cache.add(key, True, timeout=int(ALERT_INTERVAL.total_seconds())):
        mail_admins(
            _("Sign-in locked after repeated failed attempts"),
            _(
                "Signing in as %(username)r from %(address)s is refused until %(until)s after %(failures)s failed "
                "attempts in a row. Other addresses are not affected. If this was not the account's owner, the "
                "address may be guessing passwords. A new password for the account ends the lock."
            )
            % {"username": username, "address": address, "until": when, "failures": failures},
            # The log line above is the record; a mail server that is down must not turn a refusal into an error.
            fail_silently=True,
        )


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets (HTTP 429): what happened, how long it lasts and what to do."""
    now = getattr(request, "axes_attempt_time", None) or timezone.now()
    until = GrowingLockoutHandler().locked_until(request, credentials) or now + FIRST_LOCK
    return render(
        request, "registration/locked_out.html", {"until": until, "now": now}, status=settings.AXES_HTTP_RESPONSE_CODE
    )


class PasswordChangeEndsLockout:
    """Ends every sign-in lock on an account when it gets a new password.

    Listed among the password validators because Django tells each of them, through ``password_changed``,
    whenever a user's new password has been saved: the site's and the admin's password reset, a password
    change, an administrator setting one. It refuses no password.
    """

    def validate(self, password, user=None):
        return None

    def password_changed(self, password, user=None):
        if user is not None:
            reset(username=user.get_username())

    def get_help_text(self):
        return _("A new password also ends any pause on signing in after failed attempts.")
