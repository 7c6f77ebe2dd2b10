"""Corroboration ("do these two sources agree or contradict?") only when the article makes the
relation explicit: a contradiction needs a denial or rejection of the claim, or a plain negation of
the same statement; an agreement needs "agreed", "echoed" or the like on the same matter. Two
voices on one subject, or a critic of a noun phrase, make no item. All texts are constructed."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import corroboration
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Conflict, Span

AGREE = "They agree with each other"


def _att(text, source_text, cue, content, *, kind="person", name=None, direct=False):
    s = text.index(source_text)
    c = text.index(content, s)
    par = text[:s].count("\n\n")
    return Attribution(source=name or source_text, source_text=source_text,
                       source_span=Span(s, s + len(source_text), source_text), source_kind=kind, cue=cue,
                       cue_span=Span(text.index(cue, min(s, c)), text.index(cue, min(s, c)) + len(cue), cue),
                       content=content, content_spans=(Span(c, c + len(content), content),), direct=direct,
                       paragraph=par)


def _items(text, atts, conflicts=()):
    article = plain_article(text)
    analysis = plain_analysis(article, attributions=tuple(atts), conflicts=tuple(conflicts))
    return corroboration.generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


PLATFORM = ("Party platform criticised\n\n"
            "Activist Kay Dunn said the new platform tells members of her group they are no longer welcome.\n\n"
            "Priest Tom Reyes criticized the party's draft platform language on Monday.\n\n"
            "Reyes said the draft platform tells loyal members that they are no longer welcome in the party.\n")


def test_a_critic_of_a_noun_phrase_or_an_agreeing_voice_is_no_contradiction():
    atts = [_att(PLATFORM, "Activist Kay Dunn", "said",
                 "the new platform tells members of her group they are no longer welcome", name="Kay Dunn"),
            _att(PLATFORM, "Priest Tom Reyes", "criticized", "the party's draft platform language", name="Tom Reyes"),
            _att(PLATFORM, "Reyes said", "said",
                 "the draft platform tells loyal members that they are no longer welcome in the party",
                 name="Tom Reyes")]
    items = _items(PLATFORM, atts, [Conflict(0, 1, "Tom Reyes criticized what Kay Dunn says"),
                                    Conflict(0, 2, "opposite")])
    assert not [it for it in items if it.kind in ("multiple_choice", "matching")
                and corroboration.CONTRADICT in (it.options[it.answer] if it.kind == "multiple_choice" else "",)]
    assert not [it for it in items if it.kind == "true_false" and it.answer == 1]
    assert not any("draft platform language" in it.stem for it in items)


DENIAL = ("Mill plan divides town\n\n"
          "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
          "Union leader Bo Kim denied that the new mill will bring two hundred jobs to the valley.\n")


def test_an_explicit_denial_is_a_contradiction():
    atts = [_att(DENIAL, "Mayor Ann Lee", "said", "the new mill will bring two hundred jobs to the valley",
                 name="Ann Lee"),
            _att(DENIAL, "Union leader Bo Kim", "denied", "the new mill will bring two hundred jobs to the valley",
                 name="Bo Kim")]
    items = _items(DENIAL, atts, [Conflict(0, 1, "Bo Kim denied what Ann Lee says")])
    mc = [it for it in items if it.kind == "multiple_choice"]
    assert mc and all(it.options[it.answer] == corroboration.CONTRADICT for it in mc)


NEGATION = ("Bridge row\n\n"
            "Mayor Ann Lee said the new river bridge is safe for heavy trucks.\n\n"
            "Engineer Bo Kim said the new river bridge is not safe for heavy trucks.\n")


def test_a_plain_negation_of_the_same_statement_is_a_contradiction():
    atts = [_att(NEGATION, "Mayor Ann Lee", "said", "the new river bridge is safe for heavy trucks", name="Ann Lee"),
            _att(NEGATION, "Engineer Bo Kim", "said", "the new river bridge is not safe for heavy trucks",
                 name="Bo Kim")]
    mc = [it for it in _items(NEGATION, atts, [Conflict(0, 1, "opposite")]) if it.kind == "multiple_choice"]
    assert mc and mc[0].options[mc[0].answer] == corroboration.CONTRADICT
    # the same two voices on the bridge, saying different things that do not negate each other: no item
    other = NEGATION.replace("is not safe for heavy trucks", "will need new paint before the winter")
    atts = [_att(other, "Mayor Ann Lee", "said", "the new river bridge is safe for heavy trucks", name="Ann Lee"),
            _att(other, "Engineer Bo Kim", "said", "the new river bridge will need new paint before the winter",
                 name="Bo Kim")]
    assert _items(other, atts, [Conflict(0, 1, "opposite")]) == []


AGREED = ("Mill plan backed\n\n"
          "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
          "Union leader Bo Kim agreed that the new mill will bring two hundred jobs to the valley.\n")


def test_an_explicit_agreement_is_keyed_agree():
    atts = [_att(AGREED, "Mayor Ann Lee", "said", "the new mill will bring two hundred jobs to the valley",
                 name="Ann Lee"),
            _att(AGREED, "Union leader Bo Kim", "agreed", "the new mill will bring two hundred jobs to the valley",
                 name="Bo Kim")]
    items = _items(AGREED, atts)
    mc = [it for it in items if it.kind == "multiple_choice"]
    assert mc and all(it.options[it.answer] == AGREE for it in mc)
    assert all(corroboration.CONTRADICT not in it.explanation for it in items)
    assert all("disagree" not in it.stem and "conflict" not in it.explanation for it in items)
