"""Autosave: the take page saves a draft of the answer as the trainee types, and the deadline submits it.

A draft is kept apart from answers: it never scores, never counts, and nobody but the trainee sees it. When time
runs out (an answer posted late, the start button, the `close_overdue_attempts` task), a question left unanswered
with a draft is answered with the draft; a normal submit wins over the draft, and the attempt's drafts go when it
ends.
"""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from quizzes import taking
from quizzes.forms import ESSAY_MAX_LENGTH
from quizzes.models import Answer, Attempt, AttemptStatus, Draft
from tests import factories
from tests.quizzes.conftest import current_form, start, take_url

pytestmark = pytest.mark.django_db

ESSAY_TEXT = "I would slow down, name the break in mentalizing and rewind to just before it."


def draft_url(attempt):
    return f"/quizzes/attempts/{attempt.pk}/draft/"


def autosave(client, attempt, answer, position=1, client_sequence=1, **extra):
    body = {"position": position, "client_sequence": client_sequence, "answer": answer, **extra}
    return client.post(draft_url(attempt), json.dumps(body), content_type="application/json")


def post_raw(client, attempt, body, content_type="application/json"):
    return client.post(draft_url(attempt), body, content_type=content_type)


def begin(client, user, kinds=("essay", "true_false"), **quiz_fields):
    """Log `user` in, start an attempt at a new quiz of `kinds` and return (quiz, attempt)."""
    quiz = factories.make_quiz(kinds=kinds, **quiz_fields)
    client.force_login(user)
    start(client, quiz)
    return quiz, Attempt.objects.get(user=user, quiz=quiz)


def run_out_of_time(attempt):
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=2))


