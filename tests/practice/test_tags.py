"""The template tags other rooms' templates load: a module's exercises, the supervisor's waiting count."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tests.courses.factories import make_curriculum

pytestmark = pytest.mark.django_db


def render(source, user, **context):
    request = RequestFactory().get("/")
    request.user = user
    return Template("{% load practice_tags %}" + source).render(Context({"request": request, **context}))


def test_a_module_lists_its_exercises_to_trainees_who_may_open_them(exercise, supervised, editor):
    curriculum = make_curriculum()
    from learning.models import Enrolment

    exercise.course, exercise.module = curriculum.course, curriculum.modules[0]
    exercise.save()
    Enrolment.objects.create(user=supervised, course=curriculum.course)
    shown = render("{% module_exercises page %}", supervised, page=curriculum.modules[0])
    assert "After the cancelled session" in shown and "Practise it" in shown
    assert render("{% module_exercises page %}", editor, page=curriculum.modules[0]).strip() == ""


def test_the_waiting_count_is_the_supervisors_queue(ready_submission, supervisor, editor):
    assert render("{% practice_waiting request.user %}", supervisor) == "1"
    assert render("{% practice_waiting request.user %}", editor) == "0"
