"""Students as an asyncio load client, and a check of the database against their log.

Each student: join (GET the join page, POST code and name), load the quiz page, answer and
autosave, then hand in the whole form the way a browser does. Every request is logged with its
status and latency; ``verify`` then compares the database with what the server acknowledged.

Two ways of autosaving:

- ``Student`` (the fault tests): one POST per answer, each waiting for its reply.
- ``PageStudent`` (bench/load.py): what ``webapp/static/quiz.js`` does. The student thinks, then
  changes an answer; a separate save loop sends at most one save at a time, carrying every answer
  changed since the last one (so answers given while a save is out go together), typed text
  0.8 s after the last keystroke, retries after 1, 2, 4 ... s on errors, and stops at hand-in
  (a save already out still arrives). The page's static files are fetched once, as by a browser
  with an empty cache; after the hand-in the browser follows the redirect to the results page.
"""
from __future__ import annotations

import asyncio
import random
import string
import time
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from support.http_client import Client, Response, TransportError

STEPS = ("join", "load", "static", "save", "submit", "done")
RETRY_STATUSES = frozenset({502, 503, 504})


# --- the quiz page -----------------------------------------------------------------------------

@dataclass
class Question:
    uid: str
    radios: dict[str, list[str]] = field(default_factory=dict)
    checkboxes: dict[str, list[str]] = field(default_factory=dict)
    selects: dict[str, list[str]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)


class QuizPage(HTMLParser):
    """The CSRF token and the questions (with their inputs) of a quiz page.

    ``shown`` holds, per question, the answer the page displays as already given (checked
    radios and boxes, selected options, typed text), encoded like the stored values.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self.csrf = ""
        self.assets: list[str] = []  # the style sheet and scripts the page loads
        self.questions: list[Question] = []
        self.shown: dict[str, Any] = {}
        self._current: Question | None = None
        self._select: str | None = None
        self._textarea = False
        self.feed(html)

    def _show(self, value: Any, *, add: bool = False) -> None:
        assert self._current is not None
        uid = self._current.uid
        if add:
            self.shown.setdefault(uid, []).append(value)
            self.shown[uid].sort()
        else:
            self.shown[uid] = value

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "fieldset" and "data-uid" in a:
            self._current = Question(a["data-uid"])
            self.questions.append(self._current)
        elif tag == "input" and a.get("name") == "csrf_token":
            self.csrf = a.get("value", "")
        elif tag == "link" and a.get("rel") == "stylesheet" and a.get("href", "").startswith("/static/"):
            self.assets.append(a["href"])
        elif tag == "script" and a.get("src", "").startswith("/static/"):
            self.assets.append(a["src"])
        elif self._current is None:
            return
        elif tag == "input" and a.get("type") in ("radio", "checkbox"):
            group = self._current.radios if a["type"] == "radio" else self._current.checkboxes
            group.setdefault(a["name"], []).append(a["value"])
            if "checked" in a:
                self._show(int(a["value"]), add=a["type"] == "checkbox")
        elif tag == "input" and a.get("type") == "text":
            self._current.texts.append(a["name"])
            if a.get("value"):
                self._show(a["value"])
        elif tag == "textarea":
            self._current.texts.append(a["name"])
            self._textarea = True
        elif tag == "select":
            self._select = a["name"]
            self._current.selects[self._select] = []
        elif tag == "option" and self._select and a.get("value"):
            self._current.selects[self._select].append(a["value"])
            if "selected" in a:
                self._show([int(self._select.rsplit("-", 1)[1]), int(a["value"])], add=True)

    def handle_data(self, data: str) -> None:
        if self._textarea and data.strip():
            self._show(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "fieldset":
            self._current = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = False


def hidden_value(html: str, name: str) -> str:
    """The value of the first input called ``name`` (the join form's CSRF token)."""
    marker = f'name="{name}"'
    at = html.find(marker)
    if at < 0:
        return ""
    tag = html[html.rfind("<", 0, at): html.find(">", at)]
    start = tag.find('value="')
    return tag[start + 7: tag.find('"', start + 7)] if start >= 0 else ""


def choose(question: Question, rng: random.Random) -> tuple[dict[str, Any], Any]:
    """Random form fields answering ``question`` and the value the server must store for them."""
    data: dict[str, Any] = {}
    expected: Any = None
    for name, values in question.radios.items():
        v = rng.choice(values)
        data[name], expected = v, int(v)
    for name, values in question.checkboxes.items():
        picks = sorted(rng.sample(values, rng.randint(1, len(values))), key=int)
        data[name], expected = picks, sorted(int(v) for v in picks)
    if question.selects:
        pairs = []
        for name, values in question.selects.items():
            if values and rng.random() < 0.9:
                v = rng.choice(values)
                data[name] = v
                pairs.append([int(name.rsplit("-", 1)[1]), int(v)])
        expected = sorted(pairs)
    for name in question.texts:
        words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9))) for _ in range(rng.randint(1, 12))]
        data[name] = expected = " ".join(words)
    return data, expected


