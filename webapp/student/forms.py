"""The join form: a code and a name (or, with a class list, a name picked from it and its code)."""
from __future__ import annotations

import secrets

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length


def new_join_id() -> str:
    """A random id for one rendering of the join form: the same form posted twice is one join."""
    return secrets.token_urlsafe(18)


class JoinForm(FlaskForm):
    code = StringField("Join code", validators=[DataRequired(), Length(max=20)])
    # Checked by the joins service (it explains what is wrong with a blank or invisible name).
    name = StringField("Your name (as your teacher knows you)", validators=[Length(max=200)])
    student = SelectField("Your name", choices=[], validate_choice=False)
    student_code = StringField("Your code (from your teacher)", validators=[Length(max=40)])
    join_id = HiddenField()
    submit = SubmitField("Join")
