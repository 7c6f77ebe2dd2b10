"""Lessons: create from text / file / URL, the article view with the ledger, the sample library."""
from __future__ import annotations

import io

import pytest
from factories import SHORT_OPINION
from sqlalchemy import create_engine, insert
from wa_helpers import make_teacher, sign_in, store

from quizgen.errors import FetchError
from quizgen.ingest import article_from_text
from webapp.db import db
from webapp.models import Lesson, Throttle, utcnow
from webapp.services import lessons as lesson_svc


@pytest.fixture
def teacher_client(app, client):
    with app.app_context():
        sign_in(client, make_teacher().id)
    return client


@pytest.fixture(scope="module")
def seed_text():
    from factories import SEED_TXT

    return SEED_TXT.read_text(encoding="utf-8")


def test_lesson_from_pasted_text(teacher_client, app, seed_text):
    r = teacher_client.post("/lessons/new", data={"text": seed_text, "seed": "0"})
    assert r.status_code == 302
    page = teacher_client.get(r.headers["Location"]).get_data(as_text=True)
    assert "China Invites Pompeo to Visit Xinjiang" in page
    assert 'id="p11"' in page  # numbered paragraphs
    with app.app_context():
        row = db.session.query(Lesson).one()
        assert row.origin == "pasted text" and len(row.items) >= 5


def test_lesson_from_an_uploaded_text_file(teacher_client, seed_text):
    r = teacher_client.post("/lessons/new", data={"upload": (io.BytesIO(seed_text.encode()), "seed.txt")},
                            content_type="multipart/form-data")
    assert r.status_code == 302


def test_ingest_error_is_a_form_error_and_the_text_is_kept(teacher_client):
    text = "Too short to teach from. Only a line or two here."
    r = teacher_client.post("/lessons/new", data={"text": text})
    body = r.get_data(as_text=True)
    assert r.status_code == 200
    assert 'class="errors"' in body
    assert "Too short to teach from." in body  # the teacher's input is still in the box


def test_unsupported_upload_is_a_friendly_form_error(teacher_client):
    r = teacher_client.post("/lessons/new", data={"upload": (io.BytesIO(b"\x00\x01binary"), "photo.exe")},
                            content_type="multipart/form-data")
    assert r.status_code == 200
    assert 'class="errors"' in r.get_data(as_text=True)


def test_url_fetch_error_is_a_form_error_and_the_url_kept(teacher_client, monkeypatch):
    def refuse(url, **options):
        raise FetchError("That address could not be reached; check the link.")

    monkeypatch.setattr(lesson_svc, "load_url", refuse)
    r = teacher_client.post("/lessons/new", data={"url": "https://news.example/story"})
    body = r.get_data(as_text=True)
    assert "could not be reached" in body
    assert 'value="https://news.example/story"' in body


def other_connection_writes(app) -> None:
    """Another connection writes a row and commits, without waiting: on SQLite it fails at once
    ("database is locked") if the request holds the write lock."""
    options = dict(app.config["SQLALCHEMY_ENGINE_OPTIONS"])
    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    if uri.startswith("sqlite"):
        options["connect_args"] = {"timeout": 0}
    engine = create_engine(uri, **options)
    try:
        with engine.begin() as conn:
            conn.execute(insert(Throttle).values(key="another connection", failures=0, last_at=utcnow()))
    finally:
        engine.dispose()


def test_a_lesson_is_read_and_generated_outside_any_transaction(teacher_client, app, seed_text, monkeypatch):
    real_build, seen = lesson_svc.build_lesson, []

    def build_while_another_connection_writes(article, **options):
        seen.append(db.session().in_transaction())
        other_connection_writes(app)
        return real_build(article, **options)

    monkeypatch.setattr(lesson_svc, "build_lesson", build_while_another_connection_writes)
    r = teacher_client.post("/lessons/new", data={"text": seed_text})
    assert r.status_code == 302 and seen == [False]
    with app.app_context():
        assert db.session.query(Throttle).filter_by(key="another connection").count() == 1
        assert db.session.query(Lesson).count() == 1


def test_a_url_is_fetched_outside_any_transaction(teacher_client, app, seed_text, monkeypatch):
    seen = []

    def slow_site(url, **options):
        seen.append(db.session().in_transaction())
        other_connection_writes(app)  # students keep saving while the page downloads
        return article_from_text(seed_text)

    monkeypatch.setattr(lesson_svc, "load_url", slow_site)
    r = teacher_client.post("/lessons/new", data={"url": "https://news.example/story"})
    assert r.status_code == 302 and seen == [False]
    with app.app_context():
        assert db.session.query(Lesson).one().origin == "https://news.example/story"


def test_a_new_lesson_gets_a_random_seed_that_is_stored(teacher_client, app, seed_text):
    for _ in range(2):
        assert teacher_client.post("/lessons/new", data={"text": seed_text}).status_code == 302
    with app.app_context():
        rows = db.session.query(Lesson).order_by(Lesson.id).all()
        assert rows[0].seed != rows[1].seed  # two draws from a billion
        again = lesson_svc.build(article_from_text(seed_text), seed=rows[1].seed)
        assert [it.data["id"] for it in rows[1].items] == [it.id for it in again.items]  # made again from it


