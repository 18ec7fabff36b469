"""The matrix stays a bounded page at any size (supervision/reports.py): its columns come one course (or block of
40 modules) at a time when there are more, and a cohort's totals per module are kept until they change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import ModuleProgress
from learning.recording import record_progress
from supervision import reports
from tests.courses.factories import CoursePageFactory, ModulePageFactory
from tests.supervision.conftest import mark_post

pytestmark = pytest.mark.django_db


def matrix(client, world, query=""):
    client.force_login(world.sup_a)
    response = client.get(f"/supervision/matrix/?cohort={world.cohort_a.pk}{query}")
    assert response.status_code == 200
    return response


def test_more_modules_than_a_table_holds_come_one_course_or_block_of_40_at_a_time(client, world):
    long = CoursePageFactory(parent=world.catalogue, title="MBT in depth", slug="mbt-in-depth")
    for number in range(45):
        ModulePageFactory(parent=long, title=f"Depth {number + 1:02d}", slug=f"depth-{number + 1}")
    world.cohort_a.courses.add(long)  # 3 + 1 + 45 = 49 modules

    first = matrix(client, world)
    columns = first.context["matrix"].columns
    assert [column.module.title for column in columns] == ["Mentalizing", "Not-knowing stance", "Affect focus"]
    html = first.content.decode()
    assert "MBT in depth (modules 1–40)" in html and "MBT in depth (modules 41–45)" in html
    assert f'href="?cohort={world.cohort_a.pk}&amp;columns=4"' in html

    block = matrix(client, world, "&columns=3").context["matrix"]
    assert [column.module.title for column in block.columns][:2] == ["Depth 01", "Depth 02"]
    assert len(block.columns) == 40
    assert len(matrix(client, world, "&columns=4").context["matrix"].columns) == 5


@pytest.mark.parametrize("columns", ["0", "99", "abc", "9" * 30])
def test_a_column_page_out_of_range_or_garbled_shows_the_nearest(client, world, columns):
    assert matrix(client, world, f"&columns={columns}").context["matrix"].columns


def test_a_few_modules_stay_one_table_without_column_links(client, world):
    response = matrix(client, world)
    assert len(response.context["matrix"].columns) == 4
    assert "Modules shown" not in response.content.decode()


def completion_rate(response, title):
    column = next(c for c in response.context["matrix"].columns if c.module.title == title)
    return column.completion_rate, column.mean_score


def test_the_cohorts_totals_are_kept_and_follow_a_completion_at_once(client, world):
    matrix(client, world)  # the totals are worked out and kept
    with CaptureQueriesContext(connection) as kept:
        response = matrix(client, world)
    assert completion_rate(response, "Not-knowing stance") == (0, None)
    totals_query = 'GROUP BY "learning_moduleprogress"."module_id"'
    assert not [q for q in kept.captured_queries if totals_query in q["sql"]], "the kept totals are not queried"

    ModuleProgress.objects.filter(user=world.amira, module=world.modules[1]).update(read_at=timezone.now())
    record_progress(world.amira, [world.modules[1]])  # what the "I have read this module" post does
    assert completion_rate(matrix(client, world), "Not-knowing stance") == (50, None)


def test_the_cohorts_totals_follow_a_mark_at_once(client, world, django_capture_on_commit_callbacks):
    before = completion_rate(matrix(client, world), "Affect focus")[1]  # Bruno's essay awaits marking
    with django_capture_on_commit_callbacks(execute=True):
        assert mark_post(client, world.bruno_essay, "4").status_code in (200, 302)
    after = completion_rate(matrix(client, world), "Affect focus")[1]
    assert after is not None and after != before


def test_a_trainee_joining_the_cohort_counts_at_once(client, world):
    assert matrix(client, world).context["matrix"].trainee_count == 2
    world.cohort_a.trainees.add(world.chen)
    response = matrix(client, world)
    assert response.context["matrix"].trainee_count == 3
    assert completion_rate(response, "Mentalizing")[0] == 33


def test_column_pages_split_each_course_into_blocks():
    class Column:
        def __init__(self, course):
            self.course = course

    columns = [Column("A")] * 3 + [Column("B")] * 85
    assert reports.column_pages(columns, size=40) == [("A", 0, 3), ("B", 3, 43), ("B", 43, 83), ("B", 83, 88)]
    assert reports.column_pages(columns[:40], size=40) == [(None, 0, 40)]
