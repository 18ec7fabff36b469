"""A trainee takes a quiz with every question type in Chromium, including spot-the-technique on video."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from demo.curriculum_build import load_manifest, seed_videos
from quizzes.models import Attempt, Question
from techniques.models import Technique
from tests import factories
from tests.e2e.conftest import log_in, wait_until

pytestmark = pytest.mark.e2e

CAPTIONS = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Therapist>Three days. I'm not sure I understand yet.</v>\n"


def wait_for_clip(page, condition, seconds=10):
    """Wait until the quiz's clip is there and `condition` (a function of it) holds, e.g. it has played past 32 s."""
    wait_until(page.locator("#quiz-clip"), condition, timeout=seconds)


@pytest.fixture
def every_kind_quiz(demo):
    """A quiz of every kind of question, on the demo's techniques and role-play video; it goes again afterwards."""
    video = seed_videos(load_manifest())["mbt-individual-session"]
    sre, clar, aff = (Technique.objects.get(code=code) for code in ("MBT-SRE", "MBT-CLAR", "MBT-AFF"))
    quiz = factories.QuizFactory(title="Every kind of question", slug="every-kind", reveal_answers="at_end")
    factories.QuestionFactory(
        quizzes=[quiz],
        vignette="A patient is certain her sister hates her.",
        content="Which mode is this?",
        options=[("Psychic equivalence", True), ("Pretend mode", False)],
    )
    factories.QuestionFactory(
        kind="mc_multiple",
        quizzes=[quiz],
        content="Which belong to MBT-G?",
        options=[("Circle", True), ("Empty chair", True), ("Flipchart", False)],
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], content="MBT usually runs 18 months.", is_true=True)
    factories.QuestionFactory(kind="essay", quizzes=[quiz], content="Describe stop–rewind–explore.")
    name = factories.QuestionFactory(
        kind="spot_name",
        quizzes=[quiz],
        video=video,
        captions=CAPTIONS,
        technique=sre,
        moment="34.1",
        content="Which technique is the therapist using?",
    )
    name.technique_choices.set([clar, aff])
    name.save()
    factories.QuestionFactory(
        kind="spot_moment",
        quizzes=[quiz],
        video=video,
        captions=CAPTIONS,
        technique=sre,
        moment="34.1",
        tolerance="3",
        content="Mark the moment of stop–rewind–explore.",
    )
    yield quiz
    # The other browser tests share the demo: leave it as seeded.
    get_user_model().objects.filter(username="robin").delete()
    Question.objects.filter(quiz_links__quiz=quiz).delete()
    quiz.delete()


def submit(page):
    page.get_by_role("button", name="Submit").click()


def test_a_trainee_takes_a_quiz_of_every_kind_end_to_end(page, live_server, every_kind_quiz, screenshot):
    factories.TraineeFactory(username="robin")
    log_in(page, live_server.url, "robin", factories.TEST_PASSWORD, next_url=every_kind_quiz.get_take_url())
    # With no attempt yet the take page sends them to the quiz's page: starting is a button (a POST).
    page.get_by_role("button", name="Start the quiz").click()

    # Multiple choice on a case vignette, answered with the keyboard only.
    expect(page.get_by_text("Question 1 of 6")).to_be_visible()
    expect(page.locator("progress")).to_have_attribute("max", "6")
    expect(page.get_by_role("heading", name="Case vignette")).to_be_visible()
    page.get_by_label("Psychic equivalence").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Submit answer")).to_be_focused()
    page.keyboard.press("Enter")

    # Multiple response.
    expect(page.get_by_text("Question 2 of 6")).to_be_visible()
    page.get_by_label("Circle").check()
    page.get_by_label("Empty chair").check()
    submit(page)

    # True or false; first without an answer, which is refused with an alert.
    expect(page.get_by_text("Question 3 of 6")).to_be_visible()
    submit(page)
    expect(page.get_by_role("alert")).to_contain_text("Please answer the question")
    page.get_by_label("True").check()
    submit(page)

    # Essay.
    expect(page.get_by_text("Question 4 of 6")).to_be_visible()
    page.get_by_label("Your answer").fill("Stop, rewind to before the break, and explore it together.")
    submit(page)

    # Name the technique: the clip plays from the moment, with captions.
    expect(page.get_by_text("Question 5 of 6")).to_be_visible()
    wait_for_clip(page, "v => v.readyState >= 1")
    expect(page.locator("#quiz-clip track")).to_have_attribute("kind", "captions")
    page.locator("#quiz-clip").evaluate("v => { v.muted = true; }")
    page.get_by_role("button", name="Play from 0:34.1").click()
    wait_for_clip(page, "v => v.currentTime > 32")
    screenshot("quiz-spot-name")
    page.get_by_label("Stop–rewind–explore").check()
    submit(page)

    # Mark the moment: seek the player, then take its current time.
    expect(page.get_by_text("Question 6 of 6")).to_be_visible()
    wait_for_clip(page, "v => v.readyState >= 1")
    page.locator("#quiz-clip").evaluate("v => { v.currentTime = 35; }")
    wait_for_clip(page, "v => Math.abs(v.currentTime - 35) < 0.5")
    page.get_by_role("button", name="Use the video's current time").click()
    expect(page.get_by_label("Time in the clip")).to_have_value("35.0")
    page.get_by_role("button", name="Submit and finish").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Every kind of question")
    expect(page.locator(".quiz-score")).to_contain_text("You scored 5 out of 6 points")
    expect(page.get_by_text("awaiting marking by a person")).to_be_visible()
    screenshot("quiz-result")
    attempt = Attempt.objects.get(user__username="robin")
    assert attempt.answers.count() == 6 and attempt.status == "needs_marking"
