"""Vocabulary items on verbs and adjectives of one WordNet sense, and the rules that keep them sure,
each failure shape on a constructed article and a small WordNet written by the test in WordNet
3.0's format (verb frames, attribute and derivation pointers, adjective satellites included).

Distractors from WordNet's own words are chosen by their Zipf frequency in wordfreq (the
frequencies the analysis gives the article's words), so the dictionaries use real English words;
the frequencies that matter are noted beside them.
"""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_article
from test_generate_vocabulary import mini_wordnet  # noqa: F401  (a fixture)

from quizgen import wordnet
from quizgen.generate import vocabulary
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span, VocabWord
from quizgen.validate import lint_item

HEADER = "  1 This is a constructed test database in the format of WordNet 3.0.  \n"
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def write_dictionary(folder, synsets):
    """index.* and data.* files of ``synsets``: (letter, lex file, words, gloss, pointers, frames),
    letter "s" an adjective satellite; pointers (symbol, index of the target); frames for verbs."""
    def lines(offsets):
        data = {p: HEADER for p in FILES}
        index: dict[str, dict[str, list[int]]] = {p: {} for p in FILES}
        found = []
        for letter, lex, words, gloss, ptrs, frames in synsets:
            pos = "a" if letter == "s" else letter
            offset = len(data[pos].encode())
            found.append(offset)
            ws = " ".join(f"{w.replace(' ', '_')} 0" for w in words)
            ps = "".join(f" {sym} {offsets[t]:08d} {synsets[t][0]} 0000" for sym, t in ptrs)
            fs = f" {len(frames):02d}" + "".join(f" + {f:02d} 00" for f in frames) if pos == "v" else ""
            data[pos] += f"{offset:08d} {lex:02d} {letter} {len(words):02x} {ws} {len(ptrs):03d}{ps}{fs} | {gloss}  \n"
            for w in words:
                index[pos].setdefault(w.lower().replace(" ", "_"), []).append(offset)
        return data, index, found

    _, _, offsets = lines([0] * len(synsets))
    data, index, _ = lines(offsets)
    for pos, name in FILES.items():
        (folder / f"data.{name}").write_text(data[pos], encoding="utf-8")
        rows = [HEADER]
        for lemma in sorted(index[pos]):
            offs = index[pos][lemma]
            rows.append(f"{lemma} {pos} {len(offs)} 0 {len(offs)} 0 {' '.join(f'{o:08d}' for o in offs)}  \n")
        (folder / f"index.{name}").write_text("".join(rows), encoding="utf-8")


@pytest.fixture
def dictionary(tmp_path, monkeypatch):
    def write(synsets):
        synsets = [(*s, [], []) if len(s) == 4 else (*s, []) if len(s) == 5 else s for s in synsets]
        write_dictionary(tmp_path, synsets)
        monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
        wordnet._load.cache_clear()
        return wordnet.load()
    yield write
    wordnet._load.cache_clear()


def _analysis(article, words):
    """Sentences split at full stops; ``words``: (word as written, lemma, part of speech, Zipf)."""
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    vocab = []
    for word, lemma, pos, zipf in words:
        i = re.search(rf"\b{word}\b", article.text).start()
        sent = next(s for s in sents if s.span.start <= i < s.span.end)
        n = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        vocab.append(VocabWord(word, lemma, pos, n, sent.span, Span(i, i + len(word), word), zipf))
    return Analysis(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(),
                    judgments=(), conflicts=(), quantities=(), vocabulary=tuple(vocab),
                    readability=Readability(8.0, 60.0, 40, 5, 1), main_ideas=tuple(sents[:1]))


def _items(text, words, seed=1, analysis=None):
    article = plain_article(text)
    analysis = analysis or _analysis(article, words)
    return article, vocabulary.generate(Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS)))


def _asked(items):
    return {re.search(r"what does \"([\w-]+)\"", it.stem).group(1) for it in items}


