"""Concurrent starts and submissions lose nothing and double nothing (PostgreSQL, real row locks)."""

import threading

import pytest
from django.db import connection

from quizzes import taking
from quizzes.models import Answer, Attempt
from tests import factories
from tests.quizzes.conftest import open_take

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks (SELECT ... FOR UPDATE) need PostgreSQL; SQLite cannot prove this. "
        "Run with DATABASE_URL=postgres://...",
    ),
]

THREADS = 20
ROUNDS = 5


def run_together(worker, count=THREADS):
    """Start `count` threads at the same instant; collect their results and errors."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(index):
        try:
            barrier.wait()
            results.append(worker(index))
        except Exception as error:  # noqa: BLE001 - any error in a thread is collected and asserted by the caller
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_concurrent_starts_create_exactly_one_attempt():
    for round_ in range(ROUNDS):
        trainee = factories.UserFactory(username=f"racer{round_}")
        quiz = factories.make_quiz(kinds=["true_false"] * 3)
        results, errors = run_together(lambda _, q=quiz, u=trainee: taking.start_or_resume(q, user=u).pk)
        assert not errors
        assert len(set(results)) == 1
        assert Attempt.objects.filter(user=trainee, quiz=quiz).count() == 1


def test_concurrent_starts_over_http_with_an_attempt_limit_never_exceed_it():
    from django.test import Client

    trainee = factories.TraineeFactory(username="limited")
    quiz = factories.make_quiz(kinds=["true_false"], max_attempts=1)

    def start(_):
        client = Client()
        client.force_login(trainee)
        return open_take(client, quiz).status_code

    statuses, errors = run_together(start)
    assert not errors and set(statuses) == {200}
    assert Attempt.objects.filter(user=trainee, quiz=quiz).count() == 1


def test_a_double_submission_storm_records_each_answer_once_and_scores_it_once():
    for round_ in range(ROUNDS):
        trainee = factories.UserFactory(username=f"clicker{round_}")
        quiz = factories.make_quiz(kinds=["true_false"] * 2)
        attempt = taking.start_or_resume(quiz, user=trainee)

        def submit(_, attempt=attempt, trainee=trainee):
            try:
                taking.submit_answer(attempt.pk, 1, 0, {"value": True}, user=trainee)
                return "recorded"
            except taking.StaleAnswer:
                return "stale"

        results, errors = run_together(submit)
        assert not errors
        assert results.count("recorded") == 1 and results.count("stale") == THREADS - 1
        attempt.refresh_from_db()
        assert attempt.answers.count() == 1 and attempt.score == 1 and attempt.sequence == 1


def test_racing_through_a_whole_quiz_loses_nothing_and_doubles_nothing():
    trainee = factories.UserFactory(username="sprinter")
    quiz = factories.make_quiz(kinds=["true_false"] * 10)
    attempt = taking.start_or_resume(quiz, user=trainee)

    def answer_until_done(index):
        recorded = 0
        while True:
            current = Attempt.objects.get(pk=attempt.pk)
            if not current.is_open:
                return recorded
            slot = taking.current_slot(current)
            if slot is None:
                return recorded
            try:
                taking.submit_answer(
                    current.pk, slot.position, current.sequence, {"value": index % 2 == 0}, user=trainee
                )
                recorded += 1
            except taking.StaleAnswer:
                continue

    results, errors = run_together(answer_until_done)
    assert not errors
    assert sum(results) == 10
    attempt.refresh_from_db()
    answers = Answer.objects.filter(attempt=attempt)
    assert answers.count() == 10 and attempt.status == "finished"
    assert sorted(answers.values_list("slot__position", flat=True)) == list(range(1, 11))
    assert attempt.score == sum(a.points for a in answers)
    assert attempt.sequence == 10
