"""The LTI 1.3 tool's endpoints: key set, dynamic registration's start, login initiation, launch, deep linking,
roster sync.

Every refusal is a page that says what happened (400 for a malformed request, 403 for one we will not
accept), never a server error.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.exception import LtiException, LtiServiceException, OIDCException

from courses.models import ModulePage
from interop import keys, lti, services
from interop.middleware import SESSION_ORIGINS
from interop.models import LtiContext, TargetKind, origin_of
from quizzes.models import Quiz

SESSION_DEEP_LINK = "lti_deep_link"


def refuse(request, refusal):
    return render(request, "interop/refused.html", {"message": refusal.message}, status=refusal.status)


@require_GET
def jwks(request):
    return JsonResponse(keys.key_set())


@require_GET
def registration_start(request):
    """Where a platform starts dynamic registration, often in a frame of its own page.

    Our admin is never framed and our session cookie is not sent in another site's frame, so the administrator
    confirms in a window of its own (`admin_views.dynamic_registration`); this page, framed by the platform's
    origin only, passes the platform's parameters on, and its close message back (``registration.js``).
    """
    url = request.GET.get("openid_configuration", "").strip()
    origin = origin_of(url) if url.startswith("https://") else ""
    if not origin:
        return refuse(
            request,
            lti.LaunchRefused(_("The platform did not say where its configuration is (openid_configuration)."), 400),
        )
    query = urlencode({"openid_configuration": url, "registration_token": request.GET.get("registration_token", "")})
    response = render(request, "interop/register_start.html", {"admin_url": f"{reverse('interop_register')}?{query}"})
    response._csp_replace = {"frame-ancestors": ["'self'", origin]}
    response.xframe_options_exempt = True
    return response


@csrf_exempt
@require_http_methods(["GET", "POST"])
def login_initiation(request):
    """Third-party initiated login: send the browser to the platform's authentication with a state and nonce."""
    try:
        return lti.oidc_login(request).redirect(request.build_absolute_uri(reverse("interop:launch")))
    except (OIDCException, LtiException) as error:
        return refuse(request, lti.refusal_for(error))


@csrf_exempt
@require_POST
def launch(request):
    """The platform's id_token, checked; the person signed in and taken to the activity, or to deep linking."""
    message = lti.message_launch(request)
    try:
        data = message.get_launch_data()
    except (LtiException, OIDCException) as error:
        return refuse(request, lti.refusal_for(error))
    platform = lti.platform_of(data)
    if platform is None:
        return refuse(request, lti.LaunchRefused(_("This site does not know the platform you came from.")))
    try:
        lti.use_nonce(platform, str(data.get("nonce"))[:255])
        instructor = lti.is_instructor(data)
        if not instructor and not lti.is_learner(data):
            raise lti.LaunchRefused(
                _("Your role in this course (neither learner nor instructor) cannot use this tool.")
            )
        context = lti.context_for(platform, data)
        target = None
        if message.is_resource_launch():
            target = lti.resolve_target(request, data.get(lti.TARGET_LINK_CLAIM))
            if target is None:
                raise lti.LaunchRefused(_("The activity links to a page this site does not have."), status=400)
        elif not message.is_deep_link_launch():
            raise lti.LaunchRefused(_("This kind of launch is not supported."), status=400)
        elif not instructor:
            raise lti.LaunchRefused(_("Only instructors can choose what to place in the course."))
        account = lti.account_for(
            platform,
            str(data["sub"])[:255],
            str(data.get("given_name") or ""),
            str(data.get("family_name") or ""),
        )
    except lti.LaunchRefused as refusal:
        return refuse(request, refusal)
    lti.place_in_cohort(account.user, context.cohort, instructor)
    account.last_launch_at = timezone.now()
    account.save(update_fields=["last_launch_at"])
    login(request, account.user, backend="django.contrib.auth.backends.ModelBackend")
    request.session[SESSION_ORIGINS] = platform.origins()
    if target is None:
        request.session[SESSION_DEEP_LINK] = message.get_launch_id()
        return redirect("interop:deep_link")
    kind, page = target
    link = lti.record_resource_link(context, data, kind, page)
    if kind in (TargetKind.MODULE, TargetKind.COURSE):
        course = page if kind == TargetKind.COURSE else page.get_parent().specific
        context.cohort.courses.add(course)
    if instructor:
        return redirect(f"{reverse('interop:context', kwargs={'pk': context.pk})}?activity={link.pk}")
    return redirect(lti.target_url(link.kind, page))


