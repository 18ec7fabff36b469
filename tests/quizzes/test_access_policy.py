"""Defects 15 and 16 (issue 16): who may take a quiz.

A quiz placed in a module follows the module's access (enrolment in its course, and the course's module order);
quizzes cannot ask courses or learning, so learning registers that rule through the "quiz_access_policy" hook.
A quiz placed nowhere is open to trainees; editors and supervisors do not take quizzes; visitors only take a
quiz open to visitors.
"""

import pytest

from learning.models import Enrolment
from quizzes.models import Attempt
from tests import factories
from tests.courses.factories import CoursePageFactory, ModulePageFactory, make_curriculum
from tests.quizzes.conftest import answer, open_take, take_url

pytestmark = pytest.mark.django_db


def placed(module_parent, quiz, slug):
    module = ModulePageFactory(
        parent=module_parent, slug=slug, title=slug.title(), body=[("quiz", {"quiz": quiz, "heading": "Check"})]
    )
    module.save_revision().publish()
    return module


@pytest.fixture
def course():
    """An MBT course in order: module 1 places quiz one, module 2 places quiz two."""
    tree = make_curriculum(modules=0)
    tree.course.require_order = True
    tree.course.save_revision().publish()
    one, two = factories.make_quiz(kinds=["true_false"]), factories.make_quiz(kinds=["essay"])
    placed(tree.course, one, "first")
    placed(tree.course, two, "second")
    tree.course.refresh_from_db()
    return tree.course, one, two


class TestPlacedQuizzes:
    def test_a_trainee_not_enrolled_is_refused_with_the_reason(self, client, trainee, course):
        _, one, _ = course
        client.force_login(trainee)
        response = open_take(client, one)
        assert response.status_code == 403
        assert "Enrol in" in response.content.decode()
        assert not Attempt.objects.exists()
        html = client.get(one.get_absolute_url()).content.decode()
        assert "Start the quiz" not in html and "Enrol in" in html

    def test_an_enrolled_trainee_takes_the_open_module_quiz(self, client, trainee, course):
        page, one, _ = course
        Enrolment.objects.create(user=trainee, course=page)
        client.force_login(trainee)
        assert open_take(client, one).status_code == 200
        answer(client, one, "true")
        assert Attempt.objects.get(user=trainee, quiz=one).status == "finished"

    def test_a_locked_modules_quiz_cannot_be_taken_at_its_own_address(self, client, trainee, course):
        page, _, two = course
        Enrolment.objects.create(user=trainee, course=page)
        client.force_login(trainee)
        response = open_take(client, two)
        assert response.status_code == 403
        assert "earlier modules" in response.content.decode()
        post = client.post(take_url(two), {"position": 1, "sequence": 0, "answer": "My essay"})
        assert post.status_code == 403
        assert not Attempt.objects.filter(quiz=two).exists()  # and so nothing reaches the marking queue

    def test_where_a_quiz_is_placed_and_the_courses_order_hold_as_soon_as_they_are_published(
        self, client, trainee, course
    ):
        """Who may take a quiz is remembered until the next publish (learning.journey.quiz_openings)."""
        page, _, two = course
        Enrolment.objects.create(user=trainee, course=page)
        client.force_login(trainee)
        assert open_take(client, two).status_code == 403  # the first module is not done
        page.require_order = False
        page.save_revision().publish()
        assert open_take(client, two).status_code == 200
        elsewhere = CoursePageFactory(parent=page.get_parent(), title="DBT essentials", slug="dbt-essentials")
        page.get_children().get(slug="second").move(elsewhere, pos="last-child")
        response = open_take(client, two)
        assert response.status_code == 403 and "Enrol in" in response.content.decode()


class TestWhoTakesQuizzes:
    def test_an_editor_cannot_take_a_published_quiz(self, client, editor):
        quiz = factories.make_quiz()
        client.force_login(editor)
        response = open_take(client, quiz)
        assert response.status_code == 403
        assert "Quizzes are taken by trainees" in response.content.decode()
        assert not Attempt.objects.exists()

    def test_a_supervisor_cannot_take_one_either(self, client, supervisor):
        quiz = factories.make_quiz()
        client.force_login(supervisor)
        assert open_take(client, quiz).status_code == 403

    def test_a_trainee_takes_a_quiz_placed_nowhere(self, client, trainee):
        quiz = factories.make_quiz()
        client.force_login(trainee)
        assert open_take(client, quiz).status_code == 200

    def test_a_visitor_is_sent_to_log_in_unless_the_quiz_is_open_to_visitors(self, client):
        closed, open_quiz = factories.make_quiz(), factories.make_quiz(allow_anonymous=True)
        assert open_take(client, closed).status_code == 302
        assert open_take(client, open_quiz).status_code == 200

    def test_a_quiz_open_to_visitors_is_open_to_any_signed_in_user_too(self, client, trainee, course):
        _, one, _ = course
        one.allow_anonymous = True
        one.save()
        client.force_login(trainee)
        assert open_take(client, one).status_code == 200
