"""What the rooms below report, passed on to the LMS platforms that launched us and to the record store.

A quiz attempt's score (``quizzes.signals.attempt_scored``) goes to every gradebook column that placed the quiz
in a course the trainee takes on a platform. Modules completed (``learning.signals.modules_completed``) go at
once as a full score to every column that placed them, and as the xAPI "completed" statement. Each answer
becomes an xAPI "answered" statement once it is committed (quizzes' own ``post_save`` of ``Answer``, in a
background task), or, in a quiz taken freely, when the attempt is scored. All are queued as they are recorded
and sent once the transaction commits; ``manage.py send_interop_outbox`` (every few minutes) is the catch-up: its
sweep queues whatever a stopped process left out (``services.queue_completed_modules``, ``xapi.collect``), and
the ids of grades (their source) and of statements keep each one queued once.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from interop import outbox, services, tasks, xapi
from learning.models import ModuleProgress
from learning.signals import modules_completed
from quizzes.models import Answer, Attempt
from quizzes.signals import attempt_scored


@receiver(attempt_scored, sender=Attempt)
def grade_attempt(sender, attempt, **kwargs):
    for grade in services.queue_attempt(attempt):
        outbox.enqueue_on_commit(tasks.send_grade, grade.pk)
    if xapi.enabled():
        # A quiz taken freely has its answers final only now; those given one at a time are stored already.
        answers = Answer.objects.filter(attempt=attempt).select_related("slot")
        tasks.send_statements(xapi.answered(answer, attempt, attempt.quiz) for answer in answers)


@receiver(post_save, sender=Answer)
def answer_given(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """An answer given (or a draft submitted at the time limit): its "answered" statement, made in the background
    once the answer is committed, so the post a trainee makes most costs no query for it.

    A mark or regrade saves the answer too, with what the trainee answered unchanged: nothing to send. Nor while
    the quiz is taken freely and the attempt open: the trainee may still change it.
    """
    if raw or not xapi.enabled() or not (created or "payload" in (update_fields or ())):
        return
    attempt = instance.attempt
    if attempt.user_id is None or (attempt.is_open and attempt.quiz.free_navigation):
        return
    outbox.enqueue_on_commit(tasks.answer_statement, instance.pk)


@receiver(modules_completed, sender=ModuleProgress)
def report_completed_modules(sender, user, modules, **kwargs):
    completed = dict(
        ModuleProgress.objects.filter(user=user, module__in=modules, completed_at__isnull=False).values_list(
            "module_id", "completed_at"
        )
    )
    for grade in services.queue_modules(user, completed):
        outbox.enqueue_on_commit(tasks.send_grade, grade.pk)
    titles = {module.pk: module.title for module in modules}
    tasks.send_statements(
        xapi.module_completed(user, module_id, titles[module_id], when) for module_id, when in completed.items()
    )
