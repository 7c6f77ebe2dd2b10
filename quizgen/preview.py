"""A Markdown preview of a lesson, for the terminal and for reading generated items."""
from __future__ import annotations

from quizgen.model import Item, Lesson

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _answer_text(item: Item) -> str:
    a = item.answer
    try:
        if item.kind in ("multiple_choice", "true_false"):
            return f"{LETTERS[a]}. {item.options[a]}"
        if item.kind == "multiple_select":
            return ", ".join(f"{LETTERS[i]}. {item.options[i]}" for i in a)
        if item.kind == "matching":
            return "; ".join(f"{item.prompts[p]} → {item.options[o]}" for p, o in a)
        if item.kind in ("short_answer", "open_response"):
            return " | ".join(a) if a else "(teacher judgement)"
    except (IndexError, TypeError, KeyError):
        return f"(malformed answer: {a!r})"
    return repr(a)


def item_markdown(n: int, item: Item) -> list[str]:
    out = [f"### {n}. [{item.skill} · {item.kind.replace('_', ' ')} · {item.difficulty}]", "", item.stem, ""]
    if item.kind == "matching":
        for i, p in enumerate(item.prompts):
            out.append(f"- {i + 1}. {p}")
        out.append("")
    for i, o in enumerate(item.options):
        out.append(f"- {LETTERS[i]}. {o}")
    if item.options:
        out.append("")
    out.append(f"**Answer:** {_answer_text(item)}  ")
    out.append(f"**Why:** {item.explanation}")
    for r in item.rubric:
        out.append(f"- {r.points} pt · {r.label}: {r.description}")
    out.append("")
    return out


def lesson_markdown(lesson: Lesson) -> str:
    a = lesson.article
    r = lesson.reading_level
    out = [f"# {a.title}", ""]
    meta = [x for x in (a.source_name, a.byline, a.date, a.source_url) if x]
    if meta:
        out += [" · ".join(meta), ""]
    out += [f"Reading grade {r.grade:g} · {r.words} words · about {r.minutes} min · seed {lesson.seed}", ""]
    if lesson.objectives:
        out += ["## Objectives", ""] + [f"- {o}" for o in lesson.objectives] + [""]
    if lesson.vocabulary:
        out += ["## Vocabulary", ""] + [f"- **{v.word}** (¶{v.paragraph})" for v in lesson.vocabulary] + [""]
    out += [f"## Questions ({len(lesson.items)})", ""]
    for n, item in enumerate(lesson.items, 1):
        out += item_markdown(n, item)
    if lesson.discussion:
        out += ["## Discussion", ""] + [f"- {d}" for d in lesson.discussion] + [""]
    for note in lesson.notes:
        out.append(f"> {note}")
    return "\n".join(out).rstrip() + "\n"
