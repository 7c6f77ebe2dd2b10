"""Vocabulary distractors from WordNet itself when the article lends too few, each failure shape on
a constructed article and a small WordNet written by the test (the format of test_generate_vocabulary).

The pool's words are chosen by their Zipf frequency in wordfreq (the frequencies the analysis
gives the article's words), so the test dictionary uses real English words whose frequencies sit
well inside or well outside the band around the word asked about (noted beside each).
"""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_article
from test_generate_vocabulary import write_wordnet

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span, VocabWord


@pytest.fixture
def dictionary(tmp_path, monkeypatch):
    """Write a test WordNet of the given synsets; every hypernym pointer (@) also gets its
    hyponym pointer (~) back, as in WordNet's own files, so categories are not leaves."""
    def write(synsets):
        synsets = [list(s) + [[]] if len(s) == 4 else [*s[:4], list(s[4])] for s in synsets]
        for i, s in enumerate(synsets):
            for sym, t in list(s[4]):
                if sym == "@":
                    synsets[t][4].append(("~", i))
        monkeypatch.setattr("test_generate_vocabulary.SYNSETS", [tuple(s) for s in synsets])
        write_wordnet(tmp_path)
        monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
        wordnet._load.cache_clear()
        return wordnet.load()
    yield write
    wordnet._load.cache_clear()


def _analysis(article, words):
    """Sentences split at full stops; ``words``: (word as written, lemma, Zipf) of the vocabulary."""
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    vocab = []
    for word, lemma, zipf in words:
        i = article.text.index(word)
        sent = next(s for s in sents if s.span.start <= i < s.span.end)
        n = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        vocab.append(VocabWord(word, lemma, "NOUN", n, sent.span, Span(i, i + len(word), word), zipf))
    return Analysis(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(),
                    judgments=(), conflicts=(), quantities=(), vocabulary=tuple(vocab),
                    readability=Readability(8.0, 60.0, 40, 5, 1), main_ideas=tuple(sents[:1]))


def _items(text, words, seed):
    article = plain_article(text)
    return vocabulary.generate(Context(article, _analysis(article, words), random.Random(seed), frozenset(ITEM_KINDS)))


def _distractors(item):
    return {o for i, o in enumerate(item.options) if i != item.answer}


# ---------------------------------------------------------------- a key the article lends nothing to

KEY = "abnormally enlarged thyroid gland"
JAUNDICE = "yellowing of the skin and the whites of the eyes"  # jaundice, Zipf 2.7
SCABIES = "a contagious skin infection caused by the itch mite"  # 2.4
NOSEBLEED = "bleeding from the nose"  # 2.5
HICCUPS = "spasms of the diaphragm that cut off each breath"  # 3.1
MUMPS = "a viral ailment that swells the cheeks"  # 2.8, a sister of tetanus
TETANUS = "a bacterial infection that stiffens the jaw"  # 2.9
SUNBURN = "redness caused by too much time in strong sunlight"  # 3.0
RICKETS = "a childhood disease caused by too little vitamin D"  # 2.4: names the key's category
PROBLEM = "a source of difficulty for many people"  # problem, Zipf 5.4: an everyday word
ABASIA = "an inability to walk without help"  # abasia, not in wordfreq's list
FRIGIDITY = "a loss of sexual desire in a person"  # 1.7 but unfit anyway
BANDANNA = "a large and brightly colored handkerchief"  # 2.3, an artifact: another field

DISEASES = [
    ("n", 26, ["condition"], "a mode of being or form of existence"),  # 0
    ("n", 26, ["illness"], "impairment of normal physiological function", [("@", 0)]),  # 1
    ("n", 26, ["disease"], "an impairment of health", [("@", 1)]),  # 2
    ("n", 26, ["goiter", "goitre"], KEY, [("@", 2)]),  # 3
    ("n", 26, ["jaundice"], JAUNDICE),
    ("n", 26, ["scabies"], SCABIES),
    ("n", 26, ["nosebleed"], NOSEBLEED),
    ("n", 26, ["hiccups"], HICCUPS),
    ("n", 26, ["contagion"], "a communicable sickness"),  # 8: a category (it has kinds), never offered
    ("n", 26, ["mumps"], MUMPS, [("@", 8)]),
    ("n", 26, ["tetanus"], TETANUS, [("@", 8)]),
    ("n", 26, ["sunburn"], SUNBURN),
    ("n", 26, ["rickets"], RICKETS),
    ("n", 26, ["problem"], PROBLEM),
    ("n", 26, ["abasia"], ABASIA),
    ("n", 26, ["frigidity"], FRIGIDITY),
    ("n", 6, ["bandanna"], BANDANNA),
]
GOITER_TEXT = ("Iodine in the diet\n\n"
               "Doctors found that the girl had a goiter after years without iodine in her food.\n\n"
               "Her family now buys salt with iodine added to it every week.\n")
