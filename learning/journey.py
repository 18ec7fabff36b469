"""What the pages and the dashboard show of a trainee's own journey. Everything here is scoped to one user."""

from dataclasses import dataclass

from django.utils import timezone

from courses.models import ModulePage
from learning.certificates import issue_for_course, issue_for_goal
from learning.completion import course_progress, module_statuses
from learning.crosstraining import Meter, goal_for, meter_from
from learning.models import Certificate, Enrolment, ModuleProgress
from learning.watching import issue_token
from quizzes.models import Attempt
from quizzes.models.attempts import AttemptStatus

RECENT_RESULTS = 5


def enrolment_in(user, course):
    if not user.is_authenticated or course is None:
        return None
    return Enrolment.objects.of(user).filter(course=course).first()


def earlier_modules(module):
    return list(ModulePage.objects.sibling_of(module).live().filter(path__lt=module.path).order_by("path"))


def must_come_first(user, module, course, statuses=None):
    """The earlier modules still to complete, in an ordered course; [] when the module may open."""
    if not course.require_order:
        return []
    earlier = earlier_modules(module)
    statuses = statuses or module_statuses(user, earlier)
    return [m for m in earlier if not statuses[m.pk].complete]


def note_visit(user, module):
    """Remember when the trainee last opened the module (for "continue where you left off")."""
    now = timezone.now()
    if not ModuleProgress.objects.filter(user=user, module=module).update(last_seen_at=now):
        ModuleProgress.objects.get_or_create(user=user, module=module, defaults={"last_seen_at": now})


def module_context(request, module, course):
    """The trainee's own status on a module page; nothing for visitors, previews or trainees not enrolled."""
    user = request.user
    if getattr(request, "is_preview", False) or not user.is_authenticated:
        return {}
    enrolment = enrolment_in(user, course)
    if enrolment is None:
        return {"enrolment": None, "can_enrol": course is not None}
    modules = [*earlier_modules(module), module] if course.require_order else [module]
    blocked = must_come_first(user, module, course, module_statuses(user, modules[:-1]))
    if blocked:
        return {"enrolment": enrolment, "must_come_first": blocked}
    note_visit(user, module)
    status = module_statuses(user, [module])[module.pk]
    return {"enrolment": enrolment, "status": status, "watch_token": issue_token(user, module)}


def course_context(request, course, modules):
    """The trainee's own progress on a course page: enrolment, each module's status, what is locked."""
    user = request.user
    if getattr(request, "is_preview", False) or not user.is_authenticated:
        return {}
    enrolment = enrolment_in(user, course)
    if enrolment is None:
        return {"enrolment": None, "can_enrol": True}
    enrolment.course = course
    statuses = module_statuses(user, modules)
    progress = course_progress([enrolment], statuses, modules)[0]
    issue_for_course(user, progress)
    blocked = False
    for module in modules:
        module.status = statuses[module.pk]
        module.locked = blocked
        blocked = blocked or (course.require_order and not module.status.complete)
    return {"enrolment": enrolment, "progress": progress}


@dataclass
class Dashboard:
    courses: list  # [CourseProgress]
    meter: Meter
    certificates: list
    recent_results: list
    awaiting_marking: list


def dashboard(user):
    """Everything on the trainee's dashboard, in a fixed number of queries whatever the number of courses."""
    enrolments = list(
        Enrolment.objects.of(user).filter(course__live=True).select_related("course").order_by("enrolled_at", "pk")
    )
    goal, goal_ids = goal_for(user)
    in_courses = ModulePage.objects.in_courses([enrolment.course for enrolment in enrolments])
    goal_modules = ModulePage.objects.live().filter(pk__in=goal_ids)
    modules = list((in_courses | goal_modules).order_by("path")) if enrolments or goal_ids else []
    statuses = module_statuses(user, modules)
    courses = course_progress(enrolments, statuses, modules)
    meter = meter_from(goal, goal_ids, statuses) if goal else Meter(None)
    certificates = list(Certificate.objects.filter(user=user).order_by("-issued_at", "-pk"))
    certified_courses = {c.course_id for c in certificates}
    certified_goals = {c.goal_id for c in certificates}
    issued = [issue_for_course(user, p) for p in courses if p.complete and p.course.pk not in certified_courses]
    if meter.complete and goal.pk not in certified_goals:
        issued.append(issue_for_goal(user, meter))
    certificates = [*issued, *certificates]
    by_course = {c.course_id: c for c in certificates if c.course_id}
    for progress in courses:
        progress.certificate = by_course.get(progress.course.pk)
    meter.certificate = next((c for c in certificates if goal and c.goal_id == goal.pk), None)
    attempts = Attempt.objects.filter(user=user).select_related("quiz")
    return Dashboard(
        courses=courses,
        meter=meter,
        certificates=certificates,
        recent_results=list(
            attempts.filter(status=AttemptStatus.FINISHED).order_by("-finished_at", "-pk")[:RECENT_RESULTS]
        ),
        awaiting_marking=list(attempts.filter(status=AttemptStatus.NEEDS_MARKING).order_by("-finished_at", "-pk")),
    )
