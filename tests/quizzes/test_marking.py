"""The marking rule: a mark is recorded with its marking event and the attempt rescored at once.

Who may mark whose attempts, and the pages where they do, are the supervision workspace's
(tests/supervision/test_marking.py).
"""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from quizzes import marking, taking
from quizzes.models import Answer, Attempt, AttemptStatus, MarkingEvent
from quizzes.progress import category_scores
from tests import factories

pytestmark = pytest.mark.django_db


def essay_attempt(trainee, **quiz_fields):
    """A finished attempt at an essay (4 points, two rubric criteria) and a true/false question."""
    quiz = factories.QuizFactory(**quiz_fields)
    factories.QuestionFactory(
        kind="essay",
        quizzes=[quiz],
        points=4,
        rubric="Names the mode\nSuggests a first move",
        category=factories.QuizCategoryFactory(name="MBT"),
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz])
    attempt = taking.start_or_resume(quiz, trainee)
    taking.submit_answer(attempt.pk, 1, 0, {"text": "I would slow down and validate."}, user=trainee)
    taking.submit_answer(attempt.pk, 2, 1, {"value": True}, user=trainee)
    attempt.refresh_from_db()
    return attempt


def essay_of(attempt):
    return attempt.answers.get(slot__position=1)


def test_a_mark_updates_score_status_pass_and_progress_at_once(trainee, supervisor):
    attempt = essay_attempt(trainee, pass_mark=60)
    assert attempt.status == AttemptStatus.NEEDS_MARKING and attempt.passed is None
    marking.mark(essay_of(attempt).pk, attempt.pk, supervisor, "3", "Good first move; name the mode.", [1])
    attempt.refresh_from_db()
    assert attempt.score == Decimal("4") and attempt.percent == Decimal("80.00")
    assert attempt.status == AttemptStatus.FINISHED and attempt.passed is True
    essay = essay_of(attempt)
    assert essay.feedback == "Good first move; name the mode." and essay.rubric_met == [1]
    assert essay.marked_by == supervisor and essay.marked_at is not None
    row = next(r for r in category_scores(trainee) if r["name"] == "MBT")
    assert (row["points"], row["max_points"]) == (Decimal("3"), Decimal("4"))


def test_every_change_is_recorded_with_who_and_what(trainee, supervisor, admin_user):
    attempt = essay_attempt(trainee)
    marking.mark(essay_of(attempt).pk, attempt.pk, supervisor, "1")
    marking.mark(essay_of(attempt).pk, attempt.pk, admin_user, "4", "Well argued.")
    events = list(MarkingEvent.objects.order_by("pk").values_list("marker", "old_points", "new_points", "feedback"))
    assert events == [
        (supervisor.pk, None, Decimal("1"), ""),
        (admin_user.pk, Decimal("1"), Decimal("4"), "Well argued."),
    ]


def test_an_auto_marked_answer_can_be_overridden(trainee, supervisor):
    attempt = essay_attempt(trainee)
    true_false = attempt.answers.get(slot__position=2)
    assert true_false.is_correct is True
    marking.mark(true_false.pk, attempt.pk, supervisor, "0")
    true_false.refresh_from_db()
    attempt.refresh_from_db()
    assert true_false.is_correct is False and attempt.score == 0


def test_rubric_criteria_are_stored_sorted_without_unknown_ones(trainee, supervisor):
    attempt = essay_attempt(trainee)
    marking.mark(essay_of(attempt).pk, attempt.pk, supervisor, "4", rubric_met=["1", 7, 0, 1])
    assert essay_of(attempt).rubric_met == [0, 1]


@pytest.mark.parametrize("points", ["-1", "4.01", "9"])
def test_points_outside_the_questions_range_are_refused(trainee, supervisor, points):
    attempt = essay_attempt(trainee)
    with pytest.raises(ValidationError, match="between 0 and 4"):
        marking.mark(essay_of(attempt).pk, attempt.pk, supervisor, points)
    assert not MarkingEvent.objects.exists() and essay_of(attempt).points is None


def test_an_answer_of_another_attempt_is_refused_and_changes_nothing(trainee, other_trainee, supervisor):
    mine = essay_attempt(trainee)
    theirs = essay_attempt(other_trainee)
    with pytest.raises(Answer.DoesNotExist):
        marking.mark(essay_of(theirs).pk, mine.pk, supervisor, "4")
    assert not MarkingEvent.objects.exists()


def test_an_unfinished_attempt_cannot_be_marked(trainee, supervisor):
    quiz = factories.make_quiz(kinds=["essay", "true_false"])
    attempt = taking.start_or_resume(quiz, trainee)
    taking.submit_answer(attempt.pk, 1, 0, {"text": "Half done"}, user=trainee)
    with pytest.raises(Attempt.DoesNotExist):
        marking.mark(attempt.answers.get().pk, attempt.pk, supervisor, "1")
    assert not MarkingEvent.objects.exists()


def test_the_refusal_names_the_questions_points_as_a_person_writes_them(trainee, supervisor):
    quiz = factories.QuizFactory()
    factories.QuestionFactory(kind="essay", quizzes=[quiz], points=10)
    attempt = taking.start_or_resume(quiz, trainee)
    taking.submit_answer(attempt.pk, 1, 0, {"text": "An essay."}, user=trainee)
    with pytest.raises(ValidationError, match=r"between 0 and 10\."):
        marking.mark(attempt.answers.get().pk, attempt.pk, supervisor, "11")
