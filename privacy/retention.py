"""How long each kind of personal data is kept, what is due for deletion, and deleting it (`enforce`).

Each kind has its period as a setting (`config/settings/privacy.py`, overridable from the environment) and two
functions: ``due(now)``, how many records are past their period, and ``enforce(now)``, deleting them. Both cost a
fixed number of queries whatever the number of records, except inactive accounts: each is erased as an erasure
on request erases it (`privacy.erasure`), a fixed number of queries per account, at most
PRIVACY_INACTIVE_ACCOUNTS_PER_RUN accounts per run. ``enforce`` runs as a background task
(`privacy.tasks.enforce_retention`), enqueued daily by ``manage.py enforce_retention``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts import security_log
from accounts.models import SecurityEvent
from practice import privacy as practice_privacy
from privacy import archive, erasure
from privacy.models import DataExport, RetentionRun
from quizzes.models import MarkingEvent

LOGIN_RECORDS = [AccessAttempt, AccessFailureLog, AccessLog]


def days(setting):
    return int(getattr(settings, setting))


def _before(now, setting):
    return now - timedelta(days=days(setting))


def login_records(now):
    cutoff = _before(now, "PRIVACY_LOGIN_RECORDS_DAYS")
    return [model.objects.filter(attempt_time__lt=cutoff) for model in LOGIN_RECORDS]


def expired_sessions(now):
    return Session.objects.filter(expire_date__lte=now)


def old_marking_history(now):
    return MarkingEvent.objects.filter(at__lt=_before(now, "PRIVACY_MARKING_HISTORY_DAYS"))


def inactive_accounts(now):
    """Accounts (not site administrators', not erased) nobody has signed in to for the period, oldest first."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_superuser=False)
        .annotate(last_active=Coalesce("last_login", "date_joined"))
        .filter(last_active__lt=_before(now, "PRIVACY_INACTIVE_ACCOUNT_DAYS"))
        .order_by("last_active", "pk")
    )


def expired_exports(now):
    """Exports past their download time, and any not built within the period (a job that died)."""
    stale = _before(now, "PRIVACY_EXPORT_DAYS")
    return DataExport.objects.filter(Q(expires_at__lte=now) | Q(expires_at__isnull=True, created_at__lt=stale))


def _erase_inactive(now):
    erased = 0
    reason = _("Retention: no sign-in for %(days)s days.") % {"days": days("PRIVACY_INACTIVE_ACCOUNT_DAYS")}
    for user in inactive_accounts(now)[: days("PRIVACY_INACTIVE_ACCOUNTS_PER_RUN")]:
        erasure.erase(user, None, reason)
        erased += 1
    return erased


@dataclass(frozen=True)
class Kind:
    key: str
    title: str
    period: Callable[[], str]
    due: Callable
    enforce: Callable


def _period_days(setting):
    def text():
        return _("%(days)s days (%(setting)s)") % {"days": days(setting), "setting": setting}

    return text


def _recordings_period():
    return _("%(days)s days after submission, %(withdrawal)s after consent is withdrawn (%(settings)s)") % {
        "days": days("PRACTICE_RETENTION_DAYS"),
        "withdrawal": days("PRACTICE_WITHDRAWAL_DAYS"),
        "settings": "PRACTICE_RETENTION_DAYS, PRACTICE_WITHDRAWAL_DAYS",
    }


def _sessions_period():
    return _("until they expire, %(hours)s hours after sign-in (SESSION_COOKIE_AGE)") % {
        "hours": round(settings.SESSION_COOKIE_AGE / 3600)
    }


def _count(querysets):
    return sum(queryset.count() for queryset in querysets)


def _delete(querysets):
    return sum(queryset.delete()[0] for queryset in querysets)


KINDS = [
    Kind(
        "recordings",
        gettext_lazy("Practice recordings"),
        _recordings_period,
        lambda now: practice_privacy.due_for_deletion(now).count(),
        practice_privacy.purge,
    ),
    Kind(
        "login_records",
        gettext_lazy("Sign-in records (failed sign-ins, lockouts, sign-ins)"),
        _period_days("PRIVACY_LOGIN_RECORDS_DAYS"),
        lambda now: _count(login_records(now)),
        lambda now: _delete(login_records(now)),
    ),
    Kind(
        "sessions",
        gettext_lazy("Sessions"),
        _sessions_period,
        lambda now: expired_sessions(now).count(),
        lambda now: expired_sessions(now).delete()[0],
    ),
    Kind(
        "security_log",
        gettext_lazy("Security log (accounts.SecurityEvent)"),
        _period_days("SECURITY_LOG_RETENTION_DAYS"),
        lambda now: SecurityEvent.objects.filter(time__lt=_before(now, "SECURITY_LOG_RETENTION_DAYS")).count(),
        security_log.purge,
    ),
    Kind(
        "marking_history",
        gettext_lazy("Marking history (who changed a mark, and the feedback then)"),
        _period_days("PRIVACY_MARKING_HISTORY_DAYS"),
        lambda now: old_marking_history(now).count(),
        lambda now: old_marking_history(now).delete()[0],
    ),
    Kind(
        "inactive_accounts",
        gettext_lazy("Inactive accounts (erased; site administrators' never)"),
        _period_days("PRIVACY_INACTIVE_ACCOUNT_DAYS"),
        lambda now: inactive_accounts(now).count(),
        _erase_inactive,
    ),
    Kind(
        "exports",
        gettext_lazy("Data export archives"),
        _period_days("PRIVACY_EXPORT_DAYS"),
        lambda now: expired_exports(now).count(),
        lambda now: archive.delete(expired_exports(now)),
    ),
]


@dataclass(frozen=True)
class Row:
    kind: Kind
    period: str
    due: int


def report(now=None):
    """[Row] per kind: its period and how many records are due now (one query per kind)."""
    now = now or timezone.now()
    return [Row(kind, kind.period(), kind.due(now)) for kind in KINDS]


def last_run():
    return RetentionRun.objects.filter(finished_at__isnull=False).first()


def enforce(now=None):
    """Delete what every kind has kept past its period; records and returns the run."""
    now = now or timezone.now()
    run = RetentionRun.objects.create()
    deleted = {kind.key: kind.enforce(now) for kind in KINDS}
    RetentionRun.objects.filter(pk=run.pk).update(deleted=deleted, finished_at=timezone.now())
    run.refresh_from_db()
    return run
