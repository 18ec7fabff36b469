from django.utils.cache import add_never_cache_headers, patch_vary_headers


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
