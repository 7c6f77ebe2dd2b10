"""Catch tests that read files beside the checkout (the development folder, a sibling project, ...).

A fresh clone holds nothing beside it, so a test that reads there passes here and fails
there. ``install()`` (called once from tests/conftest.py) adds an audit hook that notes every
file opened under the checkout's parent folder but outside the checkout; the session fails
when the list is not empty. Temporary folders, the virtualenv and the system stay readable:
only the checkout's neighbours are refused.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PARENT = os.path.dirname(str(ROOT))
_ROOT = str(ROOT)
_EVENTS = {"open", "os.listdir", "os.scandir", "glob.glob"}

outside_reads: list[str] = []
_installed: list[bool] = []


def beside_checkout(path: str) -> bool:
    """True for a path in the checkout's parent folder that is not inside the checkout."""
    full = os.path.normpath(os.path.abspath(path))
    if full == _ROOT or full.startswith(_ROOT + os.sep):
        return False
    return full == _PARENT or full.startswith(_PARENT + os.sep)


def _hook(event: str, args: tuple) -> None:
    if event not in _EVENTS or not args:
        return
    path = args[0]
    if isinstance(path, int):  # an already open file descriptor
        return
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        path = os.fspath(path) if isinstance(path, os.PathLike) else None
    if path and beside_checkout(path):
        outside_reads.append(path)


def install() -> None:
    """Add the audit hook once per process (audit hooks cannot be removed)."""
    if not _installed:
        sys.addaudithook(_hook)
        _installed.append(True)
