"""Spec 3.1: catalogue and navigation."""

import pytest
from django.core.exceptions import ValidationError

from quizzes.models import Quiz
from tests import factories
from tests.quizzes.conftest import open_take

pytestmark = pytest.mark.django_db


def test_index_lists_only_published_quizzes_with_category_flags_and_link(client):
    category = factories.QuizCategoryFactory(name="MBT")
    shown = factories.QuizFactory(title="Stance basics", category=category, exam_paper=True, single_attempt=True)
    factories.QuizFactory(title="Secret draft", draft=True)
    response = client.get("/quizzes/")
    html = response.content.decode()
    assert "Stance basics" in html and "Secret draft" not in html
    assert "MBT" in html and "Exam paper" in html and "Single attempt" in html
    assert shown.get_absolute_url() in html


def test_index_says_so_when_there_are_no_quizzes(client):
    assert "There are no quizzes yet." in client.get("/quizzes/").content.decode()


def test_category_index_lists_every_category_even_without_quizzes(client):
    factories.QuizCategoryFactory(name="DBT")
    empty = factories.QuizCategoryFactory(name="Cross-training")
    html = client.get("/quizzes/categories/").content.decode()
    assert "DBT" in html and "Cross-training" in html
    assert empty.get_absolute_url() in html


def test_category_page_lists_published_quizzes_of_the_category_and_404s_for_unknown(client):
    dbt = factories.QuizCategoryFactory(name="DBT")
    skills = factories.QuizCategoryFactory(name="Skills", parent=dbt)
    factories.QuizFactory(title="Chain analysis", category=dbt)
    factories.QuizFactory(title="TIP and STOP", category=skills)
    factories.QuizFactory(title="Draft one", category=dbt, draft=True)
    factories.QuizFactory(title="Other", category=factories.QuizCategoryFactory(name="MBT"))
    html = client.get(dbt.get_absolute_url()).content.decode()
    assert "Chain analysis" in html and "TIP and STOP" in html
    assert "Draft one" not in html and "Other" not in html
    assert client.get("/quizzes/categories/no-such-thing/").status_code == 404


def test_category_page_links_to_each_quizs_start_page(client):
    category = factories.QuizCategoryFactory(name="DBT")
    quiz = factories.QuizFactory(category=category)
    assert f'href="{quiz.get_absolute_url()}"' in client.get(category.get_absolute_url()).content.decode()


def test_start_page_shows_title_category_description_start_link_and_single_attempt_notice(client, trainee):
    quiz = factories.make_quiz(
        title="Validation levels",
        description="Six levels of validation.",
        single_attempt=True,
        category=factories.QuizCategoryFactory(name="DBT"),
    )
    client.force_login(trainee)
    html = client.get(quiz.get_absolute_url()).content.decode()
    for text in (
        "Validation levels",
        "DBT",
        "Six levels of validation.",
        quiz.get_start_url(),
        "Start the quiz",
        "only once",
    ):
        assert text in html


def test_a_draft_quizs_start_and_take_pages_are_403_without_change_permission(client, trainee):
    quiz = factories.make_quiz(draft=True)
    client.force_login(trainee)
    assert client.get(quiz.get_absolute_url()).status_code == 403
    assert open_take(client, quiz).status_code == 403


def test_a_draft_quiz_is_visible_to_editors(client, editor):
    quiz = factories.make_quiz(draft=True)
    client.force_login(editor)
    response = client.get(quiz.get_absolute_url())
    assert response.status_code == 200
    assert "This quiz is a draft" in response.content.decode()


def test_slugs_are_normalised_on_save():
    quiz = factories.QuizFactory(slug="T-!£$%^&*Q4")
    assert quiz.slug == "t-q4"


def test_slug_is_filled_from_the_title_when_empty_and_never_duplicated():
    first = factories.QuizFactory(title="Stop, rewind, explore", slug="")
    second = factories.QuizFactory(title="Stop, rewind, explore", slug="")
    assert first.slug == "stop-rewind-explore"
    assert second.slug == "stop-rewind-explore-2"


def test_a_duplicate_slug_is_refused_with_a_message_not_a_crash():
    factories.QuizFactory(slug="chain")
    quiz = Quiz(title="Another", slug="chain")
    with pytest.raises(ValidationError) as error:
        quiz.full_clean()
    assert "slug" in error.value.message_dict


@pytest.mark.parametrize("slug", ["progress", "marking", "categories"])
def test_slugs_of_fixed_pages_are_refused(slug):
    with pytest.raises(ValidationError) as error:
        Quiz(title="X", slug=slug).full_clean()
    assert "another page" in str(error.value)


def test_the_start_page_says_how_many_questions_and_links_back_to_its_module(client, db):
    from tests.courses.factories import ModulePageFactory, make_curriculum
    from tests.factories import make_quiz

    tree = make_curriculum(modules=0)
    quiz = make_quiz(kinds=("mc_single", "true_false", "essay"), title="Stance check", slug="stance-check")
    module = ModulePageFactory(parent=tree.course, slug="stance", title="The mentalizing stance")
    module.body = [("quiz", {"quiz": quiz, "heading": "Check"})]
    module.save_revision().publish()
    html = client.get(quiz.get_absolute_url()).content.decode()
    assert "3 questions." in html
    assert f'<a href="{module.url}">The mentalizing stance</a>' in html
    assert "Grading: Highest attempt." in html


def test_an_empty_quiz_start_page_says_zero_questions_instead_of_failing(client, db):
    from tests.factories import QuizFactory

    quiz = QuizFactory(slug="empty-quiz", max_questions=5)
    response = client.get(quiz.get_absolute_url())
    assert response.status_code == 200
    assert "0 questions." in response.content.decode()
