"""Certificates as Open Badges 3.0 credentials: signed (VC-JWT, EdDSA with Ed25519), verifiable, revocable.

Each certificate (`learning.Certificate`) is also an ``OpenBadgeCredential`` whose achievement describes the
course or goal, its study hours (``creditsAvailable``), its criteria and the accrediting body when one was
recorded. The credential is a pure function of the certificate and the issuer's key: Ed25519 signatures are
deterministic and every time in it comes from the certificate, so a download today and one next year are the
same bytes, and nothing is stored (a GET never writes).

Revocation: every credential points at its bit (``statusListIndex`` = the certificate's number) in one
W3C Bitstring Status List credential (``/badges/status/1``), itself signed; the bit is set once an administrator
revokes the certificate. Verification checks the signature against the issuer's key, the issuer, the dates and
that bit.

The issuer's key is the institute's (``OB_ISSUER_KEY_FILE``, a PEM Ed25519 private key); without one, the
demo's key in ``interop/demo_keys/`` signs, and every credential, the issuer's name and the verification say so.
"""

import base64
import gzip
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from jwcrypto.jwk import JWK

from learning.models import Certificate

DEMO_KEY_FILE = Path(__file__).resolve().parent / "demo_keys" / "open-badges-DEMO-issuer-ed25519.pem"
CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
# A status list holds at least 131,072 entries (16 KB), so that one revoked credential cannot be told from the rest.
STATUS_LIST_BITS = 131_072
STATUS_LIST = "1"


def key_file():
    return Path(getattr(settings, "OB_ISSUER_KEY_FILE", "") or DEMO_KEY_FILE)


def is_demo_key():
    return key_file().resolve() == DEMO_KEY_FILE


@lru_cache(maxsize=4)
def _load(path):
    return serialization.load_pem_private_key(Path(path).read_bytes(), password=None)


def private_key():
    return _load(str(key_file()))


def public_jwk():
    public = (
        private_key()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    jwk = json.loads(JWK.from_pem(public).export_public())
    return {**jwk, "kid": key_id(), "alg": "EdDSA", "use": "sig"}


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(name, **kwargs):
    return base_url() + reverse(name, kwargs=kwargs or None)


def key_id():
    return absolute("badges:issuer") + "#key-1"


def issuer():
    name = settings.WAGTAIL_SITE_NAME
    if is_demo_key():
        name = _("%(name)s (DEMO KEY: not a real credential)") % {"name": name}
    return {"id": absolute("badges:issuer"), "type": ["Profile"], "name": name, "url": base_url()}


def timestamp(when):
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def achievement(certificate):
    kind = f"course-{certificate.course_id}" if certificate.course_id else f"goal-{certificate.goal_id}"
    hours = float(certificate.hours)
    if certificate.course_id:
        narrative = _(
            "Complete every module of the course “%(title)s”: read each, watch its role-play videos and pass "
            "its quizzes."
        )
    else:
        narrative = _("Complete every module of the cross-training goal “%(title)s”.")
    found = {
        "id": absolute("badges:achievement", key=kind),
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": certificate.title,
        "description": _("%(title)s: %(hours)s study hours of MBT and DBT therapist training.")
        % {"title": certificate.title, "hours": f"{hours:g}"},
        "criteria": {"narrative": narrative % {"title": certificate.title}},
        "creditsAvailable": hours,
        "fieldOfStudy": _("Psychotherapy: mentalization-based and dialectical behaviour therapy"),
        "creator": issuer(),
    }
    if certificate.accrediting_body:
        found["endorsementComment"] = _("Approved by %(body)s (approval number %(number)s).") % {
            "body": certificate.accrediting_body,
            "number": certificate.approval_number or "–",
        }
    return found


def credential_id(certificate):
    return absolute("badges:credential", code=certificate.code)


def identity_hash(value, salt):
    return "sha256$" + hashlib.sha256(f"{value}{salt}".encode()).hexdigest()


def credential(certificate):
    """The OpenBadgeCredential of `certificate`, as a dict (unsigned)."""
    salt = certificate.code
    identifiers = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": certificate.holder_name,
        }
    ]
    email = getattr(certificate.user, "email", "")
    if email:
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": identity_hash(email.lower(), salt),
                "salt": salt,
            }
        )
    return {
        "@context": CONTEXTS,
        "id": credential_id(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer(),
        "validFrom": timestamp(certificate.issued_at),
        "name": certificate.title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": identifiers,
            "achievement": achievement(certificate),
            "creditsEarned": float(certificate.hours),
        },
        "credentialStatus": {
            "id": f"{absolute('badges:status', number=STATUS_LIST)}#{certificate.pk}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.pk),
            "statusListCredential": absolute("badges:status", number=STATUS_LIST),
        },
    }


