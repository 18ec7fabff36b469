"""Spec 3.2 to 3.5: starting, resuming, answering, feedback and results, for logged-in users."""

import random

import pytest

from quizzes import taking
from quizzes.models import Answer, Attempt, AttemptSlot, AttemptStatus
from tests import factories
from tests.quizzes.conftest import answer, open_take, start, take_url

pytestmark = pytest.mark.django_db


def first_question(quiz):
    return quiz.quiz_questions.order_by("sort_order").first().question


class TestStarting:
    def test_first_get_creates_an_attempt_with_every_question_in_order_score_zero_and_open(self, client, trainee):
        quiz = factories.make_quiz(kinds=["mc_single", "true_false", "essay"])
        client.force_login(trainee)
        assert open_take(client, quiz).status_code == 200
        attempt = Attempt.objects.get(user=trainee, quiz=quiz)
        expected = list(quiz.quiz_questions.order_by("sort_order").values_list("question_id", flat=True))
        assert list(attempt.slots.values_list("question_id", flat=True)) == expected
        assert attempt.score == 0 and attempt.status == AttemptStatus.IN_PROGRESS

    def test_a_later_get_resumes_the_open_attempt_at_the_first_unanswered_question(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        answer(client, quiz, "true")
        response = open_take(client, quiz)
        assert Attempt.objects.filter(user=trainee, quiz=quiz).count() == 1
        assert response.context["slot"].position == 2
        assert "Question 2 of 2" in response.content.decode()

    def test_there_is_never_more_than_one_open_attempt_per_trainee_and_quiz(self, trainee):
        from django.db import IntegrityError, transaction

        quiz = factories.make_quiz()
        taking.start_or_resume(quiz, user=trainee)
        with pytest.raises(IntegrityError), transaction.atomic():
            Attempt.objects.create(quiz=quiz, user=trainee, number=2)

    def test_attempt_numbers_are_unique_per_trainee_and_quiz(self, trainee):
        from django.db import IntegrityError, transaction

        quiz = factories.make_quiz()
        attempt = taking.start_or_resume(quiz, user=trainee)
        taking.finish(attempt)
        with pytest.raises(IntegrityError), transaction.atomic():
            Attempt.objects.create(quiz=quiz, user=trainee, number=1, status=AttemptStatus.FINISHED)

    def test_random_order_gives_each_attempt_its_own_shuffle(self, trainee):
        quiz = factories.make_quiz(kinds=["true_false"] * 8, random_order=True)
        orders = set()
        for seed in range(4):
            attempt = taking.start_or_resume(quiz, user=trainee, rng=random.Random(seed))
            orders.add(tuple(attempt.slots.values_list("question_id", flat=True)))
            taking.finish(attempt)
        assert len(orders) > 1

    def test_without_random_order_the_quizs_order_is_kept(self, trainee):
        quiz = factories.make_quiz(kinds=["true_false"] * 5)
        attempt = taking.start_or_resume(quiz, user=trainee)
        expected = list(quiz.quiz_questions.order_by("sort_order").values_list("question_id", flat=True))
        assert list(attempt.slots.values_list("question_id", flat=True)) == expected

    @pytest.mark.parametrize(("max_questions", "expected"), [(2, 2), (0, 4), (None, 4), (10, 4)])
    def test_max_questions_draws_only_that_many_and_zero_or_empty_means_all(self, trainee, max_questions, expected):
        quiz = factories.make_quiz(kinds=["true_false"] * 4, max_questions=max_questions)
        assert taking.start_or_resume(quiz, user=trainee).slots.count() == expected

    def test_random_draws_per_category_add_questions_from_the_bank(self, trainee):
        from quizzes.models import QuizCategoryDraw

        dbt = factories.QuizCategoryFactory(name="DBT")
        skills = factories.QuizCategoryFactory(name="Skills", parent=dbt)
        for _ in range(5):
            factories.QuestionFactory(kind="true_false", category=skills)
        quiz = factories.make_quiz(kinds=["essay"])
        QuizCategoryDraw.objects.create(quiz=quiz, category=dbt, count=3)
        attempt = taking.start_or_resume(quiz, user=trainee)
        assert attempt.slots.count() == 4
        assert attempt.slots.filter(category=skills).count() == 3

    def test_an_empty_quiz_shows_a_clear_message_instead_of_an_error(self, client, trainee):
        quiz = factories.QuizFactory()
        client.force_login(trainee)
        response = open_take(client, quiz)
        assert response.status_code == 200
        assert "no questions that can be asked" in response.content.decode()
        assert not Attempt.objects.exists()

    def test_a_single_attempt_quiz_already_finished_shows_a_once_only_page(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], single_attempt=True)
        client.force_login(trainee)
        answer(client, quiz, "true")
        response = open_take(client, quiz)
        assert "only once" in response.content.decode()
        assert "slot" not in response.context
        assert Attempt.objects.filter(user=trainee, quiz=quiz).count() == 1

    def test_saving_a_single_attempt_quiz_makes_it_an_exam_paper_with_one_attempt(self):
        quiz = factories.QuizFactory(single_attempt=True, exam_paper=False)
        assert quiz.exam_paper is True and quiz.attempt_limit == 1

    def test_without_an_attempt_limit_finishing_lets_the_next_visit_start_a_fresh_attempt(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        answer(client, quiz, "true")
        open_take(client, quiz)
        assert list(Attempt.objects.filter(user=trainee).order_by("number").values_list("number", "status")) == [
            (1, "finished"),
            (2, "in_progress"),
        ]

    def test_max_attempts_stops_further_attempts_with_a_message(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], max_attempts=2)
        client.force_login(trainee)
        answer(client, quiz, "true")
        answer(client, quiz, "false")
        response = open_take(client, quiz)
        assert "used all 2 attempts" in response.content.decode()
        assert Attempt.objects.filter(user=trainee).count() == 2

    def test_a_quiz_outside_its_opening_times_cannot_be_started(self, client, trainee):
        from datetime import timedelta

        from django.utils import timezone

        now = timezone.now()
        later = factories.make_quiz(available_from=now + timedelta(days=1))
        closed = factories.make_quiz(available_until=now - timedelta(days=1))
        client.force_login(trainee)
        assert "not open yet" in open_take(client, later).content.decode()
        assert "has closed" in open_take(client, closed).content.decode()


