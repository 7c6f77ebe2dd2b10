"""The `quizgen worksheet` sub-command: a lesson (or an article) in, worksheet PDF(s) out."""
from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from quizgen.worksheet.errors import WorksheetError
from quizgen.worksheet.render import KEY_MODES, render_worksheet
from quizgen.worksheet.versions import MAX_VERSIONS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``worksheet`` sub-command to the ``quizgen`` parser."""
    p = subparsers.add_parser(
        "worksheet",
        help="print a worksheet PDF (student copies and answer key) from a lesson or an article",
        description="Write a printable worksheet: student copies in versions A, B, … and answer keys.",
    )
    p.add_argument("source", metavar="ARTICLE|LESSON.json",
                   help="a saved lesson (.json) or an article to build a lesson from")
    p.add_argument("-o", "--output", default="worksheet.pdf", help="the PDF to write (default: %(default)s)")
    p.add_argument("--versions", type=int, default=1, metavar="N",
                   help=f"versions with shuffled questions and options, 1 to {MAX_VERSIONS} (default: 1)")
    p.add_argument("--key", choices=KEY_MODES, default="appended",
                   help="keys after the student copies, in OUTPUT-key.pdf, or none (default: appended)")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size (default: letter)")
    p.add_argument("--large-print", action="store_true", help="larger type and more spacing")
    p.add_argument("--ledger", action="store_true",
                   help="add the teacher appendix with the claim ledger (needs the article analysis)")
    p.add_argument("--seed", type=int, default=None,
                   help="seed for the lesson (an article) and for the version shuffles")
    p.add_argument("--join-code", default=None, help="the online quiz's join code, to print on each copy")
    p.add_argument("--join-url", default=None, help="the online quiz's short URL, printed with a QR code")
    p.set_defaults(func=run)


def key_path(output: Path) -> Path:
    """Where ``--key separate`` writes the key: ``worksheet.pdf`` -> ``worksheet-key.pdf``."""
    return output.with_name(f"{output.stem}-key{output.suffix or '.pdf'}")


def run(args: argparse.Namespace) -> int:
    """Build the lesson, render the worksheet, write the file(s); print what was written."""
    from quizgen.lessonio import lesson_from_path

    if not 1 <= args.versions <= MAX_VERSIONS:
        raise WorksheetError(f"--versions must be from 1 to {MAX_VERSIONS}, got {args.versions}")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise WorksheetError(f"the folder {str(output.parent)!r} does not exist; create it or pick another")
    options = {} if args.seed is None else {"seed": args.seed}
    lesson = lesson_from_path(args.source, **options)
    if args.seed is not None and lesson.seed != args.seed:
        lesson = dataclasses.replace(lesson, seed=args.seed)  # a saved lesson: reseed the shuffles
    main, key = render_worksheet(
        lesson, versions=args.versions, key=args.key, paper=args.paper, large_print=args.large_print,
        ledger=args.ledger, join_code=args.join_code, join_url=args.join_url,
    )
    output.write_bytes(main)
    print(output)
    if key is not None:
        kp = key_path(output)
        kp.write_bytes(key)
        print(kp)
    return 0
