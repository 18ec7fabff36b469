"""The security log (issue 11, Accounts): failed logins, lockouts, refusals on trainee data and every record of
the "security" logger become entries that only site administrators read; writing one never breaks a request."""

import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.test import Client
from django.utils import timezone

from accounts import security_log
from accounts.models import SecurityEvent
from tests import factories
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/security-log/"


@pytest.fixture(autouse=True)
def _fresh_lockout_alerts():
    cache.clear()
    yield
    cache.clear()


def commit(django_capture_on_commit_callbacks):
    """Entries are written when the work they record commits: inside the test's transaction, run that as it would."""
    return django_capture_on_commit_callbacks(execute=True)


def login(client, username, password, url="/accounts/login/"):
    return client.post(url, {"username": username, "password": password})


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_a_failed_login_is_logged_with_the_username_and_address(home, trainee, url, django_capture_on_commit_callbacks):
    client = Client(REMOTE_ADDR="203.0.113.9")
    with commit(django_capture_on_commit_callbacks):
        login(client, trainee.username, "wrong-password", url=url)
        login(client, "nobody-by-this-name", "x", url=url)
    known, unknown = SecurityEvent.objects.filter(event="login_failed").order_by("pk")
    assert (known.user, known.username, known.address) == (trainee, trainee.username, "203.0.113.9")
    assert known.detail["path"] == url
    assert (unknown.user, unknown.username) == (None, "nobody-by-this-name")


def test_a_lockout_and_the_attempts_refused_during_it_are_logged(home, trainee, django_capture_on_commit_callbacks):
    client = Client(REMOTE_ADDR="203.0.113.9")
    with commit(django_capture_on_commit_callbacks):
        for _ in range(7):
            login(client, trainee.username, "wrong-password")
    lock = SecurityEvent.objects.get(event="lockout")
    assert (lock.user, lock.username, lock.address) == (trainee, trainee.username, "203.0.113.9")
    assert lock.detail["failures"] == 6
    assert SecurityEvent.objects.filter(event="login_failed", detail__while_locked=True).count() == 1


def test_a_username_no_column_can_hold_is_logged_cut_short_and_harmless(home, django_capture_on_commit_callbacks):
    with commit(django_capture_on_commit_callbacks):
        security_log.add_event("login_failed", username="x\x00" + "y" * 400, detail={"k\x00": ["v\x00"]})
    event = SecurityEvent.objects.get()
    assert len(event.username) == 150 and "\x00" not in event.username
    assert event.detail == {"k\\x00": ["v\\x00"]}


def test_refusals_on_trainee_data_are_logged(client, home, editor, trainee, django_capture_on_commit_callbacks):
    with commit(django_capture_on_commit_callbacks):
        client.force_login(editor)
        assert client.get("/supervision/").status_code == 403
        client.force_login(trainee)
        assert client.get("/learning/certificates/999999/").status_code == 404  # not theirs, or no such thing
        assert client.get("/quizzes/attempts/999999/").status_code == 404
        assert client.get("/no-such-page/").status_code == 404  # not trainee data: not logged
    refused = [(e.user, e.detail["path"], e.detail["status"]) for e in SecurityEvent.objects.filter(event="refused")]
    assert sorted(refused, key=lambda row: row[1]) == [
        (trainee, "/learning/certificates/999999/", 404),
        (trainee, "/quizzes/attempts/999999/", 404),
        (editor, "/supervision/", 403),
    ]


def test_any_security_record_with_extras_becomes_an_entry(admin_user, trainee, django_capture_on_commit_callbacks):
    with commit(django_capture_on_commit_callbacks):
        logging.getLogger("security").info(
            "Data export of %s downloaded.",
            trainee.username,
            extra={"event": "export_downloaded", "user_id": trainee.pk, "actor_id": admin_user.pk},
        )
    event = SecurityEvent.objects.get()
    assert (event.event, event.user, event.actor) == ("export_downloaded", trainee, admin_user)
    assert event.message == f"Data export of {trainee.username} downloaded."


def test_an_entry_waits_for_the_commit_and_goes_with_a_rollback(trainee, django_capture_on_commit_callbacks):
    with commit(django_capture_on_commit_callbacks):
        with pytest.raises(RuntimeError), transaction.atomic():
            security_log.add_event("erasure", user_id=trainee.pk)
            raise RuntimeError("the erasure failed")
        with transaction.atomic():
            security_log.add_event("erasure", user_id=trainee.pk)
            assert not SecurityEvent.objects.exists()  # not inside the transaction it records
    assert SecurityEvent.objects.filter(event="erasure").count() == 1


