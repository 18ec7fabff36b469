"""Background sending, on Django's tasks framework (django-tasks): grades to platforms."""

from django_tasks import task

from interop import outbox, services
from interop.models import GradeSubmission


@task()
def send_grade(grade_id):
    """Post one queued score to its platform's gradebook; retried with backoff until the platform accepts it."""
    row = outbox.deliver(GradeSubmission, grade_id, services.send_grade, send_grade)
    return row.status if row else None