def sign(vc, issued_at):
    """A VC-JWT of `vc`: the credential in the ``vc`` claim, with its issuer, id and time as JWT claims."""
    seconds = int(issued_at.timestamp())
    claims = {"iss": vc["issuer"]["id"], "jti": vc["id"], "nbf": seconds, "iat": seconds, "vc": vc}
    return jwt.encode(claims, private_key(), algorithm="EdDSA", headers={"kid": key_id(), "typ": "JWT"})


def signed_credential(certificate):
    return sign(credential(certificate), certificate.issued_at)


def status_bits(revoked_indexes):
    bits = bytearray(STATUS_LIST_BITS // 8)
    for index in revoked_indexes:
        if 0 <= index < STATUS_LIST_BITS:
            bits[index // 8] |= 0x80 >> (index % 8)  # index 0 is the left-most bit
    return bits


def encode_list(bits):
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")


def decode_list(encoded):
    raw = encoded[1:] if encoded.startswith("u") else encoded
    return gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))


def bit(bits, index):
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential():
    """The revocation list (unsigned): one bit per certificate, set for those revoked. Two queries."""
    revoked = Certificate.objects.filter(revoked_at__isnull=False)
    latest = revoked.order_by("-revoked_at").values_list("revoked_at", flat=True).first()
    indexes = list(revoked.values_list("pk", flat=True))
    url = absolute("badges:status", number=STATUS_LIST)
    vc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer(),
        "validFrom": timestamp(latest) if latest else "2026-01-01T00:00:00Z",
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_list(status_bits(indexes)),
        },
    }
    return vc


def signed_status_list():
    vc = status_list_credential()
    return sign(vc, datetime.fromisoformat(vc["validFrom"].replace("Z", "+00:00")))


@dataclass
class Verification:
    valid: bool
    message: str
    credential: dict | None = None
    certificate: Certificate | None = None
    revoked: bool = False
    demo: bool = False


def verify(token):
    """Check a VC-JWT we issued: signature, issuer, dates and the revocation bit. Never raises."""
    token = (token or "").strip()
    if not token:
        return Verification(False, _("Paste or upload a credential to verify."))
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        return Verification(False, _("This is not a signed credential (a VC-JWT)."))
    if header.get("alg") != "EdDSA" or header.get("kid") != key_id():
        return Verification(False, _("This credential was not signed with this site's issuer key."))
    try:
        claims = jwt.decode(token, private_key().public_key(), algorithms=["EdDSA"], options={"require": ["vc"]})
    except jwt.ImmatureSignatureError:
        return Verification(False, _("This credential is not valid yet."))
    except jwt.InvalidTokenError:
        return Verification(False, _("The signature does not match: the credential was altered or not issued here."))
    vc = claims.get("vc")
    if not isinstance(vc, dict) or claims.get("iss") != absolute("badges:issuer") or claims.get("jti") != vc.get("id"):
        return Verification(False, _("The credential's issuer or id does not match this site."))
    status = vc.get("credentialStatus") or {}
    try:
        index = int(status.get("statusListIndex", ""))
    except ValueError:
        return Verification(False, _("The credential has no revocation entry."), vc)
    if status.get("statusListCredential") != absolute("badges:status", number=STATUS_LIST):
        return Verification(False, _("The credential's revocation list is not this site's."), vc)
    listed = status_list_credential()["credentialSubject"]["encodedList"]
    certificate = Certificate.objects.filter(pk=index).first()
    revoked = certificate is None or bit(decode_list(listed), index)
    demo = is_demo_key()
    if revoked:
        message = _("Signed by this site, but revoked.")
        if certificate is not None and certificate.revocation_reason:
            message = _("Signed by this site, but revoked: %(reason)s") % {"reason": certificate.revocation_reason}
        return Verification(False, message, vc, certificate, revoked=True, demo=demo)
    return Verification(True, _("Valid: signed by this site, and not revoked."), vc, certificate, demo=demo)
