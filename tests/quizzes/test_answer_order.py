"""Spec 3.7 #53: option order, with the reshuffle-on-every-render defect fixed."""

import random

import pytest

from quizzes import taking
from tests import factories
from tests.quizzes.conftest import open_take, take_url

pytestmark = pytest.mark.django_db

OPTIONS = [("Delta", True), ("alpha", False), ("Charlie", False), ("bravo", False), ("Echo", False)]


def shown(client, quiz):
    response = open_take(client, quiz)
    return [label for _, label in response.context["form"].fields["answer"].choices]


def test_as_entered_keeps_the_editors_order(client, trainee):
    quiz = factories.QuizFactory()
    factories.QuestionFactory(quizzes=[quiz], options=OPTIONS, answer_order="none")
    client.force_login(trainee)
    assert shown(client, quiz) == [text for text, _ in OPTIONS]


def test_alphabetical_sorts_by_text_ignoring_case(client, trainee):
    quiz = factories.QuizFactory()
    factories.QuestionFactory(quizzes=[quiz], options=OPTIONS, answer_order="content")
    client.force_login(trainee)
    assert shown(client, quiz) == ["alpha", "bravo", "Charlie", "Delta", "Echo"]


def test_shuffled_order_is_fixed_for_the_attempt_and_kept_in_the_review(client, trainee):
    quiz = factories.QuizFactory(reveal_answers="at_end")
    factories.QuestionFactory(quizzes=[quiz], options=OPTIONS, answer_order="random")
    attempt = taking.start_or_resume(quiz, user=trainee, rng=random.Random(3))
    client.force_login(trainee)
    first = shown(client, quiz)
    assert shown(client, quiz) == first
    assert sorted(first) == sorted(text for text, _ in OPTIONS)
    option = attempt.slots.get().snapshot["options"][0]["id"]
    html = client.post(take_url(quiz), {"position": 1, "sequence": 0, "answer": option}, follow=True).content.decode()
    positions = [html.index("<li class") + html[html.index("quiz-review-options") :].index(text) for text in first]
    assert positions == sorted(positions)


def test_different_attempts_may_get_different_shuffles(trainee):
    quiz = factories.QuizFactory()
    factories.QuestionFactory(quizzes=[quiz], options=OPTIONS, answer_order="random")
    orders = set()
    for seed in range(5):
        attempt = taking.start_or_resume(quiz, user=trainee, rng=random.Random(seed))
        orders.add(tuple(o["text"] for o in attempt.slots.get().snapshot["options"]))
        taking.finish(attempt)
    assert len(orders) > 1
