"""Pages a platform launched may be framed by that platform, and by no other site.

Every page keeps ``frame-ancestors 'self'`` and ``X-Frame-Options: DENY`` (config/settings), except in a
session an LTI launch started: there the launching platform's origins (as registered) are added, so its
course page can show ours in a frame. Admin pages are never framed.
"""

from accounts.middleware import ADMIN_PREFIX

SESSION_ORIGINS = "lti_frame_origins"


class PlatformFramingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        origins = session.get(SESSION_ORIGINS) if session is not None else None
        if origins and not request.path.startswith(ADMIN_PREFIX):
            replace = getattr(response, "_csp_replace", None) or {}
            response._csp_replace = {**replace, "frame-ancestors": ["'self'", *origins]}
            response.xframe_options_exempt = True
        return response
