"""Submitting a response: consent first, one media pipeline, private files served to the right people only."""

import pytest
from django.urls import reverse

from practice import consent, storage, submitting
from practice.models import Consent, RecordingView, Status, Submission
from tests import factories
from tests.practice.conftest import upload
from tests.practice.samples import make_recording

pytestmark = pytest.mark.django_db


def post_file(client, exercise, path, name=None, content_type="video/webm"):
    return client.post(
        reverse("practice:upload_file", args=[exercise.pk]), {"recording": upload(path, name, content_type)}
    )


def test_a_trainee_is_asked_for_consent_before_the_first_recording(client, exercise):
    trainee = factories.TraineeFactory(username="new_trainee")
    client.force_login(trainee)
    page = client.get(reverse("practice:exercise", args=[exercise.pk])).content.decode()
    assert "Read and give consent" in page
    assert "data-recorder" not in page
    consent_page = client.get(reverse("practice:consent")).content.decode()
    assert "must never contain patient material" in consent_page
    assert "kept for 365 days" in consent_page
    response = client.post(reverse("practice:consent"), {"action": "give"})
    assert response.status_code == 400
    assert "Tick the box" in response.content.decode()
    assert not Consent.objects.filter(user=trainee).exists()
    response = client.post(
        reverse("practice:consent"),
        {"action": "give", "agree": "yes", "next": reverse("practice:exercise", args=[exercise.pk])},
    )
    assert response["Location"] == reverse("practice:exercise", args=[exercise.pk])
    recorded = Consent.objects.get(user=trainee)
    assert recorded.version == consent.VERSION and recorded.given_at is not None
    assert "data-recorder" in client.get(reverse("practice:exercise", args=[exercise.pk])).content.decode()


def test_without_consent_an_upload_is_refused_with_a_message(client, exercise, webm):
    trainee = factories.TraineeFactory(username="no_consent")
    client.force_login(trainee)
    response = post_file(client, exercise, webm)
    assert response.status_code == 400
    assert "Please give your consent to recording first." in response.content.decode()
    assert not Submission.objects.exists()


def test_an_uploaded_recording_is_processed_into_mp4_with_a_poster(client, exercise, supervised, webm):
    client.force_login(supervised)
    response = post_file(client, exercise, webm)
    submission = Submission.objects.get()
    assert response["Location"] == reverse("practice:submission", args=[submission.pk])
    assert submission.status == Status.READY
    assert submission.has_video and (submission.width, submission.height) == (320, 240)
    assert submission.duration == pytest.approx(2.0, abs=0.2)
    assert storage.path(submission, "recording.mp4").read_bytes()[4:8] == b"ftyp"
    assert storage.path(submission, "poster.jpg").read_bytes()[:2] == b"\xff\xd8"
    page = client.get(response["Location"]).content.decode()
    assert reverse("practice:recording", args=[submission.pk]) in page
    assert reverse("practice:poster", args=[submission.pk]) in page


def test_a_microphone_only_recording_becomes_aac_audio(client, exercise, supervised, tmp_path):
    client.force_login(supervised)
    audio = make_recording(tmp_path / "voice.ogg", video=False, container="ogg")
    post_file(client, exercise, audio, content_type="audio/ogg")
    submission = Submission.objects.get()
    assert submission.status == Status.READY and not submission.has_video
    response = client.get(reverse("practice:recording", args=[submission.pk]))
    assert response["Content-Type"] == "audio/mp4"
    assert "<audio" in client.get(reverse("practice:submission", args=[submission.pk])).content.decode()


def test_a_renamed_text_file_fails_with_a_clear_reason(client, exercise, supervised, tmp_path):
    client.force_login(supervised)
    fake = tmp_path / "response.mp4"
    fake.write_text("These are my notes, not a video.")
    post_file(client, exercise, fake, content_type="video/mp4")
    submission = Submission.objects.get()
    assert submission.status == Status.FAILED
    page = client.get(reverse("practice:submission", args=[submission.pk])).content.decode()
    assert "This file is not a recording: it holds no audio or video we can read." in page
    assert client.get(reverse("practice:recording", args=[submission.pk])).status_code == 404
    assert not storage.path(submission, "recording.mp4").exists()


def test_a_recording_longer_than_the_exercise_allows_fails_and_says_so(client, exercise, supervised, tmp_path):
    exercise.max_response_seconds = 10
    exercise.save()
    client.force_login(supervised)
    post_file(client, exercise, make_recording(tmp_path / "long.webm", seconds=16, width=64, height=48, fps=5))
    submission = Submission.objects.get()
    assert submission.status == Status.FAILED
    assert submission.failure_reason == "The recording is 16 seconds long; this exercise allows at most 15."


