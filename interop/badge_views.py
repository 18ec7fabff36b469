"""Open Badges 3.0: the trainee's download, the issuer's profile and key, the revocation list, the verification."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_http_methods

from interop import badges
from learning.models import Certificate

MAX_UPLOAD = 64 * 1024
JWT_TYPE = "application/vc+jwt"


@login_required
@require_GET
def download(request, pk):
    """The certificate's credential, for its holder (and site administrators) only."""
    certificate = get_object_or_404(Certificate.objects.select_related("user"), pk=pk)
    if certificate.user_id != request.user.pk and not request.user.is_superuser:
        raise Http404
    response = HttpResponse(badges.signed_credential(certificate), content_type=JWT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="open-badge-{certificate.code}.jwt"'
    return response


@require_GET
def issuer(request):
    profile = badges.issuer()
    return JsonResponse({"@context": badges.CONTEXTS, **profile, "verificationMethod": [badges.public_jwk()]})


@require_GET
def jwks(request):
    return JsonResponse({"keys": [badges.public_jwk()]})


@require_GET
def status_list(request, number):
    if number != badges.STATUS_LIST:
        raise Http404
    return HttpResponse(badges.signed_status_list(), content_type=JWT_TYPE)


@require_GET
def achievement(request, key):
    """An achievement's address, for people who follow it: the verification page explains what it is."""
    return render(request, "interop/badge_verify.html", {"result": None, "achievement_key": key})


@require_GET
def credential(request, code):
    get_object_or_404(Certificate, code=code)
    return render(request, "interop/badge_verify.html", {"result": None, "code": code})


@require_http_methods(["GET", "POST"])
def verify(request):
    """Paste or upload a credential; we say whether we issued it, unaltered and unrevoked. Writes nothing."""
    result = None
    if request.method == "POST":
        token = request.POST.get("credential", "")
        upload = request.FILES.get("file")
        if upload is not None:
            token = upload.read(MAX_UPLOAD + 1).decode("utf-8", errors="replace")
        if len(token) > MAX_UPLOAD:
            result = badges.Verification(False, "The credential is too large to be one of ours.")
        else:
            result = badges.verify(token)
    status = 200 if result is None or result.valid or result.revoked else 400
    return render(request, "interop/badge_verify.html", {"result": result}, status=status)
