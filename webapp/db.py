"""The database handle and the SQLite settings every connection gets.

SQLite is opened in WAL mode with a busy timeout and foreign keys on; transactions of
state-changing requests begin with ``BEGIN IMMEDIATE`` so two writers queue on the busy
timeout instead of failing half-way with "database is locked" when a read upgrades to a write.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from flask import Flask, has_request_context, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_force_immediate: ContextVar[bool] = ContextVar("quizgen_force_immediate", default=False)


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


def _wants_write() -> bool:
    if _force_immediate.get():
        return True
    if has_request_context():
        return request.method not in SAFE_METHODS
    return True  # CLI commands and scripts write


@contextmanager
def transaction() -> Iterator[None]:
    """Commit the block's changes together, or roll them back if it raises (service functions use it)."""
    try:
        yield
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise


@contextmanager
def write_transaction() -> Iterator[None]:
    """Run the block in a fresh transaction that starts as a write one (for GET handlers that write)."""
    db.session.commit()
    token = _force_immediate.set(True)
    try:
        yield
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    finally:
        _force_immediate.reset(token)


def install_sqlite_settings(engine: Engine, busy_timeout_ms: int) -> None:
    """Attach the per-connection PRAGMAs and the BEGIN policy to a SQLite engine."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it otherwise).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if _wants_write() else "BEGIN")


def init_db(app: Flask) -> None:
    """Bind the database to the app and tune SQLite connections."""
    db.init_app(app)
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "sqlite":
            install_sqlite_settings(engine, app.config["SQLITE_BUSY_TIMEOUT_MS"])
