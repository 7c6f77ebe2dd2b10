"""Security plumbing: headers, https-aware session cookie, passwords, safe redirects (throttles: webapp.throttle)."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, current_app, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.security import check_password_hash, generate_password_hash

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


class HttpsAwareSessionInterface(SecureCookieSessionInterface):
    """Marks the session cookie Secure whenever the request came over https."""

    def get_cookie_secure(self, app: Flask) -> bool:  # type: ignore[override]
        return bool(app.config["SESSION_COOKIE_SECURE"] or request.is_secure)


def set_security_headers(response: Response) -> Response:
    """Add CSP and friends to every response; nothing but static files may be stored by a cache.

    Pages, results, CSVs and answer-key PDFs hold students' names and answers or the key: a
    shared computer's browser cache or a proxy must not keep them (``no-store``). Static files
    keep whatever lifetime their route gives them.
    """
    if request.endpoint != "static" and "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "no-store"
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def _quiet_version_string(handler: object) -> str:
    return "Quizgen"


def hide_server_version() -> None:
    """Make the development server (``make run``) say ``Server: Quizgen`` instead of naming its
    Werkzeug and Python versions; gunicorn (``make serve``) already names no version."""
    from werkzeug.serving import WSGIRequestHandler

    WSGIRequestHandler.version_string = _quiet_version_string  # type: ignore[method-assign]  # no hook exists


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
