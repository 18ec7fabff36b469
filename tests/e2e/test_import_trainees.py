"""In Chromium: an administrator imports trainees from a CSV file, first with errors, then corrected."""

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.e2e.conftest import log_in

HEADER = "name,email,home_modality,cohort\n"


@pytest.mark.django_db(transaction=True)
def test_an_administrator_imports_trainees(page, live_server, screenshot, _migrated_data_restored, tmp_path):
    from learning.models import Cohort

    factories.AdminFactory(username="site_admin")
    Cohort.objects.create(name="Spring 2027", starts_on="2027-03-01")
    log_in(page, live_server.url, "site_admin", factories.TEST_PASSWORD, next_url="/admin/")
    page.get_by_role("button", name="Learning").click()
    page.get_by_role("link", name="Import trainees").click()

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\nBen Ode,ben@,CBT,Spring 2026\n")
    page.get_by_label("CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    alert = page.locator(".help-critical")
    assert "Line 3:" in alert.inner_text() and "Line 2" not in alert.inner_text()
    screenshot("import-trainees-errors")

    good = tmp_path / "good.csv"
    good.write_text(HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\nBen Ode,ben@example.org,MBT,Spring 2027\n")
    page.get_by_label("CSV file").set_input_files(str(good))
    page.get_by_role("button", name="Import").click()
    # The summary is the page's status message (the admin may show other help boxes, e.g. keyboard shortcuts).
    expect(page.get_by_role("status").filter(has_text="trainees created")).to_contain_text("2 trainees created")
    screenshot("import-trainees-done")
    assert Cohort.objects.get().trainees.count() == 2
