"""In Chromium: an administrator imports trainees from a CSV file, first with errors, then corrected."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import log_in

HEADER = "name,email,home_modality,cohort\n"


@pytest.fixture
def spring_cohort(demo):
    """A cohort of the demo's to import into; it and the trainees imported go again afterwards."""
    from django.contrib.auth import get_user_model

    from learning.models import Cohort

    cohort = Cohort.objects.create(name="Spring 2027", starts_on="2027-03-01")
    yield cohort
    # The other browser tests share the demo: leave it as seeded.
    get_user_model().objects.filter(cohorts=cohort).delete()
    cohort.delete()


def test_an_administrator_imports_trainees(page, live_server, demo, spring_cohort, screenshot, tmp_path):
    log_in(page, live_server.url, "admin", demo, next_url="/admin/")
    page.get_by_role("button", name="Learning").click()
    page.get_by_role("link", name="Import trainees").click()

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\nBen Ode,ben@,CBT,Spring 2026\n")
    page.get_by_label("CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    alert = page.locator(".help-critical")
    expect(alert).to_contain_text("Line 3:")
    expect(alert).not_to_contain_text("Line 2")
    screenshot("import-trainees-errors")

    good = tmp_path / "good.csv"
    good.write_text(HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\nBen Ode,ben@example.org,MBT,Spring 2027\n")
    page.get_by_label("CSV file").set_input_files(str(good))
    page.get_by_role("button", name="Import").click()
    # The summary is the page's status message (the admin may show other help boxes, e.g. keyboard shortcuts).
    expect(page.get_by_role("status").filter(has_text="trainees created")).to_contain_text("2 trainees created")
    screenshot("import-trainees-done")
    assert spring_cohort.trainees.count() == 2
