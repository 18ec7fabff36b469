"""Autosave in Chromium: an essay being typed and the matches chosen in a matching question are saved as drafts,
and reloading the page shows them again."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from quizzes.models import AnswerOption, Draft, Question
from tests import factories
from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e

USERNAME = "autosave_trainee"
ESSAY = "Stop, rewind to just before the break in mentalizing, and explore it together."


@pytest.fixture
def essay_quiz(demo):
    """A timed quiz of an essay and a matching question on one page; it and its trainee go again afterwards (the
    other browser tests share the demo)."""
    quiz = factories.QuizFactory(
        title="Autosave essay",
        slug="autosave-essay",
        time_limit=30,  # minutes
        navigation="free",
        questions_per_page=0,
    )
    factories.QuestionFactory(kind="essay", quizzes=[quiz], content="Describe stop–rewind–explore.")
    matching = factories.QuestionFactory(kind="matching", quizzes=[quiz], content="Match each treatment.")
    AnswerOption.objects.create(question=matching, text="MBT", match="Bateman and Fonagy", sort_order=0)
    AnswerOption.objects.create(question=matching, text="DBT", match="Linehan", sort_order=1)
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
    expect(page.get_by_text("Questions 1–2 of 2")).to_be_visible()

    page.get_by_label("Your answer").press_sequentially(ESSAY[:20])
    page.get_by_label("Your answer").fill(ESSAY)
    page.get_by_label("DBT").select_option("Linehan")
    status = page.locator("[data-autosave-status]")
    expect(status.first).to_have_attribute("aria-live", "polite")
    expect(status.first).to_contain_text("Draft saved", timeout=15_000)
    expect(status.last).to_contain_text("Draft saved", timeout=15_000)
    # A first save may have carried only the first words typed; wait for the one with the whole essay.
    wanted = {1: ESSAY, 2: ["", "Linehan"]}
    for _ in range(30):
        drafts = {d.slot.position: d.value for d in Draft.objects.filter(attempt__user__username=USERNAME)}
        if drafts == wanted:
            break
        page.wait_for_timeout(500)
    assert drafts == wanted

    page.reload()
    expect(page.get_by_label("Your answer")).to_have_value(ESSAY)
    expect(page.get_by_label("DBT")).to_have_value("Linehan")
    expect(status.last).to_contain_text("Draft saved")
    assert not problems, problems  # no script refused by the Content-Security-Policy, no failed request
