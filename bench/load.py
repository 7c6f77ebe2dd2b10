"""Classroom and school load against gunicorn on loopback, checked against the database.

The students behave as the quiz page makes a browser behave (``PageStudent`` in
tests/support/students.py, modelling webapp/static/quiz.js): join, load the quiz and its static
files, think before each answer, autosave with at most one save on its way carrying every answer
changed since the last one, hand in the whole form and open the results page.

- Classroom: 35 students released together, 20 times (a fresh quiz each time), SQLite; quick
  clickers (up to 0.3 s per answer).
- School: 500 students arriving over 20 s, each thinking up to 2 s per answer, on SQLite and on
  PostgreSQL (a database of its own, dropped afterwards); all must finish within 60 s. Targets:
  autosave p95 <= 500 ms, hand-in p95 <= 1 s (printed; on a machine shared with other jobs they
  may be missed without the app being at fault, so they do not decide the exit status).
- Ratio: closed-loop requests/s of the student autosave endpoint over those of a trivial route
  (``GET /``, the front page) of the same server in the same run.

Then the database is compared with what the server acknowledged: every stored answer is the last
one the student saved before handing in (or handed in), scores equal a regrade, one attempt per
student; 0 lost answers, 0 duplicate attempts, 0 5xx, 0 "database is locked" are required (exit
status 1 otherwise). Prints p50/p95/p99 latency per step, requests/s and peak RSS per worker.

Run: .venv/bin/python bench/load.py            (everything, about 5 minutes on 2 cores)
     .venv/bin/python bench/load.py --quick    (3 classrooms, 150 students, SQLite only)
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]  # the server and students of tests/support

from support import server as ls  # noqa: E402
from support import students as lc  # noqa: E402
from support.http_client import Client, TransportError  # noqa: E402

REQUIRED_ZERO = ("lost", "duplicates", "missing", "unfinished", "bad_score", "5xx", "locked")
TARGET_MS = {"save": 500, "submit": 1000}  # p95 on 2 cores with the load client on the same machine


def seed_lesson() -> Any:
    """The seed article's lesson from the real generator (15 questions)."""
    from quizgen.generate import build_lesson
    from quizgen.ingest import load_article

    return build_lesson(load_article(ROOT / "lessons" / "00-seed-pompeo-xinjiang.md"), count=15, seed=0)


def workers() -> int:
    return 2 * (os.cpu_count() or 1) + 1


def merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    for k, v in part.items():
        if isinstance(v, int | float) and not isinstance(v, bool):
            into[k] = into.get(k, 0) + v


