"""The `quizgen` command: analyse, generate, worksheet, export, import."""
from __future__ import annotations

import argparse
import importlib
import sys

from quizgen.errors import QuizgenError

# Sub-command modules outside this file: each has register(subparsers) that adds its parser
# and sets `func` to a callable taking the parsed args and returning an exit code.
COMMAND_MODULES = ("quizgen.commands", "quizgen.worksheet.command", "quizgen.export.command")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quizgen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that part is not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except QuizgenError as exc:
        print(f"quizgen: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"quizgen: no such file: {exc.filename}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
