"""Browser tests: Playwright driving Debian's Chromium (no browser download is possible here).

The browser tests share one seeded demo. Seeding it takes many seconds, so it is seeded once, when the
first browser test of a test process starts, and committed so that the live server (a thread of this
process) reads it; the tests do not empty the database after each other. A test that changes the demo
must therefore leave what the others look at as it found it (see the fixtures of test_authoring,
test_quizzes and test_import_trainees), or change only what no other test reads (the demo trainee's
journey, the supervisor's marking of the oldest essay). When the last browser test of the process has
run, the database is emptied and refilled with what the migrations made, as after any transactional test.
"""

import os
import shutil
import time
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
    if os.environ.get("E2E", "1") == "0":
        # CI runs the browser once, in its PostgreSQL pass; its SQLite pass sets E2E=0.
        reason = "E2E=0: the browser tests run in another pass (CI runs them against PostgreSQL)."
    elif not Path(CHROMIUM).exists():
        reason = f"No Chromium at {CHROMIUM}: install Debian's 'chromium' package (CI does)."
    else:
        return
    skip = pytest.mark.skip(reason=reason)
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


def _restore(serialized):
    """Empty the database and put back a serialized copy of it (what the migrations made)."""
    from django.core.cache import cache
    from django.db import connection

    # As a transactional test with serialized rollback does: no post-migrate signal re-creating content
    # types the copy would clash with, and sequences left running so that new rows get new ids.
    call_command("flush", interactive=False, verbosity=0, reset_sequences=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(serialized)
    cache.clear()  # Wagtail caches the sites' root paths


@pytest.fixture(scope="package")
def demo_database(django_db_setup, django_db_blocker, migration_data):
    """The demo, seeded once for the browser tests of this process and committed, exactly as `make run` serves it.

    Seeded with the search index kept up to date, as on the site, so that searching the demo finds it.
    When the process's last browser test is done, the database holds what the migrations made again.
    """
    from django.conf import settings
    from django.db import connection
    from django.test import override_settings
    from wagtail.models import Page

    backends = {name: {**backend, "AUTO_UPDATE": True} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()}
    with django_db_blocker.unblock():
        if migration_data:
            # Django keeps this copy on the connection object it set the database up with, but under
            # Playwright's event loop tests get another one. Hand it the copy too, so that transactional
            # tests with serialized rollback that run after the browser tests find it, as they would.
            connection._test_serialized_contents = migration_data
            migrated = migration_data
        else:
            migrated = connection.creation.serialize_db_to_string()
        if not Page.objects.filter(depth=1).exists():
            # Emptied by a transactional test that ran before.
            assert migration_data, "the test database was set up without a serialized copy to start from"
            _restore(migrated)
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            call_command("seed_demo", password=DEMO_PASSWORD, stdout=open(os.devnull, "w"))  # noqa: SIM115
    yield DEMO_PASSWORD
    with django_db_blocker.unblock():
        _restore(migrated)


@pytest.fixture(autouse=True)
def _live_server_helper(request, django_db_blocker):
    """Stands in for pytest-django's helper of the same name, which makes every live-server test transactional.

    That would empty the database after each browser test, and the demo would have to be seeded again for
    the next. Here the tests share the committed demo (`demo_database`) and reach the database directly,
    as the live server does.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("demo_database")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    with django_db_blocker.unblock():
        yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(autouse=True)
def _page_left_before_the_next_test(request, _live_server_helper):
    """Leave the page and let the live server record its last report before the next test starts.

    Leaving a module page makes the player send its last watch report (keepalive). It must not reach the
    live server while the next test runs, or while the database is emptied after the last one (SQLite
    would refuse the flush, and the rows it wrote would outlive the test).
    """
    # Asked for here, after the database is reachable, so that this fixture ends before the page closes.
    page = request.getfixturevalue("page") if "page" in request.fixturenames else None
    yield
    if page is None or page.is_closed():
        return
    reports = page.locator("[data-watch-url]").count()
    page.goto("about:blank")
    if reports:
        page.wait_for_timeout(500)


@pytest.fixture
def demo(demo_database):
    """The seeded demo's password (every demo user has it)."""
    return demo_database


class ServerClock:
    """The clock the server's check of watch reports reads (`learning.watching`), which a test may move on.

    The live server runs in a thread of the test process, so moving this clock moves the server's notion of
    how long a page has been open: a test can play a clip faster than a trainee may, and the server sees
    the time a trainee would have needed. Nothing else is moved.
    """

    def __init__(self):
        self.offset = 0.0

    def time(self):
        return time.time() + self.offset

    def advance(self, seconds):
        self.offset += seconds


@pytest.fixture
def server_clock(monkeypatch):
    from learning import watching

    clock = ServerClock()
    monkeypatch.setattr(watching, "time", clock)
    return clock


@pytest.fixture
def screenshot(page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def submit_login(page, base_url, username, password, next_url="/"):
    page.goto(f"{base_url}/accounts/login/?next={next_url}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def log_in(page, base_url, username, password, next_url="/"):
    """Log in through the form and wait, as the user does, until it has let them in to the next page."""
    submit_login(page, base_url, username, password, next_url)
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def wait_until(target, expression, timeout=15.0):
    """Poll a JavaScript expression until it is truthy, and return its value.

    `target` is a page and `expression` an expression ("document.title === 'x'"), or `target` is a locator
    and `expression` a function of its element ("v => v.currentTime > 1"); a locator first waits for its
    element to be there, as a user waits for a video to appear before watching it.

    Playwright's wait_for_function evaluates strings with eval(), which the site's
    Content-Security-Policy rightly forbids; evaluate() is not affected.
    """
    from playwright.sync_api import Locator
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    page = target.page if isinstance(target, Locator) else target
    deadline = time.monotonic() + timeout
    while True:
        if target is page:
            value = page.evaluate(expression)
        else:
            try:
                value = target.evaluate(expression, timeout=max(deadline - time.monotonic(), 1) * 1000)
            except PlaywrightTimeoutError:
                raise AssertionError(f"{target} did not appear within {timeout} s") from None
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {expression}")
        page.wait_for_timeout(100)
