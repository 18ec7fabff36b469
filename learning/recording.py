"""Recording progress where the work happens.

Pages only show a trainee's journey (``learning.completion`` works statuses out without writing). What the
work completes is recorded here, right after the work is committed: the "I have read this module" post, a watch
report that completes a video, a quiz finished or marked, an enrolment. One function, `record_progress`,
records everything a trainee's work on some modules brings:

- the modules whose parts are now all done, with the time;
- the courses (the trainee is enrolled in) whose modules are now all complete, at the time their last module
  was, and the course's certificate;
- the cross-training goal, when one of the modules counts toward it and all its modules are complete, and its
  certificate.

Each is recorded once: completion times are never moved or cleared and a certificate is never issued twice, so
recording again, or two requests recording at once, changes nothing.
"""

from django.db import transaction
from django.utils import timezone

from courses.models import ModulePage
from learning.certificates import issue_for_course, issue_for_goal
from learning.completion import course_progress, module_statuses, modules_of
from learning.crosstraining import goal_for, meter_from
from learning.models import Certificate, Enrolment, ModuleProgress
from learning.signals import modules_completed


def record_progress(user, modules, now=None):
    """Record what `user`'s work on `modules` completes; a fixed number of queries whatever their number.

    `modules` may be a queryset: it is read here, so a caller may hand one over before committing. Returns the
    modules completed now.
    """
    modules = list(modules)
    if not modules or not user.is_authenticated:
        return []
    now = now or timezone.now()
    enrolments = list(
        Enrolment.objects.of(user)
        .filter(course__path__in={module.course_path for module in modules}, course__live=True)
        .select_related("course")
    )
    course_modules = modules_of(enrolment.course for enrolment in enrolments)
    everything = {module.pk: module for module in [*modules, *course_modules]}
    goal, goal_ids = goal_for(user)
    if goal and not everything.keys() & set(goal_ids):
        goal = None  # none of these modules counts toward the goal: its meter cannot have moved
    if goal:
        missing = [pk for pk in goal_ids if pk not in everything]
        everything.update((module.pk, module) for module in ModulePage.objects.live().filter(pk__in=missing))
    statuses = module_statuses(user, everything.values())
    completed = _record_modules(statuses.values(), now)
    if completed:
        modules_completed.send(sender=ModuleProgress, user=user, modules=completed)
    courses = course_progress(enrolments, statuses, course_modules)
    _record_courses(courses)
    meter = meter_from(goal, goal_ids, statuses) if goal else None
    _issue_certificates(user, courses, meter)
    return completed


def record_progress_on_commit(user, modules):
    """`record_progress` once the current transaction commits (at once outside one)."""
    transaction.on_commit(lambda: record_progress(user, modules))


def _record_modules(statuses, now):
    newly = [s for s in statuses if s.progress and s.progress.completed_at is None and s.all_parts_done]
    if newly:
        ModuleProgress.objects.filter(pk__in=[s.progress.pk for s in newly], completed_at__isnull=True).update(
            completed_at=now
        )
        for status in newly:
            status.progress.completed_at = now
    return [status.module for status in newly]


def _record_courses(courses):
    """Stamp each newly complete course with the time its last module was completed (one query per course)."""
    for progress in courses:
        enrolment = progress.enrolment
        if enrolment.completed_at is None and progress.complete:
            at = max(status.completed_at for status in progress.modules)
            Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(completed_at=at)
            enrolment.completed_at = at


def _issue_certificates(user, courses, meter):
    complete = [progress for progress in courses if progress.complete]
    if not complete and not (meter and meter.complete):
        return
    held = Certificate.objects.filter(user=user).values_list("course_id", "goal_id")
    held_courses = {course_id for course_id, _goal_id in held}
    held_goals = {goal_id for _course_id, goal_id in held}
    for progress in complete:
        if progress.course.pk not in held_courses:
            issue_for_course(user, progress)
    if meter and meter.complete and meter.goal.pk not in held_goals:
        issue_for_goal(user, meter)
