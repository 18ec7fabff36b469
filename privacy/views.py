"""The privacy page (public), a person's own data page, and the export's status and download (its asker only)."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from privacy import archive, registry, retention
from privacy.models import DataExport
from privacy.tasks import build_export

security_log = logging.getLogger("security")


@require_GET
def privacy_page(request):
    """What is held, why, who sees it and for how long: the register itself, so the page cannot drift from it."""
    return render(
        request,
        "privacy/privacy_page.html",
        {"sections": registry.by_section(), "periods": [(row.kind.title, row.kind.period()) for row in _periods()]},
    )


def _periods():
    return [retention.Row(kind, kind.period(), 0) for kind in retention.KINDS]


def asked_by(user):
    """The exports `user` asked for: the only ones they may see or download."""
    return DataExport.objects.filter(requested_by=user)


def start_export(subject, requested_by):
    """Ask for an export of `subject`'s data (or get the one being built); the archive is built in the background."""
    export, created = archive.request_export(subject, requested_by)
    if created:
        build_export.enqueue(str(export.pk))
        export.refresh_from_db()
    return export, created


@login_required
@require_GET
def my_data(request):
    export = asked_by(request.user).filter(subject=request.user).first()
    return render(request, "privacy/my_data.html", {"export": export})


@login_required
@require_POST
def request_my_export(request):
    _export, created = start_export(request.user, request.user)
    if created:
        messages.success(request, _("Your data export is being prepared."))
    else:
        messages.info(request, _("Your data export is already being prepared."))
    return redirect("privacy:my_data")


def _own_export(request, pk):
    export = asked_by(request.user).filter(pk=pk).first()
    if export is None:
        raise Http404
    return export


@login_required
@require_GET
def export_status(request, pk):
    export = _own_export(request, pk)
    return JsonResponse(
        {
            "status": export.status,
            "status_display": export.get_status_display(),
            "percent": export.percent,
            "finished": not export.unfinished,
            "download_url": export.get_download_url() if export.downloadable else None,
        }
    )


@login_required
@require_GET
def download(request, pk):
    export = _own_export(request, pk)
    if not export.downloadable:
        return render(request, "privacy/export_gone.html", {"export": export}, status=410 if export.expired else 404)
    path = archive.archive_path(export)
    if not path.exists():
        raise Http404
    security_log.info(
        "Data export downloaded.",
        extra={"event": "privacy_export_downloaded", "user_id": export.subject_id, "actor_id": request.user.pk},
    )
    return FileResponse(path.open("rb"), as_attachment=True, filename=archive.file_name(export))
