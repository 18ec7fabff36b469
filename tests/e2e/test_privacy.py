"""The demo trainee asks for their data in Chromium, watches the export being prepared, and downloads the archive."""

import json
import zipfile

from playwright.sync_api import expect

from tests.e2e.conftest import log_in


def test_the_trainee_prepares_and_downloads_their_data(page, live_server, demo, settings, screenshot):
    from privacy import archive
    from privacy.models import DataExport
    from privacy.tasks import build_export

    # Nothing runs the job until the test says so, as when the worker is busy: the page shows it waiting.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    log_in(page, live_server.url, "trainee", demo, next_url="/dashboard/")
    page.get_by_role("link", name="Account").click()
    page.get_by_role("link", name="Your data", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your data")
    page.get_by_role("button", name="Prepare my data export").click()
    expect(page.locator("[data-export-state]")).to_have_text("Waiting to start")
    expect(page.get_by_label("Progress")).to_have_attribute("value", "0")
    expect(page.get_by_role("button", name="Prepare my data export")).to_have_count(0)
    screenshot("privacy-export-waiting")

    export = DataExport.objects.get(subject__username="trainee")
    try:
        build_export.call(str(export.pk))  # the worker gets to it; the page notices by itself
        download_link = page.get_by_role("link", name="Download the archive (ZIP)")
        expect(download_link).to_be_visible(timeout=15_000)
        expect(page.get_by_label("Progress")).to_have_attribute("value", "100")
        screenshot("privacy-export-ready")
        with page.expect_download() as download:
            download_link.click()
        assert download.value.suggested_filename.startswith("my-data-")
        with zipfile.ZipFile(download.value.path()) as zipped:
            names = zipped.namelist()
            account = json.loads(zipped.read("account.json"))["account"]
            learning = json.loads(zipped.read("learning.json"))
        assert account["username"] == "trainee" and account["first_name"] == "Robin"
        assert "README.txt" in names and any(name.startswith("essays/") for name in names)
        assert [f"certificates/certificate-{c['verification_code']}.pdf" for c in learning["certificates"]] == [
            name for name in names if name.startswith("certificates/")
        ]
        assert any(name.startswith("recordings/") for name in names)
    finally:
        archive.delete(DataExport.objects.filter(subject__username="trainee"))
