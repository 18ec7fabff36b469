"""The cohort matrix: what each cell and total says, filters, sorting, pagination, and its query count."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import ModuleProgress
from quizzes.models import Attempt
from tests import factories
from tests.supervision.conftest import complete, start

pytestmark = pytest.mark.django_db


def matrix(client, **params):
    response = client.get("/supervision/matrix/", params)
    assert response.status_code == 200
    return response.context["matrix"]


def row_of(result, user):
    return next(row for row in result.rows if row.trainee.pk == user.pk)


def test_cells_show_status_and_the_modules_quiz_score(client, world):
    client.force_login(world.sup_a)
    result = matrix(client, cohort=world.cohort_a.pk)
    titles = [column.module.title for column in result.columns]
    assert titles == ["Mentalizing", "Not-knowing stance", "Affect focus", "Biosocial theory"]
    amira = row_of(result, world.amira)
    assert [cell.status for cell in amira.cells] == ["complete", "in_progress", "not_started", "complete"]
    assert amira.cells[0].score == 80 and amira.cells[0].passed is True
    bruno = row_of(result, world.bruno)
    assert bruno.cells[0].score == 40 and bruno.cells[0].passed is False
    assert bruno.cells[2].score == 0  # the essay attempt awaits marking: 0 points so far


def test_totals_per_trainee_are_course_progress_and_the_cross_training_meter(client, world):
    client.force_login(world.sup_a)
    result = matrix(client, cohort=world.cohort_a.pk)
    amira = row_of(result, world.amira)
    assert (amira.done, amira.total, amira.percent) == (2, 4, 50)
    assert (amira.cross_done, amira.cross_total, amira.cross_percent) == (1, 1, 100)
    html = client.get("/supervision/matrix/", {"cohort": world.cohort_a.pk}).content.decode()
    assert "2/4 (50 %)" in html and "1/1 (100 %)" in html


def test_totals_per_module_are_completion_rate_and_mean_score(client, world):
    client.force_login(world.sup_a)
    result = matrix(client, cohort=world.cohort_a.pk)
    first = result.columns[0]
    assert first.completed == 1 and first.completion_rate == 50  # Amira of Amira and Bruno
    assert first.mean_score == 60  # (80 + 40) / 2
    assert result.columns[1].mean_score is None and not result.columns[1].quiz_ids


def test_filter_by_course_and_track_narrows_the_columns(client, world):
    client.force_login(world.sup_a)
    assert [c.module.title for c in matrix(client, course=world.dbt.pk).columns] == ["Biosocial theory"]
    assert [c.module.title for c in matrix(client, track="dbt").columns] == ["Biosocial theory"]
    assert len(matrix(client, track="mbt").columns) == 3


def test_as_of_a_date_shows_progress_as_it_stood_then(client, world):
    client.force_login(world.sup_a)
    earlier = timezone.localdate() - datetime.timedelta(days=10)
    ModuleProgress.objects.filter(user=world.amira).update(started_at=timezone.now() - datetime.timedelta(days=20))
    Attempt.objects.filter(user=world.amira).update(finished_at=timezone.now())
    result = matrix(client, cohort=world.cohort_a.pk, as_of=earlier.isoformat())
    amira = row_of(result, world.amira)
    assert amira.cells[0].status == "in_progress"  # completed three days ago, after the date
    assert amira.cells[0].score is None  # the attempt was finished after the date
    assert amira.done == 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"as_of": "2026-13-45"}, "Enter a date such as 2026-10-31."),
        ({"course": "abc"}, "Choose one of the courses listed."),
        ({"track": "art"}, "Select a valid choice."),
        ({"sort": "password"}, "Select a valid choice."),
    ],
)
def test_bad_filters_get_a_clear_message_and_no_rows(client, world, params, message):
    client.force_login(world.sup_a)
    response = client.get("/supervision/matrix/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and "Amira" not in html


def test_sorting_by_name_progress_and_cross_training(client, world):
    client.force_login(world.sup_a)
    names = lambda sort: [row.trainee.username for row in matrix(client, sort=sort).rows]  # noqa: E731
    assert names("name") == ["amira", "bruno", "dara"]
    assert names("-name") == ["dara", "bruno", "amira"]
    assert names("-progress")[0] == "amira"
    assert names("progress")[-1] == "amira"
    assert names("-cross")[0] == "amira"
    assert names("activity")[0] == "dara"  # never active comes first
    assert names("-activity")[0] == "bruno"  # started a module a day ago


def test_the_sorted_column_says_so_to_screen_readers(client, world):
    client.force_login(world.sup_a)
    html = client.get("/supervision/matrix/", {"sort": "-progress"}).content.decode()
    assert 'aria-sort="descending"' in html


def many_trainees(world, count):
    User = get_user_model()
    users = [
        factories.TraineeFactory(username=f"t{i:04d}", last_name=f"Trainee {i:04d}", home_modality="mbt")
        for i in range(count)
    ]
    world.cohort_a.trainees.add(*users)
    ModuleProgress.objects.bulk_create(
        [ModuleProgress(user=user, module=world.modules[0], completed_at=timezone.now()) for user in users[::2]]
    )
    Attempt.objects.bulk_create(
        [
            Attempt(quiz=world.mc_quiz, user=user, number=1, status="finished", finished_at=timezone.now(), percent=70)
            for user in users[::3]
        ]
    )
    return User.objects.filter(username__startswith="t")


def test_pagination_keeps_the_filters_and_totals_cover_every_page(client, world):
    many_trainees(world, 60)
    client.force_login(world.sup_a)
    first = matrix(client, cohort=world.cohort_a.pk)
    assert len(first.rows) == 50 and first.trainee_count == 62
    html = client.get("/supervision/matrix/", {"cohort": world.cohort_a.pk}).content.decode()
    assert f"cohort={world.cohort_a.pk}" in html and "page=2" in html
    second = matrix(client, cohort=world.cohort_a.pk, page=2)
    assert len(second.rows) == 12
    assert second.columns[0].completed == 31  # Amira and every other new trainee, whichever page


def test_a_page_number_out_of_range_shows_the_last_page(client, world):
    client.force_login(world.sup_a)
    assert matrix(client, page="999").page.number == 1
    assert matrix(client, page="x").page.number == 1


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_matrix_uses_the_same_number_of_queries_for_5_and_200_trainees(client, world):
    client.force_login(world.sup_a)
    url = f"/supervision/matrix/?cohort={world.cohort_a.pk}"
    many_trainees(world, 3)  # 5 in the cohort
    client.get(url)  # the first request of a session also writes the session
    small = count_queries(client, url)
    many_trainees_more = [
        factories.TraineeFactory(username=f"u{i:04d}", home_modality="dbt") for i in range(195)
    ]  # 200 in the cohort
    world.cohort_a.trainees.add(*many_trainees_more)
    for user in many_trainees_more[::4]:
        start(user, world.modules[1])
        complete(user, world.modules[0])
    client.get(url)  # the cohort's totals are kept until its trainees change: count with them kept, as before
    large = count_queries(client, url)
    assert small == large
    assert large <= 25


def test_each_cell_shows_its_status_in_words_and_marks_a_score_below_the_pass_mark(client, world):
    client.force_login(world.sup_a)
    html = client.get("/supervision/matrix/", {"cohort": world.cohort_a.pk}).content.decode()

    def cells(user):
        row = html.split(f'<tr data-trainee="{user.pk}">')[1].split("</tr>")[0]
        return row.split('<td class="matrix__cell')[1:]

    amira, bruno = cells(world.amira), cells(world.bruno)
    assert 'data-status="complete"' in amira[0] and ">Complete<" in amira[0]
    assert '<span class="score">80<' in amira[0]
    assert '<span class="score score--below">40<' in bruno[0]  # the same kind of cell, not passed
    assert 'data-status="not_started"' in amira[2] and 'class="score' not in amira[2]
    assert 'data-status="not_started"' in bruno[3] and 'class="score' not in bruno[3]