def _distractors(item):
    return {o for i, o in enumerate(item.options) if i != item.answer}


# ---------------------------------------------------------------- verbs

DECRY = "express strong disapproval of"
ALLUDE = "make a more or less disguised reference to"
CONGREGATE = "come together in a large crowd"  # congregate, Zipf 2.92; no object
BACKTRACK = "go back over the same path"  # backtrack, 2.72; no object
GROVEL = "show fear and obey without question"  # grovel, 2.28; no object
IMPRISON = "lock up in a jail for a long period of time"  # imprison, 2.87; with an object, a social act
OUTRUN = "run faster than another runner in a race"  # outrun, 2.96; with an object
UNZIP = "open the zipper of a coat or a travel bag"  # unzip, 2.55; with an object
FORSAKE = "leave someone who needs or counts on you"  # forsake, 2.91; with an object
VERBS = [
    ("v", 32, ["decry"], DECRY, [], [8, 9]),  # 0
    ("v", 38, ["congregate"], CONGREGATE, [], [2]),
    ("v", 38, ["backtrack"], BACKTRACK, [], [2]),
    ("v", 37, ["grovel"], GROVEL, [], [2]),
    ("v", 41, ["imprison"], IMPRISON, [], [9]),
    ("v", 38, ["outrun"], OUTRUN, [], [9]),  # 5
    ("v", 35, ["unzip"], UNZIP, [], [8]),
    ("v", 32, ["allude"], ALLUDE, [], [22]),
    ("v", 31, ["forsake"], FORSAKE, [], [9]),
    ("v", 41, ["exhume"], "dig up for a new burial", [("@", 10)], [8]),
    ("v", 35, ["excavate"], "dig a hole in the ground", [("~", 9)], [8]),  # 10
    ("v", 30, ["conflate"], "mix together different elements", [], [1, 2]),
    ("v", 32, ["tantalize"], "harass with constant criticism", [], [9]),
    ("a", 0, ["tantalizing"], "arousing desire for something out of reach"),
    ("n", 21, ["donation"], "a gift of money to a fund"),
]
VERB_TEXT = ("The library vote\n\n"
             "The mayor decries the plan to close the library on weekends.\n\n"
             "Her rival would forsake the voters of the north side.\n\n"
             "Some writers are exhuming old books about the town.\n\n"
             "The council was conflating donations with support for the plan.\n\n"
             "The report offers tantalizing clues about the final vote.\n")
VERB_WORDS = [("decries", "decry", "VERB", 2.6), ("forsake", "forsake", "VERB", 2.9),
              ("exhuming", "exhume", "VERB", 2.2), ("conflating", "conflate", "VERB", 2.4),
              ("tantalizing", "tantalize", "VERB", 2.7)]


def test_a_verb_of_one_sense_is_asked_with_verbs_that_take_other_arguments(dictionary):
    """"decries the plan": its one sense is the key; the distractors are verbs of other fields
    framed without an object ("come together in a large crowd"), which no reading of "decries
    the plan" can take; never one with an object like the key's ("lock up as in a jail" might fit
    a sentence about what a mayor does to a plan as well as the key)."""
    dictionary(VERBS)
    for seed in range(6):
        article, items = _items(VERB_TEXT, VERB_WORDS, seed)
        item = next(it for it in items if "\"decries\"" in it.stem)
        assert item.options[item.answer] == DECRY
        assert _distractors(item) == {CONGREGATE, BACKTRACK, GROVEL}
        assert lint_item(item, article) == []


def test_verbs_whose_one_sense_may_not_be_their_sense_here_are_not_asked(dictionary):
    """Done to "someone" ("forsake the voters": verbs are stretched to things), an act on things
    ("exhume": a kind of "excavate"; "exhuming old books" is figurative), framed only without an
    object but given one ("conflating donations with support"), an adjective as written
    ("tantalizing clues"): none is asked."""
    dictionary(VERBS)
    _, items = _items(VERB_TEXT, VERB_WORDS)
    assert _asked(items) == {"decries"}


