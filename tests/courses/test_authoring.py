"""An editor authors a module through the Wagtail admin's own forms, and it goes through clinical review."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text

from courses.models import ModulePage
from techniques.models import Technique
from tests.courses.factories import CAPTIONS, TechniqueFactory, make_curriculum, make_video
from tests.courses.forms import every_block, list_block, module_form, video_form
from tests.factories import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    return make_curriculum(modules=1)


@pytest.fixture
def technique(db):
    return TechniqueFactory(code="MBT-OWN", name="Owning one's contribution")


@pytest.fixture
def media(db):
    return make_video()


def add_module_url(course):
    return reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])


def test_an_editor_writes_a_module_with_every_block_and_a_reviewer_approves_it_live(
    client, editor, reviewer, tree, technique, media
):
    client.force_login(editor)
    quiz = make_quiz(kinds=("mc_single",), title="Ruptures quiz", slug="ruptures-quiz")
    form = module_form("Rupture and repair", "rupture-and-repair", every_block(technique, media, CAPTIONS, quiz))
    response = client.post(add_module_url(tree.course), {**form, "action-submit": "Submit to Clinical review"})
    assert response.status_code == 302, response.content.decode()[:2000]

    module = ModulePage.objects.get(slug="rupture-and-repair")
    assert not module.live, "a submitted module waits for review"
    stored = module.get_latest_revision_as_object().body
    assert [block.block_type for block in stored] == [
        "quiz",
        "text",
        "key_points",
        "callout",
        "vignette",
        "comparison",
        "evidence",
        "technique",
        "video",
        "paired_clips",
    ]
    assert stored[0].value["quiz"] == quiz
    assert stored[8].value["video"] == media
    assert str(stored[6].value["rows"][0]["estimate"]) == "-0.54", "figures are kept as authored"

    preview = client.post(reverse("wagtailadmin_pages:preview_on_edit", args=[module.pk]), form)
    assert preview.json() == {"is_valid": True, "is_available": True}
    preview_html = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[module.pk])).content.decode()
    assert "Rupture and repair" in preview_html
    # The module is not live yet, so the preview carries its captions inside the page.
    assert 'src="data:text/vtt;charset=utf-8,WEBVTT' in preview_html

    state = WorkflowState.objects.get(object_id=str(module.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "Clinical review"
    approve = reverse("wagtailadmin_pages:workflow_action", args=[module.pk, "approve", state.current_task_state.pk])
    client.post(approve, {"comment": "I approve my own module."})
    module.refresh_from_db()
    assert not module.live, "an editor cannot approve the review"

    client.force_login(reviewer)
    assert client.post(approve, {"comment": "Clinically sound."}).status_code == 302

    module.refresh_from_db()
    assert module.live
    page = client.get(module.url).content.decode()
    assert "A strain in the working alliance." in page
    assert "Own the rupture" in page
    assert f'href="{quiz.get_absolute_url()}">Ruptures quiz</a>' in page
    assert "\u22120.54 <span" in page


def test_reviewers_are_offered_no_publish_button_and_cannot_publish_around_the_review(
    client, editor, reviewer, tree, technique, media
):
    client.force_login(editor)
    form = module_form("Reviewer shortcut", "reviewer-shortcut", every_block(technique, media, CAPTIONS))
    client.post(add_module_url(tree.course), form)  # a draft
    module = ModulePage.objects.get(slug="reviewer-shortcut")
    client.force_login(reviewer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    assert 'name="action-publish"' not in client.get(edit_url).content.decode()
    client.post(edit_url, {**form, "action-publish": "Publish"})
    module.refresh_from_db()
    assert not module.live


def test_editors_cannot_publish_around_the_review(client, editor, tree, technique, media):
    client.force_login(editor)
    form = module_form("Skipping review", "skipping-review", every_block(technique, media, CAPTIONS))
    client.post(add_module_url(tree.course), {**form, "action-publish": "Publish"})
    module = ModulePage.objects.get(slug="skipping-review")
    assert not module.live


def test_a_draft_saves_half_done_and_publishing_it_names_each_missing_field(client, editor, tree, technique):
    client.force_login(editor)
    half_done = [("video", video_form(None, technique, captions="", title="Rupture (still to film)"))]
    form = module_form("Half done", "half-done", half_done)
    response = client.post(add_module_url(tree.course), form)
    assert response.status_code == 302
    module = ModulePage.objects.get(slug="half-done")
    assert module.get_latest_revision_as_object().body[0].value["title"] == "Rupture (still to film)"

    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    response = client.post(edit_url, {**form, "action-submit": "Submit to Clinical review"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be saved due to validation errors" in html
    assert "Choose an uploaded video, or give an embed address below." in html
    assert "Paste the WebVTT captions, or choose a .vtt file below." in html
    assert not WorkflowState.objects.filter(object_id=str(module.pk)).exists()


def test_broken_captions_come_back_as_a_message_not_an_error_page(client, editor, tree, technique, media):
    client.force_login(editor)
    broken = [("video", video_form(media, technique, captions="WEBVTT\n\n1:00 --> 1:05\nHello"))]
    response = client.post(add_module_url(tree.course), module_form("Broken", "broken", broken))
    assert response.status_code == 200
    assert "Line 3:" in response.content.decode()
    assert not ModulePage.objects.filter(slug="broken").exists()


def test_a_module_needs_at_least_one_learning_objective_to_publish(client, editor, tree):
    client.force_login(editor)
    # The blank form starts with one empty objective and no minimum to count against it, so the editor's page
    # has nothing to show in error red before anything was typed.
    html = client.get(add_module_url(tree.course)).content.decode()
    objectives = re.search(r'id="learning_objectives"[^>]*data-w-block-arguments-value="([^"]*)"', html)
    state, errors = json.loads(unescape(objectives.group(1)))
    assert [child["type"] for child in state] == ["objective"] and not state[0]["value"] and errors is None
    assert "&quot;minNum&quot;: null" in objectives.group(0)
    assert "The minimum number of items" not in html

    form = module_form("No goals", "no-goals", [("text", rich_text("<p>Text.</p>"))], objectives=())
    response = client.post(add_module_url(tree.course), {**form, "action-submit": "Submit"})
    assert response.status_code == 200
    assert not WorkflowState.objects.exists()
    errors = re.search(
        r'id="learning_objectives"[^>]*data-w-block-arguments-value="([^"]*)"', response.content.decode()
    )
    assert json.loads(unescape(errors.group(1)))[1] == {"messages": ["This field is required."]}


def test_an_editor_adds_a_technique_to_the_taxonomy(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_techniques_technique:add"),
        {
            "code": "DBT-CHAIN",
            "slug": "dbt-chain",
            "name": "Behavioural chain analysis",
            "track": "dbt",
            "kind": "therapist_move",
            "definition": "Reconstructs the links from prompt to target behaviour.",
            "explanation": rich_text("<p>Used after a self-harm episode.</p>"),
        },
    )
    assert response.status_code == 302
    assert Technique.objects.get(code="DBT-CHAIN").name == "Behavioural chain analysis"


def test_a_technique_code_in_the_wrong_form_is_explained(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_techniques_technique:add"),
        {
            "code": "dbt chain",
            "slug": "x",
            "name": "X",
            "track": "dbt",
            "kind": "skill",
            "definition": "X",
            "explanation": rich_text(""),
        },
    )
    assert response.status_code == 200
    assert "Use capital letters, digits and hyphens" in response.content.decode()


@pytest.mark.parametrize("who", ["trainee", "supervisor"])
def test_trainees_and_supervisors_cannot_add_modules_or_techniques(client, request, who, tree):
    client.force_login(request.getfixturevalue(who))
    modules, techniques = ModulePage.objects.count(), Technique.objects.count()
    for url in (add_module_url(tree.course), reverse("wagtailsnippets_techniques_technique:add")):
        # Without admin access, Wagtail sends them to the admin's login page instead of the form.
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
        response = client.post(url, {"title": "Mine", "code": "X-MINE", "name": "Mine", "slug": "mine"})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert (ModulePage.objects.count(), Technique.objects.count()) == (modules, techniques)


def test_list_block_helper_matches_what_the_admin_expects():
    assert list_block(["a"]) == {"count": "1", "0": {"value": "a", "id": "", "deleted": "", "order": "0"}}
