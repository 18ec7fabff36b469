"""The page cache (courses/page_cache.py) serves public pages to visitors, and only public pages to visitors.

Over HTTP with the test client: what one visitor was served is what the next gets, without a query; nobody signed
in is ever served or stored; a message, a cookie, a CSRF field or a view restriction keeps a page out; and an
edit an editor publishes (or a technique renamed) shows to the next visitor at once.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import rich_text

from courses import page_cache
from tests import factories
from tests.courses.factories import ModulePageFactory, TechniqueFactory, make_curriculum
from tests.courses.forms import module_form

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    """On for these tests only (the test settings keep it off); nothing stored survives a test."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree(db):
    tree = make_curriculum(modules=0)
    tree.technique = TechniqueFactory(name="Stop and rewind", slug="stop-and-rewind")
    tree.module = ModulePageFactory(
        parent=tree.course,
        title="Ruptures",
        slug="ruptures",
        body=[
            ("text", "<p>A strain in the working alliance.</p>"),
            ("technique", {"technique": tree.technique, "note": "Shown here."}),
        ],
    )
    return tree


def get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    response.queries = len(queries)
    return response


@pytest.mark.parametrize("which", ["home", "catalogue", "course", "module", "glossary", "technique"])
def test_a_visitor_gets_the_page_the_last_visitor_was_served_without_a_query(tree, which):
    url = f"{tree.glossary.url}stop-and-rewind/" if which == "technique" else getattr(tree, which).url
    first = get(Client(), url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    second = get(Client(), url)
    assert second["X-Page-Cache"] == "hit"
    assert second.queries == 0
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=600" in second["Cache-Control"]
    assert "Content-Security-Policy" in second, "the stored response keeps the headers of the middleware below"


def test_a_head_request_is_answered_from_the_stored_page(tree):
    Client().get(tree.module.url)
    head = Client().head(tree.module.url)
    assert head.status_code == 200
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""


def test_a_signed_in_page_is_never_stored_nor_served_from_the_store(tree):
    trainee = factories.TraineeFactory(first_name="Robin", last_name="Hartley")
    visitor = get(Client(), tree.module.url)  # stored
    assert "Robin Hartley" not in visitor.content.decode()

    client = Client()
    client.force_login(trainee)
    own = client.get(tree.module.url)
    assert "X-Page-Cache" not in own, "a signed-in visitor is never served the stored page"
    assert "Robin Hartley" in own.content.decode()
    assert "no-store" in own["Cache-Control"] and "public" not in own["Cache-Control"]

    cache.clear()
    client.get(tree.module.url)  # signed in, nothing stored
    after = Client().get(tree.module.url)
    assert after["X-Page-Cache"] == "miss", "the signed-in response was not stored"
    assert "Robin Hartley" not in after.content.decode()


def test_one_trainees_page_is_never_shown_to_another(tree):
    first = factories.TraineeFactory(first_name="Robin", last_name="Hartley")
    second = factories.TraineeFactory(first_name="Kim", last_name="Sato")
    robin, kim = Client(), Client()
    robin.force_login(first)
    kim.force_login(second)
    assert "Robin Hartley" in robin.get(tree.module.url).content.decode()
    page = kim.get(tree.module.url).content.decode()
    assert "Kim Sato" in page and "Robin Hartley" not in page


def test_a_page_showing_a_message_is_not_stored_and_the_message_is_not_served_to_others(tree):
    client = Client()
    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(constants.INFO, "You have been signed out.")])
    shown = client.get(tree.module.url)
    assert "You have been signed out." in shown.content.decode()
    assert "X-Page-Cache" not in shown
    assert "no-store" in shown["Cache-Control"]
    other = Client().get(tree.module.url)
    assert other["X-Page-Cache"] == "miss"
    assert "You have been signed out." not in other.content.decode()


def test_a_visitor_with_a_session_is_neither_served_nor_stored(tree):
    """A password-protected page opened with its password lives in the session: never stored for anyone else."""
    restriction = PageViewRestriction.objects.create(
        page=tree.module, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    insider = Client()
    form = insider.get(tree.module.url)
    assert "A strain in the working alliance." not in form.content.decode()
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, tree.module.pk])
    insider.post(url, {"password": "letmein", "return_url": tree.module.url})
    inside = insider.get(tree.module.url)
    assert "A strain in the working alliance." in inside.content.decode()
    assert "X-Page-Cache" not in inside

    outsider = Client().get(tree.module.url)
    assert "A strain in the working alliance." not in outsider.content.decode()
    assert "X-Page-Cache" not in outsider


