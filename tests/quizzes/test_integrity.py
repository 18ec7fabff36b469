"""Quiz integrity, over HTTP: leaks, replays, other people's attempts, time limits, broken content."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes import taking
from quizzes.models import Answer, Attempt, AttemptStatus, Question
from tests import factories
from tests.quizzes.conftest import answer, current_form, open_take, take_url

pytestmark = pytest.mark.django_db

SENTINEL = "SENTINEL-7f3a"


def sentinel_quiz(**fields):
    """A quiz whose every answer key and explanation carries the sentinel string."""
    quiz = factories.QuizFactory(**fields)
    factories.QuestionFactory(
        quizzes=[quiz],
        options=[("Validate first", True), ("Interpret", False)],
        explanation=f"<p>{SENTINEL} because arousal is high</p>",
    )
    factories.QuestionFactory(
        kind="mc_multiple",
        quizzes=[quiz],
        options=[("Circle", True), ("Empty chair", True), ("Flipchart", False)],
        explanation=f"<p>{SENTINEL} MBT-G</p>",
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz], explanation=f"<p>{SENTINEL} tf</p>")
    factories.QuestionFactory(kind="essay", quizzes=[quiz], rubric=f"{SENTINEL} names the mode", explanation="")
    return quiz


class TestNoAnswerLeaks:
    def test_answers_and_explanations_never_reach_a_question_page_before_it_is_answered(self, client, trainee):
        quiz = sentinel_quiz(reveal_answers="at_end")
        client.force_login(trainee)
        for value in (None, None, "true", "An answer."):
            response = open_take(client, quiz)
            html = response.content.decode()
            assert SENTINEL not in html
            assert "correct" not in html.lower().replace("correctly", "")
            assert "data-correct" not in html and "is-correct" not in html
            slot = response.context["slot"]
            if value is None:
                options = slot.snapshot["options"]
                value = options[0]["id"] if slot.kind == "mc_single" else [options[0]["id"]]
            answer(client, quiz, value)

    def test_the_next_question_never_carries_the_next_answer_even_with_feedback_on(self, client, trainee):
        quiz = sentinel_quiz(reveal_answers="after_each")
        client.force_login(trainee)
        first = open_take(client, quiz)
        assert SENTINEL not in first.content.decode()
        response = answer(client, quiz, first.context["slot"].snapshot["options"][1]["id"])
        html = client.get(response["Location"]).content.decode()
        # The first question's explanation is shown now that it is answered; the second's is not.
        assert f"{SENTINEL} because arousal is high" in html
        assert f"{SENTINEL} MBT-G" not in html

    def test_option_values_are_ids_not_correctness_flags(self, client, trainee):
        quiz = sentinel_quiz()
        client.force_login(trainee)
        html = open_take(client, quiz).content.decode()
        question = quiz.quiz_questions.order_by("sort_order").first().question
        for option in question.options.all():
            assert f'value="{option.pk}"' in html

    def test_the_review_of_an_open_attempt_is_not_available(self, client, trainee):
        quiz = sentinel_quiz()
        client.force_login(trainee)
        open_take(client, quiz)
        attempt = Attempt.objects.get()
        response = client.get(attempt.get_absolute_url())
        assert response.status_code == 302 and response["Location"] == take_url(quiz)


class TestReplaysAndDoublePosts:
    def test_every_answer_post_redirects(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        response = answer(client, quiz, "true")
        assert response.status_code == 302

    def test_replaying_a_post_does_not_answer_the_next_question(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false", "true_false"])
        client.force_login(trainee)
        _, hidden = current_form(client, quiz)
        data = {**hidden, "answer": "true"}
        assert client.post(take_url(quiz), data).status_code == 302
        replay = client.post(take_url(quiz), data)
        assert replay.status_code == 409
        assert "already recorded" in replay.content.decode()
        assert Answer.objects.count() == 1
        assert open_take(client, quiz).context["slot"].position == 2

    def test_a_double_click_on_the_last_question_counts_once(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        _, hidden = current_form(client, quiz)
        data = {**hidden, "answer": "true"}
        client.post(take_url(quiz), data)
        assert client.post(take_url(quiz), data).status_code == 409
        attempt = Attempt.objects.get()
        assert attempt.score == 1 and attempt.answers.count() == 1
        assert Attempt.objects.filter(user=trainee).count() == 1

    def test_a_post_naming_another_question_is_refused(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        _, hidden = current_form(client, quiz)
        response = client.post(take_url(quiz), {**hidden, "position": 2, "answer": "true"})
        assert response.status_code == 409 and not Answer.objects.exists()

    def test_a_stale_sequence_token_is_refused_and_changes_nothing(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        _, hidden = current_form(client, quiz)
        response = client.post(take_url(quiz), {**hidden, "sequence": hidden["sequence"] + 5, "answer": "true"})
        assert response.status_code == 409 and not Answer.objects.exists()

    def test_the_database_allows_one_answer_per_question_per_attempt(self, trainee):
        from django.db import IntegrityError, transaction

        quiz = factories.make_quiz(kinds=["true_false"])
        attempt = taking.start_or_resume(quiz, user=trainee)
        slot = attempt.slots.get()
        Answer.objects.create(attempt=attempt, slot=slot, payload={"value": True}, points=1, is_correct=True)
        with pytest.raises(IntegrityError), transaction.atomic():
            Answer.objects.create(attempt=attempt, slot=slot, payload={"value": False}, points=0, is_correct=False)

    def test_submitting_twice_through_the_service_raises_stale_the_second_time(self, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        attempt = taking.start_or_resume(quiz, user=trainee)
        taking.submit_answer(attempt.pk, 1, 0, {"value": True}, user=trainee)
        with pytest.raises(taking.StaleAnswer):
            taking.submit_answer(attempt.pk, 1, 0, {"value": True}, user=trainee)


class TestOtherPeoplesAttempts:
    def test_another_trainees_result_and_captions_are_404(self, client, trainee, other_trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        answer(client, quiz, "true")
        attempt = Attempt.objects.get(user=trainee)
        client.force_login(other_trainee)
        assert client.get(attempt.get_absolute_url()).status_code == 404
        assert client.get(f"/quizzes/attempts/{attempt.pk}/questions/1/captions.vtt").status_code == 404

    def test_a_trainee_cannot_continue_or_answer_another_trainees_attempt(self, client, trainee, other_trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        theirs = taking.start_or_resume(quiz, user=trainee)
        client.force_login(other_trainee)
        response = client.post(take_url(quiz), {"position": 1, "sequence": 0, "answer": "true"})
        assert response.status_code == 409
        assert not theirs.answers.exists()
        with pytest.raises(Attempt.DoesNotExist):
            taking.submit_answer(theirs.pk, 1, 0, {"value": True}, user=other_trainee)

    def test_a_trainee_cannot_open_marking(self, client, trainee):
        client.force_login(trainee)
        assert client.get("/supervision/marking/attempts/").status_code == 403


class TestTimeLimit:
    def test_the_deadline_is_set_by_the_server_at_the_start(self, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=10)
        now = timezone.now()
        attempt = taking.start_or_resume(quiz, user=trainee, now=now)
        assert attempt.deadline == now + timedelta(minutes=10)

    def test_an_answer_after_the_deadline_and_grace_is_not_recorded_and_the_attempt_closes(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], time_limit=1)
        client.force_login(trainee)
        answer(client, quiz, "true")
        _, hidden = current_form(client, quiz)
        Attempt.objects.update(deadline=timezone.now() - taking.GRACE - timedelta(seconds=1))
        response = client.post(take_url(quiz), {**hidden, "answer": "true"}, follow=True)
        attempt = Attempt.objects.get()
        assert attempt.status == AttemptStatus.FINISHED and attempt.timed_out
        assert attempt.answers.count() == 1 and attempt.score == 1 and attempt.max_score == 2
        assert "Time ran out" in response.content.decode()

    def test_an_answer_within_the_grace_period_still_counts(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=1)
        client.force_login(trainee)
        _, hidden = current_form(client, quiz)
        Attempt.objects.update(deadline=timezone.now() - timedelta(seconds=5))
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        assert Attempt.objects.get().answers.count() == 1

    def test_visiting_an_overdue_attempt_closes_it_and_shows_the_result(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=1)
        client.force_login(trainee)
        open_take(client, quiz)
        attempt = Attempt.objects.get()
        Attempt.objects.update(deadline=timezone.now() - timedelta(minutes=5))
        response = open_take(client, quiz)
        assert response.status_code == 302 and response["Location"] == attempt.get_absolute_url()
        attempt.refresh_from_db()
        assert attempt.timed_out and not attempt.is_open

    def test_the_question_page_shows_the_time_left(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=20)
        client.force_login(trainee)
        assert "data-seconds-left=" in open_take(client, quiz).content.decode()


class TestBrokenContent:
    def test_an_empty_quiz_gives_a_clear_message_never_a_500(self, client, trainee):
        quiz = factories.QuizFactory()
        client.force_login(trainee)
        response = open_take(client, quiz)
        assert response.status_code == 200 and "no questions that can be asked" in response.content.decode()

    def test_a_multiple_choice_question_without_options_is_left_out_of_the_attempt(self, client, trainee):
        quiz = factories.QuizFactory()
        factories.QuestionFactory(quizzes=[quiz], options=[])
        factories.QuestionFactory(kind="true_false", quizzes=[quiz])
        client.force_login(trainee)
        response = open_take(client, quiz)
        assert response.status_code == 200 and "Question 1 of 1" in response.content.decode()

    def test_a_quiz_of_only_unanswerable_questions_explains_itself(self, client, trainee):
        quiz = factories.QuizFactory()
        factories.QuestionFactory(quizzes=[quiz], options=[])
        client.force_login(trainee)
        assert "no questions that can be asked" in open_take(client, quiz).content.decode()

    def test_editors_see_the_problem_on_the_start_page(self, client, editor):
        quiz = factories.QuizFactory()
        factories.QuestionFactory(quizzes=[quiz], options=[], content="Broken one")
        client.force_login(editor)
        html = client.get(quiz.get_absolute_url()).content.decode()
        assert "at least two options" in html and "cannot start it" in html

    def test_a_question_deleted_mid_attempt_keeps_the_attempt_going_with_a_notice(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        open_take(client, quiz)
        quiz.quiz_questions.order_by("sort_order").first().question.delete()
        response = open_take(client, quiz)
        assert response.status_code == 200
        assert "withdrawn this question" in response.content.decode()
        answer(client, quiz, "true")
        response = answer(client, quiz, "true", follow=True)
        assert response.status_code == 200
        attempt = Attempt.objects.get()
        assert attempt.slots.count() == 2 and attempt.score == 2
        assert "2 questions in this attempt" in response.content.decode()

    def test_a_question_detached_from_the_quiz_stays_in_review(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], reveal_answers="at_end")
        client.force_login(trainee)
        open_take(client, quiz)
        quiz.quiz_questions.order_by("sort_order").first().delete()
        answer(client, quiz, "true")
        html = answer(client, quiz, "true", follow=True).content.decode()
        assert "2 questions in this attempt" in html
        assert Question.objects.count() == 2

    def test_an_unknown_quiz_is_404(self, client, trainee):
        client.force_login(trainee)
        assert client.get("/quizzes/no-such-quiz/take/").status_code == 404

    def test_a_garbled_post_is_a_400_not_a_500(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        open_take(client, quiz)
        assert client.post(take_url(quiz), {"position": "x", "sequence": "", "answer": "true"}).status_code == 400
