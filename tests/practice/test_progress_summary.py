"""The practice card's summary: every response and rating counted once in two queries, only the trainee's own,
a rating shown as soon as it is published, and a dashboard that writes nothing."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from practice import progress
from practice.models import Exercise, ItemScore, Rating, RatingKind, Rubric, RubricItem, ScaleKind, Status, Submission
from supervision import charts
from tests import factories
from tests.courses.factories import TechniqueFactory
from tests.practice.test_rating import full_rating

pytestmark = pytest.mark.django_db


def studio_exercise(title, rubric, techniques=()):
    """A live exercise on `rubric`; its client moment is a media row only (nothing here plays it)."""
    from wagtailmedia.models import Media

    clip = Media.objects.create(title=f"{title} (clip)", type="video", duration=20, file="media/clip.mp4")
    exercise = Exercise.objects.create(title=title, live=True, prompt="Respond.", rubric=rubric, stimulus=clip)
    exercise.techniques.set(techniques)
    exercise.save()  # a cluster's many-to-many is written when the exercise is saved
    return exercise


def studio_rubric(title="Studio rubric"):
    """Stance (two ordinal items), Affect (an ordinal item that may be not applicable) and a present/absent item."""
    rubric = Rubric.objects.create(title=title, track="mbt", description="A training rubric.")
    items = [
        ("Stance", ScaleKind.ORDINAL),
        ("Stance", ScaleKind.ORDINAL),
        ("Affect", ScaleKind.ORDINAL),
        ("Affect", ScaleKind.PRESENT_ABSENT),
    ]
    for order, (domain, kind) in enumerate(items):
        RubricItem.objects.create(rubric=rubric, sort_order=order, domain=domain, text=f"Item {order}", kind=kind)
    return rubric


def practice_work(trainee, rater, exercise, responses=1, overall=5, scores=(4, 6, 5, 1), days_ago=10):
    """`responses` submitted responses of `trainee`, each with `rater`'s published observer rating, a day apart.

    `scores` go to the rubric's items in order; None is "not applicable", and no scores at all an overall rating
    alone.
    """
    now = timezone.now()
    submissions = Submission.objects.bulk_create(
        Submission(exercise=exercise, trainee=trainee, status=Status.READY, submitted_at=now - timedelta(days_ago - i))
        for i in range(responses)
    )
    ratings = Rating.objects.bulk_create(
        Rating(
            submission=submission,
            rater=rater,
            kind=RatingKind.OBSERVER,
            overall=overall,
            published_at=submission.submitted_at + timedelta(hours=1),
        )
        for submission in submissions
    )
    items = list(exercise.rubric.items.order_by("sort_order"))
    ItemScore.objects.bulk_create(
        ItemScore(rating=rating, item=item, score=score, not_applicable=score is None)
        for rating in ratings
        for item, score in zip(items, scores, strict=False)
    )
    return submissions


def test_each_response_and_rating_counts_once_in_two_queries(django_assert_num_queries):
    trainee, rater = factories.TraineeFactory(), factories.SupervisorFactory()
    rubric = studio_rubric()
    marking = TechniqueFactory(name="Marking the mental state")
    validating = TechniqueFactory(name="Validating affect")
    practised = studio_exercise("After the cancelled session", rubric, [marking, validating])
    unnamed = studio_exercise("A silent client", rubric)
    practice_work(trainee, rater, practised, responses=3, overall=4, scores=(4, 6, None, 1), days_ago=10)
    practice_work(trainee, rater, unnamed, overall=7, scores=(), days_ago=2)  # an overall rating alone

    with django_assert_num_queries(2):
        found = progress.summary(trainee)

    # Two techniques and four item scores are rows of the queries, not more responses or ratings.
    assert (found.submitted, found.exercises_done, found.rated) == (4, 2, 4)
    assert [r.published_at for r in found.ratings] == sorted(r.published_at for r in found.ratings)
    (chart,) = found.rubric_charts
    # Stance is the mean of 4 and 6; Affect's one ordinal item was not applicable and present/absent is no score.
    assert chart.table.headers[1:] == ["Stance"]
    assert [row.cells for row in chart.table.rows] == [["5"], ["5"], ["5"]]
    # Overall 4 on 1–7 is half the scale, for each technique the exercise practises (each of its three ratings).
    bars = {row.header: row.cells for row in found.technique_chart.table.rows}
    half = charts.format_value(50, "%")
    assert bars == {"Marking the mental state": [half, "3 ratings"], "Validating affect": [half, "3 ratings"]}


def test_a_trainee_sees_only_their_own_practice(client):
    rubric, rater = studio_rubric(), factories.SupervisorFactory()
    mine, theirs = factories.TraineeFactory(username="mine"), factories.TraineeFactory(username="theirs")
    practice_work(mine, rater, studio_exercise("Mine to practise", rubric), overall=3)
    practice_work(theirs, rater, studio_exercise("Theirs to practise", rubric), responses=2, overall=6)

    client.force_login(mine)
    page = client.get("/dashboard/").content.decode()
    card = page[page.index('data-section="practice"') :]
    assert "1 response submitted to 1 exercises, 1 rated by an observer." in card
    assert "Mine to practise" in card and "overall 3 (1–7)" in card
    assert "Theirs to practise" not in page and "overall 6" not in page


def test_a_published_rating_shows_on_the_dashboard_at_once_and_the_dashboard_writes_nothing(client, supervisor):
    trainee = factories.TraineeFactory(username="rated_now")
    cohort = factories.CohortFactory(name="Rated cohort")
    cohort.trainees.add(trainee)
    cohort.supervisors.add(supervisor)
    rubric = studio_rubric()
    (submission,) = Submission.objects.bulk_create(
        [Submission(exercise=studio_exercise("Rated at once", rubric), trainee=trainee, status=Status.READY)]
    )
    Submission.objects.filter(pk=submission.pk).update(submitted_at=timezone.now())
    client.force_login(trainee)
    client.get("/dashboard/")
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/dashboard/").content.decode()
    assert "1 response submitted to 1 exercises, 0 rated by an observer." in page
    assert "No observer has published a rating yet." in page
    writes = [q["sql"] for q in captured if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []

    client.force_login(supervisor)
    published = client.post(reverse("practice:rate", args=[submission.pk]), full_rating(rubric, overall="6"))
    assert published.status_code == 302
    client.force_login(trainee)
    page = client.get("/dashboard/").content.decode()
    assert "1 rated by an observer." in page and "Rated at once</a>: overall 6 (1–7)" in page
