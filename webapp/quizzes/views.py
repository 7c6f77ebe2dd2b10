"""Quiz views: publishing, settings and join code, results, one student's attempt.

The URLs are in ``webapp/quizzes/blueprint.py``; the services commit, the views never touch the session.
"""
from __future__ import annotations

import io

from flask import Response, flash, redirect, render_template, url_for

from webapp.access import me
from webapp.charts import bar_chart, column_chart
from webapp.forms import ConfirmForm
from webapp.quizzes.forms import GradeForm, PublishForm, QuizSettingsForm, RosterForm
from webapp.services import attempts as attempt_svc
from webapp.services import joins as join_svc
from webapp.services import lessons as lesson_svc
from webapp.services import quizzes as quiz_svc
from webapp.services.names import RosterError, parse_roster, roster_text
from webapp.services.quizzes import join_url
from webapp.services.results import quiz_results, results_csv


def publish(lesson_id: int):
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


def quiz(quiz_id: int):
    """The quiz's join code, QR code, link and settings."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    form = QuizSettingsForm(obj=q)
    if form.validate_on_submit():
        quiz_svc.update_settings(q, form.data)
        flash("Settings saved.")
        return redirect(url_for("quizzes.quiz", quiz_id=q.id))
    return _quiz_page(q, form, RosterForm(formdata=None, roster=roster_text(join_svc.roster_lines(q))))


def _quiz_page(q, form: QuizSettingsForm, roster_form: RosterForm, status: int = 200):
    return render_template("teacher/quiz.html", quiz=q, form=form, roster_form=roster_form, url=join_url(q.code),
                           roster=join_svc.roster_lines(q)), status


def roster(quiz_id: int):
    """Save the quiz's class list (students then pick their name; a code per student is optional)."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    roster_form = RosterForm()
    if roster_form.validate_on_submit():
        try:
            lines = parse_roster(roster_form.roster.data or "")
        except RosterError as exc:
            roster_form.roster.errors = [str(exc)]
        else:
            join_svc.set_roster(q, lines)
            flash(f"Class list saved: {len(lines)} names. Students now pick their name when they join."
                  if lines else "Class list removed: students type their name when they join.")
            return redirect(url_for("quizzes.quiz", quiz_id=q.id, _anchor="roster-h"))
    return _quiz_page(q, QuizSettingsForm(formdata=None, obj=q), roster_form, 200)


def qr(quiz_id: int):
    """The join link as a QR code (SVG)."""
    import qrcode
    import qrcode.image.svg

    q = quiz_svc.get_quiz(me(), quiz_id)
    img = qrcode.make(join_url(q.code), image_factory=qrcode.image.svg.SvgPathImage, box_size=12, border=2)
    buf = io.BytesIO()
    img.save(buf)
    return Response(buf.getvalue(), mimetype="image/svg+xml")


def results(quiz_id: int):
    """The results dashboard: students, items, skills and two charts."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    attempt_svc.finish_overdue(q)
    res = quiz_results(q)
    labels = [f"Q{n}" for n in range(1, len(res["items"]) + 1)]
    item_chart = bar_chart(labels, [r["percent"] for r in res["items"]], title="Percent correct by question",
                           unit=" %", max_value=100)
    dist_chart = column_chart([f"{10 * i}–{10 * i + 9 if i < 9 else 100}" for i in range(10)], res["distribution"],
                              title="Score distribution (number of students per score band, %)")
    duplicates = join_svc.duplicate_names(q)
    return render_template("teacher/results.html", quiz=q, res=res, item_chart=item_chart, dist_chart=dist_chart,
                           confirm=ConfirmForm(), duplicates=duplicates,
                           duplicate_ids={a.id for rows in duplicates.values() for a in rows})


def results_download(quiz_id: int):
    """Results as CSV (formula-like cells escaped)."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    attempt_svc.finish_overdue(q)
    return Response(results_csv(q), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="results-{q.code}.csv"'})


def attempt(quiz_id: int, attempt_id: int):
    """One student's answers, with grading forms for open responses."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    a = attempt_svc.get_attempt(q, attempt_id)
    return render_template("teacher/attempt.html", quiz=q, attempt=a, rows=attempt_svc.feedback(a),
                           confirm=ConfirmForm(), grade_form=GradeForm)


def grade(quiz_id: int, attempt_id: int, item_uid: str):
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


def delete_attempt(quiz_id: int, attempt_id: int):
    """Delete an attempt and its answers for good."""
    q = quiz_svc.get_quiz(me(), quiz_id)
    attempt_svc.delete_attempt(attempt_svc.get_attempt(q, attempt_id))
    flash("Attempt deleted.")
    return redirect(url_for("quizzes.results", quiz_id=q.id))
