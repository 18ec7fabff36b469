"""The demo seed: what `make run` relies on."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Revision, Site

from courses.models import HomePage

pytestmark = pytest.mark.django_db


def seed(**kwargs):
    call_command("seed_demo", stdout=open("/dev/null", "w"), **kwargs)  # noqa: SIM115


def test_seed_creates_the_site_home_and_a_user_per_role(client):
    seed(password="a-local-password")
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) >= {"trainee", "supervisor", "editor", "admin"}
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert client.post("/accounts/login/", {"username": "trainee", "password": "a-local-password"}).status_code == 302
    response = client.get("/")
    assert response.status_code == 200
    assert "Robin Hartley" in response.content.decode()


def test_seeding_twice_duplicates_nothing():
    seed()
    counts = (Page.objects.count(), Revision.objects.count(), get_user_model().objects.count(), Site.objects.count())
    seed()
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
        Site.objects.count(),
    ) == counts


def test_password_comes_from_the_environment_when_not_given(monkeypatch, client):
    monkeypatch.setenv("DEMO_PASSWORD", "from-the-environment")
    seed()
    assert (
        client.post("/accounts/login/", {"username": "editor", "password": "from-the-environment"}).status_code == 302
    )


def test_seed_prints_the_demo_logins(capsys):
    call_command("seed_demo", password="printed-password")
    out = capsys.readouterr().out
    for username in ("trainee", "supervisor", "editor", "admin"):
        assert username in out
    assert "printed-password" in out


@override_settings(IS_PRODUCTION=True)
def test_seed_refuses_to_run_under_production_settings():
    with pytest.raises(CommandError, match="production"):
        seed()
    assert not get_user_model().objects.filter(username="trainee").exists()


def test_a_too_short_password_is_refused_with_a_message():
    with pytest.raises(CommandError, match="at least 8"):
        seed(password="short")
