"""The outbox's status page: what waits to be sent to the platforms (and record stores), for site administrators."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

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
