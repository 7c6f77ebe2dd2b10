"""Students: join, resume, autosave, submit once, time limit, feedback, no key before the end."""
from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select
from wa_helpers import MARK, item_uids, join

from webapp.db import db
from webapp.models import Attempt, Quiz, Response, utcnow
from webapp.services import attempts as attempt_svc
from webapp.services.quizzes import CODE_LENGTH, JOIN_ALPHABET

JSON = {"Accept": "application/json"}


def the_attempt(app):
    with app.app_context():
        return db.session.scalars(select(Attempt)).one()


def set_quiz(app, quiz_id, **fields):
    with app.app_context():
        q = db.session.get(Quiz, quiz_id)
        for k, v in fields.items():
            setattr(q, k, v)
        db.session.commit()


def answer_all(client, app, world, mc=0):
    """Post a right/wrong mix of answers for every item as a plain form (JavaScript off)."""
    uids = item_uids(app, world["quiz"])
    data = {"present": list(uids.values()), f"q-{uids['multiple_choice']}": str(mc),
            f"q-{uids['true_false']}": "1", f"q-{uids['multiple_select']}": ["0", "1"],
            f"q-{uids['matching']}-0": "0", f"q-{uids['matching']}-1": "1", f"q-{uids['matching']}-2": "0",
            f"q-{uids['short_answer']}": "  Amicable. ", f"q-{uids['open_response']}": "Residents of Xinjiang."}
    return client.post(f"/q/{world['code']}/save", data=data)


def test_join_code_alphabet_is_unambiguous_and_long_enough(world):
    assert CODE_LENGTH >= 6 and len(world["code"]) == CODE_LENGTH
    assert set(world["code"]) <= set(JOIN_ALPHABET)
    assert not set("0O1IL2Z5S8B") & set(JOIN_ALPHABET)


def test_join_sets_a_long_random_resume_cookie_and_a_reload_resumes(client, app, world):
    r = join(client, world["code"].lower(), "Sam")  # codes are case-insensitive
    assert r.status_code == 302
    cookie = next(h for h in r.headers.getlist("Set-Cookie") if h.startswith(f"qg_{world['code']}="))
    token = cookie.split("=", 1)[1].split(";", 1)[0]
    assert len(token) * 6 >= 128 * 1.5  # token_urlsafe(32): 256 bits
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get(f"/q/{world['code']}").status_code == 200
    join(client, world["code"], "Sam again")  # joining again from the same browser resumes
    assert the_attempt(app).display_name == "Sam"


def test_without_the_cookie_the_quiz_page_sends_to_join(client, world):
    r = client.get(f"/q/{world['code']}")
    assert r.status_code == 302 and f"/j/{world['code']}" in r.headers["Location"]


def test_no_account_or_email_asked(client, world):
    page = client.get(f"/j/{world['code']}").get_data(as_text=True)
    assert 'type="email"' not in page and 'type="password"' not in page
    assert f'value="{world["code"]}"' in page


def test_wrong_codes_are_throttled_per_client(client, world):
    for _ in range(20):
        assert join(client, "WRONG9").status_code == 200
    r = join(client, world["code"])
    assert r.status_code == 429


def test_a_class_of_35_behind_one_address_can_join(app, world):
    for n in range(35):
        c = app.test_client()
        if n % 10 == 0:
            join(c, "TYPO99")  # a few typos along the way
        assert join(c, world["code"], f"Student {n}").status_code == 302
    with app.app_context():
        assert len(db.session.scalars(select(Attempt)).all()) == 35


def test_a_closed_quiz_refuses_joins(client, app, world):
    set_quiz(app, world["quiz"], is_open=False)
    body = join(client, world["code"]).get_data(as_text=True)
    assert "closed" in body


def test_every_input_has_a_label_and_paragraphs_are_numbered(client, world):
    join(client, world["code"])
    page = client.get(f"/q/{world['code']}").get_data(as_text=True)
    assert 'id="p1"' in page and "¶11" in page
    ids_with_label = set(re.findall(r'<label for="([^"]+)"', page))
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", page):
        if 'type="hidden"' in tag:
            continue
        if 'type="radio"' in tag or 'type="checkbox"' in tag:
            continue  # wrapped in their <label class="choice">, checked below
        assert re.search(r'id="([^"]+)"', tag).group(1) in ids_with_label, tag
    assert page.count('<label class="choice"><input') == page.count('type="radio"') + page.count('type="checkbox"')


def test_autosave_answers_after_commit(client, app, world):
    join(client, world["code"])
    uid = item_uids(app, world["quiz"])["true_false"]
    r = client.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "1"}, headers=JSON)
    assert r.status_code == 200 and r.get_json() == {"ok": True}
    with app.app_context():  # a fresh session sees it: committed
        assert db.session.scalars(select(Response.value)).all() == [1]
    client.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "0"}, headers=JSON)
    with app.app_context():
        assert db.session.scalars(select(Response.value)).all() == [0]  # upserted, never duplicated


def test_plain_form_post_saves_without_javascript(client, app, world):
    join(client, world["code"])
    r = answer_all(client, app, world)
    assert r.status_code == 302
    page = client.get(f"/q/{world['code']}").get_data(as_text=True)
    assert "Your answers are saved" in page
    assert 'value="  Amicable. "' in page and "checked" in page


def test_one_response_per_item_is_enforced_by_the_database(app, world, client):
    from sqlalchemy.exc import IntegrityError

    join(client, world["code"])
    a = the_attempt(app)
    with app.app_context():
        db.session.add_all([Response(attempt_id=a.id, item_uid="x", value=1),
                            Response(attempt_id=a.id, item_uid="x", value=2)])
        with pytest.raises(IntegrityError):
            db.session.commit()
        db.session.rollback()
        db.session.add(Attempt(quiz_id=world["quiz"], token_hash=a.token_hash, display_name="dup", layout=[]))
        with pytest.raises(IntegrityError):
            db.session.commit()


