"""The practice studio's settings, each with its default; override any in the settings module.

PRACTICE_STORAGE_ROOT      where recordings are kept: a private directory, never under MEDIA_ROOT
                           (default: beside it, media/ -> media-private/)
PRACTICE_MAX_UPLOAD_BYTES  the largest recording accepted (default 500 MB)
PRACTICE_MAX_SECONDS_GRACE seconds a recording may run over the exercise's maximum (default 5)
PRACTICE_CHUNK_BYTES       the largest chunk of a resumable upload (default 2 MiB, under DATA_UPLOAD_MAX_MEMORY_SIZE)
PRACTICE_CALIBRATION_THRESHOLD  ICC(2,1) at or above which a rater counts as calibrated (default 0.70)
PRACTICE_REQUIRE_CALIBRATION  whether a supervisor must be calibrated on a rubric before their ratings of
                           trainees on it are published (default False)
PRACTICE_RETENTION_DAYS    days a recording is kept after it is submitted (default 365)
PRACTICE_WITHDRAWAL_DAYS   days after consent is withdrawn before the trainee's recordings are deleted (default 30)
PRACTICE_X_ACCEL_PREFIX    the front server's internal location that serves PRACTICE_STORAGE_ROOT (see accel_prefix)
PRACTICE_OBJECT_STORAGE    the name of a storage in STORAGES (e.g. an S3 bucket of its own) that keeps processed
                           recordings and posters, served by short-lived signed URLs (see object_storage)
PRACTICE_SIGNED_URL_SECONDS  how long such a signed URL works (default 60)
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import InvalidStorageError, storages


def storage_root():
    """PRACTICE_STORAGE_ROOT, else a directory beside MEDIA_ROOT (media/ -> media-private/), never inside it."""
    root = getattr(settings, "PRACTICE_STORAGE_ROOT", None)
    if root:
        return Path(root)
    media = Path(settings.MEDIA_ROOT)
    return media.with_name(f"{media.name}-private")


def max_upload_bytes():
    return int(getattr(settings, "PRACTICE_MAX_UPLOAD_BYTES", 500 * 1024 * 1024))


def max_seconds_grace():
    return float(getattr(settings, "PRACTICE_MAX_SECONDS_GRACE", 5))


def chunk_bytes():
    return int(getattr(settings, "PRACTICE_CHUNK_BYTES", 2 * 1024 * 1024))


def calibration_threshold():
    return float(getattr(settings, "PRACTICE_CALIBRATION_THRESHOLD", 0.70))


def retention_days():
    return int(getattr(settings, "PRACTICE_RETENTION_DAYS", 365))


def withdrawal_days():
    return int(getattr(settings, "PRACTICE_WITHDRAWAL_DAYS", 30))


def require_calibration():
    return bool(getattr(settings, "PRACTICE_REQUIRE_CALIBRATION", False))


def accel_prefix():
    """PRACTICE_X_ACCEL_PREFIX, e.g. "/_recordings/": the front server (nginx) sends the file.

    Django still checks who may see the recording; its answer then carries only an `X-Accel-Redirect` header to
    that internal location, which maps to PRACTICE_STORAGE_ROOT, and nginx serves the bytes (ranges included).
    Empty (the default): Django sends the file itself.
    """
    prefix = str(getattr(settings, "PRACTICE_X_ACCEL_PREFIX", "") or "")
    if prefix and not (prefix.startswith("/") and prefix.endswith("/")):
        raise ImproperlyConfigured("PRACTICE_X_ACCEL_PREFIX must start and end with '/', e.g. '/_recordings/'.")
    return prefix


def object_storage():
    """The storage named by PRACTICE_OBJECT_STORAGE, or None (the default: recordings stay on local disk).

    With it, the worker moves each processed recording and poster into that storage (a private bucket: no
    public ACL, signed URLs) and Django, after checking who may see the recording, answers with a redirect to
    a signed URL that expires after PRACTICE_SIGNED_URL_SECONDS; the object store serves the bytes and ranges.
    """
    alias = str(getattr(settings, "PRACTICE_OBJECT_STORAGE", "") or "")
    if not alias:
        return None
    if accel_prefix():
        raise ImproperlyConfigured("Set PRACTICE_OBJECT_STORAGE or PRACTICE_X_ACCEL_PREFIX, not both.")
    if alias == "default":
        raise ImproperlyConfigured("PRACTICE_OBJECT_STORAGE must name a storage of its own, not the public media's.")
    try:
        return storages[alias]
    except InvalidStorageError as error:
        raise ImproperlyConfigured(f"PRACTICE_OBJECT_STORAGE names {alias!r}, which STORAGES does not hold.") from error


def signed_url_seconds():
    return int(getattr(settings, "PRACTICE_SIGNED_URL_SECONDS", 60))
