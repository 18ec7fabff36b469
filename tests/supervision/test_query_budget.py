"""Every supervision page costs the same number of queries with a handful of trainees as with a hundred."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes import marking, taking
from tests import factories
from tests.supervision.conftest import complete, essay_quiz, start, write_essay

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    if hasattr(response, "streaming_content"):
        with CaptureQueriesContext(connection) as streamed:
            b"".join(response.streaming_content)
        return len(captured) + len(streamed)
    return len(captured)


def add_trainees(world, count):
    quiz = essay_quiz("Another essay")
    for index in range(count):
        user = factories.TraineeFactory(username=f"many{index:03d}", home_modality="mbt" if index % 2 else "dbt")
        world.cohort_a.trainees.add(user)
        complete(user, world.modules[0])
        start(user, world.modules[1])
        factories.finished_attempt(user, world.mc_quiz, percent=index % 100)
        if index % 10 == 0:
            write_essay(user, quiz)


URLS = [
    "/supervision/",
    "/supervision/matrix/",
    "/supervision/modules/",
    "/supervision/modules/{module}/",
    "/supervision/marking/",
    "/supervision/marking/attempts/",
]


@pytest.mark.parametrize("template", URLS)
def test_pages_cost_the_same_for_a_few_and_a_hundred_trainees(client, world, template):
    url = template.format(module=world.modules[0].pk)
    client.force_login(world.sup_a)
    client.get(url)  # the session's first request writes the session
    few = queries(client, url)
    add_trainees(world, 100)
    assert queries(client, url) == few


def test_the_csv_export_costs_three_queries_per_chunk_of_trainees(client, world, monkeypatch):
    """Progress and grades, and the practice studio's column (one query each per chunk)."""
    from supervision import reports

    monkeypatch.setattr(reports.iter_rows, "__defaults__", (50,))
    client.force_login(world.sup_a)
    client.get("/supervision/")
    few = queries(client, "/supervision/matrix/export.csv")
    add_trainees(world, 100)  # 103 trainees: three chunks of 50 instead of one
    assert queries(client, "/supervision/matrix/export.csv") == few + 2 * 3


# One query of each is the workspace's navigation counting the practice responses waiting for a rating.
ATTEMPTS_BUDGET = 12
ATTEMPT_PAGE_BUDGET = 13


@pytest.mark.parametrize("size", [1, 100])
def test_the_attempts_list_stays_within_budget(client, world, django_assert_max_num_queries, size):
    add_trainees(world, size)
    client.force_login(world.sup_a)
    client.get("/supervision/marking/attempts/")
    with django_assert_max_num_queries(ATTEMPTS_BUDGET):
        client.get("/supervision/marking/attempts/")


@pytest.mark.parametrize("size", [1, 40])
def test_an_attempts_marking_page_stays_within_budget_whatever_its_length(
    client, world, django_assert_max_num_queries, size
):
    """Every answer's form and marking history, in the same number of queries for 1 question or 40."""
    quiz = factories.make_quiz(kinds=["essay"] * size)
    attempt = taking.start_or_resume(quiz, world.amira)
    for position in range(1, size + 1):
        taking.submit_answer(attempt.pk, position, position - 1, {"text": "An essay."}, user=world.amira)
    for answer in attempt.answers.all():
        marking.mark(answer.pk, attempt.pk, world.sup_a, "1")
    client.force_login(world.sup_a)
    url = f"/supervision/marking/attempts/{attempt.pk}/"
    client.get(url)
    with django_assert_max_num_queries(ATTEMPT_PAGE_BUDGET):
        assert "changed the mark from" in client.get(url).content.decode()
