"""Trainees from a CSV file: line-numbered errors, all or nothing, replay, enrolment, and the admin page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from learning import roster
from learning.models import Cohort, Enrolment
from tests import factories

pytestmark = pytest.mark.django_db
User = get_user_model()
URL = "/admin/learning/import-trainees/"
HEADER = "name,email,home_modality,cohort\n"


@pytest.fixture
def cohort(journey):
    cohort = Cohort.objects.create(name="Spring 2027", starts_on="2027-03-01")
    cohort.courses.add(journey.course, journey.dbt)
    return cohort


def errors_of(text):
    with pytest.raises(roster.BadRoster) as caught:
        roster.import_roster(text.encode())
    return dict(caught.value.errors)


def upload(client, text, **data):
    body = text if isinstance(text, bytes) else text.encode()
    return client.post(URL, {"file": SimpleUploadedFile("trainees.csv", body, "text/csv"), **data})


# Parsing and checking ---------------------------------------------------------------------------


def test_a_good_file_creates_trainees_in_the_cohort_and_enrols_them(cohort, journey):
    result = roster.import_roster(
        (
            HEADER + "Anna Maria Schmidt,Anna.Schmidt@Example.ORG,dbt,Spring 2027\n"
            '"Okafor, Chidi",chidi@example.org,MBT,Spring 2027\n'
        ).encode()
    )
    assert len(result.created) == 2 and not result.added
    anna = User.objects.get(email="Anna.Schmidt@example.org")
    assert (anna.first_name, anna.last_name, anna.home_modality) == ("Anna Maria", "Schmidt", "dbt")
    assert anna.username == "anna.schmidt"
    assert not anna.has_usable_password()
    assert anna.groups.filter(name="Trainees").exists()
    chidi = User.objects.get(email="chidi@example.org")
    assert (chidi.first_name, chidi.last_name) == ("Chidi", "Okafor")
    assert set(Enrolment.objects.filter(user=anna).values_list("course_id", flat=True)) == {
        journey.course.pk,
        journey.dbt.pk,
    }
    assert Enrolment.objects.get(user=chidi, course=journey.course).cohort == cohort


def test_the_header_is_case_insensitive_in_any_order_with_a_bom_and_semicolons(cohort):
    data = "\ufeffCohort;E-Mail;Name;Home_Modality\r\nSpring 2027;kim@example.org;Kim Lee;Dbt\r\n".encode()
    result = roster.import_roster(data)
    assert [u.email for u in result.new_users] == ["kim@example.org"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",a@example.org,MBT,Spring 2027", "empty name"),
        ("Ann Lee,,MBT,Spring 2027", "empty email"),
        ("Ann Lee,a@example.org,MBT,", "empty cohort"),
        ("Ann Lee,not-an-address,MBT,Spring 2027", "not a valid e-mail address"),
        ("Ann Lee,a@example.org,CBT,Spring 2027", "unknown home modality “CBT” (use MBT or DBT)"),
        ("Ann Lee,a@example.org,MBT,Spring 2026", "no cohort is named “Spring 2026”"),
        ("Ann Lee,a@example.org,MBT,spring 2027", "(did you mean “Spring 2027”?)"),
        ("Ann Lee,a@example.org,,Spring 2027", "empty home_modality"),
        ("Ann Lee,a@example.org,MBT,Spring 2027,extra", "fields but the header has 4"),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_its_line(cohort, row, message):
    errors = errors_of(HEADER + "Bo Berg,bo@example.org,MBT,Spring 2027\n\n" + row + "\n")
    assert list(errors) == [4]
    assert message in errors[4]
    assert not User.objects.filter(email__in=["bo@example.org", "a@example.org"]).exists()


def test_a_duplicate_email_in_the_file_names_the_first_line(cohort):
    errors = errors_of(HEADER + "Bo Berg,bo@example.org,MBT,Spring 2027\nBo B.,BO@example.org,MBT,Spring 2027\n")
    assert errors == {3: "“BO@example.org” is already on line 2 (one row per trainee)"}


@pytest.mark.parametrize("factory", [factories.EditorFactory, factories.SupervisorFactory, factories.AdminFactory])
def test_staff_are_never_turned_into_trainees(cohort, factory):
    staff = factory(username="staffer", email="staff@example.org")
    errors = errors_of(HEADER + "Sam Staff,Staff@example.org,MBT,Spring 2027\n")
    assert "who is not a trainee" in errors[2]
    assert not staff.groups.filter(name="Trainees").exists()
    assert not cohort.trainees.exists()


def test_every_bad_row_is_reported_and_nothing_is_created(cohort):
    errors = errors_of(
        HEADER + "Good One,good@example.org,MBT,Spring 2027\n"
        "Bad One,bad,MBT,Spring 2027\n"
        "Good Two,good2@example.org,DBT,Spring 2027\n"
        "Bad Two,bad2@example.org,XYZ,Nowhere\n"
    )
    assert list(errors) == [3, 5]
    assert "unknown home modality" in errors[5] and "no cohort" in errors[5]
    assert not User.objects.filter(email__startswith="good").exists()
    assert not cohort.trainees.exists()


def test_a_missing_column_is_reported_on_line_1(cohort):
    assert errors_of("name,email,cohort\nA B,a@example.org,Spring 2027\n") == {
        1: "the header row lacks the column(s) home_modality; it needs: name, email, home_modality, cohort"
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook"),
        ("name,email\n".encode("utf-16"), "not UTF-8"),
        (b"name\x00,email\x00\n", "binary data"),
        (b"", "the file is empty"),
        (HEADER.encode(), "no trainees"),
        (HEADER.encode() + b"A B,a@example.org,MBT,Spring 2027\n" * (roster.MAX_ROWS + 1), "more than 5000"),
        (b"x" * (roster.MAX_BYTES + 1), "larger than 2 MB"),
    ],
)
def test_input_that_is_not_a_usable_csv_file_is_refused_with_a_message(cohort, data, message):
    with pytest.raises(roster.BadRoster) as caught:
        roster.import_roster(data)
    assert message in caught.value.errors[0][1]
    assert not User.objects.filter(email="a@example.org").exists()


def test_replaying_a_file_creates_no_duplicates_and_existing_trainees_join_the_cohort(cohort, journey):
    existing = factories.TraineeFactory(username="anna.schmidt", email="old@example.org", home_modality="mbt")
    other = Cohort.objects.create(name="Autumn 2027", starts_on="2027-09-01")
    data = (
        HEADER + "Anna Schmidt,anna.schmidt@example.org,DBT,Spring 2027\nOld Hand,OLD@example.org,dbt,Autumn 2027\n"
    ).encode()
    first = roster.import_roster(data)
    assert [u.username for u in first.new_users] == ["anna.schmidt2"]  # the plain name was taken
    assert first.added == [(existing, other)]
    existing.refresh_from_db()
    assert existing.home_modality == "dbt"
    assert list(existing.cohorts.all()) == [other]

    users, enrolments = User.objects.count(), Enrolment.objects.count()
    again = roster.import_roster(data)
    assert not again.created and not again.added and len(again.unchanged) == 2
    assert (User.objects.count(), Enrolment.objects.count()) == (users, enrolments)
    assert cohort.trainees.count() == 1


def test_an_existing_trainee_keeps_their_modality_when_the_row_leaves_it_empty(cohort, journey):
    existing = factories.TraineeFactory(username="kept", email="kept@example.org", home_modality="mbt")
    result = roster.import_roster((HEADER + "Kept One,kept@example.org,,Spring 2027\n").encode())
    assert result.added == [(existing, cohort)] and not result.modality_updated
    existing.refresh_from_db()
    assert existing.home_modality == "mbt"
    assert Enrolment.objects.filter(user=existing, cohort=cohort).count() == 2


# Over HTTP --------------------------------------------------------------------------------------


def test_a_site_administrator_imports_trainees(client, admin_user, cohort):
    client.force_login(admin_user)
    page = client.get(URL)
    assert page.status_code == 200 and b"Import trainees" in page.content
    assert URL in client.get("/admin/").content.decode()  # the menu item
    response = upload(client, HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\n")
    assert response.status_code == 200
    text = response.content.decode()
    assert "1 trainee created" in text and "anna@example.org" in text
    assert User.objects.get(email="anna@example.org").cohorts.get() == cohort
    assert mail.outbox == []  # no e-mail unless asked for


def test_the_password_e_mail_is_sent_on_request(client, admin_user, cohort):
    client.force_login(admin_user)
    response = upload(client, HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\n", send_email="on")
    assert "sent an e-mail" in response.content.decode()
    assert [m.to for m in mail.outbox] == [["anna@example.org"]]
    body = mail.outbox[0].body
    assert "Your username is: anna" in body
    link = re.search(r"https?://[^/\s]+(/\S+/password/reset/\S+/)", body).group(1)
    client.logout()
    form = client.get(link, follow=True)  # the link works for an account without a usable password
    assert form.status_code == 200
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": "a-long-new-secret-9", "new_password2": "a-long-new-secret-9"}
    )
    assert done.status_code == 302
    assert User.objects.get(email="anna@example.org").check_password("a-long-new-secret-9")


def test_the_error_page_lists_every_bad_line(client, admin_user, cohort):
    client.force_login(admin_user)
    response = upload(client, HEADER + "A B,nope,MBT,Spring 2027\nC D,c@example.org,MBT,Nowhere\n")
    assert response.status_code == 400
    text = response.content.decode()
    assert "Nothing was imported" in text
    assert "Line 2: “nope” is not a valid e-mail address" in text
    assert "Line 3: no cohort is named “Nowhere”" in text
    assert not User.objects.filter(email="c@example.org").exists()


def test_a_binary_upload_gets_a_message_not_a_server_error(client, admin_user, cohort):
    client.force_login(admin_user)
    response = upload(client, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert response.status_code == 400
    assert "not UTF-8 text" in response.content.decode()


def test_a_user_with_both_permissions_may_import(client, cohort):
    staff = factories.UserFactory(username="registrar")
    staff.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_cohort"),
        Permission.objects.get(codename="add_user", content_type__app_label="accounts"),
    )
    client.force_login(staff)
    assert client.get(URL).status_code == 200
    staff.user_permissions.remove(Permission.objects.get(codename="add_user", content_type__app_label="accounts"))
    staff = User.objects.get(pk=staff.pk)
    client.force_login(staff)
    assert client.get(URL).status_code in (302, 403)  # Wagtail turns PermissionDenied into a redirect


@pytest.mark.parametrize("who", ["editor", "supervisor", "trainee"])
def test_editors_supervisors_and_trainees_are_refused(client, request, cohort, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code in (302, 403)
    response = upload(client, HEADER + "Anna Schmidt,anna@example.org,DBT,Spring 2027\n")
    assert response.status_code in (302, 403)
    assert not User.objects.filter(email="anna@example.org").exists()
    if who == "editor":
        assert URL not in client.get("/admin/").content.decode()
