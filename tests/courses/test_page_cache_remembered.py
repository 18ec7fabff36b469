"""What pages remember until the next publish (courses/page_cache.py, accounts/viewer.py) never outlives a change.

Signed-in pages are never stored whole, but their route through the tree, view restrictions, menu, breadcrumbs,
a module's course, siblings and shared blocks, and the viewer's roles are remembered: each test changes one of
them and looks over HTTP at once.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import rich_text

from accounts import roles
from courses import page_cache
from courses.models import ModulePage, ModuleRequirements
from learning.models import Enrolment, ModuleProgress
from tests import factories
from tests.courses.factories import CoursePageFactory, ModulePageFactory, make_curriculum
from tests.courses.forms import module_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    tree = make_curriculum(modules=0)
    tree.module = ModulePageFactory(
        parent=tree.course, title="Ruptures", slug="ruptures", body=[("text", "<p>A strain in the alliance.</p>")]
    )
    tree.trainee = factories.TraineeFactory()
    Enrolment.objects.create(user=tree.trainee, course=tree.course)
    tree.client = Client()
    tree.client.force_login(tree.trainee)
    return tree


def page(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


def publish(module, text):
    module.body = [("text", f"<p>{text}</p>")]
    module.save_revision().publish()


def test_a_signed_in_trainee_sees_a_published_edit_at_once(tree):
    assert "A strain in the alliance." in page(tree.client, tree.module.url)[1]
    publish(ModulePage.objects.get(pk=tree.module.pk), "A tear, repaired together.")
    html = page(tree.client, tree.module.url)[1]
    assert "A tear, repaired together." in html and "A strain in the alliance." not in html


def test_a_module_moved_to_another_course_answers_at_its_new_address_only(tree):
    old_url = tree.module.url
    assert page(tree.client, old_url)[0] == 200
    dbt = CoursePageFactory(parent=tree.catalogue, title="DBT essentials", slug="dbt-essentials", track="dbt")
    ModulePage.objects.get(pk=tree.module.pk).move(dbt, pos="last-child")
    old = tree.client.get(old_url)
    assert old.status_code != 200, "the old address no longer serves the module"
    if old.status_code == 301:  # Wagtail's automatic redirect
        assert old["Location"].endswith("/courses/dbt-essentials/ruptures/")
    status, html = page(tree.client, "/courses/dbt-essentials/ruptures/")
    assert status == 200 and "DBT essentials" in html, "the breadcrumbs and course follow the move"


def test_a_view_restriction_added_holds_at_once(tree):
    visitor = Client()
    assert page(visitor, tree.module.url)[0] == 200
    PageViewRestriction.objects.create(page=tree.course, restriction_type=PageViewRestriction.LOGIN)
    response = visitor.get(tree.module.url)
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_page_published_into_the_menu_shows_in_every_page_header(tree):
    assert "Reading list" not in page(tree.client, tree.module.url)[1]
    extra = ModulePageFactory.build(title="Reading list", slug="reading-list")
    tree.home.add_child(instance=extra)  # a live page made by code, as the seed does
    extra.show_in_menus = True
    extra.save_revision().publish()
    assert 'href="/reading-list/">Reading list</a>' in page(tree.client, tree.module.url)[1]


def test_an_editors_preview_shows_the_draft_not_the_remembered_live_text(tree):
    page(tree.client, tree.module.url)  # the live body is remembered
    admin = Client()
    admin.force_login(factories.AdminFactory())
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[tree.module.pk])
    draft = module_form("Ruptures", "ruptures", [("text", rich_text("<p>Draft words nobody else sees.</p>"))])
    assert admin.post(url, draft).json()["is_valid"]
    preview = admin.get(url)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Draft words nobody else sees." in html and "A strain in the alliance." not in html
    assert "Draft words nobody else sees." not in page(tree.client, tree.module.url)[1]


def test_a_permission_taken_from_a_role_or_given_back_changes_the_header_at_once(tree):
    """The viewer's roles and permissions are one cached lookup (accounts/viewer.py), forgotten on any change."""
    supervisor = Client()
    supervisor.force_login(factories.SupervisorFactory())
    link = f'href="{reverse("supervision:overview")}"'
    assert link in page(supervisor, tree.module.url)[1]
    group = Group.objects.get(name=roles.SUPERVISORS)
    mark = Permission.objects.get(codename="mark_attempt", content_type__app_label="quizzes")
    group.permissions.remove(mark)
    assert link not in page(supervisor, tree.module.url)[1]
    group.permissions.add(mark)
    assert link in page(supervisor, tree.module.url)[1]


def test_a_module_published_with_a_quiz_asks_for_it_on_the_dashboard(tree):
    """The dashboard reads what a module asks from the index publishing keeps, not from the body."""
    ModuleProgress.objects.create(user=tree.trainee, module=tree.module, read_at=timezone.now())
    assert "1 of 1 modules complete" in page(tree.client, "/dashboard/")[1]
    quiz = factories.make_quiz(title="Ruptures check")
    module = ModulePage.objects.get(pk=tree.module.pk)
    module.body = [("text", "<p>Text.</p>"), ("quiz", {"quiz": quiz, "heading": "Check"})]
    module.save_revision().publish()
    assert ModuleRequirements.objects.get(module=module).quizzes == [quiz.pk]
    assert "0 of 1 modules complete" in page(tree.client, "/dashboard/")[1], "the quiz is still to pass"
    module.unpublish()
    assert not ModuleRequirements.objects.filter(module=module).exists()


def test_a_publish_on_another_server_reaches_what_this_one_keeps_in_memory(tree):
    """Each process keeps copies of what is remembered; another server's purge moves only the shared generation."""
    assert "A strain in the alliance." in page(tree.client, tree.module.url)[1]
    # Another server published: the row changed (no signal here) and the shared cache's generation moved on.
    ModulePage.objects.filter(pk=tree.module.pk).update(body=[("text", "<p>Mended on the other server.</p>")])
    page_cache.cache().incr(page_cache.GENERATION_KEY)
    assert "Mended on the other server." in page(tree.client, tree.module.url)[1]


def test_what_one_request_does_to_a_remembered_value_the_next_never_sees(db):
    first = page_cache.remember("shared-list", lambda: {"items": ["kept"]})
    first["items"].append("changed by a request")
    assert page_cache.remember("shared-list", lambda: None) == {"items": ["kept"]}