def test_a_verb_without_an_object_takes_distractors_with_one(dictionary):
    """"alluding to the plan": no object, so the distractors are verbs that need one."""
    dictionary(VERBS)
    text = "The library vote\n\nThe mayor was alluding to the plan in her speech on Monday.\n"
    for seed in range(4):
        _, (item,) = _items(text, [("alluding", "allude", "VERB", 2.5)], seed)
        assert item.options[item.answer] == ALLUDE
        assert len(_distractors(item)) == 3
        assert _distractors(item) <= {IMPRISON, OUTRUN, UNZIP, FORSAKE}  # never CONGREGATE, BACKTRACK, GROVEL


def test_two_items_of_one_lesson_never_offer_the_same_gloss(dictionary):
    """"decries the plan" and "berated the players" both take verbs without an object; the second
    item takes none the first offered (six such verbs: three each)."""
    extra = [("v", 32, ["berate"], "censure severely or angrily", [], [9]),
             ("v", 38, ["meander"], "follow a winding and turning course", [], [2]),  # Zipf 2.69
             ("v", 38, ["saunter"], "walk in a slow and relaxed way", [], [2]),  # 2.23
             ("v", 38, ["loiter"], "stand about with no clear purpose", [], [2])]  # 2.38
    dictionary(VERBS + extra)
    text = ("The library vote\n\nThe mayor decries the plan to close the library on weekends.\n\n"
            "The coach berated the players after the game on Friday.\n")
    for seed in range(8):
        _, items = _items(text, [("decries", "decry", "VERB", 2.6), ("berated", "berate", "VERB", 2.67)], seed)
        assert _asked(items) == {"decries", "berated"}
        first, second = (_distractors(it) for it in items)
        assert not first & second


def test_a_verb_never_takes_a_distractor_opening_with_its_prefix():
    """"revise one's assessment" (reassess) beside "reiterate": both say "again"."""
    assert vocabulary._same_prefix("reiterate", "reassess")
    assert not vocabulary._same_prefix("reiterate", "congregate")


# ---------------------------------------------------------------- adjectives

