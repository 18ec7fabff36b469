"""Certificates as Open Badges 3.0 credentials, over HTTP: download, signature, contents, verification, revocation."""

import json

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from jwcrypto.jwk import JWK

from interop import badges
from learning.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(curriculum, trainee):
    return Certificate.objects.create(
        user=trainee,
        course=curriculum.course,
        holder_name="Ada Lovelace",
        title="MBT essentials",
        hours=6,
        accrediting_body="Psychotherapy Chamber",
        approval_number="PC-2026-17",
    )


@pytest.fixture
def institute_key(tmp_path, settings):
    path = tmp_path / "issuer.pem"
    path.write_bytes(
        ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    settings.OB_ISSUER_KEY_FILE = str(path)
    return path


def download(client, certificate):
    client.force_login(certificate.user)
    response = client.get(f"/badges/certificates/{certificate.pk}/credential.jwt")
    assert response.status_code == 200 and response["Content-Type"] == "application/vc+jwt"
    assert "attachment" in response["Content-Disposition"]
    return response.content.decode()


def public_key_from_the_issuer(client):
    jwk = client.get("/badges/issuer/jwks/").json()["keys"][0]
    return JWK(**jwk).export_to_pem(), jwk["kid"]


def test_the_holder_downloads_a_signed_open_badges_3_credential(client, certificate, institute_key):
    token = download(client, certificate)
    pem, kid = public_key_from_the_issuer(client)
    header = jwt.get_unverified_header(token)
    assert (header["alg"], header["kid"]) == ("EdDSA", kid)
    claims = jwt.decode(token, serialization.load_pem_public_key(pem), algorithms=["EdDSA"])
    vc = claims["vc"]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["@context"][1] == "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    assert claims["iss"] == vc["issuer"]["id"] == "http://testserver/badges/issuer/"
    assert "DEMO" not in vc["issuer"]["name"]
    achievement = vc["credentialSubject"]["achievement"]
    assert achievement["name"] == "MBT essentials" and achievement["creditsAvailable"] == 6.0
    assert "6 study hours" in achievement["description"]
    assert "MBT essentials" in achievement["criteria"]["narrative"]
    assert "Psychotherapy Chamber" in achievement["endorsementComment"]
    assert vc["credentialSubject"]["identifier"][0]["identityHash"] == "Ada Lovelace"
    email = vc["credentialSubject"]["identifier"][1]
    assert email["hashed"] and email["identityHash"].startswith("sha256$") and "@" not in email["identityHash"]
    status = vc["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusListIndex"] == str(certificate.pk)
    # The same credential every time: nothing is stored, nothing changes.
    assert download(client, certificate) == token


def test_only_the_holder_or_an_administrator_downloads_it(client, certificate, supervisor, admin_user):
    url = f"/badges/certificates/{certificate.pk}/credential.jwt"
    assert client.get(url).status_code == 302
    client.force_login(supervisor)
    assert client.get(url).status_code == 404
    client.force_login(admin_user)
    assert client.get(url).status_code == 200


def test_the_dashboard_offers_the_download(client, certificate):
    client.force_login(certificate.user)
    html = client.get("/dashboard/").content.decode()
    assert f'href="/badges/certificates/{certificate.pk}/credential.jwt"' in html


def test_the_verification_page_verifies_a_credential_pasted_or_uploaded(client, certificate, institute_key):
    token = download(client, certificate)
    client.logout()
    pasted = client.post("/badges/verify/", {"credential": token})
    assert pasted.status_code == 200
    html = pasted.content.decode()
    assert 'data-valid="true"' in html and "Valid: signed by this site, and not revoked." in html
    assert "MBT essentials" in html and "6.0 study hours" in html
    uploaded = client.post("/badges/verify/", {"file": SimpleUploadedFile("badge.jwt", token.encode())})
    assert 'data-valid="true"' in uploaded.content.decode()


def test_an_altered_credential_fails_verification(client, certificate, institute_key):
    token = download(client, certificate)
    header, payload, signature = token.split(".")
    claims = json.loads(jwt.utils.base64url_decode(payload))
    claims["vc"]["credentialSubject"]["achievement"]["creditsAvailable"] = 60
    forged = ".".join([header, jwt.utils.base64url_encode(json.dumps(claims).encode()).decode(), signature])
    response = client.post("/badges/verify/", {"credential": forged})
    assert response.status_code == 400 and "The signature does not match" in response.content.decode()


def test_a_credential_signed_by_another_key_fails(client, certificate, institute_key, tmp_path, settings):
    token = download(client, certificate)
    other = tmp_path / "other.pem"
    other.write_bytes(
        ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    settings.OB_ISSUER_KEY_FILE = str(other)
    response = client.post("/badges/verify/", {"credential": token})
    assert response.status_code == 400 and 'data-valid="false"' in response.content.decode()


@pytest.mark.parametrize("junk", ["", "hello", "a.b.c", "x" * 70_000])
def test_junk_gets_a_clear_answer(client, db, junk):
    response = client.post("/badges/verify/", {"credential": junk})
    assert response.status_code in (200, 400)
    assert response.status_code == 400 or not junk
    assert "Verify an Open Badge" in response.content.decode()


def test_an_administrator_revoking_the_certificate_sets_its_bit_and_verification_says_revoked(
    client, certificate, institute_key, admin_user
):
    token = download(client, certificate)
    pem, _kid = public_key_from_the_issuer(client)

    def revoked_bit():
        listed = client.get("/badges/status/1/")
        assert listed["Content-Type"] == "application/vc+jwt"
        vc = jwt.decode(listed.content.decode(), serialization.load_pem_public_key(pem), algorithms=["EdDSA"])["vc"]
        assert vc["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
        bits = badges.decode_list(vc["credentialSubject"]["encodedList"])
        assert len(bits) * 8 == badges.STATUS_LIST_BITS
        return badges.bit(bits, certificate.pk)

    assert revoked_bit() is False
    client.force_login(admin_user)
    response = client.post(f"/admin/learning/certificates/{certificate.pk}/revoke/", {"reason": "Issued by mistake."})
    assert response.status_code == 302
    client.logout()
    assert revoked_bit() is True
    html = client.post("/badges/verify/", {"credential": token}).content.decode()
    assert "Signed by this site, but revoked: Issued by mistake." in html and 'data-valid="false"' in html


def test_the_status_list_reads_a_fixed_number_of_queries(client, curriculum, django_assert_num_queries):
    from tests import factories

    def revoke(count):
        for _ in range(count):
            Certificate.objects.create(
                user=factories.TraineeFactory(), title="T", holder_name="H", hours=1, revoked_at=timezone.now()
            )

    revoke(1)
    with django_assert_num_queries(2):
        client.get("/badges/status/1/")
    revoke(20)
    with django_assert_num_queries(2):
        client.get("/badges/status/1/")


def test_the_demo_key_is_named_as_such_everywhere(client, certificate, settings):
    settings.OB_ISSUER_KEY_FILE = ""
    token = download(client, certificate)
    assert "DEMO KEY" in jwt.decode(token, options={"verify_signature": False})["vc"]["issuer"]["name"]
    html = client.post("/badges/verify/", {"credential": token}).content.decode()
    assert 'data-valid="true"' in html and "Signed with the demo key" in html


def test_bit_order_is_the_left_most_first():
    bits = badges.status_bits([0, 9])
    assert bits[0] == 0b1000_0000 and bits[1] == 0b0100_0000