def test_an_empty_file_is_refused_before_anything_is_stored(client, exercise, supervised, tmp_path):
    client.force_login(supervised)
    empty = tmp_path / "empty.webm"
    empty.write_bytes(b"")
    response = post_file(client, exercise, empty)
    assert response.status_code == 400
    assert "The submitted file is empty." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client, exercise, supervised, webm, settings):
    settings.PRACTICE_MAX_UPLOAD_BYTES = 1000
    client.force_login(supervised)
    response = post_file(client, exercise, webm)
    assert response.status_code == 400
    assert "; the largest accepted is 1000 bytes." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_failed_submission_is_retried_from_its_stored_original(client, exercise, supervised, webm, monkeypatch):
    from practice import media

    def broken(*args, **kwargs):
        raise RuntimeError("worker killed")

    monkeypatch.setattr(media, "transcode", broken)
    client.force_login(supervised)
    post_file(client, exercise, webm)
    submission = Submission.objects.get()
    assert submission.status == Status.FAILED
    assert submission.failure_reason == "Processing stopped unexpectedly. Try again, or upload the file again."
    assert not storage.path(submission, "recording.mp4").exists()
    monkeypatch.undo()
    page = client.get(reverse("practice:submission", args=[submission.pk])).content.decode()
    assert "Try processing again" in page
    client.post(reverse("practice:retry", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.status == Status.READY and submission.failure_reason == ""


def test_a_half_written_recording_is_never_under_its_final_name(exercise, supervised, webm, monkeypatch):
    """Processing writes to a temporary name and renames; a crash mid-way leaves no recording.mp4."""
    from practice import media

    real_encode = media._encode

    def crash_after_writing(source, target, info, max_seconds):
        real_encode(source, target, info, max_seconds)
        raise RuntimeError("killed after writing")

    monkeypatch.setattr(media, "_encode", crash_after_writing)
    submission = submitting.submit_file(supervised, exercise, upload(webm))
    submission.refresh_from_db()
    assert submission.status == Status.FAILED
    assert sorted(p.name for p in storage.directory(submission).iterdir()) == ["original"]


def test_a_trainee_cannot_submit_to_an_exercise_they_cannot_open(client, exercise, supervised, webm):
    exercise.live = False
    exercise.save()
    client.force_login(supervised)
    assert client.get(reverse("practice:exercise", args=[exercise.pk])).status_code == 404
    assert post_file(client, exercise, webm).status_code == 404
    assert not Submission.objects.exists()


def test_withdrawing_consent_stops_recording_and_schedules_deletion(
    client, ready_submission, supervised, exercise, webm
):
    client.force_login(supervised)
    response = client.post(reverse("practice:consent"), {"action": "withdraw"}, follow=True)
    assert "Your consent is withdrawn. Your recordings will be deleted on" in response.content.decode()
    ready_submission.refresh_from_db()
    assert ready_submission.delete_after is not None
    assert post_file(client, exercise, webm).status_code == 400


def test_recordings_are_stored_outside_media_root(ready_submission, settings):
    directory = storage.directory(ready_submission).resolve()
    assert settings.MEDIA_ROOT.resolve() not in directory.parents


# Access over HTTP -------------------------------------------------------------------------------------


def urls_of(submission):
    return [
        reverse("practice:submission", args=[submission.pk]),
        reverse("practice:recording", args=[submission.pk]),
        reverse("practice:poster", args=[submission.pk]),
        reverse("practice:chapters", args=[submission.pk]),
        reverse("practice:submission_status", args=[submission.pk]),
    ]


def test_the_trainee_their_supervisor_and_admins_see_the_recording(client, ready_submission, supervised, supervisor):
    for user in (supervised, supervisor, factories.AdminFactory(username="boss")):
        client.force_login(user)
        for url in urls_of(ready_submission):
            assert client.get(url).status_code == 200, (user.username, url)


def test_anyone_else_gets_404_for_the_page_and_the_files(client, ready_submission, outsider, editor, reviewer):
    other_supervisor = factories.SupervisorFactory(username="other_supervisor")
    for user in (outsider, editor, reviewer, other_supervisor):
        client.force_login(user)
        for url in urls_of(ready_submission):
            assert client.get(url).status_code == 404, (user.username, url)
    client.logout()
    assert client.get(urls_of(ready_submission)[1]).status_code == 302


def test_a_guessed_or_malformed_id_is_404(client, supervised):
    client.force_login(supervised)
    assert client.get("/practice/submissions/not-a-uuid/recording/").status_code == 404
    assert client.get("/practice/submissions/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_the_recording_answers_range_requests(client, ready_submission, supervised):
    client.force_login(supervised)
    url = reverse("practice:recording", args=[ready_submission.pk])
    whole = client.get(url)
    assert whole["Accept-Ranges"] == "bytes" and whole["Content-Type"] == "video/mp4"
    body = b"".join(whole.streaming_content)
    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 100-199/{len(body)}"
    assert b"".join(part.streaming_content) == body[100:200]
    assert client.get(url, HTTP_RANGE=f"bytes={len(body)}-").status_code == 416


def test_views_by_others_are_logged_and_shown_to_the_trainee(client, ready_submission, supervised, supervisor):
    client.force_login(supervised)
    client.get(reverse("practice:submission", args=[ready_submission.pk]))
    client.get(reverse("practice:recording", args=[ready_submission.pk]))
    assert not RecordingView.objects.exists()  # the trainee's own views are not logged
    client.force_login(supervisor)
    client.get(reverse("practice:recording", args=[ready_submission.pk]))
    client.get(reverse("practice:recording", args=[ready_submission.pk]), HTTP_RANGE="bytes=500-")
    assert RecordingView.objects.filter(submission=ready_submission, viewer=supervisor).count() == 1
    client.force_login(supervised)
    page = client.get(reverse("practice:submission", args=[ready_submission.pk])).content.decode()
    assert "Who has viewed this recording" in page
    assert supervisor.display_name in page


def test_the_model_response_is_shown_only_after_submitting(client, exercise, supervised, clip, webm):
    exercise.model_response = clip
    exercise.model_commentary = "Notice the therapist owning their part first."
    exercise.save()
    client.force_login(supervised)
    url = reverse("practice:exercise", args=[exercise.pk])
    assert "Notice the therapist owning their part first." not in client.get(url).content.decode()
    post_file(client, exercise, webm)
    assert "Notice the therapist owning their part first." in client.get(url).content.decode()


def test_exercises_of_a_course_are_open_to_its_enrolled_trainees_only(client, exercise, supervised, outsider):
    from learning.models import Enrolment
    from tests.courses.factories import make_curriculum

    curriculum = make_curriculum()
    exercise.course = curriculum.course
    exercise.save()
    Enrolment.objects.create(user=supervised, course=curriculum.course)
    client.force_login(supervised)
    assert client.get(reverse("practice:exercise", args=[exercise.pk])).status_code == 200
    listing = client.get(reverse("practice:index") + f"?course={curriculum.course.pk}").content.decode()
    assert "After the cancelled session" in listing
    client.force_login(outsider)
    assert client.get(reverse("practice:exercise", args=[exercise.pk])).status_code == 404
    assert "After the cancelled session" not in client.get(reverse("practice:index")).content.decode()


@pytest.mark.parametrize("count", [1, 40])
def test_the_exercise_list_costs_the_same_queries_for_1_or_many(
    client, rubric, clip, supervised, count, django_assert_max_num_queries
):
    from practice.models import Exercise

    for n in range(count):
        Exercise.objects.create(title=f"Exercise {n}", live=True, prompt="Respond.", rubric=rubric, stimulus=clip)
    client.force_login(supervised)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("practice:index"))
    assert response.content.decode().count('class="card__title"') == count


def test_storage_inside_media_root_is_a_system_error(settings):
    from practice.checks import storage_is_private

    assert storage_is_private(None) == []
    settings.PRACTICE_STORAGE_ROOT = settings.MEDIA_ROOT / "recordings"
    assert [error.id for error in storage_is_private(None)] == ["practice.E001"]


def test_behind_nginx_the_checked_file_is_handed_to_the_front_server(
    client, settings, ready_submission, supervised, outsider
):
    settings.PRACTICE_X_ACCEL_PREFIX = "/_recordings/"
    url = reverse("practice:recording", args=[ready_submission.pk])
    client.force_login(supervised)
    response = client.get(url, HTTP_RANGE="bytes=0-")
    assert response.status_code == 200 and response.content == b""
    assert response["X-Accel-Redirect"] == f"/_recordings/{ready_submission.pk}/{ready_submission.recording}"
    assert response["Content-Type"] == "video/mp4"
    poster = client.get(reverse("practice:poster", args=[ready_submission.pk]))
    assert poster["X-Accel-Redirect"].endswith(f"/{ready_submission.poster}")

    client.force_login(outsider)
    refused = client.get(url)
    assert refused.status_code == 404 and "X-Accel-Redirect" not in refused


def test_a_malformed_accel_prefix_is_a_configuration_error(settings):
    from django.core.exceptions import ImproperlyConfigured

    from practice import conf

    settings.PRACTICE_X_ACCEL_PREFIX = "_recordings"
    with pytest.raises(ImproperlyConfigured):
        conf.accel_prefix()
    from practice.checks import accel_prefix_is_well_formed

    assert [error.id for error in accel_prefix_is_well_formed(None)] == ["practice.E002"]
