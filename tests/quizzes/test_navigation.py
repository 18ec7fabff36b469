"""Free navigation (issue 16, "what Moodle's quiz has"): the question panel, flags, going back to change an answer,
the summary before "Submit all and finish", and one or several questions per page. Over HTTP, as a trainee meets it.

A quiz is taken in order unless it says `navigation="free"`; in order, everything stays as tests/quizzes/test_taking.py
describes it (each answer final, the last one finishing the attempt).
"""

import datetime
import io
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from quizzes import taking
from quizzes.models import Answer, Attempt, AttemptSlot, AttemptStatus, Draft
from tests import factories
from tests.quizzes.conftest import answer, open_take, start, take_url
from tests.quizzes.test_authoring import quiz_data

pytestmark = pytest.mark.django_db

SENTINEL = "SENTINEL-9c1e"


def free_quiz(kinds=("true_false", "true_false", "true_false"), **fields):
    fields.setdefault("navigation", "free")
    fields.setdefault("reveal_answers", "at_end")
    return factories.make_quiz(kinds=kinds, **fields)


def begin(client, user, quiz):
    client.force_login(user)
    start(client, quiz)
    return Attempt.objects.get(user=user, quiz=quiz, status=AttemptStatus.IN_PROGRESS)


def open_page(client, quiz, page=None):
    """GET a page of the open attempt; return the response and the hidden fields its form posts back."""
    response = client.get(take_url(quiz), {"page": page} if page else {})
    assert response.status_code == 200, response.content.decode()[:500]
    context = response.context
    hidden = {"attempt": context["attempt"].pk, "page": context["page"], "sequence": context["attempt"].sequence}
    return response, hidden


def save_page(client, quiz, answers=None, page=None, go="next", flags=(), follow=False, **extra):
    """Post a page as its form does: `answers` {position: value}, `flags` the positions ticked for review."""
    _, hidden = open_page(client, quiz, page)
    data = {**hidden, "go": go, **extra}
    for position, value in (answers or {}).items():
        data[f"q{position}-answer"] = value
    for position in flags:
        data[f"q{position}-flag"] = "on"
    return client.post(take_url(quiz), data, follow=follow)


def summary_url(attempt):
    return f"/quizzes/attempts/{attempt.pk}/summary/"


def finish_url(attempt):
    return f"/quizzes/attempts/{attempt.pk}/finish/"


def finish(client, attempt, sequence=None, follow=False):
    if sequence is None:
        sequence = client.get(summary_url(attempt)).context["attempt"].sequence
    return client.post(finish_url(attempt), {"sequence": sequence}, follow=follow)


def panel_names(html):
    """The accessible names of the panel's links (their visually hidden text), in order."""
    panel = html[html.index('class="quiz-panel"') :]
    return re.findall(r'<span class="visually-hidden">([^<]*)</span>', panel[: panel.index("</ol>")])


def options_of(attempt, position):
    return attempt.slots.get(position=position).snapshot["options"]


