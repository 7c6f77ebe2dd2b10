"""Form parts the teacher pages share: choices in the current WTForms shape, kind labels, ConfirmForm."""
from __future__ import annotations

from flask_wtf import FlaskForm

from quizgen.kinds import KINDS

try:  # WTForms 3.3 deprecates (value, label) tuples in favour of SelectChoice
    from wtforms import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    SelectChoice = None


def choices(pairs):
    """(value, label) pairs in the form this WTForms version wants."""
    return [SelectChoice(v, label) if SelectChoice else (v, label) for v, label in pairs]


KIND_LABELS = {name: kind.label for name, kind in KINDS.items()}


def skill_label(skill: str) -> str:
    return skill.replace("_", " ").capitalize()


class ConfirmForm(FlaskForm):
    """An empty form: a button that posts with a CSRF token (delete, copy, move)."""