def test_the_form_wants_exactly_one_source(teacher_client):
    body = teacher_client.post("/lessons/new", data={}).get_data(as_text=True)
    assert "Paste the article, choose a file or give a web address" in body
    body = teacher_client.post("/lessons/new", data={"text": "x", "url": "https://a.example"}).get_data(as_text=True)
    assert "only one" in body


def test_private_urls_are_refused_by_default(app):
    assert app.config["ALLOW_PRIVATE_URLS"] is False


@pytest.fixture
def stored(app, sample_lesson):
    with app.app_context():
        t = make_teacher()
        row = store(sample_lesson, t)
        return {"t": t.id, "lesson": row.id, "items": [it.id for it in row.items]}


def test_lesson_round_trips_through_the_database(app, sample_lesson, stored):
    with app.app_context():
        row = db.session.get(Lesson, stored["lesson"])
        assert lesson_svc.lesson_value(row) == sample_lesson


def test_selected_item_highlights_its_support_span(client, stored):
    sign_in(client, stored["t"])
    page = client.get(f"/lessons/{stored['lesson']}?item={stored['items'][0]}").get_data(as_text=True)
    assert '<mark class="support' in page
    assert "there were no human rights abuses taking place in Xinjiang</mark>" in page
    assert 'class="para cited"' in page


def test_article_view_draws_the_claim_ledger(client, stored):
    sign_in(client, stored["t"])
    page = client.get(f"/lessons/{stored['lesson']}").get_data(as_text=True)
    for cls in ("lg-source", "lg-cue", "lg-content", "lg-hedge"):
        assert f'class="{cls}' in page or f" {cls}" in page, cls
    assert "Reading level" in page and "amicable" in page  # level and vocabulary alongside
    assert "Who claims what" in page


def test_the_ledger_is_analysed_outside_any_transaction_and_cached(client, app, stored, monkeypatch):
    from webapp.services import ledger as ledger_svc

    real, seen = ledger_svc.analyse, []

    def analyse_while_another_connection_writes(article):
        seen.append(db.session().in_transaction())
        other_connection_writes(app)
        return real(article)

    monkeypatch.setattr(ledger_svc, "analyse", analyse_while_another_connection_writes)
    sign_in(client, stored["t"])
    for _ in range(2):
        assert client.get(f"/lessons/{stored['lesson']}").status_code == 200
    assert seen == [False]  # analysed once, with no transaction open; the second view used the cache
    with app.app_context():
        assert db.session.get(Lesson, stored["lesson"]).ledger["spans"]["lg-source"]



def test_segments_cover_the_text_exactly_once(sample_lesson):
    from webapp.services.ledger import segments

    art = sample_lesson.article
    marks = {"lg-source": [[art.paragraphs[1].start, art.paragraphs[1].start + 11]],
             "lg-content": [[art.paragraphs[1].start + 5, art.paragraphs[2].start + 20]]}
    paras = segments(art, marks, [(art.paragraphs[2].start + 3, art.paragraphs[2].start + 9)])
    for p, para in zip(art.paragraphs, paras, strict=True):
        assert "".join(t for t, _ in para["runs"]) == p.text
    runs = paras[1]["runs"]
    assert runs[0] == (art.paragraphs[1].text[:5], ["lg-source"])
    assert runs[1] == (art.paragraphs[1].text[5:11], ["lg-content", "lg-source"])
    assert ["lg-content", "support"] in [c for _, c in paras[2]["runs"]]


def test_sample_library_is_visible_read_only_and_copyable(app, client, sample_lesson):
    with app.app_context():
        from webapp.services.lessons import store_lesson

        sample = store_lesson(sample_lesson, None, "lessons/x.md", sample_key="x")
        db.session.commit()
        sid = sample.id
        sign_in(client, make_teacher().id)
    assert "China Invites Pompeo" in client.get("/lessons").get_data(as_text=True)
    assert client.get(f"/lessons/{sid}").status_code == 200
    assert client.get(f"/lessons/{sid}/review").status_code == 404
    assert client.post(f"/lessons/{sid}/delete").status_code == 404
    r = client.post(f"/lessons/{sid}/copy")
    assert r.status_code == 302
    new_id = int(r.headers["Location"].rsplit("/", 1)[1])
    assert new_id != sid and client.get(f"/lessons/{new_id}/review").status_code == 200


def test_delete_lesson_moves_it_to_the_deleted_lessons(client, app, stored):
    sign_in(client, stored["t"])
    assert client.post(f"/lessons/{stored['lesson']}/delete").status_code == 302
    assert client.get(f"/lessons/{stored['lesson']}").status_code == 404
    with app.app_context():
        assert db.session.get(Lesson, stored["lesson"]).deleted_at is not None  # kept, restorable



def test_a_short_lesson_tells_the_teacher_why_it_is_short(teacher_client, app):
    r = teacher_client.post("/lessons/new", data={"text": SHORT_OPINION, "seed": "0"})
    assert r.status_code == 302
    page = teacher_client.get(r.headers["Location"]).get_data(as_text=True)
    assert 'id="lesson-notes"' in page
    assert "fewer than the 10 a lesson aims for" in page
    assert "Add your own questions" in page


def test_a_full_lesson_shows_no_shortage_note(teacher_client, seed_text):
    r = teacher_client.post("/lessons/new", data={"text": seed_text, "seed": "0"})
    page = teacher_client.get(r.headers["Location"]).get_data(as_text=True)
    assert 'id="lesson-notes"' not in page
