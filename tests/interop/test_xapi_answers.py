"""xAPI "answered" statements: one per answer, sent as it is given (or, in a quiz taken freely, when it is
submitted), with the response and the mark where the question type has them, and never sent twice."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from interop import xapi
from interop.models import Statement
from quizzes import taking
from quizzes.models import Attempt
from tests import factories
from tests.interop.conftest import FAKE_LRS
from tests.quizzes.conftest import answer, current_form, right_option, take_url

pytestmark = pytest.mark.django_db

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


def answered(received):
    return [statement for statement in received if statement["verb"]["id"] == ANSWERED]


def test_each_answer_taken_in_order_is_sent_as_it_is_given_and_once(
    client, trainee, fake_lrs, django_capture_on_commit_callbacks
):
    quiz = factories.QuizFactory(title="Validation check")
    mc = factories.QuestionFactory(kind="mc_single", quizzes=[quiz])
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], is_true=True)
    client.force_login(trainee)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, quiz, right_option(mc))
    (first,) = answered(fake_lrs)
    assert first["object"]["definition"]["interactionType"] == "choice"
    assert {"id": str(right_option(mc)), "description": {"en": mc.options.get(correct=True).text}} in first["object"][
        "definition"
    ]["choices"]
    assert first["result"]["response"] == str(right_option(mc))
    assert first["result"]["success"] is True
    assert first["result"]["score"] == {"raw": 1.0, "min": 0.0, "max": 1.0, "scaled": 1.0}
    quiz_activity = first["context"]["contextActivities"]["parent"][0]
    assert quiz_activity["id"].endswith(f"/xapi/activities/quiz/{quiz.pk}")

    with django_capture_on_commit_callbacks(execute=True):
        answer(client, quiz, "false")  # the last answer: the attempt is finished and scored
    assert Attempt.objects.get(user=trainee).finished_at is not None
    second = answered(fake_lrs)[1]
    assert (second["result"]["response"], second["result"]["success"]) == ("false", False)
    assert second["object"]["definition"]["interactionType"] == "true-false"
    assert len(answered(fake_lrs)) == 2

    # The sweep reads the same answers again and finds their statements there already.
    call_command("send_interop_outbox", stdout=io.StringIO())
    assert len(answered(fake_lrs)) == 2
    assert Statement.objects.filter(verb="answered").count() == 2


def test_a_quiz_taken_freely_sends_its_answers_when_submitted_and_keeps_the_essay_here(
    trainee, fake_lrs, django_capture_on_commit_callbacks
):
    quiz = factories.make_quiz(
        kinds=["essay", "true_false"], navigation="free", reveal_answers="at_end", questions_per_page=0
    )
    with django_capture_on_commit_callbacks(execute=True):
        attempt = taking.start_or_resume(quiz, user=trainee)
        for value in (False, True):  # the trainee changes their mind before submitting
            saved = taking.save_page(
                quiz.slug,
                attempt.pk,
                1,
                attempt.sequence,
                lambda attempt, slots, value=value: ({1: {"text": "I would validate."}, 2: {"value": value}}, set()),
                user=trainee,
            )
            attempt = saved.attempt
    assert answered(fake_lrs) == []  # still open: the answers may change

    with django_capture_on_commit_callbacks(execute=True):
        taking.submit_all(attempt.pk, attempt.sequence, user=trainee)
    essay, true_false = sorted(answered(fake_lrs), key=lambda s: s["object"]["definition"]["interactionType"])
    assert essay["object"]["definition"]["interactionType"] == "long-fill-in"
    assert essay["result"] == {"completion": True}  # no text, and no mark until a supervisor gives one
    assert true_false["result"]["response"] == "true" and true_false["result"]["success"] is True


def test_the_lrs_costs_the_answer_post_no_query(client, trainee, settings):
    """The statement is made after the commit, in the background: the trainee's answer post costs what it did."""
    counts = []
    client.force_login(trainee)
    for lrs_url in ("", FAKE_LRS):
        settings.XAPI_LRS_URL = lrs_url
        quiz = factories.make_quiz(kinds=["true_false"] * 3)
        answer(client, quiz, "true")  # warm-up: the session, the site
        _, hidden = current_form(client, quiz)
        with CaptureQueriesContext(connection) as captured:
            client.post(take_url(quiz), {**hidden, "answer": "true"})
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


def test_nothing_is_queued_for_visitors_or_without_an_lrs(client, trainee, settings):
    settings.XAPI_LRS_URL = ""
    quiz = factories.make_quiz(kinds=["true_false"], allow_anonymous=True)
    client.force_login(trainee)
    answer(client, quiz, "true")
    assert not Statement.objects.exists()

    settings.XAPI_LRS_URL = "http://127.0.0.1:9/xAPI/"
    visitor = taking.start_or_resume(quiz, session_key="a-visitor-session")
    taking.submit_answer(visitor.pk, 1, visitor.sequence, {"value": True}, session_key="a-visitor-session")
    assert xapi.enabled() and not Statement.objects.exists()
