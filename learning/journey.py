"""What the pages and the dashboard show of a trainee's own journey. Everything here is scoped to one user.

Showing only reads: what the trainee's work completes is recorded where the work happens
(`learning.recording`). The one write here, `note_visit`, answers the module page's beacon (a POST).
"""

import datetime
import hashlib
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import ModulePage
from courses.page_cache import remember
from learning.completion import CourseProgress, ModuleStatus, course_progress, module_statuses
from learning.crosstraining import Meter, goal_for, meter_from
from learning.models import Certificate, Enrolment, ModuleProgress
from learning.watching import issue_token
from quizzes.access import QuizAccess
from quizzes.models import Attempt
from quizzes.models.attempts import AttemptStatus

RECENT_RESULTS = 5
# How often opening a module is recorded at most: "continue where you left off" needs no finer clock.
VISIT_EVERY = datetime.timedelta(minutes=5)


def enrolment_in(user, course):
    if not user.is_authenticated or course is None:
        return None
    return Enrolment.objects.of(user).filter(course=course).first()


def earlier_modules(module, with_requirements=False):
    earlier = ModulePage.objects.sibling_of(module).live().filter(path__lt=module.path).order_by("path")
    return list(earlier.with_requirements() if with_requirements else earlier)


def must_come_first(user, module, course, statuses=None, earlier=None):
    """The earlier modules still to complete, in an ordered course; [] when the module may open.

    `earlier`: the module's earlier live modules when the caller has them (remembered, as `quiz_openings` keeps them).
    """
    if not course.require_order:
        return []
    earlier = earlier_modules(module) if earlier is None else earlier
    statuses = statuses or module_statuses(user, earlier)
    return [m for m in earlier if not statuses[m.pk].complete]


def note_visit(user, module_id, now=None):
    """Remember when the trainee last opened the module, at most once every VISIT_EVERY (two queries at most)."""
    now = now or timezone.now()
    stale = Q(last_seen_at__isnull=True) | Q(last_seen_at__lt=now - VISIT_EVERY)
    if not ModuleProgress.objects.filter(stale, user=user, module_id=module_id).update(last_seen_at=now):
        # No row yet (the first visit), or one seen a moment ago, which stays as it is.
        ModuleProgress.objects.bulk_create(
            [ModuleProgress(user=user, module_id=module_id, last_seen_at=now)], ignore_conflicts=True
        )


