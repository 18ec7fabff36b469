"""The resumable upload: chunks at offsets, a replayed chunk stored once, resuming after a drop, scope."""

import pytest
from django.urls import reverse

from practice import storage
from practice.models import Status, Submission
from tests import factories

pytestmark = pytest.mark.django_db


def start(client, exercise, size, name="recording.webm"):
    return client.post(reverse("practice:upload_start", args=[exercise.pk]), {"size": str(size), "name": name})


def send(client, url, data, offset):
    return client.post(url, data=data, content_type="application/octet-stream", HTTP_UPLOAD_OFFSET=str(offset))


def test_a_recording_arrives_in_chunks_and_is_processed(client, exercise, supervised, webm, settings):
    settings.PRACTICE_CHUNK_BYTES = 4096
    data = webm.read_bytes()
    client.force_login(supervised)
    started = start(client, exercise, len(data))
    assert started.status_code == 201
    state = started.json()
    assert state["received"] == 0 and state["chunk_bytes"] == 4096
    offset = 0
    while offset < len(data):
        answer = send(client, state["chunk_url"], data[offset : offset + 4096], offset)
        assert answer.status_code == 200
        offset = answer.json()["received"]
    submission = Submission.objects.get()
    assert submission.status == Status.READY
    assert storage.path(submission, storage.ORIGINAL).read_bytes() == data
    assert not storage.path(submission, storage.INCOMING).exists()


def test_a_replayed_chunk_is_not_stored_twice(client, exercise, supervised, webm, settings):
    settings.PRACTICE_CHUNK_BYTES = 4096
    data = webm.read_bytes()
    client.force_login(supervised)
    url = start(client, exercise, len(data)).json()["chunk_url"]
    first = send(client, url, data[:4096], 0)
    replay = send(client, url, data[:4096], 0)
    assert first.json()["received"] == replay.json()["received"] == 4096
    submission = Submission.objects.get()
    assert storage.incoming_size(submission) == 4096


def test_after_a_dropped_connection_the_upload_resumes_where_the_server_got_to(
    client, exercise, supervised, webm, settings
):
    settings.PRACTICE_CHUNK_BYTES = 4096
    data = webm.read_bytes()
    client.force_login(supervised)
    url = start(client, exercise, len(data)).json()["chunk_url"]
    send(client, url, data[:4096], 0)
    # The browser lost the answer to its second chunk and tries the third: refused, with where to go on.
    skipped = send(client, url, data[8192:12288], 8192)
    assert skipped.status_code == 409
    assert skipped.json() == {"error": "The upload should continue at byte 4096.", "expected_offset": 4096}
    assert client.get(url).json()["received"] == 4096
    offset = 4096
    while offset < len(data):
        offset = send(client, url, data[offset : offset + 4096], offset).json()["received"]
    assert storage.path(Submission.objects.get(), storage.ORIGINAL).read_bytes() == data


def test_bytes_written_by_a_request_that_died_are_dropped(client, exercise, supervised, webm, settings):
    settings.PRACTICE_CHUNK_BYTES = 4096
    data = webm.read_bytes()
    client.force_login(supervised)
    url = start(client, exercise, len(data)).json()["chunk_url"]
    send(client, url, data[:4096], 0)
    submission = Submission.objects.get()
    storage.append_chunk(submission, b"half a chunk from a request that never finished")
    offset = 4096
    while offset < len(data):
        offset = send(client, url, data[offset : offset + 4096], offset).json()["received"]
    assert storage.path(submission, storage.ORIGINAL).read_bytes() == data


def test_a_chunk_for_someone_elses_upload_is_refused(client, exercise, supervised, outsider, webm):
    data = webm.read_bytes()
    client.force_login(supervised)
    url = start(client, exercise, len(data)).json()["chunk_url"]
    for intruder in (outsider, factories.SupervisorFactory(username="sup2"), factories.AdminFactory(username="adm")):
        client.force_login(intruder)
        assert send(client, url, data[:100], 0).status_code == 404
        assert client.get(url).status_code == 404
    assert Submission.objects.get().received_bytes == 0


def test_bad_uploads_get_clear_messages(client, exercise, supervised, settings):
    settings.PRACTICE_MAX_UPLOAD_BYTES = 10_000
    client.force_login(supervised)
    too_big = start(client, exercise, 20_000)
    assert too_big.status_code == 400
    assert too_big.json()["error"] == "The file is 19.5\xa0KB; the largest accepted is 9.8\xa0KB."
    assert start(client, exercise, 0).json()["error"] == "The file is empty."
    no_size = client.post(reverse("practice:upload_start", args=[exercise.pk]), {})
    assert no_size.json()["error"] == "Say how large the recording is, in bytes."
    url = start(client, exercise, 100).json()["chunk_url"]
    no_offset = client.post(url, data=b"x", content_type="application/octet-stream")
    assert no_offset.status_code == 400 and "Upload-Offset" in no_offset.json()["error"]
    past_end = send(client, url, b"x" * 200, 0)
    assert past_end.status_code == 400
    assert past_end.json()["error"] == "This chunk runs past the size announced for the file."
    assert Submission.objects.get().received_bytes == 0


def test_an_upload_for_an_exercise_the_trainee_cannot_open_is_404(client, exercise, supervised):
    exercise.live = False
    exercise.save()
    client.force_login(supervised)
    assert start(client, exercise, 100).status_code == 404
    assert not Submission.objects.exists()
