"""CLI plug-in: ``quizgen export`` and ``quizgen import``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quizgen.errors import ExportError, LessonFormatError
from quizgen.export import FORMATS, export_lesson
from quizgen.export.common import check_item
from quizgen.lessonio import lesson_from_path
from quizgen.serialize import lesson_from_json, lesson_to_json


def register(subparsers: Any) -> None:
    """Add the ``export`` and ``import`` sub-commands to the ``quizgen`` parser."""
    p = subparsers.add_parser(
        "export", help="export a lesson (or an article, generated first) for an LMS",
        description="Write a lesson as QTI 1.2 (Canvas), Moodle XML, GIFT, Aiken, CSV, "
                    "a Kahoot-style sheet or lesson JSON. Warnings go to stderr.")
    p.add_argument("source", metavar="LESSON.json|ARTICLE", help="a saved lesson or an article file")
    p.add_argument("--format", "-f", required=True, choices=list(FORMATS), help="output format")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write (default: beside the source, its name with the format's "
                        "extension; '-' writes to stdout)")
    p.add_argument("--seed", type=int, help="generation seed when SOURCE is an article")
    p.add_argument("--count", type=int, help="number of items when SOURCE is an article")
    p.set_defaults(func=run_export)

    q = subparsers.add_parser(
        "import", help="read a lesson JSON file, check it and write it back normalised",
        description="Validate a lesson JSON file (schema quizgen.lesson/1) and write it out "
                    "normalised, as `quizgen export --format json` would.")
    q.add_argument("lesson", metavar="LESSON.json")
    q.add_argument("-o", "--output", metavar="OUT", help="where to write (default: stdout)")
    q.set_defaults(func=run_import)


def _write(data: bytes, output: str) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        Path(output).write_bytes(data)


def default_output(source: str, extension: str) -> str:
    """Where ``quizgen export`` writes without ``-o``: beside the lesson or article file, named
    after it (``lessons/iodine.json`` -> ``lessons/iodine.moodle.xml``); for a URL, the
    current directory."""
    if source.startswith(("http://", "https://")):
        name = Path(source.rstrip("/").rsplit("/", 1)[-1] or "lesson").stem or "lesson"
        return f"{name}.{extension}"
    path = Path(source)
    return str(path.with_name(f"{path.stem}.{extension}"))


def run_export(args: argparse.Namespace) -> int:
    """``quizgen export``: build or read the lesson, export it, report warnings on stderr."""
    options = {k: v for k, v in (("seed", args.seed), ("count", args.count)) if v is not None}
    try:
        lesson = lesson_from_path(args.source, **options)
    except UnicodeDecodeError as exc:
        raise LessonFormatError(f"{args.source} is not UTF-8 text: {exc.reason}") from None
    result = export_lesson(lesson, args.format)
    output = args.output or default_output(args.source, result.extension)
    if output != "-" and Path(output).resolve() == Path(args.source).resolve():
        raise ExportError(f"refusing to overwrite the source {args.source}; give another -o FILE")
    _write(result.data, output)
    for warning in result.warnings:
        print(f"quizgen: warning: {warning}", file=sys.stderr)
    if output != "-":
        print(f"quizgen: wrote {output} ({len(result.data)} bytes, {args.format})", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """``quizgen import``: validate a lesson file and write it back normalised."""
    raw = Path(args.lesson).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LessonFormatError(f"{args.lesson} is not UTF-8 text: {exc.reason}") from None
    lesson = lesson_from_json(text)
    for number, item in enumerate(lesson.items, 1):
        try:
            check_item(number, item)
        except ExportError as exc:
            raise LessonFormatError(f"{args.lesson}: {exc}") from None
    _write(lesson_to_json(lesson).encode("utf-8"), args.output or "-")
    return 0
