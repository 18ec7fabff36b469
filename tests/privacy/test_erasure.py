"""An administrator erases a person on request: their data goes, statistics still add up, certificates still verify."""

import logging
import time

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth import get_user_model
from django.db import DatabaseError
from django.utils import timezone

from accounts import sessions
from accounts.models import SecurityEvent
from learning.models import Certificate
from practice import storage
from practice.models import Consent, Rating, Submission
from privacy import erasure
from privacy.models import DataExport, ErasureRecord
from quizzes.models import Answer, Attempt, Draft, MarkingEvent
from supervision import statistics
from supervision.scope import supervised_trainees
from tests import factories
from tests.factories import TEST_PASSWORD
from tests.privacy.conftest import ESSAY, quiz_attempt

pytestmark = pytest.mark.django_db


def erase_url(user):
    return f"/admin/privacy/erase/{user.pk}/"


def post_erasure(client, user, reason="Written request of 2 December.", confirm=None):
    return client.post(erase_url(user), {"reason": reason, "confirm": user.username if confirm is None else confirm})


def sign_in_record(username, address="10.0.0.1"):
    now = timezone.now()
    AccessAttempt.objects.create(
        username=username, ip_address=address, user_agent="x", attempt_time=now, failures_since_start=3
    )
    AccessLog.objects.create(username=username, ip_address=address, user_agent="x", attempt_time=now)


def test_erasure_removes_the_persons_data_and_keeps_what_must_outlive_them(
    client, robin, admin_user, caplog, django_capture_on_commit_callbacks
):
    user, submission = robin.user, robin.submission
    directory = storage.directory(submission)
    assert directory.exists()
    sign_in_record("robin")
    sign_in_record("someone_else")
    SecurityEvent.objects.create(event="login_failed", user=user, username="robin")
    SecurityEvent.objects.create(event="login_failed", username="robin")  # the username typed, before signing in
    kept_event = SecurityEvent.objects.create(event="login_failed", username="someone_else")
    client.force_login(admin_user)
    client.post(f"/admin/privacy/people/{user.pk}/export/")  # an archive of theirs waits: it goes too
    assert DataExport.objects.filter(subject=user).exists()

    with caplog.at_level(logging.INFO, logger="security"), django_capture_on_commit_callbacks(execute=True):
        response = post_erasure(client, user)
    assert response.status_code == 302 and response.url == "/admin/privacy/people/"

    user.refresh_from_db()
    assert user.username == f"erased-{user.pk}" and not user.is_active
    assert (user.first_name, user.last_name, user.email) == ("", "", "")
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Trainees"]
    # Recordings, their ratings, consents: gone, and their files once the erasure committed.
    assert not Submission.objects.filter(pk=submission.pk).exists() and not directory.exists()
    assert not Rating.objects.filter(submission_id=submission.pk).exists()
    assert not Consent.objects.filter(user=user).exists()
    # Quizzes: open attempts and drafts gone; finished answers keep their points but lose the words.
    assert not Attempt.objects.filter(pk=robin.open_attempt.pk).exists() and not Draft.objects.exists()
    essay = Answer.objects.get(attempt__user=user, slot__position=2)
    assert essay.payload == {"text": ""} and essay.feedback == "" and essay.points == 3
    assert not Answer.objects.filter(payload__text=ESSAY).exists()
    assert MarkingEvent.objects.get(answer=essay).feedback == ""
    # Sign-in records of that username gone, others' kept; archives gone.
    assert not AccessAttempt.objects.filter(username="robin").exists()
    assert not AccessLog.objects.filter(username="robin").exists()
    assert AccessAttempt.objects.filter(username="someone_else").exists()
    assert not DataExport.objects.filter(subject=user).exists()
    # The security log: the account's entries gone, others' kept, and the erasure's own entry naming nobody.
    assert list(SecurityEvent.objects.exclude(event="privacy_erasure")) == [kept_event]
    assert SecurityEvent.objects.get(event="privacy_erasure").username == ""
    # The certificate stays, without the name.
    assert Certificate.objects.get(pk=robin.certificate.pk).holder_name == ""

    (record,) = ErasureRecord.objects.all()
    assert record.former_user_id == user.pk and record.actor == admin_user
    assert record.reason == "Written request of 2 December."
    assert record.summary["practice"] == 1 and record.summary["quizzes.Draft"] == 1
    assert "robin" not in str(record.summary) and "robin" not in record.reason
    (line,) = [r for r in caplog.records if getattr(r, "event", "") == "privacy_erasure"]
    assert line.user_id == user.pk and line.actor_id == admin_user.pk

    page = client.get("/admin/privacy/people/").content.decode()
    assert "Written request of 2 December." in page and admin_user.username in page


def test_an_erased_persons_certificate_still_verifies_as_issued_to_an_erased_account(client, robin, admin_user):
    code = robin.certificate.code
    before = client.get("/certificates/verify/", {"code": code}).content.decode()
    assert "Valid." in before and "erased" not in before
    erasure.erase(robin.user, admin_user, "Request by e-mail.")
    client.logout()
    html = client.get("/certificates/verify/", {"code": code}).content.decode()
    assert "Valid." in html and "MBT essentials" in html and "12.5 study hours" in html
    assert "issued to an account that has since been erased" in html
    assert "Not found" not in html and robin.user.display_name not in html


