"""In Chromium (issue 16): a trainee with extra time sees and gets it; an editor previews a quiz from the admin and
nothing is recorded; an administrator's regrade dry run, then apply."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from quizzes.models import Attempt, Question, Quiz, Regrade, TraineeQuizOverride
from tests import factories
from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e

TRAINEE = "extra_time_trainee"


@pytest.fixture
def timed_quiz(demo):
    """A 10-minute quiz, a trainee given 20 extra minutes; all of it goes again afterwards (the demo is shared)."""
    quiz = factories.QuizFactory(title="Timed stance check", slug="timed-stance-check", time_limit=10)
    factories.QuestionFactory(
        quizzes=[quiz],
        content="Which response shows the not-knowing stance?",
        options=[("What went through your mind?", True), ("You are projecting.", False)],
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], content="MBT usually runs 18 months.", is_true=True)
    trainee = factories.TraineeFactory(username=TRAINEE)
    TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_minutes=20)
    yield quiz
    Attempt.objects.filter(quiz=quiz).delete()
    get_user_model().objects.filter(username__in=[TRAINEE, "regraded_trainee"]).delete()
    Question.objects.filter(quiz_links__quiz=quiz).delete()
    Regrade.objects.filter(quiz=quiz).delete()
    Quiz.objects.filter(pk=quiz.pk).delete()


def test_a_trainee_with_extra_time_sees_it_and_gets_it(page, live_server, timed_quiz, screenshot):
    log_in(page, live_server.url, TRAINEE, factories.TEST_PASSWORD, next_url=timed_quiz.get_absolute_url())
    arranged = page.get_by_role("region", name="Arranged for you")
    expect(arranged).to_contain_text("20 extra minutes: 30 minutes in all.")
    expect(page.get_by_text("Time limit: 30 minutes, counted from when you start.")).to_be_visible()
    screenshot("quiz-extra-time-start")
    page.get_by_role("button", name="Start the quiz").click()
    timer = page.locator("[data-seconds-left]")
    expect(timer).to_be_visible()
    assert int(timer.get_attribute("data-seconds-left")) > 25 * 60
    attempt = Attempt.objects.get(user__username=TRAINEE)
    assert round((attempt.deadline - attempt.started_at).total_seconds() / 60) == 30


def test_an_editor_previews_a_quiz_and_nothing_is_recorded(page, live_server, demo, timed_quiz):
    log_in(page, live_server.url, "editor", demo, next_url="/admin/snippets/quizzes/quiz/?q=Timed")
    preview = page.get_by_role("link", name="Preview").first
    expect(preview).to_be_visible()
    page.goto(live_server.url + preview.get_attribute("href"))
    expect(page.get_by_role("note")).to_contain_text("Nothing is recorded")
    expect(page.get_by_role("heading", name="Preview: Timed stance check")).to_be_visible()
    page.get_by_label("What went through your mind?").check()
    page.get_by_label("False").check()
    page.get_by_role("button", name="Check the answers").click()
    expect(page.get_by_role("heading", name="Result of this preview")).to_be_visible()
    expect(page.locator(".quiz-score")).to_contain_text("1 out of 2 points: 50%.")
    assert not Attempt.objects.filter(quiz=timed_quiz).exists()


def test_an_administrator_runs_a_regrade_dry_run_then_applies_it(page, live_server, demo, timed_quiz):
    first = timed_quiz.quiz_questions.order_by("sort_order").first().question
    trainee = factories.TraineeFactory(username="regraded_trainee")
    from quizzes import taking

    attempt = taking.start_or_resume(timed_quiz, user=trainee)
    wrong = first.options.get(correct=False)
    taking.submit_answer(attempt.pk, 1, attempt.sequence, {"option": wrong.pk}, user=trainee)
    attempt.refresh_from_db()
    taking.submit_answer(attempt.pk, 2, attempt.sequence, {"value": True}, user=trainee)
    attempt.refresh_from_db()
    assert attempt.score == 1
    first.options.update(correct=True)  # the editor's key fix: both responses are acceptable

    log_in(page, live_server.url, "admin", demo, next_url="/admin/snippets/quizzes/quiz/?q=Timed")
    regrade = page.get_by_role("link", name="Regrade").first
    page.goto(live_server.url + regrade.get_attribute("href"))
    plan = page.locator("table[data-regrade-plan]")
    expect(plan).to_contain_text("regraded_trainee")
    expect(plan.locator("tbody tr").first).to_contain_text("1 → 2")
    page.get_by_role("button", name="Regrade these attempts").click()
    expect(page.get_by_text("Tick the box to confirm")).to_be_visible()
    page.get_by_label(re.compile("I have checked the changes listed")).check()
    page.get_by_role("button", name="Regrade these attempts").click()
    expect(page.get_by_role("status").filter(has_text="Regraded 1 attempt")).to_be_visible()
    attempt.refresh_from_db()
    assert attempt.score == 2 and Regrade.objects.get(quiz=timed_quiz).performed_by.username == "admin"
