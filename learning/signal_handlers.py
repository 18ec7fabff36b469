"""Signal receivers of the journey.

- Cohort membership and cohort courses enrol trainees as they change, however they change (admin, CSV, shell).
- What the trainee's work completes is recorded when the work happens (`learning.recording`), never by a page
  that shows it: a scored quiz attempt records the module and course completions it brings at once, so
  supervisors' reports show them without waiting for the trainee to do anything else. So does an enrolment
  (a course whose modules are all complete already) and an edit that takes a part out of a module or a module
  out of a course.
- Saving the completion settings drops their cached copy.
- A cross-training goal changed purges what pages remember (``courses.page_cache``): the goals are among it.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from courses import page_cache
from courses.models import ModulePage
from learning import watching
from learning.models import Cohort, CrossTrainingGoal, CrossTrainingModule, Enrolment, LearningSettings, ModuleProgress
from learning.recording import record_progress, record_progress_on_commit
from quizzes.models import Attempt
from quizzes.signals import attempt_scored

User = get_user_model()


@receiver(post_save, sender=CrossTrainingGoal)
@receiver(post_delete, sender=CrossTrainingGoal)
@receiver(post_save, sender=CrossTrainingModule)
@receiver(post_delete, sender=CrossTrainingModule)
def forget_goals(sender, **kwargs):
    page_cache.purge()


@receiver(m2m_changed, sender=Cohort.trainees.through)
@receiver(m2m_changed, sender=Cohort.courses.through)
def enrol_cohort(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add":
        return
    # Added from the other side (user.cohorts.add(...) or course.cohorts.add(...)) names the cohorts in pk_set.
    cohorts = Cohort.objects.filter(pk__in=pk_set) if reverse else [instance]
    for cohort in cohorts:
        cohort.enrol_trainees()
        record_cohort_progress(cohort)


def record_cohort_progress(cohort):
    """Enrolling can complete a course at once: a trainee enrolled anew whose modules there are all complete.

    Only trainees with an open enrolment and a completed module in the cohort's courses can be such: one query
    when there are none, as when a cohort takes in new trainees.
    """
    modules = list(ModulePage.objects.in_courses(cohort.courses.all()))
    candidates = User.objects.filter(
        cohorts=cohort,
        enrolments__course__cohorts=cohort,
        enrolments__completed_at__isnull=True,
        module_progress__module__in=[module.pk for module in modules],
        module_progress__completed_at__isnull=False,
    ).distinct()
    for user in candidates:
        record_progress_on_commit(user, modules)


def record_completions_for_quiz(user, quiz_id, now=None):
    """Record what passing (or re-marking) quiz `quiz_id` completes for `user`: modules, courses, the goal.

    Only modules the trainee has started and not completed can complete, so the candidates are their open
    modules, and of those the live ones that place this quiz. A fixed number of queries. Returns the modules
    completed now.
    """
    candidates = ModulePage.objects.live().filter(progress__user=user, progress__completed_at__isnull=True)
    modules = [module for module in candidates if quiz_id in module.placed_quiz_ids()]
    if not modules:
        return []
    return record_progress(user, modules, now)


@receiver(attempt_scored, sender=Attempt)
def complete_after_quiz(sender, attempt, **kwargs):
    if attempt.user_id is not None:
        record_completions_for_quiz(attempt.user, attempt.quiz_id)


@receiver(page_published, sender=ModulePage)
def complete_after_module_edit(sender, instance, **kwargs):
    """A module published without a part some trainees had still to do is complete for them now."""
    readers = ModuleProgress.objects.filter(module=instance, read_at__isnull=False, completed_at__isnull=True)
    for user in User.objects.filter(pk__in=readers.values("user_id")):
        record_progress_on_commit(user, ModulePage.objects.filter(pk=instance.pk))


@receiver(page_unpublished, sender=ModulePage)
def complete_after_module_withdrawn(sender, instance, **kwargs):
    """A course without the module withdrawn is complete for those who had completed all its other modules."""
    course = instance.get_parent()
    open_enrolments = Enrolment.objects.filter(course=course, completed_at__isnull=True)
    trainees = User.objects.filter(
        pk__in=open_enrolments.values("user_id"),
        module_progress__module__path__startswith=course.path,
        module_progress__completed_at__isnull=False,
    ).distinct()
    for user in trainees:
        record_progress_on_commit(user, ModulePage.objects.in_courses([course]))


@receiver(post_save, sender=LearningSettings)
def forget_cached_settings(sender, **kwargs):
    watching.forget_watch_share()
