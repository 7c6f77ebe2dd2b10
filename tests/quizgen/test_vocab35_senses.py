"""Vocabulary (issue #10, points 1 and 6): a word of several senses whose commonest sense is sure, and a
distractor that is another sense of the same word, one that does not fit the sentence.

Found on the 111-lesson snapshot: most lessons had no vocabulary item, and every noun of several senses was
refused unless the sentence's words picked one ("negligence" was never asked). Asked now when the
sense-tagged corpus met the first sense at least twice and twice as often as all the others, and every other
sense is either a physical thing or the same meaning (a synonym, two shared gloss words, a hypernym); never
when another abstract sense says something else ("concession": a contract granting a business / the act of
yielding). Verbs stay asked only when of one sense (judged blind: their senses drift; by the counts alone
"undermine confidence" would be keyed "destroy property or hinder normal operations"). Where the article lends
too few meanings, everyday words of the key's own kind fill up (feelings, thoughts, motives, states only).
The sentences are constructed; the glosses are WordNet 3.0's.
"""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_analysis, plain_article

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Span, VocabWord


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


def test_a_noun_whose_first_sense_dominates_and_whose_other_sense_is_the_same_meaning_is_keyed(wn):
    sentence = "The judge found that the driver's negligence had caused the crash on the bridge."
    got = vocabulary.sense_in_context(wn, "negligence", "NOUN", sentence)
    assert got is not None and got.definition.startswith("failure to act with the prudence")


def test_a_noun_whose_gloss_is_in_words_no_student_reads_or_whose_verb_drifts_is_not_keyed(wn):
    # "lethargy": "a state of comatose torpor" first (met twice), in words a 15-year-old does not read
    assert vocabulary.dominant_first(wn, "lethargy", list(wn.senses("lethargy", "NOUN")),
                                     "Voter lethargy set in after the long primary season.") is None
    # "adherence to the rules" is following them, a sense of "adhere" that WordNet's "adherence" lacks ("faithful
    # support for a cause or political party or religion")
    assert vocabulary.sense_in_context(wn, "adherence", "NOUN",
                                       "Strict adherence to the rules made the meeting run long.") is None


def test_another_abstract_sense_saying_something_else_leaves_the_word_unasked(wn):
    # "a contract granting the right to operate a subsidiary business" is the first sense, met twice; "the act
    # of conceding or yielding" once: which one the sentence means, the counts cannot say
    sentence = "The union won a concession from the owners after a long week of talks."
    assert vocabulary.dominant_first(wn, "concession", list(wn.senses("concession", "NOUN")), sentence) is None
    assert vocabulary.sense_in_context(wn, "concession", "NOUN", sentence) is None
    # a sense the corpus never met first keeps no sure commonest sense ("endorsement": a book's blurb first)
    assert vocabulary.sense_in_context(wn, "endorsement", "NOUN",
                                       "The governor gave her endorsement to the senator on Friday morning.") is None


TEXT = ("Marchers fill the square\n\n"
        "The marchers came to the square on a hot Monday. One pitfall of the new rent plan is that few families "
        "can afford the fees.\n\n"
        "The stagnation of the local economy worried the shop owners. Their negligence of the old market was "
        "plain to see. A judge ordered an inquiry into the collusion of two officials. Their skepticism about the "
        "promises grew as the day went on.\n")
_ARTICLE = plain_article(TEXT)


def _ctx():
    analysis = plain_analysis(_ARTICLE)
    words = (("pitfall", 3.0), ("stagnation", 3.2), ("negligence", 3.6), ("collusion", 3.4),
             ("skepticism", 3.5), ("inquiry", 3.7))
    vocab = []
    for w, z in words:
        i = TEXT.index(w)
        sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
        para = next(p.number for p in _ARTICLE.paragraphs if p.start <= i < p.start + len(p.text))
        vocab.append(VocabWord(w, w, "NOUN", para, sent.span, Span(i, i + len(w), w), z))
    return Context(_ARTICLE, Analysis(**{**analysis.__dict__, "vocabulary": tuple(vocab)}), random.Random(3),
                   frozenset(ITEM_KINDS)), vocab


def test_a_physical_sense_of_the_same_word_is_offered_as_a_meaning_that_does_not_fit(wn):
    ctx, vocab = _ctx()
    v = vocab[0]
    keyed = vocabulary.sense_in_context(wn, v.lemma, "NOUN", v.sentence.text)
    assert keyed is not None and keyed.definition.startswith("an unforeseen or unexpected or surprising difficulty")
    got = vocabulary.distractor_definitions(ctx, wn, v, keyed)
    assert "a trap in the form of a concealed hole" in got
    assert vocabulary.definition(keyed) not in got


def test_a_sense_of_the_same_word_with_the_same_meaning_is_never_offered(wn):
    # "negligence": "failure to act with the prudence …" and "the trait of neglecting responsibilities …" share a
    # synonym ("neglect"): the second is no clearly wrong option; only a sense of another kind (a thing) is
    ctx, vocab = _ctx()
    v = vocab[2]
    keyed = vocabulary.sense_in_context(wn, v.lemma, "NOUN", v.sentence.text)
    assert keyed is not None and keyed.definition.startswith("failure to act with the prudence")
    got = vocabulary.distractor_definitions(ctx, wn, v, keyed)
    assert not any("neglect" in d for d in got)
    assert vocabulary.same_meaning(wn, "negligence", keyed, wn.senses("negligence", "NOUN")[1])
    fairy = wn.senses("fairytale", "NOUN")
    # "a story about fairies" / "an interesting but highly implausible story": one shared word, and a shared
    # phrasing of the word itself ("fairy story") is no synonym
    assert not vocabulary.same_meaning(wn, "fairytale", fairy[0], fairy[1])


