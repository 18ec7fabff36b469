"""A trainee with something of everything: quiz attempts with an essay, a practice recording, a certificate."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from learning.models import Certificate
from practice.models import Rating
from quizzes.models import Answer, AttemptSlot, Draft, MarkingEvent
from tests import factories
from tests.practice.conftest import (  # noqa: F401 (fixtures)
    clip,
    cohort,
    exercise,
    private_storage,
    ready_submission,
    rubric,
    supervised,
    webm,
)

ESSAY = "I would slow down, name the rupture, and ask what the cancelled session meant to her."


@pytest.fixture(autouse=True)
def export_root(settings, tmp_path):
    settings.PRIVACY_EXPORT_ROOT = tmp_path / "exports"
    return settings.PRIVACY_EXPORT_ROOT


def quiz_attempt(trainee, quiz, right, essay="", number=1, marker=None):
    """A finished attempt at `quiz` (one multiple-choice question, one essay), as a trainee would leave it."""
    attempt = factories.finished_attempt(trainee, quiz, percent=80 if right else 20, number=number)
    mc, essay_question = [link.question for link in quiz.quiz_questions.order_by("sort_order")]
    mc_slot = AttemptSlot.objects.create(
        attempt=attempt, position=1, question=mc, snapshot={"kind": "mc_single", "content": mc.content}, points=1
    )
    Answer.objects.create(attempt=attempt, slot=mc_slot, payload={"option": 1}, points=1 if right else 0)
    essay_slot = AttemptSlot.objects.create(
        attempt=attempt,
        position=2,
        question=essay_question,
        snapshot={"kind": "essay", "content": essay_question.content},
        points=4,
        flagged=True,
    )
    answer = Answer.objects.create(
        attempt=attempt,
        slot=essay_slot,
        payload={"text": essay},
        points=3,
        feedback="Clear, and you name the rupture." if marker else "",
        marked_by=marker,
        marked_at=timezone.now() if marker else None,
    )
    if marker:
        MarkingEvent.objects.create(answer=answer, marker=marker, new_points=3, feedback="Clear, and you name it.")
    return attempt


@pytest.fixture
def quiz(db):
    return factories.make_quiz(kinds=("mc_single", "essay"), title="Rupture and repair", pass_mark=60)


@pytest.fixture
def robin(supervised, supervisor, ready_submission, quiz):  # noqa: F811 (the imported fixtures)
    """The supervised trainee with a marked essay, an open attempt with a draft, a rated recording, a certificate."""
    quiz_attempt(supervised, quiz, right=True, essay=ESSAY, marker=supervisor)
    open_attempt = factories.finished_attempt(supervised, quiz, number=2)
    open_attempt.status = "in_progress"
    open_attempt.save()
    slot = AttemptSlot.objects.create(attempt=open_attempt, position=1, snapshot={"kind": "essay"}, points=4)
    Draft.objects.create(attempt=open_attempt, slot=slot, value="A half-written thought")
    Rating.objects.create(
        submission=ready_submission,
        rater=supervisor,
        overall=5,
        feedback="Warm and curious.",
        published_at=timezone.now(),
    )
    certificate = Certificate.objects.create(
        user=supervised, holder_name=supervised.display_name, title="MBT essentials", hours=Decimal("12.5")
    )
    return SimpleNamespace(
        user=supervised, submission=ready_submission, certificate=certificate, quiz=quiz, open_attempt=open_attempt
    )
