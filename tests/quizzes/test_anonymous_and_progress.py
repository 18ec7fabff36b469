"""Spec 3.6 (visitors) and 3.8 (progress page)."""

import random
from decimal import Decimal

import pytest

from quizzes import taking
from quizzes.models import Attempt
from quizzes.progress import category_scores
from tests import factories
from tests.quizzes.conftest import answer, open_take

pytestmark = pytest.mark.django_db


class TestVisitors:
    def test_visitors_are_sent_to_log_in_unless_the_quiz_is_open_to_visitors(self, client):
        quiz = factories.make_quiz(kinds=["true_false"])
        response = open_take(client, quiz)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_visitors_take_an_open_quiz_as_a_real_attempt_tied_to_their_session(self, client):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], allow_anonymous=True)
        assert open_take(client, quiz).status_code == 200
        attempt = Attempt.objects.get()
        assert attempt.user is None and attempt.session_key == client.session.session_key

    def test_starting_does_not_change_the_sessions_lifetime(self, client, settings):
        quiz = factories.make_quiz(kinds=["true_false"], allow_anonymous=True)
        open_take(client, quiz)
        assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE

    def test_visitors_attempts_honour_random_order_and_max_questions(self):
        quiz = factories.make_quiz(kinds=["true_false"] * 6, allow_anonymous=True, random_order=True, max_questions=3)
        orders = set()
        for seed in range(3):
            attempt = taking.start_or_resume(quiz, session_key=f"session{seed}", rng=random.Random(seed))
            assert attempt.slots.count() == 3
            orders.add(tuple(attempt.slots.values_list("question_id", flat=True)))
        assert len(orders) > 1

    def test_a_visitor_resumes_where_they_left_off(self, client):
        quiz = factories.make_quiz(kinds=["true_false"] * 3, allow_anonymous=True)
        answer(client, quiz, "true")
        html = open_take(client, quiz).content.decode()
        assert "Question 2 of 3" in html and Attempt.objects.count() == 1

    def test_visitors_get_feedback_review_with_their_own_answers_title_and_pass_message(self, client):
        quiz = factories.make_quiz(
            kinds=["true_false"], allow_anonymous=True, reveal_answers="at_end", title="Open TF", pass_mark=50
        )
        html = answer(client, quiz, "true", follow=True).content.decode()
        assert "Open TF" in html and "Your answer: True" in html and "Well done." in html

    def test_visitors_see_a_score_across_quizzes_of_this_visit_and_the_next_visit_starts_anew(self, client):
        first = factories.make_quiz(kinds=["true_false"], allow_anonymous=True)
        second = factories.make_quiz(kinds=["true_false", "true_false"], allow_anonymous=True)
        answer(client, first, "true")
        answer(client, second, "true")
        html = answer(client, second, "false", follow=True).content.decode()
        assert "this visit: 2 of 3 points" in html
        open_take(client, first)
        assert Attempt.objects.filter(quiz=first).count() == 2

    def test_a_single_attempt_quiz_asks_visitors_to_sign_in(self, client):
        quiz = factories.make_quiz(kinds=["true_false"], allow_anonymous=True, single_attempt=True)
        response = open_take(client, quiz)
        assert response.status_code == 200 and "Please log in to take this quiz" in response.content.decode()
        assert not Attempt.objects.exists()

    def test_visitors_attempts_never_count_in_anyones_progress(self, client, trainee):
        category = factories.QuizCategoryFactory(name="MBT")
        quiz = factories.QuizFactory(allow_anonymous=True)
        factories.QuestionFactory(kind="true_false", category=category, quizzes=[quiz])
        answer(client, quiz, "true")
        assert next(r for r in category_scores(trainee) if r["name"] == "MBT")["attempted"] == 0

    def test_a_visitor_cannot_see_a_logged_in_users_attempt(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], allow_anonymous=True)
        attempt = taking.start_or_resume(quiz, user=trainee)
        taking.finish(attempt)
        assert client.get(attempt.get_absolute_url()).status_code == 404


