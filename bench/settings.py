"""Settings of the page benchmark's server (bench/pages.py, bench/quiz_load.py): production, plus what a
benchmark on a throw-away database needs.

- ``bench.urls``: the site's URLs and a hello-world view, the yardstick every page is measured against in the
  same run and process;
- the demo may be seeded (``IS_PRODUCTION`` off: the database is made for the run and dropped after it);
- staff sign in without a second factor (the benchmark's supervisor has no authenticator);
- static files without the manifest of ``collectstatic`` (nothing is collected for a run).
"""

import warnings

from config.settings.production import *  # noqa: F403

# Static files are served from the apps' folders (WhiteNoise's finders), without a collected STATIC_ROOT.
warnings.filterwarnings("ignore", message="No directory at")

ROOT_URLCONF = "bench.urls"
IS_PRODUCTION = False
MFA_REQUIRED_FOR_STAFF = False
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
# The benchmark's trainees are made by the hundred and signed in without a password: hashing theirs as
# production does would take minutes and measure nothing.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
