"""Erasing a person on request (or when their account has been unused too long), with an audit entry.

One transaction runs every room's ``erase(user)`` in the register's order (``registry.ROOMS``): quiz essays and
feedback, watch details, supervision, then the practice recordings (files and rows), and last the account, which
is anonymised in place (`accounts/personal_data.py`); then the third-party records declared for deletion
(sign-in protection's records by the username, the security log's entries of the account, admin preferences,
second-factor devices) and the person's data exports. What stays (finished quiz answers' points, progress,
certificates, content history) then points at an account that names nobody. Files (recordings, export archives)
are deleted once the transaction commits: an erasure that fails keeps every row with its file, and running it again
finishes it; a file that cannot be deleted after the commit is logged (``on_commit(..., robust=True)``).

The audit entry (`ErasureRecord`) keeps who erased, when, why and what, and the account only by its number.
"""

import logging

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.personal_data import is_erased
from privacy import archive, registry
from privacy.models import DataExport, ErasureRecord

security_log = logging.getLogger("security")


class Refused(Exception):
    """An erasure that may not happen, with the reason to show."""


def check(actor, subject):
    """Raise Refused unless `actor` may erase `subject` (None: the retention task)."""
    if is_erased(subject):
        raise Refused(_("This account has already been erased."))
    if actor is None:
        if subject.is_superuser:
            raise Refused(_("Site administrators' accounts are never erased automatically."))
        return
    if not actor.is_superuser:
        raise Refused(_("Only site administrators may erase accounts."))
    if actor.pk == subject.pk:
        raise Refused(_("You cannot erase your own account; ask another site administrator."))


def erase(subject, actor, reason):
    """Erase `subject`'s personal data (see the module's docstring); returns the audit entry."""
    reason = (reason or "").strip()
    if not reason:
        raise Refused(_("Give the reason for the erasure."))
    check(actor, subject)
    username = subject.username
    summary = {}
    with transaction.atomic():
        for room in registry.ROOMS:
            result = room.code.erase(subject)
            summary.update(result if isinstance(result, dict) else {room.key: result})
        exports = DataExport.objects.filter(Q(subject=subject) | Q(requested_by=subject))
        summary["privacy.DataExport"] = archive.delete(exports)
        for declaration in registry.declarations():
            if not declaration.erase_rows:
                continue
            rows = registry.rows_of(declaration, subject, username=username)
            summary[declaration.model] = (
                registry.model_of(declaration)
                .objects.filter(pk__in=list(rows.values_list("pk", flat=True)))
                .delete()[0]
            )
        record = ErasureRecord.objects.create(
            former_user_id=subject.pk,
            actor=actor,
            reason=reason,
            summary={key: value for key, value in summary.items() if value},
        )
    # After the security log's entries of the account were purged: this one says only that it was erased.
    security_log.info(
        "Personal data erased.",
        extra={"event": "privacy_erasure", "user_id": subject.pk, "actor_id": actor.pk if actor else None},
    )
    return record
