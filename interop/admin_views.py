"""Admin pages for site administrators: the outbox's status, and the confirmation of a platform's dynamic
registration."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from interop import registration
from interop.models import Delivery, GradeSubmission, Statement

FAILING_SHOWN = 20


def is_administrator(user):
    return user.is_active and user.is_superuser


def outboxes():
    """[(title, model)] of every outbox of this room."""
    return [(_("Grades to LMS gradebooks"), GradeSubmission), (_("xAPI statements to the LRS"), Statement)]


def summary(model):
    counts = dict(model.objects.values_list("status").annotate(n=Count("pk")).order_by())
    last_sent = model.objects.aggregate(at=Max("sent_at"))["at"]
    failing = list(model.objects.filter(status=Delivery.FAILING).order_by("next_try_at")[:FAILING_SHOWN])
    return {
        "queued": counts.get(Delivery.QUEUED, 0),
        "sent": counts.get(Delivery.SENT, 0),
        "failing": counts.get(Delivery.FAILING, 0),
        "last_sent": last_sent,
        "failing_rows": failing,
    }


def outbox_status(request):
    if not is_administrator(request.user):
        raise PermissionDenied
    boxes = [(title, summary(model)) for title, model in outboxes()]
    return TemplateResponse(request, "interop/admin/outbox.html", {"boxes": boxes})


@require_http_methods(["GET", "POST"])
def dynamic_registration(request):
    """A platform's dynamic registration: GET shows what the platform is and what we would ask of it; the
    administrator's POST registers the tool there and stores the platform."""
    if not is_administrator(request.user):
        raise PermissionDenied
    source = request.POST if request.method == "POST" else request.GET
    url = source.get("openid_configuration", "").strip()
    token = source.get("registration_token", "").strip()
    context = {"url": url, "token": token}
    try:
        if not url:
            raise registration.RegistrationFailed(
                _("Start the registration from the platform: it opens this page with its configuration's address.")
            )
        if request.method == "POST":
            platform = registration.register(request, url, token, source.get("name", "").strip()[:120])
            return TemplateResponse(request, "interop/admin/registered.html", {"platform": platform})
        config = registration.platform_configuration(url, token)
    except registration.RegistrationFailed as failure:
        return TemplateResponse(
            request, "interop/admin/register.html", {**context, "error": failure.message}, status=400
        )
    context.update(
        config=config,
        product=registration.product(config),
        scopes=registration.scopes_for(config),
        name=registration.product(config) or config["issuer"],
    )
    return TemplateResponse(request, "interop/admin/register.html", context)