class TestTheEndpoint:
    def test_the_trainee_saves_a_draft_of_their_own_attempt(self, client, trainee):
        _, attempt = begin(client, trainee)
        response = autosave(client, attempt, ESSAY_TEXT)
        assert response.status_code == 200
        assert response.json()["saved"] is True
        draft = Draft.objects.get(attempt=attempt)
        assert (draft.slot.position, draft.value, draft.client_sequence) == (1, ESSAY_TEXT, 1)
        assert not Answer.objects.exists()  # a draft is never an answer
        attempt.refresh_from_db()
        assert (attempt.status, attempt.score, attempt.sequence) == (AttemptStatus.IN_PROGRESS, 0, 0)

    def test_a_later_save_overwrites_and_an_older_one_does_not(self, client, trainee):
        _, attempt = begin(client, trainee)
        assert autosave(client, attempt, "first", client_sequence=10).status_code == 200
        assert autosave(client, attempt, "second", client_sequence=20).status_code == 200
        late = autosave(client, attempt, "first, arriving late", client_sequence=15)
        replay = autosave(client, attempt, "second, replayed", client_sequence=20)
        assert (late.status_code, late.json()["code"]) == (409, "stale")
        assert (replay.status_code, replay.json()["code"]) == (409, "stale")
        assert Draft.objects.get(attempt=attempt).value == "second"
        assert Draft.objects.count() == 1  # one draft per slot

    def test_another_trainees_attempt_is_a_404_and_nothing_is_written(self, client, trainee, other_trainee):
        _, theirs = begin(client, other_trainee)
        client.force_login(trainee)
        response = autosave(client, theirs, "not mine")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert not Draft.objects.exists()

    def test_a_visitor_is_refused(self, client, trainee):
        _, attempt = begin(client, trainee)
        client.logout()
        assert autosave(client, attempt, "anonymous").status_code in (403, 404)
        assert not Draft.objects.exists()

    def test_a_visitor_saves_a_draft_of_their_own_attempt_only(self, client):
        from django.test import Client

        quiz = factories.make_quiz(kinds=["true_false"], allow_anonymous=True)
        start(client, quiz)
        attempt = Attempt.objects.get(user__isnull=True)
        assert autosave(client, attempt, "true").status_code == 200
        assert autosave(Client(), attempt, "false", client_sequence=2).status_code == 404
        assert Draft.objects.get().value == "true"

    def test_a_finished_attempt_is_refused(self, client, trainee):
        quiz, attempt = begin(client, trainee, kinds=["true_false"])
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        response = autosave(client, attempt, "true")
        assert (response.status_code, response.json()["code"]) == (409, "finished")
        assert not Draft.objects.exists()

    def test_an_expired_attempt_is_refused_and_closed(self, client, trainee):
        _, attempt = begin(client, trainee, time_limit=5)
        run_out_of_time(attempt)
        response = autosave(client, attempt, ESSAY_TEXT)
        assert (response.status_code, response.json()["code"]) == (409, "time_up")
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED and attempt.timed_out
        assert not Draft.objects.exists() and not Answer.objects.exists()

    @pytest.mark.parametrize("position", [2, 3, 99])
    def test_only_the_current_question_of_the_attempt_takes_a_draft(self, client, trainee, position):
        _, attempt = begin(client, trainee)
        response = autosave(client, attempt, "true", position=position)
        assert response.status_code == (409 if position == 2 else 400)
        assert response.json()["code"] == ("not_current" if position == 2 else "no_such_question")
        assert not Draft.objects.exists()

    def test_an_answered_question_takes_no_draft(self, client, trainee):
        quiz, attempt = begin(client, trainee, kinds=["true_false", "essay"])
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        response = autosave(client, attempt, "false", position=1)
        assert (response.status_code, response.json()["code"]) == (409, "not_current")

    @pytest.mark.parametrize(
        "body",
        [
            "{not json",
            "[1, 2]",
            '"text"',
            "null",
            "[" * 50000 + "]" * 50000,
            b"\xff\xfe\x00garbage",
            json.dumps({"position": 1, "client_sequence": 1}),  # no answer
            json.dumps({"position": "1", "client_sequence": 1, "answer": "x"}),
            json.dumps({"position": 1, "client_sequence": True, "answer": "x"}),
            json.dumps({"position": 1, "client_sequence": 0, "answer": "x"}),
            json.dumps({"position": 1, "client_sequence": -5, "answer": "x"}),
            json.dumps({"position": 1, "client_sequence": 1.5, "answer": "x"}),
            json.dumps({"position": 1, "client_sequence": 2**64, "answer": "x"}),
            '{"position": 1, "client_sequence": NaN, "answer": "x"}',
            '{"position": 1, "client_sequence": ' + "9" * 5000 + ', "answer": "x"}',
        ],
    )
    def test_a_body_that_is_not_a_draft_is_a_400(self, client, trainee, body):
        _, attempt = begin(client, trainee)
        response = post_raw(client, attempt, body)
        assert response.status_code == 400
        assert response.json()["saved"] is False and response.json()["error"]
        assert not Draft.objects.exists()

    @pytest.mark.parametrize(
        "answer",
        [
            "a\x00b",
            "lone surrogate \ud800",
            ["a list"],
            {"text": "an object"},
            17,
            True,
            "x" * (ESSAY_MAX_LENGTH + 1),
        ],
    )
    def test_an_essay_draft_of_the_wrong_type_too_long_or_with_nul_is_a_400(self, client, trainee, answer):
        _, attempt = begin(client, trainee)
        response = autosave(client, attempt, answer)
        assert response.status_code == 400
        assert response.json()["code"] == "invalid"
        assert not Draft.objects.exists()

    def test_an_essay_as_long_as_an_answer_may_be_is_saved(self, client, trainee):
        _, attempt = begin(client, trainee)
        assert autosave(client, attempt, "é" * ESSAY_MAX_LENGTH).status_code == 200

    def test_a_huge_body_is_a_413_unread(self, client, trainee):
        _, attempt = begin(client, trainee)
        response = autosave(client, attempt, "x" * 200_000)
        assert response.status_code == 413
        assert response.json()["code"] == "too_large"
        assert not Draft.objects.exists()

    @pytest.mark.parametrize(
        ("kinds", "answer", "stored"),
        [
            (["mc_single"], None, None),
            (["true_false"], "true", "true"),
            (["essay"], "", ""),
        ],
    )
    def test_an_unfinished_or_chosen_value_is_a_draft(self, client, trainee, kinds, answer, stored):
        _, attempt = begin(client, trainee, kinds=kinds)
        assert autosave(client, attempt, answer).status_code == 200
        assert Draft.objects.get().value == stored

    def test_choices_must_be_the_questions_own(self, client, trainee):
        _, attempt = begin(client, trainee, kinds=["mc_multiple"])
        options = [str(option["id"]) for option in attempt.slots.get().snapshot["options"]]
        assert autosave(client, attempt, [options[1], options[0]]).status_code == 200
        assert Draft.objects.get().value == options  # in the order the trainee sees them
        for wrong in (["999999"], options[0], [True], [{"id": options[0]}], options * 3):
            response = autosave(client, attempt, wrong, client_sequence=5)
            assert response.status_code == 400, wrong
        assert Draft.objects.get().client_sequence == 1

    def test_get_is_refused_and_writes_nothing(self, client, trainee):
        _, attempt = begin(client, trainee)
        assert client.get(draft_url(attempt)).status_code == 405
        assert not Draft.objects.exists()

    def test_the_csrf_token_is_required(self, client, trainee):
        from django.test import Client

        _, attempt = begin(client, trainee)
        checked = Client(enforce_csrf_checks=True)
        checked.force_login(trainee)
        assert autosave(checked, attempt, ESSAY_TEXT).status_code == 403
        assert not Draft.objects.exists()

    @pytest.mark.parametrize("size", [2, 100])
    def test_an_autosave_costs_at_most_10_queries(self, client, trainee, django_assert_max_num_queries, size):
        _, attempt = begin(client, trainee, kinds=["essay"] * size)
        autosave(client, attempt, "warm-up", client_sequence=1)
        with django_assert_max_num_queries(10):
            assert autosave(client, attempt, "overwrite", client_sequence=2).status_code == 200
        Draft.objects.all().delete()
        with django_assert_max_num_queries(10):
            assert autosave(client, attempt, "first", client_sequence=3).status_code == 200


