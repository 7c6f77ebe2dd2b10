"""Quiz views: publishing, settings and join code, results, one student's attempt.

The URLs are in ``webapp/quizzes/blueprint.py``; the services commit, the views never touch the session.
"""
from __future__ import annotations

import io

from flask import Response, flash, redirect, render_template, url_for

from webapp.access import me
from webapp.charts import bar_chart, column_chart
from webapp.forms import ConfirmForm
from webapp.quizzes.forms import GradeForm, PublishForm
from webapp.services import attempts as attempt_svc
from webapp.services import lessons as lesson_svc
from webapp.services import quizzes as quiz_svc
from webapp.services.quizzes import join_url
from webapp.services.results import answer_text, quiz_results, results_csv


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
            return redirect(url_for("quizzes.quiz", quiz_id=quiz.id))
    return render_template("teacher/publish.html", row=row, form=form)


def quiz(quiz_id: int):  # noqa: ANN201
    """The quiz's join code, QR code, link and settings."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    form = PublishForm(obj=q)
    if form.validate_on_submit():
        quiz_svc.update_settings(q, form.data)
        flash("Settings saved.")
        return redirect(url_for("quizzes.quiz", quiz_id=q.id))
    return render_template("teacher/quiz.html", quiz=q, form=form, url=join_url(q.code))


def qr(quiz_id: int):  # noqa: ANN201
    """The join link as a QR code (SVG)."""
    import qrcode
    import qrcode.image.svg

    q = quiz_svc.get_quiz(me(), quiz_id)
    img = qrcode.make(join_url(q.code), image_factory=qrcode.image.svg.SvgPathImage, box_size=12, border=2)
    buf = io.BytesIO()
    img.save(buf)
    return Response(buf.getvalue(), mimetype="image/svg+xml")


def results(quiz_id: int):  # noqa: ANN201
    """The results dashboard: students, items, skills and two charts."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    attempt_svc.finish_overdue(q)
    res = quiz_results(q)
    labels = [f"Q{n}" for n in range(1, len(res["items"]) + 1)]
    item_chart = bar_chart(labels, [r["percent"] for r in res["items"]], title="Percent correct by question",
                           unit=" %", max_value=100)
    dist_chart = column_chart([f"{10 * i}–{10 * i + 9 if i < 9 else 100}" for i in range(10)], res["distribution"],
                              title="Score distribution (number of students per score band, %)")
    return render_template("teacher/results.html", quiz=q, res=res, item_chart=item_chart, dist_chart=dist_chart,
                           confirm=ConfirmForm(), answer_text=answer_text)


def results_download(quiz_id: int):  # noqa: ANN201
    """Results as CSV (formula-like cells escaped)."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    attempt_svc.finish_overdue(q)
    return Response(results_csv(q), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="results-{q.code}.csv"'})


def attempt(quiz_id: int, attempt_id: int):  # noqa: ANN201
    """One student's answers, with grading forms for open responses."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    a = attempt_svc.get_attempt(q, attempt_id)
    return render_template("teacher/attempt.html", quiz=q, attempt=a, rows=attempt_svc.feedback(a),
                           answer_text=answer_text, confirm=ConfirmForm(), grade_form=GradeForm)


def grade(quiz_id: int, attempt_id: int, item_uid: str):  # noqa: ANN201
    """Grade an open response against its rubric."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    a = attempt_svc.get_attempt(q, attempt_id)
    item, response = attempt_svc.open_response(a, item_uid)
    form = GradeForm()
    if form.validate_on_submit() and form.points.data <= item.points:
        attempt_svc.grade_open_response(a, response, form.points.data, form.comment.data)
        flash("Grade saved.")
    else:
        flash(f"Give a whole number of points from 0 to {item.points}.")
    return redirect(url_for("quizzes.attempt", quiz_id=q.id, attempt_id=a.id, _anchor=f"item-{item_uid}"))


def delete_attempt(quiz_id: int, attempt_id: int):  # noqa: ANN201
    """Delete an attempt and its answers for good."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    attempt_svc.delete_attempt(attempt_svc.get_attempt(q, attempt_id))
    flash("Attempt deleted.")
    return redirect(url_for("quizzes.results", quiz_id=q.id))
