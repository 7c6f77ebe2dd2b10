"""Main idea's fourth route (the lede's main clause, more cuts) and vocabulary's surer, more frequent items.

Constructed articles only. Main idea: a lede too long for an option whose main clause ends before a bare
"despite"/"after" clause; a lede that reports an announcement by the headline's subject; a lede kept
through a later "But …" when it states the headline's point in the headline's own words. Vocabulary
(WordNet 3.0 from the system, skipped without it): no distractor from outside the article (other
words of the key's WordNet field were judged absurd blind), no word of a phrase WordNet lists ("sleight
of hand"), no word quoted as a word, no physical sense the sentence does not bear out ("carnage in the
market").
"""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_analysis, plain_article, vocab_nouns_context

from quizgen import wordnet
from quizgen.generate import main_idea, vocabulary
from quizgen.generate.base import Context
from quizgen.model import Attribution, Span
from quizgen.validate import lint_item

MC = frozenset({"multiple_choice"})

# the body: plain statements from later paragraphs, none about the headline's point
BODY = ("The library opened its new reading room for children in the spring of last year.\n\n"
        "Volunteers from the high school helped move thousands of old books into the basement.\n\n"
        "The county also repaved the parking lot behind the building during the long summer.\n\n"
        "A local bakery donated bread and coffee for the opening party on the front lawn.\n\n"
        "Several neighbors asked for longer opening hours on weekends and during the holidays.\n")

DESPITE = ("Council names Ana Ruiz to second term as library chief\n\n"
           "The city council on Monday named Ana Ruiz to a second four-year term as chief of the public library "
           "despite complaints among staff members about her management style at a time when budgets are "
           "shrinking across the region.\n\n" + BODY)


def _ctx(text: str, **kw) -> Context:
    art = plain_article(text)
    return Context(art, plain_analysis(art, **kw), random.Random(3), MC)


def test_a_lede_too_long_for_an_option_is_cut_before_its_bare_despite_clause() -> None:
    ctx = _ctx(DESPITE)
    items = main_idea.generate(ctx)
    assert len(items) == 1
    (item,) = items
    assert item.options[item.answer] == ("The city council on Monday named Ana Ruiz to a second four-year term "
                                         "as chief of the public library")
    assert lint_item(item, ctx.article) == []


def test_the_cut_lede_is_no_key_when_it_does_not_state_the_headline() -> None:
    text = DESPITE.replace("Council names Ana Ruiz to second term as library chief",
                           "Neighbors want longer weekend hours at the town bakery")
    assert main_idea.lede_clause_keys(_ctx(text)) == []
    assert main_idea.generate(_ctx(text)) == []


def test_a_but_in_the_third_paragraph_does_not_rule_out_a_lede_that_states_the_point() -> None:
    text = DESPITE.replace("Volunteers from the high school", "But volunteers from the high school")
    ctx = _ctx(text)
    assert main_idea._turn_index(ctx) is not None
    (item,) = main_idea.generate(ctx)
    assert item.options[item.answer].startswith("The city council on Monday named Ana Ruiz")


ANNOUNCED = ("Harbor Authority to extend ferry service to the outer islands\n\n"
             "The Harbor Authority announced plans Tuesday to extend ferry service to the outer islands, conceding "
             "that the current boats have not kept up with demand from commuters and tourists in the summer.\n\n"
             + BODY)


def _announcement(art, kind: str = "government") -> Attribution:
    text = art.text
    s = text.index("The Harbor Authority")
    cue = text.index("announced")
    content = text.index("plans Tuesday")
    end = text.index(", conceding")
    return Attribution("Harbor Authority", "The Harbor Authority", Span(s, s + 20, text[s:s + 20]), kind,
                       "announced", Span(cue, cue + 9, "announced"), text[content:end],
                       (Span(content, end, text[content:end]),), False, 1, source_confidence=0.75,
                       kind_confidence=0.7)


def test_an_announcement_by_the_headlines_subject_may_be_the_key() -> None:
    art = plain_article(ANNOUNCED)
    ctx = Context(art, plain_analysis(art, attributions=(_announcement(art),)), random.Random(3), MC)
    (item,) = main_idea.generate(ctx)
    assert item.options[item.answer] == ("The Harbor Authority announced plans Tuesday to extend ferry service "
                                         "to the outer islands")


