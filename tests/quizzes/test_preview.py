"""Editors preview a quiz and a single question (issue 16): marked "Preview", as a trainee would meet it, and
nothing recorded: no attempt, so nothing in reports, statistics, completion or attempt counts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import Answer, Attempt, AttemptSlot
from quizzes.signals import attempt_scored
from tests import factories
from tests.quizzes.test_spot_the_technique import VTT, clip, spot_quiz  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def quiz_url(quiz):
    return f"/admin/quizzes/preview/quiz/{quiz.pk}/"


def question_url(question):
    return f"/admin/quizzes/preview/question/{question.pk}/"


def seed_of(html):
    return re.search(r'name="seed" value="(\d+)"', html).group(1)


# Sessions, and the profile Wagtail makes on a user's first admin page, are not the preview's writes.
NOT_THE_PREVIEWS = ("django_session", "wagtailusers_userprofile")


def writes(queries):
    return [
        q["sql"]
        for q in queries
        if re.match(r"\s*(INSERT|UPDATE|DELETE)", q["sql"]) and not any(table in q["sql"] for table in NOT_THE_PREVIEWS)
    ]


@pytest.fixture
def quiz(db):
    quiz = factories.QuizFactory(title="Stance check", pass_mark=50, success_text="Well done.", reveal_answers="never")
    factories.QuestionFactory(
        content="Which shows not-knowing?",
        options=[("Curious question", True), ("Interpretation", False)],
        quizzes=[quiz],
    )
    factories.QuestionFactory(kind="true_false", content="MBT runs 18 months.", is_true=True, quizzes=[quiz])
    factories.QuestionFactory(kind="essay", content="Describe a rupture.", quizzes=[quiz])
    return quiz


class TestQuizPreview:
    def test_the_page_is_marked_preview_shows_every_question_and_no_key(self, client, editor, quiz):
        client.force_login(editor)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(quiz_url(quiz))
        html = response.content.decode()
        assert response.status_code == 200
        assert "<strong>Preview</strong>" in html and "Nothing is recorded" in html and "Preview: Stance check" in html
        for text in ("Which shows not-knowing?", "MBT runs 18 months.", "Describe a rupture."):
            assert text in html
        assert "correct answer" not in html.lower()
        assert not writes(queries) and not Attempt.objects.exists()

    def test_checking_the_answers_scores_them_shows_the_review_and_records_nothing(self, client, editor, quiz):
        client.force_login(editor)
        html = client.get(quiz_url(quiz)).content.decode()
        right = quiz.quiz_questions.get(question__kind="mc_single").question.options.get(correct=True)
        scored = []
        attempt_scored.connect(lambda **kwargs: scored.append(kwargs), weak=False, dispatch_uid="preview-test")
        try:
            with CaptureQueriesContext(connection) as queries:
                response = client.post(
                    quiz_url(quiz), {"seed": seed_of(html), "q1-answer": right.pk, "q2-answer": "false"}
                )
        finally:
            attempt_scored.disconnect(dispatch_uid="preview-test")
        html = response.content.decode()
        assert response.status_code == 200 and "Result of this preview" in html
        assert "1 out of 3 points: 33%." in html
        assert "Curious question <strong>(correct answer)</strong> <em>(your choice)</em>" in html
        assert "not correct" in html  # the true/false answered wrongly
        assert "(not answered)" in html  # the essay
        assert not writes(queries) and not scored
        assert not (Attempt.objects.exists() or AttemptSlot.objects.exists() or Answer.objects.exists())

    def test_the_check_shows_the_questions_and_options_in_the_order_they_were_asked(self, client, editor):
        quiz = factories.QuizFactory(random_order=True)
        for n in range(8):
            factories.QuestionFactory(
                content=f"Q-{n}?",
                answer_order="random",
                options=[(f"Opt-a{n}", True), (f"Opt-b{n}", False), (f"Opt-c{n}", False)],
                quizzes=[quiz],
            )
        client.force_login(editor)
        asked = client.get(quiz_url(quiz)).content.decode()
        checked = client.post(quiz_url(quiz), {"seed": seed_of(asked)}).content.decode()
        order = re.compile(r"Q-\d\?|Opt-[abc]\d")
        marker = 'name="seed"'  # the preview's own form, after the review of the check
        asked_order = order.findall(asked[asked.index(marker) :])
        assert len(asked_order) == 32 and order.findall(checked[checked.index(marker) :]) == asked_order

    def test_a_trainees_attempt_counts_are_untouched(self, client, editor, trainee, quiz):
        factories.finished_attempt(trainee, quiz)
        client.force_login(editor)
        html = client.get(quiz_url(quiz)).content.decode()
        client.post(quiz_url(quiz), {"seed": seed_of(html), "q2-answer": "true"})
        assert Attempt.objects.count() == 1 and Attempt.objects.get().user == trainee

    def test_a_bad_seed_or_answer_is_no_server_error(self, client, editor, quiz):
        client.force_login(editor)
        for seed in ("", "-1", "99999999999999999999", "x\x00"):
            assert client.post(quiz_url(quiz), {"seed": seed, "q1-answer": "no-such-option"}).status_code == 200
        assert client.get(f"/admin/quizzes/preview/quiz/{quiz.pk + 1000}/").status_code == 404

    def test_the_quiz_list_and_the_quiz_page_offer_the_preview(self, client, editor, quiz):
        client.force_login(editor)
        assert quiz_url(quiz) in client.get("/admin/snippets/quizzes/quiz/").content.decode()
        assert quiz_url(quiz) in client.get(quiz.get_absolute_url()).content.decode()

    def test_a_question_that_cannot_be_asked_says_why(self, client, editor):
        question = factories.QuestionFactory(content="Lonely?", options=[("Only", True)])
        client.force_login(editor)
        html = client.get(question_url(question)).content.decode()
        assert "problems to fix" in html and "Check the answers" not in html


class TestQuestionPreview:
    def test_one_question_is_previewed_and_checked_with_its_feedback(self, client, editor):
        question = factories.QuestionFactory(
            kind="true_false",
            content="DBT skills groups run weekly.",
            is_true=True,
            correct_feedback="Right: weekly, about 2.5 hours.",
            incorrect_feedback="No: they run weekly.",
        )
        client.force_login(editor)
        html = client.get(question_url(question)).content.decode()
        assert "DBT skills groups run weekly." in html and "<strong>Preview</strong>" in html
        html = client.post(question_url(question), {"seed": seed_of(html), "q1-answer": "false"}).content.decode()
        assert "No: they run weekly." in html and "Right: weekly" not in html
        assert not Attempt.objects.exists()

    def test_a_spot_the_technique_question_plays_its_clip_with_captions(self, client, editor, spot_quiz):  # noqa: F811
        question = spot_quiz.quiz_questions.first().question
        client.force_login(editor)
        html = client.get(question_url(question)).content.decode()
        captions = f"/admin/quizzes/preview/question/{question.pk}/captions/"
        assert "<video" in html and f'src="{captions}"' in html
        response = client.get(captions)
        assert response["Content-Type"].startswith("text/vtt") and response.content.decode() == VTT

    def test_the_question_list_offers_the_preview(self, client, editor):
        question = factories.QuestionFactory()
        client.force_login(editor)
        assert question_url(question) in client.get("/admin/snippets/quizzes/question/").content.decode()


@pytest.mark.parametrize("role", ["trainee", "supervisor", "reviewer"])
def test_only_editors_and_administrators_preview(client, request, role, quiz, admin_user):
    question = quiz.quiz_questions.first().question
    urls = [quiz_url(quiz), question_url(question), question_url(question) + "captions/"]
    client.force_login(request.getfixturevalue(role))
    for url in urls:
        assert client.get(url).status_code in (302, 403), (role, url)
        assert client.post(url, {"seed": "1"}).status_code in (302, 403), (role, url)
    client.force_login(admin_user)
    assert client.get(urls[0]).status_code == 200


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_preview_costs_the_same_for_1_and_100_questions(client, editor, django_assert_max_num_queries, method):
    small, large = factories.QuizFactory(), factories.QuizFactory()
    factories.QuestionFactory(quizzes=[small])
    for _ in range(100):
        factories.QuestionFactory(quizzes=[large])
    client.force_login(editor)
    call = getattr(client, method)
    with CaptureQueriesContext(connection) as baseline:
        assert call(quiz_url(small), {"seed": "7"}).status_code == 200
    with django_assert_max_num_queries(len(baseline)):
        assert call(quiz_url(large), {"seed": "7"}).status_code == 200
