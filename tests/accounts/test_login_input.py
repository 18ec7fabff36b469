"""Login forms answer bad input with a message, never a server error (issue 11, defect 5)."""

import pytest

from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

LOGINS = ["/accounts/login/", "/admin/login/"]


@pytest.mark.parametrize("url", LOGINS)
@pytest.mark.parametrize("length", [151, 255, 256, 300, 5000])
def test_an_overlong_username_is_refused_with_the_form(client, home, url, length):
    response = client.post(url, {"username": "u" * length, "password": "whatever-it-is"})
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("url", LOGINS)
@pytest.mark.parametrize("field", ["username", "password"])
def test_a_nul_byte_in_username_or_password_is_refused_with_the_form(client, home, trainee, url, field):
    data = {"username": trainee.username, "password": TEST_PASSWORD}
    data[field] = data[field][:3] + "\x00" + data[field][3:]
    response = client.post(url, data)
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("url", LOGINS)
def test_repeated_overlong_usernames_lock_out_without_a_server_error(client, home, url):
    for _ in range(8):
        response = client.post(url, {"username": "x" * 400, "password": "wrong-password"})
        assert response.status_code in (200, 429)
