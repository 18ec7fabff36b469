"""The quiz-taking page and the marking list cost the same number of queries for 5 or 100 items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes import taking
from tests import factories
from tests.quizzes.conftest import answer, take_url

pytestmark = pytest.mark.django_db

TAKE_BUDGET = 14
MARKING_BUDGET = 8


def count_queries(client, url):
    client.get(url)  # warm-up: sessions, content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("size", [5, 100])
def test_question_page_stays_within_budget(client, trainee, django_assert_max_num_queries, size):
    quiz = factories.make_quiz(
        kinds=["mc_single", "mc_multiple", "true_false", "essay"] * (size // 4) + ["essay"] * (size % 4)
    )
    client.force_login(trainee)
    answer(client, quiz, quiz.quiz_questions.order_by("sort_order").first().question.options.first().pk)
    client.get(take_url(quiz))
    with django_assert_max_num_queries(TAKE_BUDGET):
        client.get(take_url(quiz))


def test_question_page_costs_the_same_for_5_and_100_questions(client, trainee):
    counts = []
    for size in (5, 100):
        quiz = factories.make_quiz(kinds=["true_false"] * size)
        client.force_login(trainee)
        answer(client, quiz, "true")
        counts.append(count_queries(client, take_url(quiz)))
    assert counts[0] == counts[1]


def make_finished_attempts(count):
    quiz = factories.make_quiz(kinds=["essay", "true_false"], exam_paper=True)
    for index in range(count):
        user = factories.UserFactory(username=f"t{count}_{index}")
        attempt = taking.start_or_resume(quiz, user=user)
        taking.submit_answer(attempt.pk, 1, 0, {"text": "An essay."}, user=user)
        taking.submit_answer(attempt.pk, 2, 1, {"value": True}, user=user)


@pytest.mark.parametrize("size", [5, 100])
def test_marking_list_stays_within_budget(client, marker, django_assert_max_num_queries, size):
    make_finished_attempts(size)
    client.force_login(marker)
    client.get("/quizzes/marking/")
    with django_assert_max_num_queries(MARKING_BUDGET):
        client.get("/quizzes/marking/")


def test_marking_list_costs_the_same_for_5_and_100_attempts(client, marker):
    client.force_login(marker)
    make_finished_attempts(5)
    small = count_queries(client, "/quizzes/marking/")
    make_finished_attempts(95)
    assert count_queries(client, "/quizzes/marking/") == small
