"""The quiz placement index: which live modules place which quiz, kept in step with publishing."""

import importlib

import pytest
from django.apps import apps
from wagtail.actions.unpublish_page import UnpublishPageAction

from courses.models import QuizPlacement
from quizzes.models import Quiz
from tests.courses.factories import CoursePageFactory, ModulePageFactory, make_curriculum
from tests.factories import QuizFactory

pytestmark = pytest.mark.django_db


def quiz_block(quiz):
    return ("quiz", {"quiz": quiz, "heading": "Check your understanding"})


@pytest.fixture
def tree():
    return make_curriculum(modules=0)


@pytest.fixture
def quiz():
    return QuizFactory(title="Chain analysis check")


def published_module(parent, *blocks, **fields):
    module = ModulePageFactory(parent=parent, body=[("text", "<p>Read this first.</p>"), *blocks], **fields)
    module.save_revision().publish()
    return module


def placements():
    return list(QuizPlacement.objects.values_list("module__slug", "quiz__title", "position"))


def test_publishing_a_module_places_its_quizzes_once_each_in_body_order(tree, quiz):
    second = QuizFactory(title="Diary card check")
    module = published_module(tree.course, quiz_block(second), quiz_block(quiz), quiz_block(second), slug="chains")
    assert placements() == [("chains", "Diary card check", 0), ("chains", "Chain analysis check", 1)]
    assert list(Quiz.objects.filter(placements__module=module).order_by("placements__position")) == [second, quiz]


def test_a_quiz_is_found_through_the_module_that_places_it(tree, quiz):
    published_module(tree.course, quiz_block(quiz), slug="chains")
    published_module(tree.course, slug="reading-only")
    assert Quiz.objects.get(placements__module__slug="chains") == quiz
    assert not Quiz.objects.filter(placements__module__slug="reading-only").exists()


def test_a_draft_change_waits_for_publishing(tree, quiz):
    module = published_module(tree.course, slug="chains")
    module.body = [quiz_block(quiz)]
    module.save_revision()
    assert placements() == []
    module.get_latest_revision().publish()
    assert placements() == [("chains", "Chain analysis check", 0)]


def test_removing_the_quiz_block_and_publishing_removes_the_placement(tree, quiz):
    module = published_module(tree.course, quiz_block(quiz), slug="chains")
    module.body = [("text", "<p>No quiz any more.</p>")]
    module.save_revision().publish()
    assert placements() == []


def test_unpublishing_removes_the_placement_and_republishing_restores_it(tree, quiz):
    module = published_module(tree.course, quiz_block(quiz), slug="chains")
    module.unpublish()
    assert placements() == []
    module.save_revision().publish()
    assert placements() == [("chains", "Chain analysis check", 0)]


def test_unpublishing_the_course_with_its_modules_removes_their_placements(tree, quiz, admin_user):
    published_module(tree.course, quiz_block(quiz), slug="chains")
    UnpublishPageAction(tree.course, user=admin_user, include_descendants=True).execute()
    assert placements() == []


def test_deleting_a_module_or_its_course_removes_the_placement(tree, quiz):
    module = published_module(tree.course, quiz_block(quiz), slug="chains")
    published_module(tree.course, quiz_block(quiz), slug="diary-cards")
    module.delete()
    assert placements() == [("diary-cards", "Chain analysis check", 0)]
    tree.course.delete()
    assert placements() == []
    assert Quiz.objects.filter(pk=quiz.pk).exists()


def test_moving_a_module_to_another_course_keeps_its_placement(tree, quiz):
    module = published_module(tree.course, quiz_block(quiz), slug="chains")
    dbt = CoursePageFactory(parent=tree.catalogue, title="DBT essentials", slug="dbt-essentials", track="dbt")
    module.move(dbt, pos="last-child")
    placement = QuizPlacement.objects.select_related("module").get()
    assert placement.quiz == quiz
    assert placement.module.get_parent().specific == dbt
    assert placement.module.url == "/courses/dbt-essentials/chains/"


def test_copying_a_live_module_places_the_quiz_in_the_copy_too(tree, quiz):
    module = published_module(tree.course, quiz_block(quiz), slug="chains")
    module.copy(update_attrs={"slug": "chains-again", "title": "Chains again"})
    assert sorted(placements()) == [("chains", "Chain analysis check", 0), ("chains-again", "Chain analysis check", 0)]


def test_a_block_naming_a_deleted_quiz_is_left_out(tree, quiz):
    gone = QuizFactory(title="Withdrawn quiz")
    module = ModulePageFactory(parent=tree.course, slug="chains", body=[quiz_block(gone), quiz_block(quiz)])
    gone.delete()
    module.refresh_from_db()
    module.save_revision().publish()
    assert placements() == [("chains", "Chain analysis check", 0)]


def test_the_migration_indexes_the_live_modules_already_in_the_database(tree, quiz):
    build = importlib.import_module("courses.migrations.0008_build_quiz_placements").build
    # Made as rows, without publishing: the state of a database from before the index.
    ModulePageFactory(parent=tree.course, slug="chains", body=[quiz_block(quiz), quiz_block(quiz)])
    ModulePageFactory(parent=tree.course, slug="draft", live=False, body=[quiz_block(quiz)])
    assert placements() == []
    build(apps, None)
    assert placements() == [("chains", "Chain analysis check", 0)]
