"""What each role can reach, asked over HTTP."""

import pytest

pytestmark = pytest.mark.django_db

ADMIN_HOME = "/admin/"
USER_MANAGEMENT = ["/admin/users/", "/admin/groups/"]


def test_anonymous_visitors_are_sent_to_the_admin_login(client, home):
    response = client.get(ADMIN_HOME)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("who", ["trainee", "supervisor"])
def test_trainees_and_supervisors_cannot_reach_the_admin(client, home, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(ADMIN_HOME, follow=True)
    assert response.redirect_chain, "expected a redirect away from the admin"
    assert b"wagtail-dashboard" not in response.content
    assert "permission" in response.content.decode().lower()


def test_editors_reach_the_admin_dashboard(client, home, editor):
    client.force_login(editor)
    response = client.get(ADMIN_HOME)
    assert response.status_code == 200
    assert b"Dashboard" in response.content


@pytest.mark.parametrize("url", USER_MANAGEMENT)
@pytest.mark.parametrize("who", ["editor", "reviewer", "supervisor"])
def test_no_role_can_manage_users_or_groups(client, home, request, who, url):
    user = request.getfixturevalue(who)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert user.username.encode() not in response.content


def test_a_supervisor_holds_the_marking_permission_and_nothing_else(supervisor):
    assert supervisor.get_all_permissions() == {"quizzes.mark_attempt"}


@pytest.mark.parametrize("url", USER_MANAGEMENT)
def test_site_administrators_manage_users_and_groups(client, home, admin_user, url):
    client.force_login(admin_user)
    assert client.get(url).status_code == 200


def test_editors_can_edit_the_home_page_in_the_admin(client, home, editor):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200


def test_header_offers_the_admin_link_only_to_those_who_may_use_it(client, home, trainee, editor):
    client.force_login(trainee)
    assert b"Edit content" not in client.get("/").content
    client.force_login(editor)
    assert b"Edit content" in client.get("/").content