KIN_TEXT = ("Town hall vote\n\n"
            "There was much indignation about the new rules at the town hall last night. The vote was held at nine.\n")
_KIN_ARTICLE = plain_article(KIN_TEXT)


def test_an_article_lending_too_few_meanings_is_filled_with_everyday_words_of_the_keys_kind(wn):
    # a feeling beside a feeling (fear, longing, desire): plausible in the slot, and none the key's meaning
    analysis = plain_analysis(_KIN_ARTICLE)
    i = KIN_TEXT.index("indignation")
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    v = VocabWord("indignation", "indignation", "NOUN", 1, sent.span, Span(i, i + 11, "indignation"), 3.1)
    ctx = Context(_KIN_ARTICLE, Analysis(**{**analysis.__dict__, "vocabulary": (v,)}), random.Random(3),
                  frozenset(ITEM_KINDS))
    keyed = vocabulary.sense_in_context(wn, "indignation", "NOUN", sent.span.text)
    assert keyed is not None and vocabulary.definition(keyed) == "a feeling of righteous anger"
    kin = vocabulary.kin_glosses(wn, v, keyed)
    got = vocabulary.distractor_definitions(ctx, wn, v, keyed)
    assert len(got) == 3 and set(got) <= set(kin)
    # never a near-synonym: resentment, fury, wrath share the key's "anger"
    assert not any(re.search(r"\b(?:anger|angry)\b", d) for d in kin)
    assert "a feeling of deep and bitter anger and ill-will" not in kin


def test_kin_are_offered_only_for_feelings_thoughts_motives_and_states(wn):
    sentence = "Few doubted the inevitability of the result at the end of the long count."
    i = sentence.index("inevitability")
    v = VocabWord("inevitability", "inevitability", "NOUN", 1, Span(0, len(sentence), sentence),
                  Span(i, i + 13, "inevitability"), 2.9)
    # a quality beside qualities: "the quality of being certain" shares no word with "… unavoidable" and is
    # a second defensible answer
    assert vocabulary.kin_glosses(wn, v, wn.senses("inevitability", "NOUN")[0]) == []
    verb = VocabWord("lauded", "laud", "VERB", 1, Span(0, len(sentence), sentence), Span(0, 3, "Few"), 3.1)
    assert vocabulary.kin_glosses(wn, verb, wn.senses("laud", "VERB")[0]) == []


IMPASSE_TEXT = ("Budget talks stall\n\n"
                "The budget talks reached an impasse on Friday after the two sides argued for a week.\n")


def test_a_shorter_physical_sense_of_the_word_is_offered_beside_a_long_key(wn):
    # "a street with only one way in or out" is half as long as "a situation in which no progress can be made or
    # no advancement is possible": the whole set of options is kept balanced (lengths_balanced), not each one
    art = plain_article(IMPASSE_TEXT)
    analysis = plain_analysis(art)
    i = IMPASSE_TEXT.index("impasse")
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    v = VocabWord("impasse", "impasse", "NOUN", 1, sent.span, Span(i, i + 7, "impasse"), 2.9)
    keyed = vocabulary.sense_in_context(wn, "impasse", "NOUN", sent.span.text)
    assert keyed is not None and vocabulary.definition(keyed).startswith("a situation in which no progress")
    assert vocabulary.other_sense_distractor(wn, v, keyed) == "a street with only one way in or out"


def test_a_word_naming_the_keys_kind_does_not_keep_a_kin_out(wn):
    # every feeling is "a feeling of …": the key's kind ("feeling", "emotion") is no meaning it shares with them
    sentence = "He was filled with resentment at the long delay in the vote."
    i = sentence.index("resentment")
    v = VocabWord("resentment", "resentment", "NOUN", 1, Span(0, len(sentence), sentence),
                  Span(i, i + 10, "resentment"), 3.6)
    keyed = wn.senses("resentment", "NOUN")[0]
    kin = vocabulary.kin_glosses(wn, v, keyed)
    assert "the emotion of great happiness" in kin
    assert not any(re.search(r"\b(?:anger|angry|hate|hatred|dislike|ill-will)\b", d) for d in kin)


def test_kin_in_the_plainest_words_come_first(wn):
    # "a clear and certain mental apprehension" (knowing) reads as fear to a student: a kin whose rarest word is
    # an everyday one is offered before it
    sentence = "The court rejected the rationale that the law was needed to stop fraud at the polls."
    i = sentence.index("rationale")
    v = VocabWord("rationale", "rationale", "NOUN", 1, Span(0, len(sentence), sentence),
                  Span(i, i + 9, "rationale"), 3.5)
    kin = vocabulary.kin_glosses(wn, v, wn.senses("rationale", "NOUN")[0])
    assert "a clear and certain mental apprehension" in kin
    plain = [d for d in kin if vocabulary.plain_gloss(d)]
    assert len(plain) >= 3 and kin[:len(plain)] == plain
    assert not vocabulary.plain_gloss("a clear and certain mental apprehension")


def test_no_two_kin_say_one_meaning(wn):
    # "fear resulting from the awareness of danger" (alarm) and "an emotion experienced in anticipation of some
    # specific pain or danger" (fear) are one wrong meaning twice: a student rules both out together
    sentence = "He was filled with resentment at the long delay in the vote."
    i = sentence.index("resentment")
    v = VocabWord("resentment", "resentment", "NOUN", 1, Span(0, len(sentence), sentence),
                  Span(i, i + 10, "resentment"), 3.6)
    kin = vocabulary.kin_glosses(wn, v, wn.senses("resentment", "NOUN")[0])
    fears = {"fear resulting from the awareness of danger",
             "an emotion experienced in anticipation of some specific pain or danger",
             "apprehension about what is going to happen"}
    assert len(fears & set(kin)) == 1
