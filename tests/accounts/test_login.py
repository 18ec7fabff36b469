"""Front-end login, logout, password reset and brute-force protection, over HTTP."""

import re

import pytest
from django.core import mail

from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def login(client, username, password=TEST_PASSWORD, url=LOGIN):
    return client.post(url, {"username": username, "password": password})


def test_the_login_page_is_an_accessible_form(client, home):
    html = client.get(LOGIN).content.decode()
    assert '<label for="id_username"' in html
    assert '<label for="id_password"' in html
    assert 'autocomplete="current-password"' in html
    assert 'lang="en-GB"' in html


@pytest.mark.parametrize("who", ["trainee", "supervisor", "editor", "admin_user"])
def test_each_role_logs_in_on_the_site_and_sees_their_name(client, home, request, who):
    user = request.getfixturevalue(who)
    response = login(client, user.username)
    assert response.status_code == 302
    page = client.get("/").content.decode()
    assert user.get_full_name() in page
    assert "Log out" in page


def test_a_wrong_password_says_so_and_logs_nobody_in(client, home, trainee):
    response = login(client, trainee.username, "not-the-password")
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_logout_is_a_post_and_ends_the_session(client, home, trainee):
    client.force_login(trainee)
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("url", [LOGIN, "/admin/login/"])
def test_the_sixth_failed_login_for_a_username_is_refused_with_429(client, home, trainee, url):
    for _ in range(5):
        assert login(client, trainee.username, "wrong-password", url=url).status_code == 200
    locked = login(client, trainee.username, "wrong-password", url=url)
    assert locked.status_code == 429
    # Even the right password is refused while the lock holds.
    assert login(client, trainee.username, url=url).status_code == 429


def test_a_lockout_on_one_username_leaves_other_users_alone(client, home, trainee, supervisor):
    for _ in range(6):
        login(client, trainee.username, "wrong-password")
    assert login(client, supervisor.username).status_code == 302


def test_password_reset_sends_a_working_one_time_link(client, home, trainee):
    response = client.post("/accounts/password/reset/", {"email": trainee.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link).url
    new_password = "a-brand-new-passphrase"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert login(client, trainee.username, new_password).status_code == 302
    assert "invalid" in client.get(link, follow=True).content.decode()


def test_password_reset_does_not_reveal_whether_an_address_exists(client, home):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"}, follow=True)
    assert response.status_code == 200
    assert "Check your e-mail" in response.content.decode()
    assert not mail.outbox


def test_signed_in_pages_are_never_cached(client, home, trainee):
    client.force_login(trainee)
    cache_control = client.get("/")["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_the_login_page_sends_a_signed_in_user_on(client, home, trainee):
    client.force_login(trainee)
    assert client.get(LOGIN).status_code == 302
