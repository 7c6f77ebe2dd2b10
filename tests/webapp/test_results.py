"""Results: per student, per item, per skill, charts, CSV escaping, grading open responses, deletion."""
from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select
from wa_helpers import item_uids, join, sign_in

from webapp.db import db
from webapp.models import Attempt, Quiz, Response
from webapp.services.results import csv_cell, quiz_results


def take(app, world, name, tf, mc=None, submit=True):
    c = app.test_client()
    join(c, world["code"], name)
    uids = item_uids(app, world["quiz"])
    data = {"present": [uids["true_false"], uids["multiple_choice"]], f"q-{uids['true_false']}": str(tf)}
    if mc is not None:
        data[f"q-{uids['multiple_choice']}"] = str(mc)
    c.post(f"/q/{world['code']}/save", data=data)
    if submit:
        c.post(f"/q/{world['code']}/submit", data={})
    return c


@pytest.fixture
def taken(app, world):
    take(app, world, "Ann", tf=1, mc=0)   # 2 points
    take(app, world, "Ben", tf=1, mc=1)   # 1
    take(app, world, "Cat", tf=0, mc=1)   # 0
    take(app, world, "Dan", tf=0, submit=False)  # in progress
    return world


def test_per_item_percent_counts_and_discrimination(app, taken):
    with app.app_context():
        res = quiz_results(db.session.get(Quiz, taken["quiz"]))
    rows = {r["item"].kind + r["item"].skill: r for r in res["items"]}
    tf = rows["true_falsecertainty"]
    assert tf["percent"] == 67 and tf["counts"] == [1, 2]
    mc = rows["multiple_choicekey_detail"]
    assert mc["percent"] == 33 and mc["counts"] == [1, 2, 0, 0]
    # item-rest correlation, by hand: TF scores (1,1,0) vs rest (1,0,0): r = 0.5
    assert tf["discrimination"] == pytest.approx(0.5)
    assert [s["attempt"].display_name for s in res["students"]] == ["Ann", "Ben", "Cat", "Dan"]
    assert res["distribution"][2] == 1 and sum(res["distribution"]) == 3  # Ann 2/9 = 22 %
    fam = {s["name"]: s for s in res["skills"] if s["family"]}
    assert fam["Comprehension"]["percent"] is not None and fam["Source evaluation"]["percent"] is not None


def test_results_page_with_svg_charts(client, taken):
    sign_in(client, taken["a"])
    page = client.get(f"/quizzes/{taken['quiz']}/results").get_data(as_text=True)
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 2
    assert "Ann" in page and "in progress" in page and "67 %" in page
    assert "built-in method" not in page
    assert "<td><strong>Comprehension</strong></td><td>2</td>" in page  # key detail, vocabulary
    assert "<td><strong>Source evaluation</strong></td><td>5</td>" in page
    assert "<script" not in page


def test_csv_export_escapes_formula_cells(app, client, world):
    take(app, world, "=HYPERLINK(\"http://evil\")", tf=1)
    take(app, world, "+1", tf=0)
    sign_in(client, world["a"])
    r = client.get(f"/quizzes/{world['quiz']}/results.csv")
    assert r.mimetype == "text/csv" and "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0][:5] == ["name", "started (UTC)", "finished (UTC)", "seconds", "score"]
    assert [row[0] for row in rows[1:]] == ["'=HYPERLINK(\"http://evil\")", "'+1"]
    for cell in (c for row in rows for c in row):
        assert not cell.startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("raw,safe", [("=1+1", "'=1+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
                                      ("+x", "'+x"), ("plain", "plain"), (3.5, "3.5"), (None, "")])
def test_csv_cell(raw, safe):
    assert csv_cell(raw) == safe


def test_teacher_grades_an_open_response_and_the_score_follows(app, client, world):
    c = app.test_client()
    join(c, world["code"], "Ann")
    uid = item_uids(app, world["quiz"])["open_response"]
    c.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "Current detainees."})
    c.post(f"/q/{world['code']}/submit", data={})
    with app.app_context():
        aid = db.session.scalar(select(Attempt.id))
    sign_in(client, world["a"])
    page = client.get(f"/quizzes/{world['quiz']}/attempts/{aid}").get_data(as_text=True)
    assert "Current detainees." in page and "not graded yet" in page
    assert client.post(f"/quizzes/{world['quiz']}/attempts/{aid}/grade/{uid}",
                       data={"points": "9"}).status_code == 302  # above the item's 3 points: refused
    with app.app_context():
        assert db.session.scalar(select(Attempt.score)) == 0
    client.post(f"/quizzes/{world['quiz']}/attempts/{aid}/grade/{uid}", data={"points": "2", "comment": "Good."})
    with app.app_context():
        assert db.session.scalar(select(Attempt.score)) == 2
    done = c.get(f"/q/{world['code']}/done").get_data(as_text=True)
    assert "2 / 3 points" in done and "Good." in done


def test_deleting_an_attempt_really_deletes_it(app, client, taken):
    sign_in(client, taken["a"])
    with app.app_context():
        aid = db.session.scalar(select(Attempt.id).where(Attempt.display_name == "Ann"))
        assert db.session.scalar(select(func.count()).select_from(Response).where(Response.attempt_id == aid))
    assert client.post(f"/quizzes/{taken['quiz']}/attempts/{aid}/delete").status_code == 302
    with app.app_context():
        assert db.session.get(Attempt, aid) is None
        assert db.session.scalar(select(func.count()).select_from(Response).where(Response.attempt_id == aid)) == 0
    assert "Ann" not in client.get(f"/quizzes/{taken['quiz']}/results.csv").get_data(as_text=True)
