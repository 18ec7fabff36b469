"""A module's page lists its optional exercises ("Practise this module's techniques") with the trainee's state."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import Enrolment
from practice.models import Completion, Exercise, Rating, RatingKind, Status, Submission
from tests.courses.factories import make_curriculum
from tests.courses.test_query_budget import SIGNED_IN_BUDGET

pytestmark = pytest.mark.django_db

HEADING = "Practise this module's techniques"


@pytest.fixture
def tree(exercise, supervised):
    tree = make_curriculum(modules=1)
    Enrolment.objects.create(user=supervised, course=tree.course)
    exercise.course, exercise.module = tree.course, tree.modules[0]
    exercise.save()
    return tree


def place(tree, exercise, title, **fields):
    """Another exercise like `exercise`, in the tree's module."""
    return Exercise.objects.create(
        title=title,
        live=fields.pop("live", True),
        prompt=exercise.prompt,
        rubric=exercise.rubric,
        stimulus=exercise.stimulus,
        course=tree.course,
        module=tree.modules[0],
        **fields,
    )


def respond(exercise, trainee, rated_by=None):
    submission = Submission.objects.create(
        exercise=exercise, trainee=trainee, status=Status.READY, submitted_at=timezone.now()
    )
    if rated_by:
        Rating.objects.create(
            submission=submission, rater=rated_by, kind=RatingKind.OBSERVER, overall=5, published_at=timezone.now()
        )
    return submission


def states(html):
    """{exercise title: state shown} in the module's practice panel."""
    found = re.findall(r'data-state="([a-z-]+)"><a href="[^"]+">([^<]+)</a>', html)
    return {title: state for state, title in found}


def test_the_trainee_sees_each_optional_exercise_with_where_they_stand(
    client, tree, exercise, supervised, supervisor, outsider
):
    submitted = place(tree, exercise, "Submitted one")
    rated = place(tree, exercise, "Rated one")
    failed = place(tree, exercise, "Failed one")
    respond(submitted, supervised).ratings.create(rater=supervised, kind=RatingKind.SELF, overall=7)
    respond(rated, supervised, rated_by=supervisor)
    Submission.objects.create(exercise=failed, trainee=supervised, status=Status.FAILED, submitted_at=timezone.now())
    respond(exercise, outsider, rated_by=supervisor)
    place(tree, exercise, "Counted one", completion=Completion.SUBMITTED)
    place(tree, exercise, "Not open yet", live=False)
    client.force_login(supervised)
    html = client.get(tree.modules[0].url).content.decode()
    assert HEADING in html
    # A self-rating is not an observer's, a failed upload is no response, another trainee's rating is theirs;
    # the counted exercise is among the module's parts, not here.
    assert states(html) == {
        "After the cancelled session": "not-started",
        "Failed one": "not-started",
        "Rated one": "rated",
        "Submitted one": "submitted",
    }
    assert "Practice to do: Counted one" in html


def test_nobody_but_an_enrolled_trainee_sees_the_panel(client, tree, supervised, editor, supervisor):
    url = tree.modules[0].url
    for who in (None, editor, supervisor):
        if who:
            client.force_login(who)
        html = client.get(url).content.decode()
        assert HEADING not in html and "After the cancelled session" not in html
    Enrolment.objects.all().delete()
    client.force_login(supervised)
    assert HEADING not in client.get(url).content.decode()


def test_the_panel_costs_the_same_for_1_or_100_exercises(client, tree, exercise, supervised, supervisor):
    client.force_login(supervised)
    url = tree.modules[0].url

    def queries():
        client.get(url)  # warm-up: per-process caches
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url).content.decode()
        return len(captured), len(states(html))

    one = queries()
    fields = {"prompt": exercise.prompt, "rubric": exercise.rubric, "stimulus": exercise.stimulus}
    extras = [  # saved one by one, as the admin saves them (each save purges the remembered placements)
        Exercise.objects.create(
            title=f"Exercise {i:02d}", live=True, course=tree.course, module=tree.modules[0], **fields
        )
        for i in range(99)
    ]
    for i, extra in enumerate(extras[::10]):
        respond(extra, supervised, rated_by=supervisor if i % 2 else None)
    many = queries()
    assert (one[1], many[1]) == (1, 100)
    assert many[0] == one[0] <= SIGNED_IN_BUDGET


def test_an_exercise_placed_closed_or_made_to_count_changes_the_page_at_once(client, tree, exercise, supervised):
    """Where exercises are placed is remembered with the published pages (practice.placements): each save forgets it."""
    client.force_login(supervised)
    url = tree.modules[0].url
    assert states(client.get(url).content.decode()) == {exercise.title: "not-started"}
    placed = place(tree, exercise, "After the cancelled session")
    assert set(states(client.get(url).content.decode())) == {exercise.title, placed.title}
    placed.live = False
    placed.save()
    assert set(states(client.get(url).content.decode())) == {exercise.title}
    exercise.completion = Completion.SUBMITTED
    exercise.save()
    html = client.get(url).content.decode()
    assert HEADING not in html  # it counts now: one of the module's parts, in the trainee's progress
    assert exercise.title in html and "submit a response" in html
