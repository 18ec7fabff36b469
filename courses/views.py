import mimetypes
import os

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils._os import safe_join
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from courses import ranges
from courses.search import clean_query, name_matches_first, with_other_spellings
from techniques.models import Technique


@require_GET
def search(request):
    """Search modules, courses and techniques (Wagtail's database search: SQLite and PostgreSQL)."""
    query = clean_query(request.GET.get("q", ""))
    pages = techniques = None
    if query:
        searched = with_other_spellings(query)
        page_results = Page.objects.live().public().filter(depth__gt=2).specific().search(searched)
        pages = Paginator(page_results, 20).get_page(request.GET.get("page"))
        # Those named by the query first, even when many others only mention its words.
        techniques = name_matches_first(get_search_backend().search(searched, Technique)[:40], query)[:12]
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
    content_type = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return ranges.send(request, full_path, content_type)
