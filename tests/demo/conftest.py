"""The tests of the demo seed share one seeded demo: every test of this package runs on it.

Seeding the whole demo takes many seconds, so these tests do not seed it each: the first test of this
package seeds it, inside a transaction that stays open while the package's tests run
(each test's own transaction nests inside it and is rolled back after the test, as usual), and the
transaction is rolled back when the package is done, so the tests after it start from what the migrations
made. The one test that must seed again (the idempotence check in test_seed.py) does so inside its own
transaction. A test process that is handed only some of these tests seeds the demo for them alone.
"""

from dataclasses import dataclass
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

DEMO_PASSWORD = "demo-password-2026"


@dataclass(frozen=True)
class SeededDemo:
    password: str
    output: str  # what `seed_demo` printed


@pytest.fixture(scope="package")
def seeded_demo(django_db_setup, django_db_blocker):
    """The demo as `make run` seeds it, search index included, held in a transaction for this package."""
    backends = {name: {**backend, "AUTO_UPDATE": True} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()}
    package = transaction.atomic()
    out = StringIO()
    with django_db_blocker.unblock():
        package.__enter__()
        try:
            with override_settings(WAGTAILSEARCH_BACKENDS=backends):
                call_command("seed_demo", password=DEMO_PASSWORD, stdout=out)
        except BaseException:
            transaction.set_rollback(True)
            package.__exit__(None, None, None)
            raise
    yield SeededDemo(password=DEMO_PASSWORD, output=out.getvalue())
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        package.__exit__(None, None, None)
    cache.clear()  # Wagtail caches the sites' root paths, which are gone now


@pytest.fixture(autouse=True)
def demo(seeded_demo, db):
    """The seeded demo; what a test changes in it is rolled back after the test."""
    return seeded_demo
