"""Vocabulary items ask what a word means, from a WordNet-format dictionary.

The dictionary here is a tiny one the test writes in WordNet 3.0's own file format (index lines
pointing at byte offsets of data lines), so the reader and the generator are tested on known
senses whether or not the machine has Debian's wordnet-base installed.
"""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_article

from quizgen import wordnet
from quizgen.generate import build_lesson
from quizgen.generate.base import Context
from quizgen.generate.vocabulary import generate
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span, VocabWord
from quizgen.validate import lint_item

HEADER = "  1 This is a constructed test database in the format of WordNet 3.0.  \n"
# (pos letter, lex file, words, pointers to hypernym words, gloss)
SYNSETS = [
    ("v", 35, ["expunge", "strike"], "remove by erasing or crossing out; \"strike that remark\""),
    ("v", 32, ["describe"], "give an account or representation of in words"),
    ("v", 39, ["exhibit"], "show an object to an interested audience"),
    ("v", 38, ["rotate"], "turn on or around an axis or a center"),
    ("v", 30, ["streamline"], "contour economically or efficiently"),
    ("v", 30, ["streamline"], "make more efficient and effective"),
    ("n", 7, ["disloyalty"], "the quality of being disloyal"),
    ("n", 6, ["nappy", "diaper"], "a garment worn by an infant"),
    ("a", 0, ["nappy"], "(of hair) in small tight curls"),
    ("n", 18, ["Crane", "Stephen Crane"], "United States writer (1871-1900)"),
    ("n", 6, ["crane"], "lifts and moves heavy objects"),
    ("r", 2, ["quickly"], "with speed"),
    ("n", 4, ["erasure", "expunction"], "the act of removing by rubbing out"),
    ("n", 4, ["description"], "the act of giving an account in words"),
    ("n", 4, ["exhibition"], "the act of showing objects to an audience"),
    ("n", 4, ["rotation"], "the act of turning about an axis"),
    ("n", 4, ["demolition"], "the act of pulling down a building"),
    ("n", 18, ["campaigner", "candidate"], "a politician who is running for public office"),
]
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def write_wordnet(folder):
    """index.* and data.* files in WordNet's format, with true byte offsets."""
    # a synset may carry a fifth field, its pointers: (symbol, index of the target in SYNSETS);
    # pointer fields have a fixed width, so offsets are found in a first pass with dummy targets
    def lines(offsets):
        data = {p: HEADER for p in FILES}
        index: dict[str, dict[str, list[int]]] = {p: {} for p in FILES}
        found = []
        for pos, lex, words, gloss, *rest in SYNSETS:
            offset = len(data[pos].encode())
            found.append(offset)
            ws = " ".join(f"{w.replace(' ', '_')} 0" for w in words)
            ptrs = rest[0] if rest else []
            ps = "".join(f" {sym} {offsets[t]:08d} {SYNSETS[t][0]} 0000" for sym, t in ptrs)
            data[pos] += f"{offset:08d} {lex:02d} {pos} {len(words):02x} {ws} {len(ptrs):03d}{ps} | {gloss}  \n"
            for w in words:
                index[pos].setdefault(w.lower().replace(" ", "_"), []).append(offset)
        return data, index, found

    _, _, offsets = lines([0] * len(SYNSETS))
    data, index, _ = lines(offsets)
    for pos, name in FILES.items():
        (folder / f"data.{name}").write_text(data[pos], encoding="utf-8")
        lines = [HEADER]
        for lemma in sorted(index[pos]):
            offs = index[pos][lemma]
            lines.append(f"{lemma} {pos} {len(offs)} 0 {len(offs)} 0 {' '.join(f'{o:08d}' for o in offs)}  \n")
        (folder / f"index.{name}").write_text("".join(lines), encoding="utf-8")
    (folder / "verb.exc").write_text("struck strike\n", encoding="utf-8")


