"""The generator's own sub-commands: analyse and generate."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quizgen.model import ITEM_KINDS, SKILLS, Article


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyse", aliases=["analyze"], help="print the claim ledger of an article")
    p.add_argument("article", help="article file (.txt .md .html .docx .pdf) or http(s) URL")
    p.add_argument("--json", action="store_true", help="print the ledger as JSON (spans are file offsets)")
    p.set_defaults(func=run_analyse)

    g = sub.add_parser("generate", help="make a lesson (questions, key, vocabulary) from articles")
    g.add_argument("articles", nargs="+", help="article files or URLs")
    g.add_argument("-o", "--output", help="output file (one article) or folder (several)")
    g.add_argument("--format", choices=("md", "json"), default=None,
                   help="md (a preview, the default on a terminal) or json (the lesson schema)")
    g.add_argument("--count", type=int, default=15, help="how many items (default 15)")
    g.add_argument("--skills", nargs="+", choices=SKILLS, metavar="SKILL", help="only these skills")
    g.add_argument("--kinds", nargs="+", choices=ITEM_KINDS, metavar="KIND", help="only these item kinds")
    g.add_argument("--seed", type=int, default=0, help="random seed (same seed, same lesson)")
    g.add_argument("--explain", action="store_true", help="list the items the quality gate dropped, and why")
    g.set_defaults(func=run_generate)


def run_analyse(args: argparse.Namespace) -> int:
    from quizgen import analyse, load_article
    from quizgen.analysis.ledger import ledger_dict, ledger_text
    from quizgen.errors import TooShortError

    try:
        article = load_article(args.article)
    except TooShortError as short:  # the lesson minimum is for lessons: a ledger needs a sentence
        if not isinstance(short.article, Article):
            raise
        article = short.article
    article = _body_or_title(article)
    analysis = analyse(article)
    if args.json:
        json.dump(ledger_dict(article, analysis), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(ledger_text(article, analysis))
    return 0


def _body_or_title(article: Article) -> Article:
    """A text of one line is read as a headline with no body: analyse that line instead."""
    from dataclasses import replace

    from quizgen.model import Paragraph

    title, at = article.title, article.title_start
    if article.paragraphs or not title.strip() or article.text[at:at + len(title)] != title:
        return article
    return replace(article, title="", paragraphs=(Paragraph(1, title, at),))


def _render(lesson, fmt: str) -> str:
    from quizgen.preview import lesson_markdown
    from quizgen.serialize import lesson_to_json

    return lesson_to_json(lesson) if fmt == "json" else lesson_markdown(lesson)


def run_generate(args: argparse.Namespace) -> int:
    from quizgen import analyse, load_article
    from quizgen.errors import QuizgenError
    from quizgen.generate import build_lesson_report, explain

    if args.count < 1 or args.count > 60:
        print("quizgen: --count must be between 1 and 60", file=sys.stderr)
        return 2
    many = len(args.articles) > 1
    fmt = args.format or ("json" if (args.output and (many or args.output.endswith(".json"))) else "md")
    out_dir = Path(args.output) if many and args.output else None
    if many and out_dir is None:
        print("quizgen: several articles need -o FOLDER", file=sys.stderr)
        return 2
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for n, path in enumerate(args.articles, 1):
        try:
            article = load_article(path)
            analysis = analyse(article)
            report = build_lesson_report(article, count=args.count, skills=args.skills, kinds=args.kinds,
                                         seed=args.seed, analysis=analysis)
            lesson = report.lesson
        except QuizgenError as exc:
            if not many:
                raise
            failures += 1
            print(f"\nquizgen: {path}: {exc}", file=sys.stderr)
            continue
        text = _render(lesson, fmt)
        if out_dir is not None:
            target = out_dir / (Path(path).stem + (".json" if fmt == "json" else ".md"))
            target.write_text(text, encoding="utf-8")
            done = int(30 * n / len(args.articles))
            print(f"\r[{'#' * done}{'.' * (30 - done)}] {n}/{len(args.articles)} {Path(path).name[:40]:40}",
                  end="", file=sys.stderr, flush=True)
        elif args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        for note in lesson.notes:
            print(f"quizgen: {note}", file=sys.stderr)
        if args.explain:
            lines = explain(report.dropped)
            print(f"quizgen: {Path(path).name}: {len(lines)} of {report.candidates} candidate items "
                  "dropped by the quality gate:", file=sys.stderr)
            for line in lines:
                print(f"  - {line}", file=sys.stderr)
    if out_dir is not None:
        print("", file=sys.stderr)
    return 1 if failures else 0
