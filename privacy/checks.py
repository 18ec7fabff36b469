"""System check: data export archives can never be served as public media."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register

from privacy.archive import export_root


@register()
def exports_are_private(app_configs, **kwargs):
    root = export_root().resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if root == media or media in root.parents:
        return [
            Error(
                "PRIVACY_EXPORT_ROOT is inside MEDIA_ROOT, so people's data exports would be public media.",
                hint="Point PRIVACY_EXPORT_ROOT at a directory outside MEDIA_ROOT.",
                id="privacy.E001",
            )
        ]
    return []
