"""Feedback (issue 16): overall feedback by grade bands on the result page, and per question feedback on a right,
a partly right and a wrong answer."""

import pytest
from wagtail.test.utils.form_data import inline_formset

from quizzes.interchange import csv_format
from quizzes.interchange.common import save_questions
from quizzes.models import Attempt, Question, Quiz, QuizFeedbackBand
from quizzes.questions import take_snapshot
from tests import factories
from tests.quizzes.conftest import answer
from tests.quizzes.test_authoring import quiz_data
from tests.quizzes.test_spot_the_technique import clip, spot_quiz  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def banded_quiz(questions=3):
    quiz = factories.make_quiz(kinds=["true_false"] * questions, reveal_answers="at_end")
    for bound, text in ((0, "Go back over the module first."), (60, "Good: most of it holds."), (90, "Excellent.")):
        QuizFeedbackBand.objects.create(quiz=quiz, lower_bound=bound, text=text)
    return quiz


def result_after(client, quiz, answers):
    for value in answers:
        answer(client, quiz, value)
    attempt = Attempt.objects.filter(quiz=quiz).latest("pk")
    return attempt, client.get(attempt.get_absolute_url()).content.decode()


class TestGradeBands:
    @pytest.mark.parametrize(
        ("answers", "shown", "not_shown"),
        [
            (["false", "false", "false"], "Go back over the module first.", "Good: most of it holds."),
            (["true", "true", "false"], "Good: most of it holds.", "Excellent."),
            (["true", "true", "true"], "Excellent.", "Good: most of it holds."),
        ],
    )
    def test_the_result_page_shows_the_band_the_result_reaches(self, client, trainee, answers, shown, not_shown):
        quiz = banded_quiz()
        client.force_login(trainee)
        _, html = result_after(client, quiz, answers)
        assert "Feedback on your result" in html and shown in html and not_shown not in html

    def test_the_band_compares_the_unrounded_result(self, client, trainee):
        quiz = banded_quiz(questions=3)
        QuizFeedbackBand.objects.filter(lower_bound=60).update(lower_bound=66.67)
        client.force_login(trainee)
        attempt, html = result_after(client, quiz, ["true", "true", "false"])  # 66.666…%, shown as 67 %
        assert attempt.percent_display == 67 and "Go back over the module first." in html

    def test_no_band_while_an_essay_awaits_marking_and_none_without_bands(self, client, trainee):
        quiz = factories.make_quiz(kinds=["essay"])
        QuizFeedbackBand.objects.create(quiz=quiz, lower_bound=0, text="Any result at all.")
        client.force_login(trainee)
        _, html = result_after(client, quiz, ["My essay."])
        assert "Any result at all." not in html
        plain = factories.make_quiz(kinds=["true_false"])
        _, html = result_after(client, plain, ["true"])
        assert "data-overall-feedback" not in html

    def test_editors_set_bands_in_the_quiz_admin_and_two_at_one_bound_are_refused(self, client, editor):
        question = factories.QuestionFactory()
        client.force_login(editor)
        bands = [{"lower_bound": "0", "text": "Revisit."}, {"lower_bound": "80", "text": "Well done."}]
        data = quiz_data(
            quiz_questions=inline_formset([{"question": question.pk}]), feedback_bands=inline_formset(bands)
        )
        assert client.post("/admin/snippets/quizzes/quiz/add/", data).status_code == 302
        assert sorted(Quiz.objects.get().feedback_bands.values_list("lower_bound", "text")) == [
            (0, "Revisit."),
            (80, "Well done."),
        ]
        twice = quiz_data(
            title="Another",
            quiz_questions=inline_formset([{"question": question.pk}]),
            feedback_bands=inline_formset([{"lower_bound": "50", "text": "A"}, {"lower_bound": "50", "text": "B"}]),
        )
        html = client.post("/admin/snippets/quizzes/quiz/add/", twice).content.decode()
        assert "Two overall feedback bands start at the same percentage" in html
        data = quiz_data(
            title="Third",
            quiz_questions=inline_formset([{"question": question.pk}]),
            feedback_bands=inline_formset([{"lower_bound": "101", "text": "Too high"}]),
        )
        assert (
            "Ensure this value is less than or equal to 100"
            in client.post("/admin/snippets/quizzes/quiz/add/", data).content.decode()
        )
        assert Quiz.objects.count() == 1

    def test_the_preview_shows_the_band_too(self, client, editor):
        quiz = banded_quiz(questions=1)
        client.force_login(editor)
        html = client.post(f"/admin/quizzes/preview/quiz/{quiz.pk}/", {"seed": "3", "q1-answer": "true"}).content
        assert "Excellent." in html.decode()


class TestPerQuestionFeedback:
    def question(self, quiz):
        return factories.QuestionFactory(
            kind="mc_multiple",
            content="Which belong to an MBT-G session?",
            options=[("Chairs in a circle", True), ("An agenda", True), ("A lecture", False)],
            correct_feedback="Right: both belong.",
            partial_feedback="Partly: one of them belongs, and so does the other.",
            incorrect_feedback="Not yet: a lecture is not MBT-G.",
            quizzes=[quiz],
        )

    @pytest.mark.parametrize(
        ("ticked", "shown"),
        [
            (["Chairs in a circle", "An agenda"], "Right: both belong."),
            (["Chairs in a circle"], "Partly: one of them belongs"),
            (["A lecture"], "Not yet: a lecture is not MBT-G."),
        ],
    )
    def test_right_partly_right_and_wrong_each_get_their_own(self, client, trainee, ticked, shown):
        quiz = factories.QuizFactory(reveal_answers="at_end")
        question = self.question(quiz)
        client.force_login(trainee)
        ids = [question.options.get(text=text).pk for text in ticked]
        _, html = result_after(client, quiz, [ids])
        others = {"Right: both belong.", "Partly: one of them belongs", "Not yet: a lecture is not MBT-G."} - {shown}
        assert shown in html and not any(other in html for other in others)

    def test_the_feedback_travels_in_csv(self):
        quiz = factories.QuizFactory()
        self.question(quiz)
        [again] = csv_format.parse(csv_format.export(Question.objects.all()))
        assert (again.correct_feedback, again.partial_feedback, again.incorrect_feedback) == (
            "Right: both belong.",
            "Partly: one of them belongs, and so does the other.",
            "Not yet: a lecture is not MBT-G.",
        )
        save_questions([again])
        assert Question.objects.latest("pk").partial_feedback.startswith("Partly")

    def test_the_question_form_has_the_three_feedbacks(self, client, editor):
        client.force_login(editor)
        html = client.get("/admin/snippets/quizzes/question/add/").content.decode()
        for name in ("correct_feedback", "partial_feedback", "incorrect_feedback"):
            assert f'name="{name}"' in html


class TestSnapshotsKeepEverythingBesideFeedback:
    """The snapshot dropped an essay's rubric and a clip's video when the question had feedback."""

    def test_an_essay_with_feedback_keeps_its_rubric(self):
        essay = factories.QuestionFactory(
            kind="essay", rubric="Names the mode\nOffers validation", correct_feedback="x"
        )
        assert take_snapshot(essay, None)["rubric"] == ["Names the mode", "Offers validation"]

    def test_a_spot_question_with_feedback_keeps_its_clip(self, spot_quiz):  # noqa: F811
        question = spot_quiz.quiz_questions.first().question
        question.incorrect_feedback = "Watch the therapist's hands."
        question.save()
        import random

        snap = take_snapshot(question, random.Random(1))
        assert snap["video"]["title"] == "Role-play" and snap["incorrect_feedback"] == "Watch the therapist's hands."