def _shows_journey(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated and not getattr(request, "is_preview", False)


@dataclass
class ModuleJourney:
    """The trainee's own status on a module page; empty for visitors, previews and trainees not enrolled."""

    enrolment: Enrolment | None = None
    can_enrol: bool = False
    must_come_first: list = field(default_factory=list)  # [ModulePage] still to complete, in an ordered course
    status: ModuleStatus | None = None
    watch_token: str = ""  # for the player's watch reports and the page's visit beacon


def module_journey(request, module, course):
    if not _shows_journey(request):
        return ModuleJourney()
    user = request.user
    enrolment = enrolment_in(user, course)
    if enrolment is None:
        return ModuleJourney(can_enrol=course is not None)
    earlier = earlier_modules(module) if course.require_order else []
    statuses = module_statuses(user, [*earlier, module])
    blocked = [m for m in earlier if not statuses[m.pk].complete]
    if blocked:
        return ModuleJourney(enrolment, must_come_first=blocked)
    return ModuleJourney(enrolment, status=statuses[module.pk], watch_token=issue_token(user, module))


@dataclass
class ModuleLine:
    module: ModulePage
    status: ModuleStatus | None = None  # None for visitors and trainees not enrolled
    locked: bool = False  # waiting on earlier modules, in an ordered course


@dataclass
class CourseJourney:
    """The trainee's own progress on a course page: enrolment, each module's status, what is locked."""

    lines: list  # [ModuleLine], one for each module in course order
    enrolment: Enrolment | None = None
    can_enrol: bool = False
    progress: CourseProgress | None = None


def course_journey(request, course, modules):
    if not _shows_journey(request):
        return CourseJourney([ModuleLine(module) for module in modules])
    user = request.user
    enrolment = enrolment_in(user, course)
    if enrolment is None:
        return CourseJourney([ModuleLine(module) for module in modules], can_enrol=True)
    enrolment.course = course
    statuses = module_statuses(user, modules)
    lines, blocked = [], False
    for module in modules:
        lines.append(ModuleLine(module, statuses[module.pk], blocked))
        blocked = blocked or (course.require_order and not statuses[module.pk].complete)
    progress = course_progress([enrolment], statuses, modules)[0]
    return CourseJourney(lines, enrolment, progress=progress)


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
    modules = dashboard_modules([enrolment.course for enrolment in enrolments], goal_ids)
    statuses = module_statuses(user, modules)
    courses = course_progress(enrolments, statuses, modules)
    meter = meter_from(goal, goal_ids, statuses) if goal else Meter(None)
    certificates = certificates_of(user)
    by_course = {c.course_id: c for c in certificates if c.course_id}
    for progress in courses:
        progress.certificate = by_course.get(progress.course.pk)
    meter.certificate = next((c for c in certificates if goal and c.goal_id == goal.pk), None)
    # The latest finished results and every attempt awaiting marking, in one query.
    latest = Attempt.objects.filter(user=user, status=AttemptStatus.FINISHED).order_by("-finished_at", "-pk")
    shown = list(
        Attempt.objects.filter(user=user)
        .filter(Q(status=AttemptStatus.NEEDS_MARKING) | Q(pk__in=latest.values("pk")[:RECENT_RESULTS]))
        .select_related("quiz")
        .order_by("-finished_at", "-pk")
    )
    return Dashboard(
        courses=courses,
        meter=meter,
        certificates=certificates,
        recent_results=[attempt for attempt in shown if attempt.status == AttemptStatus.FINISHED],
        awaiting_marking=[attempt for attempt in shown if attempt.status == AttemptStatus.NEEDS_MARKING],
    )


def dashboard_modules(courses, goal_ids):
    """The live modules of `courses` and of the cross-training goal, in tree order, remembered until the next publish.

    What each module asks comes from its requirements index, not its body (courses.ModuleRequirements), which a
    publish rebuilds; a publish, unpublish, move or deletion of a page, or a goal changed, purges what is remembered.
    """
    if not courses and not goal_ids:
        return []

    def read():
        in_courses = ModulePage.objects.in_courses(courses)
        goal_modules = ModulePage.objects.live().filter(pk__in=goal_ids)
        return list((in_courses | goal_modules).with_requirements().order_by("path"))

    wanted = f"{sorted(course.pk for course in courses)}:{sorted(goal_ids)}"
    return remember(f"dashboard-modules:{hashlib.sha256(wanted.encode()).hexdigest()}", read)


def certificates_of(user):
    """The user's certificates, newest first; read once per request (the dashboard's sections reuse the list)."""
    memo = getattr(user, "_learning_certificates", None)
    if memo is None:
        memo = list(Certificate.objects.filter(user=user).order_by("-issued_at", "-pk"))
        user._learning_certificates = memo
    return memo


def quiz_openings(quiz):
    """[(module, course, earlier live modules when the course keeps an order)] of the live modules placing `quiz`.

    Every question page and answer of a quiz asks who may take it: what only changes on publish (the quiz's
    placements are rebuilt then, a course's order and a module's liveness are published) is remembered.
    """

    def read():
        found = []
        modules = ModulePage.objects.live().filter(quiz_placements__quiz=quiz).defer_streamfields().order_by("path")
        for module in modules:
            course = module.course
            if course is not None:
                earlier = earlier_modules(module, with_requirements=True) if course.require_order else []
                found.append((module, course, earlier))
        return found

    return remember(f"quiz-openings:{quiz.pk}", read)


def quiz_access(user, quiz):
    """A quiz placed in live modules opens with one of them: enrolment in its course, earlier modules done in order.

    Quizzes ask this through their access hook (they cannot import learning); a quiz placed nowhere is not ours.
    """
    openings = quiz_openings(quiz)
    if not openings:
        return None
    reasons = []
    for module, course, earlier in openings:
        if enrolment_in(user, course) is None:
            reasons.append(_("Enrol in “%(course)s” to take this quiz.") % {"course": course.title})
        elif must_come_first(user, module, course, earlier=earlier):
            reasons.append(
                _("Complete the earlier modules of “%(course)s” first: this quiz belongs to “%(module)s”.")
                % {"course": course.title, "module": module.title}
            )
        else:
            return QuizAccess(True)
    return QuizAccess(False, reasons[0]) if reasons else None
