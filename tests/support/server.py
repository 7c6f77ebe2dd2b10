"""A real Quizgen server for load and fault runs: a database, a published quiz, gunicorn on loopback.

Shared by ``bench/load.py`` and the fault and browser tests.
Nothing here talks to anything but 127.0.0.1.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("QUIZGEN_LOAD_PG", "postgresql://postgres@127.0.0.1:5432/test")
SECRET = "load-test-secret-" + "0" * 16
FAST_HASH = "pbkdf2:sha256:1000"  # teachers made by these scripts only: never the app's default


def free_port() -> int:
    """A TCP port nobody listens on right now (loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@contextlib.contextmanager
def postgres_database(prefix: str = "quizgen_load") -> Iterator[str]:
    """A fresh PostgreSQL database of our own, dropped afterwards; yields its URL."""
    import psycopg

    name = f"{prefix}_{secrets.token_hex(4)}"
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def app_for(db_url: str, instance: Path, **config: Any) -> Any:
    """An app object on ``db_url`` for setting up and inspecting (never served)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from webapp import create_app

    before = os.environ.get("QUIZGEN_INSTANCE")
    os.environ["QUIZGEN_INSTANCE"] = str(instance)
    try:
        return create_app({"SECRET_KEY": SECRET, "SQLALCHEMY_DATABASE_URI": db_url,
                           "PASSWORD_METHOD": FAST_HASH, "NLP_AT_START": False, **config})
    finally:  # callers may be test processes: leave the environment as it was
        if before is None:
            os.environ.pop("QUIZGEN_INSTANCE", None)
        else:
            os.environ["QUIZGEN_INSTANCE"] = before


def migrate(app: Any) -> None:
    """Create the schema the way production does: the Alembic migrations."""
    import logging

    from flask_migrate import upgrade

    # Alembic's fileConfig disables every logger that exists already; put them back afterwards.
    loggers = [lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    before = {lg.name: lg.disabled for lg in loggers}
    root_level, root_handlers = logging.root.level, list(logging.root.handlers)
    with app.app_context():
        upgrade()
    for lg in logging.root.manager.loggerDict.values():
        if isinstance(lg, logging.Logger):
            lg.disabled = before.get(lg.name, False)
    logging.root.setLevel(root_level)
    logging.root.handlers[:] = root_handlers


def publish_lesson(app: Any, lesson: Any, **settings: Any) -> dict[str, Any]:
    """Store ``lesson`` for a new teacher and publish it; returns ids and the join code."""
    from webapp.db import db
    from webapp.models import Teacher
    from webapp.security import hash_password
    from webapp.services.lessons import store_lesson
    from webapp.services.quizzes import publish

    with app.app_context():
        teacher = Teacher(email=f"t{secrets.token_hex(4)}@load.test", name="Load teacher",
                          password_hash=hash_password("load test password"))
        db.session.add(teacher)
        db.session.commit()
        row = store_lesson(lesson, teacher, "load test")
        db.session.commit()
        quiz = publish(row, teacher, {"is_open": True, "feedback": "immediately", **settings})
        return {"teacher": teacher.id, "email": teacher.email, "password": "load test password",
                "lesson": row.id, "quiz": quiz.id, "code": quiz.code, "items": len(quiz.items)}


class Server:
    """gunicorn serving ``webapp:create_app(...)`` on a loopback port, started and stopped by us."""

    def __init__(self, db_url: str, instance: Path, *, workers: int = 2, port: int | None = None,
                 config: dict[str, Any] | None = None, log: Path | None = None, timeout: int = 60,
                 nlp_at_start: bool = False) -> None:
        self.db_url = db_url
        self.instance = instance
        self.workers = workers
        self.port = port or free_port()
        self.config = config or {}
        self.log = log or instance / "gunicorn.log"
        self.timeout = timeout
        self.nlp_at_start = nlp_at_start  # production loads spaCy in each worker; most tests need not
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_start = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        target = f"webapp:create_app({self.config!r})" if self.config else "webapp:create_app()"
        return [str(VENV_BIN / "gunicorn"), "--workers", str(self.workers), "--bind", f"127.0.0.1:{self.port}",
                "--timeout", str(self.timeout), "--graceful-timeout", "10", "--backlog", "2048",
                "--error-logfile", "-", target]

    def start(self, wait: float = 90.0) -> Server:
        """Start gunicorn and wait until every worker answers (or raise with the log)."""
        self.instance.mkdir(parents=True, exist_ok=True)
        self._log_start = len(self.log_text())  # the log is appended to: look at this start's lines only
        env = {**os.environ, "DATABASE_URL": self.db_url, "SECRET_KEY": SECRET,
               "QUIZGEN_INSTANCE": str(self.instance), "PYTHONPATH": str(ROOT),
               "QUIZGEN_NLP_AT_START": "1" if self.nlp_at_start else "0"}
        env.pop("QUIZGEN_PROXY_FIX", None)
        with self.log.open("ab") as fh:
            self.proc = subprocess.Popen(self.command(), cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log_text()[-3000:]}")
            if len(self.worker_pids()) >= self.workers and self._answers() and self._warm():
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within {wait} s:\n{self.log_text()[-3000:]}")

    def _warm(self) -> bool:
        """Every worker has loaded spaCy (when it does so at start): none is busy loading it."""
        return not self.nlp_at_start or self.log_text()[self._log_start:].count("spaCy pipeline loaded") >= self.workers

    def _answers(self) -> bool:
        try:
            return httpx.get(self.url + "/static/app.css", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def worker_pids(self) -> list[int]:
        """The pids of the master's worker processes (from /proc)."""
        if self.proc is None:
            return []
        out = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == self.proc.pid:
                out.append(int(entry.name))
        return sorted(out)

    def cpu_seconds(self) -> float:
        """CPU time (user + system) used so far by the master and its live workers (from /proc)."""
        if self.proc is None:
            return 0.0
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in [self.proc.pid, *self.worker_pids()]:
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def peak_rss_mb(self) -> dict[int, float]:
        """Peak resident memory (VmHWM) of each worker, in MB."""
        out = {}
        for pid in self.worker_pids():
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        out[pid] = int(line.split()[1]) / 1024
        return out

    def worker_holding(self, client_port: int) -> int | None:
        """The worker that has accepted the loopback connection from ``client_port`` (from /proc), if any."""
        wanted = f"0100007F:{self.port:04X} 0100007F:{client_port:04X}"
        inode = None
        with contextlib.suppress(OSError):
            for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
                fields = line.split()
                if f"{fields[1]} {fields[2]}" == wanted and fields[9] != "0":
                    inode = fields[9]
        if inode is None:
            return None
        for pid in self.worker_pids():
            with contextlib.suppress(OSError):
                for fd in Path(f"/proc/{pid}/fd").iterdir():
                    with contextlib.suppress(OSError):
                        if os.readlink(fd) == f"socket:[{inode}]":
                            return pid
        return None

    def kill_worker(self, pid: int) -> None:
        """SIGKILL one worker (the master starts a new one)."""
        os.kill(pid, signal.SIGKILL)

    def stop(self, sig: int = signal.SIGTERM, wait: float = 20.0) -> None:
        """Stop the master and its workers (SIGTERM is gunicorn's graceful stop; SIGKILL is a crash)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        if sig == signal.SIGKILL:
            os.killpg(self.proc.pid, signal.SIGKILL)  # its own session: only our gunicorn processes
        else:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(wait)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
