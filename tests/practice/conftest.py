"""Fixtures of the practice studio: a rubric, an exercise, trainees in and out of a supervisor's scope."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from practice import consent
from practice.models import Exercise, Rubric, RubricItem, ScaleKind
from tests import factories
from tests.practice.samples import make_recording


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.PRACTICE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRACTICE_STORAGE_ROOT


@pytest.fixture
def rubric(db):
    rubric = Rubric.objects.create(
        title="MBT training rubric",
        track="mbt",
        description="A training rubric, not the validated MBT-ACS.",
        overall_anchors="1 = very poor\n7 = excellent",
    )
    RubricItem.objects.create(
        rubric=rubric,
        sort_order=0,
        domain="Stance",
        text="Not-knowing stance",
        anchors="1 = absent\n4 = adequate\n7 = excellent",
    )
    RubricItem.objects.create(rubric=rubric, sort_order=1, domain="Stance", text="Curiosity about mental states")
    RubricItem.objects.create(
        rubric=rubric, sort_order=2, domain="Affect", text="Affect focus", allows_not_applicable=True
    )
    RubricItem.objects.create(
        rubric=rubric,
        sort_order=3,
        domain="Affect",
        text="Validates the emotional experience",
        kind=ScaleKind.PRESENT_ABSENT,
    )
    return rubric


@pytest.fixture
def clip(db, tmp_path):
    from wagtailmedia.models import Media

    path = make_recording(tmp_path / "clip.mp4", seconds=1, container="mp4")
    return Media.objects.create(
        title="Rupture (synthetic)",
        type="video",
        duration=20,
        file=SimpleUploadedFile("clip.mp4", path.read_bytes(), content_type="video/mp4"),
    )


@pytest.fixture
def exercise(rubric, clip):
    return Exercise.objects.create(
        title="After the cancelled session",
        live=True,
        prompt="Respond as an MBT therapist would at this moment.",
        rubric=rubric,
        stimulus=clip,
        stimulus_start=2,
        stimulus_end=9,
        max_response_seconds=30,
    )


@pytest.fixture
def cohort(db):
    return factories.CohortFactory(name="Practice cohort")


@pytest.fixture
def supervised(cohort, supervisor):
    """A trainee in the cohort `supervisor` supervises, who has consented to recording."""
    trainee = factories.TraineeFactory(username="robin")
    cohort.trainees.add(trainee)
    cohort.supervisors.add(supervisor)
    consent.give(trainee)
    return trainee


@pytest.fixture
def outsider(db):
    """A trainee nobody in these tests supervises."""
    trainee = factories.TraineeFactory(username="outsider")
    consent.give(trainee)
    return trainee


@pytest.fixture
def webm(tmp_path):
    return make_recording(tmp_path / "response.webm", seconds=2)


def upload(path, name=None, content_type="video/webm"):
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type=content_type)


@pytest.fixture
def ready_submission(exercise, supervised, webm):
    from practice import submitting

    return submitting.submit_file(supervised, exercise, upload(webm))
