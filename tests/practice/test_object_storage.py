"""Recordings in object storage (PRACTICE_OBJECT_STORAGE): moved to a private bucket once processed, served only
by a short-lived signed URL after the same access check, deleted from the bucket on erasure.

The bucket is django-storages' S3 backend against moto's in-process S3 (which serves presigned URLs, with ranges,
but does not check their signatures: S3 itself enforces the signature and the expiry the URL carries); any
S3-compatible store (AWS, MinIO, Ceph) is configured the same way.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.urls import reverse
from moto import mock_aws

from practice import privacy, storage, submitting
from practice.models import RecordingView, Status, Submission
from tests.practice.conftest import upload

pytestmark = pytest.mark.django_db

BUCKET = "training-recordings"


@pytest.fixture
def bucket(settings):
    with mock_aws():
        import boto3

        client = boto3.client("s3", region_name="eu-west-1")
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        settings.STORAGES = {
            **settings.STORAGES,
            "recordings": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": BUCKET,
                    "region_name": "eu-west-1",
                    "access_key": "testing",
                    "secret_key": "testing",
                    "default_acl": None,
                    "file_overwrite": True,
                    "signature_version": "s3v4",
                },
            },
        }
        settings.PRACTICE_OBJECT_STORAGE = "recordings"
        settings.PRACTICE_SIGNED_URL_SECONDS = 60
        yield client


def keys(client):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_a_processed_recording_moves_to_the_bucket_and_is_served_by_a_signed_url(
    client, bucket, supervised, supervisor, exercise, webm
):
    submission = submitting.submit_file(supervised, exercise, upload(webm))
    assert submission.status == Status.READY
    assert keys(bucket) == [f"{submission.pk}/{submission.poster}", f"{submission.pk}/{submission.recording}"]
    assert not storage.path(submission, submission.recording).exists(), "no second copy on the server's disk"

    client.force_login(supervised)
    response = client.get(reverse("practice:recording", args=[submission.pk]))
    assert response.status_code == 302 and "no-store" in response["Cache-Control"]
    location = urlsplit(response["Location"])
    query = parse_qs(location.query)
    assert location.path.endswith(f"/{submission.pk}/{submission.recording}")
    assert query["X-Amz-Expires"] == ["60"] and query["X-Amz-Signature"]

    played = requests.get(response["Location"], headers={"Range": "bytes=0-99"}, timeout=10)
    assert played.status_code == 206 and len(played.content) == 100, "the store serves ranges, so seeking works"

    client.force_login(supervisor)
    assert client.get(reverse("practice:recording", args=[submission.pk])).status_code == 302
    assert RecordingView.objects.filter(submission=submission, viewer=supervisor).exists(), "still logged"


def test_someone_without_access_gets_404_and_no_url(client, bucket, supervised, outsider, exercise, webm):
    submission = submitting.submit_file(supervised, exercise, upload(webm))
    client.force_login(outsider)
    for name in ("practice:recording", "practice:poster"):
        refused = client.get(reverse(name, args=[submission.pk]))
        assert refused.status_code == 404 and "Location" not in refused


def test_erasing_a_trainee_deletes_their_recordings_from_the_bucket(
    bucket, supervised, exercise, webm, django_capture_on_commit_callbacks
):
    submitting.submit_file(supervised, exercise, upload(webm))
    assert keys(bucket)
    with django_capture_on_commit_callbacks(execute=True):
        privacy.erase(supervised)
    assert keys(bucket) == [] and not Submission.objects.filter(trainee=supervised).exists()


def test_a_store_that_refuses_the_file_fails_the_submission_with_a_reason_and_keeps_it_on_disk(
    bucket, supervised, exercise, webm
):
    bucket.delete_bucket(Bucket=BUCKET)
    submission = submitting.submit_file(supervised, exercise, upload(webm))
    submission.refresh_from_db()
    assert submission.status == Status.FAILED
    assert submission.failure_reason == "The recording could not be stored. Try again in a few minutes."
    assert storage.path(submission, "recording.mp4").exists(), "nothing is lost: a retry can store it"


def test_a_storage_name_that_is_not_in_storages_or_beside_the_accel_prefix_is_a_configuration_error(settings):
    from practice.checks import object_storage_is_usable

    settings.PRACTICE_OBJECT_STORAGE = "nowhere"
    assert [error.id for error in object_storage_is_usable(None)] == ["practice.E003"]
    settings.PRACTICE_OBJECT_STORAGE = "default"
    assert [error.id for error in object_storage_is_usable(None)] == ["practice.E003"]
    settings.PRACTICE_OBJECT_STORAGE = "staticfiles"
    settings.PRACTICE_X_ACCEL_PREFIX = "/_recordings/"
    assert [error.id for error in object_storage_is_usable(None)] == ["practice.E003"]
