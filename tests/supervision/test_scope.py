"""Whose work a supervisor sees, tested over HTTP for every supervision URL."""

import pytest

from supervision.scope import supervised_trainees
from tests import factories
from tests.supervision.conftest import mark_post

pytestmark = pytest.mark.django_db


def urls(world, trainee):
    return [
        "/supervision/",
        "/supervision/matrix/",
        "/supervision/matrix/export.csv",
        "/supervision/matrix/export.xlsx",
        f"/supervision/trainees/{trainee.pk}/",
        f"/supervision/trainees/{trainee.pk}/export.csv",
        f"/supervision/trainees/{trainee.pk}/export.xlsx",
        "/supervision/modules/",
        f"/supervision/modules/{world.modules[0].pk}/",
        "/supervision/marking/",
        "/supervision/marking/attempts/",
        f"/supervision/marking/attempts/{world.bruno_essay.pk}/",
    ]


def test_the_scope_is_the_cohorts_trainees_and_the_individually_supervised(world):
    assert set(supervised_trainees(world.sup_a)) == {world.amira, world.bruno, world.dara}
    assert set(supervised_trainees(world.sup_b)) == {world.chen}


def test_visitors_are_sent_to_the_login_page_from_every_url(client, world):
    for url in urls(world, world.amira):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    response = mark_post(client, world.bruno_essay, "4")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_trainees_and_editors_get_403_from_every_url(client, world, editor):
    for user in (world.amira, editor):
        client.force_login(user)
        for url in urls(world, world.amira):
            assert client.get(url).status_code == 403, (user, url)
        essay = world.bruno_essay.answers.get()
        assert client.post("/supervision/marking/", {"answer_id": essay.pk}).status_code == 403
        assert mark_post(client, world.bruno_essay, "4").status_code == 403
        assert essay.marking_events.count() == 0


def test_supervisor_sees_own_trainees_pages_and_exports(client, world):
    client.force_login(world.sup_a)
    for url in urls(world, world.amira):
        response = client.get(url)
        assert response.status_code == 200, url


def test_another_supervisors_trainee_is_a_404_on_detail_and_exports(client, world):
    client.force_login(world.sup_a)
    for suffix in ("", "export.csv", "export.xlsx"):
        assert client.get(f"/supervision/trainees/{world.chen.pk}/{suffix}").status_code == 404


@pytest.mark.parametrize("guess", ["999999", "0", "-1", "abc", "1.5"])
def test_a_guessed_trainee_id_is_a_404(client, world, guess):
    client.force_login(world.sup_a)
    assert client.get(f"/supervision/trainees/{guess}/").status_code == 404


def test_the_matrix_and_its_exports_list_only_own_trainees(client, world):
    client.force_login(world.sup_a)
    for url in ("/supervision/matrix/", "/supervision/matrix/export.csv"):
        body = b"".join(client.get(url).streaming_content) if url.endswith(".csv") else client.get(url).content
        text = body.decode("utf-8-sig")
        assert "Amira Aziz" in text and "Bruno Brandt" in text and "Dara Doyle" in text, url
        assert "Chen" not in text, url


def test_an_export_of_a_cohort_not_ones_own_is_a_404(client, world):
    client.force_login(world.sup_a)
    for fmt in ("csv", "xlsx"):
        assert client.get(f"/supervision/matrix/export.{fmt}", {"cohort": world.cohort_b.pk}).status_code == 404
        assert client.get(f"/supervision/matrix/export.{fmt}", {"cohort": 987654}).status_code == 404


def test_the_matrix_for_a_cohort_not_ones_own_shows_an_error_and_no_rows(client, world):
    client.force_login(world.sup_a)
    response = client.get("/supervision/matrix/", {"cohort": world.cohort_b.pk})
    html = response.content.decode()
    assert "Choose one of your cohorts." in html
    assert "Chen" not in html and "Amira" not in html


def test_the_cohort_filter_offers_only_own_cohorts(client, world):
    client.force_login(world.sup_a)
    html = client.get("/supervision/matrix/").content.decode()
    assert "Cohort A" in html and "Cohort B" not in html


def test_module_statistics_count_only_own_trainees(client, world):
    client.force_login(world.sup_b)
    response = client.get(f"/supervision/modules/{world.modules[0].pk}/")
    # Cohort B's only trainee has no attempt at the first module's quiz: nothing of cohort A leaks in.
    assert response.context["trainee_count"] == 1
    assert response.context["scores"] == []


def test_module_statistics_for_a_cohort_not_ones_own_is_a_404(client, world):
    client.force_login(world.sup_a)
    assert client.get(f"/supervision/modules/{world.modules[0].pk}/", {"cohort": world.cohort_b.pk}).status_code == 404


def test_a_module_outside_ones_trainees_courses_is_a_404(client, world):
    other = factories.TraineeFactory(username="lone")
    sup = factories.SupervisorFactory(username="sup_lone")
    from supervision.models import Supervision

    Supervision.objects.create(supervisor=sup, trainee=other)
    client.force_login(sup)
    assert client.get(f"/supervision/modules/{world.modules[0].pk}/").status_code == 404
    assert client.get("/supervision/modules/99999999/").status_code == 404


def test_the_marking_queue_lists_only_own_trainees_essays(client, world):
    client.force_login(world.sup_a)
    html = client.get("/supervision/marking/").content.decode()
    assert "I would slow down" in html
    assert "private essay" not in html


def test_marking_another_supervisors_trainees_essay_is_a_404_and_changes_nothing(client, world):
    answer = world.chen_essay.answers.get()
    client.force_login(world.sup_a)
    prefix = f"a{answer.pk}"
    response = client.post("/supervision/marking/", {"answer_id": answer.pk, f"{prefix}-points": "4"})
    assert response.status_code == 404
    assert mark_post(client, world.chen_essay, "4").status_code == 404
    answer.refresh_from_db()
    assert answer.points is None


def test_another_supervisors_trainees_attempt_is_a_404_and_missing_from_the_attempts(client, world):
    client.force_login(world.sup_a)
    assert client.get(f"/supervision/marking/attempts/{world.chen_essay.pk}/").status_code == 404
    assert "Chen" not in client.get("/supervision/marking/attempts/").content.decode()
    client.force_login(world.sup_b)
    assert client.get(f"/supervision/marking/attempts/{world.chen_essay.pk}/").status_code == 200
    assert client.get(f"/supervision/marking/attempts/{world.bruno_essay.pk}/").status_code == 404


@pytest.mark.parametrize("guess", ["999999", "0"])
def test_a_guessed_attempt_id_is_a_404(client, world, guess):
    client.force_login(world.sup_a)
    assert client.get(f"/supervision/marking/attempts/{guess}/").status_code == 404


def test_a_superuser_sees_every_trainee(client, world, admin_user):
    client.force_login(admin_user)
    html = client.get("/supervision/matrix/").content.decode()
    assert all(name in html for name in ("Amira Aziz", "Bruno Brandt", "Chen Cao", "Dara Doyle"))


def test_the_menu_offers_supervision_only_to_supervisors(client, world, editor):
    client.force_login(world.sup_a)
    assert 'href="/supervision/"' in client.get("/dashboard/").content.decode()
    for user in (world.amira, editor):
        client.force_login(user)
        assert 'href="/supervision/"' not in client.get("/dashboard/").content.decode()
