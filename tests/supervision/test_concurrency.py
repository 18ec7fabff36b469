"""Supervisors marking the same essay at the same instant: one mark is saved, once (PostgreSQL)."""

import pytest
from django.db import connection
from django.test import Client

from quizzes import marking
from quizzes.models import MarkingEvent
from supervision.marking import current_version
from supervision.models import Supervision
from tests import factories
from tests.quizzes.test_concurrency import run_together
from tests.supervision.conftest import essay_quiz, mark_post, write_essay

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
        data = {"answer_id": answer.pk, f"{prefix}-points": str(index % 5), f"{prefix}-version": 0}
        return client.post("/supervision/marking/", data).status_code

    statuses, errors = run_together(mark, count=len(supervisors))
    assert not errors and set(statuses) == {302}
    assert MarkingEvent.objects.filter(answer=answer).count() == 1
    answer.refresh_from_db()
    assert answer.points == MarkingEvent.objects.get(answer=answer).new_points


def test_concurrent_changes_from_the_attempt_page_save_exactly_one():
    """Eight supervisors opened the attempt's page on the same mark and change it at once: the first
    change is saved; the others, their forms now stale, are refused (409) and record nothing."""
    trainee = factories.TraineeFactory(username="remarked")
    supervisors = [factories.SupervisorFactory(username=f"remarker{i}") for i in range(8)]
    for supervisor in supervisors:
        Supervision.objects.create(supervisor=supervisor, trainee=trainee)
    attempt = write_essay(trainee, essay_quiz())
    answer = attempt.answers.get()
    marking.mark(answer.pk, attempt.pk, supervisors[0], "2")
    seen = current_version(answer)

    def change(index):
        client = Client()
        client.force_login(supervisors[index])
        return mark_post(client, attempt, "3", f"Changed by marker {index}.", version=seen).status_code

    statuses, errors = run_together(change, count=len(supervisors))
    assert not errors and sorted(statuses) == [302] + [409] * 7
    assert MarkingEvent.objects.filter(answer=answer).count() == 2
    answer.refresh_from_db()
    assert answer.points == MarkingEvent.objects.filter(answer=answer).latest("pk").new_points