class TestTheTakePage:
    def test_reopening_the_page_shows_the_draft_in_the_field(self, client, trainee):
        quiz, attempt = begin(client, trainee)
        autosave(client, attempt, ESSAY_TEXT)
        html = client.get(take_url(quiz)).content.decode()
        assert ESSAY_TEXT in html
        assert "Draft saved" in html
        assert f'data-autosave-url="{draft_url(attempt)}"' in html
        assert 'aria-live="polite"' in html

    def test_a_chosen_option_is_shown_chosen(self, client, trainee):
        quiz, attempt = begin(client, trainee, kinds=["true_false"])
        autosave(client, attempt, "false")
        response = client.get(take_url(quiz))
        assert response.context["form"]["answer"].value() == "false"
        assert 'value="false" id="id_answer_1" required checked>' in response.content.decode()

    def test_the_page_without_a_draft_shows_an_empty_field(self, client, trainee):
        quiz, _ = begin(client, trainee)
        response = client.get(take_url(quiz))
        assert response.context["draft"] is None
        assert "Draft saved" not in response.content.decode()

    def test_reading_the_take_page_writes_nothing(self, client, trainee):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        quiz, attempt = begin(client, trainee)
        autosave(client, attempt, ESSAY_TEXT)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(take_url(quiz)).status_code == 200
        writes = [q["sql"] for q in queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]
        assert writes == []


