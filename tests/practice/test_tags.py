"""The template tag other rooms' templates load: the supervisor's waiting count."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def render(source, user, **context):
    request = RequestFactory().get("/")
    request.user = user
    return Template("{% load practice_tags %}" + source).render(Context({"request": request, **context}))


def test_the_waiting_count_is_the_supervisors_queue(ready_submission, supervisor, editor):
    assert render("{% practice_waiting request.user %}", supervisor) == "1"
    assert render("{% practice_waiting request.user %}", editor) == "0"
