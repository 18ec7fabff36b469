"""Whatever a visitor types into search gets a page of results, never a server error (issue 11, defect 5)."""

import pytest

from courses.search import clean_query
from tests.courses.factories import TechniqueFactory

ODD_QUERIES = [
    *['"', '"unclosed phrase', 'a"b"c"', "\x00", "valid\x00ation"],
    *["'", "(", "*", "a*", "-x", "NEAR(", "^", ":", "\\"],
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_an_odd_query_gets_a_results_page(client, home, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"\x00" not in response.content


def test_a_closed_phrase_stays_a_phrase_and_an_open_quote_is_dropped():
    assert clean_query('"stop and rewind"') == '"stop and rewind"'
    assert clean_query('"stop and rewind') == "stop and rewind"
    assert clean_query("valid\x00ation\n") == "validation"
    assert len(clean_query("x" * 5000)) == 200


ADMIN_SEARCHES = [
    "/admin/snippets/techniques/technique/",
    "/admin/snippets/techniques/technique/results/",
    "/admin/snippets/choose/techniques/technique/results/",
    "/admin/pages/search/",
    "/admin/choose-page/search/",
]


@pytest.mark.search_index
@pytest.mark.parametrize("query", ['"', '"unclosed phrase', "\x00", "MBT-SRE"])
def test_the_admins_searches_and_choosers_take_odd_queries(client, home, admin_user, query):
    TechniqueFactory(code="MBT-SRE", name="Stop–rewind–explore", slug="mbt-sre", definition="Halt, go back, explore.")
    client.force_login(admin_user)
    for url in ADMIN_SEARCHES:
        assert client.get(url, {"q": query}).status_code == 200, url


@pytest.mark.search_index
def test_an_editor_finds_a_technique_by_part_of_its_code(client, home, admin_user):
    TechniqueFactory(code="MBT-SRE", name="Stop–rewind–explore", slug="mbt-sre", definition="Halt, go back, explore.")
    TechniqueFactory(code="DBT-VAL", name="Validation", slug="dbt-val", definition="Finding the kernel of truth.")
    client.force_login(admin_user)
    html = client.get("/admin/snippets/techniques/technique/", {"q": "SRE"}).content.decode()
    assert "Stop–rewind–explore" in html
    assert "Validation" not in html
