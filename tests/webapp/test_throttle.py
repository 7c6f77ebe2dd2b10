"""The throttle store: growing waits per key, keys that do not touch each other, memory that fades."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from webapp import throttle
from webapp.db import db
from webapp.models import Throttle

RULE = throttle.Rule(free=3, base=2, cap=30, forget=600)


class Clock:
    """A settable utcnow for the throttle module."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def pass_(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(throttle, "utcnow", c)
    return c


def test_rule_waits_grow_and_stop_at_the_cap():
    assert [RULE.wait_after(n) for n in range(1, 10)] == [0, 0, 0, 2, 4, 8, 16, 30, 30]
    assert RULE.wait_after(10_000) == 30  # no overflow on a long siege


def test_free_failures_then_a_wait_that_doubles(ctx, clock):
    k = throttle.key("t", "a")
    for _ in range(3):
        assert throttle.fail([(k, RULE)]) == 0
        assert throttle.wait_seconds(k, RULE) == 0
    assert throttle.fail([(k, RULE)]) == 2
    assert throttle.wait_seconds(k, RULE) == 2
    clock.pass_(1)
    assert throttle.wait_seconds(k, RULE) == 1
    clock.pass_(1)
    assert throttle.wait_seconds(k, RULE) == 0  # waiting long enough lets it try again
    assert throttle.fail([(k, RULE)]) == 4


def test_keys_are_independent_and_hashed(ctx, clock):
    a, b = throttle.key("login", "ada@school.test", "10.0.0.1"), throttle.key("login", "ada@school.test", "10.0.0.2")
    assert a != b and "ada" not in a and "10.0.0" not in a and len(a) <= 80
    assert throttle.key("login", " Ada@School.test ", "10.0.0.1") == a  # case and spaces do not make a new key
    for _ in range(6):
        throttle.fail([(a, RULE)])
    assert throttle.wait_seconds(a, RULE) > 0
    assert throttle.wait_seconds(b, RULE) == 0


def test_failures_are_forgotten_after_the_rule_s_memory(ctx, clock):
    k = throttle.key("t", "forget")
    for _ in range(5):
        throttle.fail([(k, RULE)])
    assert throttle.wait_seconds(k, RULE) > 0
    clock.pass_(601)
    assert throttle.wait_seconds(k, RULE) == 0
    assert throttle.fail([(k, RULE)]) == 0  # counting starts again from one
    assert db.session.get(Throttle, k).failures == 1


def test_clear_and_marks(ctx, clock):
    k = throttle.key("t", "clear")
    for _ in range(5):
        throttle.fail([(k, RULE)])
    throttle.clear(k)
    db.session.commit()
    assert throttle.wait_seconds(k, RULE) == 0
    m = throttle.key("seen", "device")
    assert not throttle.recent(m, 60)
    throttle.mark(m)
    db.session.commit()
    assert throttle.recent(m, 60)
    clock.pass_(61)
    assert not throttle.recent(m, 60)


def test_one_failure_counts_under_every_key_given(ctx, clock):
    keys = [(throttle.key("t", "x"), RULE), (throttle.key("t", "y"), throttle.Rule(free=0, base=5, cap=5, forget=60))]
    assert throttle.fail(keys) == 5  # the longest wait started
    assert throttle.longest_wait(keys) == 5
    assert db.session.get(Throttle, keys[0][0]).failures == 1


def test_old_rows_are_purged(ctx, clock):
    old = throttle.key("t", "old")
    throttle.fail([(old, RULE)])
    clock.pass_(8 * 86400)
    throttle.fail([(throttle.key("t", "new"), RULE)])
    assert db.session.get(Throttle, old) is None
