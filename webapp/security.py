"""Security plumbing: headers, https-aware session cookie, throttles, passwords, safe redirects."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, request
from flask.sessions import SecureCookieSessionInterface
from sqlalchemy import delete, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from webapp.db import db
from webapp.models import ThrottleEvent, utcnow

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


class HttpsAwareSessionInterface(SecureCookieSessionInterface):
    """Marks the session cookie Secure whenever the request came over https."""

    def get_cookie_secure(self, app: Flask) -> bool:  # type: ignore[override]
        return bool(app.config["SESSION_COOKIE_SECURE"] or request.is_secure)


def set_security_headers(response: Response) -> Response:
    """Add CSP and friends to every response."""
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def hash_password(password: str) -> str:
    """Hash with the configured scheme (scrypt N=2^17, r=8, p=1 unless a test lowers it)."""
    return generate_password_hash(password, method=current_app.config["PASSWORD_METHOD"])


def verify_password(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)


def safe_next(target: str | None) -> str | None:
    """``target`` when it is a path on this site, else None (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or any(ord(c) < 32 for c in target):
        return None
    return target


def client_address() -> str:
    """The client's address (ProxyFix, when enabled, has already put the real one here)."""
    return request.remote_addr or "unknown"


def throttled(key: str, limit: tuple[int, int]) -> bool:
    """True when ``key`` has reached ``limit`` = (max failures, window seconds)."""
    most, window = limit
    since = utcnow() - timedelta(seconds=window)
    count = db.session.scalar(
        select(func.count()).select_from(ThrottleEvent).where(ThrottleEvent.key == key, ThrottleEvent.at >= since)
    )
    return (count or 0) >= most


def record_failure(key: str, limit: tuple[int, int]) -> None:
    """Count one failure for ``key`` and forget the ones older than the window."""
    since = utcnow() - timedelta(seconds=limit[1])
    db.session.execute(delete(ThrottleEvent).where(ThrottleEvent.key == key, ThrottleEvent.at < since))
    db.session.add(ThrottleEvent(key=key))
    db.session.commit()


def clear_failures(key: str) -> None:
    db.session.execute(delete(ThrottleEvent).where(ThrottleEvent.key == key))
    db.session.commit()
