"""Vocabulary: the writer's own loaded words as word-choice items (issue #10: "loaded words can be asked
about as word choice").

Constructed articles only. A loaded adjective of the writer's own (an unsourced judgment of the
analysis) that the hand-written table knows, right before the one noun it describes, is asked: what
does "draconian" most nearly mean, the writer's own word for the law. Never inside a quotation, in a
sentence that reports speech or hedges, in a paragraph that reports a claim, for a word the table does
not hold, or when the thing described is not plain ("a draconian tax law", "the law is draconian").
"""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Hedge, Judgment, Span, VocabWord
from quizgen.validate import lint_item


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


def _ctx(text: str, sentence: str, loaded: tuple[str, ...], **kw) -> Context:
    """The article with one judgment: ``sentence`` (written once in ``text``) and its loaded words."""
    art = plain_article(text)
    i = art.text.index(sentence)
    para = next(p.number for p in art.paragraphs if p.start <= i < p.start + len(p.text))
    j = Judgment(Span(i, i + len(sentence), sentence), para, loaded)
    return Context(art, plain_analysis(art, judgments=(j,), **kw), random.Random(2), frozenset(ITEM_KINDS))


LAW = "Lawmakers passed the draconian law on Tuesday after a short debate in the capital."
TEXT = ("Town passes new rules\n\n"
        f"{LAW}\n\n"
        "The new rules take effect next month across the whole of the region.\n")


def test_the_writers_own_loaded_word_is_asked_as_word_choice(wn) -> None:
    ctx = _ctx(TEXT, LAW, ("draconian",))
    (item,) = vocabulary.generate(ctx)
    assert item.skill == "vocabulary_in_context" and item.kind == "multiple_choice"
    assert item.options[item.answer] == "excessively harsh and severe"
    assert set(item.options) - {item.options[item.answer]} == {"mild and lenient", "fair and balanced",
                                                               "weak and easily ignored"}
    assert 'In ¶1 the article says: "Lawmakers passed the draconian law on Tuesday' in item.stem
    assert 'the writer\'s own word "draconian" describes the law.' in item.stem
    assert item.stem.endswith('what does "draconian" most nearly mean?')
    assert item.support[0].text == LAW
    assert lint_item(item, ctx.article) == []


def test_an_adverb_may_stand_between_the_determiner_and_the_word(wn) -> None:
    s = "The carefully choreographed speech lasted for an hour in the packed hall."
    text = f"Speech given\n\n{s}\n\nThe crowd left the hall soon after the end of the evening.\n"
    (item,) = vocabulary.generate(_ctx(text, s, ("choreographed",)))
    assert item.options[item.answer] == "carefully planned and staged"
    assert "describes the speech." in item.stem


@pytest.mark.parametrize("sentence", [
    # inside a quotation, or a sentence with an opening mark whose close is elsewhere
    'Lawmakers passed what protesters' + "'" + ' signs named "the draconian law" on Tuesday after a debate.',
    # a sentence that reports speech or a view
    "The mayor said lawmakers passed the draconian law on Tuesday after a short debate.",
    "Every day the bishop spoke of the draconian law passed by the lawmakers last year.",
    "Critics argue that lawmakers passed the draconian law on Tuesday after a short debate.",
    # a hedge of the writer's own: the word is not firmly the writer's verdict
    "Lawmakers passed the seemingly draconian law on Tuesday after a short debate in the capital.",
    # the thing described is not plain: two nouns, or no noun after the word
    "Lawmakers passed the draconian tax law on Tuesday after a short debate in the capital.",
    "Lawmakers met on Tuesday, and the new law is draconian in every part of the country.",
    "Lawmakers passed a law on Tuesday that many found draconian after a short debate.",
    # capitalised: opens the sentence, no determiner names what it describes
    "Draconian rules were passed by the lawmakers on Tuesday after a short debate.",
    # a question
    "Did lawmakers really pass the draconian law on Tuesday after a short debate in the capital?",
])
def test_no_word_choice_item_when_the_word_may_not_be_the_writers_or_its_noun_is_unclear(wn, sentence) -> None:
    word = "Draconian" if sentence.startswith("Draconian") else "draconian"
    text = f"Town passes new rules\n\n{sentence}\n\nThe new rules take effect next month across the region.\n"
    assert vocabulary.generate(_ctx(text, sentence, (word,))) == []


