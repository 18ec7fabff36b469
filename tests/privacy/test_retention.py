"""The retention task deletes what is past its period, and only that, at a fixed cost; the admin reports it."""

import itertools
from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import SecurityEvent
from practice.models import Status, Submission
from privacy import archive, retention
from privacy.models import DataExport, ErasureRecord, ExportStatus, RetentionRun
from quizzes.models import MarkingEvent
from tests import factories
from tests.privacy.conftest import quiz_attempt

pytestmark = pytest.mark.django_db

NOW = timezone.now()
BROWSERS = itertools.count()


def days_ago(days):
    return NOW - timedelta(days=days)


def make_due_and_kept(trainee, exercise, quiz, supervisor, count=1):
    """`count` records of every kind past their period, and one of each still within it."""
    for age, n in ((400, count), (10, 1)):  # recordings: 365 days after submission
        for _ in range(n):
            Submission.objects.create(
                exercise=exercise, trainee=trainee, status=Status.READY, submitted_at=days_ago(age)
            )
    for age, n in ((31, count), (29, 1)):  # sign-in records: 30 days
        for _ in range(n):
            browser = f"browser {next(BROWSERS)}"  # axes keeps one attempt per username, address and browser
            for model, extra in ((AccessAttempt, {"failures_since_start": 6}), (AccessFailureLog, {}), (AccessLog, {})):
                row = model.objects.create(username="someone", ip_address="10.0.0.2", user_agent=browser, **extra)
                model.objects.filter(pk=row.pk).update(attempt_time=days_ago(age))
    for expired, n in ((True, count), (False, 1)):
        for _ in range(n):
            store = SessionStore()
            store.create()
            Session.objects.filter(pk=store.session_key).update(
                expire_date=NOW - timedelta(minutes=1) if expired else NOW + timedelta(hours=1)
            )
    number = trainee.quiz_attempts.count() + 1
    attempt = quiz_attempt(trainee, quiz, right=True, essay="Text", number=number, marker=supervisor)
    answer = attempt.answers.get(slot__position=2)
    for age, n in ((731, count), (700, 1)):  # marking history: 730 days
        for _ in range(n):
            event = MarkingEvent.objects.create(answer=answer, marker=supervisor, new_points=3)
            MarkingEvent.objects.filter(pk=event.pk).update(at=days_ago(age))
    for age, n in ((366, count), (300, 1)):  # security log: 365 days
        for _ in range(n):
            event = SecurityEvent.objects.create(event="login_failed", username="someone")
            SecurityEvent.objects.filter(pk=event.pk).update(time=days_ago(age))
    for expired, n in ((True, count), (False, 1)):  # exports: until they expire
        for _ in range(n):
            export = DataExport.objects.create(
                subject=trainee,
                requested_by=trainee,
                status=ExportStatus.READY,
                finished_at=days_ago(8 if expired else 1),
                expires_at=days_ago(1) if expired else NOW + timedelta(days=6),
            )
            archive.export_root().mkdir(parents=True, exist_ok=True)
            archive.archive_path(export).write_bytes(b"PK")


def test_only_what_is_due_is_deleted(supervised, exercise, quiz, supervisor, django_capture_on_commit_callbacks):
    make_due_and_kept(supervised, exercise, quiz, supervisor)
    kept_export = DataExport.objects.get(expires_at__gt=NOW)
    gone_export = DataExport.objects.get(expires_at__lt=NOW)
    report = {row.kind.key: row.due for row in retention.report(NOW)}
    assert report == {
        "recordings": 1,
        "login_records": 3,
        "sessions": 1,
        "security_log": 1,
        "marking_history": 1,
        "inactive_accounts": 0,
        "exports": 1,
    }
    with django_capture_on_commit_callbacks(execute=True):
        run = retention.enforce(NOW)
    assert run.deleted == report
    assert list(Submission.objects.values_list("submitted_at", flat=True)) == [days_ago(10)]
    assert all(model.objects.count() == 1 for model in (AccessAttempt, AccessFailureLog, AccessLog))
    assert Session.objects.filter(expire_date__gt=NOW).count() == Session.objects.count() == 1
    # The recent one, and the one made when the essay was marked (today).
    assert MarkingEvent.objects.filter(at__lt=days_ago(730)).count() == 0 and MarkingEvent.objects.count() == 2
    assert SecurityEvent.objects.filter(event="login_failed").count() == 1
    assert list(DataExport.objects.all()) == [kept_export]
    assert archive.archive_path(kept_export).exists() and not archive.archive_path(gone_export).exists()
    assert {row.kind.key: row.due for row in retention.report(NOW)} == dict.fromkeys(report, 0)


