"""Judge 3 failure shapes, each on a constructed sentence: who-said items with two right options,
gap fills whose options don't fit the blank, certainty and evidence keys a close reader disputes."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate.attribution import who_said
from quizgen.generate.base import Context
from quizgen.generate.distractors import source_distractors
from quizgen.model import ITEM_KINDS, Analysis, Attribution, Readability, Sentence, Span


def _span(article, phrase, after=0):
    i = article.text.index(phrase, after)
    return Span(i, i + len(phrase), phrase)


def _att(article, source, kind, source_text, cue, content, after=0):
    s = _span(article, source_text, after)
    par = next(p.number for p in article.paragraphs if p.start <= s.start < p.end)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, s.start), content=content,
                       content_spans=(_span(article, content, s.start),),
                       direct=False, paragraph=par)


def _ctx(article, atts=(), **fields):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.?!]+[.?!]", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    base = dict(sentences=tuple(sents), entities=(), attributions=tuple(atts), evidence=(),
                hedges=(), judgments=(), conflicts=(), quantities=(), vocabulary=(),
                readability=Readability(8.0, 60.0, 90, 10, 1), main_ideas=tuple(sents[:1]))
    base.update(fields)
    return Context(article, Analysis(**base), random.Random(0), frozenset(ITEM_KINDS))


SENATE = ("Senate fight over budget\n\n"
          "Lindsey Graham, the South Carolina senator, said the budget will pass next week.\n\n"
          "The South Carolina senator told reporters the vote will be close.\n\n"
          "The GOP said the plan protects taxpayers from new debts.\n\n"
          "Democrats said the plan cuts too much from schools.\n\n"
          "Mary Jones said the schools will lose many teachers.\n\n"
          "Tom Brown said the bill is unfair to small farmers.\n\n"
          "Ann White said the farmers will protest in June.\n")


def test_who_said_never_offers_a_description_of_the_keyed_person_or_a_party():
    art = plain_article(SENATE)
    atts = [
        _att(art, "Lindsey Graham", "person", "Lindsey Graham", "said", "the budget will pass next week"),
        # the ledger left the description unresolved: it is Graham again
        _att(art, "South Carolina senator", "person", "The South Carolina senator", "told reporters",
             "the vote will be close"),
        _att(art, "GOP", "organisation", "The GOP", "said", "the plan protects taxpayers from new debts"),
        _att(art, "Democrats", "organisation", "Democrats", "said", "the plan cuts too much from schools"),
        _att(art, "Mary Jones", "person", "Mary Jones", "said", "the schools will lose many teachers"),
        _att(art, "Tom Brown", "person", "Tom Brown", "said", "the bill is unfair to small farmers"),
        _att(art, "Ann White", "person", "Ann White", "said", "the farmers will protest in June"),
    ]
    it = who_said(_ctx(art, atts), atts[0])
    assert it is not None
    assert it.options[it.answer] == "Lindsey Graham"
    assert sorted(o for o in it.options if o != "Lindsey Graham") == ["Ann White", "Mary Jones", "Tom Brown"]


def test_who_said_skips_when_only_descriptions_and_parties_are_left():
    art = plain_article(SENATE)
    atts = [
        _att(art, "Lindsey Graham", "person", "Lindsey Graham", "said", "the budget will pass next week"),
        _att(art, "South Carolina senator", "person", "The South Carolina senator", "told reporters",
             "the vote will be close"),
        _att(art, "GOP", "organisation", "The GOP", "said", "the plan protects taxpayers from new debts"),
        _att(art, "Democrats", "organisation", "Democrats", "said", "the plan cuts too much from schools"),
        _att(art, "Mary Jones", "person", "Mary Jones", "said", "the schools will lose many teachers"),
    ]
    assert who_said(_ctx(art, atts), atts[0]) is None


def test_an_apposition_of_the_keyed_name_is_no_distractor_even_when_capitalised():
    text = ("Council row\n\n"
            "Ed Park, the Harbour Keeper, said the pier will close in May.\n\n"
            "Harbour Keeper said the pier is unsafe for walkers.\n\n"
            "Mary Jones said the schools will lose many teachers.\n\n"
            "Tom Brown said the bill is unfair to small farmers.\n\n"
            "Port Trust said the boats will leave in June.\n")
    art = plain_article(text)
    atts = [
        _att(art, "Ed Park", "person", "Ed Park", "said", "the pier will close in May"),
        _att(art, "Harbour Keeper", "organisation", "Harbour Keeper", "said",
             "the pier is unsafe for walkers", after=text.index("May.")),
        _att(art, "Mary Jones", "person", "Mary Jones", "said", "the schools will lose many teachers"),
        _att(art, "Tom Brown", "person", "Tom Brown", "said", "the bill is unfair to small farmers"),
        _att(art, "Port Trust", "organisation", "Port Trust", "said", "the boats will leave in June"),
    ]
    ctx = _ctx(art, atts)
    assert sorted(source_distractors(ctx, atts[0], 5)) == ["Mary Jones", "Port Trust", "Tom Brown"]
    # two names are left once the apposition is out: no third distractor, no item
    assert who_said(_ctx(art, atts[:-1]), atts[0]) is None
