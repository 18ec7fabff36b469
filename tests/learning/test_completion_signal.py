"""Completion is recorded as soon as a quiz attempt is scored, not when the trainee next opens a page.

`quizzes.signals.attempt_scored` is sent once the score is committed; the tests run inside a transaction that
never commits, so they execute the captured on-commit callbacks (`django_capture_on_commit_callbacks`).
"""

import datetime

import pytest
from django.utils import timezone

from learning.models import Enrolment, ModuleProgress
from quizzes import taking
from quizzes.models import Attempt, AttemptStatus
from quizzes.signals import attempt_scored
from supervision.models import Supervision
from tests import factories
from tests.learning.test_completion import read, watch_fully
from tests.quizzes.conftest import answer, right_option
from tests.supervision.conftest import mark_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    return trainee


@pytest.fixture
def ready(client, enrolled, journey, clock):
    """The trainee has read the first module and watched its clip: only the quiz is left."""
    read(client, journey.first)
    watch_fully(client, clock, journey.first)
    assert completed_at(enrolled, journey.first) is None
    return enrolled


@pytest.fixture
def scored(db):
    """The attempts `attempt_scored` is sent for, in order."""
    sent = []

    def collect(sender, attempt, **kwargs):
        sent.append(attempt.pk)

    attempt_scored.connect(collect, sender=Attempt)
    yield sent
    attempt_scored.disconnect(collect, sender=Attempt)


def completed_at(user, module):
    return ModuleProgress.objects.filter(user=user, module=module).values_list("completed_at", flat=True).first()


def mc_and_true_false(quiz):
    """Two questions, one point each: with a pass mark of 60 both must be right."""
    mc = factories.QuestionFactory(kind="mc_single", quizzes=[quiz])
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], is_true=True)
    return mc


def essay_and_true_false(quiz):
    """An essay worth 4 points, then a true/false question worth 1."""
    factories.QuestionFactory(kind="essay", quizzes=[quiz], points=4, rubric="Names the mode", content="Describe.")
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], is_true=True)


def test_passing_the_quiz_completes_the_module_without_opening_another_page(
    client, ready, journey, django_capture_on_commit_callbacks
):
    mc = mc_and_true_false(journey.quiz)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, journey.quiz, right_option(mc))
        assert completed_at(ready, journey.first) is None  # one question still to answer
        response = answer(client, journey.quiz, "true")
    assert response.status_code == 302
    assert Attempt.objects.get(user=ready).passed is True
    assert completed_at(ready, journey.first) is not None
    assert completed_at(ready, journey.second) is None
    assert Enrolment.objects.get(user=ready).completed_at is None  # the second module is still to do


def test_a_failed_quiz_does_not_complete_the_module(client, ready, journey, django_capture_on_commit_callbacks):
    mc = mc_and_true_false(journey.quiz)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, journey.quiz, right_option(mc))
        answer(client, journey.quiz, "false")
    assert Attempt.objects.get(user=ready).passed is False
    assert completed_at(ready, journey.first) is None


def test_passing_without_the_other_parts_done_does_not_complete_the_module(
    client, enrolled, journey, clock, django_capture_on_commit_callbacks
):
    mc = mc_and_true_false(journey.quiz)
    read(client, journey.first)  # the clip is not watched
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, journey.quiz, right_option(mc))
        answer(client, journey.quiz, "true")
    assert Attempt.objects.get(user=enrolled).passed is True
    assert completed_at(enrolled, journey.first) is None
    # Watching the clip afterwards completes it, as before.
    watch_fully(client, clock, journey.first)
    assert completed_at(enrolled, journey.first) is not None


def test_an_essay_completes_the_module_only_once_a_supervisor_marks_it_passing(
    client, ready, journey, django_capture_on_commit_callbacks
):
    essay_and_true_false(journey.quiz)  # pass mark 60: the essay needs 2 of 4 points
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, journey.quiz, "I would slow down and validate first.")
        answer(client, journey.quiz, "true")
    attempt = Attempt.objects.get(user=ready)
    assert attempt.status == AttemptStatus.NEEDS_MARKING
    assert completed_at(ready, journey.first) is None

    supervisor = factories.SupervisorFactory(username="dana")
    Supervision.objects.create(supervisor=supervisor, trainee=ready)
    client.force_login(supervisor)
    with django_capture_on_commit_callbacks(execute=True):
        assert mark_post(client, attempt, "1", "Name the mode.").status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.FINISHED and attempt.passed is False
    assert completed_at(ready, journey.first) is None

    with django_capture_on_commit_callbacks(execute=True):
        assert mark_post(client, attempt, "3", "Good: you name the mode now.").status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed is True
    assert completed_at(ready, journey.first) is not None


