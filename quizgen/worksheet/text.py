"""Wording shared by the student copy and the key: skill names, answers, time estimates."""
from __future__ import annotations

import math
from xml.sax.saxutils import escape

from quizgen.kinds import KINDS
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
    return math.ceil(sum(KINDS[i.kind].minutes if i.kind in KINDS else 1.0 for i in items))


def reading_minutes(lesson: Lesson) -> int:
    if lesson.reading_level.minutes:
        return int(lesson.reading_level.minutes)
    return max(1, round(lesson.article.word_count / 200))


def answer_text(item: Item) -> str:
    """The keyed answer as a teacher reads it off the key (plain text, letters of this version)."""
    return KINDS[item.kind].key_line(item)


def short_answer(item: Item) -> str:
    """The answer in a few characters, for the one-glance grid at the top of the key."""
    return KINDS[item.kind].key_brief(item)
