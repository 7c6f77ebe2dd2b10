"""Lesson <-> plain JSON-ready dicts (the versioned lesson schema)."""
from __future__ import annotations

import dataclasses
import json
from typing import Any

from quizgen.errors import LessonFormatError
from quizgen.model import (
    SCHEMA_VERSION,
    Article,
    Item,
    Lesson,
    Paragraph,
    Readability,
    RubricLevel,
    Support,
    VocabEntry,
)


def to_plain(value: Any) -> Any:
    """Dataclasses, tuples and lists become dicts and lists, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    """The lesson as the JSON schema ``quizgen.lesson/1`` (schema field first)."""
    plain = to_plain(lesson)
    schema = plain.pop("schema")
    return {"schema": schema, **plain}


def lesson_to_json(lesson: Lesson) -> str:
    """Deterministic JSON text: same lesson, same bytes."""
    return json.dumps(lesson_to_dict(lesson), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _tuple(value: Any) -> tuple:
    return tuple(value or ())


def _answer(value: Any) -> Any:
    if isinstance(value, list):
        return [_answer(v) for v in value]
    return value


def item_from_dict(d: dict[str, Any]) -> Item:
    return Item(
        id=str(d["id"]),
        skill=str(d["skill"]),
        kind=str(d["kind"]),
        stem=str(d["stem"]),
        options=tuple(str(o) for o in d.get("options") or ()),
        answer=_answer(d.get("answer")),
        explanation=str(d.get("explanation") or ""),
        support=tuple(Support(**s) for s in d.get("support") or ()),
        difficulty=str(d.get("difficulty") or "medium"),
        prompts=tuple(str(p) for p in d.get("prompts") or ()),
        rubric=tuple(RubricLevel(**r) for r in d.get("rubric") or ()),
        points=int(d.get("points") or 1),
    )


def lesson_from_dict(d: dict[str, Any]) -> Lesson:
    """Read a lesson dict back; raises LessonFormatError naming what is wrong."""
    if not isinstance(d, dict):
        raise LessonFormatError("a lesson file must hold a JSON object")
    schema = d.get("schema")
    if schema != SCHEMA_VERSION:
        raise LessonFormatError(
            f"unknown lesson schema {schema!r}; this version of quizgen reads {SCHEMA_VERSION!r}"
        )
    try:
        a = d["article"]
        article = Article(
            title=a["title"],
            paragraphs=tuple(Paragraph(**p) for p in a["paragraphs"]),
            text=a["text"],
            title_start=a.get("title_start", 0),
            byline=a.get("byline"),
            date=a.get("date"),
            source_url=a.get("source_url"),
            source_name=a.get("source_name"),
            license=a.get("license"),
            set_aside=_tuple(a.get("set_aside")),
            set_aside_at=tuple(int(n) for n in a.get("set_aside_at") or ()),
            notes=_tuple(a.get("notes")),
        )
        return Lesson(
            article=article,
            items=tuple(item_from_dict(i) for i in d["items"]),
            reading_level=Readability(**d["reading_level"]),
            vocabulary=tuple(VocabEntry(**v) for v in d.get("vocabulary") or ()),
            objectives=_tuple(d.get("objectives")),
            discussion=_tuple(d.get("discussion")),
            seed=int(d.get("seed", 0)),
            analysis_summary=dict(d.get("analysis_summary") or {}),
            notes=_tuple(d.get("notes")),
            schema=schema,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LessonFormatError(f"the lesson file is malformed: {exc}") from exc


def lesson_from_json(text: str) -> Lesson:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LessonFormatError(f"the lesson file is not valid JSON: {exc}") from exc
    return lesson_from_dict(data)
