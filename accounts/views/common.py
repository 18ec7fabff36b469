from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme

from accounts import roles


def next_url(request, default=None):
    """The page to go on to: a safe `next` from the query or form, else `default`, else the user's landing."""
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url(default or roles.landing(request.user))