class TestProgressPage:
    def test_requires_login(self, client):
        response = client.get("/quizzes/progress/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_one_row_per_category_with_correct_answered_and_percent_and_zeros_for_unseen(self, client, trainee):
        mbt = factories.QuizCategoryFactory(name="MBT")
        factories.QuizCategoryFactory(name="DBT")
        quiz = factories.QuizFactory()
        factories.QuestionFactory(kind="true_false", category=mbt, quizzes=[quiz])
        factories.QuestionFactory(kind="true_false", category=mbt, quizzes=[quiz])
        client.force_login(trainee)
        answer(client, quiz, "true")
        answer(client, quiz, "false")
        rows = {r["name"]: (r["correct"], r["attempted"], r["percent"]) for r in category_scores(trainee)}
        assert rows["MBT"] == (1, 2, 50) and rows["DBT"] == (0, 0, 0)
        html = client.get("/quizzes/progress/").content.decode()
        assert "Answered correctly" in html and "Questions answered" in html
        mbt_row = html[html.index('<th scope="row">MBT</th>') :].split("</tr>")[0]
        dbt_row = html[html.index('<th scope="row">DBT</th>') :].split("</tr>")[0]
        assert 'class="score-bar" max="100" value="50"' in mbt_row and "50%" in mbt_row
        assert "Not attempted yet" in dbt_row and "%" not in dbt_row, "an unseen category is not a 0% score"

    def test_categories_with_similar_names_do_not_collide(self, trainee, client):
        art = factories.QuizCategoryFactory(name="art")
        smart = factories.QuizCategoryFactory(name="smart")
        quiz = factories.QuizFactory()
        factories.QuestionFactory(kind="true_false", category=smart, quizzes=[quiz])
        client.force_login(trainee)
        answer(client, quiz, "true")
        rows = {r["category"]: r["attempted"] for r in category_scores(trainee) if r["category"]}
        assert rows[smart] == 1 and rows[art] == 0

    def test_sub_topics_get_their_own_rows_and_uncategorised_questions_count(self, client, trainee):
        dbt = factories.QuizCategoryFactory(name="DBT")
        factories.QuizCategoryFactory(name="Skills", parent=dbt)
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(trainee)
        answer(client, quiz, "true")
        names = [r["name"] for r in category_scores(trainee)]
        assert "DBT / Skills" in names and "Uncategorised" in names

    def test_reading_progress_writes_nothing(self, client, trainee, django_assert_num_queries):
        factories.QuizCategoryFactory(name="MBT")
        client.force_login(trainee)
        client.get("/quizzes/progress/")
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            client.get("/quizzes/progress/")
        writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
        assert all("django_session" in sql for sql in writes)

    def test_lists_finished_attempts_with_title_score_questions_percent_and_grade(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], title="Targets quiz", grading_method="highest")
        client.force_login(trainee)
        answer(client, quiz, "true")
        answer(client, quiz, "false")
        answer(client, quiz, "true")
        answer(client, quiz, "true")
        html = client.get("/quizzes/progress/").content.decode()
        assert "Targets quiz" in html
        assert "Attempt 1: 1 of 2 (50%)" in html and "Attempt 2: 2 of 2 (100%)" in html
        assert "100%" in html and "highest attempt" in html

    def test_partial_credit_shows_as_points(self, client, trainee):
        category = factories.QuizCategoryFactory(name="Groups")
        quiz = factories.QuizFactory()
        factories.QuestionFactory(
            kind="mc_multiple",
            category=category,
            points=2,
            quizzes=[quiz],
            options=[("A", True), ("B", True), ("C", False)],
        )
        client.force_login(trainee)
        question = quiz.quiz_questions.get().question
        answer(client, quiz, [question.options.get(text="A").pk])
        row = next(r for r in category_scores(trainee) if r["name"] == "Groups")
        assert (row["points"], row["max_points"], row["correct"]) == (Decimal("1.00"), Decimal("2.00"), 0)
