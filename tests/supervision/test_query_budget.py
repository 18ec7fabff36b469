"""Every supervision page costs the same number of queries with a handful of trainees as with a hundred."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
]


@pytest.mark.parametrize("template", URLS)
def test_pages_cost_the_same_for_a_few_and_a_hundred_trainees(client, world, template):
    url = template.format(module=world.modules[0].pk)
    client.force_login(world.sup_a)
    client.get(url)  # the session's first request writes the session
    few = queries(client, url)
    add_trainees(world, 100)
    assert queries(client, url) == few


def test_the_csv_export_costs_two_queries_per_chunk_of_trainees(client, world, monkeypatch):
    from supervision import reports

    monkeypatch.setattr(reports.iter_rows, "__defaults__", (50,))
    client.force_login(world.sup_a)
    client.get("/supervision/")
    few = queries(client, "/supervision/matrix/export.csv")
    add_trainees(world, 100)  # 103 trainees: three chunks of 50 instead of one
    assert queries(client, "/supervision/matrix/export.csv") == few + 2 * 2
