"""Production settings refuse to start half-configured and pass Django's deploy check."""

import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "training.example.org",
    "DATABASE_URL": "postgres://user:pass@127.0.0.1:5432/unused",
}


@pytest.fixture(scope="module")
def issuer_key(tmp_path_factory):
    """An institute's own Open Badges key, as production needs (the committed demo key fails the deploy check)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    path = tmp_path_factory.mktemp("issuer") / "ob-issuer.pem"
    key = ed25519.Ed25519PrivateKey.generate()
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return str(path)


def manage(args, env):
    inherited = set(PRODUCTION_ENV) | {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in inherited}
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without_each_required_variable(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = manage(["check"], env)
    assert result.returncode != 0
    assert f"Production settings need these environment variables: {missing}" in result.stderr


def test_production_passes_the_deploy_check_at_warning_level(issuer_key):
    env = {**PRODUCTION_ENV, "OB_ISSUER_KEY_FILE": issuer_key}
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_with_the_demo_badge_key_fails_the_deploy_check():
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode != 0
    assert "interop.W001" in result.stderr + result.stdout


def test_base_settings_alone_have_debug_off_and_no_secret():
    from config.settings import base

    assert base.DEBUG is False
    clean = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", "from django.core import signing; signing.dumps(1)"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.base"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "The SECRET_KEY setting must not be empty" in result.stderr


@pytest.mark.filterwarnings("ignore:'config.settings.base' found in sys.modules:RuntimeWarning")
@pytest.mark.parametrize(
    ("redis_url", "engine"),
    [("redis://127.0.0.1:6379/0", "cached_db"), ("", "db")],
)
def test_sessions_are_read_from_the_cache_only_when_every_server_shares_it(monkeypatch, redis_url, engine):
    """A per-process cache would keep serving a session another process signed out."""
    monkeypatch.setenv("REDIS_URL", redis_url)
    settings = runpy.run_module("config.settings.base")  # afresh: the loaded settings read the environment once
    assert settings["SESSION_ENGINE"] == f"django.contrib.sessions.backends.{engine}"
