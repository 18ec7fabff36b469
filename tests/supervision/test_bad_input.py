"""Nonsense a supervisor puts in the workspace's addresses gets a clear answer, never a server error."""

import pytest

pytestmark = pytest.mark.django_db

HUGE_IDS = ["9223372036854775808", "9" * 30]  # one past the largest 64-bit integer, and far past it


@pytest.mark.parametrize("huge", HUGE_IDS)
def test_a_course_id_too_large_for_the_database_is_a_filter_error_on_the_matrix(client, world, huge):
    client.force_login(world.sup_a)
    response = client.get("/supervision/matrix/", {"course": huge})

    html = response.content.decode()
    assert response.status_code == 200 and "Choose one of the courses listed." in html
    assert "Amira" not in html  # no report for a filter that makes no sense


@pytest.mark.parametrize("huge", HUGE_IDS)
def test_the_matrix_export_of_a_course_id_too_large_is_not_found(client, world, huge):
    client.force_login(world.sup_a)
    for fmt in ("csv", "xlsx"):
        response = client.get(f"/supervision/matrix/export.{fmt}", {"course": huge})
        assert response.status_code == 404 and "Page not found" in response.content.decode()


@pytest.mark.parametrize("huge", HUGE_IDS)
def test_huge_ids_in_the_workspace_addresses_are_not_found(client, world, huge):
    client.force_login(world.sup_a)
    for url in (
        f"/supervision/trainees/{huge}/",
        f"/supervision/trainees/{huge}/export.csv",
        f"/supervision/modules/{huge}/",
        f"/supervision/marking/attempts/{huge}/",
        f"/supervision/modules/?cohort={huge}",
    ):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        if response.status_code == 200:
            assert "Choose one of your cohorts." in response.content.decode(), url