class TestTheSetting:
    def test_a_quiz_is_taken_in_order_unless_it_says_otherwise(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        assert quiz.navigation == "sequential" and quiz.questions_per_page == 1
        client.force_login(trainee)
        html = open_take(client, quiz).content.decode()
        assert "quiz-panel" not in html and "Flag question" not in html
        assert "Submit answer" in html

    def test_the_start_page_says_that_answers_can_be_changed_until_submitted(self, client, trainee):
        client.force_login(trainee)
        html = client.get(free_quiz().get_absolute_url()).content.decode()
        assert "change your answers until you submit them all" in html

    def test_editors_set_navigation_and_questions_per_page_in_the_quiz_admin(self, client, editor):
        client.force_login(editor)
        form = client.get("/admin/snippets/quizzes/quiz/add/").content.decode()
        assert 'name="navigation"' in form and 'name="questions_per_page"' in form
        response = client.post(
            "/admin/snippets/quizzes/quiz/add/", quiz_data(draft="on", navigation="free", questions_per_page="0")
        )
        assert response.status_code == 302
        from quizzes.models import Quiz

        quiz = Quiz.objects.get()
        assert (quiz.navigation, quiz.questions_per_page) == ("free", 0)

    def test_several_questions_per_page_taken_in_order_is_refused_with_a_message(self, client, editor):
        client.force_login(editor)
        response = client.post(
            "/admin/snippets/quizzes/quiz/add/",
            quiz_data(draft="on", navigation="sequential", questions_per_page="3"),
        )
        assert response.status_code == 200
        assert "choose free navigation to put several questions" in response.content.decode()

    @pytest.mark.parametrize(
        ("per_page", "page", "positions", "heading"),
        [
            (1, 2, [2], "Question 2 of 5"),
            (2, 1, [1, 2], "Questions 1–2 of 5"),
            (2, 3, [5], "Question 5 of 5"),
            (0, 1, [1, 2, 3, 4, 5], "Questions 1–5 of 5"),
        ],
    )
    def test_pages_hold_as_many_questions_as_the_quiz_says(self, client, trainee, per_page, page, positions, heading):
        quiz = free_quiz(kinds=["true_false"] * 5, questions_per_page=per_page)
        begin(client, trainee, quiz)
        response, _ = open_page(client, quiz, page)
        assert [item["slot"].position for item in response.context["items"]] == positions
        html = response.content.decode()
        assert heading in html
        for position in positions:
            assert f'name="q{position}-answer"' in html
        assert html.count('class="quiz-slot"') == len(positions)

    def test_every_question_on_one_page_is_saved_by_one_post(self, client, trainee):
        quiz = free_quiz(kinds=["true_false"] * 4, questions_per_page=0)
        attempt = begin(client, trainee, quiz)
        response = save_page(client, quiz, {1: "true", 2: "false", 4: "true"}, go="summary")
        assert response["Location"] == summary_url(attempt)
        assert sorted(attempt.answers.values_list("slot__position", flat=True)) == [1, 2, 4]
        attempt.refresh_from_db()
        assert attempt.is_open and attempt.score == 2


class TestThePanel:
    def test_every_question_is_a_numbered_link_with_its_state_in_words_and_shape(self, client, trainee):
        quiz = free_quiz(kinds=["true_false"] * 4, questions_per_page=2)
        begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"}, flags=[2])
        html = open_page(client, quiz, 2)[0].content.decode()
        assert panel_names(html) == [
            "Question 1: answered",
            "Question 2: not yet answered, flagged for review",
            "Question 3: not yet answered, on this page",
            "Question 4: not yet answered, on this page",
        ]
        for position, page in ((1, 1), (2, 1), (3, 2), (4, 2)):
            assert f'href="{take_url(quiz)}?page={page}#q-{position}"' in html
        # Not colour alone: a tick, a circle and a flag, and the key says which is which.
        assert re.search(r'class="quiz-panel__item is-answered".*?aria-hidden="true">✓<', html, re.S)
        assert html.count('class="quiz-panel__mark" aria-hidden="true">○<') == 3
        assert html.count('class="quiz-panel__flag" aria-hidden="true">⚑<') == 1
        assert "Key to the question panel" in html

    def test_the_panel_links_are_in_order_and_inside_a_labelled_navigation(self, client, trainee):
        quiz = free_quiz(kinds=["true_false"] * 12)
        begin(client, trainee, quiz)
        html = open_page(client, quiz)[0].content.decode()
        assert '<nav class="quiz-panel" aria-labelledby="quiz-panel-heading">' in html
        assert [name.split(":")[0] for name in panel_names(html)] == [f"Question {n}" for n in range(1, 13)]

    def test_reading_a_page_or_the_summary_writes_nothing(self, client, trainee):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        with CaptureQueriesContext(connection) as queries:
            client.get(take_url(quiz), {"page": 2, "q2-flag": "on", "q2-answer": "true", "go": "summary"})
            client.get(summary_url(attempt))
        assert not [q for q in queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]
        assert not AttemptSlot.objects.filter(flagged=True).exists() and not Answer.objects.exists()


class TestFlags:
    def test_a_trainee_flags_a_question_and_unflags_it(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        assert save_page(client, quiz, page=2, flags=[2]).status_code == 302
        assert list(attempt.slots.filter(flagged=True).values_list("position", flat=True)) == [2]
        html = open_page(client, quiz, 2)[0].content.decode()
        assert 'name="q2-flag" id="q2-flag" checked' in html and "Flagged for review" in html
        save_page(client, quiz, page=2)
        assert not attempt.slots.filter(flagged=True).exists()

    def test_the_summary_shows_the_flags(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"}, flags=[1])
        save_page(client, quiz, page=3, flags=[3])
        response = client.get(summary_url(attempt))
        states = [(s.position, s.answered, s.flagged) for s in response.context["states"]]
        assert states == [(1, True, True), (2, False, False), (3, False, True)]
        assert "2 are flagged for review." in response.content.decode()

    def test_a_replayed_flag_post_is_refused_and_changes_nothing(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        _, hidden = open_page(client, quiz, 1)
        assert client.post(take_url(quiz), {**hidden, "go": "next", "q1-flag": "on"}).status_code == 302
        replay = client.post(take_url(quiz), {**hidden, "go": "next"})
        assert replay.status_code == 409
        assert "Nothing was changed" in replay.content.decode()
        assert attempt.slots.get(position=1).flagged is True

    def test_flagging_is_a_post_only(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        client.get(take_url(quiz), {"page": 1, "q1-flag": "on", "sequence": 0, "attempt": attempt.pk})
        assert not attempt.slots.filter(flagged=True).exists()


class TestGoingBackToChangeAnAnswer:
    def test_a_trainee_opens_an_earlier_question_and_changes_the_answer(self, client, trainee):
        quiz = free_quiz(kinds=["mc_single", "true_false"])
        attempt = begin(client, trainee, quiz)
        right, wrong = (o["id"] for o in sorted(options_of(attempt, 1), key=lambda o: not o["correct"]))
        save_page(client, quiz, {1: wrong})
        save_page(client, quiz, {2: "true"}, page=2, go="previous")
        attempt.refresh_from_db()
        assert attempt.score == 1 and attempt.is_open
        response, _ = open_page(client, quiz, 1)
        assert response.context["items"][0]["form"]["answer"].value() == wrong  # the stored answer, shown again
        assert re.search(rf'value="{wrong}" id="id_q1-answer_\d"[^>]*checked', response.content.decode())
        save_page(client, quiz, {1: right}, page=1, go="summary")
        attempt.refresh_from_db()
        assert attempt.score == 2 and attempt.answers.count() == 2 and attempt.is_open
        assert attempt.answers.get(slot__position=1).payload == {"option": right}

    def test_the_buttons_and_the_panel_lead_where_they_say(self, client, trainee):
        quiz = free_quiz(kinds=["true_false"] * 5, questions_per_page=2)
        attempt = begin(client, trainee, quiz)
        assert save_page(client, quiz, page=1, go="next")["Location"] == f"{take_url(quiz)}?page=2"
        assert save_page(client, quiz, page=2, go="previous")["Location"] == f"{take_url(quiz)}?page=1"
        assert save_page(client, quiz, page=1, go="question-5")["Location"] == f"{take_url(quiz)}?page=3#q-5"
        assert save_page(client, quiz, page=3, go="summary")["Location"] == summary_url(attempt)
        html = open_page(client, quiz, 3)[0].content.decode()
        assert "Next page" not in html and "Finish attempt…" in html and "Previous page" in html

    def test_emptying_an_answer_makes_the_question_unanswered_again(self, client, trainee):
        quiz = free_quiz(kinds=["essay", "mc_multiple"])
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "Validate first."})
        save_page(client, quiz, {2: [options_of(attempt, 2)[0]["id"]]}, page=2)
        assert attempt.answers.count() == 2
        save_page(client, quiz, {1: "   "}, page=1)
        save_page(client, quiz, {}, page=2)
        assert not attempt.answers.exists()
        assert "Question 1: not yet answered" in panel_names(open_page(client, quiz, 1)[0].content.decode())[0]

    def test_an_answer_unchanged_is_not_written_again(self, client, trainee):
        quiz = free_quiz(kinds=["essay"])
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "First thoughts."})
        before = attempt.answers.get().answered_at
        save_page(client, quiz, {1: "First thoughts."}, page=1, go="summary")
        assert attempt.answers.get().answered_at == before

    def test_the_question_stays_as_it_was_when_the_attempt_started(self, client, trainee):
        quiz = free_quiz(kinds=["true_false", "true_false"])
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"})
        question = quiz.quiz_questions.order_by("sort_order").first().question
        question.content, question.is_true = "Edited afterwards", False
        question.save()
        html = open_page(client, quiz, 1)[0].content.decode()
        assert "Edited afterwards" not in html
        save_page(client, quiz, {1: "false"}, page=1)
        attempt.refresh_from_db()
        assert attempt.answers.get(slot__position=1).is_correct is False and attempt.score == 0

    def test_no_answer_key_reaches_any_page_or_the_summary_before_submission(self, client, trainee):
        quiz = free_quiz(kinds=[], reveal_answers="at_end")
        for kind in ("mc_single", "mc_multiple", "true_false", "essay"):
            factories.QuestionFactory(kind=kind, quizzes=[quiz], explanation=f"<p>{SENTINEL} {kind}</p>")
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: options_of(attempt, 1)[0]["id"]})
        save_page(client, quiz, {3: "true"}, page=3)
        pages = [open_page(client, quiz, page)[0].content.decode() for page in (1, 2, 3, 4)]
        for html in [*pages, client.get(summary_url(attempt)).content.decode()]:
            assert SENTINEL not in html
            assert "correct answer" not in html and "is-correct" not in html and "data-correct" not in html

    def test_an_answer_changed_after_the_time_limit_is_refused_and_the_attempt_closes(self, client, trainee):
        quiz = free_quiz(kinds=["true_false", "true_false"], time_limit=10)
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"})
        _, hidden = open_page(client, quiz, 1)
        Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - taking.GRACE - datetime.timedelta(1))
        response = client.post(take_url(quiz), {**hidden, "go": "next", "q1-answer": "false"}, follow=True)
        assert "Time ran out before this answer arrived, so it was not recorded." in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED and attempt.timed_out
        assert attempt.answers.get().payload == {"value": True} and attempt.score == 1


