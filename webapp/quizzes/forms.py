"""Quiz forms: publish settings and grading an open response."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from webapp.forms import choices
from webapp.services.quizzes import FEEDBACK_CHOICES


class PublishForm(FlaskForm):
    is_open = BooleanField("Open: students can join and answer", default=True)
    time_limit_minutes = IntegerField("Time limit in minutes (empty for none)",
                                      validators=[Optional(), NumberRange(1, 600)])
    shuffle_items = BooleanField("Shuffle the order of questions")
    shuffle_options = BooleanField("Shuffle the order of options")
    feedback = RadioField("Students see correctness and explanations", choices=choices(FEEDBACK_CHOICES),
                          default="immediately")
    submit = SubmitField("Save")


class GradeForm(FlaskForm):
    points = IntegerField("Points", validators=[InputRequired(), NumberRange(0, 100)])
    comment = TextAreaField("Comment for the student", validators=[Length(max=2000)])
    submit = SubmitField("Save grade")
