"""Static files with long cache lifetimes: every URL the templates make carries the file's content
hash (``/static/quiz.js?v=3f2a...``), so a browser may keep it for a year and still gets a changed
file at once (its URL changes). A URL without the hash is revalidated on each use."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from flask import Flask, Response, request

YEAR = 365 * 24 * 3600
_VERSIONS: dict[tuple[str, int, int], str] = {}


def version(folder: str, filename: str) -> str:
    """The first 12 hex digits of the file's SHA-256 ("" for a file that is not there)."""
    path = Path(folder) / filename
    try:
        st = path.stat()
    except OSError:
        return ""
    key = (str(path), st.st_mtime_ns, st.st_size)  # an edited file (flask run) gets a new version
    if key not in _VERSIONS:
        _VERSIONS[key] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return _VERSIONS[key]


def install(app: Flask) -> None:
    """Version ``url_for('static', ...)`` and set the cache headers of static responses."""

    @app.url_defaults
    def add_version(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and "filename" in values and "v" not in values and app.static_folder:
            v = version(app.static_folder, values["filename"])
            if v:
                values["v"] = v

    @app.after_request
    def cache_static(response: Response) -> Response:
        if request.endpoint == "static" and response.status_code in (200, 304):
            if request.args.get("v"):
                response.cache_control.public = True
                response.cache_control.max_age = YEAR
                response.cache_control.immutable = True
                response.cache_control.no_cache = None
            else:
                response.cache_control.no_cache = True
        return response
