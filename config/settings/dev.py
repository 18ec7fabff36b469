"""Local development: the zero-configuration default of ``manage.py``."""

import contextlib
import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403

SERVE_MEDIA = True
