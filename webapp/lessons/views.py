"""Lesson views: list, create (paste / upload / URL), article view with the ledger, review and edit items.

The URLs are in ``webapp/lessons/blueprint.py``; the services commit, the views never touch the session.
"""
from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, redirect, render_template, request, url_for

from quizgen.errors import IngestError
from webapp.access import me
from webapp.forms import ConfirmForm
from webapp.lessons.forms import ItemForm, NewLessonForm, RegenerateForm, WorksheetForm
from webapp.models import Item as ItemRow
from webapp.services import items as item_svc
from webapp.services import lessons as lesson_svc
from webapp.services.ledger import LEGEND, ledger_for, segments
from webapp.services.quizzes import quizzes_of


def index():
    """The teacher's lessons and the shared sample library."""
    own, samples = lesson_svc.visible_lessons(me())
    return render_template("teacher/index.html", own=own, samples=samples, confirm=ConfirmForm(),
                           deleted=len(lesson_svc.deleted_lessons(me())))


def new_lesson():
    """Make a lesson from pasted text, an uploaded file or a URL; ingest errors become form errors."""
    form = NewLessonForm()
    if form.validate_on_submit():
        upload = form.upload.data
        try:
            row = lesson_svc.create_lesson(
                me(), text=form.text.data, url=(form.url.data or "").strip() or None,
                upload=upload.read() if upload else None, filename=getattr(upload, "filename", None) or "upload",
                seed=form.seed.data,
            )
        except IngestError as exc:
            form.text.errors = [*form.text.errors, str(exc)]
        else:
            if row.origin == "pasted text":
                flash(f"Lesson made with {len(row.items)} questions (seed {row.seed}). "
                      "Review them before publishing.")
                return redirect(url_for("lessons.lesson", lesson_id=row.id))
            # read from a page or a file: the teacher checks what was extracted first
            flash(f"Lesson made with {len(row.items)} questions (seed {row.seed}). "
                  "First check the article as it was read.")
            return redirect(url_for("lessons.extraction", lesson_id=row.id))
    return render_template("teacher/new.html", form=form)


def lesson(lesson_id: int):
    """The article view: the claim ledger drawn on the text, items beside, downloads and quizzes."""
    row = lesson_svc.get_lesson(me(), lesson_id)
    value = lesson_svc.lesson_value(row)
    pairs = lesson_svc.item_values(row)
    selected_id = request.args.get("item", type=int)
    selected = next((v for r, v in pairs if r.id == selected_id), None)
    ledger = ledger_for(row, value.article)
    marks = ledger["spans"] if ledger and request.args.get("ledger", "1") == "1" else {}
    support = [(s.start, s.end) for s in selected.support] if selected else []
    return render_template(
        "teacher/lesson.html", row=row, lesson=value, pairs=pairs, selected=selected, selected_id=selected_id,
        paragraphs=segments(value.article, marks, support), ledger=ledger,
        legend=LEGEND, show_ledger=bool(marks), quizzes=quizzes_of(row, me()), confirm=ConfirmForm(),
        worksheet=WorksheetForm(formdata=None), owned=row.owner_id == me().id,
    )


def copy(lesson_id: int):
    """Copy a lesson (e.g. from the sample library) into the teacher's own lessons."""
    row = lesson_svc.get_lesson(me(), lesson_id)
    if ConfirmForm().validate_on_submit():
        new = lesson_svc.copy_lesson(row, me())
        flash("Copied to your lessons.")
        return redirect(url_for("lessons.lesson", lesson_id=new.id))
    abort(400)


def delete(lesson_id: int):
    """Ask first, naming what goes with the lesson; then move it to the deleted lessons (restorable)."""
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    form = ConfirmForm()
    if request.method == "POST" and form.validate_on_submit():
        lesson_svc.delete_lesson(row)
        flash(f"“{row.title}” was moved to your deleted lessons. You can restore it there for "
              f"{lesson_svc.KEEP_DELETED_DAYS} days.")
        return redirect(url_for("lessons.index"))
    return render_template("teacher/delete.html", row=row, confirm=form, takes=lesson_svc.what_delete_takes(row))