def test_submit_grades_and_a_second_submit_changes_nothing(client, app, world):
    join(client, world["code"])
    answer_all(client, app, world)
    r = client.post(f"/q/{world['code']}/submit", data={})
    assert r.status_code == 302 and r.headers["Location"].endswith("/done")
    first = the_attempt(app)
    # expected by hand: MC key_detail right (1), TF right (1), MS right (1), matching 2/3, short answer right (1)
    assert first.score == pytest.approx(4 + 2 / 3)
    uids = item_uids(app, world["quiz"])
    client.post(f"/q/{world['code']}/submit", data={"present": uids["true_false"], f"q-{uids['true_false']}": "0"})
    r = client.post(f"/q/{world['code']}/save", data={"present": uids["true_false"],
                                                      f"q-{uids['true_false']}": "0"}, headers=JSON)
    assert r.status_code == 409
    again = the_attempt(app)
    assert again.finished_at == first.finished_at and again.score == first.score


def test_ten_parallel_submits_finish_exactly_once(app, world, monkeypatch):
    client = app.test_client()
    join(client, world["code"])
    cookie = client.get_cookie(f"qg_{world['code']}").value
    wins, real_hand_in = [], attempt_svc.hand_in

    def counting_hand_in(attempt, answers):
        won = real_hand_in(attempt, answers)
        wins.append(won)
        return won

    monkeypatch.setattr(attempt_svc, "hand_in", counting_hand_in)
    barrier = threading.Barrier(10)
    codes = []

    def post():
        c = app.test_client()
        c.set_cookie(f"qg_{world['code']}", cookie)
        barrier.wait()
        codes.append(c.post(f"/q/{world['code']}/submit", data={}).status_code)

    threads = [threading.Thread(target=post) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [302] * 10
    assert wins.count(True) == 1
    with app.app_context():
        assert db.session.scalar(select(Attempt.finished_at)) is not None


def test_after_the_time_limit_changes_are_refused_and_saved_answers_count(client, app, world):
    set_quiz(app, world["quiz"], time_limit_minutes=10)
    join(client, world["code"])
    uid = item_uids(app, world["quiz"])["true_false"]
    client.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "1"}, headers=JSON)
    with app.app_context():
        a = db.session.scalars(select(Attempt)).one()
        a.deadline = utcnow() - timedelta(seconds=1)
        db.session.commit()
    r = client.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "0"}, headers=JSON)
    assert r.status_code == 409
    a = the_attempt(app)
    assert a.finished_at is not None and a.score == 1.0  # the last saved (right) answer
    assert client.get(f"/q/{world['code']}").headers["Location"].endswith("/done")


def test_feedback_immediately_shows_key_explanation_and_cited_paragraph(client, app, world):
    join(client, world["code"])
    answer_all(client, app, world, mc=1)
    client.post(f"/q/{world['code']}/submit", data={})
    page = client.get(f"/q/{world['code']}/done").get_data(as_text=True)
    assert "Score:" in page and "Right answer:" in page
    assert f"{MARK}-EXPL-0" in page  # the explanation (so the scan below can fail)
    assert 'class="para cited"' in page and 'href="#p10"' in page
    assert "To be graded by your teacher" in page


@pytest.mark.parametrize("setting", ["after_close", "never"])
def test_feedback_withheld_by_setting(client, app, world, setting):
    set_quiz(app, world["quiz"], feedback=setting)
    join(client, world["code"])
    client.post(f"/q/{world['code']}/submit", data={})
    page = client.get(f"/q/{world['code']}/done").get_data(as_text=True)
    assert MARK not in page and "Right answer" not in page
    set_quiz(app, world["quiz"], is_open=False)
    page = client.get(f"/q/{world['code']}/done").get_data(as_text=True)
    assert (MARK in page) == (setting == "after_close")


def test_no_key_explanation_or_rubric_reaches_a_student_before_finishing(client, app, world):
    responses = [client.get("/"), client.get(f"/j/{world['code']}"), join(client, world["code"], "Sam")]
    responses.append(client.get(f"/q/{world['code']}"))
    uids = item_uids(app, world["quiz"])
    for uid in uids.values():
        responses.append(client.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "0"},
                                     headers=JSON))
    responses.append(answer_all(client, app, world))
    responses.append(client.get(f"/q/{world['code']}", follow_redirects=True))
    responses.append(client.get(f"/q/{world['code']}/done", follow_redirects=True))
    responses.append(client.get("/static/quiz.js"))
    for r in responses:
        body = r.get_data(as_text=True)
        r.close()
        assert MARK not in body, r.request.path
        assert "amicable" not in body.lower() or r.request.path.startswith("/q/")  # the short-answer key
    page = client.get(f"/q/{world['code']}").get_data(as_text=True)
    assert "KEYMARK-ACCEPT" not in page and "Full" not in page


def test_one_student_cannot_see_another_students_answers(app, world):
    a, b = app.test_client(), app.test_client()
    join(a, world["code"], "Ann")
    join(b, world["code"], "Ben")
    uid = item_uids(app, world["quiz"])["open_response"]
    a.post(f"/q/{world['code']}/save", data={"present": uid, f"q-{uid}": "Ann's secret answer"})
    page_b = b.get(f"/q/{world['code']}").get_data(as_text=True)
    assert "Ann" not in page_b and "secret answer" not in page_b
    assert "secret answer" in a.get(f"/q/{world['code']}").get_data(as_text=True)
    b.set_cookie(f"qg_{world['code']}", "forged-token")
    assert b.get(f"/q/{world['code']}").status_code == 302
