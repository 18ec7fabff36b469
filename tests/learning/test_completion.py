"""A module is complete when its text is read, its videos watched and its quiz passed; a course when its modules are."""

import json

import pytest

from learning.models import Certificate, ClipProgress, Enrolment, ModuleProgress
from quizzes.models import Attempt
from quizzes.signals import attempt_scored
from tests import factories
from tests.learning.conftest import clip_ids, committed_post, watch_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    return trainee


def read(client, module):
    return committed_post(client, f"/learning/modules/{module.pk}/read/")


def report(client, module, token, clip, watched, duration=62.1, ranges=None):
    """A player's report: by default, the first `watched` seconds played."""
    return committed_post(
        client,
        f"/learning/modules/{module.pk}/watch/",
        {"token": token, "clip": clip, "ranges": json.dumps(ranges or [[0, watched]]), "duration": duration},
    )


def take_quiz(user, quiz, percent, number=1):
    """A finished attempt, announced as the quizzes announce one once its score is committed."""
    attempt = factories.finished_attempt(user, quiz, percent=percent, number=number)
    attempt_scored.send(sender=Attempt, attempt=attempt)
    return attempt


def progress_of(user, module):
    return ModuleProgress.objects.filter(user=user, module=module).first()


def watched_seconds(user):
    return ClipProgress.objects.get(user=user).watched_seconds


def watch_fully(client, clock, module):
    page = client.get(module.url)
    token, (clip,) = watch_token(page), clip_ids(page)
    clock.now += 60
    return report(client, module, token, clip, 62.1)


def test_reading_the_text_is_recorded_once_with_its_time(client, enrolled, journey):
    response = read(client, journey.second)
    assert response.status_code == 302 and response["Location"].endswith("#completion")
    first_read = progress_of(enrolled, journey.second).read_at
    read(client, journey.second)
    assert ModuleProgress.objects.filter(user=enrolled, module=journey.second).count() == 1
    assert progress_of(enrolled, journey.second).read_at == first_read


def test_a_text_only_module_is_complete_once_read(client, enrolled, journey):
    assert "I have read this module" in client.get(journey.second.url).content.decode()
    read(client, journey.second)
    page = client.get(journey.second.url).content.decode()
    assert progress_of(enrolled, journey.second).completed_at is not None
    assert "Complete since" in page and "I have read this module" not in page


def test_reading_is_refused_by_get_and_to_trainees_not_enrolled(client, trainee, journey):
    client.force_login(trainee)
    assert client.get(f"/learning/modules/{journey.second.pk}/read/").status_code == 405
    assert read(client, journey.second).status_code == 403
    assert not ModuleProgress.objects.filter(read_at__isnull=False).exists()


def test_a_module_with_video_and_quiz_needs_all_three_parts(client, enrolled, journey, clock):
    read(client, journey.first)
    assert progress_of(enrolled, journey.first).completed_at is None

    response = watch_fully(client, clock, journey.first)
    assert response.status_code == 200 and response.json() == {"complete": True}
    page = client.get(journey.first.url).content.decode()
    assert "Watched: Rupture, the MBT way" in page and "Quiz to pass: Mentalizing check" in page
    assert "Complete since" not in page  # the quiz is still to pass
    assert progress_of(enrolled, journey.first).completed_at is None

    take_quiz(enrolled, journey.quiz, percent=40)  # below the pass mark of 60
    assert "Quiz to pass: Mentalizing check" in client.get(journey.first.url).content.decode()
    assert progress_of(enrolled, journey.first).completed_at is None

    take_quiz(enrolled, journey.quiz, percent=80, number=2)
    page = client.get(journey.first.url).content.decode()
    assert progress_of(enrolled, journey.first).completed_at is not None
    assert "Quiz passed: Mentalizing check" in page and "Complete since" in page


def test_a_video_counts_once_the_configured_share_is_watched(client, enrolled, journey, clock):
    from learning.models import LearningSettings

    page = client.get(journey.first.url)
    token, (clip,) = watch_token(page), clip_ids(page)
    clock.now += 120
    assert report(client, journey.first, token, clip, 40).json()["complete"] is False  # 64 % of 62.1 s
    assert report(client, journey.first, token, clip, 30).json()["complete"] is False
    assert watched_seconds(enrolled) == 40  # never goes back
    assert report(client, journey.first, token, clip, 50).json()["complete"] is True  # 80.5 %

    settings = LearningSettings.load()
    settings.watch_share = 100
    settings.save()
    ClipProgress.objects.update(completed_at=None, watched_seconds=0, played=[])
    assert report(client, journey.first, token, clip, 55).json()["complete"] is False
    assert report(client, journey.first, token, clip, 62.1).json()["complete"] is True