class TestTheDeadline:
    def test_a_late_answer_post_submits_the_draft_and_the_essay_goes_to_marking(self, client, trainee, marker):
        quiz, attempt = begin(client, trainee, time_limit=5)
        _, hidden = current_form(client, quiz)
        autosave(client, attempt, ESSAY_TEXT)
        run_out_of_time(attempt)
        client.post(take_url(quiz), {**hidden, "answer": "This came too late."})
        attempt.refresh_from_db()
        assert attempt.timed_out and attempt.status == AttemptStatus.NEEDS_MARKING
        essay = attempt.answers.get()
        assert essay.payload == {"text": ESSAY_TEXT} and essay.points is None
        assert not Draft.objects.exists()
        client.force_login(marker)
        queue = client.get("/supervision/marking/").content.decode()
        assert ESSAY_TEXT in queue

    def test_the_overdue_task_submits_drafts(self, client, trainee):
        _, attempt = begin(client, trainee, kinds=["true_false", "essay"], time_limit=5)
        autosave(client, attempt, "true")
        run_out_of_time(attempt)
        call_command("close_overdue_attempts", stdout=io.StringIO())
        attempt.refresh_from_db()
        assert (attempt.status, attempt.timed_out, attempt.score, attempt.max_score) == (
            AttemptStatus.FINISHED,
            True,
            1,
            2,
        )
        assert attempt.answers.get().payload == {"value": True}
        assert not Draft.objects.exists()

    def test_the_start_button_closes_an_overdue_attempt_with_its_draft(self, client, trainee):
        quiz, attempt = begin(client, trainee, time_limit=5)
        autosave(client, attempt, ESSAY_TEXT)
        run_out_of_time(attempt)
        start(client, quiz)
        assert Answer.objects.get(attempt=attempt).payload == {"text": ESSAY_TEXT}

    def test_a_draft_that_is_no_answer_is_not_submitted(self, client, trainee):
        quiz, attempt = begin(client, trainee, kinds=["essay", "true_false"], time_limit=5)
        autosave(client, attempt, "   ")
        run_out_of_time(attempt)
        start(client, quiz)
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED and not attempt.answers.exists()
        assert not Draft.objects.exists()

    def test_the_draft_of_an_answered_question_is_never_submitted(self, client, trainee):
        quiz, attempt = begin(client, trainee, kinds=["true_false", "essay"], time_limit=5)
        autosave(client, attempt, "false")
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        run_out_of_time(attempt)
        start(client, quiz)
        attempt.refresh_from_db()
        assert attempt.answers.get().payload == {"value": True}
        assert attempt.score == 1


class TestANormalSubmit:
    def test_the_submitted_answer_wins_and_the_drafts_go(self, client, trainee, marker):
        quiz, attempt = begin(client, trainee, kinds=["essay"])
        autosave(client, attempt, "An earlier draft.")
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer": ESSAY_TEXT})
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.NEEDS_MARKING
        assert attempt.answers.get().payload == {"text": ESSAY_TEXT}
        assert not Draft.objects.exists()
        client.force_login(marker)
        queue = client.get("/supervision/marking/").content.decode()
        assert ESSAY_TEXT in queue and "An earlier draft." not in queue

    def test_a_supervisor_never_sees_a_draft(self, client, trainee, marker):
        quiz, attempt = begin(client, trainee, kinds=["true_false", "essay"])
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        autosave(client, attempt, "Secret thoughts in progress.", position=2)
        client.force_login(marker)
        for url in (
            f"/supervision/trainees/{trainee.pk}/",
            "/supervision/marking/attempts/",
            f"/supervision/marking/attempts/{attempt.pk}/",
        ):
            response = client.get(url)
            assert "Secret thoughts" not in response.content.decode(), url


def test_the_rule_refuses_a_value_before_writing(trainee):
    from django.core.exceptions import ValidationError

    quiz = factories.make_quiz(kinds=["essay"])
    attempt = taking.start_or_resume(quiz, trainee)
    with pytest.raises(ValidationError):
        taking.save_draft(attempt.pk, 1, 1, "a\x00", user=trainee)
    assert not Draft.objects.exists()


