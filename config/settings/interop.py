"""Settings of the interop room: the LTI tool's keys (the platforms themselves are registered in the admin)."""

import os

# After `manage.py rotate_lti_key`, the old key stays in our key set this many days, for platforms that cached it.
LTI_KEY_GRACE_DAYS = int(os.environ.get("LTI_KEY_GRACE_DAYS", "7"))
