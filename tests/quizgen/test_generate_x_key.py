"""Key-detail shapes the blind judges faulted (helper x_key), each on a constructed article: a name
whose surname another person of the article shares is asked only when the sentence tells the two
apart (then the surname alone is accepted); a numbered list's marker and a ratio's base are no
gaps; numbers of a hundred and more are accepted in words; one name out of a list of three or more,
a host named once in passing and the weekday of a later, minor action are trivia, no gaps."""
from __future__ import annotations

import random

from factories import people_entities, plain_article

from quizgen.generate.base import Context
from quizgen.generate.key_detail import (
    accepted_numbers,
    list_marker,
    name_items,
    ratio_base,
)
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span


def _doc(text, people=()):
    article = plain_article(text)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    ents = tuple(sorted(people_entities(article, *people), key=lambda e: e.span.start))
    analysis = Analysis(sentences=sents, entities=ents, attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 200, 10, 1),
                        main_ideas=sents[:1])
    return article, analysis


def _ctx(text, people=()):
    article, analysis = _doc(text, people)
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


def _keyed(items, name):
    return [it for it in items if (it.options[it.answer] if it.kind == "multiple_choice" else
                                   (it.answer[0] if isinstance(it.answer, (list, tuple)) else it.answer)) == name]


# ---------------------------------------------------------------- 1. a surname two people share

_SHARED = ("Harbour council backs a new pier plan\n\n"
           "The harbour council voted on Monday to back a new pier plan for the fishing crews of the town.\n\n"
           "{gap}\n\n"
           "Bo Lee, a council member for the east quay, said he would vote for the pier plan himself.\n\n"
           "Ann Lee has sat on the harbour board for six years and chairs its budget panel.\n\n"
           "The pier plan will cost the harbour town more than the council had hoped last year.\n")


def test_shared_surname_accepted_when_the_pronoun_tells_the_two_apart():
    text = _SHARED.format(gap="The vote was a test for Ann Lee as she prepared her bid for the mayor's office.")
    items = _keyed(name_items(_ctx(text, ("Ann Lee", "Bo Lee")), set()), "Ann Lee")
    assert items and items[0].kind == "short_answer"
    assert "Lee" in items[0].answer  # "Lee" is the natural short answer, and "she" rules out Bo Lee


def test_shared_surname_without_a_telling_word_is_no_gap():
    text = _SHARED.format(gap="The vote was a test for Ann Lee and for the other members of the harbour board.")
    assert not _keyed(name_items(_ctx(text, ("Ann Lee", "Bo Lee")), set()), "Ann Lee")


# ---------------------------------------------------------------- 2./3. list markers, ratio bases, numbers in words

def test_a_numbered_lists_marker_is_no_gap():
    sentence = "3. Rivals of the mayor are rallying behind the harbour board chair."
    assert list_marker(sentence, 0, 1)
    assert not list_marker("3 rivals of the mayor are rallying behind the harbour board chair.", 0, 1)


def test_a_ratios_base_is_no_gap():
    sentence = "About 7 in 10 harbour voters back the pier plan."
    start = sentence.index("10")
    assert ratio_base(sentence, start, start + 2)
    assert not ratio_base(sentence, sentence.index("7"), sentence.index("7") + 1)
    other = "Three out of 20 crews left the harbour."
    assert ratio_base(other, other.index("20"), other.index("20") + 2)


def test_numbers_of_a_hundred_and_more_are_accepted_in_words():
    assert {"one hundred", "a hundred"} <= set(accepted_numbers("100"))
    assert "one hundred" in accepted_numbers("a hundred")
    assert {"two hundred fifty", "two hundred and fifty"} <= set(accepted_numbers("250"))
    assert {"one thousand", "a thousand"} <= set(accepted_numbers("1,000"))
    assert "a million" in accepted_numbers("1 million")
    forms = accepted_numbers("Seventy-two percent")
    assert "72%" in forms and "2" not in forms and "two" not in forms


# ---------------------------------------------------------------- 4. trivia

_LIST = ("Harbour letter names its allies\n\n"
         "The harbour union sent a letter on Monday naming the council members it backs for the pier vote.\n\n"
         "The members named in the letter are Reps. Ann Lee and Bo Kim; Sen. Cy Dunn; and board member Di Roe.\n\n"
         "Ann Lee said the union letter would help the pier plan pass the council this spring.\n\n"
         "Bo Kim said the pier plan was the best chance in years for the fishing crews.\n\n"
         "Cy Dunn and Di Roe did not answer questions about the union letter on Monday.\n")


def test_one_name_out_of_a_list_of_three_or_more_is_no_gap():
    items = name_items(_ctx(_LIST, ("Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe")), set())
    assert not [it for it in items if "named in the letter" in it.stem]


def test_two_names_joined_by_and_are_no_list():
    text = _LIST.replace("Reps. Ann Lee and Bo Kim; Sen. Cy Dunn; and board member Di Roe",
                         "Rep. Ann Lee and the harbour chair Bo Kim of the east quay")
    items = name_items(_ctx(text, ("Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe")), set())
    assert [it for it in items if "named in the letter" in it.stem]


_HOSTED = ("Harbour chair defends her post about the pier\n\n"
           "The harbour chair Ann Lee defended her post about the pier plan on Monday after a week of anger.\n\n"
           "Ann Lee told conservative radio host Bo Kim on Wednesday that her post had been a joke.\n\n"
           "Cy Dunn, the council member for the east quay, said Ann Lee should apologise to the crews.\n\n"
           "Cy Dunn said the pier plan needed calm heads and not jokes about the fishing crews.\n")


def test_a_host_named_once_in_passing_is_no_gap():
    items = name_items(_ctx(_HOSTED, ("Ann Lee", "Bo Kim", "Cy Dunn")), set())
    assert not _keyed(items, "Bo Kim")


_DAYS = ("Harbour council backs a new pier plan\n\n"
         "The harbour council voted on Monday to back a new pier plan for the fishing crews of the town.\n\n"
         "The mayor praised the fishing crews of the east quay for their long campaign for the pier plan.\n\n"
         "The mayor was to leave town late on Thursday and head to the capital for talks with ministers.\n\n"
         "The pier plan will cost the harbour town more than the council had hoped last year.\n")

