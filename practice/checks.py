"""System checks: recordings can never be served as public media; the front server's prefix and the object
storage are well formed."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

from practice import conf


@register()
def storage_is_private(app_configs, **kwargs):
    root = conf.storage_root().resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if root == media or media in root.parents:
        return [
            Error(
                "PRACTICE_STORAGE_ROOT is inside MEDIA_ROOT, so trainees' recordings would be public media.",
                hint="Point PRACTICE_STORAGE_ROOT at a directory outside MEDIA_ROOT.",
                id="practice.E001",
            )
        ]
    return []


@register()
def accel_prefix_is_well_formed(app_configs, **kwargs):
    try:
        conf.accel_prefix()
    except ImproperlyConfigured as error:
        return [Error(str(error), hint="e.g. PRACTICE_X_ACCEL_PREFIX = '/_recordings/'", id="practice.E002")]
    return []


@register()
def object_storage_is_usable(app_configs, **kwargs):
    try:
        conf.object_storage()
    except ImproperlyConfigured as error:
        hint = "e.g. STORAGES['recordings'] = {'BACKEND': 'storages.backends.s3.S3Storage', 'OPTIONS': {...}}"
        return [Error(str(error), hint=hint, id="practice.E003")]
    return []
