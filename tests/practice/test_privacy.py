"""The trainee's personal data in the studio: exported, erased, and deleted when its time is up."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from practice import conf, consent, privacy, storage
from practice.models import Consent, Rating, Submission

pytestmark = pytest.mark.django_db


def test_export_holds_the_consent_submissions_and_ratings(ready_submission, supervised, supervisor):
    Rating.objects.create(submission=ready_submission, rater=supervisor, overall=5, published_at=timezone.now())
    data = privacy.export(supervised)
    assert [c["version"] for c in data["consents"]] == [consent.VERSION]
    assert [s["id"] for s in data["submissions"]] == [str(ready_submission.pk)]
    assert [(r["rater"], r["overall"]) for r in data["ratings"]] == [(supervisor.username, 5)]


def test_erasing_deletes_the_rows_and_then_the_files(ready_submission, supervised, django_capture_on_commit_callbacks):
    directory = storage.directory(ready_submission)
    assert directory.exists()
    with django_capture_on_commit_callbacks() as deletions:
        assert privacy.erase(supervised) == 1
    assert directory.exists(), "the files wait for the commit"
    for delete in deletions:
        delete()
    assert not directory.exists()
    assert not Submission.objects.exists() and not Consent.objects.filter(user=supervised).exists()


def test_recordings_are_purged_after_consent_is_withdrawn(ready_submission, supervised):
    call_command("purge_practice_recordings", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Submission.objects.filter(pk=ready_submission.pk).exists()  # nothing is due yet
    consent.withdraw(supervised)
    assert privacy.purge(timezone.now() + timedelta(days=conf.withdrawal_days() - 1)) == 0
    later = timezone.now() + timedelta(days=conf.withdrawal_days() + 1)
    assert privacy.purge(later) == 1
    assert not storage.directory(ready_submission).exists()


def test_old_recordings_are_purged_after_the_retention_period(ready_submission, settings):
    settings.PRACTICE_RETENTION_DAYS = 30
    Submission.objects.filter(pk=ready_submission.pk).update(submitted_at=timezone.now() - timedelta(days=31))
    assert privacy.purge() == 1
