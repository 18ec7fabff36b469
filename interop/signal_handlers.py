"""What the rooms below report, passed on to the LMS platforms that launched us and to the record store.

A quiz attempt's score (``quizzes.signals.attempt_scored``) goes to every gradebook column that placed the quiz
in a course the trainee takes on a platform. Modules completed (``learning.signals.modules_completed``) go at
once as a full score to every column that placed them, and as the xAPI "completed" statement. Both are queued
in the transaction that recorded them and sent once it commits; ``manage.py send_interop_outbox`` (every few
minutes) is the catch-up: its sweep queues whatever a stopped process left out (``services.queue_completed_modules``,
``xapi.collect``), and the ids of grades (their source) and of statements keep each one queued once.
"""

from django.dispatch import receiver

from interop import outbox, services, tasks, xapi
from interop.models import Delivery, Statement
from learning.models import ModuleProgress
from learning.signals import modules_completed
from quizzes.models import Attempt
from quizzes.signals import attempt_scored


def send_statements(rows):
    """Store the statements of what was just recorded and send them once the transaction commits."""
    if not xapi.enabled():
        return
    new = xapi.store(rows)
    if new:
        ids = [row.statement_id for row in new]
        for pk in Statement.objects.filter(statement_id__in=ids, status=Delivery.QUEUED).values_list("pk", flat=True):
            outbox.enqueue_on_commit(tasks.send_statement, pk)


@receiver(attempt_scored, sender=Attempt)
def grade_attempt(sender, attempt, **kwargs):
    for grade in services.queue_attempt(attempt):
        outbox.enqueue_on_commit(tasks.send_grade, grade.pk)


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
    send_statements(
        xapi.module_completed(user, module_id, titles[module_id], when) for module_id, when in completed.items()
    )
