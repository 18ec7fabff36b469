"""Rating: the queue in scope, oldest first; scores on the scale; drafts, publishing once; the trainee's view."""

import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from practice import submitting
from practice.models import Comment, ItemScore, Rating, RatingKind, Submission
from techniques.models import Technique
from tests import factories
from tests.practice.conftest import upload

pytestmark = pytest.mark.django_db


def full_rating(rubric, action="publish", **overrides):
    data = {"action": action, "overall": "5", "feedback": "Good curiosity; slow down before the rewind."}
    for item in rubric.items.all():
        data[f"item-{item.pk}"] = "1" if not item.is_ordinal else "5"
    data.update(overrides)
    return data


def test_the_queue_lists_the_supervisors_trainees_oldest_first(
    client, exercise, supervised, supervisor, outsider, webm
):
    later = submitting.submit_file(supervised, exercise, upload(webm))
    earlier = submitting.submit_file(supervised, exercise, upload(webm))
    Submission.objects.filter(pk=earlier.pk).update(submitted_at=timezone.now() - timedelta(days=2))
    foreign = submitting.submit_file(outsider, exercise, upload(webm))
    client.force_login(supervisor)
    page = client.get(reverse("practice:queue")).content.decode()
    assert page.index(str(earlier.pk)) < page.index(str(later.pk))
    assert str(foreign.pk) not in page


def test_trainees_and_editors_cannot_open_the_queue_or_rate(client, ready_submission, supervised, editor, outsider):
    for user in (supervised, editor, outsider):
        client.force_login(user)
        assert client.get(reverse("practice:queue")).status_code == 403
        assert client.get(reverse("practice:rate", args=[ready_submission.pk])).status_code == 403


