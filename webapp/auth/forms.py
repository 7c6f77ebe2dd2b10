"""Sign-up, sign-in and invitation forms."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    next = HiddenField()
    submit = SubmitField("Sign in")


class SignUpForm(FlaskForm):
    """No check here whether the email is taken: the answer would tell anyone who has an account."""

    name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[
        DataRequired(), Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Enter an email address."), Length(max=254),
    ])
    password = PasswordField(
        "Password (at least 12 characters)", validators=[DataRequired(), Length(min=12, max=1024)]
    )
    confirm = PasswordField("Repeat the password", validators=[EqualTo("password", "The passwords differ.")])
    invite = StringField("Invitation code (from the colleague who invited you)", validators=[Length(max=100)])
    submit = SubmitField("Create account")


class InviteForm(FlaskForm):
    submit = SubmitField("Make an invitation link")