def test_the_course_is_complete_when_the_quiz_finishes_its_last_module(
    client, ready, journey, django_capture_on_commit_callbacks
):
    read(client, journey.second)  # the text-only module is complete once read
    assert completed_at(ready, journey.second) is not None
    mc = mc_and_true_false(journey.quiz)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, journey.quiz, right_option(mc))
        answer(client, journey.quiz, "true")
    assert completed_at(ready, journey.first) is not None
    enrolment = Enrolment.objects.get(user=ready, course=journey.course)
    assert enrolment.completed_at is not None


def test_a_quiz_closed_by_its_time_limit_completes_the_module_when_it_passes(
    client, ready, journey, django_capture_on_commit_callbacks
):
    journey.quiz.time_limit = 10
    journey.quiz.pass_mark = 50
    journey.quiz.save()
    mc = mc_and_true_false(journey.quiz)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    attempt = taking.start_or_resume(journey.quiz, user=ready, now=an_hour_ago)
    taking.submit_answer(attempt.pk, 1, 0, {"option": right_option(mc)}, user=ready, now=an_hour_ago)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/quizzes/{journey.quiz.slug}/start/")  # the trainee comes back after the deadline
    attempt.refresh_from_db()
    assert attempt.timed_out and attempt.passed is True
    assert completed_at(ready, journey.first) is not None


def test_the_signal_is_sent_when_an_attempt_is_finished_and_when_a_mark_is_saved(
    client, trainee, scored, django_capture_on_commit_callbacks
):
    quiz = factories.QuizFactory(pass_mark=60)
    essay_and_true_false(quiz)
    client.force_login(trainee)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, quiz, "An answer.")
        assert scored == []  # not for an answer that leaves the attempt open
        answer(client, quiz, "true")
    attempt = Attempt.objects.get(user=trainee)
    assert scored == [attempt.pk]

    marker = factories.SupervisorFactory(username="dana")
    Supervision.objects.create(supervisor=marker, trainee=trainee)
    client.force_login(marker)
    with django_capture_on_commit_callbacks(execute=True):
        mark_post(client, attempt, "4")
    assert scored == [attempt.pk, attempt.pk]


def test_the_signal_waits_for_the_commit_and_is_not_sent_for_visitors(
    client, trainee, scored, django_capture_on_commit_callbacks
):
    quiz = factories.make_quiz(kinds=["true_false"], allow_anonymous=True)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        attempt = taking.start_or_resume(quiz, user=trainee)
        taking.finish(attempt)
        assert scored == []  # nothing before the commit
    assert len(callbacks) == 1
    callbacks[0]()
    assert scored == [attempt.pk]

    with django_capture_on_commit_callbacks(execute=True):
        visitor = taking.start_or_resume(quiz, session_key="a-visitor-session")
        taking.finish(visitor)
    assert scored == [attempt.pk]


def test_recording_takes_a_fixed_number_of_queries_whatever_the_number_of_modules(
    trainee, journey, django_assert_max_num_queries
):
    from learning.signal_handlers import record_completions_for_quiz
    from tests.courses.factories import ModulePageFactory

    Enrolment.objects.create(user=trainee, course=journey.course)
    for module in (journey.first, journey.second):
        ModuleProgress.objects.create(user=trainee, module=module, read_at=timezone.now())
    for number in range(6):
        module = ModulePageFactory(
            parent=journey.course,
            slug=f"extra-{number}",
            body=[("quiz", {"quiz": journey.quiz, "heading": "Check"})],
        )
        ModuleProgress.objects.create(user=trainee, module=module, read_at=timezone.now())
    factories.finished_attempt(trainee, journey.quiz, percent=100)
    with django_assert_max_num_queries(14):
        completed = record_completions_for_quiz(trainee, journey.quiz.pk)
    # The six modules placing only the quiz complete, and with them the text-only module of their course, read
    # but not recorded complete yet; the first also needs its clip watched.
    assert {module.slug for module in completed} == {*(f"extra-{number}" for number in range(6)), "second"}
    assert completed_at(trainee, journey.first) is None
