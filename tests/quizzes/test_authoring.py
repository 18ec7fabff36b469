"""Spec 3.10 (authoring) and the admin side of section (d): editors work in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from quizzes.models import Question, Quiz, QuizQuestion
from tests import factories
from tests.courses.factories import ModulePageFactory, make_curriculum

pytestmark = pytest.mark.django_db


def question_data(quizzes=(), options=(), **fields):
    data = {
        "kind": "mc_single",
        "points": "1",
        "title": "",
        "category": "",
        "vignette": "",
        "content": "Which stance is MBT's?",
        "figure": "",
        "figure_alt": "",
        "explanation": rich_text("<p>Not-knowing.</p>"),
        "answer_order": "none",
        "text_format": "plain",
        "is_true": "on",
        "rubric": "",
        "video": "",
        "captions": "",
        "technique": "",
        "moment": "",
        "tolerance": "3",
        "options": inline_formset(
            [
                {
                    "text": text,
                    "correct": "on" if correct else "",
                    "weight": "0",
                    "feedback": "",
                    "tolerance": "0",
                    "match": "",
                }
                for text, correct in options
            ]
        ),
        **fields,
    }
    form = nested_form_data(data)
    if quizzes:
        form["quizzes"] = [str(q.pk) for q in quizzes]
    return form


def test_editors_group_may_author_quizzes_but_not_see_attempts():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.filter(content_type__app_label="quizzes").values_list("codename", flat=True))
    for model in ("quiz", "question", "category", "answeroption"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"} <= codenames
    assert not {c for c in codenames if "attempt" in c or c.endswith("_answer") or "marking" in c}


def test_the_marking_permission_is_granted_to_supervisors_only():
    holders = Group.objects.filter(permissions__codename="mark_attempt").values_list("name", flat=True)
    assert list(holders) == ["Supervisors"]


def test_editor_sees_quizzes_and_question_bank_in_the_admin(client, editor):
    client.force_login(editor)
    assert client.get("/admin/snippets/quizzes/quiz/").status_code == 200
    assert client.get("/admin/snippets/quizzes/question/").status_code == 200
    assert client.get("/admin/snippets/quizzes/category/").status_code == 200
    assert client.get("/admin/snippets/quizzes/quiz/add/").status_code == 200


def test_question_list_filters_by_type_and_searches_content(client, editor):
    factories.QuestionFactory(kind="true_false", content="Diary cards track urges")
    factories.QuestionFactory(kind="essay", content="Describe stop-rewind-explore")
    client.force_login(editor)
    html = client.get("/admin/snippets/quizzes/question/", {"kind": "essay"}).content.decode()
    assert "Describe stop-rewind-explore" in html and "Diary cards track urges" not in html
    html = client.get("/admin/snippets/quizzes/question/", {"q": "diary"}).content.decode()
    assert "Diary cards track urges" in html and "Describe stop-rewind-explore" not in html


def test_quiz_list_shows_the_modules_that_place_each_quiz(client, editor, django_assert_max_num_queries):
    tree = make_curriculum(modules=0)
    placed = factories.QuizFactory(title="Chain analysis check")
    factories.QuizFactory(title="Loose quiz")
    for title in ("Diary cards", "Chain analysis"):
        module = ModulePageFactory(
            parent=tree.course, title=title, body=[("quiz", {"quiz": placed, "heading": "Check"})]
        )
        module.save_revision().publish()
    module.unpublish()
    client.force_login(editor)
    with django_assert_max_num_queries(15):
        html = client.get("/admin/snippets/quizzes/quiz/").content.decode()
    row = html[html.index("Chain analysis check") :].split("</tr>")[0]
    assert ">Diary cards</a>" in row and ">Chain analysis</a> (not live)" in row
    assert "Not placed in a module" in html[html.index("Loose quiz") :].split("</tr>")[0]
    factories.QuizFactory.create_batch(60)
    with django_assert_max_num_queries(15):
        assert client.get("/admin/snippets/quizzes/quiz/").status_code == 200


def test_quiz_list_search_by_title_does_not_crash(client, editor):
    factories.QuizFactory(title="Validation levels", category=factories.QuizCategoryFactory(name="DBT"))
    client.force_login(editor)
    response = client.get("/admin/snippets/quizzes/quiz/", {"q": "valid"})
    assert response.status_code == 200 and "Validation levels" in response.content.decode()


def test_editor_creates_a_question_with_inline_options_attached_to_a_quiz_and_a_revision(client, editor):
    quiz = factories.QuizFactory()
    client.force_login(editor)
    data = question_data(quizzes=[quiz], options=[("Not-knowing", True), ("Expert", False)])
    response = client.post("/admin/snippets/quizzes/question/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(content="Which stance is MBT's?")
    assert list(question.options.values_list("text", "correct")) == [("Not-knowing", True), ("Expert", False)]
    assert QuizQuestion.objects.filter(quiz=quiz, question=question).exists()
    assert question.latest_revision is not None


def test_a_multiple_choice_question_without_options_is_refused_with_a_message(client, editor):
    client.force_login(editor)
    response = client.post("/admin/snippets/quizzes/question/add/", question_data(options=[]))
    assert response.status_code == 200
    assert "at least two options" in response.content.decode()
    assert not Question.objects.exists()


def test_a_multiple_choice_question_without_a_correct_option_is_refused(client, editor):
    client.force_login(editor)
    response = client.post("/admin/snippets/quizzes/question/add/", question_data(options=[("A", False), ("B", False)]))
    assert "Mark at least one option as correct" in response.content.decode()


def quiz_data(**fields):
    data = {
        "title": "Chain analysis check",
        "slug": "",
        "category": "",
        "description": "",
        "quiz_questions": inline_formset([]),
        "category_draws": inline_formset([]),
        "feedback_bands": inline_formset([]),
        "max_questions": "",
        "max_attempts": "0",
        "grading_method": "highest",
        "time_limit": "",
        "available_from": "",
        "available_until": "",
        "reveal_answers": "after_each",
        "pass_mark": "0",
        "success_text": "",
        "fail_text": "",
        **fields,
    }
    return nested_form_data(data)


def test_a_published_quiz_without_questions_is_refused_but_a_draft_is_saved(client, editor):
    client.force_login(editor)
    response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data())
    assert "needs at least one question" in response.content.decode()
    response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data(draft="on"))
    assert response.status_code == 302
    assert Quiz.objects.get().slug == "chain-analysis-check"


def test_editor_orders_questions_from_the_quiz_side(client, editor):
    first, second = factories.QuestionFactory(), factories.QuestionFactory()
    client.force_login(editor)
    data = quiz_data(quiz_questions=inline_formset([{"question": second.pk}, {"question": first.pk}]))
    response = client.post("/admin/snippets/quizzes/quiz/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = Quiz.objects.get()
    assert list(quiz.quiz_questions.order_by("sort_order").values_list("question_id", flat=True)) == [
        second.pk,
        first.pk,
    ]


def test_a_duplicate_slug_in_the_admin_is_a_form_error(client, editor):
    factories.QuizFactory(slug="chain-analysis-check")
    client.force_login(editor)
    response = client.post("/admin/snippets/quizzes/quiz/add/", quiz_data(slug="chain-analysis-check", draft="on"))
    assert response.status_code == 200
    assert "already exists" in response.content.decode()


def test_trainees_cannot_reach_the_quiz_admin(client, trainee):
    client.force_login(trainee)
    assert client.get("/admin/snippets/quizzes/quiz/").status_code in (302, 403)


def test_user_facing_strings_are_translatable():
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "quizzes" / "templates" / "quizzes"
    for template in templates.rglob("*.html"):
        assert "{% load i18n" in template.read_text(), template
