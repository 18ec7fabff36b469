from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import CoursePage, ModulePage
from learning import journey, watching
from learning.certificates import render_pdf
from learning.completion import module_statuses
from learning.models import Certificate, Enrolment, ModuleProgress


@login_required
@require_GET
def dashboard(request):
    return render(request, "learning/dashboard.html", {"dashboard": journey.dashboard(request.user)})


@login_required
@require_POST
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        with transaction.atomic():
            _enrolment, created = Enrolment.objects.get_or_create(user=request.user, course=course)
    except IntegrityError:
        created = False  # a double click: the other request enrolled them
    if created:
        messages.success(request, _("You are enrolled in %(course)s.") % {"course": course.title})
    return redirect(course.url)


def _module_for_trainee(request, module_id):
    """A live module of a course the trainee is enrolled in, open to them (not waiting on earlier modules)."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    course = module.course
    if journey.enrolment_in(request.user, course) is None:
        raise PermissionDenied(_("Enrol in the course first."))
    if journey.must_come_first(request.user, module, course):
        raise PermissionDenied(_("Complete the earlier modules first."))
    return module


@login_required
@require_POST
def mark_read(request, module_id):
    module = _module_for_trainee(request, module_id)
    progress, _created = ModuleProgress.objects.get_or_create(user=request.user, module=module)
    ModuleProgress.objects.filter(pk=progress.pk, read_at__isnull=True).update(read_at=timezone.now())
    # Working out the status records the module's completion if this was the last part.
    module_statuses(request.user, [module])
    return redirect(f"{module.url}#completion")


@login_required
@require_POST
def watch(request, module_id):
    module = _module_for_trainee(request, module_id)
    try:
        ranges = watching.parse_ranges(request.POST.get("ranges", ""))
        duration = float(request.POST.get("duration") or 0)
    except (ValueError, TypeError):
        return JsonResponse(
            {"error": "ranges must be JSON [[start, end], ...] in seconds and duration a number"}, status=400
        )
    if duration != duration:  # NaN
        return JsonResponse({"error": "duration must be a number"}, status=400)
    try:
        clip = watching.record_report(
            request.user, module, request.POST.get("token", ""), request.POST.get("clip", ""), ranges, duration
        )
    except watching.Refused as refusal:
        return JsonResponse({"error": str(refusal)}, status=403)
    status = module_statuses(request.user, [module])[module.pk]
    return JsonResponse(
        {
            "clip": clip.clip_id,
            "watched": round(clip.watched_seconds, 1),
            "duration": round(clip.duration, 1),
            "complete": clip.completed_at is not None,
            "module_complete": status.complete,
        }
    )


@login_required
@require_GET
def certificate(request, pk):
    # Scoped to the owner: anyone else's certificate id is simply not found.
    certificate = get_object_or_404(Certificate.objects.filter(user=request.user), pk=pk)
    verify_url = request.build_absolute_uri(reverse("verify_certificate")) + f"?code={certificate.code}"
    response = HttpResponse(render_pdf(certificate, verify_url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


@require_GET
def verify(request):
    """Public: confirms a verification code, and shows only what the certificate itself states."""
    code = request.GET.get("code", "").strip().upper()
    if len(code) > 20:
        raise Http404
    found = Certificate.objects.filter(code=code).only("title", "hours", "issued_at", "code").first() if code else None
    return render(request, "learning/verify.html", {"code": code, "certificate": found})
