"""Vocabulary: an adjective of one sense is asked about (issue #10, point 6), its key sure and its wrong meanings
glosses of other adjectives of the article.

Constructed articles only (the system's WordNet 3.0). Before this route no adjective was asked ("vestigial",
"forlorn" were wrong keys in review): only an adjective of one sense and of no other part of speech, the first word
of its synset, glossed by its gloss's first part, is asked now.
"""
from __future__ import annotations

import pytest
from factories import vocab_context

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.validate import lint_item


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


def _ctx(text: str, word: str, pos: str = "ADJ") -> Context:
    return vocab_context(text, word, pos)


TEXT = ("Town weighs the plan\n\n"
        "Many voters in the town were ambivalent about the new tax plan at the long meeting on Monday.\n\n"
        "The glamorous hall hosted an arcane debate, and one eloquent speaker left early.\n")


# the asked adjective and those lending wrong meanings all plainly describe people (a noun of WordNet's
# noun.person file): each lent gloss may be said of voters as well
ATTRIBUTIVE = ("Town weighs the plan\n\n"
               "The ambivalent voters in the town argued about the new tax plan at the long meeting on Monday.\n\n"
               "The glamorous host opened the hall, an arcane scholar followed, and the eloquent speaker, a teacher, "
               "left early.\n")


def _gloss(wn, word: str) -> str:
    return vocabulary.definition(wn.senses(word, "ADJ")[0])


def test_an_adjective_of_one_sense_is_asked_among_other_adjectives_meanings(wn) -> None:
    ctx = _ctx(ATTRIBUTIVE, "ambivalent")
    items = vocabulary.generate(ctx)
    assert len(items) == 1
    item = items[0]
    assert item.stem.endswith('In this sentence, what does "ambivalent" most nearly mean?')
    assert item.options[item.answer] == "uncertain or unable to decide about what course to follow"
    wrong = set(item.options) - {item.options[item.answer]}
    assert wrong == {_gloss(wn, w) for w in ("glamorous", "arcane", "eloquent")}
    assert lint_item(item, ctx.article) == []


def test_an_adjective_of_several_senses_or_a_gloss_written_for_another_word_is_not_asked(wn) -> None:
    for word, text in (("stark", TEXT.replace("ambivalent about", "stark about")),
                       ("inauthentic", TEXT.replace("were ambivalent about the new tax plan",
                                                    "ate inauthentic food before they discussed the new tax plan"))):
        ctx = _ctx(text, word)
        assert vocabulary.adjective_key(ctx, wn, ctx.analysis.vocabulary[0]) is None, word
        assert vocabulary.generate(ctx) == [], word


def test_a_judging_gloss_is_no_wrong_meaning_beside_a_judging_key(wn) -> None:
    text = TEXT.replace("were ambivalent about the new tax plan", "called the new tax plan intolerable").replace(
        "one eloquent speaker", "one outrageous speaker")
    ctx = _ctx(text, "intolerable")
    v = ctx.analysis.vocabulary[0]
    sense, key = vocabulary.adjective_key(ctx, wn, v)
    assert key == "incapable of being put up with"
    lent = vocabulary._adjective_lenders(ctx, wn, v, sense, key, set())
    assert _gloss(wn, "outrageous") not in lent


def test_a_state_of_mind_said_of_a_thing_or_a_gloss_of_living_things_is_no_key(wn) -> None:
    for word, text in (("forlorn", TEXT.replace("were ambivalent about the new tax plan",
                                                "live in forlorn areas far from the new tax office")),
                       ("vestigial", TEXT.replace("were ambivalent about the new tax plan",
                                                  "kept a vestigial job under the new tax plan"))):
        ctx = _ctx(text, word)
        assert vocabulary.adjective_key(ctx, wn, ctx.analysis.vocabulary[0]) is None, word


def test_a_gloss_whose_later_part_narrows_the_first_is_no_key(wn) -> None:
    ctx = _ctx(TEXT.replace("were ambivalent about the new tax plan", "found no conclusive answer on the new tax plan"),
               "conclusive")
    assert vocabulary.adjective_key(ctx, wn, ctx.analysis.vocabulary[0]) is None


def test_an_article_lending_two_meanings_gives_no_item(wn) -> None:
    """No filler from a list of everyday adjectives ("belonging to or active during the night" was offered for
    "cynical media relativism", judged blind as absurd): three wrong meanings from the article, or no item."""
    text = ATTRIBUTIVE.replace(", and the eloquent speaker, a teacher, left early", "")
    assert vocabulary.generate(_ctx(text, "ambivalent")) == []


def test_a_lender_describing_another_kind_of_thing_lends_nothing(wn) -> None:
    """"an arcane debate" (a noun of communication) lends no meaning beside "the ambivalent voters" (people):
    judged blind, such glosses were absurd in the sentence ("having thin consistency" for "a bipartisan success
    story"). Two lenders left: no item."""
    text = ATTRIBUTIVE.replace("an arcane scholar followed", "an arcane debate followed")
    ctx = _ctx(text, "ambivalent")
    v = ctx.analysis.vocabulary[0]
    sense, key = vocabulary.adjective_key(ctx, wn, v)
    kind = vocabulary._head_kind(wn, ctx.article.text, v.span.start, v.span.end)
    assert kind is not None
    lent = vocabulary._adjective_lenders(ctx, wn, v, sense, key, set(), kind)
    assert _gloss(wn, "arcane") not in lent and _gloss(wn, "eloquent") in lent
    assert vocabulary.generate(ctx) == []


def test_an_adjective_whose_noun_is_not_plain_is_not_asked(wn) -> None:
    """"the voters were ambivalent about …", "extremely cynical media relativism" (which noun?): what the adjective
    describes is not plain, so which meanings would be absurd beside it is unknown; no item."""
    for text in (ATTRIBUTIVE.replace("The ambivalent voters in the town argued",
                                     "The voters in the town were ambivalent"),
                 ATTRIBUTIVE.replace("The ambivalent voters in the town", "The ambivalent town voters")):
        assert vocabulary.generate(_ctx(text, "ambivalent")) == [], text


def test_a_gloss_of_the_words_own_root_with_y_for_i_gives_it_away(wn) -> None:
    assert vocabulary._gives_away("enviable", "enviable", "causing envy")
    assert not vocabulary._gives_away("enviable", "enviable", "causing jealousy")
    ctx = _ctx(TEXT.replace("were ambivalent about the new tax plan", "found the new tax plan enviable"), "enviable")
    assert vocabulary.adjective_key(ctx, wn, ctx.analysis.vocabulary[0]) is None
