import pytest

from tests import factories


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
