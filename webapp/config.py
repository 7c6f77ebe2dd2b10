"""Settings: defaults here, overridden by environment variables, then by create_app(config)."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

# OWASP ASVS / Password Storage Cheat Sheet minimum for scrypt: N=2^17, r=8, p=1.
PASSWORD_METHOD = "scrypt:131072:8:1"


def database_url(url: str) -> str:
    """Normalise a DATABASE_URL: plain ``postgres(ql)://`` means the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _secret_key(instance: Path) -> str:
    """A random key kept in the instance folder so every worker and restart shares it."""
    path = instance / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker won the race: use its key
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def default_config(instance: Path, overrides: dict[str, Any]) -> dict[str, Any]:
    """The settings a fresh install runs with; most can be set from the environment."""
    env = os.environ
    db = env.get("DATABASE_URL") or f"sqlite:///{instance / 'quizgen.sqlite3'}"
    if "SQLALCHEMY_DATABASE_URI" not in overrides and db.startswith("sqlite:///"):
        instance.mkdir(parents=True, exist_ok=True)
    secret = overrides.get("SECRET_KEY") or env.get("SECRET_KEY") or _secret_key(instance)
    return {
        "SECRET_KEY": secret,
        "SQLALCHEMY_DATABASE_URI": database_url(db),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "MAX_CONTENT_LENGTH": int(env.get("QUIZGEN_MAX_UPLOAD", 5 * 1024 * 1024)),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # Secure is added per request when it arrives over https (see webapp.security).
        "SESSION_COOKIE_SECURE": env.get("QUIZGEN_HTTPS") == "1",
        "PERMANENT_SESSION_LIFETIME": 12 * 3600,
        "WTF_CSRF_TIME_LIMIT": None,  # a quiz page may stay open for a whole lesson
        "PASSWORD_METHOD": PASSWORD_METHOD,
        "ALLOW_SIGNUP": env.get("QUIZGEN_ALLOW_SIGNUP", "1") == "1",
        "PROXY_FIX": env.get("QUIZGEN_PROXY_FIX") == "1",
        "SQLITE_BUSY_TIMEOUT_MS": 10_000,
        # Throttles: (max failures, window in seconds).
        "LOGIN_THROTTLE": (5, 15 * 60),
        "JOIN_THROTTLE": (20, 5 * 60),
        "ALLOW_PRIVATE_URLS": False,
        "LESSON_ITEM_COUNT": 15,
        # Load the spaCy pipeline when the app starts (each gunicorn worker builds its own app), not
        # on a teacher's first lesson; off in tests (TESTING) and with QUIZGEN_NLP_AT_START=0.
        "NLP_AT_START": env.get("QUIZGEN_NLP_AT_START", "1") == "1",
    }
