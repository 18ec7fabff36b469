"""LTI 1.3 on top of pylti1p3: our registrations, the launch's checks, and who a launch signs in.

pylti1p3 checks the OIDC state, the id_token's signature against the platform's key set, its expiry, audience,
deployment and message type. On top of it, here: a nonce is accepted once (`UsedNonce`), an inactive
platform is refused, and the platform's user becomes one of our accounts with the role the platform gives
them in that course (learner → trainee of the course's cohort, instructor → its supervisor).
"""

import hashlib
from datetime import timedelta
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import gettext as _
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoMessageLaunch, DjangoOIDCLogin
from pylti1p3.deployment import Deployment
from pylti1p3.registration import Registration
from pylti1p3.tool_config.abstract import ToolConfAbstract
from wagtail.models import Page, Site

from accounts import roles
from courses.models import CoursePage, ModulePage
from interop import keys
from interop.models import LtiAccount, LtiContext, Platform, ResourceLink, TargetKind, UsedNonce
from learning.models import Cohort
from quizzes.models import Quiz

ROLES_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/roles"
CONTEXT_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/context"
RESOURCE_LINK_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/resource_link"
TARGET_LINK_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/target_link_uri"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
INSTRUCTOR_ROLES = ("#Instructor", "#TeachingAssistant", "#Administrator", "#ContentDeveloper")
LEARNER_ROLES = ("#Learner", "#Student")
NONCE_DAYS = 2


class LaunchRefused(Exception):
    """A launch we refuse, with what the person sees and the status code (400 or 403)."""

    def __init__(self, message, status=403):
        super().__init__(message)
        self.message = message
        self.status = status


class ToolConf(ToolConfAbstract):
    """pylti1p3's view of our registrations: the active platforms, signed with our current key."""

    def check_iss_has_one_client(self, iss):
        return False

    def check_iss_has_many_clients(self, iss):
        return True

    def _platform(self, iss, client_id):
        platforms = Platform.objects.filter(issuer=iss, active=True)
        if client_id:
            return platforms.filter(client_id=client_id).first()
        found = list(platforms[:2])
        return found[0] if len(found) == 1 else None

    def find_registration_by_issuer(self, iss, *args, **kwargs):
        return self.find_registration_by_params(iss, None)

    def find_registration_by_params(self, iss, client_id, *args, **kwargs):
        platform = self._platform(iss, client_id)
        return registration_for(platform) if platform else None

    def find_deployment(self, iss, deployment_id):
        return None

    def find_deployment_by_params(self, iss, deployment_id, client_id, *args, **kwargs):
        platform = self._platform(iss, client_id)
        if platform is None or deployment_id not in platform.deployment_id_list():
            return None
        return Deployment().set_deployment_id(deployment_id)


def registration_for(platform):
    key = keys.signing_key()
    registration = Registration()
    registration.set_issuer(platform.issuer).set_client_id(platform.client_id)
    registration.set_key_set_url(platform.key_set_url)
    registration.set_auth_login_url(platform.auth_login_url).set_auth_token_url(platform.auth_token_url)
    if platform.auth_audience:
        registration.set_auth_audience(platform.auth_audience)
    registration.set_tool_private_key(key.private_pem).set_tool_public_key(key.public_pem)
    return registration


def storage():
    return DjangoCacheDataStorage()


def oidc_login(request):
    return DjangoOIDCLogin(request, ToolConf(), launch_data_storage=storage())


def message_launch(request):
    return DjangoMessageLaunch(request, ToolConf(), launch_data_storage=storage())


def restored_launch(request, launch_id):
    return DjangoMessageLaunch.from_cache(launch_id, request, ToolConf(), launch_data_storage=storage())


def refusal_for(error):
    """What to tell someone whose launch pylti1p3 refused (its messages are for developers)."""
    text = str(error)
    if "Registration not found" in text or "Could not find registration" in text or "Client id not" in text:
        return LaunchRefused(
            _("This site does not know the platform you came from. Ask your administrator to register it.")
        )
    if "deployment" in text.lower():
        return LaunchRefused(
            _("This placement of the tool is not registered here. Ask your administrator to add its deployment id.")
        )
    if "expired" in text.lower():
        return LaunchRefused(_("The launch has expired. Go back to your course and open the activity again."))
    if "Can't decode id_token" in text or "public key" in text:
        return LaunchRefused(_("The launch's signature could not be verified, so it was refused."))
    if "State not found" in text or "state" in text.lower() or "Nonce" in text:
        return LaunchRefused(
            _(
                "The launch did not come from a sign-in this browser started. "
                "Go back to your course and open the activity again."
            ),
            status=400,
        )
    return LaunchRefused(_("The launch request was incomplete or malformed."), status=400)


def platform_of(launch_data):
    aud = launch_data.get("aud")
    client_id = aud[0] if isinstance(aud, list) else aud
    return ToolConf()._platform(launch_data.get("iss"), client_id)


def use_nonce(platform, nonce):
    """Accept the id_token's nonce once; a replayed token is refused."""
    UsedNonce.objects.filter(used_at__lt=timezone.now() - timedelta(days=NONCE_DAYS)).delete()
    try:
        with transaction.atomic():
            UsedNonce.objects.create(platform=platform, nonce=nonce)
    except IntegrityError:
        raise LaunchRefused(
            _("This launch has been used already. Go back to your course and open the activity again.")
        ) from None


