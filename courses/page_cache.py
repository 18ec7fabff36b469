"""The page cache: public pages served from the cache to visitors, and what only changes on publish, remembered.

Two things live on one *generation*, a number in the cache (Redis in production, shared by every app server)
that every publish, unpublish, move or deletion of a page, and every change to a snippet or file pages show
(techniques, quizzes, media, images, documents), view restrictions and sites, moves on (``purge``):

- ``PageCacheMiddleware`` stores the whole response of an anonymous GET of a curriculum page (home,
  catalogue, course, module, glossary, technique) under its scheme, host, full path and language, and serves
  it to the next visitor without touching the database. It stores only what is the same for everyone: never a
  signed-in response, one to a request that carried a session or messages cookie, one that sets a cookie (a
  CSRF token does), carries a CSRF field or a message, or whose page has view restrictions. Cacheable
  responses say ``Cache-Control: public, max-age=0, s-maxage=PAGE_CACHE_SECONDS`` so a front cache or CDN
  may keep them too; every other page response ``private, no-store``.
- ``remember(name, build)`` keeps what pages compute from published content alone (a route through the page
  tree, a module's course and siblings, the menu, a module's clips) until the next publish.

A signed-in page asks for a dozen remembered things. Two things keep that from costing a dozen round trips to
Redis: the generation is read once per request (the middleware opens a memo that a purge in the request clears),
and what is remembered is also kept in each process's memory, pickled as Redis keeps it (so no request can change
what the next one gets). An entry's key names its generation, so a purge makes the memory's copies as unreachable
as Redis's, on every server at once.

A new generation makes every older entry unreachable at once (they expire on their own), which is simpler and
safer than working out which pages a change shows on: a technique appears in every module that names it, the
glossary and its own page; a module in its course, its siblings' pagers and the catalogue's counts. The
generation moves on at once and again when the publishing transaction commits, so that a request that read the
old content just before the commit cannot store it under the new generation. A front cache named in
``WAGTAILFRONTENDCACHE`` (see the README) is asked to purge every public page's URLs, by a background task.
"""

import hashlib
import time
from contextvars import ContextVar
from http import HTTPStatus

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.models import Page, PageViewRestriction, Site

from accounts import viewer

GENERATION_KEY = "pagecache:generation"
SAFE_METHODS = ("GET", "HEAD")
NO_SITE = "no site"  # remembered for a host no site answers
# Longer query strings are served, never stored: they are not links the site makes.
MAX_QUERY_LENGTH = 200
# The headers a cached response keeps; cookies and per-request headers never are.
DROPPED_HEADERS = {"set-cookie", "date", "expires", "last-modified", "age"}
REMEMBERED_SECONDS = 24 * 60 * 60
# Within a request: {"generation": ...} once read (None outside a request: every read asks the cache).
_request_memo: ContextVar[dict | None] = ContextVar("page_cache_request_memo", default=None)
# This process's copies of remembered entries; the oldest third is dropped when full.
_in_process = LocMemCache("page-cache-remembered", {"OPTIONS": {"MAX_ENTRIES": 2000, "CULL_FREQUENCY": 3}})


def cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def seconds():
    """How long a stored page is kept and a front cache may keep it; 0 turns the page cache off."""
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0))


def generation():
    memo = _request_memo.get()
    if memo is not None and "generation" in memo:
        return memo["generation"]
    value = cache().get(GENERATION_KEY)
    if value is None:
        cache().add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache().get(GENERATION_KEY)
    if memo is not None:
        memo["generation"] = value
    return value


def _next_generation():
    memo = _request_memo.get()
    if memo is not None:
        memo.pop("generation", None)
    try:
        cache().incr(GENERATION_KEY)
    except ValueError:  # not there (a cleared cache): any new number will do
        cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


def purge():
    """Forget every stored page and everything remembered from published content (now and on commit)."""
    _next_generation()
    transaction.on_commit(_after_commit)


def _after_commit():
    _next_generation()
    from courses.tasks import purge_front_cache, wants_front_cache_purge

    if wants_front_cache_purge():
        purge_front_cache.enqueue()


def remember(name, build):
    """`build()`, kept under `name` until the next publish (and a day at most)."""
    key = f"published:{generation()}:{name}"
    value = _recall(key)
    if value is None:
        value = build()
        cache().set(key, value, REMEMBERED_SECONDS)
        _in_process.set(key, value, REMEMBERED_SECONDS)
    return value


def _recall(key):
    """What is remembered under `key`: this process's copy, else the shared cache's (then copied here)."""
    value = _in_process.get(key)
    if value is None:
        value = cache().get(key)
        if value is not None:
            _in_process.set(key, value, REMEMBERED_SECONDS)
    return value


# The anonymous page cache ------------------------------------------------------------------------


def _has_private_cookie(request):
    names = {settings.SESSION_COOKIE_NAME, getattr(settings, "MESSAGE_COOKIE_NAME", "messages")}
    return any(name in request.COOKIES for name in names)


