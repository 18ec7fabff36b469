"""Free navigation in Chromium: a trainee flags a question, goes back, changes an answer, sees the summary and submits.

The question panel is used with the keyboard, its states are read by their accessible names, and the page and the
summary fit a 375-px phone without sideways scrolling and have no WCAG 2.2 AA violation axe can find.
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from quizzes.models import Attempt, Question
from tests import factories
from tests.e2e.conftest import SCREENSHOTS, log_in
from tests.e2e.test_accessibility import violations

pytestmark = pytest.mark.e2e

USERNAME = "navigating_trainee"
PHONE = {"width": 375, "height": 800}


@pytest.fixture
def free_quiz(demo):
    """A quiz of four questions taken freely, and its trainee; both go again afterwards (the demo is shared)."""
    quiz = factories.QuizFactory(
        title="Modes, taken freely", slug="modes-taken-freely", navigation="free", reveal_answers="at_end"
    )
    factories.QuestionFactory(
        quizzes=[quiz],
        content="A patient is certain her sister hates her. Which mode is this?",
        options=[("Psychic equivalence", True), ("Pretend mode", False)],
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], content="MBT usually runs 18 months.", is_true=True)
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], content="Validation means agreeing.", is_true=False)
    factories.QuestionFactory(kind="essay", quizzes=[quiz], content="Describe stop–rewind–explore.")
    factories.TraineeFactory(username=USERNAME)
    yield quiz
    get_user_model().objects.filter(username=USERNAME).delete()
    Question.objects.filter(quiz_links__quiz=quiz).delete()
    quiz.delete()


def panel_link(page, name):
    return page.get_by_role("navigation", name="Questions").get_by_role("link", name=name, exact=True)


def fits_a_phone(page):
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_a_trainee_flags_goes_back_changes_an_answer_sees_the_summary_and_submits(browser, live_server, free_quiz):
    context = browser.new_context(viewport=PHONE)  # a phone throughout
    page = context.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    log_in(page, live_server.url, USERNAME, factories.TEST_PASSWORD, next_url=free_quiz.get_take_url())
    expect(page.get_by_text("change your answers until you submit them all")).to_be_visible()
    page.get_by_role("button", name="Start the quiz").click()

    # Question 1: answered wrongly for now, with the keyboard.
    expect(page.get_by_text("Question 1 of 4")).to_be_visible()
    expect(panel_link(page, "Question 1: not yet answered, on this page")).to_be_visible()
    page.get_by_label("Pretend mode").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Next page").click()

    # Question 2: flagged for review, not answered.
    expect(page.get_by_text("Question 2 of 4")).to_be_visible()
    expect(panel_link(page, "Question 1: answered")).to_be_visible()
    page.get_by_label("Flag question 2 for review").check()
    page.get_by_role("button", name="Next page").click()

    # Question 3: answered; then back to question 1 through the panel, with the keyboard: the link saves the page.
    expect(page.get_by_text("Question 3 of 4")).to_be_visible()
    expect(panel_link(page, "Question 2: not yet answered, flagged for review")).to_be_visible()
    page.get_by_label("False").check()
    assert fits_a_phone(page)
    screenshot(page, "quiz-navigation-page")
    panel_link(page, "Question 1: answered").focus()
    page.keyboard.press("Enter")

    # Back on question 1: the answer given is there, and it can be changed.
    expect(page.get_by_text("Question 1 of 4")).to_be_visible()
    expect(panel_link(page, "Question 3: answered")).to_be_visible()
    expect(page.get_by_label("Pretend mode")).to_be_checked()
    page.get_by_label("Psychic equivalence").check()
    page.get_by_role("button", name="Finish attempt…").click()

    # The summary: every question with its state, and a way back to each.
    expect(page.get_by_role("heading", name="Summary of your attempt")).to_be_visible()
    expect(page.get_by_text("You have answered 2 of 4 questions.")).to_be_visible()
    rows = page.locator("table.quiz-summary tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.nth(0)).to_contain_text("Answered")
    expect(rows.nth(1)).to_contain_text("Not yet answered")
    expect(rows.nth(1)).to_contain_text("Flagged for review")
    expect(rows.nth(2)).to_contain_text("Answered")
    expect(rows.nth(3)).to_contain_text("Not yet answered")
    assert fits_a_phone(page)
    assert violations(page) == []
    screenshot(page, "quiz-navigation-summary")

    # From the summary to the flagged question, answered now; then the summary again, and the submit.
    page.get_by_role("link", name="Question 2", exact=True).click()
    expect(page.get_by_text("Question 2 of 4")).to_be_visible()
    assert violations(page) == []
    page.get_by_label("True").check()
    page.get_by_role("button", name="Finish attempt…").click()
    expect(page.get_by_text("You have answered 3 of 4 questions.")).to_be_visible()
    page.get_by_role("button", name="Submit all and finish").click()

    expect(page.locator(".quiz-score")).to_contain_text("You scored 3 out of 4 points")
    attempt = Attempt.objects.get(user__username=USERNAME)
    assert attempt.status == "finished"
    assert attempt.answers.get(slot__position=1).is_correct is True
    assert list(attempt.slots.filter(flagged=True).values_list("position", flat=True)) == [2]
    assert not problems, problems  # no script refused by the Content-Security-Policy, no failed request
    context.close()
