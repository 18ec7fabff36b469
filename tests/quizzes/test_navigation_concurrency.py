"""Free navigation under concurrent posts: two tabs or a double click save a page once and submit an attempt once
(PostgreSQL, real row locks; over HTTP, each thread a browser of the same trainee)."""

import pytest
from django.db import connection
from django.test import Client

from quizzes import taking
from quizzes.models import Attempt, AttemptStatus
from quizzes.signals import attempt_scored
from tests import factories
from tests.quizzes.conftest import take_url
from tests.quizzes.test_concurrency import THREADS, run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks (SELECT ... FOR UPDATE) need PostgreSQL; SQLite cannot prove this. "
        "Run with DATABASE_URL=postgres://...",
    ),
]


def free_attempt(username, kinds=("true_false", "true_false", "true_false")):
    trainee = factories.TraineeFactory(username=username)
    quiz = factories.make_quiz(kinds=list(kinds), navigation="free", reveal_answers="at_end")
    return trainee, quiz, taking.start_or_resume(quiz, user=trainee)


def browser(trainee):
    client = Client()
    client.force_login(trainee)
    return client


def test_the_same_page_posted_at_once_from_many_tabs_is_saved_once():
    trainee, quiz, attempt = free_attempt("tabs")
    clients = [browser(trainee) for _ in range(THREADS)]

    def post(index):
        data = {"attempt": attempt.pk, "page": 1, "sequence": 0, "go": "next", "q1-answer": str(index % 2 == 0).lower()}
        if index % 3 == 0:
            data["q1-flag"] = "on"
        return clients[index].post(take_url(quiz), data).status_code

    statuses, errors = run_together(post)
    assert not errors
    assert sorted(statuses) == [302] + [409] * (THREADS - 1)
    attempt.refresh_from_db()
    assert attempt.sequence == 1 and attempt.answers.count() == 1
    assert attempt.score == attempt.answers.get().points


def test_submit_all_pressed_at_once_finishes_the_attempt_once():
    trainee, quiz, attempt = free_attempt("double-clicker")
    taking.save_page(quiz.slug, attempt.pk, 1, 0, lambda a, slots: ({1: {"value": True}}, set()), user=trainee)
    clients = [browser(trainee) for _ in range(THREADS)]
    finished = []

    def count(sender, attempt, **kwargs):
        finished.append(attempt.pk)

    attempt_scored.connect(count)
    try:
        statuses, errors = run_together(
            lambda index: clients[index].post(f"/quizzes/attempts/{attempt.pk}/finish/", {"sequence": 1}).status_code
        )
    finally:
        attempt_scored.disconnect(count)
    assert not errors
    assert sorted(statuses) == [302] + [409] * (THREADS - 1)
    assert finished == [attempt.pk]
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.FINISHED and attempt.score == 1


def test_a_page_saved_while_the_attempt_is_submitted_either_lands_before_or_is_refused():
    for round_ in range(5):
        trainee, quiz, attempt = free_attempt(f"racer{round_}")
        clients = [browser(trainee), browser(trainee)]

        def post(index, attempt=attempt, quiz=quiz, clients=clients):
            if index == 0:
                data = {"attempt": attempt.pk, "page": 2, "sequence": 0, "go": "next", "q2-answer": "true"}
                return "save", clients[0].post(take_url(quiz), data).status_code
            finish_url = f"/quizzes/attempts/{attempt.pk}/finish/"
            return "finish", clients[1].post(finish_url, {"sequence": 0}).status_code

        results, errors = run_together(post, count=2)
        assert not errors
        outcome = dict(results)
        assert sorted(outcome.values()) == [302, 409]  # one wins, the other is refused: both had sequence 0
        done = Attempt.objects.get(pk=attempt.pk)
        assert done.answers.count() == (1 if outcome["save"] == 302 else 0)
        assert done.is_open == (outcome["save"] == 302)
