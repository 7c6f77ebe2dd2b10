"""Shapes judged blind on J9a (constructed texts of the same shape)."""
from __future__ import annotations

from quizgen.generate.distractors import full_person_name

PAGEANT = ("The candidate attacked former Miss Universe Alicia Morado in a string of late-night posts. Morado said "
           "the posts were cruel. Miss Jane Doe, a teacher in the town, said so too, and Jane Doe asked for "
           "an apology.")


def test_a_pageant_title_s_tail_is_no_person_to_offer():
    # "Universe Alicia Morado" is what a tagger makes of "Miss Universe Alicia Morado": no one's name
    assert not full_person_name(PAGEANT, "Universe Alicia Morado")


def test_a_name_after_miss_as_a_form_of_address_is_still_a_name():
    assert full_person_name(PAGEANT, "Jane Doe")
    assert full_person_name("The talk by Miss Hope Smith ran long, and Hope Smith said so.", "Hope Smith")


# --- key details: a count the sentence's own list or the headline gives (judged blind, J9a)
from quizgen.generate.key_detail import gives_away, headline_count  # noqa: E402

LIST_THEN_DASH = ("Other party figures, like Ann Armit, Hal Paulsen and Bea Scow ― three former cabinet members ― "
                  "have also said they back the bill.")


def test_a_count_after_a_dash_that_closes_a_list_of_names_gives_itself_away():
    at = LIST_THEN_DASH.index("three")
    assert gives_away(LIST_THEN_DASH, at, at + len("three"))
    plain = LIST_THEN_DASH.replace("―", "—")
    assert gives_away(plain, at, at + len("three"))


def test_a_count_after_a_dash_with_no_list_before_it_is_still_asked():
    s = "The council met on Monday ― eleven members voted for the plan and the rest abstained."
    at = s.index("eleven")
    assert not gives_away(s, at, at + len("eleven"))


def test_a_small_count_the_headline_writes_is_never_a_gap():
    assert headline_count("'Three Amigos' meet as leaders take on tariffs", "three")
    assert headline_count("3 hurt as storm hits coast", "three")
    assert headline_count("Three hurt as storm hits coast", "3")


def test_other_numbers_in_the_headline_do_not_count():
    assert not headline_count("30 hurt as storm hits coast", "3")
    assert not headline_count("Prices up 3.5 percent", "3")
    assert not headline_count("Two senators object", "three")
    assert not headline_count("Three senators object", "$3")  # an amount, not a count


# --- a title reaches no name across a sentence's end; garbled text in every form
from quizgen.generate.base import mojibake  # noqa: E402
from quizgen.generate.distractors import surname_of_two  # noqa: E402

TITLES = ("The senator spoke after Mr. Trent.\n\nMrs. Warden said the plan would fail. Mr. John Q. Dorn agreed, "
          "and so did Ms. Ann Lee.")


def test_a_man_s_title_ending_one_sentence_is_not_the_next_name_s():
    # "Mr. Trent.\n\nMrs. Warden": Warden is a woman only; before, both titles were read as hers
    assert not surname_of_two(TITLES, "Ellen Warden")
    assert surname_of_two("Mr. Abed spoke, and then Mrs. Abed spoke.", "Sara Abed")


def test_given_names_and_initials_may_stand_between_title_and_surname():
    text = "Mr. John Q. Dorn spoke first. Later Ms. Ann Dorn, his sister, spoke."
    assert surname_of_two(text, "John Dorn")


def test_mojibake_in_each_of_its_forms():
    assert mojibake("Enrique PeÃ±a Nieto")
    assert mojibake("Stefan KA\u0303\x83ln")  # "Ã" written as "A" and a combining tilde, then a C1 byte
    assert mojibake("â€œquoted")
    assert not mojibake("Enrique Peña Nieto and a naïve café")


