"""The second factor over HTTP (issue 11, Accounts): required of every staff role, optional for trainees.

After the password, on the site login and the admin login alike, whoever has an authenticator enters a code
before anything else; staff without one set it up first (a QR code and the secret as text). Recovery codes work
once, wrong codes are throttled, and a verified code ends the username's sign-in locks.
"""

import os
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import mfa
from tests.accounts.mfa_helpers import RECOVERY_CODES, code_for, give_authenticator, wrong_code
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

SETUP = "/accounts/two-factor/setup/"
VERIFY = "/accounts/two-factor/"
STAFF = ["editor", "reviewer", "supervisor", "admin_user"]
LANDING = {"editor": "/admin/", "reviewer": "/admin/", "supervisor": "/supervision/", "admin_user": "/admin/"}


@pytest.fixture(autouse=True)
def _required(settings):
    settings.MFA_REQUIRED_FOR_STAFF = True


def login(client, username, url="/accounts/login/", password=TEST_PASSWORD):
    return client.post(url, {"username": username, "password": password})


def path_of(response):
    return urlparse(response["Location"]).path


def next_of(response):
    return parse_qs(urlparse(response["Location"]).query).get("next", [""])[0]


def set_up(client, user):
    """Go through the setup page as a person does; returns the recovery codes it shows."""
    page = client.get(SETUP)
    assert page.status_code == 200
    secret = client.session[mfa.PENDING_SECRET]
    confirmed = client.post(SETUP, {"code": code_for(secret)})
    assert confirmed.status_code == 302 and path_of(confirmed) == "/accounts/two-factor/recovery-codes/"
    codes_page = client.get(confirmed["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]{4}(?:-[a-z2-7]{4}){3})</code></li>", codes_page)
    return codes


@pytest.mark.parametrize("who", STAFF)
def test_every_staff_role_is_sent_to_set_up_a_second_factor_before_anything_else(client, home, request, who):
    user = request.getfixturevalue(who)
    signed_in = login(client, user.username)
    assert signed_in.status_code == 302
    for url in (LANDING[who], "/dashboard/", "/accounts/", "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 302 and path_of(response) == SETUP, url
        assert next_of(response) == url

    page = client.get(SETUP).content.decode()
    assert 'src="data:image/svg+xml;base64,' in page  # the QR code, drawn here, no third party
    secret_text = re.search(r'<code id="secret-key">([A-Z2-7 ]+)</code>', page).group(1)
    assert len(secret_text.replace(" ", "")) == 32  # 20 random bytes in base32, to type where scanning fails
    assert TOTPDevice.objects.filter(user=user).count() == 0  # opening the page saved nothing

    codes = set_up(client, user)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get(LANDING[who]).status_code == 200


def test_a_wrong_code_at_setup_saves_nothing_and_says_so(client, home, editor):
    client.force_login(editor)
    client.get(SETUP)
    secret = client.session[mfa.PENDING_SECRET]
    response = client.post(SETUP, {"code": wrong_code(secret)})
    assert response.status_code == 400
    assert "does not match" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert client.get("/admin/").status_code == 302


def test_a_trainee_is_not_asked_for_a_second_factor_but_may_turn_it_on_and_off(client, home, trainee):
    client.force_login(trainee)
    assert client.get("/dashboard/").status_code == 200
    assert "Turn on two-factor authentication" in client.get("/accounts/").content.decode()
    set_up(client, trainee)
    assert "On: after your password" in client.get("/accounts/").content.decode()

    other = Client()
    login(other, trainee.username)
    assert path_of(other.get("/dashboard/")) == VERIFY  # once on, it is asked of them too

    assert client.post("/accounts/two-factor/remove/").status_code == 302
    assert not TOTPDevice.objects.filter(user=trainee).exists()
    assert not StaticToken.objects.filter(device__user=trainee).exists()


def test_staff_cannot_turn_their_second_factor_off(client, home, editor):
    give_authenticator(editor)
    client.force_login(editor)
    client.post(VERIFY, {"code": code_for(TOTPDevice.objects.get(user=editor).key)})
    response = client.post("/accounts/two-factor/remove/", follow=True)
    assert "Your role requires a second factor" in response.content.decode()
    assert TOTPDevice.objects.filter(user=editor).exists()


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_after_the_password_the_code_is_asked_on_the_site_and_admin_logins(client, home, admin_user, url):
    device = give_authenticator(admin_user)
    login(client, admin_user.username, url=url)
    response = client.get("/admin/")
    assert response.status_code == 302 and path_of(response) == VERIFY
    assert client.get("/admin/users/").status_code == 302

    wrong = client.post(VERIFY, {"code": wrong_code(device.key), "next": "/admin/"})
    assert wrong.status_code == 400
    assert "That code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    device.throttling_failure_timestamp = timezone.now() - timedelta(seconds=5)
    device.save()
    right = client.post(VERIFY, {"code": code_for(device.key), "next": "/admin/"})
    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_code_is_not_accepted_twice(client, home, editor):
    device = give_authenticator(editor)
    code = code_for(device.key)
    login(client, editor.username)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    again = Client()
    login(again, editor.username)
    assert again.post(VERIFY, {"code": code}).status_code == 400


def test_a_recovery_code_signs_in_once(client, home, supervisor):
    give_authenticator(supervisor)
    login(client, supervisor.username)
    used = client.post(VERIFY, {"code": RECOVERY_CODES[0].upper(), "next": "/supervision/"}, follow=True)
    assert used.redirect_chain[-1][0] == "/supervision/"
    assert "2 are left" in used.content.decode()

    again = Client()
    login(again, supervisor.username)
    assert again.post(VERIFY, {"code": RECOVERY_CODES[0]}).status_code == 400
    assert StaticToken.objects.filter(device__user=supervisor).count() == 2


def test_wrong_codes_are_throttled_even_when_the_next_code_is_right(client, home, editor):
    device = give_authenticator(editor)
    login(client, editor.username)
    for _ in range(3):
        assert client.post(VERIFY, {"code": wrong_code(device.key)}).status_code == 400
        TOTPDevice.objects.filter(pk=device.pk).update(  # each wait over, so that each wrong code is checked
            throttling_failure_timestamp=timezone.now() - timedelta(seconds=10)
        )
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now())
    refused = client.post(VERIFY, {"code": code_for(device.key)})
    assert refused.status_code == 429
    assert "Too many wrong codes in a row" in refused.content.decode()
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    assert device.throttling_failure_count == 3  # refused unchecked: the wait is not shortened by guessing
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - timedelta(seconds=5))
    assert client.post(VERIFY, {"code": code_for(device.key)}).status_code == 302


