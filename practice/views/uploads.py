"""The resumable upload the in-browser recorder uses: announce the file, send chunks, ask how far it got.

POST /practice/exercises/<id>/uploads/  size (bytes), name  -> 201 {"id", "received", "chunk_url", ...}
POST /practice/uploads/<uuid>/  the chunk as the body, its start in the Upload-Offset header
                                -> 200 {"received", "status"}, or 409 {"expected_offset"}
GET  /practice/uploads/<uuid>/  -> 200 {"received", "status"}
Only the trainee who started an upload can send to it or ask about it; anyone else gets 404.
"""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from practice import access, conf, submitting
from practice.models import Submission


def _state(submission):
    return {
        "id": str(submission.pk),
        "received": submission.received_bytes,
        "size": submission.expected_bytes,
        "status": submission.status,
        "chunk_url": reverse("practice:upload", args=[submission.pk]),
        "submission_url": reverse("practice:submission", args=[submission.pk]),
        "status_url": reverse("practice:submission_status", args=[submission.pk]),
    }


def _error(message, status, **extra):
    return JsonResponse({"error": message, **extra}, status=status)


@require_POST
@login_required
def start(request, pk):
    exercise = access.get_open_exercise(request.user, pk)
    size = request.POST.get("size", "")
    if not size.isdigit():
        return _error(_("Say how large the recording is, in bytes."), 400)
    try:
        submission = submitting.start_upload(request.user, exercise, int(size), request.POST.get("name", ""))
    except submitting.SubmitError as error:
        return _error(str(error), 400)
    return JsonResponse({**_state(submission), "chunk_bytes": conf.chunk_bytes()}, status=201)


@require_http_methods(["GET", "POST"])
@login_required
def chunk(request, pk):
    submission = access.get_submission(Submission.objects.filter(trainee=request.user, calibration=False), pk)
    if request.method == "GET":
        return JsonResponse(_state(submission))
    offset = request.headers.get("Upload-Offset", "")
    if not offset.isdigit():
        return _error(_("Say where the chunk starts (the Upload-Offset header)."), 400)
    data = request.body
    if not data:
        return _error(_("The chunk is empty."), 400)
    try:
        submission = submitting.receive_chunk(submission.pk, int(offset), data)
    except submitting.ChunkRefused as error:
        return _error(str(error), 409, expected_offset=error.expected_offset)
    except submitting.SubmitError as error:
        return _error(str(error), 400)
    return JsonResponse(_state(submission))
