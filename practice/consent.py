"""Consent to recording: the text a trainee agrees to, its version, giving and withdrawing it.

Change `VERSION` whenever the text changes: trainees are then asked again before their next recording.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from practice import conf
from practice.models import Consent, Submission

VERSION = "2026-12-01"


def text():
    """The paragraphs of the consent, in the order shown."""
    return [
        _(
            "Your recordings are seen by you, by the supervisors of your cohort or those assigned to you, "
            "and by the site administrators. Nobody else: not other trainees, not editors. Every time "
            "someone other than you opens a recording, it is logged, and you can see that log."
        ),
        _("Recordings are kept for %(days)d days after you submit them, then deleted with their ratings.")
        % {"days": conf.retention_days()},
        _(
            "Role-play only: a recording must never contain patient material. Do not record patients, and "
            "do not name or describe a real person in your response."
        ),
        _(
            "You may withdraw your consent at any time on this page. You can then make no new recordings, "
            "and your recordings are deleted %(days)d days later (time to download feedback you want to keep)."
        )
        % {"days": conf.withdrawal_days()},
        _("This is training and continuing education; a rating here is feedback, not a certification."),
    ]


def current(user):
    """The trainee's open consent to the current text, or None."""
    return Consent.objects.filter(user=user, withdrawn_at__isnull=True, version=VERSION).first()


@transaction.atomic
def give(user):
    """Record consent to the current text; an older open consent is closed. Giving it twice changes nothing."""
    existing = current(user)
    if existing is not None:
        return existing
    now = timezone.now()
    Consent.objects.filter(user=user, withdrawn_at__isnull=True).update(withdrawn_at=now)
    Submission.objects.filter(trainee=user, calibration=False, delete_after__isnull=False).update(delete_after=None)
    return Consent.objects.create(user=user, version=VERSION)


@transaction.atomic
def withdraw(user):
    """Withdraw consent: no new recordings; existing ones are scheduled for deletion. Returns the deletion date."""
    now = timezone.now()
    changed = Consent.objects.filter(user=user, withdrawn_at__isnull=True).update(withdrawn_at=now)
    if not changed:
        return None
    due = now + timedelta(days=conf.withdrawal_days())
    Submission.objects.filter(trainee=user, calibration=False).update(delete_after=due)
    return due
