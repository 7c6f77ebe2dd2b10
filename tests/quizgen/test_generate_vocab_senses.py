"""Vocabulary items read blind by a strict teacher: a key must be the word's sense in THAT sentence, and
every distractor must be clearly wrong there yet no absurd option, and no word of the same root.

Failure shapes (constructed sentences, a constructed WordNet in its 3.0 file format):
- a gloss narrowed to one domain ("a religious doctrine …" for "a core tenet of the union") keyed where
  the sentence is about something else;
- a gloss narrowed by a cause or a purpose ("fear resulting from the awareness of danger" for the
  consternation around a pay raise) where the sentence shows no such cause;
- a word whose family lends a sense that fits the sentence better than the word's own ("progressivity"
  of a tax system: "progressive" taxes, not "advancement toward better conditions");
- a verb's "-ed" form read as an adjective or a passive ("voters range from disappointed to disgruntled
  about …") keyed with the verb's gloss ("put into a bad mood");
- a compound on "counter" glossed with its own second word ("an argument offered in opposition to
  another argument");
- a distractor lent by a word the article writes as another part of speech ("the dominant party": "the
  fifth note of the diatonic scale"), by a word of several senses in several fields ("election fever":
  "a rise in the temperature of the body"), by a word of the asked word's root ("handling" beside
  "handover"), or a gloss of one of the key's hypernyms, however far up ("impairment of normal
  physiological function …" beside "eczema": true of it too).
"""
from __future__ import annotations

import random

import pytest
from factories import plain_analysis, plain_article
from test_generate_vocabulary import forget_wordnet, wordnet_of

from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Span, VocabWord

SYNSETS = [
    ("n", 9, ["belief"], "any cognitive content held as true"),                                          # 0
    ("n", 9, ["religious doctrine", "creed"], "the written body of teachings of a religious group",
     [("@", 0)]),                                                                                         # 1
    ("n", 9, ["dogma", "tenet"], "a religious doctrine that is proclaimed as true without proof",
     [("@", 1)]),                                                                                         # 2
    ("n", 12, ["fear"], "an emotion experienced in anticipation of some specific pain or danger"),       # 3
    ("n", 12, ["alarm", "consternation"], "fear resulting from the awareness of danger", [("@", 3)]),   # 4
    ("n", 7, ["changeableness"], "the quality of being changeable"),                                     # 5
    ("n", 7, ["progressiveness", "progressivity"], "advancement toward better conditions or policies or methods",
     [("@", 5), ("+", 7)]),                                                                               # 6
    ("a", 0, ["progressive"], "favoring or promoting progress", [("+", 6)]),                             # 7
    ("a", 0, ["progressive"], "(of taxes) adjusted so that the rate increases as the amount subject to "
     "taxation increases"),                                                                               # 8
    ("v", 37, ["dissatisfy"], "fail to satisfy"),                                                        # 9
    ("v", 37, ["disgruntle"], "put into a bad mood or into bad humour", [("@", 9)]),                    # 10
    ("n", 10, ["argument"], "a fact or assertion offered as evidence that something is true"),          # 11
    ("n", 10, ["counterargument"], "an argument offered in opposition to another argument", [("@", 11)]),  # 12
    ("n", 4, ["relinquishment"], "a verbal act of renouncing a claim or right"),                         # 13
    ("n", 4, ["handover"], "act of relinquishing property or authority", [("@", 13)]),                  # 14
    ("n", 4, ["handling"], "manual carrying or moving or delivering or working with something"),        # 15
    ("n", 10, ["dominant"], "the fifth note of the diatonic scale"),                                     # 16
    ("a", 0, ["dominant"], "exercising influence or control"),                                           # 17
    ("n", 26, ["fever"], "a rise in the temperature of the body"),                                       # 18
    ("n", 12, ["fever"], "intense nervous anticipation"),                                                # 19
    ("n", 4, ["scrutiny"], "the act of examining something closely"),                                    # 20
    ("n", 4, ["remedy"], "act of correcting an error or a fault or an evil"),                            # 21
    ("n", 4, ["manufacture"], "the organized action of making of goods and services for sale"),         # 22
    ("n", 4, ["deportation"], "the act of expelling a person from their native land"),                   # 23
    ("n", 26, ["condition"], "a mode of being or form of existence of a person or thing"),              # 24
    ("n", 26, ["illness", "sickness"], "impairment of normal physiological function affecting part or all "
     "of an organism", [("@", 24)]),                                                                      # 25
    ("n", 26, ["disease"], "an impairment of health or a condition of abnormality", [("@", 25)]),        # 26
    ("n", 26, ["skin disease"], "a disease affecting the skin", [("@", 26)]),                             # 27
    ("n", 26, ["eczema"], "generic term for inflammatory conditions of the skin", [("@", 27)]),          # 28
    ("n", 26, ["consensus"], "agreement in the judgment or opinion reached by a group as a whole"),      # 29
    ("n", 26, ["turmoil"], "a violent disturbance of the calm order of a place"),                        # 30
    ("n", 9, ["discipline", "field of study"], "a branch of knowledge"),                                 # 31
    ("n", 9, ["science"], "a particular branch of scientific knowledge", [("@", 31)]),                   # 32
    ("n", 9, ["mathematics", "math"], "a science dealing with the logic of quantity and shape and "
     "arrangement", [("@", 32)]),                                                                         # 33
    ("n", 4, ["pairing"], "the act of grouping things or people in pairs"),                              # 34
    ("n", 4, ["matchup"], "the pairing of people or things as for comparison or competition",
     [("@", 34)]),                                                                                        # 35
    ("n", 9, ["theory"], "a belief that can guide behavior", [("@", 0)]),                                # 36
    ("n", 9, ["pedagogy"], "the principles and methods of instruction", [("@", 31)]),                   # 37
    ("v", 31, ["parse"], "analyze syntactically by assigning a constituent structure to (a sentence)"),   # 38
    ("v", 32, ["tsk"], "utter `tsk,' `tut,' or `tut-tut,' as in disapproval"),                             # 39
    ("n", 4, ["cooking", "cookery"], "the act of preparing something by the application of heat"),       # 40
    ("v", 36, ["cook"], "prepare a hot meal"),                                                              # 41
    ("n", 4, ["contortion", "deformation"], "the act of twisting or deforming the shape of something"),    # 42
]


