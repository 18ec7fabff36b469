"""What the rooms below report, passed on to the LMS platforms that launched us.

A quiz attempt's score (``quizzes.signals.attempt_scored``) goes to every gradebook column that placed the quiz
in a course the trainee takes on a platform. Module completion is recorded by ``learning`` with a bulk update
that sends no signal, so completed modules are picked up by ``services.queue_completed_modules`` (run by
``manage.py send_interop_outbox``) instead.
"""

from django.dispatch import receiver

from interop import outbox, services, tasks
from quizzes.models import Attempt
from quizzes.signals import attempt_scored


@receiver(attempt_scored, sender=Attempt)
def grade_attempt(sender, attempt, **kwargs):
    for grade in services.queue_attempt(attempt):
        outbox.enqueue_on_commit(tasks.send_grade, grade.pk)