def is_instructor(launch_data):
    return any(role.endswith(INSTRUCTOR_ROLES) for role in launch_data.get(ROLES_CLAIM, []))


def is_learner(launch_data):
    return any(role.endswith(LEARNER_ROLES) for role in launch_data.get(ROLES_CLAIM, []))


def username_for(platform, sub):
    digest = hashlib.sha256(f"{platform.pk}:{sub}".encode()).hexdigest()[:20]
    return f"lti-{digest}"


def account_for(platform, sub, given_name="", family_name="", email=""):
    """Our user for the platform's `sub`, created on first sight; the names follow the platform."""
    link = LtiAccount.objects.select_related("user").filter(platform=platform, sub=sub).first()
    if link is None:
        with transaction.atomic():
            user, _created = get_user_model().objects.get_or_create(
                username=username_for(platform, sub),
                defaults={"first_name": given_name[:150], "last_name": family_name[:150], "email": email[:254]},
            )
            if _created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            link, _created = LtiAccount.objects.get_or_create(platform=platform, sub=sub, defaults={"user": user})
    user = link.user
    changed = {
        field: value[:150]
        for field, value in (("first_name", given_name), ("last_name", family_name))
        if value and getattr(user, field) != value[:150]
    }
    if changed:
        for field, value in changed.items():
            setattr(user, field, value)
        user.save(update_fields=list(changed))
    return link


def cohort_name(platform, context_id, title):
    base = (title or context_id)[:80]
    return f"{base} ({platform.name[:20]}, {hashlib.sha256(context_id.encode()).hexdigest()[:6]})"


def context_for(platform, launch_data):
    claim = launch_data.get(CONTEXT_CLAIM) or {}
    context_id = str(claim.get("id") or "")[:255]
    if not context_id:
        raise LaunchRefused(_("The launch names no course on the platform."), status=400)
    title = str(claim.get("title") or claim.get("label") or "")[:255]
    context = LtiContext.objects.select_related("cohort").filter(platform=platform, context_id=context_id).first()
    if context is None:
        with transaction.atomic():
            cohort, _created = Cohort.objects.get_or_create(
                name=cohort_name(platform, context_id, title), defaults={"starts_on": timezone.localdate()}
            )
            context, _created = LtiContext.objects.get_or_create(
                platform=platform, context_id=context_id, defaults={"title": title, "cohort": cohort}
            )
    memberships_url = (launch_data.get(NRPS_CLAIM) or {}).get("context_memberships_url", "")[:500]
    if (memberships_url and memberships_url != context.memberships_url) or (title and title != context.title):
        context.memberships_url = memberships_url or context.memberships_url
        context.title = title or context.title
        context.save(update_fields=["memberships_url", "title"])
    return context


def place_in_cohort(user, cohort, instructor):
    """Instructors supervise the course's cohort; learners are its trainees (and so enrolled in its courses)."""
    if instructor:
        user.groups.add(Group.objects.get(name=roles.SUPERVISORS))
        cohort.supervisors.add(user)
    else:
        user.groups.add(Group.objects.get(name=roles.TRAINEES))
        cohort.trainees.add(user)


def resolve_target(request, uri):
    """(kind, object) for a target link: a live module or course page of this site, or a quiz; None otherwise."""
    parts = urlsplit(uri or "")
    if parts.netloc and parts.netloc != request.get_host():
        return None
    path = parts.path or "/"
    try:
        match = resolve(path)
    except Resolver404:
        match = None
    if match is not None and match.namespace == "quizzes" and match.url_name in {"detail", "take", "start"}:
        quiz = Quiz.objects.published().filter(slug=match.kwargs["slug"]).first()
        return (TargetKind.QUIZ, quiz) if quiz else None
    site = Site.find_for_request(request)
    if site is None:
        return None
    relative = path.strip("/")
    url_path = site.root_page.url_path + (f"{relative}/" if relative else "")
    page = Page.objects.live().public().filter(url_path=url_path).specific().first()
    if isinstance(page, ModulePage):
        return TargetKind.MODULE, page
    if isinstance(page, CoursePage):
        return TargetKind.COURSE, page
    return None


def target_url(kind, target):
    return target.get_absolute_url() if kind == TargetKind.QUIZ else target.url


def link_url(link):
    """Where a placement opens, or "" if its module, course or quiz is gone."""
    if link.kind == TargetKind.QUIZ:
        target = Quiz.objects.published().filter(pk=link.target_id).first()
    else:
        target = Page.objects.live().filter(pk=link.target_id).specific().first()
    return target_url(link.kind, target) if target else ""


def record_resource_link(context, launch_data, kind, target):
    """The placement and its gradebook column (when the platform offers grade passback)."""
    link_id = str((launch_data.get(RESOURCE_LINK_CLAIM) or {}).get("id") or "")[:255]
    if not link_id:
        raise LaunchRefused(_("The launch names no activity on the platform."), status=400)
    ags = launch_data.get(AGS_CLAIM) or {}
    link, _created = ResourceLink.objects.update_or_create(
        context=context,
        resource_link_id=link_id,
        defaults={
            "kind": kind,
            "target_id": target.pk,
            "lineitem_url": str(ags.get("lineitem") or "")[:500],
            "scopes": list(ags.get("scope") or []),
        },
    )
    return link