# --- one student ---------------------------------------------------------------------------------

@dataclass
class StudentLog:
    name: str
    joined: bool = False
    submitted: bool = False
    acked: dict[str, Any] = field(default_factory=dict)  # uid -> value of the last save that got a 2xx
    unacked: dict[str, list[Any]] = field(default_factory=dict)  # values sent whose outcome is unknown
    statuses: Counter = field(default_factory=Counter)
    latencies: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STEPS})
    errors: list[str] = field(default_factory=list)
    retries: int = 0
    locked: int = 0  # replies mentioning "database is locked"


class Student:
    """One simulated student with their own cookies; ``retries`` > 0 re-sends after dropped connections."""

    def __init__(self, base: str, code: str, name: str, *, seed: int, retries: int = 0,
                 save_repeats: int = 1, think: float = 0.0, timeout: float = 60.0) -> None:
        self.base, self.code = base, code
        self.log = StudentLog(name)
        self.rng = random.Random(seed)
        self.retries = retries
        self.save_repeats = save_repeats
        self.think = think
        self.client = Client(base, timeout=timeout)
        self.page: QuizPage | None = None
        self.last_form: dict[str, dict[str, Any]] = {}  # uid -> fields of its last acknowledged save

    async def request(self, step: str, method: str, url: str, **kw: Any) -> Response | None:
        """One request, re-sent after a dropped connection or a 502/503/504 up to ``retries`` times."""
        for n in range(self.retries + 1):
            t = time.perf_counter()
            try:
                r = await self.client.request(method, url, **kw)
            except TransportError as exc:
                self.log.errors.append(f"{step}: {type(exc).__name__}")
                if n < self.retries:
                    self.log.retries += 1
                    await asyncio.sleep(0.05 * (n + 1))
                    continue
                return None
            self.log.latencies[step].append(time.perf_counter() - t)
            self.log.statuses[r.status_code] += 1
            if "database is locked" in r.text:
                self.log.locked += 1
            if r.status_code in RETRY_STATUSES and n < self.retries:
                self.log.retries += 1
                await asyncio.sleep(0.1 * (n + 1))
                continue
            return r
        return None

    async def join(self) -> bool:
        r = await self.request("join", "GET", f"/j/{self.code}")
        if r is None or r.status_code != 200:
            return False
        token = hidden_value(r.text, "csrf_token")
        r = await self.request("join", "POST", "/join", data={"csrf_token": token, "code": self.code,
                                                               "name": self.log.name})
        self.log.joined = r is not None and r.status_code == 302 and r.headers["location"].endswith(f"/q/{self.code}")
        return self.log.joined

    async def load(self) -> bool:
        r = await self.request("load", "GET", f"/q/{self.code}")
        if r is None or r.status_code != 200:
            return False
        self.page = QuizPage(r.text)
        return bool(self.page.questions and self.page.csrf)

    async def save(self, question: Question) -> bool:
        assert self.page is not None
        data, expected = choose(question, self.rng)
        body = {"csrf_token": self.page.csrf, "present": question.uid, **data}
        self.log.unacked.setdefault(question.uid, []).append(expected)
        r = await self.request("save", "POST", f"/q/{self.code}/save", data=body,
                               headers={"Accept": "application/json", "X-CSRFToken": self.page.csrf})
        if r is not None and r.status_code == 200 and r.json().get("ok") is True:
            self.log.acked[question.uid] = expected
            self.log.unacked.pop(question.uid, None)
            self.last_form[question.uid] = data
            return True
        return False

    async def submit(self) -> bool:
        """Hand in the whole form (every question's current fields), as the browser's button does."""
        assert self.page is not None
        body: dict[str, Any] = {"csrf_token": self.page.csrf, "present": list(self.last_form)}
        for data in self.last_form.values():
            body.update(data)
        r = await self.request("submit", "POST", f"/q/{self.code}/submit", data=body)
        self.log.submitted = r is not None and r.status_code == 302 and r.headers["location"].endswith("/done")
        return self.log.submitted

    async def answer(self, questions: list[Question] | None = None) -> None:
        """Autosave an answer to each question (all of them by default), ``save_repeats`` times over."""
        assert self.page is not None
        for _ in range(self.save_repeats):
            for q in self.page.questions if questions is None else questions:
                await self.save(q)
                if self.think:
                    await asyncio.sleep(self.rng.uniform(0, self.think))

    async def run(self, gate: asyncio.Event | None = None, delay: float = 0.0) -> StudentLog:
        """Wait at the gate, then join, load, autosave every answer and hand in."""
        try:
            if gate is not None:
                await gate.wait()
            if delay:
                await asyncio.sleep(delay)
            if not await self.join() or not await self.load():
                return self.log
            await self.answer()
            await self.submit()
        except Exception as exc:  # a client bug must show in the report, not stop the run
            self.log.errors.append(f"client: {type(exc).__name__}: {exc}")
        finally:
            await self.client.aclose()
        return self.log


