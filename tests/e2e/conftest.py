"""Browser tests: Playwright driving Debian's Chromium (no browser download is possible here)."""

import os
import shutil
from pathlib import Path

import django.test.testcases
import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; the ORM calls made
# by fixtures there are still plain synchronous calls against the test database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Django's live server answers MEDIA_URL itself, without byte ranges, so a browser could
# not seek video there. Hand media to the site's own URLs instead, which serve ranges
# as the development server does (courses.views.serve_media).
django.test.testcases._MediaFilesHandler = lambda application: application

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
DEMO_PASSWORD = "e2e-demo-password"


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"No Chromium at {CHROMIUM}: install Debian's 'chromium' package (CI does).")
    for item in items:
        if "e2e" in item.nodeid.split("::")[0]:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(autouse=True)
def _migrated_data_restored(transactional_db, django_db_serialized_rollback, migration_data):
    """Browser tests need committed data (the live server reads it from another thread).

    A transactional test empties the database when it ends, so each one starts by
    restoring what the migrations made (root page, roles). Django would do this itself,
    but inside Playwright's event loop it looks for its saved copy on another
    connection object and finds none, so the copy saved at set-up is used here.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page

    if not migration_data:
        return
    # Seen by the flush at the end of this test, so that it leaves the database
    # empty instead of re-creating content types that the restore would clash with.
    connection._test_serialized_contents = migration_data
    if not Page.objects.exists():
        ContentType.objects.all().delete()
        connection.creation.deserialize_db_from_string(migration_data)


@pytest.fixture(autouse=True)
def _page_quiet_before_the_database_is_emptied(request, _migrated_data_restored):
    """Leave the page and let the live server finish before the test's database is flushed.

    Leaving a module page makes the player send its last watch report (keepalive). If that
    request reached the live server while the database was being flushed, SQLite would refuse
    the flush and the rows it wrote would outlive the test.
    """
    # Asked for here, after the data is restored, so that this fixture ends before the page closes.
    page = request.getfixturevalue("page") if "page" in request.fixturenames else None
    yield
    if page is not None and not page.is_closed():
        page.goto("about:blank")
        page.wait_for_timeout(500)


@pytest.fixture
def demo(_migrated_data_restored):
    """The seeded demo, exactly as `make run` serves it."""
    call_command("seed_demo", password=DEMO_PASSWORD, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return DEMO_PASSWORD


@pytest.fixture
def screenshot(page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def log_in(page, base_url, username, password, next_url="/"):
    page.goto(f"{base_url}/accounts/login/?next={next_url}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def wait_until(page, expression, timeout=15.0):
    """Poll a JavaScript expression until it is truthy.

    Playwright's wait_for_function evaluates strings with eval(), which the site's
    Content-Security-Policy rightly forbids; page.evaluate is not affected.
    """
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate(expression):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out waiting for: {expression}")
