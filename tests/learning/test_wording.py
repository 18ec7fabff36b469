"""Wording that must not contradict itself: greetings, a course not started, a course grown since completion."""

import pytest
from django.urls import reverse

from tests import factories
from tests.courses.factories import ModulePageFactory, make_curriculum
from tests.learning.conftest import committed_post, enrol

pytestmark = pytest.mark.django_db
PASSWORD = "wording-password-2026"


def test_the_first_sign_in_says_welcome_and_later_ones_welcome_back(client, home):
    trainee = factories.TraineeFactory(first_name="Robin", last_name="Lee", last_login=None)
    trainee.set_password(PASSWORD)
    trainee.save()
    client.post("/accounts/login/", {"username": trainee.username, "password": PASSWORD})
    first = client.get("/dashboard/").content.decode()
    assert "Welcome, Robin Lee." in first and "Welcome back" not in first
    client.logout()
    client.post("/accounts/login/", {"username": trainee.username, "password": PASSWORD})
    assert "Welcome back, Robin Lee." in client.get("/dashboard/").content.decode()


def test_a_course_not_started_offers_its_first_module_not_a_continuation(client, trainee):
    tree = make_curriculum(modules=2)
    client.force_login(trainee)
    enrol(client, tree.course)
    for page in (client.get("/dashboard/"), client.get(tree.course.url)):
        text = page.content.decode()
        assert "Continue where you left off" not in text
        assert "Start the first module" in text


def test_a_course_grown_since_completion_says_so_and_keeps_the_completion(client, trainee):
    tree = make_curriculum(modules=1)
    client.force_login(trainee)
    enrol(client, tree.course)
    committed_post(client, reverse("learning:read", args=[tree.modules[0].pk]))
    ModulePageFactory(parent=tree.course, title="Added later", slug="added-later")

    course = client.get(tree.course.url).content.decode()
    assert "1 of 2 modules complete" in course and "You completed this course on" in course
    assert "Modules have been added since" in course and "Go on with Added later" in course
    assert "Start the first module" not in course and "Continue where you left off" not in course
    dashboard = client.get("/dashboard/").content.decode()
    assert "Completed on" in dashboard and "Added since: Added later" in dashboard
    assert "Continue where you left off" not in dashboard