@pytest.fixture
def wn(tmp_path, monkeypatch):
    yield wordnet_of(SYNSETS, tmp_path, monkeypatch)
    forget_wordnet()


def _sense(wn, word, pos, sentence):
    return vocabulary.sense_in_context(wn, word, pos, sentence)


def test_a_gloss_of_one_domain_is_no_key_where_the_sentence_is_about_another(wn):
    assert _sense(wn, "tenet", "NOUN", "Thrift has long been a core tenet of the farmers' union, its leaders said.") \
        is None
    got = _sense(wn, "tenet", "NOUN", "Rebirth is a core tenet of the old religious order in the valley.")
    assert got is not None and got.definition.startswith("a religious doctrine")


def test_a_gloss_narrowed_by_a_cause_the_sentence_does_not_show_is_no_key(wn):
    assert _sense(wn, "consternation", "NOUN",
                  "There was much consternation over the pay raise among the staff this year.") is None
    got = _sense(wn, "consternation", "NOUN",
                 "The sirens caused consternation as residents grew aware of the danger from the flood.")
    assert got is not None and got.definition == "fear resulting from the awareness of danger"


def test_a_family_sense_that_fits_the_sentence_better_leaves_the_word_unasked(wn):
    assert _sense(wn, "progressivity", "NOUN",
                  "Economists say the progressivity of the tax system fell as the top rate was cut.") is None
    got = _sense(wn, "progressivity", "NOUN",
                 "Members praised the progressivity of the new school and its policies and methods.")
    assert got is not None and got.definition.startswith("advancement toward better conditions")


def test_a_verbs_ed_form_read_as_an_adjective_or_a_passive_is_not_asked():
    for text, word in (("Voters range from disappointed to disgruntled about their choices.", "disgruntled"),
                       ("He alleges many violations supposedly perpetrated against him.", "perpetrated"),
                       ("Workers were left disgruntled and tired.", "disgruntled")):
        i = text.index(word)
        assert vocabulary.adjectival_participle(text, i, i + len(word)), text
    for text, word in (("The new rules have disgruntled many workers at the plant.", "disgruntled"),
                       ("The senator quickly disavowed the group and its leader.", "disavowed"),
                       ("Critics have likened to a salute the gesture he made.", "likened")):
        i = text.index(word)
        assert not vocabulary.adjectival_participle(text, i, i + len(word)), text


def test_a_counter_compound_glossed_with_its_second_word_gives_itself_away():
    assert vocabulary._gives_away("counterarguments", "counterargument",
                                  "an argument offered in opposition to another argument")
    assert not vocabulary._gives_away("counterarguments", "counterargument", "a reply that opposes a claim")


TEXT = ("Port deal signed\n\n"
        "The handover of the port was delayed by a week. The dominant party won again in the north. "
        "Election fever gripped the town all spring.\n\n"
        "The handling of the files drew scrutiny from a judge. A remedy was offered at once, and "
        "work on the parts resumed.\n\n"
        "She suffered from severe eczema on both hands last winter. The illness of the mayor delayed the vote. "
        "A consensus formed slowly after the turmoil.\n")