def test_logging_inside_a_failed_transaction_writes_nothing_and_raises_nothing(
    trainee, django_capture_on_commit_callbacks
):
    with commit(django_capture_on_commit_callbacks), transaction.atomic():
        transaction.set_rollback(True)  # as after a database error caught in the transaction
        logging.getLogger("security").warning("During a failure.", extra={"event": "refused", "user_id": trainee.pk})
    assert not SecurityEvent.objects.exists()


def test_a_database_error_while_logging_never_breaks_the_request(home, trainee, django_capture_on_commit_callbacks):
    client = Client()
    with (
        mock.patch.object(SecurityEvent.objects, "create", side_effect=DatabaseError("disk full")) as create,
        commit(django_capture_on_commit_callbacks),
    ):
        response = login(client, trainee.username, "wrong-password")
        assert response.status_code == 200
        assert login(client, trainee.username, TEST_PASSWORD).status_code == 302
    assert create.called
    assert not SecurityEvent.objects.exists()


def test_an_erased_account_keeps_its_entries_without_the_link(trainee, django_capture_on_commit_callbacks):
    user_id = trainee.pk
    trainee.delete()
    with commit(django_capture_on_commit_callbacks):
        security_log.add_event("erasure", user_id=user_id, username="trainee_a")
    event = SecurityEvent.objects.get()
    assert (event.user, event.username) == (None, "trainee_a")


def test_purge_deletes_what_is_past_the_retention_period(settings, trainee, django_capture_on_commit_callbacks):
    settings.SECURITY_LOG_RETENTION_DAYS = 30
    with commit(django_capture_on_commit_callbacks):
        for _ in range(3):
            security_log.add_event("login_failed", user_id=trainee.pk)
    now = timezone.now()
    old, kept, _ = SecurityEvent.objects.order_by("pk")
    SecurityEvent.objects.filter(pk=old.pk).update(time=now - timedelta(days=31))
    SecurityEvent.objects.filter(pk=kept.pk).update(time=now - timedelta(days=29))
    assert security_log.purge(now=now) == 1
    assert SecurityEvent.objects.count() == 2
    assert security_log.purge(now=now + timedelta(days=2)) == 1


def test_only_administrators_read_the_log(client, home, editor, reviewer, supervisor, trainee, admin_user):
    SecurityEvent.objects.create(event="login_failed", username="someone", address="203.0.113.9")
    for who in (editor, reviewer):
        client.force_login(who)
        assert client.get(REPORT).status_code in (302, 403)
        assert "Security log" not in client.get("/admin/").content.decode()
    for who in (supervisor, trainee):
        client.force_login(who)
        response = client.get(REPORT)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(admin_user)
    page = client.get(REPORT)
    assert page.status_code == 200
    assert "someone" in page.content.decode() and "203.0.113.9" in page.content.decode()
    assert "Security log" in client.get("/admin/").content.decode()


def test_the_log_filters_by_event_username_address_and_date(client, home, admin_user, trainee):
    SecurityEvent.objects.create(event="login_failed", username="alpha", address="203.0.113.9")
    SecurityEvent.objects.create(event="lockout", username="beta", address="198.51.100.4")
    SecurityEvent.objects.create(event="refused", user=trainee, address="198.51.100.4")
    client.force_login(admin_user)

    def shown(query):
        html = client.get(REPORT + "results/?" + query).content.decode()
        return {name for name in ("alpha", "beta", trainee.username) if name in html}

    assert shown("event=lockout") == {"beta"}
    assert shown("username=ALPHA") == {"alpha"}
    assert shown(f"username={trainee.username}") == {trainee.username}
    assert shown("address=198.51.100.4") == {"beta", trainee.username}
    assert shown("address=not-an-address") == set()
    today = timezone.localdate().isoformat()
    assert shown(f"time_after={today}") == {"alpha", "beta", trainee.username}


@pytest.mark.parametrize("count", [1, 100])
def test_the_log_costs_the_same_queries_for_1_or_100_entries(
    client, home, admin_user, count, django_assert_max_num_queries
):
    users = [factories.TraineeFactory() for _ in range(min(count, 10))]
    SecurityEvent.objects.bulk_create(
        [SecurityEvent(event="refused", user=users[i % len(users)], actor=admin_user) for i in range(count)]
    )
    client.force_login(admin_user)
    client.get(REPORT)
    with django_assert_max_num_queries(16):
        assert client.get(REPORT).status_code == 200
