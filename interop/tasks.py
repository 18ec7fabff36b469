"""Background sending, on Django's tasks framework (django-tasks): grades to platforms, statements to the LRS."""

from django_tasks import task

from interop import lrs, outbox, services
from interop.models import GradeSubmission, Statement


@task()
def send_grade(grade_id):
    """Post one queued score to its platform's gradebook; retried with backoff until the platform accepts it."""
    row = outbox.deliver(GradeSubmission, grade_id, services.send_grade, send_grade)
    return row.status if row else None


@task()
def send_statement(statement_id):
    """PUT one queued statement to the LRS; retried with backoff until the LRS has it."""
    row = outbox.deliver(Statement, statement_id, lrs.put, send_statement)
    return row.status if row else None
