"""Query budgets of free navigation: a page, the summary and a page post cost the same for 1 and for 100 questions.

(The question page taken in order, and its answer post: tests/quizzes/test_query_budget.py.)
"""

import pytest

from tests import factories
from tests.quizzes.conftest import start, take_url

pytestmark = pytest.mark.django_db

KINDS = ["essay", "mc_single", "mc_multiple", "true_false"]
PAGE_BUDGET = 7  # with the access check (the enrolment; where the quiz is placed is remembered until a publish)
SUMMARY_BUDGET = 9
ANSWER_BUDGET = 10
FINISH_BUDGET = 12


def placed_quiz(trainee, size, kinds=KINDS, **fields):
    """A quiz of `size` questions taken freely, placed in a module of a course taken in order, the trainee enrolled."""
    from learning.models import Enrolment
    from tests.courses.factories import ModulePageFactory, make_curriculum

    tree = make_curriculum(modules=0)
    tree.course.require_order = True
    tree.course.save_revision().publish()
    quiz = factories.make_quiz(kinds=(kinds * size)[:size], navigation="free", reveal_answers="at_end", **fields)
    module = ModulePageFactory(parent=tree.course, slug="first", body=[("quiz", {"quiz": quiz, "heading": "Check"})])
    module.save_revision().publish()
    Enrolment.objects.create(user=trainee, course=tree.course)
    return quiz


def queries(assert_max, budget, client, method, url, data=None, status=200):
    """How many queries the request costs, failing (with the queries listed) if it costs more than `budget`."""
    with assert_max(budget) as captured:
        response = getattr(client, method)(url, data or {})
    assert response.status_code == status, response.content.decode()[:300]
    return len(captured)


def begun(client, trainee, size, **fields):
    from quizzes.models import Attempt

    quiz = placed_quiz(trainee, size, **fields)  # question 1 is an essay
    client.force_login(trainee)
    start(client, quiz)
    client.get(take_url(quiz))  # warm-up: sessions, content types, the site root
    return quiz, Attempt.objects.get(user=trainee, quiz=quiz)


def page_post(client, quiz, attempt, page, **fields):
    attempt.refresh_from_db()
    return {"attempt": attempt.pk, "page": page, "sequence": attempt.sequence, "go": "next", **fields}


@pytest.mark.parametrize("per_page", [1, 0])
def test_a_page_costs_the_same_for_1_and_100_questions(client, trainee, per_page, django_assert_max_num_queries):
    counts = []
    for size in (1, 100):
        quiz, attempt = begun(client, trainee, size, questions_per_page=per_page)
        client.post(take_url(quiz), page_post(client, quiz, attempt, 1, **{"q1-flag": "on", "q1-answer": "x"}))
        counts.append(queries(django_assert_max_num_queries, PAGE_BUDGET, client, "get", take_url(quiz), {"page": 1}))
    assert counts[0] == counts[1], counts


def test_the_summary_costs_the_same_for_1_and_100_questions(client, trainee, django_assert_max_num_queries):
    counts = []
    for size in (1, 100):
        _, attempt = begun(client, trainee, size)
        counts.append(queries(django_assert_max_num_queries, SUMMARY_BUDGET, client, "get", attempt.get_summary_url()))
    assert counts[0] == counts[1], counts


@pytest.mark.parametrize("size", [1, 100])
@pytest.mark.parametrize(
    ("first", "then"),
    [
        ({}, {"q1-answer": "An essay."}),  # answering
        ({"q1-answer": "An essay."}, {"q1-answer": "Another essay.", "q1-flag": "on"}),  # changing, and flagging
        ({"q1-answer": "An essay."}, {"q1-answer": ""}),  # clearing
    ],
)
def test_a_page_post_costs_at_most_10_queries(client, trainee, size, first, then, django_assert_max_num_queries):
    quiz, attempt = begun(client, trainee, size)
    if first:
        client.post(take_url(quiz), page_post(client, quiz, attempt, 1, **first))
    data = page_post(client, quiz, attempt, 1, **then)
    queries(django_assert_max_num_queries, ANSWER_BUDGET, client, "post", take_url(quiz), data, status=302)


@pytest.mark.parametrize("size", [1, 100])
def test_a_post_of_every_question_on_one_page_costs_at_most_10_queries(
    client, trainee, size, django_assert_max_num_queries
):
    quiz, attempt = begun(client, trainee, size, kinds=["true_false"], questions_per_page=0)
    answers = {f"q{position}-answer": "true" for position in range(1, size + 1)}
    data = page_post(client, quiz, attempt, 1, **answers)
    queries(django_assert_max_num_queries, ANSWER_BUDGET, client, "post", take_url(quiz), data, status=302)
    assert attempt.answers.count() == size


def test_submit_all_and_finish_stays_within_its_budget(client, trainee, django_assert_max_num_queries):
    _, attempt = begun(client, trainee, 100)
    url = f"/quizzes/attempts/{attempt.pk}/finish/"
    queries(django_assert_max_num_queries, FINISH_BUDGET, client, "post", url, {"sequence": 0}, status=302)
