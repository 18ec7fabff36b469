"""The demo seed: a quiz per module, every question type, idempotent, with the trainee's attempts."""

import pytest
from django.db.models import Count

from demo.curriculum import COURSES
from demo.curriculum_build import seed_curriculum
from demo.quizzes import seed_demo_quizzes
from demo.users import seed_demo_users
from quizzes.models import Attempt, AttemptStatus, Question, Quiz
from tests.factories import make_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    seed_demo_users("demo-password-123")
    return seed_demo_quizzes()


def test_a_quiz_for_every_module_placed_in_that_module_once_published(seeded):
    modules = {m["slug"] for course in COURSES for m in course["modules"]}
    assert set(seeded) == modules
    seed_curriculum(make_home(), seeded)
    for slug, quiz in seeded.items():
        assert Quiz.objects.get(placements__module__slug=slug) == quiz


def test_at_least_60_questions_of_every_type_with_vignettes_and_spot_questions(seeded):
    assert Question.objects.count() >= 60
    kinds = dict(Question.objects.values_list("kind").annotate(n=Count("pk")))
    assert set(kinds) == {"mc_single", "mc_multiple", "true_false", "essay", "spot_name", "spot_moment"}
    assert kinds["spot_name"] + kinds["spot_moment"] >= 3
    assert Question.objects.exclude(vignette="").count() >= 5


def test_every_demo_question_can_be_asked(seeded):
    for question in Question.objects.prefetch_related("options"):
        assert question.problems() == [], question


def test_spot_questions_have_a_video_captions_and_a_technique(seeded):
    for question in Question.objects.filter(kind__in=["spot_name", "spot_moment"]):
        assert question.video.file and question.captions.startswith("WEBVTT") and question.technique_id


def test_seeding_twice_duplicates_nothing(seeded):
    counts = (Quiz.objects.count(), Question.objects.count(), Attempt.objects.count())
    seed_demo_quizzes()
    assert (Quiz.objects.count(), Question.objects.count(), Attempt.objects.count()) == counts


def test_the_demo_trainee_has_finished_open_and_awaiting_marking_attempts(seeded):
    attempts = Attempt.objects.filter(user__username="trainee")
    assert attempts.filter(status=AttemptStatus.FINISHED).count() >= 2
    assert attempts.filter(status=AttemptStatus.IN_PROGRESS).count() >= 1
    assert attempts.filter(status=AttemptStatus.NEEDS_MARKING).count() == 1
