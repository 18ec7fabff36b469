import json
import uuid
from types import SimpleNamespace

import pytest
import responses

from tests import factories
from tests.courses.factories import ModulePageFactory, make_curriculum
from tests.interop.ralph import PASSWORD as ralph_password
from tests.interop.ralph import USERNAME as ralph_username
from tests.interop.ralph import Ralph
from tests.interop.simulator import PlatformSimulator


@pytest.fixture
def http():
    """Every outgoing HTTP request of the test goes to the fakes registered here; any other fails the test."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


FAKE_LRS = "https://lrs.example.edu/xAPI/"


@pytest.fixture
def fake_lrs(http, settings):
    """An LRS answering at the `requests` boundary: the list of the statements it received, in order."""
    settings.XAPI_LRS_URL = FAKE_LRS
    received = []

    def put(request):
        received.append(json.loads(request.body))
        return 204, {}, ""

    http.add_callback(responses.PUT, f"{FAKE_LRS}statements", callback=put)
    return received


@pytest.fixture
def lms(http, db):
    """A registered platform and its simulator."""
    simulator = PlatformSimulator(http)
    simulator.platform = simulator.register()
    return simulator


@pytest.fixture
def curriculum(db):
    """A course with one module, and a published quiz."""
    tree = make_curriculum(modules=0)
    module = ModulePageFactory(parent=tree.course, title="Chain analysis", slug="chain-analysis")
    quiz = factories.make_quiz(title="Chain analysis check", pass_mark=60)
    tree.course.refresh_from_db()
    return SimpleNamespace(**vars(tree), module=module, quiz=quiz)


@pytest.fixture(scope="session")
def ralph_server():
    server = Ralph()
    reason = server.start()
    if reason:
        pytest.skip(reason)
    yield server
    server.stop()


@pytest.fixture
def lrs(ralph_server, settings):
    """Statements of this test go to the real local LRS (Ralph), under a home page of this test's own.

    The LRS lives for the whole session; the home page keeps each test's actors apart from the others'.
    """
    settings.XAPI_HOME_PAGE = f"http://testserver/{uuid.uuid4().hex}"
    settings.XAPI_LRS_URL = ralph_server.url
    settings.XAPI_LRS_USERNAME = ralph_username
    settings.XAPI_LRS_PASSWORD = ralph_password
    return ralph_server
