"""Speed-ups of issue 9 (round 41) give what the plain computations gave: a vocabulary key's tries (three when
it is short of options) share the glosses the article lends it, yet each try excludes what it is told to; the
keyed texts :func:`quizgen.validate.validate` keeps are kept only while it runs, per thread; a claim's sources,
kept per article, are a fresh set to each caller. Constructed articles, the system's WordNet 3.0."""
from __future__ import annotations

import random
import threading

import pytest
from factories import plain_analysis, plain_article

from quizgen import validate as validate_module
from quizgen import wordnet
from quizgen.analysis import analyse
from quizgen.generate import build_lesson_report, distractors, generate_items, sure_claims, vocabulary
from quizgen.generate.base import Context, forget_memos
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS, Span, VocabWord


@pytest.fixture
def wn():
    if wordnet.find_folder() is None:  # pragma: no cover - the system's WordNet 3.0 is installed here
        pytest.fail("WordNet 3.0 not installed")
    return wordnet.load()


_COUNCIL = ("Council argues over the budget\n\n"
            "The treasurer lauded the mayor in a long letter to the board on Monday.\n\n"
            "Critics tried to forestall the cuts to the school budget. The board objected to the delay in the "
            "spring. The clerk pointed to the old rule in the charter. The union tried to discourage the vote. "
            "Residents voiced resentment and suspicion about the plan, and some felt despair at the cost.\n")


def _ctx(text: str, word: str, lemma: str, pos: str) -> Context:
    art = plain_article(text)
    base = plain_analysis(art)
    i = art.text.index(word)
    sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
    v = VocabWord(word, lemma, pos, sent.paragraph, sent.span, Span(i, i + len(word), word), 2.8)
    return Context(art, plain_analysis(art, vocabulary=(v,)), random.Random(1), frozenset(ITEM_KINDS))


def _fresh(call):
    """The answer with nothing kept from before (each lesson starts so)."""
    forget_memos()
    return call()


def test_a_keys_tries_share_the_lent_glosses_but_each_excludes_its_own(wn, monkeypatch) -> None:
    ctx = _ctx(_COUNCIL, "lauded", "laud", "VERB")
    v = ctx.analysis.vocabulary[0]
    key = vocabulary.sense_in_context(wn, "laud", "VERB", v.sentence.text)
    assert key is not None
    wide = _fresh(lambda: vocabulary.distractor_definitions(ctx, wn, v, key, band=2.0, plain=True))
    assert wide
    # the article's words are weighed once for the key: a second try asks no word again
    asked = []
    real = vocabulary._lends_as
    monkeypatch.setattr(vocabulary, "_lends_as", lambda *a: asked.append(a) or real(*a))
    narrow = vocabulary.distractor_definitions(ctx, wn, v, key)
    again = vocabulary.distractor_definitions(ctx, wn, v, key, band=2.0, plain=True)
    assert asked == []
    assert again == wide
    # what a try excludes is left out, and the answer is the one worked out afresh
    excluded = frozenset(wide[:1])
    kept = vocabulary.distractor_definitions(ctx, wn, v, key, excluded, 2.0, plain=True)
    assert not set(kept) & excluded
    monkeypatch.setattr(vocabulary, "_lends_as", real)
    assert kept == _fresh(lambda: vocabulary.distractor_definitions(ctx, wn, v, key, excluded, 2.0, plain=True))
    assert narrow == _fresh(lambda: vocabulary.distractor_definitions(ctx, wn, v, key))


def test_kin_glosses_left_out_make_room_for_others_of_their_cluster(wn) -> None:
    ctx = _ctx(_COUNCIL, "resentment", "resentment", "NOUN")
    v = ctx.analysis.vocabulary[0]
    key = vocabulary.sense_in_context(wn, "resentment", "NOUN", v.sentence.text)
    assert key is not None
    kin = _fresh(lambda: vocabulary.kin_glosses(wn, v, key))
    assert kin
    for d in kin:
        without = vocabulary.kin_glosses(wn, v, key, frozenset({d}))
        assert d not in without
        # the same as with nothing kept: a gloss left out no longer blocks another of its narrow cluster
        assert without == _fresh(lambda d=d: vocabulary.kin_glosses(wn, v, key, frozenset({d})))


_STRIKE = """Drivers accused the depot manager of bias in the rota

Bus drivers sued the depot on Monday. "We were never asked," said Ann Cole, who drives the night route.

The manager, Tom Reed, declined to comment. Cole said drivers would strike next week unless the rota
changed, and that passengers on the early routes would be the first to notice the empty stops.

The depot runs forty buses across the county and employs about ninety drivers, most of them on shifts that
start before dawn. Union officials said the dispute had been building for months over overtime and rest days.

Passengers at the main station said they had not been told about the strike. "I need the bus to get to
work," said one nurse waiting at the stop, who would not give her name.
"""


def test_validation_keeps_keyed_texts_only_while_it_runs_and_per_thread(nlp) -> None:
    article = article_from_text(_STRIKE)
    analysis = sure_claims(analyse(article, nlp=nlp))
    items = generate_items(article, analysis, rng=random.Random(0))
    assert items
    first = validate_module.validate(items, article, analysis)
    assert getattr(validate_module._RUN, "keyed", None) is None  # nothing kept once it returns
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(validate_module.validate(items, article, analysis)))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [first] * 3
    # an item edited after validation (a new item, another key) is read anew
    mc = next(it for it in items if it.kind == "multiple_choice")
    other = next(i for i in range(len(mc.options)) if i != mc.answer)
    edited = type(mc)(**{**mc.__dict__, "answer": other})
    assert validate_module._keyed_texts(edited) == [mc.options[other]]