class TestAnswering:
    def test_question_page_shows_category_text_figure_progress_and_form(self, client, trainee):
        from wagtail.images.models import Image
        from wagtail.images.tests.utils import get_test_image_file

        image = Image.objects.create(title="Chain", file=get_test_image_file())
        category = factories.QuizCategoryFactory(name="DBT")
        quiz = factories.QuizFactory()
        factories.QuestionFactory(
            content="Which link comes first?",
            category=category,
            figure=image,
            figure_alt="A chain diagram",
            quizzes=[quiz],
        )
        factories.QuestionFactory(quizzes=[quiz])
        client.force_login(trainee)
        html = open_take(client, quiz).content.decode()
        assert "DBT" in html and "Which link comes first?" in html
        assert 'alt="A chain diagram"' in html
        assert "Question 1 of 2" in html and '<progress value="0" max="2"' in html
        assert "<fieldset" in html and "<legend" in html

    def test_choice_questions_use_radio_buttons_and_essays_a_textarea(self, client, trainee):
        quiz = factories.make_quiz(kinds=["mc_single", "true_false", "essay"])
        client.force_login(trainee)
        assert 'type="radio"' in open_take(client, quiz).content.decode()
        answer(client, quiz, factories_right(quiz, 0))
        assert 'type="radio"' in open_take(client, quiz).content.decode()
        answer(client, quiz, "true")
        assert "<textarea" in open_take(client, quiz).content.decode()

    def test_submitting_without_a_choice_redisplays_the_question_with_an_error_and_records_nothing(
        self, client, trainee
    ):
        quiz = factories.make_quiz(kinds=["mc_single", "true_false"])
        client.force_login(trainee)
        response = answer(client, quiz, "")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="alert"' in html and "Please answer the question" in html
        assert response.context["slot"].position == 1
        assert not Answer.objects.exists()

    def test_a_correct_answer_adds_its_points_and_a_wrong_one_adds_none(self, client, trainee):
        quiz = factories.make_quiz(kinds=["mc_single", "mc_single", "true_false"])
        client.force_login(trainee)
        answer(client, quiz, factories_right(quiz, 0))
        answer(client, quiz, factories_wrong(quiz, 1))
        attempt = Attempt.objects.get(user=trainee)
        assert attempt.score == 1
        assert list(attempt.answers.order_by("slot__position").values_list("is_correct", flat=True)) == [True, False]

    def test_every_answer_is_stored_against_its_question_and_the_next_question_follows(self, client, trainee):
        quiz = factories.make_quiz(kinds=["essay", "true_false"])
        client.force_login(trainee)
        answer(client, quiz, "Validation before change.")
        stored = Answer.objects.get()
        assert stored.payload == {"text": "Validation before change."}
        assert stored.slot.question == first_question(quiz)
        assert open_take(client, quiz).context["slot"].position == 2

    def test_answers_count_in_progress_as_they_are_given_even_if_the_attempt_is_abandoned(self, client, trainee):
        from quizzes.progress import category_scores

        category = factories.QuizCategoryFactory(name="MBT")
        quiz = factories.QuizFactory()
        factories.QuestionFactory(category=category, quizzes=[quiz])
        factories.QuestionFactory(category=category, quizzes=[quiz])
        client.force_login(trainee)
        answer(client, quiz, factories_right(quiz, 0))
        row = next(r for r in category_scores(trainee) if r["name"] == "MBT")
        assert (row["correct"], row["attempted"]) == (1, 1)