TYPING_PAUSE = 0.8  # quiz.js saves typed text this long after the last keystroke
BACKOFF_MAX = 30.0


class PageStudent(Student):
    """A student on the quiz page as ``quiz.js`` drives it (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.current: dict[str, tuple[dict[str, Any], Any]] = {}  # uid -> (fields, value) shown now
        self.dirty: dict[str, float] = {}  # uid -> when it may be sent (typing pause)
        self.changed = asyncio.Event()
        self.stopped = False
        self.in_flight: asyncio.Task[str] | None = None

    def change(self, question: Question) -> None:
        """The student picks or types a new answer (what the page's change/input events report)."""
        data, expected = choose(question, self.rng)
        self.current[question.uid] = (data, expected)
        self.dirty[question.uid] = time.perf_counter() + (TYPING_PAUSE if question.texts else 0.0)
        self.changed.set()

    async def save_loop(self) -> None:
        """At most one save at a time, with the latest answers of every changed question."""
        backoff = 0.0
        while not self.stopped:
            if not self.dirty:
                self.changed.clear()
                await self.changed.wait()
                continue
            wait = min(self.dirty.values()) - time.perf_counter()
            if wait > 0:
                self.changed.clear()
                try:
                    await asyncio.wait_for(self.changed.wait(), wait)
                except TimeoutError:
                    pass
                continue
            self.in_flight = asyncio.ensure_future(self._send(list(self.dirty)))
            self.dirty = {}
            outcome = await asyncio.shield(self.in_flight)  # cancelling the loop leaves the save be
            if outcome == "ok":
                backoff = 0.0
            elif outcome == "retry":
                backoff = min(backoff * 2 if backoff else 1.0, BACKOFF_MAX)
                await asyncio.sleep(backoff)
            else:  # refused for good (409 after hand-in, 403, 400): quiz.js stops saving
                self.stopped = True

    async def _send(self, uids: list[str]) -> str:
        assert self.page is not None
        sent = {uid: self.current[uid] for uid in uids}
        body: dict[str, Any] = {"csrf_token": self.page.csrf, "present": uids}
        for data, _ in sent.values():
            body.update(data)
        for uid, (_, expected) in sent.items():
            self.log.unacked.setdefault(uid, []).append(expected)
        t = time.perf_counter()
        try:
            r = await self.client.request("POST", f"/q/{self.code}/save", data=body,
                                          headers={"Accept": "application/json", "X-CSRFToken": self.page.csrf})
        except TransportError as exc:
            self.log.errors.append(f"save: {type(exc).__name__}")
            self._again(sent)
            return "retry"
        self.log.latencies["save"].append(time.perf_counter() - t)
        self.log.statuses[r.status_code] += 1
        if "database is locked" in r.text:
            self.log.locked += 1
        if r.status_code == 200 and r.json().get("ok") is True:
            for uid, (_, expected) in sent.items():
                self.log.acked[uid] = expected
                self.log.unacked.pop(uid, None)
            return "ok"
        if r.status_code >= 500 or r.status_code == 429:
            self.log.retries += 1
            self._again(sent)
            return "retry"
        return "stop"

    def _again(self, sent: dict[str, tuple[dict[str, Any], Any]]) -> None:
        """A save that did not get through: its questions are sent again (unless changed since)."""
        for uid in sent:
            self.dirty.setdefault(uid, 0.0)

    async def fetch_assets(self) -> None:
        assert self.page is not None
        for url in self.page.assets:
            await self.request("static", "GET", url)

    async def hand_in(self) -> bool:
        """The Hand in button: quiz.js stops saving (a save on its way still arrives) and the
        browser posts the whole form, then follows the redirect to the results page."""
        assert self.page is not None
        self.stopped = True
        self.changed.set()
        body: dict[str, Any] = {"csrf_token": self.page.csrf, "present": [q.uid for q in self.page.questions]}
        for data, _ in self.current.values():
            body.update(data)
        r = await self.request("submit", "POST", f"/q/{self.code}/submit", data=body)
        self.log.submitted = r is not None and r.status_code == 302 and r.headers["location"].endswith("/done")
        if self.log.submitted:
            # what the hand-in carried is what counts now
            for uid, (_, expected) in self.current.items():
                self.log.acked[uid] = expected
                self.log.unacked.pop(uid, None)
            await self.request("done", "GET", f"/q/{self.code}/done")
        return self.log.submitted

    async def run(self, gate: asyncio.Event | None = None, delay: float = 0.0) -> StudentLog:
        """Wait at the gate, then join, load the page, answer every question at the student's pace
        (the save loop sending alongside), hand in."""
        saver: asyncio.Task[None] | None = None
        try:
            if gate is not None:
                await gate.wait()
            if delay:
                await asyncio.sleep(delay)
            if not await self.join() or not await self.load():
                return self.log
            await self.fetch_assets()
            saver = asyncio.ensure_future(self.save_loop())
            assert self.page is not None
            for _ in range(self.save_repeats):
                for q in self.page.questions:
                    if self.think:
                        await asyncio.sleep(self.rng.uniform(0, self.think))
                    self.change(q)
            # quiz.js has nothing to wait for: the student reads over, then hands in
            await asyncio.sleep(self.rng.uniform(0, self.think) if self.think else 0.0)
            await self.hand_in()
        except Exception as exc:  # a client bug must show in the report, not stop the run
            self.log.errors.append(f"client: {type(exc).__name__}: {exc}")
        finally:
            self.stopped = True
            if self.in_flight is not None:  # the save that was on its way at the hand-in arrives
                await asyncio.gather(self.in_flight, return_exceptions=True)
            if saver is not None:
                saver.cancel()  # it may be waiting to retry: nothing more will be sent
                await asyncio.gather(saver, return_exceptions=True)
            await self.client.aclose()
        return self.log


async def classroom(base: str, code: str, count: int, *, prefix: str = "S", seed: int = 0, retries: int = 0,
                    spread: float = 0.0, save_repeats: int = 1, think: float = 0.0,
                    page: bool = False) -> list[StudentLog]:
    """``count`` students released together (or spread evenly over ``spread`` seconds); ``page``:
    students who autosave as quiz.js does (:class:`PageStudent`)."""
    gate = asyncio.Event()
    kind = PageStudent if page else Student
    students = [kind(base, code, f"{prefix}{n:04d}", seed=seed * 100_003 + n, retries=retries,
                     save_repeats=save_repeats, think=think) for n in range(count)]
    tasks = [asyncio.create_task(s.run(gate, spread * n / max(count, 1))) for n, s in enumerate(students)]
    await asyncio.sleep(0)
    gate.set()
    return list(await asyncio.gather(*tasks))


# --- the check -------------------------------------------------------------------------------------

def verify(app: Any, quiz_id: int, logs: list[StudentLog]) -> dict[str, int]:
    """Compare the database with the students' log.

    Returns counts: ``lost`` (an acknowledged answer missing or different in the database),
    ``duplicates`` (more than one attempt for a name), ``missing`` (a joined student with no
    attempt), ``unfinished`` (a student whose hand-in was acknowledged but is not finished),
    ``bad_score`` (a finished attempt whose score is not the sum of its graded answers).
    """
    from sqlalchemy import select

    from webapp.db import db
    from webapp.grading import grade
    from webapp.models import Attempt, Quiz
    from webapp.services.quizzes import quiz_items

    out = Counter(lost=0, duplicates=0, missing=0, unfinished=0, bad_score=0, attempts=0, answers=0)
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        items = quiz_items(quiz)
        by_name: dict[str, list[Attempt]] = {}
        for a in db.session.scalars(select(Attempt).where(Attempt.quiz_id == quiz_id)):
            by_name.setdefault(a.display_name, []).append(a)
        out["attempts"] = sum(len(v) for v in by_name.values())
        for log in logs:
            attempts = by_name.get(log.name, [])
            if len(attempts) > 1:
                out["duplicates"] += len(attempts) - 1
            if not attempts:
                out["missing"] += int(log.joined)
                continue
            a = attempts[0]
            stored = {r.item_uid: r.value for r in a.responses}
            out["answers"] += len(stored)
            for uid, value in log.acked.items():
                if stored.get(uid) != value and stored.get(uid) not in log.unacked.get(uid, []):
                    out["lost"] += 1
            if log.submitted and a.finished_at is None:
                out["unfinished"] += 1
            if a.finished_at is not None:
                total = sum(grade(items[r.item_uid], r.value).points or 0.0 for r in a.responses
                            if r.item_uid in items and items[r.item_uid].kind != "open_response")
                total += sum(r.points or 0.0 for r in a.responses
                             if r.item_uid in items and items[r.item_uid].kind == "open_response")
                if a.score is None or abs(a.score - total) > 1e-9 or a.score > a.max_score + 1e-9:
                    out["bad_score"] += 1
    return dict(out)


def percentiles(values: list[float], points: tuple[int, ...] = (50, 95, 99)) -> dict[int, float]:
    """Nearest-rank percentiles of ``values`` in milliseconds."""
    if not values:
        return {p: float("nan") for p in points}
    ordered = sorted(values)
    return {p: 1000 * ordered[min(len(ordered) - 1, max(0, -(-p * len(ordered) // 100) - 1))] for p in points}


def summary(logs: list[StudentLog]) -> dict[str, Any]:
    """Totals over all students: statuses, 5xx, locked replies, retries, latencies per step."""
    statuses: Counter = Counter()
    lat: dict[str, list[float]] = {s: [] for s in STEPS}
    for log in logs:
        statuses.update(log.statuses)
        for s in STEPS:
            lat[s].extend(log.latencies[s])
    return {
        "students": len(logs), "joined": sum(lg.joined for lg in logs), "submitted": sum(lg.submitted for lg in logs),
        "requests": sum(statuses.values()), "5xx": sum(n for code, n in statuses.items() if code >= 500),
        "locked": sum(lg.locked for lg in logs), "retries": sum(lg.retries for lg in logs),
        "errors": sum(len(lg.errors) for lg in logs), "statuses": dict(statuses),
        "latency_ms": {s: percentiles(v) for s, v in lat.items()}, "samples": {s: len(v) for s, v in lat.items()},
    }
