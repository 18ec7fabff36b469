from django.core.checks import Warning, register

from interop import badges


@register(deploy=True)
def issuer_key(app_configs, **kwargs):
    if badges.is_demo_key():
        # A warning, so that the deploy check fails: anyone holding the committed demo key could issue
        # credentials in the institute's name. (Development and the demo sign with it; the credentials say so.)
        return [
            Warning(
                "Open Badges are signed with the demo key, which anyone can use to forge the institute's credentials.",
                hint="Generate an Ed25519 key (openssl genpkey -algorithm ed25519) and set OB_ISSUER_KEY_FILE.",
                id="interop.W001",
            )
        ]
    if not badges.key_file().is_file():
        return [Warning(f"OB_ISSUER_KEY_FILE {badges.key_file()} does not exist.", id="interop.W002")]
    return []