class TestFeedback:
    def test_after_each_question_the_previous_answer_is_shown_with_the_right_options_and_explanation(
        self, client, trainee
    ):
        quiz = factories.QuizFactory()
        factories.QuestionFactory(
            quizzes=[quiz],
            options=[("Validate first", True), ("Interpret", False)],
            explanation="<p>Arousal is high.</p>",
        )
        factories.QuestionFactory(quizzes=[quiz])
        client.force_login(trainee)
        response = answer(client, quiz, factories_wrong(quiz, 0))
        html = client.get(response["Location"]).content.decode()
        assert "not correct" in html
        assert "Validate first <strong>(correct answer)</strong>" in html
        assert "Interpret <em>(your choice)</em>" in html
        assert "Arousal is high." in html
        assert "Question 2 of 2" in html

    def test_feedback_is_shown_on_the_page_after_the_answer_and_not_on_a_later_visit(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        response = answer(client, quiz, "true")
        assert "quiz-feedback" in client.get(response["Location"]).content.decode()
        assert "quiz-feedback" not in open_take(client, quiz).content.decode()

    def test_answers_at_end_suppresses_feedback_between_questions(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], reveal_answers="at_end")
        client.force_login(trainee)
        answer(client, quiz, "true")
        html = open_take(client, quiz).content.decode()
        assert "quiz-feedback" not in html and "Question 2 of 2" in html

    def test_after_the_last_answer_the_result_page_shows_its_feedback_above_the_score(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        response = answer(client, quiz, "false", follow=True)
        html = response.content.decode()
        assert html.index("quiz-feedback") < html.index("You scored")


class TestResults:
    def test_finishing_closes_the_attempt_with_a_time_and_shows_the_result(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        response = answer(client, quiz, "true")
        attempt = Attempt.objects.get()
        assert response["Location"] == attempt.get_absolute_url() + "?answered=1"  # with its feedback
        assert attempt.status == AttemptStatus.FINISHED and attempt.finished_at is not None

    def test_result_page_shows_title_score_count_and_rounded_percent(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], title="Modes quiz", reveal_answers="at_end")
        client.force_login(trainee)
        answer(client, quiz, "true")
        html = answer(client, quiz, "false", follow=True).content.decode()
        assert "Modes quiz" in html and "You scored 1 out of 2 points: 50%" in html
        assert "2 questions in this attempt" in html

    def test_success_text_when_passing_and_fail_text_when_not(self, client, trainee):
        passed = factories.make_quiz(kinds=["true_false"], pass_mark=50, success_text="Great work.", fail_text="Nope.")
        failed = factories.make_quiz(
            kinds=["true_false"], pass_mark=50, success_text="Great work.", fail_text="Read M2."
        )
        client.force_login(trainee)
        html = answer(client, passed, "true", follow=True).content.decode()
        assert "Great work." in html and "Nope." not in html
        html = answer(client, failed, "false", follow=True).content.decode()
        assert "Read M2." in html and "Great work." not in html

    def test_a_pass_mark_of_zero_still_shows_the_success_text(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], pass_mark=0, success_text="Everyone passes this one.")
        client.force_login(trainee)
        assert "Everyone passes this one." in answer(client, quiz, "false", follow=True).content.decode()

    def test_pass_mark_outside_0_to_100_is_a_form_error_not_a_crash(self):
        from django.core.exceptions import ValidationError

        quiz = factories.QuizFactory.build(pass_mark=101, slug="pm")
        with pytest.raises(ValidationError) as error:
            quiz.full_clean()
        assert "pass_mark" in error.value.message_dict

    def test_review_at_the_end_lists_every_question_with_right_answer_your_answer_and_explanation(
        self, client, trainee
    ):
        quiz = factories.QuizFactory(reveal_answers="at_end")
        factories.QuestionFactory(
            quizzes=[quiz], options=[("Circle", True), ("Seminar", False)], explanation="<p>MBT-G sits in a circle.</p>"
        )
        factories.QuestionFactory(kind="true_false", is_true=False, quizzes=[quiz], explanation="<p>It is false.</p>")
        client.force_login(trainee)
        answer(client, quiz, factories_wrong(quiz, 0))
        html = answer(client, quiz, "true", follow=True).content.decode()
        assert "Circle <strong>(correct answer)</strong>" in html and "Seminar <em>(your choice)</em>" in html
        assert "Your answer: True" in html and "Correct answer: False" in html
        assert "MBT-G sits in a circle." in html and "It is false." in html
        assert html.count("not correct") == 2

    def test_result_page_says_the_result_is_stored_in_progress(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        assert "your progress" in answer(client, quiz, "true", follow=True).content.decode()

    def test_finished_attempts_are_kept_for_every_quiz_so_history_is_never_lost(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], exam_paper=False)
        client.force_login(trainee)
        answer(client, quiz, "true")
        answer(client, quiz, "true")
        assert Attempt.objects.filter(user=trainee, quiz=quiz).done().count() == 2
        assert client.get("/quizzes/progress/").content.decode().count("Attempt ") >= 2

    def test_exam_paper_attempts_show_in_progress_and_in_marking(self, client, trainee, marker):
        quiz = factories.make_quiz(kinds=["true_false"], exam_paper=True, title="Fidelity exam")
        client.force_login(trainee)
        answer(client, quiz, "true")
        answer(client, quiz, "true")
        assert client.get("/quizzes/progress/").content.decode().count("Attempt ") == 2
        client.force_login(marker)
        assert client.get("/supervision/marking/attempts/").content.decode().count(">Fidelity exam</td>") == 2

    def test_never_revealing_keeps_correct_answers_and_explanations_off_the_result_page(self, client, trainee):
        quiz = factories.QuizFactory(reveal_answers="never")
        factories.QuestionFactory(
            quizzes=[quiz], options=[("SECRET-RIGHT", True), ("Other", False)], explanation="<p>SECRET-WHY</p>"
        )
        client.force_login(trainee)
        html = answer(client, quiz, factories_wrong(quiz, 0), follow=True).content.decode()
        assert "SECRET-WHY" not in html and "correct answer" not in html
        assert "Your answer: Other" in html

    def test_revealing_after_close_waits_for_the_closing_time(self, client, trainee):
        from datetime import timedelta

        from django.utils import timezone

        quiz = factories.QuizFactory(reveal_answers="after_close", available_until=timezone.now() + timedelta(days=1))
        factories.QuestionFactory(quizzes=[quiz], explanation="<p>LATER-WHY</p>")
        client.force_login(trainee)
        response = answer(client, quiz, factories_wrong(quiz, 0), follow=True)
        assert "LATER-WHY" not in response.content.decode()
        quiz.available_until = timezone.now() - timedelta(seconds=1)
        quiz.save()
        assert "LATER-WHY" in client.get(response.redirect_chain[-1][0]).content.decode()


