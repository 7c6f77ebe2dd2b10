"""The join form: a code and a display name, nothing else."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length


class JoinForm(FlaskForm):
    code = StringField("Join code", validators=[DataRequired(), Length(max=20)])
    name = StringField("Your name (as your teacher knows you)", validators=[DataRequired(), Length(max=60)])
    submit = SubmitField("Join")