def print_latencies(logs: list[lc.StudentLog], label: str, wall: float,
                    cpu: tuple[float, float] | None = None) -> dict[str, Any]:
    s = lc.summary(logs)
    print(f"  {label}: {s['students']} students, {s['requests']} requests in {wall:.1f} s "
          f"({s['requests'] / wall:.0f} req/s), 5xx {s['5xx']}, locked {s['locked']}, retries {s['retries']}, "
          f"client errors {s['errors']}")
    if cpu is not None and s["requests"]:
        server_cpu, client_cpu = cpu
        print(f"    CPU: server {1000 * server_cpu / s['requests']:.1f} ms per request, load client "
              f"{1000 * client_cpu / s['requests']:.1f} ms per request; together "
              f"{100 * (server_cpu + client_cpu) / (wall * (os.cpu_count() or 1)):.0f} % of the machine's "
              f"{os.cpu_count()} cores over the run (the rest went to waiting or to other jobs)")
    print(f"    {'step':8} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for step in lc.STEPS:
        p = s["latency_ms"][step]
        print(f"    {step:8} {s['samples'][step]:6d} {p[50]:8.0f} {p[95]:8.0f} {p[99]:8.0f}")
    return s


def locked_in_log(server: ls.Server) -> int:
    return server.log_text().count("database is locked")


def check(label: str, totals: dict[str, Any]) -> bool:
    bad = {k: totals.get(k, 0) for k in REQUIRED_ZERO if totals.get(k, 0)}
    verdict = "ok" if not bad else f"FAILED {bad}"
    print(f"  check {label}: lost {totals.get('lost', 0)}, duplicate attempts {totals.get('duplicates', 0)}, "
          f"5xx {totals.get('5xx', 0)}, database is locked {totals.get('locked', 0)}, "
          f"unfinished {totals.get('unfinished', 0)}, bad scores {totals.get('bad_score', 0)} "
          f"over {totals.get('attempts', 0)} attempts / {totals.get('answers', 0)} answers: {verdict}")
    return not bad


def classroom_runs(db_url: str, tmp: Path, lesson: Any, *, size: int, runs: int) -> bool:
    """``runs`` classes of ``size`` students, each class released together on a fresh quiz."""
    print(f"\n== Classroom: {size} students at once x {runs} (up to 0.3 s per answer), SQLite, "
          f"gunicorn {workers()} workers")
    app = ls.app_for(db_url, tmp / "instance")
    ls.migrate(app)
    logs: list[lc.StudentLog] = []
    totals: dict[str, Any] = {}
    with ls.Server(db_url, tmp / "instance", workers=workers(), nlp_at_start=True) as server:
        t0, c0, s0 = time.perf_counter(), time.process_time(), server.cpu_seconds()
        for n in range(runs):
            quiz = ls.publish_lesson(app, lesson)
            run = asyncio.run(lc.classroom(server.url, quiz["code"], size, prefix=f"C{n}-", seed=n, page=True,
                                           think=0.3))
            merge(totals, lc.verify(app, quiz["quiz"], run))
            logs += run
        wall = time.perf_counter() - t0
        s = print_latencies(logs, "all classes", wall, (server.cpu_seconds() - s0, time.process_time() - c0))
        totals.update({"5xx": s["5xx"], "locked": s["locked"] + locked_in_log(server)})
        print_rss(server)
    return check("classroom", totals)


def school_run(label: str, db_url: str, tmp: Path, lesson: Any, *, students: int, arrive: float,
               think: float, window: float) -> tuple[bool, float]:
    """``students`` arriving evenly over ``arrive`` seconds; all must be done within ``window``."""
    print(f"\n== School: {students} students arriving over {arrive:.0f} s (think up to {think:g} s per answer), "
          f"{label}, gunicorn {workers()} workers")
    app = ls.app_for(db_url, tmp / "instance")
    ls.migrate(app)
    quiz = ls.publish_lesson(app, lesson)
    with ls.Server(db_url, tmp / "instance", workers=workers(), nlp_at_start=True) as server:
        t0, c0, s0 = time.perf_counter(), time.process_time(), server.cpu_seconds()
        logs = asyncio.run(lc.classroom(server.url, quiz["code"], students, prefix="S", spread=arrive, think=think,
                                        page=True))
        wall = time.perf_counter() - t0
        s = print_latencies(logs, label, wall, (server.cpu_seconds() - s0, time.process_time() - c0))
        totals = lc.verify(app, quiz["quiz"], logs)
        totals.update({"5xx": s["5xx"], "locked": s["locked"] + locked_in_log(server)})
        ok = check(label, totals)
        within = wall <= window and s["submitted"] == students
        print(f"  all {students} handed in within {window:.0f} s: {'yes' if within else 'NO'} "
              f"({s['submitted']} handed in, last at {wall:.1f} s)")
        for step, limit in TARGET_MS.items():
            p95 = s["latency_ms"][step][95]
            print(f"  target {step} p95 <= {limit} ms: {'met' if p95 <= limit else 'MISSED'} ({p95:.0f} ms)")
        ratio = ratio_run(server, quiz["code"])
        print_rss(server)
    return ok and within, ratio


def print_rss(server: ls.Server) -> None:
    rss = server.peak_rss_mb()
    if rss:
        print(f"  peak RSS per worker: max {max(rss.values()):.0f} MB, mean {sum(rss.values()) / len(rss):.0f} MB "
              f"over {len(rss)} workers")


async def _closed_loop(make: Any, concurrency: int, seconds: float) -> tuple[int, int]:
    """Each of ``concurrency`` loops sends the request ``make(i)`` returns until time is up."""
    stop = time.perf_counter() + seconds
    done = bad = 0

    async def loop(i: int) -> None:
        nonlocal done, bad
        while time.perf_counter() < stop:
            client, method, path, kw = make(i)
            try:
                r = await client.request(method, path, **kw)
            except TransportError:
                bad += 1
                continue
            done += 1
            bad += r.status_code != 200

    await asyncio.gather(*(loop(i) for i in range(concurrency)))
    return done, bad


def ratio_run(server: ls.Server, code: str, *, concurrency: int = 10, seconds: float = 1.0, rounds: int = 5) -> float:
    """requests/s of the autosave endpoint over requests/s of ``GET /`` (same server, same run).

    The two alternate in ``rounds`` slices of ``seconds`` each, so a neighbour's load on a
    shared machine weighs on both sides of the ratio alike.
    """

    async def run() -> tuple[float, float, int]:
        students = [lc.Student(server.url, code, f"R{n:03d}", seed=n) for n in range(concurrency)]
        for s in students:
            if not (await s.join() and await s.load()):
                raise RuntimeError("ratio run: could not join")
        anon = [Client(server.url) for _ in range(concurrency)]

        def trivial(i: int) -> tuple[Any, str, str, dict[str, Any]]:
            return anon[i], "GET", "/", {}

        def save(i: int) -> tuple[Any, str, str, dict[str, Any]]:
            s = students[i]
            q = s.page.questions[s.rng.randrange(len(s.page.questions))]
            data, _ = lc.choose(q, s.rng)
            return s.client, "POST", f"/q/{code}/save", {
                "data": {"csrf_token": s.page.csrf, "present": q.uid, **data},
                "headers": {"Accept": "application/json", "X-CSRFToken": s.page.csrf}}

        t_done = s_done = bad = 0
        for _ in range(rounds):
            done, b = await _closed_loop(trivial, concurrency, seconds)
            t_done, bad = t_done + done, bad + b
            done, b = await _closed_loop(save, concurrency, seconds)
            s_done, bad = s_done + done, bad + b
        return t_done / (seconds * rounds), s_done / (seconds * rounds), bad

    trivial_rps, save_rps, bad = asyncio.run(run())
    ratio = save_rps / trivial_rps
    print(f"  ratio: autosave {save_rps:.0f} req/s / GET / {trivial_rps:.0f} req/s = {ratio:.2f} "
          f"({concurrency} connections, {rounds} alternating slices of {seconds:g} s each, non-200 {bad})")
    return ratio


def postgres_available() -> bool:
    try:
        import psycopg

        psycopg.connect(ls.PG_ADMIN_URL, connect_timeout=3).close()
        return True
    except Exception:  # any failure means "no PostgreSQL here"
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 classrooms, 150 students, SQLite only")
    parser.add_argument("--classes", type=int, default=20, help="classroom runs (0: none)")
    parser.add_argument("--class-size", type=int, default=35)
    parser.add_argument("--school", type=int, default=500)
    parser.add_argument("--arrive", type=float, default=20.0, help="seconds over which the school arrives")
    parser.add_argument("--think", type=float, default=2.0, help="most seconds a student thinks per answer")
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--db", choices=("both", "sqlite", "postgres"), default="both")
    args = parser.parse_args(argv)
    if args.quick:
        args.classes, args.school, args.db = 3, 150, "sqlite"

    t = time.perf_counter()
    lesson = seed_lesson()
    print(f"seed lesson: {len(lesson.items)} questions (generated in {time.perf_counter() - t:.1f} s with the "
          f"model load); {os.cpu_count()} cores")
    ok = True
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="quizgen-load-")))
        if args.classes:
            ok &= classroom_runs(ls.sqlite_url(tmp / "class.sqlite3"), tmp / "class", lesson,
                                 size=args.class_size, runs=args.classes)
        school = {"students": args.school, "arrive": args.arrive, "think": args.think, "window": args.window}
        ratios = {}
        if args.db in ("both", "sqlite"):
            good, ratios["SQLite"] = school_run("SQLite", ls.sqlite_url(tmp / "school.sqlite3"), tmp / "school-sqlite",
                                                lesson, **school)
            ok &= good
        if args.db in ("both", "postgres"):
            if postgres_available():
                url = stack.enter_context(ls.postgres_database())
                good, ratios["PostgreSQL"] = school_run("PostgreSQL", url, tmp / "school-pg", lesson, **school)
                ok &= good
            else:
                print(f"\n== School on PostgreSQL skipped: nothing answers at {ls.PG_ADMIN_URL}")
    print("\nratio autosave/trivial: " + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items()))
    print("load checks: " + ("all passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
