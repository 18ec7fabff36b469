import pytest

from tests import factories

# Test modules that search, and so need the search index kept up to date as they save content
# (config/settings/test.py turns that off for the rest). A test elsewhere asks for `search_index`.
SEARCHING_MODULES = {"tests/courses/test_search.py"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.nodeid.split("::")[0] in SEARCHING_MODULES:
            item.add_marker(pytest.mark.search_index)


@pytest.fixture
def search_index(settings):
    """Index what the test saves, as the site does (the test settings leave the index alone)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": True} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }


@pytest.fixture(autouse=True)
def _search_index_when_marked(request):
    if request.node.get_closest_marker("search_index"):
        request.getfixturevalue("search_index")


@pytest.fixture(autouse=True)
def _new_page_cache_generation():
    """Nothing a test remembered from published content (courses.page_cache) reaches the next test.

    The memory cache outlives each test's rolled-back database, where the next test's rows may get the same ids
    (SQLite reuses them after a rollback): a quiz remembered as placed in a module would stay placed.
    """
    from courses import page_cache

    page_cache._next_generation()  # not purge(): its on-commit half would need the database


@pytest.fixture(scope="session", autouse=True)
def migration_data(django_db_setup, django_db_blocker):
    """What the migrations put in the test database, as Django serialized it at set-up.

    Taken before any browser test starts Playwright (autouse session fixtures come first).
    """
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test leaves the database as it found it: what the migrations made.

    Django empties the database after such a test and expects the tests after it to be transactional too
    (pytest-django runs them last). But xdist's work stealing can hand a process ordinary tests after its
    transactional ones, and those would find no root page, no root collection, no groups. So the
    migrations' copy goes back in, as the next transactional test would have put it.
    """
    result = yield
    marker = item.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction")
    # After the process's last test the test database is gone (nextitem is None): nothing to refill.
    if transactional and nextitem is not None and "live_server" not in item.fixturenames:
        from django.core.cache import cache
        from django.db import connection
        from pytest_django.plugin import blocking_manager_key

        serialized = getattr(connection, "_test_serialized_contents", None)
        if serialized:
            with item.config.stash[blocking_manager_key].unblock():
                connection.creation.deserialize_db_from_string(serialized)
            cache.clear()  # Wagtail caches the sites' root paths
    return result


@pytest.fixture
def home(db):
    """A home page at the top of the tree, served as the default site."""
    return factories.make_home()


@pytest.fixture
def trainee(db):
    return factories.TraineeFactory(username="trainee_a")


@pytest.fixture
def supervisor(db):
    return factories.SupervisorFactory(username="supervisor_x")


@pytest.fixture
def editor(db):
    return factories.EditorFactory(username="editor_e")


@pytest.fixture
def reviewer(db):
    return factories.ReviewerFactory(username="reviewer_r")


@pytest.fixture
def admin_user(db):
    return factories.AdminFactory(username="site_admin")
