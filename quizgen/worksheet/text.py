"""Wording shared by the student copy and the key: skill names, answers, time estimates."""
from __future__ import annotations

import math
from xml.sax.saxutils import escape

from quizgen.model import COMPREHENSION_SKILLS, Item, Lesson

SECTION_TITLES = ("Understanding the article", "Evaluating the sources")
SKILL_LABELS = {
    "main_idea": "Main idea",
    "key_detail": "Key detail",
    "vocabulary_in_context": "Vocabulary in context",
    "sequence": "Sequence of events",
    "cause_effect": "Cause and effect",
    "inference": "Inference",
    "attribution": "Attribution: who claims what",
    "evidence": "Evidence",
    "certainty": "Fact, attributed claim or hedge",
    "sourcing": "Sources and their roles",
    "corroboration": "Agreement between sources",
    "perspective": "Missing perspectives",
}
KIND_HINTS = {
    "multiple_choice": "Fill in one bubble.",
    "true_false": "Fill in one bubble.",
    "multiple_select": "Fill in every box that applies.",
    "matching": "Write the letter of the matching statement on each line.",
    "short_answer": "Write your answer on the line.",
    "open_response": "Write your answer in the box.",
}
# minutes a typical student needs per item kind, for the time estimate on the cover
_MINUTES = {
    "multiple_choice": 1.0,
    "true_false": 0.75,
    "multiple_select": 1.5,
    "matching": 2.0,
    "short_answer": 1.5,
    "open_response": 6.0,
}


def esc(text: object) -> str:
    """Text made safe for ReportLab's paragraph markup."""
    return escape(str(text))


def skill_label(skill: str) -> str:
    return SKILL_LABELS.get(skill, skill.replace("_", " ").capitalize())


def section_of(item: Item) -> int:
    """0 for a comprehension skill, 1 for a source-evaluation skill."""
    return 0 if item.skill in COMPREHENSION_SKILLS else 1


def points_label(points: int) -> str:
    return f"{points} point" if points == 1 else f"{points} points"


def total_points(items: tuple[Item, ...]) -> int:
    return sum(max(0, int(i.points)) for i in items)


def question_minutes(items: tuple[Item, ...]) -> int:
    return math.ceil(sum(_MINUTES.get(i.kind, 1.0) for i in items))


def reading_minutes(lesson: Lesson) -> int:
    if lesson.reading_level.minutes:
        return int(lesson.reading_level.minutes)
    return max(1, round(lesson.article.word_count / 200))


def letter(index: int) -> str:
    """Option letters A, B, …, Z, then AA, AB, … for very long lists."""
    if index < 26:
        return chr(ord("A") + index)
    return letter(index // 26 - 1) + letter(index % 26)


def answer_text(item: Item) -> str:
    """The keyed answer as a teacher reads it off the key (plain text, letters of this version)."""
    if item.kind in ("multiple_choice", "true_false"):
        return f"{letter(item.answer)}  {item.options[item.answer]}"
    if item.kind == "multiple_select":
        return "; ".join(f"{letter(a)}  {item.options[a]}" for a in sorted(item.answer))
    if item.kind == "matching":
        return "; ".join(f"{p + 1} – {letter(o)}" for p, o in sorted(item.answer))
    if item.kind == "short_answer":
        return " / ".join(str(a) for a in item.answer) or "(any answer the support justifies)"
    return "Scored with the rubric below."


def short_answer(item: Item) -> str:
    """The answer in a few characters, for the one-glance grid at the top of the key."""
    if item.kind in ("multiple_choice", "true_false"):
        return letter(item.answer)
    if item.kind == "multiple_select":
        return ", ".join(letter(a) for a in sorted(item.answer))
    if item.kind == "matching":
        return " ".join(f"{p + 1}{letter(o)}" for p, o in sorted(item.answer))
    if item.kind == "short_answer":
        return str(item.answer[0]) if item.answer else "—"
    return "rubric"
