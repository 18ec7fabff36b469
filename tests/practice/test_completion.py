"""An exercise placed in a module can count toward its completion: once a response is submitted, or once an
observer's published overall rating reaches the editor's minimum. The trainee sees it among the module's parts."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from learning.models import ModuleProgress
from practice import submitting
from practice.models import Completion, Exercise, Rating, RatingKind, Status, Submission
from tests.courses.factories import ModulePageFactory, make_curriculum
from tests.learning.conftest import committed_post, enrol
from tests.practice.conftest import upload
from tests.practice.test_rating import full_rating

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed(exercise, supervised, client):
    """The exercise placed in a text-only module of a course the trainee is enrolled in and has read."""
    tree = make_curriculum(modules=0)
    module = ModulePageFactory(parent=tree.course, title="Repair after a rupture", slug="repair")
    exercise.course, exercise.module = tree.course, module
    exercise.completion = Completion.SUBMITTED
    exercise.save()
    client.force_login(supervised)
    enrol(client, tree.course)
    committed_post(client, reverse("learning:read", args=[module.pk]))
    return module


def completed(trainee, module):
    return ModuleProgress.objects.get(user=trainee, module=module).completed_at is not None


def test_a_module_waits_for_the_response_and_completes_when_it_is_submitted(client, placed, exercise, supervised, webm):
    page = client.get(placed.url).content.decode()
    assert f"Practice to do: {exercise.title}" in page
    assert reverse("practice:exercise", args=[exercise.pk]) in page
    assert not completed(supervised, placed)

    submitting.submit_file(supervised, exercise, upload(webm))

    assert completed(supervised, placed)
    assert f"Practice done: {exercise.title}" in client.get(placed.url).content.decode()


def test_a_rated_exercise_counts_only_from_an_observers_rating_at_the_minimum(
    client, placed, exercise, supervised, supervisor, rubric, webm
):
    exercise.completion, exercise.completion_min_overall = Completion.RATED, 5
    exercise.save()
    submission = submitting.submit_file(supervised, exercise, upload(webm))
    assert not completed(supervised, placed)
    assert "rating of 5 or higher" in client.get(placed.url).content.decode()

    # The trainee's own 7 is a self-rating: it never counts.
    client.post(reverse("practice:self_rating", args=[submission.pk]), full_rating(rubric, overall="7"))
    assert not completed(supervised, placed)

    client.force_login(supervisor)
    client.post(reverse("practice:rate", args=[submission.pk]), full_rating(rubric, overall="5"))
    assert completed(supervised, placed)


def test_a_rating_below_the_minimum_leaves_the_module_open(
    client, placed, exercise, supervised, supervisor, rubric, webm
):
    exercise.completion, exercise.completion_min_overall = Completion.RATED, 6
    exercise.save()
    submission = submitting.submit_file(supervised, exercise, upload(webm))
    client.force_login(supervisor)
    client.post(reverse("practice:rate", args=[submission.pk]), full_rating(rubric, overall="5"))
    assert not completed(supervised, placed)


def test_an_optional_exercise_is_no_part_of_the_module(client, placed, exercise, supervised):
    exercise.completion = Completion.OPTIONAL
    exercise.save()
    page = client.get(placed.url).content.decode()
    assert "Practice to do" not in page
    assert "data-module-complete" in page  # the text was all there was to do


def test_the_editor_is_told_what_a_completion_rule_needs(exercise, rubric):
    exercise.completion = Completion.SUBMITTED
    with pytest.raises(ValidationError) as error:
        exercise.full_clean()
    assert "Only an exercise placed in a module" in str(error.value)

    tree = make_curriculum(modules=1)
    exercise.course, exercise.module = tree.course, tree.modules[0]
    exercise.completion = Completion.RATED
    with pytest.raises(ValidationError) as error:
        exercise.full_clean()
    assert "Give the lowest overall rating that counts." in str(error.value)
    exercise.completion_min_overall = 9
    with pytest.raises(ValidationError) as error:
        exercise.full_clean()
    assert "runs from 1 to 7" in str(error.value)
    exercise.completion_min_overall = 5
    exercise.full_clean()


def test_the_module_page_costs_the_same_with_one_or_ten_counting_exercises(client, placed, exercise):
    def queries():
        client.get(placed.url)  # warm-up: what pages remember until the next publish
        with CaptureQueriesContext(connection) as captured:
            assert client.get(placed.url).status_code == 200
        return len(captured)

    one = queries()
    for number in range(9):
        Exercise.objects.create(
            title=f"Exercise {number}",
            live=True,
            prompt="Respond.",
            rubric=exercise.rubric,
            stimulus=exercise.stimulus,
            course=exercise.course,
            module=placed,
            completion=Completion.SUBMITTED,
        )
    assert queries() == one


def rated_response(exercise, trainee, rater, overall):
    """A processed response of `trainee` with an observer's published overall rating."""
    submission = Submission.objects.create(
        exercise=exercise, trainee=trainee, status=Status.READY, submitted_at=timezone.now()
    )
    Rating.objects.create(
        submission=submission, rater=rater, kind=RatingKind.OBSERVER, overall=overall, published_at=timezone.now()
    )


def edit_form(exercise, **changes):
    data = {
        "title": exercise.title,
        "live": "on",
        "prompt": exercise.prompt,
        "difficulty": exercise.difficulty,
        "max_response_seconds": str(exercise.max_response_seconds),
        "rubric": str(exercise.rubric_id),
        "stimulus": str(exercise.stimulus_id),
        "stimulus_start": "",
        "stimulus_end": "",
        "model_response": "",
        "model_commentary": "",
        "course": str(exercise.course_id),
        "module": str(exercise.module_id),
        "completion": exercise.completion,
        "completion_min_overall": str(exercise.completion_min_overall or ""),
    }
    return {**data, **changes}


def test_an_editor_lowering_the_minimum_completes_the_module_and_raising_it_takes_no_completion_away(
    client, placed, exercise, supervised, supervisor, editor
):
    exercise.completion, exercise.completion_min_overall = Completion.RATED, 6
    exercise.save()
    rated_response(exercise, supervised, supervisor, overall=5)
    client.force_login(editor)
    edit = reverse("wagtailsnippets_practice_exercise:edit", args=[exercise.pk])

    response = committed_post(client, edit, edit_form(exercise, completion_min_overall="5"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert completed(supervised, placed)
    completed_at = ModuleProgress.objects.get(user=supervised, module=placed).completed_at

    exercise.refresh_from_db()
    committed_post(client, edit, edit_form(exercise, completion_min_overall="7"))
    exercise.refresh_from_db()
    assert exercise.completion_min_overall == 7
    # The platform keeps a recorded completion when a module's requirements grow (learning.completion).
    assert ModuleProgress.objects.get(user=supervised, module=placed).completed_at == completed_at
    client.force_login(supervised)
    assert "data-module-complete" in client.get(placed.url).content.decode()


@pytest.mark.parametrize(
    "change",
    [{"completion": Completion.OPTIONAL, "live": False}, "delete"],
    ids=["made optional and closed", "deleted"],
)
def test_an_exercise_that_no_longer_counts_completes_the_module_for_those_who_had_only_it_left(
    placed, exercise, supervised, change
):
    assert not completed(supervised, placed)
    with TestCase.captureOnCommitCallbacks(execute=True):
        if change == "delete":
            exercise.delete()
        else:
            for field, value in change.items():
                setattr(exercise, field, value)
            exercise.save()
    assert completed(supervised, placed)