def test_a_supervisor_outside_scope_gets_404_and_saves_nothing(client, ready_submission, rubric):
    stranger = factories.SupervisorFactory(username="stranger")
    client.force_login(stranger)
    url = reverse("practice:rate", args=[ready_submission.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, full_rating(rubric)).status_code == 404
    assert not Rating.objects.exists()


def test_the_rating_page_shows_the_items_with_their_anchors(client, ready_submission, supervisor):
    client.force_login(supervisor)
    page = client.get(reverse("practice:rate", args=[ready_submission.pk])).content.decode()
    assert "Not-knowing stance" in page and "adequate" in page
    assert "Not applicable" in page  # the affect-focus item allows it
    assert "Present" in page and "Absent" in page


def test_a_draft_is_saved_and_a_publish_needs_every_item(client, ready_submission, supervisor, rubric):
    client.force_login(supervisor)
    url = reverse("practice:rate", args=[ready_submission.pk])
    stance = rubric.items.get(text="Not-knowing stance")
    client.post(url, {"action": "save", f"item-{stance.pk}": "6", "feedback": "Draft notes"})
    rating = Rating.objects.get()
    assert rating.published_at is None and rating.kind == RatingKind.OBSERVER
    assert ItemScore.objects.get(rating=rating).score == 6
    response = client.post(url, {"action": "publish", f"item-{stance.pk}": "6"})
    assert response.status_code == 400
    assert "Rate this item before publishing (or mark it not applicable)." in response.content.decode()
    rating.refresh_from_db()
    assert rating.published_at is None
    # The trainee sees nothing of a draft.
    client.force_login(ready_submission.trainee)
    page = client.get(reverse("practice:submission", args=[ready_submission.pk])).content.decode()
    assert "Draft notes" not in page and "No rating is published yet" in page


def test_a_score_off_the_scale_is_refused(client, ready_submission, supervisor, rubric):
    client.force_login(supervisor)
    stance = rubric.items.get(text="Not-knowing stance")
    response = client.post(
        reverse("practice:rate", args=[ready_submission.pk]), full_rating(rubric, **{f"item-{stance.pk}": "9"})
    )
    assert response.status_code == 400
    assert "Select a valid choice. 9 is not one of the available choices." in response.content.decode()
    curiosity = rubric.items.get(text="Curiosity about mental states")
    response = client.post(
        reverse("practice:rate", args=[ready_submission.pk]), full_rating(rubric, **{f"item-{curiosity.pk}": "na"})
    )
    assert response.status_code == 400  # this item does not allow "not applicable"
    assert not Rating.objects.exists()


def test_publishing_is_once_and_a_replay_changes_nothing(client, ready_submission, supervisor, rubric):
    client.force_login(supervisor)
    url = reverse("practice:rate", args=[ready_submission.pk])
    first = client.post(url, full_rating(rubric))
    assert first["Location"] == reverse("practice:queue")
    rating = Rating.objects.get()
    published_at = rating.published_at
    replay = client.post(url, full_rating(rubric, overall="2", feedback="Changed my mind"), follow=True)
    assert "already published; nothing changed" in replay.content.decode()
    rating.refresh_from_db()
    assert (rating.overall, rating.published_at) == (5, published_at)
    assert ItemScore.objects.filter(rating=rating).count() == 4
    assert str(ready_submission.pk) not in client.get(reverse("practice:queue")).content.decode()


def test_comments_on_moments_become_chapters_for_the_trainee(client, ready_submission, supervisor, rubric):
    technique = Technique.objects.create(
        code="MBT-SRE", name="Stop, rewind, explore", slug="stop-rewind", track="mbt", definition="Pause and go back."
    )
    client.force_login(supervisor)
    url = reverse("practice:rate", args=[ready_submission.pk])
    client.post(
        url, {"action": "comment", "seconds": "1.5", "text": "Here you rewind well.", "technique": technique.pk}
    )
    client.post(url, {"action": "comment", "seconds": "0:00.4", "text": "Warm opening.", "technique": ""})
    bad = client.post(url, {"action": "comment", "seconds": "soon", "text": "?"})
    assert "Write the moment as seconds" in bad.content.decode()
    beyond = client.post(url, {"action": "comment", "seconds": "300", "text": "?"})
    assert "The recording is only 2 seconds long." in beyond.content.decode()
    assert Comment.objects.count() == 2
    chapters_url = reverse("practice:chapters", args=[ready_submission.pk])
    client.force_login(ready_submission.trainee)
    assert client.get(chapters_url).content.decode().strip() == "WEBVTT"  # nothing before publishing
    client.force_login(supervisor)
    client.post(url, full_rating(rubric))
    client.force_login(ready_submission.trainee)
    vtt = client.get(chapters_url).content.decode()
    lines = vtt.splitlines()
    assert lines[:7] == ["WEBVTT", "", "1", "00:00:00.400 --> 00:00:01.500", "Warm opening.", "", "2"]
    assert lines[7].startswith("00:00:01.500 --> 00:00:0")
    assert "MBT-SRE: Here you rewind well." in vtt
    page = client.get(reverse("practice:submission", args=[ready_submission.pk])).content.decode()
    assert 'data-seek="1.5"' in page and "Stop, rewind, explore" in page
    assert "Good curiosity; slow down before the rewind." in page


def test_the_trainee_sees_their_self_rating_beside_the_supervisors(client, ready_submission, supervisor, rubric):
    client.force_login(supervisor)
    client.post(reverse("practice:rate", args=[ready_submission.pk]), full_rating(rubric))
    client.force_login(ready_submission.trainee)
    self_url = reverse("practice:self_rating", args=[ready_submission.pk])
    stance = rubric.items.get(text="Not-knowing stance")
    client.post(self_url, full_rating(rubric, **{f"item-{stance.pk}": "2"}))
    own = Rating.objects.get(rater=ready_submission.trainee)
    assert own.kind == RatingKind.SELF and own.is_published
    page = client.get(reverse("practice:submission", args=[ready_submission.pk])).content.decode()
    assert "Your self-rating" in page and supervisor.display_name in page
    row = page[page.index("Not-knowing stance") :]
    assert row.index(">5<") < row.index(">2<")


def test_others_cannot_self_rate_a_trainees_submission(client, ready_submission, supervisor, outsider):
    for user in (supervisor, outsider):
        client.force_login(user)
        assert client.get(reverse("practice:self_rating", args=[ready_submission.pk])).status_code == 404


def test_two_raters_keep_their_own_ratings(client, ready_submission, supervisor, cohort, rubric):
    second = factories.SupervisorFactory(username="co_supervisor")
    cohort.supervisors.add(second)
    url = reverse("practice:rate", args=[ready_submission.pk])
    client.force_login(supervisor)
    client.post(url, full_rating(rubric, action="save", overall="3"))
    client.force_login(second)
    client.post(url, full_rating(rubric, overall="6"))
    client.force_login(supervisor)
    client.post(url, full_rating(rubric, overall="4"))
    assert dict(Rating.objects.values_list("rater__username", "overall")) == {
        supervisor.username: 4,
        "co_supervisor": 6,
    }


@pytest.mark.parametrize("count", [1, 100])
def test_the_queue_costs_the_same_queries_for_1_or_many(
    client, exercise, supervised, supervisor, webm, count, django_assert_max_num_queries
):
    original = submitting.submit_file(supervised, exercise, upload(webm))
    for _n in range(count - 1):
        copy = Submission.objects.get(pk=original.pk)
        copy.id = uuid.uuid4()
        copy._state.adding = True
        copy.save()
    client.force_login(supervisor)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("practice:queue")).content.decode()
    assert page.count("data-submission=") == min(count, 20)  # 20 a page


def test_with_calibration_required_an_uncalibrated_rating_stays_a_draft(
    client, ready_submission, supervisor, rubric, settings
):
    settings.PRACTICE_REQUIRE_CALIBRATION = True
    client.force_login(supervisor)
    response = client.post(reverse("practice:rate", args=[ready_submission.pk]), full_rating(rubric), follow=True)
    assert "Saved as a draft: your ratings of trainees on MBT training rubric are published once you are" in (
        response.content.decode()
    )
    rating = Rating.objects.get()
    assert rating.published_at is None and rating.overall == 5
    settings.PRACTICE_REQUIRE_CALIBRATION = False
    client.post(reverse("practice:rate", args=[ready_submission.pk]), full_rating(rubric))
    rating.refresh_from_db()
    assert rating.is_published
