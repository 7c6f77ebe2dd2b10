"""Items judged blind on set J6: a speaker's adviser credited as the speaker ("a senior Cruz adviser"), a
suffix ("III") accepted as a surname, relayed words credited to the one who recalls them, a memoir's title
asked as what its author wrote. Constructed sentences of each shape."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import generate_items, sure_claims
from quizgen.generate.attribution import name_the_source, speaks_through
from quizgen.generate.base import Context, without_suffix
from quizgen.model import ITEM_KINDS, Attribution, Item

BODY = ("The council met on Monday evening to discuss the budget for next year. Residents filled the hall and "
        "many waited outside in the rain for hours before the doors opened.")


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def _items(text: str) -> list[Item]:
    article = plain_article(text)
    return generate_items(article, analyse(article), rng=random.Random(7), skills=["attribution", "sourcing",
                                                                                     "certainty"])


def _att(source: str, written: str) -> Attribution:
    return Attribution(source=source, source_text=written, source_span=None, source_kind="person", cue="said",
                       cue_span=None, content="the plan would fail this year", content_spans=(), direct=False,
                       paragraph=1)


def _said(it: Item) -> str:
    return " ".join([it.stem, *it.options, *(str(x) for x in it.answer if isinstance(it.answer, list))]) \
        if isinstance(it.answer, list) else " ".join([it.stem, *it.options])


def test_a_name_before_a_staff_noun_speaks_through_it():
    assert speaks_through(_att("Ted Cruz", "a senior Cruz adviser"))
    assert speaks_through(_att("Anna Berg", "a Berg campaign spokesman"))
    assert speaks_through(_att("Anna Berg", "Berg aides"))
    assert not speaks_through(_att("Anna Berg", "Mayor Anna Berg"))
    assert not speaks_through(_att("Anna Berg", "Berg"))


def test_no_item_names_the_candidate_for_an_advisers_words():
    text = ("Berg eyes the council\n\n" + BODY + "\n\n"
            "Mayor Anna Berg wants to help council members keep their seats this autumn, her allies say.\n\n"
            "\u201cThat can go a long way toward building good relations with the council,\u201d said a senior "
            "Berg adviser. \u201cAt the same time, I would be surprised if she started changing her principles "
            "just to get along.\u201d\n\n"
            "Tom Reyes, the council leader, said the budget would be passed before the summer recess.\n")
    for it in _items(text):
        if any(s.paragraph == 3 for s in it.support):
            assert "Anna Berg" not in it.stem and "Anna Berg" not in " ".join(it.options), (it.stem, it.options)


def test_a_memoir_is_not_asked_as_what_its_author_wrote():
    text = ("Doctor's memoir\n\n" + BODY + "\n\n"
            "Dr. Anna Berg, the town's former doctor, said the mayor had hidden a blood clot from the staff.\n\n"
            "Berg wrote a memoir of her time at the White House entitled The White House Doctor: My Patients "
            "Were Presidents.\n\n"
            "Tom Reyes, the council leader, said the budget would be passed before the summer recess.\n")
    for it in _items(text):
        assert not any(s.paragraph == 3 for s in it.support), (it.stem, it.options)


def test_recalled_words_are_never_credited_to_the_one_who_recalls():
    text = ("Roads plan\n\n" + BODY + "\n\n"
            "Once she was mayor, Ms. Berg made road repair a priority and named Tom Reyes as her roads chief. "
            "\u201cI really want to try to do something here,\u201d Mr. Reyes recalled the mayor telling him.\n\n"
            "Sam Okafor, the council leader, said the budget would be passed before the summer recess.\n")
    for it in _items(text):
        if any("do something here" in s.text for s in it.support):
            assert "Reyes" not in it.stem and "Reyes" not in " ".join(it.options) and \
                "Reyes" not in str(it.answer), (it.stem, it.options, it.answer)


def test_a_generational_suffix_is_never_the_surname():
    assert without_suffix("Brent Bozell III") == "Brent Bozell"
    assert without_suffix("Martin Luther King Jr.") == "Martin Luther King"
    assert without_suffix("Anna Berg") == "Anna Berg"
    text = ("Leaders back Cruz\n\n" + BODY + "\n\n"
            "\u201cYes, I support the new budget for the town,\u201d Brent Bozell III, founder of the Media "
            "Watch Centre, told the paper in an interview.\n\n"
            "Tom Reyes, the council leader, said the budget would be passed before the summer recess.\n")
    ctx = _ctx(text)
    att = next(a for a in ctx.analysis.attributions if a.source.startswith("Brent Bozell"))
    item = name_the_source(ctx, att)
    assert item is not None
    assert "III" not in item.answer and "Bozell" in item.answer and "Brent Bozell" in item.answer, item.answer


def test_a_title_before_the_whole_name_makes_no_given_name_an_answer():
    from quizgen.generate.base import honorific_name_forms
    accept, _ = honorific_name_forms("Dr. Connie Mariano, the former doctor, said so. Mariano wrote.", "Connie Mariano")
    assert "Connie" not in accept and "Dr. Connie" not in accept, accept
    accept, never = honorific_name_forms("Mr. Ban said so. Ban Ki-moon spoke.", "Ban Ki-moon")
    assert "Ban" in accept and "Mr. Ban" in accept and never == ["Ki-moon"], (accept, never)