POOL = {JAUNDICE, SCABIES, NOSEBLEED, HICCUPS, MUMPS, TETANUS, SUNBURN}


def test_a_key_whose_article_lends_no_distractor_takes_three_from_wordnets_same_field(dictionary):
    """"goiter" in an article with no other illness: three meanings of other one-sense words of
    WordNet's noun.state, about as rare as "goiter", none of another field ("a handkerchief"),
    none of an everyday word ("a source of difficulty"), a word nobody writes or an unfit one."""
    dictionary(DISEASES)
    for seed in range(8):
        (item,) = _items(GOITER_TEXT, [("goiter", "goiter", 2.5)], seed)
        assert item.options[item.answer] == KEY
        assert _distractors(item) <= POOL, _distractors(item)
        assert len(_distractors(item)) == 3
        assert not {MUMPS, TETANUS} <= _distractors(item)  # two kinds of one thing: not both
        assert not {JAUNDICE, SCABIES} <= _distractors(item)  # two glosses sharing "skin": not both
    # the same seed, the same item: the pool is shuffled by the lesson's seeded generator
    assert _items(GOITER_TEXT, [("goiter", "goiter", 2.5)], 3) == _items(GOITER_TEXT, [("goiter", "goiter", 2.5)], 3)


def test_the_articles_own_words_come_before_the_pool(dictionary):
    dictionary(DISEASES)
    text = GOITER_TEXT.replace("every week.", "every week. A nosebleed kept her brother home.")
    for seed in range(6):
        (item,) = _items(text, [("goiter", "goiter", 2.5)], seed)
        assert NOSEBLEED in item.options
        assert _distractors(item) <= POOL


def test_no_pool_gloss_names_the_keys_category_or_a_word_of_its_sentence(dictionary):
    """"a childhood disease …" beside a disease, or a gloss with "food" beside "… iodine in her
    food", might be read as fitting the word too."""
    dictionary([*DISEASES, ("n", 26, ["heartburn"], "a burning pain after rich food")])  # heartburn 2.9
    for seed in range(8):
        (item,) = _items(GOITER_TEXT, [("goiter", "goiter", 2.5)], seed)
        assert RICKETS not in item.options
        assert "a burning pain after rich food" not in item.options


# ---------------------------------------------------------------- an illness is offered illnesses

ILLNESS_CHAIN = [
    ("n", 26, ["entity"], "that which is perceived to have its own distinct existence"),  # 0
    ("n", 26, ["abstraction"], "a general concept formed by extracting common features", [("@", 0)]),  # 1
    ("n", 26, ["attribute"], "an abstraction belonging to an entity", [("@", 1)]),  # 2
    ("n", 26, ["state"], "the way something is with respect to its main attributes", [("@", 2)]),  # 3
    ("n", 26, ["condition"], "a mode of being or form of existence", [("@", 3)]),  # 4
    ("n", 26, ["physical condition"], "the condition of the body", [("@", 4)]),  # 5: a kind, 5 below the root
    ("n", 26, ["pathological state"], "a bodily state that is not normal", [("@", 5)]),  # 6
    ("n", 26, ["ill health"], "a state of poor health", [("@", 6)]),  # 7
    ("n", 26, ["illness"], "impairment of normal physiological function", [("@", 7)]),  # 8
    ("n", 26, ["disease"], "an impairment of health", [("@", 8)]),  # 9
    ("n", 26, ["goiter"], KEY, [("@", 9)]),  # 10
    ("n", 26, ["ailment"], "a mild sickness", [("@", 6)]),  # 11
    ("n", 26, ["skin complaint"], "a complaint of the skin", [("@", 11)]),  # 12
    ("n", 26, ["haemorrhage"], "a flow of blood", [("@", 11)]),  # 13
    ("n", 26, ["spasm"], "a sudden contraction", [("@", 11)]),  # 14
    ("n", 26, ["jaundice"], JAUNDICE, [("@", 12)]),
    ("n", 26, ["nosebleed"], NOSEBLEED, [("@", 13)]),
    ("n", 26, ["hiccups"], HICCUPS, [("@", 14)]),
    ("n", 26, ["financial condition"], "the condition of a purse", [("@", 4)]),  # 18
    ("n", 26, ["fame"], "the state of being known", [("@", 4)]),  # 19
    ("n", 26, ["fullness"], "the state of having had enough", [("@", 4)]),  # 20
    ("n", 26, ["solvency"], "the ability to pay all debts when due", [("@", 18)]),  # not an illness
    ("n", 26, ["celebrity"], "the condition of being honored by many people", [("@", 19)]),
    ("n", 26, ["satiety"], "the feeling of having eaten enough", [("@", 20)]),
]