def wordnet_of(synsets, folder, monkeypatch):
    """A WordNet folder of ``synsets`` (in this module's SYNSETS format), loaded afresh: for a test's fixture,
    which calls :func:`forget_wordnet` after the test."""
    monkeypatch.setattr("test_generate_vocabulary.SYNSETS", synsets)
    write_wordnet(folder)
    monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(folder))
    forget_wordnet()
    return wordnet.load()


def forget_wordnet():
    from quizgen.generate import vocabulary

    wordnet._load.cache_clear()
    vocabulary.sense_in_context.cache_clear()


@pytest.fixture
def mini_wordnet(tmp_path, monkeypatch):
    write_wordnet(tmp_path)
    monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
    return wordnet.load()


def test_reader_finds_senses_by_inflected_form(mini_wordnet):
    wn = mini_wordnet
    (sense,) = wn.senses("expunging", "VERB")
    assert sense.words == ("expunge", "strike")
    assert sense.definition == "remove by erasing or crossing out"
    assert sense.examples == ("strike that remark",)
    assert wn.base_form("struck", "VERB") == "strike"  # the exceptions file
    assert [s.definition for s in wn.senses("streamlined", "VERB")] == [
        "contour economically or efficiently", "make more efficient and effective"]
    assert wn.senses("zzzz", "NOUN") == ()
    assert wn.senses("crane", "NOUN")[0].words == ("Crane", "Stephen Crane")


def test_missing_dictionary_means_no_vocabulary_items_and_no_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path / "nowhere"))
    assert wordnet.load() is None
    article, analysis = _article_and_analysis()
    assert generate(Context(article, analysis, random.Random(1), frozenset(ITEM_KINDS))) == []
    lesson = build_lesson(article, analysis=analysis, seed=1)
    assert not any(it.skill == "vocabulary_in_context" for it in lesson.items)


TEXT = ("Officials clean old files\n\n"
        "Officials began the erasure of the old records. Clerks gave a description, an exhibition and a rotation "
        "of the files daily. The demolition of the annex followed.\n\n"
        "They plan to streamline the work. Critics accuse them of disloyalty to the staff.\n\n"
        "A nappy was left near the crane quickly. A campaigner for refugees spoke.\n")


def _article_and_analysis():
    article = plain_article(TEXT)
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    vocab = []
    for word, lemma, pos, z in (("erasure", "erasure", "NOUN", 2.0), ("streamline", "streamline", "VERB", 2.5),
                                ("disloyalty", "disloyalty", "NOUN", 2.6), ("nappy", "nappy", "ADJ", 2.7),
                                ("crane", "crane", "NOUN", 2.8), ("campaigner", "campaigner", "NOUN", 2.9)):
        i = article.text.index(word)
        sent = next(s for s in sents if s.span.start <= i < s.span.end)
        n = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        vocab.append(VocabWord(word, lemma, pos, n, sent.span, Span(i, i + len(word), word), z))
    analysis = Analysis(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(),
                        judgments=(), conflicts=(), quantities=(), vocabulary=tuple(vocab),
                        readability=Readability(8.0, 60.0, 40, 5, 1), main_ideas=tuple(sents[:1]))
    return article, analysis


def test_meaning_item_keys_the_sense_and_offers_other_words_senses(mini_wordnet):
    article, analysis = _article_and_analysis()
    items = generate(Context(article, analysis, random.Random(1), frozenset(ITEM_KINDS)))
    assert [it.stem.split("what does ")[1] for it in items] == ["\"erasure\" most nearly mean?"]
    (item,) = items
    assert item.kind == "multiple_choice"
    assert "In ¶1" in item.stem and "Officials began the erasure of the old records." in item.stem
    assert item.options[item.answer] == "the act of removing by rubbing out"
    others = {o for i, o in enumerate(item.options) if i != item.answer}
    # senses of other nouns of the article ("description" is too everyday a word to lend one),
    # all from the key's own field (acts): never "a garment worn by an infant"
    acts = {"the act of showing objects to an audience", "the act of turning about an axis",
            "the act of pulling down a building"}
    assert others == acts
    assert lint_item(item, article) == []