AMICABLE = "characterized by friendship and good will"
BLUISH = "of a pale color seen in a clear sky"  # bluish, Zipf 2.88
GRAINY = "composed of small hard particles of sand"  # grainy, 2.84
SALTY = "tasting strongly of the sea"  # salty, 3.74
PALATABLE = "acceptable to the taste or to the mind"  # palatable: reaches past the senses
SCENTED = "having a sweet smell from flowers"  # scented: its example speaks of letters
ADJECTIVES = [
    ("n", 7, ["property"], "a basic quality of a thing", [("~", 1), ("~", 2), ("~", 3)]),  # 0
    ("n", 7, ["visual property"], "an attribute of vision", [("@", 0), ("~", 4)]),
    ("n", 7, ["tactile property"], "a property perceived by touch", [("@", 0), ("~", 6)]),
    ("n", 7, ["taste property"], "a property known by taste", [("@", 0), ("~", 5), ("~", 7), ("~", 8)]),
    ("n", 7, ["blueness"], "the quality of a blue color", [("@", 1), ("+", 9)]),
    ("n", 7, ["palatability"], "the quality of tasting good", [("@", 3), ("+", 12)]),  # 5
    ("n", 7, ["graininess"], "the quality of grains", [("@", 2), ("+", 10)]),
    ("n", 7, ["saltiness"], "the taste of salt", [("@", 3), ("+", 11)]),
    ("n", 7, ["fragrance"], "a sweet smell", [("@", 3), ("+", 13)]),
    ("a", 0, ["bluish"], BLUISH + "; \"bluish clouds\"", [("+", 4)]),
    ("a", 0, ["grainy"], GRAINY + "; \"grainy sugar\"", [("+", 6)]),  # 10
    ("a", 0, ["salty"], SALTY + "; \"salty soup\"", [("+", 7)]),
    ("a", 0, ["palatable"], PALATABLE + "; \"a palatable soup\"", [("+", 5)]),
    ("a", 0, ["scented"], SCENTED + "; \"scented letters\"", [("+", 8)]),
    ("n", 19, ["cloud"], "a visible mass of water in the sky"),
    ("n", 13, ["sugar"], "a white crystalline food"),  # 15
    ("n", 13, ["soup"], "liquid food made by boiling"),
    ("n", 10, ["letter"], "a written message sent by mail"),
    ("a", 0, ["amicable"], AMICABLE, [("+", 20)]),
    ("n", 7, ["amicability"], "a state of friendship", [("@", 21), ("+", 19)]),  # 20
    ("n", 7, ["friendliness"], "a friendly disposition", [("~", 20)]),
    ("n", 24, ["rapport"], "a relationship of mutual understanding"),
    ("a", 0, ["evenhanded"], "without partiality"),
    ("a", 0, ["outsized"], "larger than normal for its kind"),
    ("n", 6, ["trophy"], "an award for success in a contest", [("@", 25 + 1)]),  # 25
    ("n", 6, ["artifact"], "a man-made object", [("@", 27), ("~", 25)]),
    ("n", 3, ["physical entity"], "an entity that has physical existence", [("~", 26)]),
    ("a", 0, ["unpledged"], "not promised in marriage"),
    ("v", 32, ["pledge"], "promise solemnly", [], [8]),
    ("v", 40, ["pledge"], "give as a guarantee", [], [8]),  # 30
    ("a", 0, ["divisive"], "dissenting (especially with the majority opinion)"),
]
ADJECTIVE_TEXT = ("Old rivals\n\n"
                  "After a previously amicable rapport, the two rivals are now sparring.\n\n"
                  "The panel wants a convention that is evenhanded.\n\n"
                  "He held an outsized trophy above the crowd at the finish.\n\n"
                  "The unpledged delegates met in the hall on Monday.\n\n"
                  "Both sides condemned the divisive remarks made at the rally.\n")
ADJECTIVE_WORDS = [("amicable", "amicable", "ADJ", 2.97), ("evenhanded", "evenhanded", "ADJ", 1.8),
                   ("outsized", "outsized", "ADJ", 2.4), ("unpledged", "unpledged", "ADJ", 1.57),
                   ("divisive", "divisive", "ADJ", 3.34)]


def test_an_adjective_before_an_abstract_noun_takes_adjectives_of_the_senses(dictionary):
    """"a previously amicable rapport": WordNet's other adjectives may describe a rapport as well
    as "amicable" does; one of colour, touch or taste cannot. Never one reaching past the senses
    ("acceptable to the taste or to the mind"), nor one WordNet shows said of words ("scented
    letters")."""
    dictionary(ADJECTIVES)
    for seed in range(6):
        article, items = _items(ADJECTIVE_TEXT, ADJECTIVE_WORDS, seed)
        (item,) = [it for it in items if "\"amicable\"" in it.stem]
        assert item.options[item.answer] == AMICABLE
        assert _distractors(item) == {BLUISH, GRAINY, SALTY}
        assert lint_item(item, article) == []


def test_adjectives_without_a_sure_sense_or_an_abstract_noun_are_not_asked(dictionary):
    """After its noun ("a convention that is evenhanded": the noun is not looked for), before a
    thing ("an outsized trophy": a colour or a texture may describe it), the negation of a word of
    several senses ("unpledged": "pledge" has two; "not promised in marriage" is no unpledged
    delegate), a gloss narrowed by "especially" ("divisive remarks" are not "dissenting"): none."""
    dictionary(ADJECTIVES)
    _, items = _items(ADJECTIVE_TEXT, ADJECTIVE_WORDS)
    assert _asked(items) == {"amicable"}