def test_a_claims_sources_are_a_fresh_set_for_each_caller(nlp) -> None:
    article = article_from_text(_STRIKE)
    ctx = Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))
    forget_memos()
    claim = next(a for a in ctx.analysis.attributions if a.source)
    found = distractors.sources_for_claim(ctx, claim.content)
    assert claim.source in found
    found.add("Someone Else")
    assert "Someone Else" not in distractors.sources_for_claim(ctx, claim.content)


def test_a_lesson_is_the_same_built_twice_and_after_another(nlp) -> None:
    strike, council = article_from_text(_STRIKE), plain_article(_COUNCIL)
    a, b = analyse(strike, nlp=nlp), analyse(council, nlp=nlp)
    one = build_lesson_report(strike, analysis=a).lesson.items
    build_lesson_report(council, analysis=b)
    assert build_lesson_report(strike, analysis=a).lesson.items == one


_WORDS = ["residents", "Residents", "RESIDENTS", "resident", "seekers", "asylum", "Trump", "Trump's", "Trump’s",
          "supporters", "spokesman", "Spokeswoman", "press", "secretary", "co-founder", "for", "of", "the", "said",
          "anti-Trump", "Xinjiang", "Xinjiang's", "officials", "campaign", "voters", "non-residents", "nonresidents",
          "team", "steam", "office", "could", "chairman", "(", ")", ",", ".", "“", "-"]
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", ", ", "-", "\t", " — "]


@pytest.mark.parametrize("label", ["Xinjiang residents", "asylum seekers", "Trump supporters", "the voters"])
def test_a_groups_forms_are_found_near_their_words_as_everywhere(label) -> None:
    """:func:`perspective._find_near` finds what ``finditer`` finds, in texts of the group's words, its side's
    name and role words in any case, with hyphens, brackets and line breaks between."""
    from types import SimpleNamespace

    from quizgen.generate import perspective
    from quizgen.generate.base import name_re

    ctx = SimpleNamespace(analysis=SimpleNamespace(entities=()))
    _, forms, group, near = perspective._party_forms(ctx, label)  # type: ignore[arg-type]
    assert group and near is not None
    pattern = name_re(rf"\b(?:{'|'.join(forms)})\b")
    rng = random.Random(label)
    found = 0
    for _ in range(400):
        text = "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 50)))
        pos = rng.randint(0, min(len(text), 8))
        want = [(m.span(), m.group(0)) for m in pattern.finditer(text, pos)]
        assert [(m.span(), m.group(0)) for m in perspective._find_near(pattern, text, pos, near)] == want, text
        found += len(want)
    assert found > 100


def _vocabulary_by_the_text(parsed):
    """The word list as written before (each token's text tested), for comparison."""
    from quizgen.analysis import vocabulary as av
    from quizgen.analysis.parsed import sent_of

    seen: set[str] = set()
    found = []
    for pp in parsed:
        for tok in pp.doc:
            text, low, lemma = tok.text, tok.lower_, tok.lemma_.lower()
            if len(text) < 5 or not text.replace("-", "").isalpha() or text.startswith("-") or text.endswith("-"):
                continue
            if tok.pos_ not in av._POS or tok.ent_type_ in av._ENT_SKIP or lemma in seen or low in seen:
                continue
            z = max(av._zipf(low), av._zipf(lemma))
            if not (av.ZIPF_MIN <= z <= av.ZIPF_MAX) or av._misspelt(low, z):
                continue
            seen.update((lemma, low))
            sent = sent_of(tok)
            found.append((z, len(found), (text, lemma, pp.span(sent.start_char, sent.end_char),
                                          pp.span(tok.idx, tok.idx + len(text)))))
    found.sort(key=lambda t: (t[0], t[1]))
    return sorted((v for _, _, v in found[:av.MAX_WORDS]), key=lambda v: v[3].start)


def test_the_vocabulary_list_reads_words_of_any_case_and_script(nlp) -> None:
    """The word list tests a word's lower-cased text in place of the text only when it is ASCII: a hyphenated
    word, one written in capitals, one with an accent or a Kelvin sign are weighed as the text is (and listed
    as written)."""
    from quizgen.analysis.parsed import parse_article
    from quizgen.analysis.vocabulary import find_vocabulary

    text = ("Curators sound the alarm\n\n"
            "The curators described the exhibition as a LABYRINTHINE maze of recondite artefacts, "
            "a jejune display of self-aggrandizing vainglory in a caf\u00e9 with na\u00efvet\u00e9 and "
            "\u212aafkaesque pomp, -abstruse- and \u0130diosyncratic.\n")
    parsed = parse_article(plain_article(text), nlp)
    got = [(v.word, v.lemma, v.sentence, v.span) for v in find_vocabulary(parsed)]
    assert {"recondite", "jejune"} <= {w for w, *_ in got}, got
    assert got == _vocabulary_by_the_text(parsed)
