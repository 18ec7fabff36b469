"""LTI Advantage services we call on the platform: grades to its gradebook (AGS), its roster into our cohort (NRPS)."""

from datetime import UTC

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.grade import Grade
from pylti1p3.names_roles import NamesRolesProvisioningService
from pylti1p3.service_connector import ServiceConnector

from accounts import roles
from interop import lti
from interop.models import Delivery, GradeSubmission, LtiAccount, ResourceLink, TargetKind
from learning.models import ModuleProgress

SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


def queue_grade(link, account, source, score_given, score_maximum, when, grading_progress="FullyGraded"):
    """Queue a score for `link`'s column; the same score from the same source is queued once."""
    grade, created = GradeSubmission.objects.get_or_create(
        resource_link=link,
        account=account,
        source=source,
        defaults={
            "timestamp": when,
            "score_given": score_given,
            "score_maximum": score_maximum,
            "grading_progress": grading_progress,
        },
    )
    return grade if created else None


def links_for(user, kind, target_ids):
    """The placements of these targets in platforms' courses where `user` is a trainee, with their account there."""
    found = []
    links = (
        ResourceLink.objects.filter(kind=kind, target_id__in=target_ids, context__cohort__trainees=user)
        .exclude(lineitem_url="")
        .select_related("context__platform")
    )
    accounts = {a.platform_id: a for a in LtiAccount.objects.filter(user=user)}
    for link in links:
        account = accounts.get(link.context.platform_id)
        if account is not None and SCORE_SCOPE in link.scopes:
            found.append((link, account))
    return found


def queue_attempt(attempt):
    grading = "PendingManual" if attempt.passed is None else "FullyGraded"
    maximum = attempt.max_score if attempt.max_score > 0 else 1
    grades = []
    for link, account in links_for(attempt.user, TargetKind.QUIZ, [attempt.quiz_id]):
        grade = queue_grade(
            link,
            account,
            f"attempt:{attempt.pk}:{attempt.score}/{maximum}:{grading}",
            attempt.score,
            maximum,
            timezone.now(),
            grading_progress=grading,
        )
        if grade:
            grades.append(grade)
    return grades


def queue_modules(user, completed):
    """Queue a full score for each module of `completed` ({module id: completion time}) placed in a platform's
    course `user` takes, unless it is queued already; returns the grades queued now.

    A fixed number of queries however many modules and placements: the sweep (`queue_completed_modules`) may
    queue the same grade at the same moment, so a row that appears meanwhile is left as it is.
    """
    found = links_for(user, TargetKind.MODULE, list(completed))
    if not found:
        return []
    sources = {f"module:{module_id}" for module_id in completed}
    queued = set(
        GradeSubmission.objects.filter(resource_link__in=[link for link, _ in found], source__in=sources).values_list(
            "resource_link_id", "account_id"
        )
    )
    new = [
        GradeSubmission(
            resource_link=link,
            account=account,
            source=f"module:{link.target_id}",
            score_given=1,
            score_maximum=1,
            timestamp=completed[link.target_id],
        )
        for link, account in found
        if (link.pk, account.pk) not in queued
    ]
    if not new:
        return []
    GradeSubmission.objects.bulk_create(new, ignore_conflicts=True)
    wanted = {(grade.resource_link_id, grade.account_id, grade.source) for grade in new}
    rows = GradeSubmission.objects.filter(
        resource_link__in=[grade.resource_link_id for grade in new], source__in=sources, status=Delivery.QUEUED
    )
    return [row for row in rows if (row.resource_link_id, row.account_id, row.source) in wanted]


