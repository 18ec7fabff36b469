"""Administrators set a trainee's home modality in the admin's user forms (not only by CSV import); an e-mail address
belongs to one account."""

import pytest
from django.contrib.auth import get_user_model

from tests import factories

pytestmark = pytest.mark.django_db


def test_the_edit_form_sets_the_home_modality(client, home, admin_user):
    trainee = factories.TraineeFactory(home_modality="")
    client.force_login(admin_user)
    url = f"/admin/users/edit/{trainee.pk}/"
    assert "Home modality" in client.get(url).content.decode()
    data = {
        "username": trainee.username,
        "email": trainee.email,
        "first_name": trainee.first_name,
        "last_name": trainee.last_name,
        "is_active": "on",
        "groups": list(trainee.groups.values_list("pk", flat=True)),
        "home_modality": "dbt",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    trainee.refresh_from_db()
    assert trainee.home_modality == "dbt"


def test_a_modality_off_the_list_is_refused(client, home, admin_user):
    trainee = factories.TraineeFactory(home_modality="mbt")
    client.force_login(admin_user)
    data = {"username": trainee.username, "email": trainee.email, "is_active": "on", "home_modality": "cbt"}
    response = client.post(f"/admin/users/edit/{trainee.pk}/", data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    trainee.refresh_from_db()
    assert trainee.home_modality == "mbt"


def test_the_create_form_offers_it(client, home, admin_user):
    client.force_login(admin_user)
    page = client.get("/admin/users/new/").content.decode()
    assert 'name="home_modality"' in page
    data = {
        "username": "new.trainee",
        "email": "new@example.org",
        "first_name": "New",
        "last_name": "Trainee",
        "password1": "a-long-password-2026!",
        "password2": "a-long-password-2026!",
        "home_modality": "mbt",
    }
    assert client.post("/admin/users/new/", data).status_code == 302
    assert get_user_model().objects.get(username="new.trainee").home_modality == "mbt"


def test_an_e_mail_address_of_another_account_is_refused_in_any_case(client, home, admin_user):
    existing = factories.TraineeFactory(email="Robin@Example.org")
    other = factories.TraineeFactory(email="sam@example.org")
    client.force_login(admin_user)
    data = {
        "username": "new.trainee",
        "email": "robin@example.ORG",
        "password1": "a-long-password-2026!",
        "password2": "a-long-password-2026!",
    }
    response = client.post("/admin/users/new/", data)
    assert (
        response.status_code == 200 and "Another account already uses this e-mail address." in response.content.decode()
    )
    assert not get_user_model().objects.filter(username="new.trainee").exists()
    edit = {"username": other.username, "email": existing.email.upper(), "first_name": "S", "last_name": "T"}
    response = client.post(f"/admin/users/edit/{other.pk}/", edit)
    assert "Another account already uses this e-mail address." in response.content.decode()
    other.refresh_from_db()
    assert other.email == "sam@example.org"
    # Keeping one's own address (in another case) is no conflict.
    edit = {"username": existing.username, "email": "robin@example.org", "first_name": "R", "last_name": "B"}
    assert client.post(f"/admin/users/edit/{existing.pk}/", edit).status_code == 302
