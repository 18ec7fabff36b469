"""The register of personal data is complete, and the privacy page is written from it."""

import pytest
from django.apps import apps
from django.conf import settings

from accounts.personal_data import Erasure
from privacy import registry

pytestmark = pytest.mark.django_db

# Personal data held without a reference to the user model: sign-in records by the username typed, sessions.
WITHOUT_A_USER_REFERENCE = {"axes.AccessAttempt", "axes.AccessFailureLog", "axes.AccessLog", "sessions.Session"}


def models_referring_to_users():
    """Every installed model with a field (foreign key, one-to-one, many-to-many) to the user model, by label.

    A field inherited from a parent model (a page's owner) counts for the model that defines it; the hidden
    through-tables of many-to-many fields count for the model that has the field.
    """
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.is_relation and field.concrete and field.related_model is user_model:
                found.add(field.model._meta.label)
    return found


def test_every_model_that_refers_to_a_user_is_declared():
    declared = {declaration.model for declaration in registry.declarations()}
    missing = (models_referring_to_users() | WITHOUT_A_USER_REFERENCE) - declared
    assert missing == set(), f"declare these in their room's privacy module: {sorted(missing)}"


def test_the_check_would_catch_a_model_left_out(monkeypatch):
    monkeypatch.setattr(registry, "OTHER_DECLARATIONS", [])
    declared = {declaration.model for declaration in registry.declarations()}
    assert "wagtailusers.UserProfile" in models_referring_to_users() - declared


def test_each_room_declares_only_its_own_models_and_every_text_is_written():
    for room in registry.ROOMS:
        for declaration in room.code.DECLARATIONS:
            assert declaration.model.split(".")[0] == room.module.split(".")[0], declaration.model
    for declaration in registry.declarations():
        assert all(str(text).strip() for text in (declaration.holds, declaration.purpose, declaration.seen_by))
        assert str(declaration.kept).strip() and str(declaration.erasure_note).strip()
        assert declaration.erasure in set(Erasure)
        assert (
            declaration.user_fields
            or declaration.username_fields
            or declaration.model
            in {
                "accounts.User",
                "sessions.Session",
            }
        ), declaration.model


def test_every_declared_reference_to_the_person_can_be_followed(trainee):
    """Each declaration's user and username fields exist: counting a person's rows by them works."""
    for declaration in registry.declarations():
        assert registry.rows_of(declaration, trainee).count() >= 0


def test_the_privacy_page_is_public_and_written_from_the_register(client):
    response = client.get("/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    for declaration in registry.declarations():
        assert f'data-model="{declaration.model}"' in html
    assert "What you typed or chose on a question before submitting it (autosave)." in html
    assert "Only you." in html and "Until the attempt ends." in html
    assert "365 days after submission" in html and "PRIVACY_EXPORT_DAYS" in html
    assert 'href="/privacy/"' in html  # the footer's link, on every page


def test_the_privacy_page_follows_a_changed_period(client, settings):
    settings.PRACTICE_RETENTION_DAYS = 90
    assert "90 days after submission" in client.get("/privacy/").content.decode()


def test_only_administrators_see_the_register_in_the_admin(client, admin_user, editor):
    client.force_login(editor)
    assert client.get("/admin/privacy/register/").status_code in (302, 403)
    client.force_login(admin_user)
    html = client.get("/admin/privacy/register/").content.decode()
    assert "practice.Submission" in html and "wagtailcore.Revision" in html
