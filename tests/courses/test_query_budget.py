"""Pages that list things cost the same number of queries for 1 item as for 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import TechniqueIndexPage
from tests.courses.factories import ModulePageFactory, TechniqueFactory, make_curriculum, make_video, video_value

pytestmark = pytest.mark.django_db

# What only changes on publish is remembered (courses/page_cache.py): the route through the page tree, the view
# restrictions, the menu, the breadcrumbs, a module's course, siblings and shared blocks. What is left: the page
# itself and what it lists (a module's quiz block, the glossary's techniques, the home page's catalogue, its
# courses and their modules, and the glossary). A signed-in trainee adds the
# session, the user and their own state on a module (enrolment, progress, clips, attempts, practice, the quiz's
# result); their roles and permissions come from one cached lookup (accounts/viewer.py).
BUDGET = 5
SIGNED_IN_BUDGET = 12


def queries_for(client, url):
    client.get(url)  # warm-up: site root paths and other per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def body_of(size, techniques, media):
    kinds = [
        ("text", "<p>Paragraph.</p>"),
        ("technique", {"technique": None, "note": "Shown here."}),
        ("video", None),
        ("key_points", {"heading": "Key points", "points": ["One", "Two"]}),
    ]
    body = []
    for i in range(size):
        kind, value = kinds[i % len(kinds)]
        technique = techniques[i % len(techniques)]
        if kind == "technique":
            value = {"technique": technique, "note": "Shown here."}
        elif kind == "video":
            value = video_value(media, technique)
        body.append((kind, value))
    return body


@pytest.mark.parametrize("user", [None, "trainee"])
def test_a_module_page_costs_the_same_with_one_block_of_each_kind_or_50_blocks(client, request, user):
    if user:
        client.force_login(request.getfixturevalue(user))
    tree = make_curriculum(modules=0)
    techniques = [TechniqueFactory() for _ in range(10)]
    media = make_video()
    small = ModulePageFactory(parent=tree.course, slug="small", body=body_of(4, techniques, media))
    large = ModulePageFactory(parent=tree.course, slug="large", body=body_of(50, techniques, media))
    small_count, large_count = queries_for(client, small.url), queries_for(client, large.url)
    assert large_count == small_count
    assert large_count <= (SIGNED_IN_BUDGET if user else BUDGET)


def test_a_course_page_costs_the_same_with_1_or_50_modules(client):
    few = make_curriculum(modules=1)
    few_count = queries_for(client, few.course.url)
    for i in range(49):
        ModulePageFactory(parent=few.course, slug=f"extra-{i}")
    assert queries_for(client, few.course.url) == few_count <= BUDGET


def test_the_catalogue_and_home_cost_the_same_with_1_or_50_modules(client):
    tree = make_curriculum(modules=1)
    counts = [queries_for(client, tree.catalogue.url), queries_for(client, tree.home.url)]
    for i in range(49):
        ModulePageFactory(parent=tree.course, slug=f"extra-{i}")
    assert [queries_for(client, tree.catalogue.url), queries_for(client, tree.home.url)] == counts
    assert max(counts) <= BUDGET


def test_the_glossary_costs_the_same_with_1_or_50_techniques(client):
    make_curriculum(modules=0)
    TechniqueFactory()
    url = TechniqueIndexPage.objects.get().url
    one = queries_for(client, url)
    for _ in range(49):
        TechniqueFactory()
    assert queries_for(client, url) == one <= BUDGET


def test_a_module_page_stays_constant_as_the_course_grows(client):
    tree = make_curriculum(modules=2)
    count = queries_for(client, tree.modules[1].url)
    for i in range(48):
        ModulePageFactory(parent=tree.course, slug=f"extra-{i}")
    assert queries_for(client, tree.modules[1].url) == count