def test_no_word_choice_item_in_a_paragraph_reporting_a_claim(wn) -> None:
    """An attribution of the analysis in the paragraph, or a speech or view word anywhere in it ("Francis
    spoke of the horrific violence …": the word may be the speaker's), and the word is not the writer's
    for sure."""
    p = f"{LAW} The union will appeal the ruling, per its leader."
    text = f"Town passes new rules\n\n{p}\n\nThe new rules take effect next month across the region.\n"
    art = plain_article(text)
    i = art.text.index("The union")
    claim = Attribution("its leader", "its leader", None, "official", "per", None, "The union will appeal the ruling",
                        (Span(i, i + 32, "The union will appeal the ruling"),), False, 1)
    assert vocabulary.generate(_ctx(text, LAW, ("draconian",))) != []
    assert vocabulary.generate(_ctx(text, LAW, ("draconian",), attributions=(claim,))) == []
    spoken = text.replace("per its leader.", "its leader told reporters.")
    assert vocabulary.generate(_ctx(spoken, LAW, ("draconian",))) == []


def test_the_writers_word_is_found_when_the_judgments_do_not_list_it(wn) -> None:
    """The analysis flags only its own list of loaded words ("scathing" is not in it): the sentences are read."""
    s = "The committee published a scathing report on the agency late on Friday."
    text = f"Report out\n\n{s}\n\nThe agency has a month to reply to the committee.\n"
    art = plain_article(text)
    ctx = Context(art, plain_analysis(art), random.Random(2), frozenset(ITEM_KINDS))
    (item,) = vocabulary.generate(ctx)
    assert item.options[item.answer] == "severely critical" and "describes the report." in item.stem


def test_no_word_choice_item_for_a_hedged_sentence(wn) -> None:
    i = TEXT.index(LAW)
    hedge = Hedge(Span(i, i + len(LAW), LAW), "may", 1)
    assert vocabulary.generate(_ctx(TEXT, LAW, ("draconian",), hedges=(hedge,))) == []


def test_no_word_choice_item_for_a_word_the_table_does_not_hold(wn) -> None:
    """Everyday words ("harsh") and words whose tone depends on the sentence ("controversial",
    "dramatic", "massive") are not in the table: no meaning is guessed for them."""
    for word in ("harsh", "controversial", "dramatic", "massive"):
        s = LAW.replace("draconian", word)
        text = TEXT.replace(LAW, s)
        assert vocabulary.generate(_ctx(text, s, (word,))) == [], word
    for word in ("harsh", "controversial", "dramatic", "massive", "stunning", "radical", "terrible"):
        assert word not in vocabulary.WORD_CHOICE


def test_the_table_never_offers_its_key_among_the_distractors_nor_gives_the_word_away() -> None:
    for word, (key, distractors) in vocabulary.WORD_CHOICE.items():
        assert len(set(distractors)) == 3 and key not in distractors, word
        for option in (key, *distractors):  # no option uses the word's own stem ("drac…" for "draconian")
            assert word[:5] not in option.lower(), (word, option)


def test_an_adjective_of_the_vocabulary_list_is_still_no_meaning_item(wn) -> None:
    """The meaning items' own refusal stands: an adjective is not asked for its WordNet sense (WordNet files
    adjectives together, so another's gloss may fit), and one the word-choice table lacks is not asked at all."""
    s = "Both sides reached an amicable agreement on Tuesday after a short debate."
    text = f"Deal reached\n\n{s}\n\nThe new rules take effect next month across the whole of the region.\n"
    art = plain_article(text)
    i = art.text.index("amicable")
    sent = plain_analysis(art).sentences[0]
    v = VocabWord("amicable", "amicable", "ADJ", 1, sent.span, Span(i, i + 8, "amicable"), 3.0)
    ctx = Context(art, plain_analysis(art, vocabulary=(v,)), random.Random(2), frozenset(ITEM_KINDS))
    assert vocabulary.generate(ctx) == []


def test_the_table_holds_no_everyday_word() -> None:
    """The meaning items' bar (Zipf at most MAX_ZIPF: "grumpy" was judged an everyday word) holds here too:
    "devastating", "reckless", "horrific" a 15-year-old knows."""
    from wordfreq import zipf_frequency

    for word in vocabulary.WORD_CHOICE:
        assert zipf_frequency(word, "en") <= vocabulary.MAX_ZIPF, word