class TestFeedbackAfterEachQuestion:
    """Shown the key after each question, a trainee could copy it into a changed answer: once shown, it is final."""

    def test_an_answered_question_shows_its_feedback_and_can_no_longer_change(self, client, trainee):
        quiz = free_quiz(kinds=["true_false", "true_false"], reveal_answers="after_each")
        attempt = begin(client, trainee, quiz)
        response = save_page(client, quiz, {1: "false"})
        assert response["Location"] == f"{take_url(quiz)}?page=2&answered=1"
        assert "Question 1:" in client.get(response["Location"]).content.decode()  # its feedback, on the next page
        html = open_page(client, quiz, 1)[0].content.decode()
        assert "Your answer is final" in html and 'name="q1-answer"' not in html
        save_page(client, quiz, {1: "true"}, page=1)
        assert attempt.answers.get().payload == {"value": False}
        draft = client.post(
            f"/quizzes/attempts/{attempt.pk}/draft/",
            json.dumps({"position": 1, "client_sequence": 1, "answer": "true"}),
            content_type="application/json",
        )
        assert (draft.status_code, draft.json()["code"]) == (409, "final")

    def test_the_next_question_carries_no_key(self, client, trainee):
        quiz = free_quiz(kinds=[], reveal_answers="after_each")
        factories.QuestionFactory(kind="true_false", quizzes=[quiz], explanation="<p>first-why</p>")
        factories.QuestionFactory(kind="true_false", quizzes=[quiz], explanation=f"<p>{SENTINEL}</p>")
        begin(client, trainee, quiz)
        html = client.get(save_page(client, quiz, {1: "true"})["Location"]).content.decode()
        assert "first-why" in html and SENTINEL not in html


