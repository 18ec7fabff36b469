import re
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import TestCase

from learning import watching
from tests import factories
from tests.courses.factories import (
    CoursePageFactory,
    ModulePageFactory,
    TechniqueFactory,
    make_curriculum,
    make_video,
    video_value,
)


@pytest.fixture(autouse=True)
def _fresh_watch_share():
    """The cached completion settings outlive a test's rolled-back transaction: start and end without them."""
    cache.delete(watching.WATCH_SHARE_KEY)
    yield
    cache.delete(watching.WATCH_SHARE_KEY)


@pytest.fixture
def journey(db):
    """One MBT course: module 1 has text, a role-play video (62.1 s) and a quiz; module 2 has text only."""
    tree = make_curriculum(modules=0)
    media = make_video()
    quiz = factories.QuizFactory(title="Mentalizing check", pass_mark=60)
    first = ModulePageFactory(
        parent=tree.course,
        title="Mentalizing and BPD",
        slug="first",
        body=[
            ("text", "<p>Mentalizing fails under high arousal.</p>"),
            ("video", video_value(media, TechniqueFactory())),
            ("quiz", {"quiz": quiz, "heading": "Check your understanding"}),
        ],
    )
    second = ModulePageFactory(
        parent=tree.course, title="Modes", slug="second", body=[("text", "<p>Psychic equivalence.</p>")]
    )
    dbt = CoursePageFactory(parent=tree.catalogue, title="DBT essentials", slug="dbt-essentials", track="dbt")
    dbt_module = ModulePageFactory(parent=dbt, title="Biosocial theory", slug="biosocial")
    tree.course.refresh_from_db()
    return SimpleNamespace(
        **vars(tree), media=media, quiz=quiz, first=first, second=second, dbt=dbt, dbt_module=dbt_module
    )


class Clock:
    """Stands in for the watching module's clock, so a test can let time pass between serving and reporting."""

    def __init__(self, now=1_700_000_000.0):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(watching, "time", fake)
    return fake


def watch_token(response):
    match = re.search(r'data-watch-token="([^"]+)"', response.content.decode())
    assert match, "the module page carries no watch token"
    return match.group(1)


def clip_ids(response):
    return re.findall(r'data-clip-status="([^"]+)"', response.content.decode())


def committed_post(client, url, data=None):
    """A POST, and then what the view leaves for after its commit (recording progress), as on a live site.

    The tests run inside a transaction that never commits, so the on-commit callbacks are run here.
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, data or {})


def enrol(client, course):
    return committed_post(client, f"/learning/courses/{course.pk}/enrol/")