def deleted():
    """The teacher's deleted lessons, each restorable until it is purged."""
    rows = lesson_svc.deleted_lessons(me())
    return render_template("teacher/deleted.html", rows=rows, confirm=ConfirmForm(),
                           days=lesson_svc.KEEP_DELETED_DAYS, timedelta=timedelta)


def restore(lesson_id: int):
    """Bring a deleted lesson back, with its quizzes and their attempts."""
    row = lesson_svc.deleted_lesson(me(), lesson_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    lesson_svc.restore_lesson(row)
    flash(f"“{row.title}” is back, with its quizzes and students' answers.")
    return redirect(url_for("lessons.lesson", lesson_id=row.id))


def review(lesson_id: int):
    """Every item with its key, explanation and the quality check's warnings."""
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    article = lesson_svc.article_value(row)
    pairs = lesson_svc.item_values(row)
    lints = {r.id: item_svc.lint(v, article) for r, v in pairs}
    return render_template(
        "teacher/review.html", row=row, pairs=pairs, lints=lints, confirm=ConfirmForm(),
        regen=RegenerateForm(formdata=None),
    )


def _own_item(lesson_id: int, item_id: int) -> tuple:
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    return row, item_svc.get_item(row, item_id)


def _item_form_page(row, form: ItemForm, item_row: ItemRow | None, warnings: list[str]):
    return render_template("teacher/item_edit.html", row=row, form=form, item_row=item_row, warnings=warnings)


def edit_item(lesson_id: int, item_id: int):
    """Edit an item's stem, options, key, explanation and skill; lint runs on the result."""
    row, item_row = _own_item(lesson_id, item_id)
    base = item_svc.item_value(item_row)
    form = ItemForm()
    if request.method == "GET":
        form = ItemForm(
            kind=base.kind, skill=base.skill, stem=base.stem, options="\n".join(base.options),
            prompts="\n".join(base.prompts), key=item_svc.key_to_text(base), explanation=base.explanation,
            rubric=item_svc.rubric_to_text(base), points=base.points,
        )
    elif form.validate_on_submit():
        try:
            item = item_svc.item_from_fields(form.data, base)
        except item_svc.ItemFormError as exc:
            getattr(form, exc.field).errors = [*getattr(form, exc.field).errors, str(exc)]
        else:
            item_svc.save_item(item_row, item)
            warnings = item_svc.lint(item, lesson_svc.article_value(row))
            flash("Question saved." + (" The quality check has remarks below." if warnings else ""))
            return _item_form_page(row, form, item_row, warnings)
    return _item_form_page(row, form, item_row, item_svc.lint(base, lesson_svc.article_value(row)))


def add_item(lesson_id: int):
    """Write a question by hand."""
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    form = ItemForm()
    if form.validate_on_submit():
        try:
            item = item_svc.item_from_fields(form.data)
        except item_svc.ItemFormError as exc:
            getattr(form, exc.field).errors = [*getattr(form, exc.field).errors, str(exc)]
        else:
            item_row = item_svc.add_item(row, item)
            flash("Question added.")
            return redirect(url_for("lessons.edit_item", lesson_id=row.id, item_id=item_row.id))
    return _item_form_page(row, form, None, [])


def delete_item(lesson_id: int, item_id: int):
    """Delete one item."""
    _, item_row = _own_item(lesson_id, item_id)
    item_svc.delete_item(item_row)
    flash("Question deleted.")
    return redirect(url_for("lessons.review", lesson_id=lesson_id))


def move_item(lesson_id: int, item_id: int, direction: str):
    """Move an item up or down."""
    row, item_row = _own_item(lesson_id, item_id)
    if direction not in ("up", "down"):
        abort(404)
    item_svc.move_item(row, item_row, -1 if direction == "up" else 1)
    return redirect(url_for("lessons.review", lesson_id=lesson_id, _anchor=f"item-{item_id}"))


def regenerate(lesson_id: int):
    """Replace the items with a fresh generation under another seed."""
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    form = RegenerateForm()
    if form.validate_on_submit():
        seed = lesson_svc.regenerate(row, form.seed.data)
        flash(f"Questions regenerated with seed {seed}.")
    else:
        flash("Give a whole number as the seed, or leave it empty for a random one.")
    return redirect(url_for("lessons.review", lesson_id=lesson_id))
