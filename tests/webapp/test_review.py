"""Review: edit, delete, reorder, regenerate and hand-write items; the quality check on edits."""
from __future__ import annotations

import html

import pytest
from wa_helpers import make_teacher, sign_in, store

from quizgen.serialize import item_from_dict
from webapp.db import db
from webapp.models import Lesson
from webapp.services import items as item_svc


@pytest.fixture
def stored(app, client, sample_lesson):
    with app.app_context():
        t = make_teacher()
        row = store(sample_lesson, t)
        ids = {"t": t.id, "lesson": row.id, "items": [it.id for it in row.items]}
    sign_in(client, ids["t"])
    return ids


def items_of(app, lesson_id):
    with app.app_context():
        return [item_from_dict(it.data) for it in db.session.get(Lesson, lesson_id).items]


FIELDS = {"kind": "multiple_choice", "skill": "attribution",
          "stem": "Who said China does not seek to replace the U.S.?",
          "options": "Hua Chunying\nMike Pompeo\nReuters\nCritics", "prompts": "", "key": "A",
          "explanation": "¶3: \"Hua said China does not seek to challenge or replace the U.S.\"", "rubric": "",
          "points": "1"}


def test_review_page_shows_every_item_with_its_key(client, stored, sample_lesson):
    page = html.unescape(client.get(f"/lessons/{stored['lesson']}/review").get_data(as_text=True))
    for it in sample_lesson.items:
        assert it.stem in page
    assert "✓ key" in page and "amicable" in page


def test_edit_an_item_keeps_its_id_and_support(client, app, stored, sample_lesson):
    url = f"/lessons/{stored['lesson']}/items/{stored['items'][0]}/edit"
    form = client.get(url).get_data(as_text=True)
    assert "Hua Chunying" in form
    r = client.post(url, data={**FIELDS, "stem": "Who denied abuses in Xinjiang?", "key": "a",
                               "skill": "sourcing", "explanation": "¶2 says so."})
    assert r.status_code == 200 and "Question saved" in r.get_data(as_text=True)
    edited = items_of(app, stored["lesson"])[0]
    original = sample_lesson.items[0]
    assert edited.stem == "Who denied abuses in Xinjiang?" and edited.skill == "sourcing"
    assert edited.answer == 0 and edited.explanation == "¶2 says so."
    assert edited.id == original.id and edited.support == original.support


def test_a_bad_key_is_a_form_error_and_nothing_changes(client, app, stored, sample_lesson):
    url = f"/lessons/{stored['lesson']}/items/{stored['items'][0]}/edit"
    r = client.post(url, data={**FIELDS, "key": "F"})
    assert "not one of the option letters" in r.get_data(as_text=True)
    assert items_of(app, stored["lesson"])[0] == sample_lesson.items[0]


@pytest.mark.parametrize("kind,key,options,prompts,expected", [
    ("multiple_select", "C, a", "x\ny\nz", "", [0, 2]),
    ("true_false", "false", "", "", 1),
    ("matching", "1-B, 2-A", "p\nq", "one\ntwo", [[0, 1], [1, 0]]),
    ("short_answer", "amicable\n friendly ", "", "", ["amicable", "friendly"]),
])
def test_keys_of_every_kind_are_read(kind, key, options, prompts, expected):
    item = item_svc.item_from_fields({**FIELDS, "kind": kind, "key": key, "options": options, "prompts": prompts})
    assert item.answer == expected
    assert item_svc.parse_key(kind, item_svc.key_to_text(item), list(item.options), list(item.prompts)) == expected


def test_matching_key_must_cover_every_prompt():
    with pytest.raises(item_svc.ItemFormError, match="every prompt"):
        item_svc.item_from_fields({**FIELDS, "kind": "matching", "key": "1-A", "options": "p\nq", "prompts": "a\nb"})


def test_lint_runs_on_an_edited_item_and_its_warnings_show(client, app, stored, sample_lesson):
    from quizgen import lint_item

    url = f"/lessons/{stored['lesson']}/items/{stored['items'][0]}/edit"
    fields = {**FIELDS, "stem": "Did Hua Chunying, Hua Chunying, say it?", "options": "Hua Chunying\nHua Chunying",
              "explanation": ""}
    body = html.unescape(client.post(url, data=fields).get_data(as_text=True))
    warnings = lint_item(items_of(app, stored["lesson"])[0], sample_lesson.article)
    assert warnings, "this edit should trip the quality check"
    assert "Quality check" in body
    for w in warnings:
        assert w in body


def test_delete_and_reorder(client, app, stored, sample_lesson):
    lid, ids = stored["lesson"], stored["items"]
    client.post(f"/lessons/{lid}/items/{ids[1]}/move/up")
    order = [it.id for it in items_of(app, lid)]
    assert order[:2] == [sample_lesson.items[1].id, sample_lesson.items[0].id]
    client.post(f"/lessons/{lid}/items/{ids[1]}/move/down")
    client.post(f"/lessons/{lid}/items/{ids[2]}/delete")
    left = [it.id for it in items_of(app, lid)]
    assert left == [it.id for n, it in enumerate(sample_lesson.items) if n != 2]


def test_write_an_item_by_hand(client, app, stored):
    r = client.post(f"/lessons/{stored['lesson']}/items/new", data=FIELDS)
    assert r.status_code == 302
    added = items_of(app, stored["lesson"])[-1]
    assert added.stem == FIELDS["stem"] and added.options[0] == "Hua Chunying" and added.answer == 0


def test_regenerate_with_another_seed_replaces_the_items(client, app, stored, sample_lesson):
    r = client.post(f"/lessons/{stored['lesson']}/regenerate", data={"seed": "3"})
    assert r.status_code == 302
    new = items_of(app, stored["lesson"])
    assert new and [i.id for i in new] != [i.id for i in sample_lesson.items]
    with app.app_context():
        assert db.session.get(Lesson, stored["lesson"]).seed == 3


def test_regenerate_without_a_seed_draws_one_and_stores_it(client, app, stored):
    seeds = []
    for _ in range(2):
        assert client.post(f"/lessons/{stored['lesson']}/regenerate", data={}).status_code == 302
        with app.app_context():
            seeds.append(db.session.get(Lesson, stored["lesson"]).seed)
    assert seeds[0] != seeds[1]
    flashed = client.get(f"/lessons/{stored['lesson']}/review").get_data(as_text=True)
    assert f"seed {seeds[1]}" in flashed


def test_another_teacher_cannot_edit(client, app, stored):
    with app.app_context():
        sign_in(client, make_teacher("b@school.test", "Bob").id)
    url = f"/lessons/{stored['lesson']}/items/{stored['items'][0]}/edit"
    assert client.get(url).status_code == 404
    assert client.post(url, data=FIELDS).status_code == 404
