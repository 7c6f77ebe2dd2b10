"""A lesson short of its 10 items says why, in terms a teacher can act on (issue #10 point 1: "notes says why")."""
from __future__ import annotations

from factories import SHORT_OPINION as OPINION

from quizgen.generate import build_lesson
from quizgen.generate.lesson import MIN_ITEMS, short_lesson_note
from quizgen.ingest import article_from_text
from quizgen.model import SKILLS


def test_a_short_lesson_notes_why_and_names_the_skills_that_found_nothing():
    lesson = build_lesson(article_from_text(OPINION), seed=3)
    assert len(lesson.items) < MIN_ITEMS
    why = [n for n in lesson.notes if "fewer than the 10 a lesson aims for" in n]
    assert len(why) == 1
    note = why[0]
    assert note.startswith(f"Asked for 15 items; {len(lesson.items)} went into the lesson, fewer than the 10")
    assert len(lesson.notes) == 1  # one note, not the general one beside it
    assert "sure of 0 attributed claims" in note  # no one is quoted or reported
    assert "who said what" in note and "evidence" in note  # the source-evaluation skills that found nothing
    assert "Add your own questions" in note


def test_a_full_lesson_has_no_short_note(seed_article):
    lesson = build_lesson(seed_article, seed=0)
    assert len(lesson.items) >= MIN_ITEMS
    assert not any("fewer than the 10" in n for n in lesson.notes)


class _It:
    def __init__(self, skill):
        self.skill = skill


class _An:
    attributions = (object(), object(), object())


def test_the_note_counts_dropped_and_left_out_questions_and_lists_only_skills_with_no_candidate():
    written = [_It("key_detail"), _It("key_detail"), _It("key_detail"), _It("attribution"), _It("attribution")]
    chosen = [written[0], written[3]]
    dropped = [(written[1], ["distractor 'x' also fits the gap: the article uses it there too"])]
    note = short_lesson_note(chosen, written, dropped, SKILLS, _An(), 15)
    assert note.startswith("Asked for 15 items; 2 went into the lesson, fewer than the 10")
    assert "sure of 3 attributed claims" in note
    assert "dropped 1 of the 5 questions written" in note
    assert "distractor 'x' also fits the gap" in note
    # one key detail and one attribution passed the gate and were left out of the lesson
    assert "2 more passed the gate but were left out" in note
    nothing = note.split("a sure answer for ", 1)[1].split(".")[0]
    assert "key details" not in nothing and "who said what" not in nothing
    assert "the main idea" in nothing and "missing perspectives" in nothing