def test_an_illness_is_offered_other_illnesses_before_other_states(dictionary):
    """WordNet files "goiter" beside "solvency" and "celebrity" (noun.state): "severe [the ability
    to pay all debts]" is a distractor nobody considers. Under "physical condition", a kind five
    steps below the root, other illnesses come first; the key's kin (a sister, a niece) never."""
    dictionary(ILLNESS_CHAIN)
    for seed in range(8):
        (item,) = _items(GOITER_TEXT, [("goiter", "goiter", 2.5)], seed)
        assert _distractors(item) == {JAUNDICE, NOSEBLEED, HICCUPS}, _distractors(item)


# ---------------------------------------------------------------- kin of an abstract key

LACK = "the state of needing something that is absent"
STATES = [
    ("n", 26, ["attribute"], "an abstraction belonging to an entity"),  # 0
    ("n", 26, ["state"], "the way something is with respect to its main attributes", [("@", 0)]),  # 1
    ("n", 26, ["condition"], "a mode of being or form of existence", [("@", 1)]),  # 2
    ("n", 26, ["need"], "a condition requiring relief", [("@", 2)]),  # 3
    ("n", 26, ["deficiency", "lack"], LACK, [("@", 3)]),  # 4
    ("n", 26, ["dearth"], "an insufficient quantity or number", [("@", 3)]),  # 5: a sister
    ("n", 26, ["insufficiency"], "too small an amount", [("@", 3)]),  # 6
    ("n", 26, ["paucity"], "a small number or amount of things", [("@", 6)]),  # 7: kin (a niece)
    ("n", 26, ["albinism"], "lack of normal skin pigmentation"),  # another lack: names a synonym
    ("n", 26, ["frailty"], "physical weakness that comes with old age", [("@", 0)]),  # right under an ancestor
    ("n", 26, ["solvency"], "the ability to pay all debts when due"),  # 2.7
    ("n", 26, ["satiety"], "the feeling of having eaten enough"),  # 2.5
    ("n", 26, ["sobriety"], "the habit of drinking no alcohol"),  # 3.2
    ("n", 26, ["sunburn"], SUNBURN),  # 3.0
]
DEFICIENCY_TEXT = ("Children and their diet\n\n"
                   "The report found a serious deficiency in the meals of many children.\n\n"
                   "Schools will change their menus next year.\n")


def test_for_an_abstract_key_no_kin_no_synonyms_lack_and_no_category_of_its_ancestors(dictionary):
    """"a serious deficiency": "an insufficient quantity", "a small number or amount of things"
    (kin in WordNet) or "lack of normal skin pigmentation" (another lack) could fit the
    sentence too, and "physical weakness that comes with old age", a kind right under the key's
    top category, is as general as the key's own field: none is offered."""
    dictionary(STATES)
    allowed = {"the ability to pay all debts when due", "the feeling of having eaten enough",
               "the habit of drinking no alcohol", SUNBURN}
    for seed in range(8):
        (item,) = _items(DEFICIENCY_TEXT, [("deficiency", "deficiency", 2.9)], seed)
        assert item.options[item.answer] == LACK
        assert _distractors(item) <= allowed, _distractors(item)


# ---------------------------------------------------------------- a gloss meaning a word of the sentence

MISDEED = "improper or wicked conduct"
ACTS = [
    ("n", 4, ["misdeed"], MISDEED),
    ("n", 4, ["burial", "burying"], "concealing something under the ground", [("+", 7)]),  # 1; burial, 3.9
    ("n", 4, ["arson"], "the malicious burning of property"),  # 3.4
    ("n", 4, ["poaching"], "illegal hunting of wild game"),  # 3.2
    ("n", 4, ["perjury"], "lying under oath in a court"),  # 3.3
    ("n", 4, ["bribery"], "the offering of money for favours"),  # 3.4
    ("n", 4, ["tirade"], "a long and angry public speech"),  # 2.9
    ("v", 35, ["bury"], "cover from sight"),  # 7
]
MISDEED_TEXT = ("Old studio secrets\n\n"
                "The studio spent years burying the misdeeds of its stars.\n\n"
                "Reporters later found the files in a locked room.\n")


