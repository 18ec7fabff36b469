"""Answers submitted for the trainee at the time limit (their autosaved draft) say so on the trainee's review and on
the supervisor's attempt pages, and the supervisor's pages show the questions the trainee flagged (issue 16)."""

import io

import pytest
from django.core.management import call_command

from quizzes.models import Answer, AttemptSlot
from tests.quizzes.conftest import answer, marker, other_trainee  # noqa: F401 - fixtures
from tests.quizzes.test_autosave import autosave, begin, run_out_of_time

pytestmark = pytest.mark.django_db

AUTO = "Submitted automatically at the time limit"


@pytest.fixture
def timed_out(client, trainee):
    """A trainee answered question 1 themselves, typed an essay for question 2 and ran out of time."""
    quiz, attempt = begin(client, trainee, kinds=["true_false", "essay"], time_limit=5, reveal_answers="at_end")
    answer(client, quiz, "true")
    autosave(client, attempt, "I would validate first.", position=2)
    AttemptSlot.objects.filter(attempt=attempt, position=1).update(flagged=True)
    run_out_of_time(attempt)
    call_command("close_overdue_attempts", stdout=io.StringIO())
    attempt.refresh_from_db()
    return attempt


def test_only_the_draft_submitted_for_the_trainee_is_marked(timed_out):
    answers = {a.slot.position: a for a in Answer.objects.filter(attempt=timed_out).select_related("slot")}
    assert (answers[1].submitted_automatically, answers[2].submitted_automatically) == (False, True)


def test_the_trainees_review_says_which_answer_was_submitted_for_them(client, trainee, timed_out):
    client.force_login(trainee)
    html = client.get(timed_out.get_absolute_url()).content.decode()
    assert html.count("data-auto-submitted") == 1 and AUTO in html


def test_the_supervisors_attempt_and_trainee_pages_show_it_and_the_flags(client, marker, trainee, timed_out):  # noqa: F811
    client.force_login(marker)
    html = client.get(f"/supervision/marking/attempts/{timed_out.pk}/").content.decode()
    assert html.count("data-auto-submitted") == 1 and AUTO in html
    assert html.count("Flagged for review by the trainee") == 1
    html = client.get(f"/supervision/trainees/{trainee.pk}/").content.decode()
    assert html.count("data-auto-submitted") == 1 and "flagged for review" in html


def test_an_attempt_answered_in_time_says_nothing_of_the_sort(client, trainee):
    quiz, attempt = begin(client, trainee, kinds=["true_false"], reveal_answers="at_end")
    answer(client, quiz, "true")
    assert AUTO not in client.get(attempt.get_absolute_url()).content.decode()
