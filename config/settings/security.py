"""Account security: the second factor, staff sessions, re-authentication and the security log.

Imported by ``base`` (so by every environment); each setting is read when it is used, so tests may change it.
See the README's "Accounts and the second factor" and "Security log".
"""

# A second factor (TOTP, with single-use recovery codes) for editors, clinical reviewers, supervisors and site
# administrators, on the site login and the Wagtail admin alike (accounts.mfa). Someone with a role like these but
# no authenticator yet is sent to set one up before anything else. Trainees may turn it on from their account page.
MFA_REQUIRED_FOR_STAFF = True
# The issuer an authenticator app shows beside the account (django-otp).
OTP_TOTP_ISSUER = "Beyond the Own Nose"
# Wrong codes wait 1, 2, 4, 8... seconds before the next try (per authenticator and per set of recovery codes).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
MFA_RECOVERY_CODES = 10

# Staff are signed out after this long without a request (seconds); trainees keep SESSION_COOKIE_AGE.
STAFF_IDLE_TIMEOUT = 30 * 60
# Changing users, groups, cohorts or supervision in the admin asks for the password or a code again unless one was
# given within this time (seconds).
REAUTHENTICATION_TIMEOUT = 15 * 60
# Admin pages that change who may do what (accounts.middleware.ReauthenticationMiddleware): their add, edit and
# delete forms, and every post under them.
REAUTHENTICATION_PATHS = [
    "/admin/users/",
    "/admin/groups/",
    "/admin/snippets/learning/cohort/",
    "/admin/snippets/supervision/supervision/",
    "/admin/bulk/accounts/user/",
    "/admin/bulk/auth/group/",
    "/admin/bulk/learning/cohort/",
    "/admin/bulk/supervision/supervision/",
    "/admin/learning/import-trainees/",
    # Erasing a person (privacy.admin_views.erase): after the password or code, the form is shown again.
    "/admin/privacy/erase/",
]

# The security log (accounts.SecurityEvent): every record of the "security" logger, failed logins, lockouts and
# refusals on trainee data. Kept this many days (accounts.security_log.purge).
SECURITY_LOG_RETENTION_DAYS = 365
# A 403 or 404 answered to a signed-in user under these paths is logged as a refusal on trainee data.
SECURITY_LOG_DENIED_PATHS = [
    "/supervision/",
    "/practice/submissions/",
    "/practice/rating/",
    "/practice/uploads/",
    "/learning/certificates/",
    "/quizzes/attempts/",
    "/admin/users/",
    "/admin/snippets/learning/cohort/",
    "/admin/snippets/supervision/supervision/",
]
