"""Site administrators assign cohorts and individual trainees to supervisors in the Wagtail admin."""

import pytest

from supervision.models import Supervision

pytestmark = pytest.mark.django_db


def test_an_administrator_assigns_a_cohorts_supervisors(client, admin_user, world):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/snippets/learning/cohort/edit/{world.cohort_b.pk}/",
        {
            "name": "Cohort B",
            "starts_on": world.cohort_b.starts_on.isoformat(),
            "courses": [world.course.pk],
            "trainees": [world.chen.pk],
            "supervisors": [world.sup_a.pk, world.sup_b.pk],
        },
    )
    assert response.status_code == 302
    client.force_login(world.sup_a)
    assert "Chen Cao" in client.get("/supervision/matrix/").content.decode()


def test_only_supervisors_can_be_chosen_as_a_cohorts_supervisors(client, admin_user, world):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/snippets/learning/cohort/edit/{world.cohort_b.pk}/",
        {"name": "Cohort B", "starts_on": world.cohort_b.starts_on.isoformat(), "supervisors": [world.amira.pk]},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not world.cohort_b.supervisors.filter(pk=world.amira.pk).exists()


def test_an_administrator_assigns_a_trainee_individually(client, admin_user, world):
    client.force_login(admin_user)
    assert client.get("/admin/snippets/supervision/supervision/").status_code == 200
    response = client.post(
        "/admin/snippets/supervision/supervision/add/", {"supervisor": world.sup_b.pk, "trainee": world.amira.pk}
    )
    assert response.status_code == 302
    assert Supervision.objects.filter(supervisor=world.sup_b, trainee=world.amira).exists()
    client.force_login(world.sup_b)
    assert client.get(f"/supervision/trainees/{world.amira.pk}/").status_code == 200


def test_the_same_assignment_twice_is_explained_not_an_error(client, admin_user, world):
    client.force_login(admin_user)
    response = client.post(
        "/admin/snippets/supervision/supervision/add/", {"supervisor": world.sup_a.pk, "trainee": world.dara.pk}
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert Supervision.objects.filter(supervisor=world.sup_a, trainee=world.dara).count() == 1


def test_supervisors_and_editors_cannot_assign_supervision(client, world, editor):
    for user in (world.sup_a, editor):
        client.force_login(user)
        response = client.post(
            "/admin/snippets/supervision/supervision/add/", {"supervisor": world.sup_a.pk, "trainee": world.chen.pk}
        )
        assert response.status_code in (302, 403)
    assert not Supervision.objects.filter(trainee=world.chen).exists()


def test_the_admin_menu_leads_administrators_to_the_workspace_but_not_editors(client, admin_user, editor):
    # The admin's sidebar is drawn by JavaScript from JSON in the page: look for the item's label and URL there.
    client.force_login(admin_user)
    html = client.get("/admin/").content.decode()
    assert "Supervision reports" in html and "/supervision/" in html
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Supervision reports" not in html and "/supervision/" not in html
