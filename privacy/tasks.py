"""Background work of the privacy room, on Django's tasks framework (django-tasks)."""

import logging

from django_tasks import task

from privacy import archive, retention
from privacy.models import DataExport, ExportStatus

logger = logging.getLogger(__name__)


@task()
def build_export(export_id):
    """Build the archive of a data export; the export ends ready, or failed with a reason."""
    export = DataExport.objects.select_related("subject").filter(pk=export_id).first()
    if export is None or export.status != ExportStatus.QUEUED:
        return export.status if export else None
    # Claimed by one worker only: a second run of the same job finds it running and stops.
    if not DataExport.objects.filter(pk=export.pk, status=ExportStatus.QUEUED).update(status=ExportStatus.RUNNING):
        return ExportStatus.RUNNING
    try:
        archive.build(export)
    except Exception:
        logger.exception("Building data export %s failed", export_id)
        DataExport.objects.filter(pk=export.pk).update(
            status=ExportStatus.FAILED, failure="The archive could not be built. Ask for a new export."
        )
        return ExportStatus.FAILED
    return ExportStatus.READY


@task()
def enforce_retention():
    """Delete every kind of personal data kept past its period (privacy.retention); returns what was deleted."""
    return retention.enforce().deleted