class TestPersonalData:
    def test_the_export_holds_the_trainees_drafts_beside_their_answers(self, client, trainee, other_trainee):
        from quizzes import privacy

        quiz, attempt = begin(client, trainee, kinds=["true_false", "essay"])
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        autosave(client, attempt, ESSAY_TEXT, position=2)
        _, theirs = begin(client, other_trainee)
        autosave(client, theirs, "Someone else's draft.")
        attempt.slots.filter(position=2).update(flagged=True)
        [exported] = privacy.export(trainee)["attempts"]
        assert [a["answer"] for a in exported["answers"]] == [{"value": True}]
        assert exported["flagged_for_review"] == [2]
        assert [(d["question"], d["draft"]) for d in exported["drafts"]] == [(2, ESSAY_TEXT)]

    def test_deleting_the_trainee_erases_their_drafts(self, client, trainee):
        _, attempt = begin(client, trainee)
        autosave(client, attempt, ESSAY_TEXT)
        trainee.delete()
        assert not Draft.objects.exists()


MATCHING = "Match each treatment with its founder. {=MBT -> Bateman and Fonagy =DBT -> Linehan = -> Beck}"


class TestMatchingDrafts:
    """A matching answer (one select per item) is saved as the list of the matches chosen, in the items' order."""

    def begin(self, client, user, **quiz_fields):
        from quizzes.interchange import gift
        from quizzes.interchange.common import save_questions
        from quizzes.models import QuizQuestion

        quiz = factories.QuizFactory(**quiz_fields)
        [question] = save_questions(gift.parse(MATCHING))
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
        client.force_login(user)
        start(client, quiz)
        return quiz, Attempt.objects.get(user=user, quiz=quiz)

    def test_a_draft_is_shown_again_refused_when_replayed_and_submitted_at_the_deadline(self, client, trainee):
        quiz, attempt = self.begin(client, trainee, time_limit=5)
        assert autosave(client, attempt, ["Bateman and Fonagy", ""], client_sequence=5).status_code == 200
        replay = autosave(client, attempt, ["Linehan", "Linehan"], client_sequence=5)
        assert (replay.status_code, replay.json()["code"]) == (409, "stale")
        assert Draft.objects.get().value == ["Bateman and Fonagy", ""]
        assert autosave(client, attempt, ["Bateman and Fonagy", "Beck"], client_sequence=6).status_code == 200
        html = client.get(take_url(quiz)).content.decode()
        assert '<option value="Bateman and Fonagy" selected>' in html and '<option value="Beck" selected>' in html
        run_out_of_time(attempt)
        start(client, quiz)
        attempt.refresh_from_db()
        pairs = attempt.slots.get().snapshot["pairs"]
        assert (attempt.status, attempt.timed_out, attempt.score) == (AttemptStatus.FINISHED, True, 0.5)
        assert attempt.answers.get().payload == {
            "matches": {str(pairs[0]["id"]): "Bateman and Fonagy", str(pairs[1]["id"]): "Beck"}
        }

    @pytest.mark.parametrize(
        "value",
        [
            "Linehan",
            ["Not offered", ""],
            ["Linehan", "Beck", "Linehan"],
            [1, ""],
            [["Linehan"], ""],
            {"0": "Linehan"},
        ],
        ids=["not a list", "unknown match", "more than the items", "a number", "a nested list", "an object"],
    )
    def test_a_value_the_question_cannot_hold_is_a_400_and_nothing_is_written(self, client, trainee, value):
        _, attempt = self.begin(client, trainee)
        response = autosave(client, attempt, value)
        assert (response.status_code, response.json()["code"]) == (400, "invalid")
        assert not Draft.objects.exists()

    def test_another_trainees_attempt_and_a_finished_one_are_refused(self, client, trainee, other_trainee):
        quiz, theirs = self.begin(client, other_trainee)
        client.force_login(trainee)
        assert autosave(client, theirs, ["Linehan", ""]).status_code == 404
        client.force_login(other_trainee)
        _, hidden = current_form(client, quiz)
        client.post(take_url(quiz), {**hidden, "answer_0": "Bateman and Fonagy", "answer_1": "Linehan"})
        finished = autosave(client, theirs, ["Beck", ""], client_sequence=2)
        assert (finished.status_code, finished.json()["code"]) == (409, "finished")
        assert not Draft.objects.exists()