def _deep_link_launch(request):
    launch_id = request.session.get(SESSION_DEEP_LINK)
    if not launch_id:
        return None
    try:
        return lti.restored_launch(request, launch_id)
    except LtiException:
        return None


@login_required
@require_http_methods(["GET", "POST"])
def deep_link(request):
    """An instructor picks our modules and quizzes; we return them, signed, to the platform."""
    message = _deep_link_launch(request)
    if message is None:
        return refuse(
            request,
            lti.LaunchRefused(_("No choice of activities is open. Start again from your course on the platform."), 400),
        )
    modules = list(ModulePage.objects.live().public().order_by("path"))
    quizzes = list(Quiz.objects.published().order_by("title"))
    if request.method == "POST":
        chosen_modules = [m for m in modules if str(m.pk) in request.POST.getlist("module")]
        chosen_quizzes = [q for q in quizzes if str(q.pk) in request.POST.getlist("quiz")]
        if not chosen_modules and not chosen_quizzes:
            messages.error(request, _("Choose at least one module or quiz."))
        else:
            resources = [
                DeepLinkResource().set_url(request.build_absolute_uri(m.url)).set_title(m.title) for m in chosen_modules
            ] + [
                DeepLinkResource().set_url(request.build_absolute_uri(q.get_absolute_url())).set_title(q.title)
                for q in chosen_quizzes
            ]
            deep_link = message.get_deep_link()
            return_url = message.get_launch_data()[
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
            ]["deep_link_return_url"]
            del request.session[SESSION_DEEP_LINK]
            response = render(
                request,
                "interop/deep_link_return.html",
                {"return_url": return_url, "jwt": deep_link.get_response_jwt(resources), "count": len(resources)},
            )
            response._csp_update = {"form-action": [return_url]}
            return response
    return render(request, "interop/deep_link.html", {"modules": modules, "quizzes": quizzes})


def supervises(user, context):
    return user.is_superuser or context.cohort.supervisors.filter(pk=user.pk).exists()


@login_required
@require_POST
def sync_roster(request, pk):
    """An instructor (a supervisor of the course's cohort) brings the platform's roster into the cohort."""
    context = get_object_or_404(LtiContext.objects.select_related("platform", "cohort"), pk=pk)
    if not supervises(request.user, context):
        return refuse(request, lti.LaunchRefused(_("Only the course's supervisors can sync its roster.")))
    if not context.memberships_url:
        return refuse(request, lti.LaunchRefused(_("The platform offers no roster for this course."), status=400))
    try:
        added, removed = services.sync_roster(context)
    except (LtiException, LtiServiceException) as error:
        messages.error(request, _("The platform refused the roster request: %(error)s") % {"error": str(error)[:300]})
    else:
        messages.success(
            request,
            _("Roster synced: %(added)d added, %(removed)d removed.") % {"added": added, "removed": removed},
        )
    return redirect("interop:context", pk=context.pk)


@login_required
@require_GET
def context_page(request, pk):
    context = get_object_or_404(LtiContext.objects.select_related("platform", "cohort"), pk=pk)
    if not supervises(request.user, context):
        return refuse(request, lti.LaunchRefused(_("Only the course's supervisors can see this page.")))
    activity = (
        context.resource_links.filter(pk=request.GET.get("activity") or 0).first()
        if (request.GET.get("activity", "").isdigit())
        else None
    )
    return render(
        request,
        "interop/context.html",
        {
            "context": context,
            "trainee_count": context.cohort.trainees.count(),
            "activity_url": lti.link_url(activity) if activity else "",
        },
    )
