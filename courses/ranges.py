"""Sending a file with HTTP byte ranges (browsers seek video with them; Safari needs them to play MP4).

Used by `courses.views.serve_media` for media in development and by the practice studio for private recordings
whose access the caller has checked.
"""

import os
import re

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def parse_range(header, size):
    """(start, end) of a satisfiable single range, None for no range, or "bad" for an unsatisfiable one."""
    if not header:
        return None
    match = RANGE.match(header.strip())
    if not match:
        return "bad"
    first, last = match.groups()
    if first == "" and last == "":
        return "bad"
    if first == "":
        start, end = max(size - int(last), 0), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    if start >= size or start > end:
        return "bad"
    return start, end


def send(request, path, content_type):
    if not path or not os.path.isfile(path):
        raise Http404
    size = os.path.getsize(path)
    wanted = parse_range(request.headers.get("Range", ""), size)
    if wanted == "bad":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    if wanted is None:
        response = FileResponse(open(path, "rb"), content_type=content_type)  # noqa: SIM115
    else:
        start, end = wanted
        response = StreamingHttpResponse(_read(path, start, end), status=206, content_type=content_type)
        response["Content-Length"] = str(end - start + 1)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _read(path, start, end):
    with open(path, "rb") as handle:
        handle.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
