"""Recovery codes made before this migration were stored as typed: store their digest instead (accounts.mfa)."""

import base64
import hashlib

from django.db import migrations


def digest(code):
    # As accounts.mfa.recovery_digest on that day; a migration keeps its own copy.
    normalised = code.replace("-", "").replace(" ", "").lower()
    return base64.b32encode(hashlib.sha256(normalised.encode()).digest()).decode()[:16].lower()


def store_digests(apps, schema_editor):
    StaticToken = apps.get_model("otp_static", "StaticToken")
    tokens = list(StaticToken.objects.all())
    for token in tokens:
        token.token = digest(token.token)
    StaticToken.objects.bulk_update(tokens, ["token"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_security_log_and_session_version"),
        ("otp_static", "0003_add_timestamps"),
    ]

    # Backwards there is nothing to do: a digest cannot be turned back into the code; people make new ones.
    operations = [migrations.RunPython(store_digests, migrations.RunPython.noop)]
