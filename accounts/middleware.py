from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_vary_headers

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
