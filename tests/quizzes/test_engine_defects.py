"""Issue 16, defects a user meets: each reproduced here (over HTTP where a user meets it) before its fix."""

import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone

from quizzes import scoring, taking
from quizzes.models import Answer, Attempt, AttemptStatus, Quiz, QuizCategoryDraw
from tests import factories
from tests.quizzes.conftest import answer, open_take, take_url
from tests.quizzes.test_authoring import quiz_data

pytestmark = pytest.mark.django_db


class TestQuestionCountOnTheStartPage:
    """Defect 1: a quiz of random draws said "0 questions."; one serving 6 said "2 questions"."""

    def test_a_quiz_made_only_of_random_draws_counts_what_an_attempt_will_hold(self, client, trainee):
        category = factories.QuizCategoryFactory()
        for _ in range(5):
            factories.QuestionFactory(kind="true_false", category=category)
        quiz = factories.QuizFactory()
        QuizCategoryDraw.objects.create(quiz=quiz, category=category, count=3)
        client.force_login(trainee)
        assert "3 questions." in client.get(quiz.get_absolute_url()).content.decode()

    def test_fixed_questions_and_draws_are_counted_together(self, client, trainee):
        category = factories.QuizCategoryFactory()
        for _ in range(6):
            factories.QuestionFactory(kind="true_false", category=category)
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        QuizCategoryDraw.objects.create(quiz=quiz, category=category, count=4)
        client.force_login(trainee)
        assert "6 questions." in client.get(quiz.get_absolute_url()).content.decode()
        attempt = taking.start_or_resume(quiz, user=trainee)
        assert attempt.slots.count() == 6


class TestSlugCase:
    """Defect 2: a slug typed with capitals gave a server error on save."""

    def test_a_reserved_slug_in_capitals_is_a_form_error(self, client, editor):
        client.force_login(editor)
        response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data(slug="Marking", draft="on"))
        assert response.status_code == 200
        assert "is the address of another page" in response.content.decode()
        assert not Quiz.objects.exists()

    def test_an_existing_slug_in_other_case_is_a_form_error(self, client, editor):
        factories.QuizFactory(slug="chain-analysis-check")
        client.force_login(editor)
        response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data(slug="Chain-Analysis-Check", draft="on"))
        assert response.status_code == 200
        assert "already exists" in response.content.decode()

    def test_a_slug_in_capitals_is_saved_in_lower_case(self, client, editor):
        client.force_login(editor)
        response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data(slug="Chain-Check", draft="on"))
        assert response.status_code == 302
        assert Quiz.objects.get().slug == "chain-check"


class TestDeletingAQuizWithAttempts:
    """Defect 3: "referenced 0 times", then a server error; singly and in bulk."""

    def test_the_delete_page_says_what_holds_the_quiz_and_offers_a_draft(self, client, trainee):
        quiz = factories.make_quiz()
        factories.finished_attempt(trainee, quiz)
        admin = factories.AdminFactory()
        client.force_login(admin)
        url = f"/admin/snippets/quizzes/quiz/delete/{quiz.pk}/"
        html = client.get(url).content.decode()
        assert "1 attempt" in html
        assert "draft" in html.lower()
        response = client.post(url)
        assert response.status_code == 409
        assert Quiz.objects.filter(pk=quiz.pk).exists()
        response = client.post("/admin/quizzes/make-draft/", {"id": quiz.pk})
        assert response.status_code == 302
        quiz.refresh_from_db()
        assert quiz.draft

    def test_bulk_delete_of_quizzes_with_attempts_refuses_without_an_error(self, client, trainee):
        held, free = factories.make_quiz(), factories.QuizFactory()
        factories.finished_attempt(trainee, held)
        client.force_login(factories.AdminFactory())
        url = "/admin/bulk/quizzes/quiz/delete/"
        query = f"?id={held.pk}&id={free.pk}"
        assert "holds 1 attempt" in client.get(url + query).content.decode()
        response = client.post(url + query)
        assert response.status_code == 409
        assert "holds 1 attempt" in response.content.decode()
        assert Quiz.objects.filter(pk__in=[held.pk, free.pk]).count() == 2