def test_enforcing_costs_the_same_queries_for_one_and_for_many_records(
    supervised, exercise, quiz, supervisor, django_assert_max_num_queries
):
    make_due_and_kept(supervised, exercise, quiz, supervisor, count=1)
    with CaptureQueriesContext(connection) as one:
        retention.enforce(NOW)
    make_due_and_kept(supervised, exercise, quiz, supervisor, count=25)
    with django_assert_max_num_queries(len(one)):
        run = retention.enforce(NOW)
    assert run.deleted["recordings"] == 25 and run.deleted["marking_history"] == 25


def test_an_inactive_account_is_erased_but_not_an_administrator_or_someone_active(db, admin_user, settings):
    User = get_user_model()
    dormant = factories.TraineeFactory(username="dormant")
    never = factories.TraineeFactory(username="never_signed_in")
    active = factories.TraineeFactory(username="active")
    User.objects.filter(pk=dormant.pk).update(last_login=days_ago(1100), date_joined=days_ago(2000))
    User.objects.filter(pk=never.pk).update(last_login=None, date_joined=days_ago(1100))
    User.objects.filter(pk=active.pk).update(last_login=days_ago(10), date_joined=days_ago(2000))
    User.objects.filter(pk=admin_user.pk).update(last_login=days_ago(2000), date_joined=days_ago(2000))
    assert {row.kind.key: row.due for row in retention.report()}["inactive_accounts"] == 2
    settings.PRIVACY_INACTIVE_ACCOUNTS_PER_RUN = 1
    assert retention.enforce().deleted["inactive_accounts"] == 1  # the longest unused first
    assert User.objects.get(pk=dormant.pk).username == f"erased-{dormant.pk}"
    assert User.objects.get(pk=never.pk).is_active
    assert retention.enforce().deleted["inactive_accounts"] == 1
    assert not User.objects.get(pk=never.pk).is_active
    assert User.objects.get(pk=active.pk).is_active and User.objects.get(pk=admin_user.pk).is_active
    assert sorted(ErasureRecord.objects.values_list("former_user_id", flat=True)) == sorted([dormant.pk, never.pk])
    assert ErasureRecord.objects.filter(actor__isnull=True, reason__contains="1095 days").count() == 2


def test_the_command_enqueues_the_task_and_the_admin_reports_its_last_run(client, admin_user, editor, supervisor):
    client.force_login(admin_user)
    html = client.get("/admin/privacy/retention/").content.decode()
    assert "The retention task has not run yet." in html
    out = StringIO()
    call_command("enforce_retention", stdout=out)  # the tests' task backend runs it at once
    assert out.getvalue().startswith("Enqueued ")
    run = RetentionRun.objects.get()
    assert run.finished_at is not None and set(run.deleted) == {kind.key for kind in retention.KINDS}
    html = client.get("/admin/privacy/retention/").content.decode()
    assert "The retention task last ran on" in html
    assert 'data-kind="recordings"' in html and "365 days after submission" in html
    assert "PRIVACY_LOGIN_RECORDS_DAYS" in html
    for person in (editor, supervisor):
        client.force_login(person)
        assert client.get("/admin/privacy/retention/").status_code in (302, 403)


def test_the_command_can_do_the_work_itself(db):
    out = StringIO()
    call_command("enforce_retention", "--now", stdout=out)
    assert "recordings: 0 deleted" in out.getvalue() and RetentionRun.objects.count() == 1


def test_a_period_from_the_environment_must_be_a_whole_number_of_days(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from config.settings.privacy import env_days

    monkeypatch.setenv("PRIVACY_EXPORT_DAYS", "14")
    assert env_days("PRIVACY_EXPORT_DAYS", 7) == 14
    for wrong in ("a week", "0", "-3"):
        monkeypatch.setenv("PRIVACY_EXPORT_DAYS", wrong)
        with pytest.raises(ImproperlyConfigured, match="PRIVACY_EXPORT_DAYS"):
            env_days("PRIVACY_EXPORT_DAYS", 7)
