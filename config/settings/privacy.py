"""How long personal data is kept, and where data exports wait for their download (the privacy room).

Imported by ``base`` (so by every environment). Each period can be set from the environment (a whole number of
days); ``manage.py enforce_retention``, run daily, deletes what is past it (``privacy.retention``), and the
admin's *Personal data → Retention* report shows each period, what is due and when the task last ran. See the
README's "Privacy".
"""

import os

from django.core.exceptions import ImproperlyConfigured


def env_days(name, default):
    """A number of days from the environment variable `name`, at least 1."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        days = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number of days, not {value!r}.") from None
    if days < 1:
        raise ImproperlyConfigured(f"{name} must be at least 1 day, not {days}.")
    return days


# Trainees' practice recordings: deleted this many days after they were submitted (practice/privacy.py), and this
# many days after the trainee withdrew their consent to recording.
PRACTICE_RETENTION_DAYS = env_days("PRACTICE_RETENTION_DAYS", 365)
PRACTICE_WITHDRAWAL_DAYS = env_days("PRACTICE_WITHDRAWAL_DAYS", 30)
# Sign-in protection's records (django-axes: failed logins, lockouts, the access log of sign-ins), by their last
# attempt. At least a day longer than AXES_COOLOFF_TIME (a day), which they must outlive to lengthen a lock.
PRIVACY_LOGIN_RECORDS_DAYS = env_days("PRIVACY_LOGIN_RECORDS_DAYS", 30)
# Sessions last SESSION_COOKIE_AGE (base.py) and are deleted by the retention task once they have expired.
# Who changed which mark when (quizzes.MarkingEvent); the marks themselves stay with the answers.
PRIVACY_MARKING_HISTORY_DAYS = env_days("PRIVACY_MARKING_HISTORY_DAYS", 730)
# An account nobody has signed in to for this long (or never, since it was created) is erased as an erasure on
# request would erase it. Site administrators' accounts are never erased this way.
PRIVACY_INACTIVE_ACCOUNT_DAYS = env_days("PRIVACY_INACTIVE_ACCOUNT_DAYS", 1095)
# How many inactive accounts one run erases at most (each is one erasure); the next day's run goes on.
PRIVACY_INACTIVE_ACCOUNTS_PER_RUN = env_days("PRIVACY_INACTIVE_ACCOUNTS_PER_RUN", 100)
# A data export can be downloaded for this long after it was built; then the archive is deleted.
PRIVACY_EXPORT_DAYS = env_days("PRIVACY_EXPORT_DAYS", 7)
# Where export archives wait (a private directory, never under MEDIA_ROOT; several app servers share it).
# Empty: beside MEDIA_ROOT (media/ -> media-exports/).
PRIVACY_EXPORT_ROOT = os.environ.get("PRIVACY_EXPORT_ROOT", "")