_ARTICLE = plain_article(TEXT)


def _word(analysis, text: str, lemma: str, zipf: float = 2.0) -> VocabWord:
    i = TEXT.index(text)
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    para = next(p.number for p in _ARTICLE.paragraphs if p.start <= i < p.start + len(p.text))
    return VocabWord(text, lemma, "NOUN", para, sent.span, Span(i, i + len(text), text), zipf)


def _ctx():
    analysis = plain_analysis(_ARTICLE)
    vocab = (_word(analysis, "handover", "handover"), _word(analysis, "eczema", "eczema"))
    return Context(_ARTICLE, Analysis(**{**analysis.__dict__, "vocabulary": vocab}), random.Random(3),
                   frozenset(ITEM_KINDS)), vocab


def _distractors(wn, word):
    ctx, vocab = _ctx()
    v = next(x for x in vocab if x.lemma == word)
    keyed = vocabulary.sense_in_context(wn, v.lemma, "NOUN", v.sentence.text)
    assert keyed is not None
    return vocabulary.distractor_definitions(ctx, wn, v, keyed)


def test_no_distractor_from_a_word_written_as_another_part_of_speech_or_of_scattered_senses_or_of_the_root(wn):
    got = _distractors(wn, "handover")
    assert "the fifth note of the diatonic scale" not in got  # "the dominant party": an adjective there
    assert "a rise in the temperature of the body" not in got  # "election fever": fever of two fields
    assert "manual carrying or moving or delivering or working with something" not in got  # "handling"
    # words of one sense, written as nouns, still lend theirs; a condition of the skin (a state) is no
    # stand-in for an act (test_generate_vocab_precision)
    assert set(got) == {"act of correcting an error or a fault or an evil", "the act of examining something closely"}


def test_no_distractor_glosses_a_hypernym_of_the_key_however_far_up(wn):
    got = _distractors(wn, "eczema")
    assert "impairment of normal physiological function affecting part or all of an organism" not in got
    assert "agreement in the judgment or opinion reached by a group as a whole" in got


def test_a_field_of_study_is_no_distractor_beside_a_key_that_is_none(wn):
    def first(word):
        return wn.senses(word, "NOUN")[0]
    # "a science dealing with the logic of quantity …" beside "the pairing of people … for competition"
    assert vocabulary.unlike_in_kind(wn, first("matchup"), first("mathematics"))
    assert not vocabulary.unlike_in_kind(wn, first("matchup"), first("scrutiny"))
    # beside a key that is a field of study itself, another is a fair option
    assert not vocabulary.unlike_in_kind(wn, first("pedagogy"), first("mathematics"))


def test_a_gloss_of_grammar_is_no_key_where_the_sentence_is_not_about_sentences(wn):
    assert _sense(wn, "parsing", "VERB", "It means parsing whether the posts are framed in a way that is illegal.") \
        is None
    assert _sense(wn, "parsing", "VERB", "Pupils practised parsing each sentence into its constituent parts.") \
        is not None


def test_a_gloss_quoting_the_words_own_sound_is_no_key_and_sport_or_drink_is_no_stray_option():
    assert vocabulary._PASTIME_GLOSS.search("a score in baseball made by a runner touching all four bases safely")
    assert vocabulary._CONCRETE_GLOSS.search("a law forbidding the sale of alcoholic beverages")
    assert not vocabulary._PASTIME_GLOSS.search("an explanation of the fundamental reasons")
    # an act of the body beside an act of judgment ("a demotion"), of the key's own field or not
    assert vocabulary._CONCRETE_GLOSS.search("the act of clasping another person in the arms")
    assert vocabulary._PASTIME_GLOSS.search("the act of clasping another person in the arms")


def test_an_ing_form_also_a_verb_lends_no_nouns_meaning_without_a_determiner(wn):
    text = "Critics kept cooking up new schemes all year.\n"
    assert not vocabulary._lends_as(wn, text, "cooking", "NOUN", None)
    assert vocabulary._lends_as(wn, "The cooking of the books was plain.\n", "cooking", "NOUN", None)


def test_a_gloss_of_twisting_a_shape_is_no_key_for_a_figure(wn):
    sense = wn.senses("contortions", "NOUN")[0]
    assert vocabulary.literal_only(wn, sense, "Only painful intellectual contortions let the party back the plan.")
    assert not vocabulary.literal_only(wn, sense, "The contortions of the gymnast twisted the shape of her body.")