def test_a_password_alone_cannot_replace_the_authenticator(client, home, editor):
    give_authenticator(editor)
    login(client, editor.username)
    response = client.get(SETUP)
    assert response.status_code == 302 and path_of(response) == VERIFY
    assert client.post(SETUP, {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_new_recovery_codes_replace_the_old_ones(client, home, trainee):
    client.force_login(trainee)
    first = set_up(client, trainee)
    client.post("/accounts/two-factor/recovery-codes/")
    shown = client.get("/accounts/two-factor/recovery-codes/").content.decode()
    second = re.findall(r"<li><code>([a-z2-7]{4}(?:-[a-z2-7]{4}){3})</code></li>", shown)
    assert len(second) == 10 and not set(first) & set(second)
    page = client.get("/accounts/two-factor/recovery-codes/").content.decode()
    assert "<code>" not in page  # shown once
    assert "10 unused recovery codes" in page


def test_recovery_codes_are_stored_only_as_digests_and_work_as_shown(client, home, trainee):
    client.force_login(trainee)
    codes = set_up(client, trainee)
    stored = set(StaticToken.objects.filter(device__user=trainee).values_list("token", flat=True))
    assert len(stored) == 10
    typed_forms = {form for code in codes for form in (code, code.replace("-", ""))}
    assert not stored & typed_forms, "a copy of the database must not hold a code that signs in"
    again = Client()
    login(again, trainee.username)
    assert again.post(VERIFY, {"code": codes[3].replace("-", " ").upper()}).status_code == 302
    assert StaticToken.objects.filter(device__user=trainee).count() == 9


def test_a_verified_code_ends_the_sign_in_locks_on_the_username(home, editor):
    device = give_authenticator(editor)
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(6):
        login(elsewhere, editor.username, password="wrong-password")
    assert login(elsewhere, editor.username).status_code == 429
    assert AccessAttempt.objects.filter(username=editor.username).exists()

    owner = Client(REMOTE_ADDR="198.51.100.4")
    login(owner, editor.username)
    assert owner.post(VERIFY, {"code": code_for(device.key)}).status_code == 302
    assert not AccessAttempt.objects.filter(username=editor.username).exists()
    assert login(elsewhere, editor.username).status_code == 302


def test_the_second_factor_pages_need_a_sign_in(client, home):
    for url in (SETUP, VERIFY, "/accounts/two-factor/recovery-codes/", "/accounts/"):
        response = client.get(url)
        assert response.status_code == 302 and path_of(response) == "/accounts/login/"


def test_an_administrator_resets_a_lost_second_factor(client, home, editor):
    from django.core.management import call_command

    give_authenticator(editor)
    client.force_login(editor)
    call_command("reset_second_factor", editor.username, stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert path_of(client.get("/accounts/")) == "/accounts/login/"  # their sessions ended
    login(client, editor.username)
    assert path_of(client.get("/admin/")) == SETUP  # and they set up a new one
