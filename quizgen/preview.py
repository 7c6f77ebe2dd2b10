"""A Markdown preview of a lesson, for the terminal and for reading generated items."""
from __future__ import annotations

from quizgen.kinds import PAIRS, check, has_shape, kind_of, letter
from quizgen.model import Item, Lesson


def _answer_text(item: Item) -> str:
    kind = kind_of(item)
    if kind is None:
        return repr(item.answer)
    if check(item):
        return f"(malformed answer: {item.answer!r})"
    return kind.answer_text(item) or "(teacher judgement)"


def item_markdown(n: int, item: Item) -> list[str]:
    out = [f"### {n}. [{item.skill} · {item.kind.replace('_', ' ')} · {item.difficulty}]", "", item.stem, ""]
    if has_shape(item, PAIRS):
        for i, p in enumerate(item.prompts):
            out.append(f"- {i + 1}. {p}")
        out.append("")
    for i, o in enumerate(item.options):
        out.append(f"- {letter(i)}. {o}")
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
