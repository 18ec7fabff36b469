"""A system check that recordings can never be served as public media."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register

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
