"""Brute-force protection that cannot be turned against a person (issue 11, defect 3).

Failed logins lock the pair of username and client address: an attacker elsewhere cannot lock the owner out,
the lock ends by itself (longer with each further failure, never renewed by attempts during it), a new password
ends it at once, and administrators hear of it.
"""

import datetime
import logging
import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.core.cache import cache
from django.db.models import F
from django.test import Client

from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

SITE_LOGIN = "/accounts/login/"
ADMIN_LOGIN = "/admin/login/"
NEW_PASSWORD = "a-brand-new-passphrase"


@pytest.fixture(autouse=True)
def _fresh_alert_throttle():
    cache.clear()
    yield
    cache.clear()


def from_address(address):
    return Client(REMOTE_ADDR=address)


def login(client, username, password=TEST_PASSWORD, url=SITE_LOGIN):
    return client.post(url, {"username": username, "password": password})


def lock(client, username, url=SITE_LOGIN):
    responses = [login(client, username, "wrong-password", url=url) for _ in range(6)]
    assert [r.status_code for r in responses] == [200] * 5 + [429]
    return responses[-1]


def let_time_pass(minutes):
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=minutes))


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_a_lockout_from_one_address_leaves_the_account_open_from_another(home, admin_user, url):
    attacker, owner = from_address("203.0.113.9"), from_address("198.51.100.4")
    lock(attacker, admin_user.username, url=url)
    assert login(attacker, admin_user.username, url=url).status_code == 429
    assert login(owner, admin_user.username, url=url).status_code == 302
    assert "_auth_user_id" in owner.session


def test_attempts_during_a_lockout_do_not_prolong_it(home, trainee):
    attacker = from_address("203.0.113.9")
    lock(attacker, trainee.username)
    for _ in range(20):
        assert login(attacker, trainee.username, "wrong-password").status_code == 429
    let_time_pass(16)
    assert login(attacker, trainee.username).status_code == 302


def test_each_failure_after_a_lockout_doubles_the_wait(home, trainee):
    client = from_address("203.0.113.9")
    assert "15\xa0minutes" in lock(client, trainee.username).content.decode()
    let_time_pass(16)
    again = login(client, trainee.username, "wrong-password")
    assert again.status_code == 429
    assert "30\xa0minutes" in again.content.decode()
    let_time_pass(16)
    assert login(client, trainee.username).status_code == 429
    let_time_pass(15)
    assert login(client, trainee.username).status_code == 302


def test_a_successful_login_forgets_earlier_failures(home, trainee):
    client = from_address("203.0.113.9")
    for _ in range(5):
        login(client, trainee.username, "wrong-password")
    assert login(client, trainee.username).status_code == 302
    client.post("/accounts/logout/")
    for _ in range(5):
        assert login(client, trainee.username, "wrong-password").status_code == 200


def reset_password(client, email, start="/accounts/password/reset/"):
    mail.outbox.clear()
    assert client.post(start, {"email": email}).status_code == 302
    link = re.search(r"http://testserver(/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link).url
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("start", "url"), [("/accounts/password/reset/", SITE_LOGIN), ("/admin/password_reset/", ADMIN_LOGIN)]
)
def test_a_password_reset_lifts_the_lock_at_once(home, admin_user, start, url):
    client = from_address("203.0.113.9")
    lock(client, admin_user.username, url=url)
    reset_password(client, admin_user.email, start=start)
    assert login(client, admin_user.username, NEW_PASSWORD, url=url).status_code == 302


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_the_locked_page_says_what_happened_how_long_and_what_to_do(home, trainee, url):
    response = lock(from_address("203.0.113.9"), trainee.username, url=url)
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "<h1>Too many failed log-in attempts</h1>" in html
    assert 'role="alert"' in html
    assert "15\xa0minutes" in html
    assert 'href="/accounts/password/reset/"' in html
    assert 'lang="en-GB"' in html  # the site's own page, not a bare status text


def test_administrators_are_alerted_once_per_lockout(home, trainee, settings, caplog):
    settings.ADMINS = [("Security desk", "security@example.org")]
    client = from_address("203.0.113.9")
    mail.outbox.clear()
    with caplog.at_level(logging.WARNING, logger="security"):
        lock(client, trainee.username)
        for _ in range(3):
            login(client, trainee.username, "wrong-password")
    alerts = [message for message in mail.outbox if "security@example.org" in message.to]
    assert len(alerts) == 1
    assert trainee.username in alerts[0].body and "203.0.113.9" in alerts[0].body
    records = [record for record in caplog.records if record.name == "security"]
    assert len(records) == 1
    assert trainee.username in records[0].getMessage()


def test_behind_a_proxy_the_lock_is_on_the_clients_address_which_a_client_cannot_forge(home, trainee, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    # The attacker puts the owner's address first in X-Forwarded-For; the proxy appends the attacker's own.
    attacker = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.4, 203.0.113.9")
    owner = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.4")
    lock(attacker, trainee.username)
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"
    assert login(owner, trainee.username).status_code == 302