# --- the quality gate drops any item printing garbled text, whichever generator wrote it (J9a: a sourcing
# stem quoted "Enrique PeÃ±a Nieto" after main-idea options had been cleaned of it)
GARBLED = """Leaders Meet in Ottawa

Mexican President Enrique PeÃ±a Nieto compared the mood of the campaign with the 1930s, aides said on Wednesday.

Canadian Prime Minister Justin Trudeau said the three countries would keep working together on trade, and he
added that the summit had gone well.

PeÃ±a Nieto said Mexico would not pay for any wall, and he urged voters to reject isolation and fear.

Trudeau said the leaders had agreed to cut emissions by 2025, and he said officials would meet again in March.

The White House said President Barack Obama would travel to Mexico next year, officials said.

About 400 reporters covered the summit, which lasted two days and cost $12 million, the organisers said.

PeÃ±a Nieto later told reporters that the talks with Trudeau and Obama had been friendly and useful, and that
Mexico would host the next meeting of the three leaders in the spring.
"""


def test_no_item_of_a_lesson_prints_garbled_text():
    from quizgen.generate import build_lesson_report
    from quizgen.ingest import article_from_text

    report = build_lesson_report(article_from_text(GARBLED), seed=3)
    for it in report.lesson.items:
        for text in (it.stem, *it.options, *(a for a in (it.answer if isinstance(it.answer, (list, tuple)) else [])
                                             if isinstance(a, str))):
            assert not mojibake(text), (it.skill, it.stem)


def test_the_gate_says_why_it_drops_garbled_text(seed_article):
    from dataclasses import replace

    from quizgen.generate import build_lesson
    from quizgen.validate import lint_item

    lesson = build_lesson(seed_article, seed=0)
    it = next(i for i in lesson.items if i.kind == "multiple_choice")
    bad = replace(it, options=tuple(o if n else "Enrique PeÃ±a Nieto" for n, o in enumerate(it.options)))
    assert any("garbled" in w for w in lint_item(bad, seed_article))
    assert not any("garbled" in w for w in lint_item(it, seed_article))


# --- a stem shortened with "…" is never cut inside a name (J9a: "… set for states in its Clean…?")
from quizgen.generate.base import truncate  # noqa: E402

LONG_CLAIM = ("hoped the county's farms would be able to count their new soil credits toward the water goals that "
              "the state board has set for every county in its Clean River Plan for the coming decade")


def test_a_cut_inside_a_short_name_takes_the_rest_of_the_name():
    out = truncate(LONG_CLAIM, 29)  # the 29th word is "Clean"
    assert out.endswith("Clean River Plan…"), out


def test_a_cut_inside_a_long_name_ends_before_it_with_no_dangling_word():
    text = "said that " + " ".join(["more"] * 20) + " of Alpha Beta Gamma Delta Epsilon Zeta and some more"
    out = truncate(text, 24)
    assert out.endswith("more…"), out
    assert "Alpha" not in out


# --- a court case's name is no missing voice (J9: "Trump v. Trump … did not respond" as a model answer)
def test_a_case_name_is_never_suggested_as_a_missing_voice():
    from factories import plain_article, sentence_context

    from quizgen.generate.perspective import _suggestible

    text = ("Rule dispute\n\nThe clause surfaced in a 1992 court case, Venn v. Venn, over the couple's agreement.\n\n"
            "The Venn Group did not respond to requests for comment about the clause.")
    ctx = sentence_context(plain_article(text), [])
    assert not _suggestible(ctx, "Venn v. Venn")
    assert not _suggestible(ctx, "Roe vs. Wade")
    assert _suggestible(ctx, "the Venn Group")


# --- vocabulary (J9: "lawmaking" glossed "the act of making or enacting laws", among "a regular walk taken as a
# form of exercise", the noun "constitutional" though the article wrote "constitutional process")
def test_a_compound_whose_gloss_holds_its_first_word_gives_itself_away():
    from quizgen.generate.vocabulary import _gives_away

    assert _gives_away("lawmaking", "lawmaking", "the act of making or enacting laws")
    assert not _gives_away("demeanor", "demeanor", "the way a person behaves toward other people")
    assert not _gives_away("theory", "theory", "the set of ideas behind a plan")  # "the" is no first word


def test_a_word_the_article_writes_before_a_noun_lends_no_noun_sense():
    from quizgen import wordnet
    from quizgen.generate.vocabulary import _attributive

    wn = wordnet.load()
    assert wn is not None
    text = "He says the mayor is flouting the proper constitutional process for the budget."
    assert _attributive(text, "constitutional", wn)
    assert not _attributive("The walk was his daily constitutional.", "constitutional", wn)
