"""After signing in, each role lands where its work is, unless the login was asked for a (safe) page."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "landing-password-2026"


def signed_in_at(client, user, **query):
    client.logout()
    user.set_password(PASSWORD)
    user.save()
    url = "/accounts/login/" + (f"?next={query['next']}" if query else "")
    response = client.post(url, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:300]
    return response["Location"]


@pytest.mark.parametrize(
    ("factory", "landing"),
    [
        (factories.TraineeFactory, "/dashboard/"),
        (factories.SupervisorFactory, "/supervision/"),
        (factories.EditorFactory, "/admin/"),
        (factories.ReviewerFactory, "/admin/"),
        (factories.AdminFactory, "/admin/"),
    ],
)
def test_each_role_lands_where_its_work_is(client, home, factory, landing):
    assert signed_in_at(client, factory()) == landing


def test_a_supervisor_who_is_also_a_trainee_lands_on_the_workspace(client, home):
    from django.contrib.auth.models import Group

    user = factories.SupervisorFactory()
    user.groups.add(Group.objects.get(name="Trainees"))
    assert signed_in_at(client, user) == "/supervision/"


def test_a_requested_page_wins_but_never_another_site(client, home):
    assert signed_in_at(client, factories.SupervisorFactory(), next="/courses/") == "/courses/"
    assert signed_in_at(client, factories.EditorFactory(), next="https://evil.example/") == "/admin/"
