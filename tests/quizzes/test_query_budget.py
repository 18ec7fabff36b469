"""The quiz-taking page costs the same number of queries for 5 or 100 questions.

(The marking pages' budgets: tests/supervision/test_query_budget.py.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.quizzes.conftest import answer, open_take, take_url

pytestmark = pytest.mark.django_db

TAKE_BUDGET = 16  # with the access check: the quiz's placements and the user's role


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


ANSWER_BUDGET = 10


@pytest.mark.parametrize("size", [1, 100])
def test_an_answer_post_costs_at_most_10_queries_in_a_placed_quiz(client, trainee, django_assert_max_num_queries, size):
    """The post a trainee makes most, with the module access rule asked (quiz placed in an ordered course)."""
    from learning.models import Enrolment
    from tests.courses.factories import ModulePageFactory, make_curriculum

    tree = make_curriculum(modules=0)
    tree.course.require_order = True
    tree.course.save_revision().publish()
    quiz = factories.make_quiz(kinds=["true_false"] * (size + 1))
    module = ModulePageFactory(parent=tree.course, slug="first", body=[("quiz", {"quiz": quiz, "heading": "Check"})])
    module.save_revision().publish()
    Enrolment.objects.create(user=trainee, course=tree.course)
    client.force_login(trainee)
    response = open_take(client, quiz)
    hidden = {"position": response.context["slot"].position, "sequence": response.context["attempt"].sequence}
    with django_assert_max_num_queries(ANSWER_BUDGET):
        response = client.post(take_url(quiz), {**hidden, "answer": "true"})
    assert response.status_code == 302
