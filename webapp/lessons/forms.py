"""Lesson forms: new lesson, item editing, regenerate, worksheet options."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, IntegerField, SelectField, SubmitField, TextAreaField, URLField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from quizgen.model import ITEM_KINDS, SKILLS
from webapp.forms import KIND_LABELS, choices, skill_label


class NewLessonForm(FlaskForm):
    text = TextAreaField("Paste the article (headline on the first line)", validators=[Length(max=200_000)])
    upload = FileField("…or upload a file (.txt .md .html .docx .pdf)")
    url = URLField("…or give the article's web address", validators=[Optional(), Length(max=2000)])
    seed = IntegerField("Seed (empty: a random one; the same seed gives the same questions)",
                        validators=[Optional(), NumberRange(0, 10**9)])
    submit = SubmitField("Make the lesson")

    def validate_text(self, field: TextAreaField) -> None:
        """Exactly one of text, file or URL."""
        given = [bool((field.data or "").strip()), bool(self.upload.data and getattr(self.upload.data, "filename", "")),
                 bool((self.url.data or "").strip())]
        if sum(given) == 0:
            raise ValidationError("Paste the article, choose a file or give a web address.")
        if sum(given) > 1:
            raise ValidationError("Use only one of pasted text, a file or a web address.")


class ItemForm(FlaskForm):
    kind = SelectField("Question type", choices=choices((k, KIND_LABELS[k]) for k in ITEM_KINDS))
    skill = SelectField("Skill", choices=choices((s, skill_label(s)) for s in SKILLS))
    stem = TextAreaField("Question", validators=[InputRequired(), Length(max=2000)])
    options = TextAreaField("Options, one a line (A, B, C… in this order)", validators=[Length(max=5000)])
    prompts = TextAreaField("Matching only: prompts (left column), one a line", validators=[Length(max=5000)])
    key = TextAreaField(
        "Key: a letter (B); letters (A, C); pairs (1-B, 2-A); or accepted answers one a line",
        validators=[Length(max=5000)],
    )
    explanation = TextAreaField("Explanation (cite the paragraph, e.g. ¶4)", validators=[Length(max=5000)])
    rubric = TextAreaField("Open response only: rubric, one level a line as “points | label | description”",
                           validators=[Length(max=5000)])
    points = IntegerField("Points", default=1, validators=[Optional(), NumberRange(1, 100)])
    submit = SubmitField("Save question")


class RegenerateForm(FlaskForm):
    seed = IntegerField("Seed (empty: a random one)", validators=[Optional(), NumberRange(0, 10**9)])
    submit = SubmitField("Regenerate all questions")


class WorksheetForm(FlaskForm):
    class Meta:
        csrf = False  # a GET form that only downloads

    versions = SelectField("Versions", choices=choices([("1", "1"), ("2", "2 (A/B)"), ("3", "3"), ("4", "4")]),
                           default="1")
    key = SelectField("Answer key", choices=choices([("appended", "At the end"), ("separate", "Separate file"),
                                                     ("none", "None")]), default="appended")
    paper = SelectField("Paper", choices=choices([("letter", "Letter"), ("a4", "A4")]), default="letter")
    large_print = BooleanField("Large print")
    ledger = BooleanField("Claim ledger worksheet")
    submit = SubmitField("Download worksheet (PDF)")
