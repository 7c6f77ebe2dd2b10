"""The `quizgen` command: analyse, generate, worksheet, export, import."""
from __future__ import annotations

import argparse
import sys

from quizgen import commands
from quizgen.errors import QuizgenError
from quizgen.export import command as export_command
from quizgen.worksheet import command as worksheet_command

# Each sub-command module has register(subparsers) that adds its parser and sets `func` to a
# callable taking the parsed args and returning an exit code.
COMMAND_MODULES = (commands, worksheet_command, export_command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quizgen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
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
