"""Throttles that slow guessing down without letting anyone lock a teacher or a class out.

Failures are counted per key; past a rule's free allowance each new failure makes the key wait
longer (doubling, up to a cap), and a key forgets its failures some time after the last one.
A waiting key is refused before its password or code is even checked, so guessing gets slow.

The keys are chosen so the people an attacker wants to lock out are not behind them:

* sign-in: a browser that has signed in to an account before (it holds a device cookie the
  server remembered at that sign-in) counts only its own failures for that account. Everyone
  else counts under the account and address together, under the account from anywhere, and
  under the address for all accounts -- the last two capped at a minute, so a teacher on a new
  computer is slowed, never shut out.
* joining a quiz: wrong codes count per browser (a cookie) and, generously, per address. Once a
  quiz has been joined from an address, its right code keeps working from that address even
  while the address waits, so a class behind one school NAT still gets in.
* sign-up: per address (each attempt costs a slow password hash).

Keys are hashes: no email or address is stored in the clear.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy import case, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from webapp.db import db
from webapp.models import Throttle, utcnow


@dataclass(frozen=True)
class Rule:
    """``free`` failures cost nothing; the next waits ``base`` seconds, then twice as long each
    time up to ``cap``; ``forget`` seconds after the last failure the count starts again."""

    free: int
    base: float
    cap: float
    forget: float

    def wait_after(self, failures: int) -> float:
        """Seconds a key waits after its ``failures``-th failure."""
        if failures <= self.free:
            return 0.0
        return float(min(self.cap, self.base * 2 ** min(failures - self.free - 1, 40)))


MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0

# Sign-in from a browser that signed in to this account before: only its own failures count.
LOGIN_DEVICE = Rule(free=5, base=2, cap=15 * MINUTE, forget=DAY)
# Sign-in from anywhere else: this account from this address ...
LOGIN_PAIR = Rule(free=5, base=2, cap=15 * MINUTE, forget=DAY)
# ... this account from every address (a spread-out guesser), and every account from this address.
LOGIN_ACCOUNT = Rule(free=10, base=1, cap=MINUTE, forget=DAY)
LOGIN_ADDRESS = Rule(free=30, base=1, cap=MINUTE, forget=HOUR)
# Join codes: one browser, and one address (a class of 35 mistyping stays far below it).
JOIN_CLIENT = Rule(free=10, base=2, cap=MINUTE, forget=10 * MINUTE)
JOIN_ADDRESS = Rule(free=200, base=1, cap=MINUTE, forget=10 * MINUTE)
# Sign-up attempts (and invitation codes tried) per address.
SIGNUP_ADDRESS = Rule(free=5, base=30, cap=HOUR, forget=DAY)
# How long a sign-in remembers a device, and a join remembers that a class uses an address.
DEVICE_TRUST = 180 * DAY
CLASS_AT_ADDRESS = 4 * HOUR


def key(kind: str, *parts: object) -> str:
    """A short key for ``kind`` over ``parts`` (hashed: no address or email kept in the clear)."""
    digest = hashlib.sha256("\x1f".join(str(p).strip().lower() for p in parts).encode()).hexdigest()
    return f"{kind[:30]}:{digest[:40]}"


def wait_seconds(name: str, rule: Rule) -> int:
    """Whole seconds ``name`` must still wait before it may try again (0: go ahead).

    ``THROTTLES = False`` in the app's config turns every wait off (the route fuzzer sends
    thousands of wrong passwords and codes on purpose)."""
    if not current_app.config.get("THROTTLES", True):
        return 0
    row = db.session.get(Throttle, name)
    if row is None or row.wait_until is None:
        return 0
    now = utcnow()
    if (now - row.last_at).total_seconds() > rule.forget:
        return 0
    return max(0, math.ceil((row.wait_until - now).total_seconds()))


def longest_wait(pairs: list[tuple[str, Rule]]) -> int:
    return max((wait_seconds(name, rule) for name, rule in pairs), default=0)


def _upsert(name: str, values: dict[str, object], update: dict[str, object]) -> None:
    insert = pg_insert if db.session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(Throttle).values(key=name, **values)
    db.session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=update))


def fail(pairs: list[tuple[str, Rule]]) -> int:
    """Count one failure under each key and commit at once (a failure counts even if the request
    then breaks); returns the longest wait this failure started, in whole seconds."""
    now = utcnow()
    longest = 0.0
    for name, rule in pairs:
        forgotten = now - timedelta(seconds=rule.forget)
        _upsert(name, {"failures": 1, "last_at": now, "wait_until": None}, {
            # a key whose last failure is older than the rule's memory starts again at one
            "failures": case((Throttle.last_at < forgotten, 1), else_=Throttle.failures + 1), "last_at": now,
        })
        row = db.session.get(Throttle, name, populate_existing=True)
        assert row is not None  # just written
        wait = rule.wait_after(row.failures)
        row.wait_until = now + timedelta(seconds=wait) if wait else None
        longest = max(longest, wait)
    db.session.execute(delete(Throttle).where(Throttle.last_at < now - timedelta(days=7)))
    db.session.commit()
    return math.ceil(longest)


def clear(*names: str) -> None:
    """Forget the failures under these keys (not committed: the caller's transaction does it)."""
    db.session.execute(delete(Throttle).where(Throttle.key.in_(names)))


def mark(name: str) -> None:
    """Remember that ``name`` happened now (a trusted device, a class at an address); not committed."""
    now = utcnow()
    _upsert(name, {"failures": 0, "last_at": now, "wait_until": None}, {"last_at": now})


def recent(name: str, within: float) -> bool:
    """True when :func:`mark` noted ``name`` less than ``within`` seconds ago."""
    row = db.session.get(Throttle, name)
    return row is not None and row.failures == 0 and (utcnow() - row.last_at).total_seconds() < within
