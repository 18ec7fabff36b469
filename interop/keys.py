"""Our LTI key pairs: generated here, the newest signing, older ones published for a grace period after rotation.

`rotate()` (``manage.py rotate_lti_key``) adds a new pair and retires the one that signed until now; platforms
that cached our key set keep verifying messages signed with the old key until ``LTI_KEY_GRACE_DAYS`` have passed.
"""

import json
from datetime import timedelta

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from jwcrypto.jwk import JWK

from interop.models import ToolKey


def grace_days():
    return getattr(settings, "LTI_KEY_GRACE_DAYS", 7)


def _new_pair():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public_pem = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private_pem, public_pem


def public_jwk(key):
    jwk = json.loads(JWK.from_pem(key.public_pem.encode()).export_public())
    return {**jwk, "kid": key.kid, "alg": "RS256", "use": "sig"}


def new_key_fields():
    """A new key pair, as the fields of a `ToolKey` (the migration that makes the first one uses it too)."""
    private_pem, public_pem = _new_pair()
    kid = JWK.from_pem(public_pem.encode()).thumbprint()
    return {"kid": kid, "private_pem": private_pem, "public_pem": public_pem}


def _create():
    return ToolKey.objects.create(**new_key_fields())


def signing_key():
    """The key that signs now (the migrations make the first; if all were deleted, a new one is made here)."""
    key = ToolKey.objects.filter(retired_at__isnull=True).first()
    if key is not None:
        return key
    with transaction.atomic():
        return ToolKey.objects.select_for_update().filter(retired_at__isnull=True).first() or _create()


def rotate():
    """A new signing key; the old one stays in the key set for the grace period. Returns the new key."""
    with transaction.atomic():
        ToolKey.objects.filter(retired_at__isnull=True).update(retired_at=timezone.now())
        return _create()


def published(now=None):
    """The keys in our key set: the signing key and those retired less than the grace period ago."""
    since = (now or timezone.now()) - timedelta(days=grace_days())
    return ToolKey.objects.filter(Q(retired_at__isnull=True) | Q(retired_at__gt=since))


def key_set(now=None):
    return {"keys": [public_jwk(key) for key in published(now)]}
