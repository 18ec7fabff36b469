"""Signal receivers of the journey.

- Cohort membership and cohort courses enrol trainees as they change, however they change (admin, CSV, shell).
- A scored quiz attempt records the module and course completions it brings, at once, so supervisors' reports
  show them without waiting for the trainee to open the module, course or dashboard again.
"""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone

from courses.models import ModulePage
from learning.completion import course_progress, module_statuses, modules_of
from learning.models import Cohort, Enrolment
from quizzes.models import Attempt
from quizzes.signals import attempt_scored


@receiver(m2m_changed, sender=Cohort.trainees.through)
@receiver(m2m_changed, sender=Cohort.courses.through)
def enrol_cohort(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add":
        return
    if reverse:
        # Added from the other side (user.cohorts.add(...) or course.cohorts.add(...)).
        for cohort in Cohort.objects.filter(pk__in=pk_set):
            cohort.enrol_trainees()
    else:
        instance.enrol_trainees()


def record_completions_for_quiz(user, quiz_id, now=None):
    """Record what passing (or re-marking) quiz `quiz_id` completes for `user`: modules, then courses.

    Only modules the trainee has started and not completed can complete (as on every page), so the candidates
    are their open modules, and of those the live ones that place this quiz. A fixed number of queries: the
    candidates, their statuses, and, when one completes, the enrolments, modules and statuses of its courses.
    Returns the modules completed now.
    """
    now = now or timezone.now()
    candidates = ModulePage.objects.live().filter(progress__user=user, progress__completed_at__isnull=True)
    modules = [module for module in candidates if quiz_id in module.placed_quiz_ids()]
    if not modules:
        return []
    statuses = module_statuses(user, modules, now)
    completed = [module for module in modules if statuses[module.pk].complete]
    if not completed:
        return []
    course_paths = {module.course_path for module in completed}
    enrolments = list(
        Enrolment.objects.of(user)
        .filter(course__path__in=course_paths, course__live=True, completed_at__isnull=True)
        .select_related("course")
    )
    if enrolments:
        course_modules = modules_of(enrolment.course for enrolment in enrolments)
        course_progress(enrolments, module_statuses(user, course_modules, now), course_modules, now)
    return completed


@receiver(attempt_scored, sender=Attempt)
def complete_after_quiz(sender, attempt, **kwargs):
    if attempt.user_id is not None:
        record_completions_for_quiz(attempt.user, attempt.quiz_id)
