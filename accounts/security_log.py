"""The security log: what administrators should be able to look back on, kept in the database for a while.

Anything logged to the "security" logger becomes a ``SecurityEvent`` (``SecurityEventHandler``, attached when the
app starts, whatever LOGGING says). A record names its event and people with ``extra``::

    logging.getLogger("security").info(
        "Data export downloaded.", extra={"event": "export_downloaded", "user_id": trainee.pk, "actor_id": admin.pk}
    )

Optional extras: ``username`` (what was typed), ``address`` (the client), ``detail`` (a dict, kept as JSON).
Failed logins come from Django's ``user_login_failed`` signal (``record_failed_login``), lockouts from
``accounts.lockout``, refusals on trainee data from ``accounts.middleware.RefusalLogMiddleware``.

Writing the log never breaks what is being logged: the row is written once the current transaction commits
(at once outside one; never inside a transaction that has failed), and a database error is swallowed.
``purge()`` deletes entries older than ``SECURITY_LOG_RETENTION_DAYS``.
"""

import contextlib
import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone

security_log = logging.getLogger("security")

USERNAME_LENGTH = 150
# Keeps a detail readable and the row small, whatever was sent.
TEXT_LENGTH = 2000

_writing = threading.local()


def clean_text(value, length=TEXT_LENGTH):
    """Text as a column holds it: no NUL (PostgreSQL refuses it), at most `length` characters."""
    return str(value).replace("\x00", "\\x00")[:length]


def clean_detail(value):
    """A JSON-safe copy of `value` with every string cleaned."""
    if isinstance(value, dict):
        return {clean_text(key, 100): clean_detail(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [clean_detail(item) for item in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return clean_text(value)


def add_event(event, *, message="", user_id=None, actor_id=None, username="", address=None, detail=None):
    """Add an event to the log once the current transaction commits; never raises."""
    fields = {
        "event": clean_text(event, 40),
        "message": clean_text(message),
        "user_id": user_id,
        "actor_id": actor_id,
        "username": clean_text(username or "", USERNAME_LENGTH),
        "address": address or None,
        "detail": clean_detail(detail or {}),
    }
    # Outside a transaction this runs at once; inside one, after it commits (and not at all if it is rolled back,
    # as what it records then did not happen either). Under manual transaction management nowhere is safe.
    with contextlib.suppress(transaction.TransactionManagementError):
        transaction.on_commit(lambda: _write(fields))


def _write(fields):
    from accounts.models import SecurityEvent, User

    _writing.active = True
    try:
        with transaction.atomic():
            # The account may be gone by now (an erasure logs its own end): keep the entry, without the link.
            ids = {fields[name] for name in ("user_id", "actor_id") if fields[name]}
            existing = set(User.objects.filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
            SecurityEvent.objects.create(
                **{
                    **fields,
                    "user_id": fields["user_id"] if fields["user_id"] in existing else None,
                    "actor_id": fields["actor_id"] if fields["actor_id"] in existing else None,
                }
            )
    except (DatabaseError, ValueError, TypeError):
        # The log must never turn a request into an error; the console handler still has the line.
        pass
    finally:
        _writing.active = False


class SecurityEventHandler(logging.Handler):
    """Writes each record of the "security" logger to the security log."""

    def emit(self, record):
        if getattr(_writing, "active", False):
            return  # nothing that writing an event logs is itself an event
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        extra = record.__dict__
        detail = dict(extra["detail"]) if isinstance(extra.get("detail"), dict) else {}
        detail.setdefault("level", record.levelname)
        add_event(
            extra.get("event") or "message",
            message=message,
            user_id=_as_id(extra.get("user_id")),
            actor_id=_as_id(extra.get("actor_id")),
            username=extra.get("username") or "",
            address=extra.get("address"),
            detail=detail,
        )


def _as_id(value):
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def attach_handler():
    """Attach the handler to the "security" logger once, and let INFO through if LOGGING left it unset."""
    logger = logging.getLogger("security")
    if not any(isinstance(handler, SecurityEventHandler) for handler in logger.handlers):
        logger.addHandler(SecurityEventHandler())
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)


def user_id_for(username):
    """The id of the account with this username, if there is one (what was typed may be anything)."""
    from django.contrib.auth import get_user_model

    if not username or len(username) > USERNAME_LENGTH or "\x00" in username:
        return None
    try:
        return get_user_model().objects.filter(username=username).values_list("pk", flat=True).first()
    except DatabaseError:
        return None


def record_failed_login(sender, credentials, request=None, **kwargs):
    """Django's user_login_failed: a wrong password, an unknown username, or an attempt refused during a lock."""
    from django.contrib.auth import get_user_model

    from accounts.lockout import client_address

    username = clean_text((credentials or {}).get(get_user_model().USERNAME_FIELD) or "", USERNAME_LENGTH)
    refused = bool(getattr(request, "axes_locked_out", False)) if request is not None else False
    add_event(
        "login_failed",
        message="Sign-in refused while locked." if refused else "Sign-in failed.",
        user_id=user_id_for(username),
        username=username,
        address=client_address(request) if request is not None else None,
        detail={"path": clean_text(request.path, 200) if request is not None else "", "while_locked": refused},
    )


def purge(now=None):
    """Delete entries older than SECURITY_LOG_RETENTION_DAYS; returns how many were deleted."""
    from accounts.models import SecurityEvent

    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.SECURITY_LOG_RETENTION_DAYS)
    deleted, _ = SecurityEvent.objects.filter(time__lt=cutoff).delete()
    return deleted
