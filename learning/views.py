import string

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import CoursePage, ModulePage
from learning import extensions, journey, privacy, watching
from learning.certificates import render_pdf
from learning.models import Certificate, Enrolment, ModuleProgress
from learning.recording import record_progress_on_commit

# What a verification code may hold (learning.models.new_verification_code makes them; typing slips are looked up).
CODE_CHARACTERS = set(string.ascii_uppercase + string.digits + "-")


@login_required
@require_GET
def dashboard(request):
    context = {"dashboard": journey.dashboard(request.user), "sections": extensions.dashboard_sections(request)}
    return render(request, "learning/dashboard.html", context)


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
        # A course whose modules are all complete already (say, enrolled anew) is complete from now.
        record_progress_on_commit(request.user, ModulePage.objects.in_courses([course]))
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
    now = timezone.now()
    ModuleProgress.objects.filter(pk=progress.pk).update(read_at=Coalesce("read_at", now), last_seen_at=now)
    record_progress_on_commit(request.user, [module])
    return redirect(f"{module.url}#completion")


@login_required
@require_POST
def watch(request, module_id):
    """A watch report from the player; answers whether the clip now counts as watched, which is all it reads.

    The page's token proves the trainee may see the module (it is issued only to them, on a module open to
    them), so the module itself is not looked up: a report reads and writes one row.
    """
    try:
        ranges = watching.parse_ranges(request.POST.get("ranges", ""))
    except ValueError:
        return JsonResponse({"error": _("ranges must be JSON [[start, end], ...] in seconds")}, status=400)
    try:
        duration = watching.parse_duration(request.POST.get("duration"))
    except ValueError:
        return JsonResponse({"error": _("duration must be a number of seconds, zero or more")}, status=400)
    try:
        clip, newly_watched = watching.record_report(
            request.user, module_id, request.POST.get("token", ""), request.POST.get("clip", ""), ranges, duration
        )
    except watching.Refused as refusal:
        return JsonResponse({"error": str(refusal)}, status=403)
    if newly_watched:
        record_progress_on_commit(request.user, ModulePage.objects.live().filter(pk=module_id))
    return JsonResponse({"complete": clip.completed_at is not None})


@login_required
@require_POST
def seen(request, module_id):
    """The module page's beacon: the trainee has opened the module (for "continue where you left off").

    Sent by the page at most once every few minutes per module and recorded at most that often, with the page's
    token standing for the module being open to the trainee. Opening a page itself writes nothing.
    """
    try:
        watching.read_token(request.POST.get("token", ""), request.user, module_id)
    except watching.Refused as refusal:
        return JsonResponse({"error": str(refusal)}, status=403)
    journey.note_visit(request.user, module_id)
    return HttpResponse(status=204)


@login_required
@require_GET
def certificate(request, pk):
    # Scoped to the owner: anyone else's certificate id is simply not found.
    certificate = get_object_or_404(Certificate.objects.filter(user=request.user), pk=pk)
    verify_url = request.build_absolute_uri(reverse("verify_certificate")) + f"?code={certificate.code}"
    response = HttpResponse(render_pdf(certificate, verify_url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


def normalise_code(raw):
    """A code as people type it (any case, spaces for hyphens, or none) as codes are stored: ABCD-EFGH-JKMN."""
    code = "-".join(raw.upper().split())
    compact = code.replace("-", "")
    if len(compact) == 12 and compact.isalnum():
        return f"{compact[:4]}-{compact[4:8]}-{compact[8:]}"
    return code


@require_GET
def verify(request):
    """Public: confirms a verification code, and shows only what the certificate itself states."""
    code = normalise_code(request.GET.get("code", ""))
    if len(code) > 20:
        raise Http404
    # A code is letters, digits and hyphens: anything else (a NUL byte, which PostgreSQL cannot even compare)
    # matches no certificate, so it is not looked up; only its printable characters are shown back.
    if not set(code) <= CODE_CHARACTERS:
        shown = "".join(character for character in code if character.isprintable())
        return render(request, "learning/verify.html", {"code": shown, "malformed": True})
    found = (
        Certificate.objects.filter(code=code)
        .select_related("user")
        .only(
            "title",
            "hours",
            "issued_at",
            "code",
            "holder_name",
            "accrediting_body",
            "approval_number",
            "revoked_at",
            "revocation_reason",
            "user__username",
            "user__is_active",
        )
        .first()
        if code
        else None
    )
    erased = found is not None and privacy.holder_erased(found)
    return render(request, "learning/verify.html", {"code": code, "certificate": found, "erased": erased})
