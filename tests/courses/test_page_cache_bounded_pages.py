"""Public pages stay small at ten times the demo's content: the glossary is paged (courses.TechniqueIndexPage)."""

import pytest
from django.test import Client

from techniques.models import Technique
from tests.courses.factories import make_curriculum

pytestmark = pytest.mark.django_db

DEFINITION = (
    "Stopping the interaction when mentalizing is lost, going back to the moment before the break, and exploring "
    "together what each person felt and thought then, with curiosity and without blame. The therapist takes "
    "responsibility for their own part first, so the patient can look at the sequence without feeling accused. "
) * 2
DEFINITION = DEFINITION[: Technique._meta.get_field("definition").max_length]  # as long as a definition may be


@pytest.fixture
def glossary(db):
    tree = make_curriculum(modules=0)
    Technique.objects.bulk_create(
        Technique(
            code=f"MBT-T{number:03d}",
            name=f"Technique {number:03d}",
            slug=f"technique-{number:03d}",
            track="mbt" if number % 2 else "dbt",
            definition=DEFINITION,
        )
        for number in range(700)
    )
    return tree.glossary


def test_the_glossary_of_700_techniques_is_paged_under_100_kb(glossary):
    response = Client().get(glossary.url)
    html = response.content.decode()
    assert len(response.content) < 100_000
    assert "700 techniques · page 1 of 12" in html
    assert "Technique 000" in html and "Technique 060" not in html
    last = Client().get(f"{glossary.url}?page=12").content.decode()
    assert "Technique 699" in last and "Technique 000" not in last
    assert '<span aria-current="page">12</span>' in last


def test_the_page_links_keep_the_filters(glossary):
    html = Client().get(f"{glossary.url}?track=mbt").content.decode()
    assert "350 techniques · page 1 of 6" in html
    assert 'href="?track=mbt&amp;page=2"' in html


@pytest.mark.parametrize("page", ["99", "abc", "-1", "9" * 30])
def test_a_page_number_out_of_range_or_garbled_shows_a_page_not_an_error(glossary, page):
    response = Client().get(f"{glossary.url}?page={page}")
    assert response.status_code == 200
    assert "700 techniques" in response.content.decode()
