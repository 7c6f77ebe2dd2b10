"""The extraction review: what was read from the page, what was set aside and why, corrected by the teacher."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import Length

from quizgen.errors import IngestError
from webapp.access import me
from webapp.services import extraction as svc
from webapp.services import lessons as lesson_svc


class ExtractionForm(FlaskForm):
    """The article's metadata; the paragraphs and set-aside lines are read from ``request.form``."""

    title = StringField("Title", validators=[Length(max=300)])
    byline = StringField("Author(s)", validators=[Length(max=300)])
    source_name = StringField("Outlet (newspaper, site)", validators=[Length(max=200)])
    date = StringField("Date", validators=[Length(max=40)])
    submit = SubmitField("Save the corrections and make the questions again")


def _indexes(prefix: str, limit: int) -> set[int]:
    out = set()
    for key in request.form:
        if key.startswith(prefix) and key[len(prefix):].isdigit():
            i = int(key[len(prefix):])
            if i < limit:
                out.add(i)
    return out


def extraction(lesson_id: int):
    """GET: the extracted article to check. POST: save the teacher's corrections and regenerate."""
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    article = svc.current_article(row)
    form = ExtractionForm(data={"title": article.title, "byline": article.byline or "",
                                "source_name": article.source_name or "", "date": article.date or ""})
    error = None
    edited: dict[int, str] = {}
    if request.method == "POST" and form.validate_on_submit():
        n = len(article.paragraphs)
        edited = {i: request.form.get(f"p-{i}", "") for i in range(n) if f"p-{i}" in request.form}
        fix = svc.Correction(
            title=form.title.data or "", byline=form.byline.data or "", source_name=form.source_name.data or "",
            date=form.date.data or "", paragraphs=edited, dropped=_indexes("drop-", n),
            restored=_indexes("restore-", len(article.set_aside)),
        )
        try:
            new = svc.corrected_article(article, fix)
        except IngestError as exc:
            error = str(exc)
        else:
            svc.revise(row, new)
            flash(f"Article corrected: {len(new.paragraphs)} paragraphs. The questions were made again from it.")
            return redirect(url_for("lessons.lesson", lesson_id=row.id))
    elif request.method == "POST":
        error = "Check the fields marked below."
    return render_template(
        "teacher/extraction.html", row=row, article=article, form=form, error=error, edited=edited,
        aside=svc.set_aside_lines(article),
    )