def factories_right(quiz, index):
    question = quiz.quiz_questions.order_by("sort_order")[index].question
    return question.options.filter(correct=True).first().pk


def factories_wrong(quiz, index):
    question = quiz.quiz_questions.order_by("sort_order")[index].question
    return question.options.filter(correct=False).first().pk


def test_slots_freeze_the_question_text_so_editing_does_not_change_a_running_attempt(client, trainee):
    quiz = factories.make_quiz(kinds=["true_false", "true_false"])
    client.force_login(trainee)
    open_take(client, quiz)
    question = first_question(quiz)
    question.content = "Edited afterwards"
    question.is_true = False
    question.save()
    html = open_take(client, quiz).content.decode()
    assert "Edited afterwards" not in html
    answer(client, quiz, "true")
    assert AttemptSlot.objects.get(position=1).answer.is_correct is True


class TestStartingIsAPost:
    def test_get_take_with_no_attempt_writes_nothing_and_shows_the_start_page(self, client, trainee):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from quizzes.models import Attempt

        quiz = factories.make_quiz()
        client.force_login(trainee)
        client.get("/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(take_url(quiz))
        assert response.status_code == 302 and response.url == quiz.get_absolute_url()
        assert not [q for q in queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]
        assert not Attempt.objects.exists()

    def test_post_start_opens_one_attempt_and_a_replay_resumes_it(self, client, trainee):
        from quizzes.models import Attempt

        quiz = factories.make_quiz()
        client.force_login(trainee)
        first = start(client, quiz)
        assert first.status_code == 302 and first.url == take_url(quiz)
        assert start(client, quiz).url == take_url(quiz)
        assert Attempt.objects.filter(quiz=quiz, user=trainee).count() == 1
        assert client.get(take_url(quiz)).status_code == 200

    def test_a_visitor_is_refused_the_start_as_before(self, client):
        from quizzes.models import Attempt

        quiz = factories.make_quiz()
        response = start(client, quiz)
        assert response.status_code == 302 and "/login" in response.url
        assert not Attempt.objects.exists()

    def test_start_is_post_only(self, client, trainee):
        quiz = factories.make_quiz()
        client.force_login(trainee)
        assert client.get(f"/quizzes/{quiz.slug}/start/").status_code == 405
