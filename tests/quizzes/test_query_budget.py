"""The quiz-taking page costs the same number of queries for 5 or 100 questions.

(The marking pages' budgets: tests/supervision/test_query_budget.py.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.quizzes.conftest import answer, take_url

pytestmark = pytest.mark.django_db

TAKE_BUDGET = 14


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
