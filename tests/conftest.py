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


@pytest.fixture(scope="session", autouse=True)
def migration_data(django_db_setup, django_db_blocker):
    """What the migrations put in the test database, as Django serialized it at set-up.

    Taken before any browser test starts Playwright (autouse session fixtures come first).
    """
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


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