def queue_completed_modules():
    """Queue a full score for each completed module placed in a platform's course and not yet graded there.

    The catch-up for `queue_modules`, which runs as the module is completed: a grade it could not queue (the
    process stopped in between) is queued here. A few queries per placement with a gradebook column, whatever the
    number of trainees.
    """
    grades = []
    links = (
        ResourceLink.objects.filter(kind=TargetKind.MODULE)
        .exclude(lineitem_url="")
        .select_related("context__cohort", "context__platform")
    )
    for link in links:
        if SCORE_SCOPE not in link.scopes:
            continue
        graded = set(GradeSubmission.objects.filter(resource_link=link).values_list("account_id", flat=True))
        accounts = {
            a.user_id: a
            for a in LtiAccount.objects.filter(platform=link.context.platform, user__cohorts=link.context.cohort)
        }
        done = ModuleProgress.objects.filter(
            module_id=link.target_id, completed_at__isnull=False, user_id__in=accounts.keys()
        ).values_list("user_id", "completed_at")
        for user_id, completed_at in done:
            account = accounts[user_id]
            if account.pk not in graded:
                grade = queue_grade(link, account, f"module:{link.target_id}", 1, 1, completed_at)
                if grade:
                    grades.append(grade)
    return grades


def send_grade(grade):
    """Post one score to its platform; raises on refusal (the task retries)."""
    link = grade.resource_link
    connector = ServiceConnector(lti.registration_for(link.context.platform))
    ags = AssignmentsGradesService(connector, {"scope": link.scopes, "lineitem": link.lineitem_url})
    score = (
        Grade()
        .set_score_given(float(grade.score_given))
        .set_score_maximum(float(grade.score_maximum))
        .set_activity_progress(grade.activity_progress)
        .set_grading_progress(grade.grading_progress)
        .set_timestamp(grade.timestamp.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"))
        .set_user_id(grade.account.sub)
    )
    ags.put_grade(score)


def sync_roster(context):
    """Bring the platform course's roster into its cohort: members added with their role, those gone removed.

    Returns (added, removed). Only people active on the platform count; instructors supervise.
    """
    connector = ServiceConnector(lti.registration_for(context.platform))
    members = NamesRolesProvisioningService(
        connector, {"context_memberships_url": context.memberships_url}
    ).get_members()
    cohort = context.cohort
    supervisors = Group.objects.get(name=roles.SUPERVISORS)
    trainees = Group.objects.get(name=roles.TRAINEES)
    active_trainees, active_supervisors = set(), set()
    with transaction.atomic():
        for member in members:
            sub = str(member.get("user_id") or "")[:255]
            if not sub or member.get("status", "Active") != "Active":
                continue
            account = lti.account_for(
                context.platform, sub, member.get("given_name") or "", member.get("family_name") or ""
            )
            instructor = any(role.endswith(lti.INSTRUCTOR_ROLES) for role in member.get("roles", []))
            learner = any(role.endswith(lti.LEARNER_ROLES) for role in member.get("roles", []))
            if instructor:
                active_supervisors.add(account.user_id)
                account.user.groups.add(supervisors)
            elif learner:
                active_trainees.add(account.user_id)
                account.user.groups.add(trainees)
        platform_users = set(LtiAccount.objects.filter(platform=context.platform).values_list("user_id", flat=True))
        current = set(cohort.trainees.values_list("pk", flat=True))
        gone = (current & platform_users) - active_trainees
        added = active_trainees - current
        cohort.trainees.add(*added)
        cohort.trainees.remove(*gone)
        cohort.supervisors.add(*active_supervisors)
        cohort.supervisors.remove(
            *((set(cohort.supervisors.values_list("pk", flat=True)) & platform_users) - active_supervisors)
        )
        context.roster_synced_at = timezone.now()
        context.save(update_fields=["roster_synced_at"])
    return len(added), len(gone)


def due(model, now=None):
    """The rows of an outbox model to send now: never tried, or failed and past their next try."""
    now = now or timezone.now()
    return model.objects.filter(Q(status=Delivery.QUEUED) | Q(status=Delivery.FAILING, next_try_at__lte=now))


def due_grades(now=None):
    return due(GradeSubmission, now)
