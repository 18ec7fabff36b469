"""Certificates claim accreditation only when an administrator has recorded an accrediting body and its number.

As shipped, a certificate is a certificate of completion with study hours. An administrator records the
accrediting body and approval number under Settings → Certificate accreditation; certificates issued from then
on carry them on the PDF and the public verification page, and certificates issued before keep what they were.
"""

import pytest

from learning.models import Certificate, CertificateSettings
from tests.learning.test_certificates_and_isolation import finish_course, pdf_text

pytestmark = pytest.mark.django_db
URL = "/admin/settings/learning/certificatesettings/"
BODY, NUMBER = "Example Board of Psychotherapy CPD", "EBP-2026-0147"


def record_accreditation(client, admin_user, data):
    """Post the settings form as an administrator, from wherever the admin's menu link leads."""
    client.force_login(admin_user)
    form = client.get(URL, follow=True)
    assert form.status_code == 200
    return client.post(form.redirect_chain[-1][0] if form.redirect_chain else URL, data)


def verification_page(client, certificate):
    client.logout()
    return client.get("/certificates/verify/", {"code": certificate.code}).content.decode()


def test_as_shipped_certificates_are_of_completion_and_claim_no_accreditation(client, home, trainee, journey):
    finish_course(client, trainee, journey)
    certificate = Certificate.objects.get(user=trainee)
    assert not certificate.accredited

    text = pdf_text(client.get(certificate.get_absolute_url()).content)
    assert "Certificate of completion" in text and "It is not accredited" in text
    assert "Approved for continuing education" not in text
    page = verification_page(client, certificate)
    assert "not accredited continuing-education credit" in page and "approval number" not in page


def test_an_administrator_records_accreditation_and_new_certificates_carry_it(
    client, home, admin_user, trainee, journey
):
    response = record_accreditation(client, admin_user, {"accrediting_body": BODY, "approval_number": NUMBER})
    assert response.status_code == 302
    assert "Certificate accreditation" in client.get("/admin/").content.decode()  # in the Settings menu
    settings = CertificateSettings.load()
    assert (settings.accrediting_body, settings.approval_number) == (BODY, NUMBER)

    finish_course(client, trainee, journey)
    certificate = Certificate.objects.get(user=trainee)
    assert (certificate.accrediting_body, certificate.approval_number) == (BODY, NUMBER)

    text = pdf_text(client.get(certificate.get_absolute_url()).content)
    assert "Certificate of accredited continuing education" in text
    assert f"Approved for continuing education by {BODY}, approval number {NUMBER}" in text
    assert "It is not a clinical certification" in text and "It is not accredited" not in text

    page = verification_page(client, certificate)
    assert f"approved by {BODY}, approval number {NUMBER}." in page
    assert "not accredited continuing-education credit" not in page


def test_a_certificate_issued_before_keeps_what_it_was_issued_with(client, home, admin_user, trainee, journey):
    finish_course(client, trainee, journey)
    earlier = Certificate.objects.get(user=trainee)

    record_accreditation(client, admin_user, {"accrediting_body": BODY, "approval_number": NUMBER})

    earlier.refresh_from_db()
    assert not earlier.accredited
    client.force_login(trainee)
    assert "Certificate of completion" in pdf_text(client.get(earlier.get_absolute_url()).content)
    assert BODY not in verification_page(client, earlier)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"accrediting_body": BODY, "approval_number": ""}, "Give the approval number the accrediting body issued."),
        ({"accrediting_body": "  ", "approval_number": NUMBER}, "Name the accrediting body that issued this number."),
    ],
)
def test_a_body_without_a_number_or_a_number_without_a_body_is_refused(client, home, admin_user, data, message):
    response = record_accreditation(client, admin_user, data)
    assert response.status_code == 200 and message in response.content.decode()
    settings = CertificateSettings.load()
    assert (settings.accrediting_body, settings.approval_number) == ("", "")


def test_only_administrators_open_the_accreditation_settings(client, home, editor, reviewer, supervisor, trainee):
    for user in (editor, reviewer, supervisor, trainee):
        client.force_login(user)
        assert "Certificate accreditation" not in client.get("/admin/").content.decode()
        response = client.get(URL, follow=True)
        assert "accrediting body" not in response.content.decode().lower(), user.username
        client.post(URL, {"accrediting_body": BODY, "approval_number": NUMBER})
    assert CertificateSettings.objects.filter(accrediting_body=BODY).count() == 0