def test_a_response_that_sets_a_cookie_or_carries_a_csrf_field_is_not_storable(tree):
    request = RequestFactory().get(tree.module.url)
    request.user = AnonymousUser()
    page_cache.mark_cacheable(request, tree.module)
    assert page_cache.storable(request, HttpResponse("<p>Same for all.</p>"))
    with_cookie = HttpResponse("<p>Same for all.</p>")
    with_cookie.set_cookie("csrftoken", "abc")
    assert not page_cache.storable(request, with_cookie)
    assert not page_cache.storable(request, HttpResponse('<input name="csrfmiddlewaretoken" value="x">'))
    private = HttpResponse("<p>Mine.</p>", headers={"Cache-Control": "private"})
    assert not page_cache.storable(request, private)
    assert not page_cache.storable(request, HttpResponse("Not here.", status=404))


def test_an_edit_published_by_an_editor_shows_to_the_next_visitor_at_once(tree):
    assert "A strain in the working alliance." in Client().get(tree.module.url).content.decode()
    assert Client().get(tree.module.url)["X-Page-Cache"] == "hit"

    admin = Client()
    admin.force_login(factories.AdminFactory())
    edited = [("text", rich_text("<p>A tear in the alliance, repaired together.</p>"))]
    form = module_form("Ruptures", "ruptures", edited)
    response = admin.post(
        reverse("wagtailadmin_pages:edit", args=[tree.module.pk]), {**form, "action-publish": "Publish"}
    )
    assert response.status_code == 302, response.content.decode()[:1500]

    fresh = Client().get(tree.module.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "A tear in the alliance, repaired together." in fresh.content.decode()
    assert "A strain in the working alliance." not in fresh.content.decode()
    course = Client().get(tree.course.url)
    assert course["X-Page-Cache"] == "miss", "every stored page goes: the course lists its modules"


def test_a_renamed_technique_shows_in_the_glossary_and_the_module_at_once(tree):
    for url in (tree.glossary.url, tree.module.url):
        Client().get(url)
        assert Client().get(url)["X-Page-Cache"] == "hit"
    tree.technique.name = "Stop, rewind and explore"
    tree.technique.save()
    for url in (tree.glossary.url, tree.module.url):
        assert "Stop, rewind and explore" in Client().get(url).content.decode()


def test_an_unpublished_module_is_gone_for_the_next_visitor(tree):
    assert Client().get(tree.module.url).status_code == 200
    tree.module.unpublish()
    assert Client().get(tree.module.url).status_code == 404


def test_each_address_and_filter_is_stored_apart(tree):
    all_tracks = Client().get(tree.catalogue.url).content.decode()
    dbt = Client().get(f"{tree.catalogue.url}?track=dbt")
    assert dbt["X-Page-Cache"] == "miss"
    assert "MBT essentials" in all_tracks and "MBT essentials" not in dbt.content.decode()


def test_with_the_cache_off_nothing_is_stored(tree, settings):
    settings.PAGE_CACHE_SECONDS = 0
    Client().get(tree.module.url)
    again = Client().get(tree.module.url)
    assert "X-Page-Cache" not in again
    assert "no-store" in again["Cache-Control"]


class RecordingBackend(BaseBackend):
    """A front cache that writes down what it is asked to purge."""

    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


def test_a_front_cache_is_asked_to_purge_every_public_page_once_the_publish_commits(
    tree, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"default": {"BACKEND": "tests.courses.test_page_cache.RecordingBackend"}}
    RecordingBackend.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        tree.technique.save()
    purged = set(RecordingBackend.purged)
    base = "http://localhost"
    assert {f"{base}/", f"{base}/courses/", f"{base}/courses/mbt-essentials/ruptures/"} <= purged
    assert f"{base}/techniques/stop-and-rewind/" in purged, "the glossary's technique pages are purged too"
    assert f"{base}/courses/?track=dbt" in purged


def test_without_a_front_cache_nothing_is_sent(tree, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = None
    RecordingBackend.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        tree.technique.save()
    assert RecordingBackend.purged == []