def test_question_statistics_add_up_the_same_after_an_erasure(robin, admin_user, supervisor):
    others = [factories.TraineeFactory(username=f"peer{i}") for i in range(4)]
    for index, peer in enumerate(others):
        quiz_attempt(peer, robin.quiz, right=index % 2 == 0, essay="Mine.")
    robin.user.cohorts.first().trainees.add(*others)

    def figures(viewer):
        ids = list(supervised_trainees(viewer).values_list("pk", flat=True))
        return [
            (item.key, item.answered, item.facility, item.pending)
            for item in statistics.question_statistics(robin.quiz, ids)
        ]

    before = {viewer.username: figures(viewer) for viewer in (admin_user, supervisor)}
    assert before[supervisor.username][0][1] == 5  # robin and the four peers answered the first question
    erasure.erase(robin.user, admin_user, "Request.")
    assert {viewer.username: figures(viewer) for viewer in (admin_user, supervisor)} == before


def test_the_reason_and_the_typed_username_are_required(client, robin, admin_user):
    client.force_login(admin_user)
    for data in ({"reason": "  ", "confirm": "robin"}, {"reason": "Request.", "confirm": "robin2"}, {}):
        response = client.post(erase_url(robin.user), data)
        assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html
    response = post_erasure(client, robin.user, confirm="Robin")
    assert "That is not this account&#x27;s username." in response.content.decode()
    assert get_user_model().objects.get(pk=robin.user.pk).username == "robin"
    assert Submission.objects.filter(pk=robin.submission.pk).exists() and not ErasureRecord.objects.exists()


def test_erasing_asks_for_the_password_again_and_a_get_erases_nothing(client, robin, admin_user, settings):
    client.force_login(admin_user)
    session = client.session
    session[sessions.AUTHENTICATED_AT] = int(time.time()) - settings.REAUTHENTICATION_TIMEOUT - 1
    session.save()
    response = post_erasure(client, robin.user)
    assert response.status_code == 302 and response.url.startswith("/accounts/confirm/")
    assert get_user_model().objects.get(pk=robin.user.pk).username == "robin"
    confirmed = client.post("/accounts/confirm/", {"password": TEST_PASSWORD, "next": erase_url(robin.user)})
    assert confirmed.status_code == 302 and confirmed["Location"] == erase_url(robin.user)
    # Back where the form is, shown again (the post's entries are not replayed), with nothing erased yet.
    page = client.get(erase_url(robin.user))
    assert page.status_code == 200 and f'action="{erase_url(robin.user)}"' in page.content.decode()
    assert get_user_model().objects.get(pk=robin.user.pk).is_active
    assert post_erasure(client, robin.user).status_code == 302
    assert not get_user_model().objects.get(pk=robin.user.pk).is_active


def test_an_erasure_that_fails_keeps_the_recordings_with_their_files(
    client, robin, admin_user, monkeypatch, django_capture_on_commit_callbacks
):
    directory = storage.directory(robin.submission)

    def broken(**kwargs):
        raise DatabaseError("the disk is full")

    monkeypatch.setattr(ErasureRecord.objects, "create", broken)
    with pytest.raises(DatabaseError), django_capture_on_commit_callbacks(execute=True):
        erasure.erase(robin.user, admin_user, "Request.")
    assert Submission.objects.filter(pk=robin.submission.pk).exists() and directory.exists()
    assert get_user_model().objects.get(pk=robin.user.pk).username == "robin"


def test_administrators_cannot_erase_themselves_but_another_administrator_can(client, admin_user):
    second = factories.AdminFactory(username="second_admin")
    client.force_login(admin_user)
    response = post_erasure(client, admin_user)
    assert response.status_code == 400 and "cannot erase your own account" in response.content.decode()
    assert get_user_model().objects.get(pk=admin_user.pk).is_active
    assert post_erasure(client, second).status_code == 302
    second.refresh_from_db()
    assert not second.is_active and not second.is_superuser and not second.is_staff


def test_erasing_twice_is_refused(client, robin, admin_user):
    client.force_login(admin_user)
    post_erasure(client, robin.user)
    robin.user.refresh_from_db()
    response = post_erasure(client, robin.user)
    assert response.status_code == 400 and "already been erased" in response.content.decode()
    assert ErasureRecord.objects.count() == 1


def test_nobody_but_an_administrator_can_erase(client, robin, editor, reviewer, supervisor):
    for person in (editor, reviewer, supervisor, factories.TraineeFactory(username="peer")):
        client.force_login(person)
        assert post_erasure(client, robin.user).status_code in (302, 403)
        assert client.get(f"/admin/privacy/people/{robin.user.pk}/").status_code in (302, 403)
    assert get_user_model().objects.get(pk=robin.user.pk).username == "robin"
    assert not ErasureRecord.objects.exists()
    with pytest.raises(erasure.Refused):
        erasure.erase(robin.user, supervisor, "Because.")


def test_an_erased_persons_sessions_no_longer_sign_anyone_in(client, robin, admin_user):
    from django.test import Client

    theirs = Client()
    theirs.force_login(robin.user)
    assert theirs.get("/dashboard/").status_code == 200
    erasure.erase(robin.user, admin_user, "Request.")
    response = theirs.get("/dashboard/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_finding_a_person_takes_any_text_without_a_server_error(client, robin, admin_user):
    client.force_login(admin_user)
    html = client.get("/admin/privacy/people/", {"q": "rob"}).content.decode()
    assert f'href="/admin/privacy/people/{robin.user.pk}/"' in html
    for text in ("\x00robin", "x" * 500, '"'):
        assert client.get("/admin/privacy/people/", {"q": text}).status_code == 200
    assert client.get("/admin/privacy/people/123456789012345678901234567890/").status_code == 404
