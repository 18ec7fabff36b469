"""Settings for the test suite (``pytest`` sets these)."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Test databases are thrown away: a commit need not wait for the disk (crash safety is not wanted here).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions as production keeps them with Redis: one test process is one memory cache, shared by all it serves.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# The memory cache outlives each test's rolled-back database: the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="mbtdbt-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

SERVE_MEDIA = True

# Run background tasks (search indexing, reference index) at once, inside the test's transaction.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Keeping the search index up to date costs a write per indexed row on every save; few tests search.
# Those that do turn it back on (the `search_index` fixture in tests/conftest.py).
WAGTAILSEARCH_BACKENDS = {"default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}

# Most tests sign staff in with force_login and no second factor; tests/accounts/test_mfa*.py and the browser test
# of the second factor turn the requirement on, as every other environment has it.
MFA_REQUIRED_FOR_STAFF = False
