"""Publishing quizzes and reading their results."""
from __future__ import annotations

import io

from flask import Response, abort, flash, redirect, render_template, url_for

from webapp.charts import bar_chart, column_chart
from webapp.db import db, write_transaction
from webapp.models import Attempt
from webapp.services import attempts as attempt_svc
from webapp.services import lessons as lesson_svc
from webapp.services import quizzes as quiz_svc
from webapp.services.results import answer_text, quiz_results, results_csv
from webapp.teacher.blueprint import bp, me
from webapp.teacher.forms import ConfirmForm, GradeForm, PublishForm


def join_url(code: str) -> str:
    return url_for("student.join", code=code, _external=True)


@bp.route("/lessons/<int:lesson_id>/publish", methods=["GET", "POST"])
def publish(lesson_id: int):  # noqa: ANN201
    """Publish the lesson as a quiz with a join code."""
    row = lesson_svc.get_lesson(me(), lesson_id, edit=True)
    form = PublishForm()
    if form.validate_on_submit():
        try:
            quiz = quiz_svc.publish(row, me(), form.data)
        except ValueError as exc:
            flash(str(exc))
        else:
            flash(f"Published. Students join with the code {quiz.code}.")
            return redirect(url_for("teacher.quiz", quiz_id=quiz.id))
    return render_template("teacher/publish.html", row=row, form=form)


@bp.route("/quizzes/<int:quiz_id>", methods=["GET", "POST"])
def quiz(quiz_id: int):  # noqa: ANN201
    """The quiz's join code, QR code, link and settings."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    form = PublishForm(obj=q)
    if form.validate_on_submit():
        quiz_svc.apply_settings(q, form.data)
        db.session.commit()
        flash("Settings saved.")
        return redirect(url_for("teacher.quiz", quiz_id=q.id))
    return render_template("teacher/quiz.html", quiz=q, form=form, url=join_url(q.code))


@bp.get("/quizzes/<int:quiz_id>/qr.svg")
def qr(quiz_id: int):  # noqa: ANN201
    """The join link as a QR code (SVG)."""
    import qrcode
    import qrcode.image.svg

    q = quiz_svc.get_quiz(me(), quiz_id)
    img = qrcode.make(join_url(q.code), image_factory=qrcode.image.svg.SvgPathImage, box_size=12, border=2)
    buf = io.BytesIO()
    img.save(buf)
    return Response(buf.getvalue(), mimetype="image/svg+xml")


@bp.get("/quizzes/<int:quiz_id>/results")
def results(quiz_id: int):  # noqa: ANN201
    """The results dashboard: students, items, skills and two charts."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    with write_transaction():
        attempt_svc.finish_overdue(q)
    res = quiz_results(q)
    labels = [f"Q{n}" for n in range(1, len(res["items"]) + 1)]
    item_chart = bar_chart(labels, [r["percent"] for r in res["items"]], title="Percent correct by question",
                           unit=" %", max_value=100)
    dist_chart = column_chart([f"{10 * i}–{10 * i + 9 if i < 9 else 100}" for i in range(10)], res["distribution"],
                              title="Score distribution (number of students per score band, %)")
    return render_template("teacher/results.html", quiz=q, res=res, item_chart=item_chart, dist_chart=dist_chart,
                           confirm=ConfirmForm(), answer_text=answer_text)


@bp.get("/quizzes/<int:quiz_id>/results.csv")
def results_download(quiz_id: int):  # noqa: ANN201
    """Results as CSV (formula-like cells escaped)."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    with write_transaction():
        attempt_svc.finish_overdue(q)
    return Response(results_csv(q), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="results-{q.code}.csv"'})


def _attempt(q, attempt_id: int) -> Attempt:  # noqa: ANN001
    a = db.session.get(Attempt, attempt_id)
    if a is None or a.quiz_id != q.id:
        abort(404)
    return a


@bp.get("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>")
def attempt(quiz_id: int, attempt_id: int):  # noqa: ANN201
    """One student's answers, with grading forms for open responses."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    a = _attempt(q, attempt_id)
    return render_template("teacher/attempt.html", quiz=q, attempt=a, rows=attempt_svc.feedback(a),
                           answer_text=answer_text, confirm=ConfirmForm(), grade_form=GradeForm)


@bp.post("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/grade/<item_uid>")
def grade(quiz_id: int, attempt_id: int, item_uid: str):  # noqa: ANN201
    """Grade an open response against its rubric."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    a = _attempt(q, attempt_id)
    item = quiz_svc.quiz_items(q).get(item_uid)
    response = next((r for r in a.responses if r.item_uid == item_uid), None)
    if item is None or response is None or item.kind != "open_response":
        abort(404)
    form = GradeForm()
    if form.validate_on_submit() and form.points.data <= item.points:
        response.points = float(form.points.data)
        response.teacher_comment = form.comment.data or None
        attempt_svc.rescore(a)
        db.session.commit()
        flash("Grade saved.")
    else:
        flash(f"Give a whole number of points from 0 to {item.points}.")
    return redirect(url_for("teacher.attempt", quiz_id=q.id, attempt_id=a.id, _anchor=f"item-{item_uid}"))


@bp.post("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/delete")
def delete_attempt(quiz_id: int, attempt_id: int):  # noqa: ANN201
    """Delete an attempt and its answers for good."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    db.session.delete(_attempt(q, attempt_id))
    db.session.commit()
    flash("Attempt deleted.")
    return redirect(url_for("teacher.results", quiz_id=q.id))
