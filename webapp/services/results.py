"""Results of a quiz: per student, per item (with discrimination), per skill; CSV export."""
from __future__ import annotations

import csv
import io
import math
from typing import Any

from quizgen.model import COMPREHENSION_SKILLS, SOURCE_SKILLS, Item
from webapp.grading import grade
from webapp.models import Attempt, Quiz
from webapp.services.quizzes import quiz_items

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A cell safe to open in a spreadsheet: text starting like a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _fraction(item: Item, attempt: Attempt, saved: dict[str, Any]) -> float | None:
    """The share of the item's points this attempt earned (None while ungraded)."""
    r = saved.get(item.id)
    if item.kind == "open_response":
        if r is None:
            return 0.0
        return None if r.points is None else r.points / item.points
    g = grade(item, r.value if r else None)
    return (g.points or 0.0) / g.max_points if g.max_points else 0.0


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def answer_text(item: Item, value: Any) -> str:
    """A student's answer in words (for the results table and the CSV)."""
    if value is None or value == [] or value == "":
        return ""
    if item.kind in ("multiple_choice", "true_false") and isinstance(value, int) and value < len(item.options):
        return item.options[value]
    if item.kind == "multiple_select" and isinstance(value, list):
        return "; ".join(item.options[i] for i in value if isinstance(i, int) and i < len(item.options))
    if item.kind == "matching" and isinstance(value, list):
        return "; ".join(
            f"{item.prompts[p]} → {item.options[o]}"
            for p, o in value if p < len(item.prompts) and o < len(item.options)
        )
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return str(value)


def quiz_results(quiz: Quiz) -> dict[str, Any]:
    """Everything the results dashboard shows, computed from finished attempts.

    Discrimination is the corrected item-total correlation: the Pearson correlation between
    the share of an item's points a student earned and their score on the *other* items
    (None with fewer than three finished attempts or no spread).
    """
    items = list(quiz_items(quiz).values())
    finished = [a for a in quiz.attempts if a.finished_at is not None]
    students = []
    fractions: dict[str, list[float | None]] = {it.id: [] for it in items}
    for a in quiz.attempts:
        saved = {r.item_uid: r for r in a.responses}
        seconds = int((a.finished_at - a.started_at).total_seconds()) if a.finished_at else None
        students.append({
            "attempt": a, "seconds": seconds, "answers": {it.id: saved.get(it.id) for it in items},
            "pending": sum(1 for it in items if it.kind == "open_response" and it.id in saved
                           and saved[it.id].points is None),
        })
        if a.finished_at is not None:
            for it in items:
                fractions[it.id].append(_fraction(it, a, saved))
    per_item = []
    totals = [a.score or 0.0 for a in finished]
    for it in items:
        fr = fractions[it.id]
        graded = [f for f in fr if f is not None]
        counts = [0] * len(it.options)
        for a in finished:
            value = next((r.value for r in a.responses if r.item_uid == it.id), None)
            picks = value if isinstance(value, list) and it.kind == "multiple_select" else [value]
            for v in picks:
                if isinstance(v, int) and 0 <= v < len(counts):
                    counts[v] += 1
        paired = [(f, t - f * it.points) for f, t in zip(fr, totals, strict=True) if f is not None]
        disc = _pearson([p[0] for p in paired], [p[1] for p in paired]) if paired else None
        per_item.append({
            "item": it, "n": len(graded), "percent": round(100 * sum(graded) / len(graded)) if graded else None,
            "counts": counts, "discrimination": None if disc is None else round(disc, 2),
        })
    return {
        "students": students, "finished": finished, "items": per_item,
        "skills": per_skill(per_item), "distribution": distribution(finished),
        "mean": round(100 * sum(a.score or 0 for a in finished) / sum(a.max_score or 1 for a in finished))
        if finished else None,
    }


def per_skill(per_item: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Percent correct per skill family and per skill (item percents weighted by answers)."""

    def pct(rows: list[dict[str, Any]]) -> int | None:
        n = sum(r["n"] for r in rows if r["percent"] is not None)
        if n == 0:
            return None
        return round(sum(r["percent"] * r["n"] for r in rows if r["percent"] is not None) / n)

    out = []
    for family, skills in (("Comprehension", COMPREHENSION_SKILLS), ("Source evaluation", SOURCE_SKILLS)):
        rows = [r for r in per_item if r["item"].skill in skills]
        out.append({"name": family, "family": True, "percent": pct(rows), "count": len(rows)})
        for skill in skills:
            srows = [r for r in rows if r["item"].skill == skill]
            if srows:
                out.append({"name": skill.replace("_", " ").capitalize(), "family": False,
                            "percent": pct(srows), "count": len(srows)})
    return out


def distribution(finished: list[Attempt]) -> list[int]:
    """How many finished attempts scored in each tenth: 0–9 %, 10–19 %, …, 90–100 %."""
    bins = [0] * 10
    for a in finished:
        share = (a.score or 0) / a.max_score if a.max_score else 0
        bins[min(9, int(share * 10))] += 1
    return bins


def results_csv(quiz: Quiz) -> str:
    """One row per attempt: name, times, score, then each item's answer and points."""
    items = list(quiz_items(quiz).values())
    out = io.StringIO()
    w = csv.writer(out)
    head = ["name", "started (UTC)", "finished (UTC)", "seconds", "score", "max score"]
    for n in range(1, len(items) + 1):
        head += [f"Q{n} answer", f"Q{n} points"]
    w.writerow(head)
    for a in quiz.attempts:
        saved = {r.item_uid: r for r in a.responses}
        secs = int((a.finished_at - a.started_at).total_seconds()) if a.finished_at else ""
        row: list[Any] = [a.display_name, a.started_at.isoformat(timespec="seconds"),
                          a.finished_at.isoformat(timespec="seconds") if a.finished_at else "", secs,
                          "" if a.score is None else a.score, a.max_score]
        for it in items:
            r = saved.get(it.id)
            row += [answer_text(it, r.value) if r else "", "" if r is None or r.points is None else r.points]
        w.writerow([csv_cell(c) for c in row])
    return out.getvalue()
