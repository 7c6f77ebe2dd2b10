"""Sign-up and sign-in forms."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp, ValidationError

from webapp.services import teachers as teacher_svc


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    next = HiddenField()
    submit = SubmitField("Sign in")


class SignUpForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[
        DataRequired(), Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Enter an email address."), Length(max=254),
    ])
    password = PasswordField(
        "Password (at least 12 characters)", validators=[DataRequired(), Length(min=12, max=1024)]
    )
    confirm = PasswordField("Repeat the password", validators=[EqualTo("password", "The passwords differ.")])
    submit = SubmitField("Create account")

    def validate_email(self, field: EmailField) -> None:
        """One account per email address."""
        if teacher_svc.by_email(field.data) is not None:
            raise ValidationError("There is already an account with this email. Sign in instead.")
