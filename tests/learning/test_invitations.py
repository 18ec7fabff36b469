"""Administrators send, or send again, the password e-mail to trainees who cannot sign in yet (issue 14)."""

import pytest
from django.core import mail

from tests import factories

pytestmark = pytest.mark.django_db

URL = "/admin/learning/invitations/"


def waiting(username, **fields):
    """A trainee as the CSV import makes them: an e-mail address and no password yet."""
    user = factories.TraineeFactory(username=username, email=f"{username}@example.org", **fields)
    user.set_unusable_password()
    user.save()
    return user


def test_the_list_holds_only_trainees_who_have_no_password_yet(client, admin_user, trainee, editor):
    anna = waiting("anna", first_name="Anna", last_name="Schmidt")
    staff = factories.EditorFactory(username="new_editor", email="ed@example.org")
    staff.set_unusable_password()
    staff.save()
    client.force_login(admin_user)
    page = client.get(URL).content.decode()
    assert "Anna Schmidt" in page and f'value="{anna.pk}"' in page
    assert trainee.username not in page and "new_editor" not in page


def test_ticked_trainees_get_the_password_e_mail_and_can_choose_a_password(client, admin_user):
    anna, ben = waiting("anna"), waiting("ben")
    client.force_login(admin_user)
    response = client.post(URL, {"trainees": [anna.pk]}, follow=True)
    assert "The password e-mail has been sent to 1 trainee." in response.content.decode()
    assert [message.to for message in mail.outbox] == [["anna@example.org"]]
    assert "Your username is: anna" in mail.outbox[0].body and ben.email not in str(mail.outbox[0].to)


def test_sending_again_sends_a_new_link(client, admin_user):
    anna = waiting("anna")
    client.force_login(admin_user)
    client.post(URL, {"trainees": [anna.pk]})
    client.post(URL, {"trainees": [anna.pk]})
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "ticked",
    [[], ["abc"], ["9" * 30], ["1\x00"], ["999999"], "someone with a password", "a staff member"],
)
def test_nothing_is_sent_for_a_tick_that_is_no_waiting_trainee(client, admin_user, trainee, editor, ticked):
    waiting("anna")
    if ticked == "someone with a password":
        ticked = [trainee.pk]
    elif ticked == "a staff member":
        ticked = [editor.pk]
    client.force_login(admin_user)
    response = client.post(URL, {"trainees": ticked})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Tick at least one trainee" in text or "Reload the page" in text
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["trainee", "supervisor", "editor", "reviewer"])
def test_only_those_who_may_import_trainees_reach_invitations(client, request, who):
    anna = waiting("anna", first_name="Anna", last_name="Schmidt")
    client.force_login(request.getfixturevalue(who))
    for response in (client.get(URL), client.post(URL, {"trainees": [anna.pk]})):
        assert response.status_code in (302, 403)
        assert "Anna Schmidt" not in response.content.decode()
    assert mail.outbox == []


@pytest.mark.parametrize("count", [1, 100])
def test_the_list_costs_the_same_queries_for_1_or_100_waiting_trainees(
    client, admin_user, count, django_assert_max_num_queries
):
    for number in range(count):
        waiting(f"t{number:03d}")
    client.force_login(admin_user)
    with django_assert_max_num_queries(12):
        response = client.get(URL)
    assert response.content.decode().count('name="trainees"') == count


def test_the_import_form_offers_the_password_e_mail_ticked_and_explains_it(client, admin_user):
    client.force_login(admin_user)
    page = client.get("/admin/learning/import-trainees/").content.decode()
    assert 'name="send_email"' in page and "checked" in page.split('name="send_email"')[1][:80]
    assert "they choose one through the link in this e-mail" in page
