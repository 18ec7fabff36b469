import logging
from functools import cached_property
from urllib.parse import urlencode

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext as _

from accounts import mfa, sessions
from accounts.lockout import client_address

security_log = logging.getLogger("security")

ADMIN_PREFIX = "/admin/"


class PrivateCacheMiddleware:
    """Keep signed-in pages out of every cache (Cache-Control: no-store, private).

    A trainee's progress or a supervisor's report must never be stored by a
    browser, proxy or CDN and shown to the next person on a shared computer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            patch_vary_headers(response, ["Cookie"])
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, with one exception for the Wagtail admin.

    The admin still writes a few inline scripts (date pickers, for example) and
    inline style attributes, so under /admin/ (page previews included) both are
    allowed. Every other page, and so every page a trainee or supervisor sees,
    keeps scripts and styles to the site's own files.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIX):
            parts.update = {**(parts.update or {}), "script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}
        return parts


def permissions_policy(features):
    """The Permissions-Policy header for {feature: allowlist}: `camera=()`, `fullscreen=(self "https://...")`."""
    return ", ".join(f"{feature}=({' '.join(allowlist)})" for feature, allowlist in features.items())


class PermissionsPolicyMiddleware:
    """Tells the browser which powerful features a page may use: none, but the few the site needs where it does.

    ``PERMISSIONS_POLICY`` holds every page's policy; the views named in ``PERMISSIONS_POLICY_RECORDING_VIEWS``
    (the practice studio's recording page) get ``PERMISSIONS_POLICY_RECORDING`` on top: camera and
    microphone for this site's own scripts. The views are named in settings so that this room needs no
    knowledge of the studio.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.everywhere = permissions_policy(settings.PERMISSIONS_POLICY)
        self.recording = permissions_policy({**settings.PERMISSIONS_POLICY, **settings.PERMISSIONS_POLICY_RECORDING})

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        records = match is not None and match.view_name in settings.PERMISSIONS_POLICY_RECORDING_VIEWS
        response.headers.setdefault("Permissions-Policy", self.recording if records else self.everywhere)
        return response


# An uploaded file opened on its own is a document of no origin (sandbox) that may load nothing but itself.
UPLOADS_POLICY = "default-src 'none'; img-src 'self'; media-src 'self'; sandbox"


class UploadedFilesMiddleware:
    """User uploads can never run script on the site's origin, however they were made.

    Files under MEDIA_URL (served by the development and test servers; the front server must send the same
    headers, see the README) and documents served by Wagtail get a sandboxing Content-Security-Policy and
    ``nosniff``; documents are always downloaded (Content-Disposition: attachment), never shown as a page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        is_document = match is not None and match.view_name == "wagtaildocs_serve"
        if request.path.startswith(settings.MEDIA_URL) or is_document:
            response["Content-Security-Policy"] = UPLOADS_POLICY
            response["X-Content-Type-Options"] = "nosniff"
            if request.path.startswith(f"{settings.MEDIA_URL}documents/") and response.status_code in (200, 206):
                response["Content-Disposition"] = "attachment"
        return response


def _with_next(url_name, request):
    return f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}"


class StaffIdleTimeoutMiddleware:
    """Signs staff out after ``STAFF_IDLE_TIMEOUT`` seconds without a request (trainees keep the session age).

    Whether a session is staff's is noted when it signs in (``accounts.sessions``), so this costs no query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and sessions.is_staff_session(request):
            idle = sessions.idle_for(request)
            if idle is not None and idle > settings.STAFF_IDLE_TIMEOUT:
                security_log.info(
                    "Signed out after %d minutes idle.",
                    idle // 60,
                    extra={"event": "idle_timeout", "user_id": user.pk, "address": client_address(request)},
                )
                logout(request)
                messages.info(
                    request,
                    _("You were signed out after %(minutes)d minutes without activity. Please log in again.")
                    % {"minutes": settings.STAFF_IDLE_TIMEOUT // 60},
                )
                return redirect_to_login(request.get_full_path())
            sessions.note_seen(request)
        return self.get_response(request)


class SecondFactorMiddleware:
    """After the password, the second factor before anything else (``accounts.mfa``).

    Someone signed in whose session is not yet verified is sent to enter a code if they have an authenticator,
    or, if one is required of them (staff) and they have none, to set one up. Only the second factor's own
    pages, logging out and static files stay open meanwhile. This holds for the Wagtail admin too: its login
    takes the password, and its pages then wait here for the code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def open_paths(self):
        names = ["mfa_verify", "mfa_setup", "logout", "login", "wagtailadmin_logout", "javascript-catalog"]
        return {reverse(name) for name in names}

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified() and not self.is_open(request.path):
            if mfa.session_has_second_factor(request):
                return HttpResponseRedirect(_with_next("mfa_verify", request))
            if mfa.required_of_session(request):
                return HttpResponseRedirect(_with_next("mfa_setup", request))
        return self.get_response(request)

    def is_open(self, path):
        return path in self.open_paths or path.startswith(settings.STATIC_URL)


# Views under REAUTHENTICATION_PATHS that are forms for changing something (their posts always are).
CHANGE_VIEWS = {"add", "edit", "delete", "delete-multiple", "copy", "revisions_revert", "set_password"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class ReauthenticationMiddleware:
    """Changing users, groups, cohorts or supervision asks for the password or a code given recently.

    Under ``REAUTHENTICATION_PATHS``, every post and every add, edit or delete form need a password or second
    factor given within ``REAUTHENTICATION_TIMEOUT``; otherwise the page asks for one and comes back (a post's
    entries are lost: the form is shown again). Listings stay open: looking changes nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.user.is_authenticated
            and self.changes_access(request)
            and not sessions.recently_authenticated(request)
        ):
            return HttpResponseRedirect(_with_next("reauthenticate", request))
        return self.get_response(request)

    def changes_access(self, request):
        if not any(request.path.startswith(prefix) for prefix in settings.REAUTHENTICATION_PATHS):
            return False
        if request.method not in SAFE_METHODS:
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.url_name in CHANGE_VIEWS


class RefusalLogMiddleware:
    """Logs a refusal on trainee data: a 403 or 404 answered to someone signed in under ``SECURITY_LOG_DENIED_PATHS``.

    The views answer another's trainee, recording or certificate with 404 and a role that may not look with 403;
    either, asked for by someone signed in, is worth an administrator's look when it repeats.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code in (403, 404) and any(
            request.path.startswith(prefix) for prefix in settings.SECURITY_LOG_DENIED_PATHS
        ):
            user = request.user
            if user.is_authenticated:
                security_log.warning(
                    "Refused %s %s (%s).",
                    request.method,
                    request.path[:200],
                    response.status_code,
                    extra={
                        "event": "refused",
                        "user_id": user.pk,
                        "username": user.get_username(),
                        "address": client_address(request),
                        "detail": {
                            "path": request.path[:200],
                            "method": request.method,
                            "status": response.status_code,
                        },
                    },
                )
        return response
