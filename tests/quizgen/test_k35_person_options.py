"""Judged blind on K35 (kept aside, stop 35): a who-said item offered "Last Man Standing", the title of the
speaker's TV show, among the people who might have said it."""
from __future__ import annotations

from quizgen.generate.distractors import common_words_only, not_a_person

TEXT = ("Tim Allen, the star of Last Man Standing, spoke about the race. Bill Black and Theresa May "
        "were not there, and Black Lives Matter held a march.")


def test_a_title_of_everyday_words_is_no_person():
    assert not_a_person(TEXT, "Last Man Standing")
    assert not_a_person(TEXT, "Black Lives Matter")


def test_names_with_a_given_name_or_a_rare_surname_stay_people():
    assert not not_a_person(TEXT, "Bill Black")
    assert not not_a_person(TEXT, "Theresa May")
    assert not not_a_person(TEXT, "Tim Allen")
    assert not common_words_only(["Hope", "Hicks"])
    assert not common_words_only(["Young"])  # one word: a surname may be an everyday word


def test_a_name_line_run_into_its_paragraph_is_no_quotable_sentence():
    # judged blind on K35: "Mohammed Saleh Zayada, 62 Zayada was traveling …" quoted as one sentence
    from quizgen.validate import heading_line_run_in
    para = "Ada Merkin, 62\nMerkin was traveling to see her mother, according to the AP."
    assert heading_line_run_in(para, 0, len(para))
    assert not heading_line_run_in(para, para.index("Merkin was"), len(para))
    wrapped = ("This is a long sentence that the sender of the message\nwrapped across two lines, as "
               "email does.\nThe next sentence opens on a new line.")
    assert not heading_line_run_in(wrapped, 0, len(wrapped))


def test_the_makers_of_a_work_played_or_read_are_no_speakers():
    # judged blind on J35: "Pearl Jam" and "Tracy Chapman" (songs on a rally's sound system) offered as who said
    # a campaign aide's words
    from quizgen.generate.distractors import not_a_speaker
    text = ("The sound system, cycling through the usual mix of revolution-centric songs by Pearl Jam and Tracy "
            "Chapman, added Latin hits. \u201cWe are winning,\u201d said Jeff Weaver, the campaign manager.")
    assert not_a_speaker(text, "Pearl Jam")
    assert not_a_speaker(text, "Tracy Chapman")
    assert not not_a_speaker(text, "Jeff Weaver")
    assert not not_a_speaker("Ann Lee, who was passed by a bus, said the road was unsafe.", "Ann Lee")
