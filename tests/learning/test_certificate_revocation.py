"""Site administrators find and revoke certificates; the public check then says so (issue 14, certificates)."""

import logging

import pytest

from learning.models import Certificate
from tests import factories

pytestmark = pytest.mark.django_db

LIST = "/admin/learning/certificates/"


def issue(user, code="ABCD-EFGH-JKMN", name="Robin Hartley", title="MBT essentials"):
    return Certificate.objects.create(user=user, holder_name=name, title=title, hours=4, code=code)


def revoke_url(certificate):
    return f"/admin/learning/certificates/{certificate.pk}/revoke/"


def verify(client, code):
    return client.get("/certificates/verify/", {"code": code}).content.decode()


@pytest.mark.parametrize(
    "typed", ["ABCD-EFGH-JKMN", "abcd-efgh-jkmn", "ABCD EFGH JKMN", " abcdefghjkmn ", "Abcd Efgh-jkmn"]
)
def test_a_code_typed_in_any_case_with_spaces_or_without_hyphens_verifies(client, trainee, typed):
    issue(trainee)
    page = verify(client, typed)
    assert "Valid." in page and "issued to Robin Hartley on" in page


def test_an_administrator_revokes_a_certificate_and_its_code_then_verifies_as_revoked(
    client, trainee, admin_user, caplog
):
    certificate = issue(trainee)
    client.force_login(admin_user)
    assert "ABCD-EFGH-JKMN" in client.get(LIST).content.decode()
    assert "Revoke the certificate" in client.get(revoke_url(certificate)).content.decode()

    with caplog.at_level(logging.INFO, logger="security"):
        response = client.post(revoke_url(certificate), {"reason": "Issued in error: a module was not completed."})

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked and certificate.revocation_reason == "Issued in error: a module was not completed."
    assert [r.event for r in caplog.records if getattr(r, "event", "") == "certificate_revoked"]
    client.logout()
    page = verify(client, "ABCD-EFGH-JKMN")
    assert "Revoked." in page and "Valid." not in page
    assert "Reason given: Issued in error: a module was not completed." in page


@pytest.mark.parametrize("reason", ["", "   ", "x" * 301, "bad\x00reason", "two\nlines"])
def test_a_revocation_needs_a_one_line_reason_and_changes_nothing_without_one(client, trainee, admin_user, reason):
    certificate = issue(trainee)
    client.force_login(admin_user)
    response = client.post(revoke_url(certificate), {"reason": reason})
    assert response.status_code == 400
    assert "error" in response.content.decode().lower()
    certificate.refresh_from_db()
    assert not certificate.revoked


def test_revoking_twice_keeps_the_first_reason(client, trainee, admin_user):
    certificate = issue(trainee)
    client.force_login(admin_user)
    client.post(revoke_url(certificate), {"reason": "First reason"})
    response = client.post(revoke_url(certificate), {"reason": "Second reason"}, follow=True)
    assert "already revoked" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "First reason"


@pytest.mark.parametrize("who", ["trainee", "supervisor", "editor", "reviewer"])
def test_only_site_administrators_reach_certificates(client, request, trainee, who):
    certificate = issue(trainee)
    client.force_login(request.getfixturevalue(who))
    for response in (
        client.get(LIST),
        client.get(LIST, {"q": "Robin"}),
        client.get(revoke_url(certificate)),
        client.post(revoke_url(certificate), {"reason": "Not yours to revoke"}),
    ):
        assert response.status_code in (302, 403)
        assert "Robin Hartley" not in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.revoked


def test_someone_elses_or_a_missing_id_is_not_found(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/learning/certificates/999999/revoke/").status_code == 404
    assert client.get("/admin/learning/certificates/" + "9" * 30 + "/revoke/").status_code == 404


def test_the_list_finds_by_code_name_or_course_and_takes_odd_searches(client, trainee, admin_user):
    issue(trainee)
    issue(factories.TraineeFactory(username="sam"), code="WXYZ-2345-6789", name="Sam Okafor", title="DBT essentials")
    client.force_login(admin_user)
    assert "Sam Okafor" not in client.get(LIST, {"q": "abcd efgh"}).content.decode()
    assert "Robin Hartley" in client.get(LIST, {"q": "abcd efgh"}).content.decode()
    assert "Robin Hartley" not in client.get(LIST, {"q": "okafor"}).content.decode()
    assert "Sam Okafor" in client.get(LIST, {"q": "DBT"}).content.decode()
    for odd in ['"', "\x00", "x" * 5000, "%"]:
        assert client.get(LIST, {"q": odd, "p": "abc"}).status_code == 200


@pytest.mark.parametrize("count", [1, 100])
def test_the_list_costs_the_same_queries_for_1_or_100_certificates(
    client, admin_user, count, django_assert_max_num_queries
):
    users = factories.TraineeFactory.create_batch(count)
    Certificate.objects.bulk_create(
        Certificate(user=user, holder_name=f"Trainee {n}", title="MBT essentials", hours=4, code=f"CODE-{n:04d}-XXXX")
        for n, user in enumerate(users)
    )
    client.force_login(admin_user)
    with django_assert_max_num_queries(12):
        response = client.get(LIST)
    assert f"Trainee {count - 1}" in response.content.decode()  # the newest first