def test_unclear_or_self_defining_words_are_not_asked(mini_wordnet):
    """Two senses (streamline), a sense as another part of speech the tagger may have missed
    (nappy), a definition that uses the word (disloyalty), a proper-name sense (crane) and a word
    for people, used more loosely than its one sense (campaigner): no item."""
    article, analysis = _article_and_analysis()
    items = generate(Context(article, analysis, random.Random(2), frozenset(ITEM_KINDS)))
    asked = {re.search(r"what does \"(\w+)\"", it.stem).group(1) for it in items}
    assert asked == {"erasure"}
    options = {o for it in items for o in it.options}
    assert "United States writer" not in " ".join(options)  # a person is never a word's meaning


def test_the_word_asked_about_is_always_in_the_quoted_context(mini_wordnet):
    from dataclasses import replace

    long_start = " ".join(["The old clerks of the county office kept many dusty files in the basement"] * 3)
    text = TEXT.replace("Officials began the erasure of the old records.", long_start + " and began the erasure.")
    article = plain_article(text)
    _, analysis = _article_and_analysis()
    i = article.text.index("erasure")
    p = article.paragraphs[0]
    end = p.text.index("erasure.") + 8
    sent = Sentence(Span(p.start, p.start + end, p.text[:end]), 1, 0)
    v = VocabWord("erasure", "erasure", "NOUN", 1, sent.span, Span(i, i + 7, "erasure"), 2.0)
    analysis = replace(analysis, sentences=(sent,), vocabulary=(v,))
    (item,) = generate(Context(article, analysis, random.Random(1), frozenset(ITEM_KINDS)))
    quoted = item.stem.split("says: ")[1].split(" In this sentence")[0]
    assert "erasure" in quoted and quoted.startswith("\"…")


def test_an_ing_form_used_as_an_adjective_is_not_asked_as_a_verb(mini_wordnet):
    from dataclasses import replace

    text = TEXT.replace("Officials began the erasure of the old records.", "It was a long and expunging day for all.")
    article = plain_article(text)
    _, analysis = _article_and_analysis()
    p = article.paragraphs[0]
    sent_text = "It was a long and expunging day for all."
    start = p.start + p.text.index(sent_text)
    sent = Sentence(Span(start, start + len(sent_text), sent_text), 1, 0)
    i = article.text.index("expunging")
    v = VocabWord("expunging", "expunge", "VERB", 1, sent.span, Span(i, i + 9, "expunging"), 2.0)
    analysis = replace(analysis, sentences=(sent,), vocabulary=(v,))
    assert generate(Context(article, analysis, random.Random(1), frozenset(ITEM_KINDS))) == []


def test_adverbs_are_not_asked(mini_wordnet):
    from dataclasses import replace

    article, analysis = _article_and_analysis()
    i = article.text.index("quickly")
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    adv = VocabWord("quickly", "quickly", "ADV", 3, sent.span, Span(i, i + 7, "quickly"), 2.0)
    ctx = Context(article, replace(analysis, vocabulary=(adv,)), random.Random(1), frozenset(ITEM_KINDS))
    assert generate(ctx) == []


def test_verbs_and_transparent_words_are_not_asked(mini_wordnet):
    from dataclasses import replace

    from quizgen.generate.vocabulary import _transparent

    article, analysis = _article_and_analysis()
    verb = next(v for v in analysis.vocabulary if v.pos == "VERB")
    ctx = Context(article, replace(analysis, vocabulary=(verb,)), random.Random(1), frozenset(ITEM_KINDS))
    assert generate(ctx) == []  # a verb's sense drifts past the dictionary's ("forsake donations")
    assert _transparent("uncrowded") and _transparent("unbeaten") and not _transparent("unwieldy")
