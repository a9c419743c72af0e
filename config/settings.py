"""Rogatory settings: one file, every value from the environment (see .env.example)."""

from pathlib import Path

from config.env import env_bool, env_int, env_list, env_path, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = env_path("ROGATORY_DATA_DIR", BASE_DIR / "var")

DEBUG = env_bool("ROGATORY_DEBUG", False)
# A development key is only acceptable when DEBUG is on; production must set its own.
SECRET_KEY = env_str("ROGATORY_SECRET_KEY", "insecure-development-key-set-ROGATORY_SECRET_KEY")
ALLOWED_HOSTS = env_list("ROGATORY_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
SITE_URL = env_str("ROGATORY_SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks_db",
    "rogatory.core",
    "rogatory.audit",
    "rogatory.directory",
    "rogatory.glossary",
    "rogatory.accounts",
    "rogatory.requests",
    "rogatory.documents",
    "rogatory.advice",
    "rogatory.transmission",
    "rogatory.intake",
    "rogatory.deconfliction",
    "rogatory.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rogatory.accounts.middleware.SessionLimitsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

_database_url = env_str("ROGATORY_DATABASE", "sqlite")
if _database_url == "sqlite":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_path("ROGATORY_SQLITE_PATH", DATA_DIR / "rogatory.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                # A 64 MiB page cache per connection (the default is 2 MiB): index look-ups and
                # writes on tables of millions of rows (the identifier index) read far less.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"
                ),
            },
            "TEST": {"NAME": env_str("ROGATORY_SQLITE_TEST_PATH", "")}
            if env_str("ROGATORY_SQLITE_TEST_PATH", "")
            else {},
        }
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": env_str("ROGATORY_PG_NAME", "rogatory"),
            "USER": env_str("ROGATORY_PG_USER", "postgres"),
            "PASSWORD": env_str("ROGATORY_PG_PASSWORD", ""),
            "HOST": env_str("ROGATORY_PG_HOST", "127.0.0.1"),
            "PORT": env_int("ROGATORY_PG_PORT", 5432),
            "CONN_MAX_AGE": 60,
            # Django leaves psycopg's prepared statements off (None), and then psycopg ignores
            # even an explicit prepare=True. Django's own cursors bind on the client and never
            # prepare whatever this says; only the index look-up's server-binding cursor does,
            # so the server plans its four-table join once per connection, not at every call
            # (0.4 of 0.5 ms). Behind PgBouncer in transaction mode this needs PgBouncer 1.21
            # or later with max_prepared_statements set.
            "OPTIONS": {"prepare_threshold": 5},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if env_bool("ROGATORY_FAST_PASSWORD_HASHER", False):
    # Tests create hundreds of users; Argon2 at full cost would dominate the suite.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"

# Sessions: 15 minutes idle, 12 hours absolute, enforced on the server (security.md).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_IDLE_SECONDS = env_int("ROGATORY_SESSION_IDLE_SECONDS", 15 * 60)
SESSION_ABSOLUTE_SECONDS = env_int("ROGATORY_SESSION_ABSOLUTE_SECONDS", 12 * 3600)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("ROGATORY_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60

LANGUAGE_CODE = "en"
# Django's codes for the form languages (rogatory/core/languages.py): Chinese is "zh-hans".
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("zh-hans", "中文（简体）"),
]
LOCALE_PATHS = [BASE_DIR / "rogatory" / "locale"]
# The web UI's language chooser (django.views.i18n.set_language) keeps the choice in this cookie
# for a year; without it LocaleMiddleware follows the browser's Accept-Language.
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_ROOT = DATA_DIR / "files"

# Django 6.1 mailers. Tests point "default" at their own aiosmtpd server on 127.0.0.1.
MAILERS = {
    "default": {
        "BACKEND": env_str("ROGATORY_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
        "OPTIONS": {
            "host": env_str("ROGATORY_SMTP_HOST", "127.0.0.1"),
            "port": env_int("ROGATORY_SMTP_PORT", 8025),
            "use_tls": env_bool("ROGATORY_SMTP_TLS", False),
            "username": env_str("ROGATORY_SMTP_USER", "") or None,
            "password": env_str("ROGATORY_SMTP_PASSWORD", "") or None,
            "timeout": 20,
        },
    }
}
DEFAULT_FROM_EMAIL = env_str("ROGATORY_FROM_EMAIL", "rogatory@poc.example.org")

TASKS = {
    "default": {
        "BACKEND": env_str("ROGATORY_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# How long the sweeper sleeps between passes when nothing is due.
SWEEP_INTERVAL_SECONDS = env_int("ROGATORY_SWEEP_INTERVAL_SECONDS", 30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("ROGATORY_LOG_LEVEL", "INFO")},
    # WeasyPrint logs every layout step at INFO.
    "loggers": {"weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}
