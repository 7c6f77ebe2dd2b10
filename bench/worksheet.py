"""Time the worksheet: the seed lesson, 2 versions + answer key (target: 300 ms or less).

Prints the first build in a fresh process (fonts registered, modules warm after import) and
the median of the next runs (wall clock, and CPU time, which a busy machine inflates less),
with pages per second; then the same for a 5,000-word lesson.
Run: .venv/bin/python bench/worksheet.py
"""
from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "worksheet")]

from factories import sample_lesson  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from ws_helpers import big_lesson  # noqa: E402

from quizgen.worksheet import render_worksheet  # noqa: E402

TARGET_MS = 300.0


def measure(name: str, lesson, runs: int, **options) -> float:
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        main, key = render_worksheet(lesson, **options)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    pages = sum(len(PdfReader(io.BytesIO(pdf)).pages) for pdf in (main, key) if pdf)
    median = statistics.median(times[1:]) if runs > 1 else times[0]
    cpu_median = statistics.median(cpu[1:] or cpu)
    print(f"{name}: first {times[0]:.0f} ms, median of {runs - 1} more {median:.0f} ms, "
          f"(CPU {cpu_median:.0f} ms), {pages} pages, {pages / (median / 1000):.0f} pages/s")
    return median


def main() -> int:
    seed_ms = measure("seed lesson, 2 versions + separate key", sample_lesson(), 11, versions=2,
                      key="separate")
    measure("seed lesson, 2 versions + appended key, A4 large print", sample_lesson(), 6, versions=2,
            key="appended", paper="a4", large_print=True)
    measure("5,000-word article, 20 items, 2 versions + key", big_lesson(), 4, versions=2, key="separate")
    verdict = "within" if seed_ms <= TARGET_MS else "OVER"
    print(f"seed job {seed_ms:.0f} ms: {verdict} the {TARGET_MS:.0f} ms target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