class TestPassCheck:
    """Defect 12: 89.5 % passed a 90 % mark, because the rounded percentage was compared."""

    def test_the_unrounded_percentage_is_compared(self):
        assert scoring.has_passed(Decimal("89.5"), 90) is False
        assert scoring.has_passed(Decimal("90"), 90) is True

    def test_an_attempt_at_two_thirds_fails_a_67_percent_mark_over_http(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"] * 3, pass_mark=67)
        client.force_login(trainee)
        for value in ("true", "true", "false"):
            answer(client, quiz, value)
        attempt = Attempt.objects.get(user=trainee, quiz=quiz)
        assert attempt.percent_display == 67 and attempt.passed is False


class TestNoAttemptLeft:
    """Defect 17: "Start the quiz" showed when every attempt was used."""

    def test_the_start_page_says_why_and_what_to_do(self, client, trainee):
        quiz = factories.make_quiz(max_attempts=1)
        factories.finished_attempt(trainee, quiz)
        client.force_login(trainee)
        html = client.get(quiz.get_absolute_url()).content.decode()
        assert "Start the quiz" not in html
        assert "You may take this quiz only once, and you have used your attempt" in html
        assert "supervisor" in html


class TestClosingTime:
    """Defect 5: an attempt open at the closing time kept accepting answers."""

    def test_an_answer_after_the_close_is_not_recorded_and_the_attempt_is_finished(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"])
        client.force_login(trainee)
        open_take(client, quiz)
        Quiz.objects.filter(pk=quiz.pk).update(available_until=timezone.now() - datetime.timedelta(minutes=1))
        attempt = Attempt.objects.get(user=trainee, quiz=quiz)
        slot = attempt.slots.get(position=1)
        response = client.post(take_url(quiz), {"position": 1, "sequence": 0, "answer": "true"}, follow=True)
        assert "closed" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED
        assert not Answer.objects.filter(slot=slot).exists()

    def test_a_time_limit_never_runs_past_the_close(self, trainee):
        closes = timezone.now() + datetime.timedelta(minutes=10)
        quiz = factories.make_quiz(time_limit=60, available_until=closes)
        attempt = taking.start_or_resume(quiz, user=trainee)
        assert attempt.deadline == closes

    def test_after_close_review_needs_a_closing_date(self, client, editor):
        client.force_login(editor)
        response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data(reveal_answers="after_close", draft="on"))
        assert response.status_code == 200
        assert "needs a closing time" in response.content.decode()


class TestEssayInAnOpenQuiz:
    """Defect 8: an essay in a quiz open to visitors can never be marked."""

    def test_the_quiz_form_refuses_an_essay_with_visitors_allowed(self, client, editor):
        from wagtail.test.utils.form_data import inline_formset

        essay = factories.QuestionFactory(kind="essay")
        client.force_login(editor)
        data = quiz_data(allow_anonymous="on", quiz_questions=inline_formset([{"question": essay.pk}]))
        response = client.post("/admin/snippets/quizzes/quiz/add/", data)
        assert response.status_code == 200
        assert "cannot be marked" in response.content.decode()
        assert not Quiz.objects.exists()


class TestDerivedMultipleResponseWeights:
    """Defect 11: with 3 right and 1 wrong option, ticking everything scored 67 %."""

    def test_ticking_every_option_scores_nothing(self):
        snapshot = {
            "kind": "mc_multiple",
            "points": "3",
            "options": [
                {"id": 1, "correct": True, "weight": "0"},
                {"id": 2, "correct": True, "weight": "0"},
                {"id": 3, "correct": True, "weight": "0"},
                {"id": 4, "correct": False, "weight": "0"},
            ],
        }
        assert scoring.mark_answer(snapshot, {"options": [1, 2, 3, 4]}).points == Decimal("0")
        assert scoring.mark_answer(snapshot, {"options": [1, 2, 3]}).points == Decimal("3")
        assert scoring.mark_answer(snapshot, {"options": [1, 2]}).points == Decimal("2")


class TestCsvEntities:
    """Defect 18: CSV question export wrote HTML entities ("therapist&#x27;s")."""

    def test_the_export_has_plain_text(self, client, editor):
        from quizzes.interchange.common import as_rich_text

        explanation = as_rich_text("It's “not-knowing”.\n\nSay \"I'm not sure\".")
        factories.QuestionFactory(content="What is the therapist's stance?", explanation=explanation)
        client.force_login(editor)
        body = client.get("/admin/quizzes/export/", {"format": "csv"}).content.decode()
        assert "&#x27;" not in body and "&quot;" not in body
        assert 'It\'s “not-knowing”.\n\nSay ""I\'m not sure"".' in body.replace("\r\n", "\n")


class TestOverdueAttemptsAreClosedOnSchedule:
    """Defect 4: an attempt past its time limit stayed "in progress" until the trainee came back."""

    def test_the_scheduled_task_finishes_overdue_attempts_with_what_was_answered(self, client, trainee):
        from django.core.management import call_command

        quiz = factories.make_quiz(kinds=["true_false", "true_false"], time_limit=10)
        client.force_login(trainee)
        answer(client, quiz, "true")
        attempt = Attempt.objects.get(user=trainee, quiz=quiz)
        on_time = factories.make_quiz(kinds=["true_false"], time_limit=10)
        open_take(client, on_time)
        Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=2))

        call_command("close_overdue_attempts", stdout=io.StringIO())

        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED and attempt.timed_out
        assert attempt.score == 1 and attempt.percent == 50
        assert Attempt.objects.get(user=trainee, quiz=on_time).status == AttemptStatus.IN_PROGRESS
        html = client.get(attempt.get_absolute_url()).content.decode()
        assert "You scored 1 out of 2 points" in html

    def test_an_attempt_open_at_the_close_is_finished_by_the_task(self, trainee):
        from quizzes.tasks import close_overdue_attempts

        quiz = factories.make_quiz(kinds=["true_false"])
        attempt = taking.start_or_resume(quiz, user=trainee)
        Quiz.objects.filter(pk=quiz.pk).update(available_until=timezone.now() - datetime.timedelta(minutes=1))
        assert close_overdue_attempts.enqueue().return_value == 1
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.FINISHED