def _key(request, current_generation):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    language = translation.get_language_from_request(request)
    digest = hashlib.sha256(f"{language}\n{url}".encode()).hexdigest()
    return f"pagecache:{current_generation}:{digest}"


def _may_serve(request):
    return (
        seconds() > 0
        and request.method in SAFE_METHODS
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
        and not _has_private_cookie(request)
    )


def mark_cacheable(request, page):
    """Called before a curriculum page is served (``courses/wagtail_hooks.py``): its response may be stored."""
    request._page_cache_page = page


def _page_of(request):
    return getattr(request, "_page_cache_page", None)


def _messages_shown(request):
    storage = getattr(request, "_messages", None)
    return storage is not None and (storage.used or len(storage) > 0)


def storable(request, response):
    """Whether `response` is the same for every visitor and may be stored and sent as public."""
    page = _page_of(request)
    user = getattr(request, "user", None)
    control = response.get("Cache-Control", "")
    return (
        page is not None
        and response.status_code == HTTPStatus.OK
        and not response.streaming
        and not response.cookies
        and not (user is not None and user.is_authenticated)
        and not _messages_shown(request)
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and response.get("Vary", "").strip() != "*"
        and b"csrfmiddlewaretoken" not in response.content
        and not page.get_view_restrictions()
    )


def _freeze(response):
    headers = [(name, value) for name, value in response.items() if name.lower() not in DROPPED_HEADERS]
    return (response.status_code, headers, response.content)


def _thaw(frozen, request):
    status, headers, content = frozen
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


# Routing, remembered ----------------------------------------------------------------------------


def site_for(request):
    """The request's Wagtail site, remembered per host and port (Wagtail would look it up on every request)."""
    if not hasattr(request, "_wagtail_site"):
        host, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        site = remember(f"site:{host}:{port}", lambda: Site._find_for_request(request) or NO_SITE)
        request._wagtail_site = None if site == NO_SITE else site
    return request._wagtail_site


def _remembered_route(request, path):
    """Route `path` as Wagtail does, from a remembered (page type, page id, components consumed) when there is one.

    The page itself is always read afresh (one query), so whether it is live is never remembered; only where the
    path leads, which changes with a publish, move or deletion.
    """
    site = site_for(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    key = f"route:{site.pk}:{'/'.join(components)}"
    remembered = _recall(f"published:{generation()}:{key}")
    if remembered is not None:
        label, pk, consumed = remembered
        page = apps.get_model(label).objects.filter(pk=pk).first()
        if page is not None:
            try:
                return page.route(request, components[consumed:])
            except Http404:
                return None
    result = Page.route_for_request(request, path)
    if result is not None:
        page = result[0]
        root = site.root_page.url_path
        relative = page.url_path[len(root) :] if page.url_path.startswith(root) else None
        consumed = relative.count("/") if relative is not None else None
        if consumed is not None and "/".join(components[:consumed]) + "/" * bool(consumed) == relative:
            remember(key, lambda: (page.specific_class._meta.label, page.pk, consumed))
    return result


class RememberedViewRestrictionsMixin:
    """A page's view restrictions (its own and its ancestors'), remembered: none, for nearly every page.

    Wagtail asks for them twice on every page served (two queries); a restriction saved or deleted, and any
    move, purges what is remembered.
    """

    def get_view_restrictions(self):
        ids = remember(
            f"restrictions:{self.pk}", lambda: list(Page.get_view_restrictions(self).values_list("pk", flat=True))
        )
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()


class PageCacheMiddleware:
    """Serves stored anonymous pages before sessions, users or the page tree are looked at; stores new ones.

    Sits high in MIDDLEWARE (after WhiteNoise): a stored response already carries what the middleware below
    added (Content-Security-Policy, Permissions-Policy, X-Frame-Options, Vary).
    """

    def __init__(self, get_response):
        from wagtail.views import serve  # imports the page model: not before the apps are ready

        self.get_response = get_response
        self.wagtail_serve = serve

    def __call__(self, request):
        memo = _request_memo.set({})
        try:
            return self._respond(request)
        finally:
            _request_memo.reset(memo)

    def _respond(self, request):
        may_serve = _may_serve(request)
        key = None
        if may_serve:
            key = _key(request, generation())
            frozen = cache().get(key)
            if frozen is not None:
                return _thaw(frozen, request)
        response = self.get_response(request)
        if _page_of(request) is None:
            return response  # not a curriculum page: its own view decides its headers
        if may_serve and storable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds())
            if request.method == "GET":
                cache().set(key, _freeze(response), seconds())
                response["X-Page-Cache"] = "miss"
        elif "Cache-Control" not in response or not may_serve:
            patch_cache_control(response, private=True, no_store=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Before Wagtail routes a page request through the tree, route it from what is remembered; and give a
        signed-in viewer's roles and permissions from one cached lookup (``accounts.viewer``)."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            viewer.prime(user)
        if (
            view_func is self.wagtail_serve
            and request.method in SAFE_METHODS
            and not hasattr(request, "_wagtail_route_for_request")
        ):
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            request._wagtail_route_for_request = _remembered_route(request, path)
        return None
