"""The completion settings the README points to are in the admin's Settings menu, for administrators only."""

import pytest

from learning import watching
from learning.models import LearningSettings

pytestmark = pytest.mark.django_db
URL = "/admin/settings/learning/learningsettings/"


def test_an_administrator_finds_and_changes_the_watch_share(client, home, admin_user):
    client.force_login(admin_user)
    assert "Completion settings" in client.get("/admin/").content.decode()
    form = client.get(URL, follow=True)
    assert form.status_code == 200 and "share of a role-play clip to watch" in form.content.decode().lower()
    response = client.post(form.redirect_chain[-1][0] if form.redirect_chain else URL, {"watch_share": "90"})
    assert response.status_code == 302
    assert LearningSettings.load().watch_share == 90 and watching.watch_share() == 90


def test_a_share_off_the_bounds_is_refused_with_a_message(client, home, admin_user):
    client.force_login(admin_user)
    form = client.get(URL, follow=True)
    response = client.post(form.redirect_chain[-1][0] if form.redirect_chain else URL, {"watch_share": "5"})
    assert response.status_code == 200 and "greater than or equal to 10" in response.content.decode()
    assert LearningSettings.load().watch_share == 80


def test_editors_and_reviewers_cannot_open_them(client, home, editor, reviewer):
    for user in (editor, reviewer):
        client.force_login(user)
        assert "Completion settings" not in client.get("/admin/").content.decode()
        response = client.get(URL, follow=True)
        assert "share of a role-play clip to watch" not in response.content.decode().lower()
        assert "Sorry, you do not have permission to access this area." in response.content.decode()