class TestQuestionChooserSearch:
    """Defect 14: the question chooser's search missed questions the question list finds ("Vacation", "W1")."""

    def test_the_chooser_finds_what_the_list_finds(self, client, editor):
        factories.QuestionFactory(title="X5 Vacation rupture", content="Which MBT micro-tool is most useful here?")
        factories.QuestionFactory(title="W1 Roots", content="Which tradition does MBT grow out of?")
        factories.QuestionFactory(title="D2 Modes", content="What are the four modes?", vignette="After the vacation…")
        client.force_login(editor)
        for term, expected in (("Vacation", 2), ("W1", 1), ("micro-tool", 1)):
            listed = client.get("/admin/snippets/quizzes/question/", {"q": term}).context["page_obj"].object_list
            chosen = client.get("/admin/snippets/choose/quizzes/question/results/", {"q": term})
            assert chosen.status_code == 200
            assert len(listed) == expected
            assert {q.pk for q in chosen.context["results"]} == {q.pk for q in listed}, term


class TestCsvRoundTrip:
    """Defect 10: CSV export dropped option weights and feedback, so a CSV round trip changed scoring."""

    def test_weights_and_option_feedback_survive_export_and_import(self, client, editor):
        from quizzes.interchange import csv_format
        from quizzes.models import Question

        question = factories.QuestionFactory(
            kind="mc_multiple", content="Which are MBT dimensions?", options=[("Self – other", True), ("Past", False)]
        )
        first, second = question.options.order_by("sort_order")
        first.weight, first.feedback = Decimal("100"), "Yes."
        second.weight, second.feedback = Decimal("-33.3333333"), "No: that is not one."
        first.save()
        second.save()
        client.force_login(editor)
        body = client.get("/admin/quizzes/export/", {"format": "csv"}).content.decode()
        [item] = csv_format.parse(body)
        assert [(o.text, o.weight, o.feedback) for o in item.options] == [
            ("Self – other", Decimal("100"), "Yes."),
            ("Past", Decimal("-33.3333333"), "No: that is not one."),
        ]
        assert Question.objects.count() == 1

    def test_a_bad_weight_is_reported_by_line(self):
        from quizzes.interchange import csv_format
        from quizzes.interchange.common import BadImport

        text = "type,question,options,correct,weights\nmc_multiple,Q?,A|B,1,100|lots\n"
        with pytest.raises(BadImport) as error:
            csv_format.parse(text)
        assert error.value.errors[0][0] == 2 and "weights" in error.value.errors[0][1]


class TestDuplicateImports:
    """Defect 13: importing the same GIFT file twice duplicated every question; an attempt drew one twice."""

    def post(self, client, text, duplicates=None):
        data = {"format": "gift", "text": text}
        if duplicates:
            data["duplicates"] = duplicates
        return client.post("/admin/quizzes/import/", data, follow=True)

    def test_a_second_import_skips_what_is_already_in_the_category(self, client, editor):
        from pathlib import Path

        from quizzes.models import Question

        text = (Path(__file__).parent / "fixtures" / "one_question.gift").read_text()
        client.force_login(editor)
        self.post(client, text)
        html = self.post(client, text).content.decode()
        assert Question.objects.count() == 1
        assert "1 already in the bank, skipped" in html

    def test_the_editor_may_replace_them_instead(self, client, editor):
        from pathlib import Path

        from quizzes.models import Question

        text = (Path(__file__).parent / "fixtures" / "one_question.gift").read_text()
        client.force_login(editor)
        self.post(client, text)
        original = Question.objects.get()
        self.post(client, text.replace("#Yes.", "#Yes: curious and tentative."), duplicates="replace")
        question = Question.objects.get()
        assert question.pk == original.pk
        assert question.options.get(correct=True).feedback == "Yes: curious and tentative."

    def test_a_draw_never_holds_one_question_twice(self, trainee):
        category = factories.QuizCategoryFactory()
        for _ in range(2):
            factories.QuestionFactory(kind="true_false", category=category, content="MBT runs 18 months.")
        factories.QuestionFactory(kind="true_false", category=category, content="DBT runs 12 months.")
        quiz = factories.QuizFactory()
        QuizCategoryDraw.objects.create(quiz=quiz, category=category, count=3)
        for _ in range(5):
            attempt = taking.start_or_resume(quiz, user=trainee)
            contents = [slot.snapshot["content"] for slot in attempt.slots.all()]
            assert sorted(contents) == ["DBT runs 12 months.", "MBT runs 18 months."]
            taking.finish(attempt)
