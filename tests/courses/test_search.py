import re

import pytest

from tests.courses.factories import ModulePageFactory, TechniqueFactory, make_curriculum

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    tree = make_curriculum(modules=0)
    ModulePageFactory(
        parent=tree.course,
        title="Behavioural chain analysis",
        slug="chain-analysis",
        summary="From prompting event to consequences, link by link.",
    )
    TechniqueFactory(code="MBT-SRE", name="Stop–rewind–explore", slug="mbt-sre", definition="Halt, go back, explore.")
    return tree


def test_search_finds_modules_by_title(client, content):
    html = client.get("/search/", {"q": "chain analysis"}).content.decode()
    assert "Behavioural chain analysis" in html
    assert 'href="/courses/mbt-essentials/chain-analysis/"' in html


def test_search_finds_techniques_and_links_to_the_glossary(client, content):
    html = client.get("/search/", {"q": "rewind"}).content.decode()
    assert "Stop–rewind–explore" in html
    assert 'href="/techniques/mbt-sre/"' in html


def test_search_says_so_when_nothing_matches(client, content):
    assert "Nothing matches “zebra”" in client.get("/search/", {"q": "zebra"}).content.decode()


@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "chain", "page": "abc"}, {"q": "chain", "page": "999"}, {"q": "x" * 5000}]
)
def test_odd_search_input_never_breaks_the_page(client, content, params):
    assert client.get("/search/", params).status_code == 200


def test_search_only_answers_get(client, content):
    assert client.post("/search/", {"q": "chain"}).status_code == 405


@pytest.mark.parametrize("typed", ["mentalising", "mentalizing", "Mentalising"])
def test_either_spelling_finds_the_fields_words(client, content, typed):
    """British and American spellings find the same pages and techniques (issue 14)."""
    TechniqueFactory(code="MBT-NK", name="Not-knowing stance", slug="mbt-nk", definition="Curious about mentalizing.")
    ModulePageFactory(parent=content.course, title="Mentalising in groups", slug="groups", summary="Group work.")
    html = client.get("/search/", {"q": typed}).content.decode()
    assert "Not-knowing stance" in html
    assert "Mentalising in groups" in html


def test_a_technique_named_by_the_query_comes_before_those_that_mention_its_words(client, content):
    for number in range(3):
        TechniqueFactory(
            code=f"DBT-M{number}",
            name=f"Mention {number}",
            slug=f"mention-{number}",
            definition="Stop, rewind the chain and stop again; rewind once more, stop.",
        )
    html = client.get("/search/", {"q": "stop rewind"}).content.decode()
    techniques = re.findall(r'href="/techniques/([\w-]+)/"', html)
    assert techniques[0] == "mbt-sre" and len(techniques) == 4
