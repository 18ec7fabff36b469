"""An editor's "Submit" that crosses Wagtail's first autosave of a new page still lands, and never as a server error.

The race is staged the way it happens: the form is checked while the slug is
free, then the autosave's page lands before the page is added.
"""

from unittest import mock

import pytest
from django.urls import reverse
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.models import WorkflowState

from courses.models import ModulePage
from tests.courses.factories import make_curriculum
from tests.courses.forms import list_block, module_form

pytestmark = pytest.mark.django_db

SLUG = "working-with-silence"


@pytest.fixture
def tree(db):
    return make_curriculum(modules=1)


def add_url(course):
    return reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])


def form(title="Working with silence", words="Silence can be thinking, or a shutdown."):
    return module_form(title, SLUG, [("key_points", {"heading": "Key points", "points": list_block([words])})])


def autosave_lands_after_the_check(course, owner, title="Working with silence (autosaved)"):
    """Patch the page form so that once it has passed, a sibling with its slug appears, as an autosave makes it."""
    clean = WagtailAdminPageForm.clean

    def clean_then_autosave(self):
        cleaned = clean(self)
        if not ModulePage.objects.filter(slug=SLUG).exists():
            course.add_child(instance=ModulePage(title=title, slug=SLUG, live=False, owner=owner, estimated_minutes=20))
        return cleaned

    return mock.patch.object(WagtailAdminPageForm, "clean", clean_then_autosave)


def test_a_submit_crossing_the_editors_own_autosave_submits_that_page_with_the_last_words(client, editor, tree):
    client.force_login(editor)
    with autosave_lands_after_the_check(tree.course, editor):
        response = client.post(add_url(tree.course), {**form(), "action-submit": "Submit to Clinical review"})

    assert response.status_code == 302, response.content.decode()[:1500]
    module = ModulePage.objects.get(slug=SLUG)
    assert ModulePage.objects.filter(slug=SLUG).count() == 1, "one page, not a second one beside the autosaved draft"
    latest = module.get_latest_revision_as_object()
    assert latest.title == "Working with silence", "the words of the submit win over the autosave's"
    assert latest.body[0].value["points"][0] == "Silence can be thinking, or a shutdown."
    assert WorkflowState.objects.filter(object_id=str(module.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()


def test_a_slug_someone_else_took_meanwhile_returns_the_form_with_the_error_and_the_text(
    client, editor, reviewer, tree
):
    client.force_login(editor)
    with autosave_lands_after_the_check(tree.course, reviewer, title="The reviewer's own page"):
        response = client.post(add_url(tree.course), {**form(), "action-submit": "Submit to Clinical review"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "already in use" in html
    assert "Silence can be thinking, or a shutdown." in html, "nothing the editor typed is lost"
    assert ModulePage.objects.get(slug=SLUG).title == "The reviewer's own page", "the other person's page is untouched"


def test_an_autosave_crossing_a_submit_gets_wagtails_stop_answer_not_a_server_error(client, editor, tree):
    client.force_login(editor)
    with autosave_lands_after_the_check(tree.course, editor):
        response = client.post(add_url(tree.course), form(), HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision", "Wagtail's script stops autosaving on this answer"
    assert ModulePage.objects.filter(slug=SLUG).count() == 1
