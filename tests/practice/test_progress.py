"""Practice in the trainee's progress: their dashboard, their supervisor's trainee page and its exports, and the
rating queue in the supervision workspace's navigation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from practice import submitting
from tests.practice.conftest import upload
from tests.practice.test_rating import full_rating
from tests.supervision.test_exports import csv_rows, xlsx_sheets

pytestmark = pytest.mark.django_db


def rated(client, supervisor, trainee, exercise, rubric, webm, overall="5"):
    submission = submitting.submit_file(trainee, exercise, upload(webm))
    client.force_login(supervisor)
    client.post(reverse("practice:rate", args=[submission.pk]), full_rating(rubric, overall=overall))
    return submission


def test_the_supervisor_sees_the_trainees_practice_with_a_chart_per_rubric(
    client, supervisor, supervised, exercise, rubric, webm
):
    submission = rated(client, supervisor, supervised, exercise, rubric, webm)
    page = client.get(reverse("supervision:trainee", args=[supervised.pk])).content.decode()
    section = page[page.index('data-section="practice"') :]
    assert "1 response submitted to 1 exercises, 1 rated by an observer." in section
    assert reverse("practice:submission", args=[submission.pk]) in section
    # The chart of the domains' means, with its table: Stance (5 and 5) and Affect (5).
    assert "MBT training rubric: observers&#x27; mean score per domain" in section
    assert '<th scope="col">Stance</th>' in section and '<th scope="col">Affect</th>' in section


def test_the_workspace_links_the_rating_queue_with_what_waits(client, supervisor, supervised, exercise, webm):
    submitting.submit_file(supervised, exercise, upload(webm))
    client.force_login(supervisor)
    page = client.get(reverse("supervision:overview")).content.decode()
    nav = page[page.index('class="workspace-nav"') : page.index("</nav>", page.index('class="workspace-nav"'))]
    assert reverse("practice:queue") in nav and "1 response waiting" in nav
    assert reverse("practice:calibration") in nav


def test_the_trainee_sees_their_practice_on_the_dashboard(client, supervisor, supervised, exercise, rubric, webm):
    client.force_login(supervised)
    page = client.get("/dashboard/").content.decode()
    assert "Your practice" in page and "You have not submitted a practice response yet." in page

    rated(client, supervisor, supervised, exercise, rubric, webm, overall="6")
    client.force_login(supervised)
    page = client.get("/dashboard/").content.decode()
    assert "1 response submitted to 1 exercises, 1 rated by an observer." in page
    assert "overall 6 (1–7)" in page


def test_staff_dashboards_have_no_practice_card(client, editor):
    client.force_login(editor)
    assert "Your practice" not in client.get("/dashboard/").content.decode()


def test_the_trainee_export_has_the_practice_ratings(client, supervisor, supervised, exercise, rubric, webm):
    rated(client, supervisor, supervised, exercise, rubric, webm, overall="4")
    submitting.submit_file(supervised, exercise, upload(webm))  # a second response, not rated yet
    client.force_login(supervisor)
    rows = csv_rows(client.get(reverse("supervision:trainee_export", args=[supervised.pk, "csv"])))
    start = rows.index(["Practice"])
    assert rows[start + 1][:3] == ["Exercise", "Rubric", "Submitted"]
    practice = rows[start + 2 :]
    assert [row[5] for row in practice] == ["4", ""]
    assert practice[0][3] == supervisor.display_name and practice[1][7] == "Not rated yet"
    sheets = xlsx_sheets(client.get(reverse("supervision:trainee_export", args=[supervised.pk, "xlsx"])))
    assert [row[5] for row in sheets["Practice"][1:]] == [4, None]


def test_the_trainee_page_costs_the_same_for_one_or_many_rated_responses(
    client, supervisor, supervised, exercise, rubric, webm
):
    def queries():
        client.force_login(supervisor)
        client.get(reverse("supervision:trainee", args=[supervised.pk]))  # warm-up: what pages remember
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("supervision:trainee", args=[supervised.pk])).status_code == 200
        return len(captured)

    rated(client, supervisor, supervised, exercise, rubric, webm)
    one = queries()
    for _ in range(4):
        rated(client, supervisor, supervised, exercise, rubric, webm)
    assert queries() == one