def test_an_announcement_by_someone_the_headline_does_not_name_is_no_key() -> None:
    text = ANNOUNCED.replace("Harbor Authority to extend", "Ferry service to reach")
    art = plain_article(text)
    ctx = Context(art, plain_analysis(art, attributions=(_announcement(art),)), random.Random(3), MC)
    assert main_idea.lede_clause_keys(ctx) == []


# ---------------------------------------------------------------- vocabulary (the system's WordNet 3.0)

needs_wordnet = pytest.mark.skipif(wordnet.find_folder() is None, reason="WordNet 3.0 not installed")


@pytest.fixture(autouse=True)
def _article_lenders_only(monkeypatch):
    """These tests are about what the article's own words lend: the everyday words of the key's kind that fill
    up otherwise (vocab35, tests/quizgen/test_vocab35_senses.py) are left out."""
    monkeypatch.setattr(vocabulary, "kin_glosses", lambda *a, **k: [])


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:
        pytest.skip("WordNet 3.0 not installed")
    return wordnet.load()


AMBIVALENCE = ("Voters weigh the new tax plan\n\n"
               "Many voters in the town described their ambivalence about the new tax plan at the meeting.\n\n"
               "The mayor spoke for an hour about roads and schools and the cost of both of them.\n")


FEELINGS = AMBIVALENCE.replace("The mayor spoke for an hour about roads and schools and the cost of both of them.",
                                "The mayor spoke of the remorse, nostalgia and gratitude he felt, and of his euphoria "
                                "on election night.")


def test_no_item_when_the_article_lends_too_few_distractors(wn) -> None:
    """Only the article's own words lend a distractor: an article with no other abstract noun of the
    key's field gets no item rather than glosses of words it never uses; with three it does."""
    assert vocabulary.generate(vocab_nouns_context(AMBIVALENCE, ["ambivalence"])) == []
    (item,) = vocabulary.generate(vocab_nouns_context(FEELINGS, ["ambivalence"]))
    assert item.options[item.answer] == "mixed feelings or emotions"
    own = {"a feeling of great elation", "longing for something past", "a feeling of deep regret",
           "a feeling of thankfulness and appreciation"}
    assert set(item.options) - {"mixed feelings or emotions"} <= own, item.options


def test_a_word_of_a_phrase_wordnet_lists_is_not_asked(wn) -> None:
    text = "Officials moved money\n\nThe officials moved the money abroad by a clever sleight of hand last year.\n"
    i = text.index("sleight")
    assert vocabulary.in_phrase(wn, text, i, i + 7)
    j = text.index("clever")
    assert not vocabulary.in_phrase(wn, text, j, j + 6)
    text2 = "Workers left\n\nThe workers left the factory en masse after the long meeting on Friday.\n"
    k = text2.index("masse")
    assert vocabulary.in_phrase(wn, text2, k, k + 5)


def test_a_physical_sense_the_sentence_does_not_bear_out_is_no_key(wn) -> None:
    sense = wn.senses("carnage", "NOUN")[0]
    assert vocabulary.literal_only(wn, sense, "The carnage in the stock market shrank the fund to half its size.")
    assert not vocabulary.literal_only(wn, sense, "The carnage of the battle left many people dead in the fields.")
    text = ("Funds lose money\n\n"
            "The carnage in the stock market has shrunk the fund to half of its former size this year.\n\n"
            "The managers of the fund met their clients in the city on Monday and Tuesday.\n")
    assert vocabulary.generate(vocab_nouns_context(text, ["carnage"])) == []


def test_a_word_quoted_as_a_word_is_not_asked(wn) -> None:
    quoted = FEELINGS.replace("their ambivalence about", "their 'ambivalence' about")
    assert vocabulary.generate(vocab_nouns_context(quoted, ["ambivalence"])) == []
    assert re.search(r"most nearly mean", vocabulary.generate(vocab_nouns_context(FEELINGS, ["ambivalence"]))[0].stem)
