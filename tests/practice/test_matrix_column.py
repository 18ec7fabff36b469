"""Practice in the cohort matrix: a column of responses submitted and rated, on the page and in its exports."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from practice import submitting
from practice.models import Submission
from tests.factories import TraineeFactory
from tests.practice.conftest import upload
from tests.practice.test_progress import rated
from tests.supervision.test_exports import csv_rows, xlsx_sheets

pytestmark = pytest.mark.django_db


def matrix_row(page, trainee):
    start = page.index(f'data-trainee="{trainee.pk}"')
    return page[start : page.index("</tr>", start)]


def test_the_matrix_shows_each_trainees_practice_and_the_export_has_it(
    client, supervisor, supervised, cohort, exercise, rubric, webm
):
    quiet = TraineeFactory(username="quiet")
    cohort.trainees.add(quiet)
    rated(client, supervisor, supervised, exercise, rubric, webm)
    submitting.submit_file(supervised, exercise, upload(webm))  # a second response, not rated yet

    client.force_login(supervisor)
    page = client.get(reverse("supervision:matrix")).content.decode()
    assert '<th scope="col" rowspan="2" data-extra="practice">Practice</th>' in page
    assert "<td data-extra>2 submitted, 1 rated</td>" in matrix_row(page, supervised)
    assert "<td data-extra>none submitted</td>" in matrix_row(page, quiet)

    rows = csv_rows(client.get(reverse("supervision:matrix_export", args=["csv"])))
    column = rows[0].index("Practice")
    by_name = {row[1]: row for row in rows[1:-1]}
    assert by_name[supervised.username][column] == "2 submitted, 1 rated"
    assert by_name["quiet"][column] == "none submitted"
    sheet = xlsx_sheets(client.get(reverse("supervision:matrix_export", args=["xlsx"])))["Cohort matrix"]
    assert sheet[0][column] == "Practice"


def test_as_of_a_date_the_column_counts_only_what_happened_by_then(
    client, supervisor, supervised, exercise, rubric, webm
):
    submission = rated(client, supervisor, supervised, exercise, rubric, webm)
    last_week = timezone.now() - datetime.timedelta(days=7)
    Submission.objects.filter(pk=submission.pk).update(submitted_at=last_week)
    submission.ratings.update(published_at=timezone.now())

    client.force_login(supervisor)
    as_of = (timezone.localdate() - datetime.timedelta(days=3)).isoformat()
    page = client.get(reverse("supervision:matrix"), {"as_of": as_of}).content.decode()
    assert "<td data-extra>1 submitted, 0 rated</td>" in matrix_row(page, supervised)


def test_the_column_costs_one_query_for_a_page_of_one_or_many_trainees(
    client, supervisor, supervised, cohort, exercise, webm
):
    def queries():
        client.force_login(supervisor)
        client.get(reverse("supervision:matrix"))  # warm-up: what pages remember until the next publish
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("supervision:matrix")).status_code == 200
        return len(captured)

    submitting.submit_file(supervised, exercise, upload(webm))
    one = queries()
    for number in range(20):
        trainee = TraineeFactory(username=f"many{number}")
        cohort.trainees.add(trainee)
        # Submitted responses as the pipeline leaves them (transcoding twenty recordings would prove nothing more).
        Submission.objects.create(exercise=exercise, trainee=trainee, status="ready", submitted_at=timezone.now())
    page = client.get(reverse("supervision:matrix")).content.decode()
    assert page.count("<td data-extra>1 submitted, 0 rated</td>") == 21
    assert queries() == one