def test_a_gloss_meaning_a_word_of_the_sentence_is_never_offered(dictionary):
    """"burying the misdeeds": "concealing something under the ground" (burial, burying) is not
    what "misdeeds" means, but the sentence says it: a reader is led to it. Neither the
    article's word "burying" nor the pool's "burial" lends it."""
    dictionary(ACTS)
    lending = MISDEED_TEXT + "\nArson, poaching and perjury were in the files too.\n"  # the article lends three
    for text in (MISDEED_TEXT, lending):
        for seed in range(8):
            (item,) = _items(text, [("misdeeds", "misdeed", 3.2)], seed)
            assert item.options[item.answer] == MISDEED
            assert "concealing something under the ground" not in item.options


# ---------------------------------------------------------------- the article's own words: a far hypernym

ECZEMA = "an itching inflammation of the outer layer"
ECZEMA_SYNSETS = [
    ("n", 26, ["illness"], "impairment of normal physiological function"),  # 0
    ("n", 26, ["disease"], "an impairment of health", [("@", 0)]),  # 1
    ("n", 26, ["dermatosis"], "a disorder of the skin", [("@", 1)]),  # 2
    ("n", 26, ["eczema"], ECZEMA, [("@", 2)]),  # 3
    ("n", 26, ["jaundice"], JAUNDICE),
    ("n", 26, ["nosebleed"], NOSEBLEED),
    ("n", 26, ["hiccups"], HICCUPS),
    ("n", 26, ["sunburn"], SUNBURN),
]
ECZEMA_TEXT = ("A hard winter\n\n"
               "The boy suffered from severe eczema for many months.\n\n"
               "His illness came with jaundice, a nosebleed and hiccups, and later sunburn.\n")


def test_an_article_word_whose_sense_is_the_keys_far_hypernym_lends_nothing(dictionary):
    """"illness" three steps above "eczema": "severe impairment of normal physiological function"
    describes the word in its sentence too."""
    dictionary(ECZEMA_SYNSETS)
    for seed in range(8):
        (item,) = _items(ECZEMA_TEXT, [("eczema", "eczema", 3.0)], seed)
        assert item.options[item.answer] == ECZEMA
        assert "impairment of normal physiological function" not in item.options


# ---------------------------------------------------------------- a key its word family gives away

SPEECH = [
    ("n", 10, ["denunciation", "denouncement"], "a public act of denouncing", [("+", 5)]),  # 0
    ("n", 10, ["tirade"], "a long speech full of fury"),
    ("n", 10, ["eulogy"], "a speech praising someone who died"),
    ("n", 10, ["censure"], "harsh criticism or official blame"),
    ("n", 10, ["rancor", "bitterness"], "a feeling of deep and bitter anger", [("+", 6)]),  # 4
    ("v", 32, ["denounce"], "speak out against"),  # 5
    ("a", 0, ["bitter"], "marked by strong resentment"),  # 6
]
SPEECH_TEXT = ("A stormy meeting\n\n"
               "The mayor answered the denunciation of his plan with calm words.\n\n"
               "One tirade, one eulogy and some censure followed.\n\n"
               "By midnight the rancor of the evening had faded.\n")


def test_a_key_that_uses_a_word_of_the_asked_words_family_is_not_asked(dictionary):
    """"a public act of denouncing" for "denunciation": the gloss's "denouncing" (of "denounce",
    the word's verb in WordNet) gives the answer away. "bitter" in the gloss of "rancor" (of
    "bitterness", a synonym) looks nothing like "rancor": that item stays."""
    dictionary(SPEECH)
    items = _items(SPEECH_TEXT, [("denunciation", "denunciation", 2.6), ("rancor", "rancor", 2.5)], 1)
    assert [re.search(r"what does \"(\w+)\"", it.stem).group(1) for it in items] == ["rancor"]


# ---------------------------------------------------------------- the reader's index

def test_one_sense_lemmas_lists_the_words_of_one_sense_by_lexicographer_file(dictionary):
    wn = dictionary([*DISEASES, ("n", 26, ["sunburn"], "a second sense of sunburn"),
                     ("v", 30, ["hiccups"], "make a hiccuping sound")])
    state = dict(wn.one_sense_lemmas("NOUN", 26))
    assert state["jaundice"] == wn.senses("jaundice", "NOUN")[0].offset
    assert state["goitre"] == state["goiter"]  # each word of a synset
    assert "sunburn" not in state  # two senses
    assert "hiccups" not in state  # also a verb
    assert "bandanna" not in state and "bandanna" in dict(wn.one_sense_lemmas("NOUN", 6))
    assert [w for w, _ in wn.one_sense_lemmas("NOUN", 26)] == sorted(state)
    assert wn.one_sense_lemmas("NOUN", 99) == ()
