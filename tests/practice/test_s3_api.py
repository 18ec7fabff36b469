"""A recording's whole path against a real S3 API over HTTP: uploaded in chunks, processed, moved to the bucket,
played by a signed URL with a range, erased.

The S3 API is moto's server, started in this process on a free port; django-storages' S3Storage (boto3) reaches
it at http://127.0.0.1:<port> as it would MinIO or Ceph, with the storage built from the environment exactly as
production builds it (``config/settings/recordings.py``). Unlike moto's in-process mock (test_object_storage.py),
every request is real HTTP: addressing, signing, multipart parsing and ranges go over the wire.
"""

import boto3
import pytest
import requests
from django.test import TestCase
from django.urls import reverse

from config.settings.recordings import recordings_storage
from practice import privacy, storage
from practice.models import Status, Submission

moto_server = pytest.importorskip(
    "moto.server", reason="moto[server] is not installed (requirements-dev.txt): there is no S3 API to test against"
)

pytestmark = pytest.mark.django_db

BUCKET = "training-recordings"
REGION = "eu-west-1"


@pytest.fixture(scope="module")
def endpoint():
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(endpoint, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    s3 = boto3.client("s3", region_name=REGION, endpoint_url=endpoint)
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    entry, origin = recordings_storage(
        {"RECORDINGS_BUCKET": BUCKET, "RECORDINGS_REGION": REGION, "RECORDINGS_ENDPOINT_URL": endpoint}
    )
    assert origin == endpoint
    settings.STORAGES = {**settings.STORAGES, "recordings": entry}
    settings.PRACTICE_OBJECT_STORAGE = "recordings"
    yield s3
    for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        s3.delete_object(Bucket=BUCKET, Key=item["Key"])
    s3.delete_bucket(Bucket=BUCKET)


def keys(s3):
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_upload_process_play_and_erase_on_an_s3_api(client, bucket, endpoint, exercise, supervised, webm, settings):
    settings.PRACTICE_CHUNK_BYTES = 16 * 1024
    data = webm.read_bytes()
    client.force_login(supervised)
    started = client.post(reverse("practice:upload_start", args=[exercise.pk]), {"size": str(len(data))})
    assert started.status_code == 201
    chunk_url, offset = started.json()["chunk_url"], 0
    while offset < len(data):
        answer = client.post(
            chunk_url,
            data=data[offset : offset + settings.PRACTICE_CHUNK_BYTES],
            content_type="application/octet-stream",
            HTTP_UPLOAD_OFFSET=str(offset),
        )
        assert answer.status_code == 200, answer.content
        offset = answer.json()["received"]

    submission = Submission.objects.get(trainee=supervised)
    assert submission.status == Status.READY, submission.failure_reason
    assert keys(bucket) == sorted(f"{submission.pk}/{name}" for name in (submission.recording, submission.poster))
    assert not storage.path(submission, submission.recording).exists(), "no second copy on the server's disk"
    stored = bucket.get_object(Bucket=BUCKET, Key=f"{submission.pk}/{submission.recording}")["Body"].read()
    assert len(stored) == submission.size_bytes

    for name, first_bytes in (("practice:recording", stored[:100]), ("practice:poster", None)):
        response = client.get(reverse(name, args=[submission.pk]))
        assert response.status_code == 302 and response["Location"].startswith(f"{endpoint}/{BUCKET}/")
        played = requests.get(response["Location"], headers={"Range": "bytes=0-99"}, timeout=10)
        assert played.status_code == 206 and len(played.content) == 100, "the store serves ranges, so seeking works"
        assert first_bytes is None or played.content == first_bytes

    with TestCase.captureOnCommitCallbacks(execute=True):
        privacy.erase(supervised)
    assert keys(bucket) == []
    assert requests.get(response["Location"], timeout=10).status_code == 404, "the signed URL plays nothing now"
