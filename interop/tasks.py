"""Background sending, on Django's tasks framework (django-tasks): grades to platforms, statements to the LRS."""

from django_tasks import task

from interop import lrs, outbox, services, xapi
from interop.models import Delivery, GradeSubmission, Statement
from quizzes.models import Answer


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


def send_statements(rows):
    """Store the statements of what was just recorded and send them once the transaction commits."""
    if not xapi.enabled():
        return
    new = xapi.store(rows)
    if new:
        ids = [row.statement_id for row in new]
        for pk in Statement.objects.filter(statement_id__in=ids, status=Delivery.QUEUED).values_list("pk", flat=True):
            outbox.enqueue_on_commit(send_statement, pk)


@task()
def answer_statement(answer_id):
    """Store and send the "answered" statement of one answer, away from the trainee's answer post."""
    answer = Answer.objects.filter(pk=answer_id).select_related("attempt__user", "attempt__quiz", "slot").first()
    if answer is not None and answer.attempt.user is not None:
        send_statements([xapi.answered(answer, answer.attempt, answer.attempt.quiz)])
