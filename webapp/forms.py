"""Form parts the teacher pages share: choices in the current WTForms shape, kind labels, ConfirmForm."""
from __future__ import annotations

from flask_wtf import FlaskForm

try:  # WTForms 3.3 deprecates (value, label) tuples in favour of SelectChoice
    from wtforms import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    SelectChoice = None


def choices(pairs):  # noqa: ANN001, ANN201
    """(value, label) pairs in the form this WTForms version wants."""
    return [SelectChoice(v, label) if SelectChoice else (v, label) for v, label in pairs]


KIND_LABELS = {
    "multiple_choice": "Multiple choice", "true_false": "True / false", "multiple_select": "Choose all that apply",
    "matching": "Matching", "short_answer": "Short answer", "open_response": "Open response (teacher-graded)",
}


def skill_label(skill: str) -> str:
    return skill.replace("_", " ").capitalize()


class ConfirmForm(FlaskForm):
    """An empty form: a button that posts with a CSRF token (delete, copy, move)."""
