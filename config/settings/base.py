"""Settings shared by every environment.

Safe for production on its own: DEBUG is off and every secret comes from the
environment. ``dev``, ``test`` and ``production`` import this and adjust.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config.settings.recordings import recordings_storage

BASE_DIR = Path(__file__).resolve().parents[2]
SITE_DIR = BASE_DIR / "site"


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "techniques",
    "courses",
    "quizzes",
    "learning",
    "supervision",
    "practice",
    "interop",
    "privacy",
    "demo",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.users_app.UsersAdminConfig",  # wagtail.users, with the home modality in the user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Stored public pages go out before sessions, users or the page tree are looked at (courses/page_cache.py).
    "courses.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # request.user.is_verified(); then staff idle timeout, the second factor and re-authentication (accounts).
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.StaffIdleTimeoutMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "accounts.middleware.ReauthenticationMiddleware",
    # Finishes an editor's submit that crossed the first autosave of a new page (courses/middleware.py).
    "courses.middleware.PageCreateRaceMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "accounts.middleware.ContentSecurityPolicyMiddleware",
    # A page opened by an LTI launch may be framed by the launching platform (inside the CSP middleware).
    "interop.middleware.PlatformFramingMiddleware",
    "accounts.middleware.PermissionsPolicyMiddleware",
    "accounts.middleware.UploadedFilesMiddleware",
    "accounts.middleware.PrivateCacheMiddleware",
    "accounts.middleware.RefusalLogMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes must come last: it turns a locked-out login into a 429.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, e.g. postgres://user:pass@host:5432/name.
# Without it, a SQLite file beside manage.py (single-process development only).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions and a busy timeout stop "database is locked" under
    # the dev server's threads; WAL lets readers and a writer work together.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server), else per process.
SHARED_CACHE = bool(os.environ.get("REDIS_URL"))
if SHARED_CACHE:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "mbtdbt"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (courses/page_cache.py): how long a public page is stored, and how long a front cache or CDN may
# keep it (s-maxage); purged on every publish. 0 turns it off. Needs REDIS_URL with more than one process: a
# per-process cache purges only the process that saw the publish.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A front cache (Varnish, nginx, Squid...) that takes HTTP PURGE, e.g. FRONTEND_CACHE_URL=http://127.0.0.1:8080:
# Wagtail's frontend-cache app purges a published page, and courses.tasks.purge_front_cache every public page
# whenever the page cache is purged. For a CDN (Cloudflare, CloudFront), set WAGTAILFRONTENDCACHE in local
# settings instead (README: Performance).
if os.environ.get("FRONTEND_CACHE_URL"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

# Background work (Django's tasks framework, django-tasks). TASKS_BACKEND says where jobs wait:
#   database  (default) a table in this database; `manage.py db_worker` runs them (`make run` starts one).
#   redis     a Redis queue at TASKS_REDIS_URL or REDIS_URL (django-tasks-rq), for several app servers;
#             `manage.py rqworker --job-class django_tasks_rq.Job default` runs them, one or more per server.
#   immediate inside the request that enqueues them (the tests; no worker needed).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database").strip().lower()
TASKS_REDIS_URL = os.environ.get("TASKS_REDIS_URL") or os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
TASK_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "redis": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ValueError(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}.")
TASKS = {"default": TASK_BACKENDS[TASKS_BACKEND]}
RQ_QUEUES = {"default": {"URL": TASKS_REDIS_URL, "DEFAULT_TIMEOUT": 900}}

# The Clinical review's approval publishes; reviewers hold no publish permission to go around it.
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflows.publish_approved"

AUTH_USER_MODEL = "accounts.User"
# AxesBackend only refuses locked-out users (and, being a ModelBackend, can
# load a session's user); ModelBackend then checks the password.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Refuses nothing: told of every new password, it ends the account's sign-in locks (accounts/lockout.py).
    {"NAME": "accounts.lockout.PasswordChangeEndsLockout"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Brute-force protection (django-axes, accounts/lockout.py): the sixth failed login in a row for one username
# from one client address locks that pair, on the site login and the admin login alike, for 15 minutes, doubling
# with each further failure after a lock, up to 12 hours. Another address can still sign in as that user, a new
# password ends the lock, and attempts during a lock are refused without prolonging it. See the README's
# "Sign-in protection" for the trade-off.
AXES_FAILURE_LIMIT = 6  # axes locks on the attempt that reaches the limit
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "accounts.lockout.GrowingLockoutHandler"
# How long failures are remembered (what makes the next lock longer); the lock itself: lockout.lock_duration.
AXES_COOLOFF_TIME = timedelta(hours=24)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Behind a load balancer or proxy, REMOTE_ADDR is the proxy's and every client would share it: set
# TRUSTED_PROXY_COUNT to the number of proxies in front (each appending to X-Forwarded-For) so that the lock
# is keyed on the client's own address (accounts.lockout.client_address).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_address"

# Who hears of lockouts (and server errors) by e-mail: ADMINS=ops@example.org,security@example.org.
ADMINS = [(address, address) for address in env_list("ADMINS")]

LANGUAGE_CODE = "en-gb"
# One date format across the site, the locale's: templates name DATE_FORMAT, SHORT_DATE_FORMAT, DATETIME_FORMAT
# or SHORT_DATETIME_FORMAT, and config/formats/<locale>/formats.py says how each reads.
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGES = [("en-gb", _("English"))]
# Translations go here: `manage.py makemessages -l de -d django` and `-d djangojs` for the scripts.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Whether Django itself serves MEDIA_URL (with byte ranges, for video). On for the
# development and test servers; production leaves media to the front server or storage.
SERVE_MEDIA = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible object storage (AWS S3, MinIO, Ceph, ...) when a bucket is named.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", True)
    AWS_S3_FILE_OVERWRITE = False

# Uploads: role-play video can be large; files above this go to a temp file, not memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "training@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers that hold everywhere; production adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview views lift this to SAMEORIGIN for themselves; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12
# With a shared cache, sessions are kept in the database and read from the cache: a signed-in request costs no
# session query. Signing everyone out goes through the user's session version (accounts.sessions), never by
# deleting rows, so no cached copy outlives it. A per-process cache would keep a session another process ended.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if SHARED_CACHE else "django.contrib.sessions.backends.db"

# Role-play video may be embedded from these hosts, and from no others (CSP frame-src, Permissions-Policy).
EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # No inline styles or scripts; the Wagtail admin, which writes both, gets them under /admin/ only
        # (accounts.middleware.ContentSecurityPolicyMiddleware).
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        # data: carries unsaved captions into an editor's preview.
        "media-src": ["'self'", "blob:", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_ORIGINS],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Trainees' recordings in a private bucket of their own, when the environment names one (settings/recordings.py).
_recordings = recordings_storage(os.environ)
if _recordings:
    STORAGES["recordings"], _recordings_origin = _recordings
    PRACTICE_OBJECT_STORAGE = "recordings"
    for _directive in ("media-src", "img-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive].append(_recordings_origin)

# Permissions-Policy (accounts.middleware.PermissionsPolicyMiddleware): no page may use a powerful browser
# feature but those listed with an allowlist. Video plays full screen and picture-in-picture, in the site's player
# and in the embeds; the embeds' players may also autoplay after a click and play protected media. Only the names
# Chromium knows: it reports an unknown one as a console error.
_EMBEDS = [f'"{origin}"' for origin in EMBED_ORIGINS]
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", *_EMBEDS],
    "camera": [],
    "display-capture": [],
    "encrypted-media": _EMBEDS,
    "fullscreen": ["self", *_EMBEDS],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "local-fonts": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *_EMBEDS],
    "publickey-credentials-create": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# The practice studio records a response on the exercise page (and answers a failed upload with the same page).
PERMISSIONS_POLICY_RECORDING = {"camera": ["self"], "microphone": ["self"]}
PERMISSIONS_POLICY_RECORDING_VIEWS = ["practice:exercise", "practice:upload_file"]

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Beyond the Own Nose: MBT & DBT training")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search, given only queries it can take (config/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "config.search_backend"}}
# Uploads (courses/uploads.py): each allowed extension has a check of the file's first bytes, so HTML renamed
# .pdf or .mp4 is refused; and each kind has a size limit.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "vtt", "csv", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "courses.uploads.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every document is downloaded, none opened as a page of the site (with Wagtail's "default-src 'none'").
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The formats browsers play in the site's player.
WAGTAILMEDIA = {
    "MEDIA_FORM_BASE": "courses.uploads.MediaForm",
    "VIDEO_EXTENSIONS": ["mp4", "m4v", "mov", "webm", "ogv"],
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "aac", "ogg", "wav", "flac"],
}
MEDIA_MAX_UPLOAD_SIZE = 500 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would send a hash of each user's e-mail to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        # Login successes, failures and lockouts (django-axes) go to the auth log.
        "axes": {"level": "INFO"},
        # Lockouts and other events administrators should hear of (accounts/lockout.py).
        "security": {"level": "INFO"},
        "axes.apps": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# How long personal data is kept, and where data exports wait (the privacy room).
# The LMS platforms (LTI 1.3) and the Learning Record Store (xAPI) the institute runs (the interop room).
from .interop import *  # noqa: E402, F403
from .privacy import *  # noqa: E402, F403

# The second factor, staff sessions, re-authentication and the security log.
from .security import *  # noqa: E402, F403
