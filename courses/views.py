import mimetypes
import os
import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils._os import safe_join
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from techniques.models import Technique

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


@require_GET
def search(request):
    """Search modules, courses and techniques (Wagtail's database search: SQLite and PostgreSQL)."""
    query = request.GET.get("q", "").strip()[:200]
    pages = techniques = None
    if query:
        page_results = Page.objects.live().public().filter(depth__gt=2).specific().search(query)
        pages = Paginator(page_results, 20).get_page(request.GET.get("page"))
        techniques = list(get_search_backend().search(query, Technique)[:12])
    return render(request, "courses/search.html", {"query": query, "pages": pages, "techniques": techniques})


@require_GET
def serve_media(request, path):
    """Serve an uploaded file from MEDIA_ROOT, honouring HTTP byte ranges.

    Browsers seek video with Range requests, and Safari will not play MP4 at all
    without them. Used by the development and test servers; in production the
    front server or object storage serves media (see the README).
    """
    try:
        full_path = safe_join(settings.MEDIA_ROOT, path)
    except ValueError:
        raise Http404("Not found.") from None
    if not os.path.isfile(full_path):
        raise Http404("Not found.")
    size = os.path.getsize(full_path)
    content_type = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    header = request.headers.get("Range", "").strip()
    match = RANGE.match(header) if header else None
    if header and not match:
        return _unsatisfiable(size)
    if not match:
        response = FileResponse(open(full_path, "rb"), content_type=content_type)  # noqa: SIM115
        response["Accept-Ranges"] = "bytes"
        return response
    first, last = match.groups()
    if first == "" and last == "":
        return _unsatisfiable(size)
    if first == "":
        start, end = max(size - int(last), 0), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    if start >= size or start > end:
        return _unsatisfiable(size)
    response = StreamingHttpResponse(_read_range(full_path, start, end), status=206, content_type=content_type)
    response["Content-Length"] = str(end - start + 1)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    return response


def _unsatisfiable(size):
    response = HttpResponse(status=416)
    response["Content-Range"] = f"bytes */{size}"
    return response


def _read_range(path, start, end):
    with open(path, "rb") as handle:
        handle.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
