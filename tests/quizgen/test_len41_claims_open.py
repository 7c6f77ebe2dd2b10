"""Issue 10 point 1 (len41): a story whose few speakers give no "who said …?" item (too few other people to
offer as wrong answers) still has people and their claims to ask about: "Name two people whose words the article
reports …" (written, with a model answer listing claims of different named people whose who-said stem passes
every test). A lesson takes it only when still short of its 10 items, after every other item, as its first or
second written answer. And a claim whose words follow a condition outside them ('said that if "the ruling
requires …, we will appeal"') is shown in no who-said stem (nor this model answer): without its "if" it says what
was never said. Constructed articles and items."""
from __future__ import annotations

import random

import pytest

import quizgen
from quizgen.generate import own_words, sure_claims
from quizgen.generate.base import Context
from quizgen.generate.lesson import select
from quizgen.model import Item, Support

FERRY = ("Port Alder council rejects plan for new ferry terminal\n\n"
         "The council of Port Alder voted on Tuesday to reject a plan for a new ferry terminal on the north shore "
         "of the bay.\n\n"
         "The terminal would have cost the town about four million dollars over the next ten years.\n\n"
         "\"The bay cannot take any more heavy boats without losing the oyster beds that feed half the town,\" "
         "council member Ruth Okafor said.\n\n"
         "Supporters of the plan had gathered outside the town hall with signs, drums and a small brass band before "
         "the meeting.\n\n"
         "\"Builders will simply take the money and the jobs to the next town along the coast,\" developer Lena "
         "Morales said.\n\n"
         "Harbor master Dan Pruitt said that if \"the state orders a new vote on the terminal, the harbor board will "
         "go to court.\"\n")


def _ctx(text: str, nlp) -> Context:
    art = quizgen.load_article(text)
    an = sure_claims(quizgen.analyse(art, nlp=nlp))
    return Context(art, an, random.Random(1), frozenset({"multiple_choice", "open_response", "short_answer"}))


@pytest.fixture(scope="module")
def ferry(nlp) -> Context:
    return _ctx(FERRY, nlp)


def test_two_people_with_claims_give_the_written_item(ferry) -> None:
    it = own_words.claims_open(ferry)
    assert it is not None and own_words.is_claims_open(it)
    model = it.answer[0]
    assert "Ruth Okafor (¶3) said, \"The bay cannot take any more heavy boats" in model, model
    assert "Lena Morales (¶5) said, \"Builders will simply take the money" in model, model
    assert it.kind == "open_response" and it.rubric and len(it.support) >= 2


def test_a_claim_after_an_outside_if_is_no_example(ferry) -> None:
    from quizgen.generate.attribution import condition_cut, name_the_source, who_said_stem

    model = own_words.claims_open(ferry).answer[0]
    assert "Pruitt" not in model and "harbor board will go to court" not in model
    pruitt = [a for a in ferry.analysis.attributions if "Pruitt" in a.source]
    assert pruitt and all(condition_cut(ferry, a) for a in pruitt)
    assert all(who_said_stem(ferry, a) is None and name_the_source(ferry, a) is None for a in pruitt)


def test_one_claim_of_one_speaker_gives_no_written_item(nlp) -> None:
    one = FERRY.replace("developer Lena Morales said", "Okafor added").replace(
        "\"Builders will simply take the money and the jobs to the next town along the coast,\" Okafor added.",
        "Builders from the next town along the coast had hoped to win the contract for the terminal.")
    assert own_words.claims_open(_ctx(one, nlp)) is None


_TEXT = "x" * 4000


def _mc(i: int, skill: str) -> Item:
    sup = Support(i + 1, i * 100, i * 100 + 60, _TEXT[i * 100:i * 100 + 60])
    return Item(id=f"i{i}", skill=skill, kind="multiple_choice", stem=f"Question number {i} about paragraph {i}?",
                options=(f"alpha {i}", f"beta {i}", f"gamma {i}", f"delta {i}"), answer=0, explanation="",
                support=(sup,))


def _open() -> Item:
    return Item(id="open", skill="attribution", kind="open_response", stem=own_words.OPEN_STEM, options=(),
                answer=["Any two people …"], explanation="", support=(Support(1, 0, 60, _TEXT[:60]),), points=3)


_SKILLS = ("key_detail", "attribution", "certainty", "sourcing", "main_idea", "evidence")


def test_a_short_lesson_takes_the_written_item_last() -> None:
    kept = [_mc(i, _SKILLS[i % len(_SKILLS)]) for i in range(6)] + [_open()]
    chosen = select(kept, 15)
    assert len(chosen) == 7 and any(it.id == "open" for it in chosen)


def test_a_full_lesson_leaves_the_written_item_out() -> None:
    kept = [_mc(i, _SKILLS[i % len(_SKILLS)]) for i in range(14)] + [_open()]
    chosen = select(kept, 15)
    assert len(chosen) >= 10 and not any(it.id == "open" for it in chosen)


def test_never_a_third_written_answer() -> None:
    others = [Item(id=f"o{k}", skill="perspective", kind="open_response", stem=f"Whose voice is missing {k}?",
                   options=(), answer=["…"], explanation="", support=(Support(20 + k, 3000 + k * 100, 3050 + k * 100,
                                                                               _TEXT[3000:3050]),), points=3)
              for k in range(2)]
    kept = [_mc(i, _SKILLS[i % len(_SKILLS)]) for i in range(4)] + others + [_open()]
    chosen = select(kept, 15)
    assert sum(it.kind == "open_response" for it in chosen) <= 2


def test_two_claims_of_one_speaker_give_the_written_item(nlp) -> None:
    one = FERRY.replace("developer Lena Morales said", "Okafor added")
    it = own_words.claims_open(_ctx(one, nlp))
    assert it is not None and own_words.is_claims_open(it)
    assert it.stem.startswith("The article reports several claims made by Ruth Okafor.")
    model = it.answer[0]
    assert "(¶3) said, \"The bay cannot take" in model and "(¶5)" in model, model


def test_the_written_item_naming_a_speaker_never_beside_an_item_keyed_to_them() -> None:
    one = Item(id="open1", skill="attribution", kind="open_response",
               stem="The article reports several claims made by Ruth Okafor. Write two of them, in your own words or "
                    "quoted, and give the paragraph (¶) where each appears.",
               options=(), answer=["…"], explanation="", support=(Support(1, 0, 60, _TEXT[:60]),), points=3)
    assert own_words.is_claims_open(one)
    who = Item(id="who", skill="attribution", kind="short_answer",
               stem="According to ¶7, who said the harbor was full? Give the person's name.", options=(),
               answer=["Ruth Okafor", "Okafor"], explanation="",
               support=(Support(7, 700, 760, _TEXT[700:760]),))
    kept = [_mc(i, _SKILLS[i % len(_SKILLS)]) for i in range(4)] + [who, one]
    chosen = select(kept, 15)
    assert any(it.id == "who" for it in chosen) and not any(it.id == "open1" for it in chosen)
    kept = [_mc(i, _SKILLS[i % len(_SKILLS)]) for i in range(4)] + [one]
    assert any(it.id == "open1" for it in select(kept, 15))
