"""Two supervisors marking the same essay at the same instant: one mark is saved, once (PostgreSQL)."""

import pytest
from django.db import connection
from django.test import Client

from quizzes.models import MarkingEvent
from supervision.models import Supervision
from tests import factories
from tests.quizzes.test_concurrency import run_together
from tests.supervision.conftest import essay_quiz, write_essay

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks (SELECT ... FOR UPDATE) need PostgreSQL; SQLite cannot prove this. "
        "Run with DATABASE_URL=postgres://...",
    ),
]


def test_concurrent_marks_from_the_queue_save_exactly_one():
    trainee = factories.TraineeFactory(username="raced")
    supervisors = [factories.SupervisorFactory(username=f"marker{i}") for i in range(8)]
    for supervisor in supervisors:
        Supervision.objects.create(supervisor=supervisor, trainee=trainee)
    answer = write_essay(trainee, essay_quiz()).answers.get()
    prefix = f"a{answer.pk}"

    def mark(index):
        client = Client()
        client.force_login(supervisors[index])
        data = {"answer": answer.pk, f"{prefix}-answer": answer.pk, f"{prefix}-points": str(index % 5)}
        return client.post("/supervision/marking/", data).status_code

    statuses, errors = run_together(mark, count=len(supervisors))
    assert not errors and set(statuses) == {302}
    assert MarkingEvent.objects.filter(answer=answer).count() == 1
    answer.refresh_from_db()
    assert answer.points == MarkingEvent.objects.get(answer=answer).new_points
