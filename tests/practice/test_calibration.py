"""Calibration: administrators give reference ratings; a supervisor rates blind, then sees their agreement."""

import pytest
from django.urls import reverse

from practice import calibration, submitting
from practice.models import Rating, RatingKind, RubricItem, Status, Submission
from tests import factories
from tests.practice.conftest import upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return factories.AdminFactory(username="ari")


@pytest.fixture
def wide_rubric(rubric):
    """The test rubric with six ordinal items, so one recording gives enough targets for a status."""
    for n in range(3):
        RubricItem.objects.create(rubric=rubric, sort_order=10 + n, domain="Relationship", text=f"Relational item {n}")
    return rubric


def add_recording(client, admin, exercise, webm, title="Calibration A"):
    client.force_login(admin)
    response = client.post(
        reverse("practice:calibration_add"), {"exercise": exercise.pk, "title": title, "recording": upload(webm)}
    )
    return Submission.objects.get(title=title), response


def scores(rubric, values, overall="4"):
    """Form data giving the ordinal items `values` in order (present/absent: present)."""
    data, values = {"action": "publish", "overall": overall, "feedback": ""}, list(values)
    for item in rubric.items.all():
        data[f"item-{item.pk}"] = str(values.pop(0)) if item.is_ordinal else "1"
    return data


def test_an_admin_adds_a_calibration_recording_and_gives_the_reference(client, admin, exercise, wide_rubric, webm):
    submission, response = add_recording(client, admin, exercise, webm)
    assert response["Location"] == reverse("practice:submission", args=[submission.pk])
    assert submission.calibration and submission.status == Status.READY
    client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 5, 4, 3, 2, 6]))
    reference = Rating.objects.get(submission=submission)
    assert reference.kind == RatingKind.REFERENCE and reference.is_published


def test_only_admins_add_calibration_recordings(client, supervisor, exercise, webm):
    client.force_login(supervisor)
    assert client.get(reverse("practice:calibration_add")).status_code == 403
    response = client.post(
        reverse("practice:calibration_add"), {"exercise": exercise.pk, "title": "X", "recording": upload(webm)}
    )
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_a_supervisor_rates_blind_then_sees_icc_and_divergent_items(
    client, admin, supervisor, exercise, wide_rubric, webm
):
    submission, _response = add_recording(client, admin, exercise, webm)
    client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 5, 4, 3, 2, 6]))
    client.force_login(supervisor)
    listing = client.get(reverse("practice:calibration")).content.decode()
    assert "Calibration A" in listing and reverse("practice:rate", args=[submission.pk]) in listing
    # Before rating: the rating page shows no reference, and the result page is not there.
    rate_page = client.get(reverse("practice:rate", args=[submission.pk])).content.decode()
    assert "the reference rating is shown once you publish" in rate_page
    assert client.get(reverse("practice:calibration_result", args=[submission.pk])).status_code == 404
    response = client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 4, 4, 3, 5, 6]))
    assert response["Location"] == reverse("practice:calibration_result", args=[submission.pk])
    page = client.get(response["Location"]).content.decode()
    expected = calibration.agreement(supervisor, wide_rubric)
    assert expected.targets == 6
    assert f"{expected.icc:.2f}" in page
    assert "83 %" in page  # five of six items within one point
    divergent = page[page.index("Where you diverge most") :]
    assert divergent.index("Relational item 1") < divergent.index("Curiosity about mental states")
    assert "3.0 points apart" in divergent


def test_calibrated_status_follows_the_threshold(client, admin, supervisor, exercise, wide_rubric, webm, settings):
    submission, _response = add_recording(client, admin, exercise, webm)
    client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 5, 4, 3, 2, 6]))
    client.force_login(supervisor)
    client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 5, 4, 3, 3, 6]))
    found = calibration.agreement(supervisor, wide_rubric)
    assert found.icc > 0.9 and found.calibrated
    page = client.get(reverse("practice:calibration")).content.decode()
    assert 'data-calibrated="yes"' in page
    settings.PRACTICE_CALIBRATION_THRESHOLD = 0.99
    assert 'data-calibrated="no"' in client.get(reverse("practice:calibration")).content.decode()


def test_too_few_items_compared_gives_no_status(admin, supervisor, exercise, rubric, webm):
    submission = submitting.submit_calibration(admin, exercise, "Short", upload(webm))
    items = [i for i in rubric.items.all() if i.is_ordinal]
    for rater, kind, values in ((admin, RatingKind.REFERENCE, [5, 4, 3]), (supervisor, RatingKind.OBSERVER, [5, 4, 2])):
        rating = Rating.objects.create(submission=submission, rater=rater, kind=kind, overall=4)
        rating.published_at = rating.created_at
        rating.save()
        for item, value in zip(items, values, strict=True):
            rating.scores.create(item=item, score=value)
    found = calibration.agreement(supervisor, rubric)
    assert found.targets == 3 and not found.enough and not found.calibrated


def test_trainees_and_editors_see_no_calibration(client, trainee, editor):
    for user in (trainee, editor):
        client.force_login(user)
        assert client.get(reverse("practice:calibration")).status_code == 403


def test_calibration_recordings_are_not_in_the_rating_queue(client, admin, supervisor, exercise, webm):
    submission, _response = add_recording(client, admin, exercise, webm)
    client.force_login(supervisor)
    assert str(submission.pk) not in client.get(reverse("practice:queue")).content.decode()


@pytest.mark.parametrize("count", [1, 20])
def test_admins_see_every_raters_agreement_in_bounded_queries(
    client, admin, exercise, wide_rubric, webm, count, django_assert_max_num_queries
):
    submission, _response = add_recording(client, admin, exercise, webm)
    client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 5, 4, 3, 2, 6]))
    for n in range(count):
        rater = factories.SupervisorFactory(username=f"rater{n}")
        client.force_login(rater)
        client.post(reverse("practice:rate", args=[submission.pk]), scores(wide_rubric, [6, 5, 4, 3, 2 + n % 3, 6]))
    client.force_login(admin)
    with django_assert_max_num_queries(14):
        page = client.get(reverse("practice:calibration")).content.decode()
    table = page[page.index("data-raters") :]
    assert table.count('<th scope="row">') == count
    assert "Calibrated" in table