class TestTheSummary:
    def test_answering_every_question_leads_to_the_summary_and_finishes_nothing(self, client, trainee):
        quiz = free_quiz(kinds=["true_false", "true_false"])
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"})
        html = open_page(client, quiz, 2)[0].content.decode()
        assert 'name="go" value="summary" class="button"' in html and "Next page" not in html  # the last page
        assert save_page(client, quiz, {2: "true"}, page=2, go="summary")["Location"] == summary_url(attempt)
        attempt.refresh_from_db()
        assert attempt.is_open and attempt.answers.count() == 2
        response = client.get(take_url(quiz))
        assert response.status_code == 302 and response["Location"] == summary_url(attempt)
        assert start(client, quiz)["Location"] == take_url(quiz)  # the start button does not finish it either
        attempt.refresh_from_db()
        assert attempt.is_open

    def test_the_summary_lists_every_question_with_its_state_a_link_and_the_submit(self, client, trainee):
        quiz = free_quiz(kinds=["true_false"] * 3)
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"}, flags=[1])
        response = client.get(summary_url(attempt))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Summary of your attempt" in html
        assert "You have answered 1 of 3 questions." in html and "2 are not yet answered" in html
        for position in (1, 2, 3):
            assert f'<a href="{take_url(quiz)}?page={position}#q-{position}">Question {position}</a>' in html
        assert html.count("✓</span> Answered") == 1 and html.count("○</span> Not yet answered") == 2
        assert html.count("⚑</span> Flagged for review") == 1
        assert f'action="{finish_url(attempt)}"' in html
        assert f'name="sequence" value="{attempt.sequence + 1}"' in html  # the save bumped it
        assert "Submit all and finish" in html
        assert f'href="{take_url(quiz)}?page=2">Return to attempt' in html

    def test_submit_all_and_finish_finishes_and_scores_the_attempt(self, client, trainee):
        quiz = free_quiz(kinds=["true_false", "true_false"], pass_mark=50)
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"}, go="summary")
        response = finish(client, attempt, follow=True)
        assert response.redirect_chain[-1][0] == attempt.get_absolute_url()
        assert "You scored 1 out of 2 points: 50%." in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED and attempt.passed and attempt.finished_at is not None

    def test_finishing_is_a_post_only(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        assert client.get(finish_url(attempt)).status_code == 405
        attempt.refresh_from_db()
        assert attempt.is_open

    def test_a_replayed_submit_is_refused_with_a_message(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        sequence = client.get(summary_url(attempt)).context["attempt"].sequence
        assert finish(client, attempt, sequence).status_code == 302
        replay = finish(client, attempt, sequence)
        assert replay.status_code == 409
        assert "already submitted" in replay.content.decode()
        assert Attempt.objects.filter(user=trainee).count() == 1

    def test_a_submit_overtaken_by_a_save_elsewhere_is_refused_so_the_trainee_sees_what_they_submit(
        self, client, trainee
    ):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        shown = client.get(summary_url(attempt)).context["attempt"].sequence
        save_page(client, quiz, {1: "true"})  # another tab
        response = finish(client, attempt, shown)
        assert response.status_code == 409
        assert "Your answers changed since this summary was shown" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.is_open

    def test_a_submit_after_the_time_limit_closes_the_attempt_with_what_was_saved(self, client, trainee):
        quiz = free_quiz(time_limit=5)
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "true"})
        sequence = client.get(summary_url(attempt)).context["attempt"].sequence
        Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=2))
        response = finish(client, attempt, sequence, follow=True)
        assert "Time ran out" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.timed_out and attempt.score == 1

    def test_the_summary_of_a_finished_attempt_is_its_result_and_a_quiz_in_order_has_none(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        finish(client, attempt)
        assert client.get(summary_url(attempt))["Location"] == attempt.get_absolute_url()
        in_order = factories.make_quiz(kinds=["true_false", "true_false"])
        theirs = begin(client, trainee, in_order)
        assert client.get(summary_url(theirs))["Location"] == take_url(in_order)
        assert finish(client, theirs, 0).status_code == 409
        theirs.refresh_from_db()
        assert theirs.is_open


class TestOtherPeoplesAttempts:
    def test_another_trainees_summary_and_submit_are_404(self, client, trainee, other_trainee):
        quiz = free_quiz()
        theirs = begin(client, trainee, quiz)
        client.force_login(other_trainee)
        assert client.get(summary_url(theirs)).status_code == 404
        assert client.post(finish_url(theirs), {"sequence": 0}).status_code == 404
        theirs.refresh_from_db()
        assert theirs.is_open

    def test_a_page_post_naming_another_trainees_attempt_writes_nothing(self, client, trainee, other_trainee):
        quiz = free_quiz()
        theirs = begin(client, trainee, quiz)
        mine = begin(client, other_trainee, quiz)
        data = {"attempt": theirs.pk, "page": 1, "sequence": 0, "go": "next", "q1-answer": "true", "q1-flag": "on"}
        assert client.post(take_url(quiz), data).status_code == 409
        assert not Answer.objects.exists() and not AttemptSlot.objects.filter(flagged=True).exists()
        assert mine.pk != theirs.pk

    def test_a_page_post_from_an_earlier_attempt_does_not_land_on_the_new_one(self, client, trainee):
        quiz = free_quiz()
        first = begin(client, trainee, quiz)
        _, hidden = open_page(client, quiz, 1)
        finish(client, first)
        second = begin(client, trainee, quiz)
        assert second.sequence == hidden["sequence"] == 0
        assert client.post(take_url(quiz), {**hidden, "go": "next", "q1-answer": "true"}).status_code == 409
        assert not second.answers.exists()

    def test_a_post_of_the_other_mode_is_refused_and_writes_nothing(self, client, trainee):
        """A page rendered before an editor switched the quiz's navigation is stale, in either direction."""
        free = free_quiz()
        begin(client, trainee, free)
        response = client.post(take_url(free), {"position": 1, "sequence": 0, "answer": "true"})
        assert response.status_code == 409
        in_order = factories.make_quiz(kinds=["true_false", "true_false"])
        mine = begin(client, trainee, in_order)
        data = {"attempt": mine.pk, "page": 1, "sequence": 0, "go": "next", "q1-answer": "true"}
        assert client.post(take_url(in_order), data).status_code == 409
        assert not Answer.objects.exists()
        with pytest.raises(taking.StaleAnswer):
            taking.answer_current(free, 1, 0, lambda attempt, slot: {"value": True}, user=trainee)

    def test_a_visitors_attempt_is_theirs_alone(self, client):
        from django.test import Client

        quiz = free_quiz(allow_anonymous=True)
        start(client, quiz)
        attempt = Attempt.objects.get()
        assert save_page(client, quiz, {1: "true"}).status_code == 302
        assert client.get(summary_url(attempt)).status_code == 200
        stranger = Client()
        assert stranger.get(summary_url(attempt)).status_code == 404
        assert stranger.post(finish_url(attempt), {"sequence": attempt.sequence}).status_code == 404


class TestBadInput:
    @pytest.mark.parametrize(
        "fields",
        [
            {"attempt": "x"},
            {"page": ""},
            {"sequence": "-1"},
            {"page": "99999999999999999999"},
            {"sequence": str(2**40)},
            {"go": "elsewhere"},
            {"go": "question-0"},
        ],
    )
    def test_a_garbled_page_post_is_a_400_with_a_message_and_writes_nothing(self, client, trainee, fields):
        quiz = free_quiz()
        begin(client, trainee, quiz)
        _, hidden = open_page(client, quiz, 1)
        response = client.post(take_url(quiz), {**hidden, "go": "next", "q1-answer": "true", **fields})
        assert response.status_code == 400
        assert "Nothing was saved" in response.content.decode()
        assert not Answer.objects.exists()

    def test_a_page_the_attempt_does_not_have_is_a_400(self, client, trainee):
        quiz = free_quiz()
        begin(client, trainee, quiz)
        _, hidden = open_page(client, quiz, 1)
        response = client.post(take_url(quiz), {**hidden, "page": 4, "go": "next", "q4-answer": "true"})
        assert response.status_code == 400 and "no page 4" in response.content.decode()
        for page in ("0", "4", "two"):
            response = client.get(take_url(quiz), {"page": page})
            assert response.status_code == 400, page
            assert "page" in response.content.decode()

    def test_an_answer_that_cannot_be_read_is_a_400_naming_it_and_nothing_on_the_page_is_saved(self, client, trainee):
        from quizzes.forms import ESSAY_MAX_LENGTH

        quiz = free_quiz(kinds=["true_false", "essay", "mc_single"], questions_per_page=0)
        attempt = begin(client, trainee, quiz)
        response = save_page(client, quiz, {1: "true", 2: "x" * (ESSAY_MAX_LENGTH + 1), 3: "999999"}, flags=[1])
        assert response.status_code == 400
        html = response.content.decode()
        assert "at most 20000 characters" in html and 'id="answer-errors-2"' in html
        assert "Select a valid choice" in html and 'id="answer-errors-3"' in html
        assert 'role="alert"' in html
        # What the trainee entered is still there to correct, the flag too.
        assert 'value="true" id="id_q1-answer_0" checked' in html and 'id="q1-flag" checked' in html
        assert not attempt.answers.exists() and not attempt.slots.filter(flagged=True).exists()

    def test_a_garbled_feedback_address_shows_the_page_and_no_one_elses_feedback(self, client, trainee):
        quiz = free_quiz(reveal_answers="after_each")
        begin(client, trainee, quiz)
        response = client.get(take_url(quiz), {"page": 2, "answered": ["9" * 40, "x", "-3", "1"]})
        assert response.status_code == 200 and response.context["feedback"] == []  # question 1 is not answered

    def test_a_submit_without_its_sequence_is_a_400(self, client, trainee):
        quiz = free_quiz()
        attempt = begin(client, trainee, quiz)
        response = client.post(finish_url(attempt), {"sequence": "soon"})
        assert response.status_code == 400 and "Nothing was submitted" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.is_open


class TestAutosaveWithFreeNavigation:
    def draft(self, client, attempt, position, value, client_sequence):
        body = {"position": position, "client_sequence": client_sequence, "answer": value}
        return client.post(f"/quizzes/attempts/{attempt.pk}/draft/", json.dumps(body), content_type="application/json")

    def test_any_question_takes_a_draft_and_its_page_shows_it(self, client, trainee):
        quiz = free_quiz(kinds=["essay", "essay", "essay"])
        attempt = begin(client, trainee, quiz)
        assert self.draft(client, attempt, 3, "Thinking about the third.", 1).status_code == 200
        html = open_page(client, quiz, 3)[0].content.decode()
        assert "Thinking about the third." in html and "Draft saved" in html
        assert 'data-position="3"' in html

    def test_a_draft_newer_than_the_answer_is_shown_and_an_older_one_is_not(self, client, trainee):
        quiz = free_quiz(kinds=["essay"])
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "Submitted version."})
        self.draft(client, attempt, 1, "Changing it now.", 1)
        assert "Changing it now." in open_page(client, quiz, 1)[0].content.decode()
        save_page(client, quiz, {1: "Changed version."}, page=1)
        html = open_page(client, quiz, 1)[0].content.decode()
        assert "Changed version." in html and "Changing it now." not in html

    def test_at_the_deadline_a_change_being_typed_replaces_the_answer(self, client, trainee):
        quiz = free_quiz(kinds=["essay", "essay"], time_limit=5)
        attempt = begin(client, trainee, quiz)
        save_page(client, quiz, {1: "Old answer."})
        save_page(client, quiz, {2: "Kept answer."}, page=2)
        Draft.objects.create(attempt=attempt, slot=attempt.slots.get(position=2), value="Older draft.")
        Draft.objects.filter(slot__position=2).update(saved_at=timezone.now() - datetime.timedelta(hours=1))
        self.draft(client, attempt, 1, "New answer, typed as time ran out.", 1)
        Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=2))
        call_command("close_overdue_attempts", stdout=io.StringIO())
        attempt.refresh_from_db()
        assert attempt.timed_out and attempt.status == AttemptStatus.NEEDS_MARKING
        texts = dict(attempt.answers.values_list("slot__position", "payload__text"))
        assert texts == {1: "New answer, typed as time ran out.", 2: "Kept answer."}
        assert not Draft.objects.exists()

    def test_submitting_deletes_the_drafts(self, client, trainee):
        quiz = free_quiz(kinds=["essay", "essay"])
        attempt = begin(client, trainee, quiz)
        self.draft(client, attempt, 2, "Never submitted.", 1)
        finish(client, attempt)
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED and not attempt.answers.exists()
        assert not Draft.objects.exists()


def test_answering_in_order_still_finishes_with_the_last_answer(client, trainee):
    """The quiz taken in order is untouched: the page flow above is only for free navigation."""
    quiz = factories.make_quiz(kinds=["true_false"])
    client.force_login(trainee)
    response = answer(client, quiz, "true")
    attempt = Attempt.objects.get()
    assert response["Location"] == attempt.get_absolute_url() + "?answered=1"
    assert attempt.status == AttemptStatus.FINISHED
