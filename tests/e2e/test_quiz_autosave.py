"""Autosave in Chromium: an essay being typed is saved as a draft, and reloading the page shows it again."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from quizzes.models import Draft, Question
from tests import factories
from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e

USERNAME = "autosave_trainee"
ESSAY = "Stop, rewind to just before the break in mentalizing, and explore it together."


@pytest.fixture
def essay_quiz(demo):
    """A timed quiz of one essay; it and its trainee go again afterwards (the other browser tests share the demo)."""
    quiz = factories.QuizFactory(title="Autosave essay", slug="autosave-essay", time_limit=30)  # minutes
    factories.QuestionFactory(kind="essay", quizzes=[quiz], content="Describe stop–rewind–explore.")
    factories.TraineeFactory(username=USERNAME)
    yield quiz
    get_user_model().objects.filter(username=USERNAME).delete()
    Question.objects.filter(quiz_links__quiz=quiz).delete()
    quiz.delete()


def test_an_essay_being_typed_is_saved_as_a_draft_and_survives_a_reload(page, live_server, essay_quiz):
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    log_in(page, live_server.url, USERNAME, factories.TEST_PASSWORD, next_url=essay_quiz.get_take_url())
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_text("Question 1 of 1")).to_be_visible()

    page.get_by_label("Your answer").press_sequentially(ESSAY[:20])
    page.get_by_label("Your answer").fill(ESSAY)
    status = page.locator("[data-autosave-status]")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_contain_text("Draft saved", timeout=15_000)
    # A first save may have carried only the first words typed; wait for the one with the whole essay.
    for _ in range(30):
        draft = Draft.objects.filter(attempt__user__username=USERNAME).first()
        if draft is not None and draft.value == ESSAY:
            break
        page.wait_for_timeout(500)
    assert draft is not None and draft.value == ESSAY

    page.reload()
    expect(page.get_by_label("Your answer")).to_have_value(ESSAY)
    expect(status).to_contain_text("Draft saved")
    assert not problems, problems  # no script refused by the Content-Security-Policy, no failed request
