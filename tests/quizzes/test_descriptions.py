"""Descriptions (issue 16, Moodle's GIFT files): a titled text with no answer block is a Moodle "description" item.

It is imported instead of refusing the file, shown to the trainee before the question it introduces, and never
scored or counted as a question.
"""

import pytest

from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import save_questions
from quizzes.models import Attempt, Question, QuizQuestion
from tests import factories
from tests.quizzes.conftest import answer, start, take_url

pytestmark = pytest.mark.django_db

BANK = """::Intro:: [markdown]Read the **vignette** first: a client cancels twice.

::First:: The first question? {T}

::Second:: The second question? {F}

::Closing:: That was the last question.
"""


def import_into_quiz(client, editor, quiz, text=BANK, fmt="gift"):
    client.force_login(editor)
    return client.post(
        "/admin/quizzes/import/", {"format": fmt, "text": text, "quiz": quiz.pk, "partial": "on"}, follow=True
    )


def test_a_gift_description_is_imported_into_the_quiz_not_refused(client, editor):
    quiz = factories.QuizFactory()
    html = import_into_quiz(client, editor, quiz).content.decode()
    assert "Imported 4 questions." in html and "Not imported" not in html
    intro = Question.objects.get(title="Intro")
    assert (intro.kind, intro.text_format) == ("description", "markdown")
    assert intro.content == "Read the **vignette** first: a client cancels twice."
    assert quiz.quiz_questions.count() == 4


def test_the_trainee_reads_the_description_before_its_question_and_it_scores_nothing(client, editor, trainee):
    quiz = factories.QuizFactory()
    import_into_quiz(client, editor, quiz)
    client.force_login(trainee)
    assert "2 questions" in client.get(quiz.get_absolute_url()).content.decode()
    start(client, quiz)
    html = client.get(take_url(quiz)).content.decode()
    assert "Question 1 of 2" in html
    assert "Read the <strong>vignette</strong> first" in html
    assert html.index("Read the <strong>vignette</strong>") < html.index("The first question?")
    answer(client, quiz, "true")
    html = client.get(take_url(quiz)).content.decode()
    assert "Question 2 of 2" in html and "vignette" not in html
    assert html.index("The second question?") < html.index("That was the last question.")
    answer(client, quiz, "false")
    attempt = Attempt.objects.get(user=trainee)
    assert (attempt.status, attempt.score, attempt.max_score, attempt.percent) == ("finished", 2, 2, 100)
    assert attempt.slots.count() == 2


def test_a_description_is_shown_on_a_page_of_a_quiz_taken_freely(client, trainee):
    quiz = factories.QuizFactory(navigation="free", questions_per_page=0)
    intro = factories.QuestionFactory(kind="description", content="Three questions on validation follow.")
    question = factories.QuestionFactory(kind="true_false", content="Validation is agreement?")
    for order, item in enumerate((intro, question)):
        QuizQuestion.objects.create(quiz=quiz, question=item, sort_order=order)
    client.force_login(trainee)
    start(client, quiz)
    html = client.get(take_url(quiz)).content.decode()
    assert "Three questions on validation follow." in html and "Question 1 of 1" in html


def test_random_draws_never_draw_a_description(trainee):
    from quizzes.models import QuizCategoryDraw
    from quizzes.taking import draw_questions

    category = factories.QuizCategoryFactory(name="Validation")
    factories.QuestionFactory(kind="description", content="Not a question.", category=category)
    asked = factories.QuestionFactory(kind="true_false", content="A question?", category=category)
    quiz = factories.QuizFactory()
    QuizCategoryDraw.objects.create(quiz=quiz, category=category, count=2)
    assert [q.pk for q in draw_questions(quiz)] == [asked.pk]


def test_a_description_goes_out_in_gift_and_csv_and_comes_back():
    save_questions(gift.parse(BANK))
    questions = Question.objects.prefetch_related("options").order_by("pk")
    exported = gift.export(questions)
    assert "::Intro::[markdown]Read the **vignette** first\\: a client cancels twice.\n" in exported
    again = [item for item in gift.parse(exported) if item.kind == "description"]
    assert [(d.title, d.content, d.text_format) for d in again] == [
        ("Intro", "Read the **vignette** first: a client cancels twice.", "markdown"),
        ("Closing", "That was the last question.", "plain"),
    ]
    rows = [item for item in csv_format.parse(csv_format.export(questions)) if item.kind == "description"]
    assert [(d.content, d.text_format) for d in rows] == [(d.content, d.text_format) for d in again]


def test_a_titled_description_without_text_is_listed_by_its_line(client, editor):
    client.force_login(editor)
    response = client.post("/admin/quizzes/import/", {"format": "gift", "text": "Fine? {T}\n\n::Empty::\n"})
    html = response.content.decode()
    assert "Line 3: the description has no text" in html
    assert not Question.objects.exists()


def test_an_editor_previews_a_quiz_with_its_description_and_a_description_alone(client, editor):
    quiz = factories.QuizFactory()
    import_into_quiz(client, editor, quiz)
    html = client.get(f"/admin/quizzes/preview/quiz/{quiz.pk}/").content.decode()
    assert "Read the <strong>vignette</strong> first" in html and "That was the last question." in html
    intro = Question.objects.get(title="Intro")
    response = client.post(f"/admin/quizzes/preview/question/{intro.pk}/", {"seed": "7"})
    assert response.status_code == 200
    assert "Read the <strong>vignette</strong> first" in response.content.decode()
    assert response.context["result"].max_score == 0