# ---------------------------------------------------------------- nouns and every part of speech

def test_a_gloss_built_on_the_word_gives_it_away():
    assert vocabulary._gives_away("jobless", "jobless", "not having a job")
    assert vocabulary._gives_away("irrevocable", "irrevocable", "incapable of being retracted or revoked")
    assert not vocabulary._gives_away("amicable", "amicable", AMICABLE)


def test_a_sentence_ending_in_a_closing_quote_and_a_line_break_is_read(mini_wordnet):  # noqa: F811
    """The analysis's last sentence of a paragraph may end '.”' and the line break after it."""
    text = ("Officials clean old files\n\n"
            "A clerk said: “Officials began the erasure of the old records.”\n\n"
            "Clerks gave a description, an exhibition and a rotation of the files daily. "
            "The demolition of the annex followed.\n")
    article = plain_article(text)
    analysis = _analysis(article, [])
    p = article.paragraphs[0]
    end = p.start + len(p.text) + 1  # the quote and the line break
    sent = Sentence(Span(p.start, end, article.text[p.start:end]), 1, 0)
    i = article.text.index("erasure")
    v = VocabWord("erasure", "erasure", "NOUN", 1, sent.span, Span(i, i + 7, "erasure"), 2.0)
    analysis = Analysis(**{**analysis.__dict__, "sentences": (sent, *analysis.sentences[1:]), "vocabulary": (v,)})
    _, (item,) = _items(text, [], analysis=analysis)
    assert item.options[item.answer] == "the act of removing by rubbing out"


SHORTCOMING = "a failing or deficiency"
NOUNS = [
    ("n", 7, ["shortcoming"], SHORTCOMING),
    ("n", 6, ["restroom"], "a public toilet in a building"),
    ("n", 7, ["honesty"], "the quality of being truthful"),  # Zipf 3.8: lends a sense from the article
    ("n", 7, ["patience"], "the capacity to wait calmly"),
    ("n", 7, ["elegance"], "a refined grace of style"),
    ("n", 6, ["lavatory"], "a room with a toilet and sink"),
]
NOUN_TEXT = ("A new mayor\n\n"
             "Critics listed the shortcomings of the new mayor during the meeting.\n\n"
             "The restroom in the town hall was closed for repairs last week.\n\n"
             "Her honesty, patience and elegance won praise from the voters.\n")


def test_a_word_over_zipf_3_3_is_asked_unless_two_everyday_words_make_it(dictionary):
    """"shortcomings" (3.45) is worth teaching; "restroom" (3.39), "rest" + "room", is not."""
    dictionary(NOUNS)
    words = [("shortcomings", "shortcoming", "NOUN", 3.45), ("restroom", "restroom", "NOUN", 3.39)]
    _, items = _items(NOUN_TEXT, words)
    assert _asked(items) == {"shortcomings"}
    (item,) = items
    assert item.options[item.answer] == SHORTCOMING


def test_an_unfinished_gloss_is_never_offered(dictionary):
    """"main force of a blow etc" (brunt) is no meaning to read."""
    wn = dictionary([("n", 7, ["brunt"], "main force of a blow etc"),
                     ("n", 7, ["honesty"], "the quality of being truthful")])
    (brunt,) = wn.senses("brunt", "NOUN")
    (honesty,) = wn.senses("honesty", "NOUN")
    assert vocabulary._pool_entry(wn, "NOUN", "brunt", brunt.offset) is None
    assert vocabulary._pool_entry(wn, "NOUN", "honesty", honesty.offset) is not None


@pytest.mark.parametrize("gloss", [
    "a mound of fatty tissue covering the pubic area", "kill in large numbers", "make a slave of",
    "look at with amorous intentions", "remove the entrails of", "extreme mental retardation",
    "break apart or in two, using violence",
])
def test_glosses_unfit_for_a_school_lesson_are_never_offered(gloss):
    assert vocabulary._UNFIT.search(gloss)