def test_forged_watch_reports_are_refused(client, enrolled, trainee, journey, clock):
    page = client.get(journey.first.url)
    token, (clip,) = watch_token(page), clip_ids(page)

    # Without a page served: no token, or a made-up one.
    assert report(client, journey.first, "", clip, 62.1).status_code == 403
    assert report(client, journey.first, "made-up", clip, 62.1).status_code == 403
    # Faster than the video could have been played since the page was served.
    clock.now += 10
    assert report(client, journey.first, token, clip, 62.1).status_code == 403
    # A clip the module does not have, or the token of another module.
    clock.now += 100
    assert report(client, journey.first, token, "not-a-clip", 62.1).status_code == 403
    assert report(client, journey.second, token, clip, 62.1).status_code == 403
    # Nonsense numbers.
    assert report(client, journey.first, token, clip, "lots").status_code == 400
    assert report(client, journey.first, token, clip, -5).status_code == 400
    for nonsense in ("not json", '{"a": 1}', "[[1]]", "[[5, 2]]", '[["x", 3]]', "[[0, 1e999]]"):
        response = client.post(
            f"/learning/modules/{journey.first.pk}/watch/",
            {"token": token, "clip": clip, "ranges": nonsense, "duration": 62.1},
        )
        assert response.status_code == 400, nonsense
    assert not ClipProgress.objects.filter(completed_at__isnull=False).exists()
    # A GET never records anything.
    assert client.get(f"/learning/modules/{journey.first.pk}/watch/").status_code == 405


def test_a_video_watched_in_two_sittings_adds_up_and_rewatching_does_not_count_twice(client, enrolled, journey, clock):
    first_visit = client.get(journey.first.url)
    token, (clip,) = watch_token(first_visit), clip_ids(first_visit)
    clock.now += 40
    first_half = report(client, journey.first, token, clip, 0, ranges=[[0, 31]]).json()
    assert watched_seconds(enrolled) == 31 and first_half["complete"] is False

    second_visit = client.get(journey.first.url)
    token = watch_token(second_visit)
    clock.now += 60
    # The second sitting plays 25-40 again and then the rest: only what is new counts.
    rest = report(client, journey.first, token, clip, 0, ranges=[[25, 40], [40, 62.1]]).json()
    assert watched_seconds(enrolled) == 62.1 and rest["complete"] is True
    report(client, journey.first, token, clip, 0, ranges=[[0, 31]])
    assert watched_seconds(enrolled) == 62.1
    assert ClipProgress.objects.get().played == [[0.0, 62.1]]


def test_skipping_ahead_does_not_count_as_watching(client, enrolled, journey, clock):
    page = client.get(journey.first.url)
    token, (clip,) = watch_token(page), clip_ids(page)
    clock.now += 30
    # Played the first 10 s and the last 10 s, jumping over the middle.
    response = report(client, journey.first, token, clip, 0, ranges=[[0, 10], [52, 62.1]]).json()
    assert round(watched_seconds(enrolled), 1) == 20.1 and response["complete"] is False
    assert "To watch: Rupture, the MBT way" in client.get(journey.first.url).content.decode()


def test_a_replayed_report_changes_nothing(client, enrolled, journey, clock):
    watch_fully(client, clock, journey.first)
    watched = ClipProgress.objects.values_list("played", "watched_seconds", "completed_at", "updated_at").get()
    page = client.get(journey.first.url)
    again = report(client, journey.first, watch_token(page), clip_ids(page)[0], 1)
    assert again.status_code == 200 and again.json() == {"complete": True}
    assert ClipProgress.objects.values_list("played", "watched_seconds", "completed_at", "updated_at").get() == watched


def test_a_course_is_complete_when_its_modules_are_and_republishing_keeps_completion(client, enrolled, journey, clock):
    read(client, journey.first)
    watch_fully(client, clock, journey.first)
    take_quiz(enrolled, journey.quiz, percent=100)
    read(client, journey.second)
    page = client.get(journey.course.url).content.decode()
    assert "2 of 2 modules complete (100%)" in page and "You completed this course on" in page
    enrolment = Enrolment.objects.get(user=enrolled)
    assert enrolment.completed_at == progress_of(enrolled, journey.second).completed_at  # with its last module
    assert Certificate.objects.get(user=enrolled).course_id == journey.course.pk

    # An editor rewrites the first module, with a new video block, and publishes it again.
    video = dict(journey.first.body.raw_data[1])
    journey.first.body = [{"type": "text", "value": "<p>Rewritten.</p>"}, {**video, "id": "new-video-block"}]
    journey.first.save_revision().publish()
    done_at = progress_of(enrolled, journey.first).completed_at
    client.get(journey.first.url)
    client.get("/dashboard/")
    assert progress_of(enrolled, journey.first).completed_at == done_at
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_draft_quizzes_are_not_required(client, enrolled, journey, clock):
    journey.quiz.draft = True
    journey.quiz.save()
    read(client, journey.first)
    watch_fully(client, clock, journey.first)
    assert progress_of(enrolled, journey.first).completed_at is not None
    assert "Complete since" in client.get(journey.first.url).content.decode()
