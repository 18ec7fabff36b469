"""Production: everything from the environment, HTTPS only.

Refuses to start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

_missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL") if not os.environ.get(name)]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + ", ".join(_missing)
        + ". See the README's Configuration section."
    )

DEBUG = False

# Behind a load balancer that terminates TLS, set SECURE_PROXY_SSL_HEADER=1 so
# Django trusts X-Forwarded-Proto from it (and only from it).
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# __Host- cookies are bound to this exact origin: Secure, Path=/ and no Domain.
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = "__Host-csrftoken"

# Lets commands that must never touch real data (seed_demo) tell where they are.
IS_PRODUCTION = True
