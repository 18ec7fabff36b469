"""Settings of the interop room: the LTI tool's keys (platforms are registered in the admin) and the LRS."""

import os

# After `manage.py rotate_lti_key`, the old key stays in our key set this many days, for platforms that cached it.
LTI_KEY_GRACE_DAYS = int(os.environ.get("LTI_KEY_GRACE_DAYS", "7"))

# The Learning Record Store (xAPI): its endpoint (statements go to <url>/statements) and basic-auth credentials.
# Empty: no statements are collected. Ralph, for example: XAPI_LRS_URL=http://127.0.0.1:8100/xAPI/
XAPI_LRS_URL = os.environ.get("XAPI_LRS_URL", "")
XAPI_LRS_USERNAME = os.environ.get("XAPI_LRS_USERNAME", "")
XAPI_LRS_PASSWORD = os.environ.get("XAPI_LRS_PASSWORD", "")
# The actor's account home page (default WAGTAILADMIN_BASE_URL); the e-mail address only when turned on.
XAPI_HOME_PAGE = os.environ.get("XAPI_HOME_PAGE", "")
XAPI_ACTOR_EMAIL = os.environ.get("XAPI_ACTOR_EMAIL", "").lower() in {"1", "true", "yes"}

# Open Badges 3.0: the institute's Ed25519 issuer key (a PEM file; `openssl genpkey -algorithm ed25519`). Empty:
# the demo's key (interop/demo_keys/), which every credential and the verification name as a demo key.
OB_ISSUER_KEY_FILE = os.environ.get("OB_ISSUER_KEY_FILE", "")
