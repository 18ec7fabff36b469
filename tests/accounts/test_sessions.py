"""Sessions (issue 11, Accounts): staff idle timeout, "sign out my other sessions", re-authentication before
changing users, groups, cohorts or supervision, and a change of role ending the user's sessions."""

import time
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from accounts import roles, sessions
from tests import factories
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

CONFIRM = "/accounts/confirm/"


def age(client, key, seconds):
    """Move a time the session noted `seconds` into the past, as if that long had passed."""
    session = client.session
    session[key] = int(time.time()) - seconds
    session.save()


def path_of(response):
    return urlparse(response["Location"]).path


@pytest.mark.parametrize("who", ["editor", "reviewer", "supervisor", "admin_user"])
def test_staff_are_signed_out_after_the_idle_timeout(client, home, request, who, settings):
    user = request.getfixturevalue(who)
    client.force_login(user)
    assert client.get("/accounts/").status_code == 200
    age(client, sessions.LAST_SEEN, settings.STAFF_IDLE_TIMEOUT - 60)
    assert client.get("/accounts/").status_code == 200  # active again: the clock starts over
    age(client, sessions.LAST_SEEN, settings.STAFF_IDLE_TIMEOUT + 1)
    response = client.get("/accounts/")
    assert response.status_code == 302 and path_of(response) == "/accounts/login/"
    assert "_auth_user_id" not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "signed out after 30 minutes without activity" in page


def test_a_trainee_keeps_the_normal_session_age(client, home, trainee, settings):
    client.force_login(trainee)
    age(client, sessions.LAST_SEEN, settings.STAFF_IDLE_TIMEOUT * 4)
    assert client.get("/accounts/").status_code == 200
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


def test_a_staff_session_row_expires_with_the_idle_timeout(client, home, editor, settings):
    client.force_login(editor)
    age(client, sessions.LAST_SEEN, 120)
    client.get("/accounts/")
    assert client.session.get_expiry_age() == settings.STAFF_IDLE_TIMEOUT


def test_signing_out_other_sessions_keeps_this_one(home, trainee):
    here, phone, laptop = Client(), Client(), Client()
    for client in (here, phone, laptop):
        assert client.post("/accounts/login/", {"username": trainee.username, "password": TEST_PASSWORD}).status_code
        assert client.get("/dashboard/").status_code == 200
    assert here.get("/accounts/sessions/sign-out-others/").status_code == 405  # a GET changes nothing
    assert phone.get("/dashboard/").status_code == 200

    response = here.post("/accounts/sessions/sign-out-others/", follow=True)
    assert "Every other session of your account is signed out" in response.content.decode()
    assert here.get("/dashboard/").status_code == 200
    for client in (phone, laptop):
        assert path_of(client.get("/dashboard/")) == "/accounts/login/"
    # and signing in again works as before
    assert phone.post("/accounts/login/", {"username": trainee.username, "password": TEST_PASSWORD}).status_code == 302
    assert phone.get("/dashboard/").status_code == 200


def test_sessions_from_before_keep_working_without_a_sign_out(db):
    """An account as the upgrade finds it has Django's own session hash, so the upgrade signs nobody out."""
    from django.contrib.auth.base_user import AbstractBaseUser

    user = factories.UserFactory()
    assert user.session_version == 0
    assert user.get_session_auth_hash() == AbstractBaseUser.get_session_auth_hash(user)


def cohort_edit_url(cohort):
    return reverse(cohort.snippet_viewset.get_url_name("edit"), args=[cohort.pk])


@pytest.fixture
def change_pages(db, trainee, supervisor):
    from supervision.models import Supervision

    cohort = factories.CohortFactory()
    supervision = Supervision.objects.create(supervisor=supervisor, trainee=trainee)
    return [
        reverse("wagtailusers_users:add"),
        reverse("wagtailusers_users:edit", args=[trainee.pk]),
        reverse("wagtailusers_users:delete", args=[trainee.pk]),
        reverse("wagtailusers_groups:add"),
        reverse("wagtailusers_groups:edit", args=[Group.objects.get(name=roles.EDITORS).pk]),
        cohort_edit_url(cohort),
        reverse(supervision.snippet_viewset.get_url_name("add")),
        reverse(supervision.snippet_viewset.get_url_name("edit"), args=[supervision.pk]),
    ]


def test_changing_users_groups_cohorts_or_supervision_asks_for_the_password_again(
    client, home, admin_user, change_pages, settings
):
    client.force_login(admin_user)
    for url in change_pages:
        assert client.get(url).status_code == 200, url  # signed in just now: no need
    age(client, sessions.AUTHENTICATED_AT, settings.REAUTHENTICATION_TIMEOUT + 1)
    for url in change_pages:
        response = client.get(url)
        assert response.status_code == 302 and path_of(response) == CONFIRM, url
    # a post is asked too, and changes nothing
    edit_trainee = change_pages[1]
    posted = client.post(edit_trainee, {"first_name": "Changed"})
    assert path_of(posted) == CONFIRM
    # looking is not changing
    for url in ("/admin/users/", "/admin/groups/", "/admin/snippets/learning/cohort/"):
        assert client.get(url).status_code == 200, url

    wrong = client.post(CONFIRM, {"password": "not-it", "next": edit_trainee})
    assert wrong.status_code == 400
    assert "That password or code is not right" in wrong.content.decode()
    assert client.get(edit_trainee).status_code == 302

    right = client.post(CONFIRM, {"password": TEST_PASSWORD, "next": edit_trainee})
    assert right.status_code == 302 and right["Location"] == edit_trainee
    assert client.get(edit_trainee).status_code == 200


def test_a_code_confirms_as_well_as_the_password(client, home, admin_user, settings):
    from tests.accounts.mfa_helpers import code_for, give_authenticator

    device = give_authenticator(admin_user)
    client.force_login(admin_user)
    assert client.post("/accounts/two-factor/", {"code": code_for(device.key)}).status_code == 302
    age(client, sessions.AUTHENTICATED_AT, settings.REAUTHENTICATION_TIMEOUT + 1)
    add_user = reverse("wagtailusers_users:add")
    assert path_of(client.get(add_user)) == CONFIRM
    response = client.post(CONFIRM, {"code": code_for(device.key, step_offset=1), "next": add_user})
    assert response.status_code == 302 and response["Location"] == add_user
    assert client.get(add_user).status_code == 200


def test_the_confirm_page_refuses_an_address_elsewhere(client, home, admin_user):
    client.force_login(admin_user)
    response = client.post(CONFIRM, {"password": TEST_PASSWORD, "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_change_of_role_ends_the_users_sessions(client, home, trainee):
    client.force_login(trainee)
    assert client.get("/dashboard/").status_code == 200
    trainee.groups.add(Group.objects.get(name=roles.EDITORS))
    assert path_of(client.get("/dashboard/")) == "/accounts/login/"

    client.force_login(trainee)
    assert client.session[sessions.STAFF] is True  # the new session knows: idle timeout and second factor apply
    trainee.is_superuser = True
    trainee.save()
    assert path_of(client.get("/dashboard/")) == "/accounts/login/"
