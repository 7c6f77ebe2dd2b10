"""Judge 5 failure shapes in comprehension and vocabulary items, each on a constructed sentence:
number gaps that lose their qualifier ("at least", "fewer than"), vocabulary distractors from
other fields or of a give-away length, agree/contradict asked on two different subjects, and a
main-idea key that is a later detail."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate.base import Context
from quizgen.generate.distractors import numeric_value
from quizgen.generate.key_detail import number_items
from quizgen.model import ITEM_KINDS, Analysis, Quantity, Readability, Sentence, Span


def _analysis(article, **kw):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            t = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(t), t), p.number, len(sents)))
    base = dict(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 60, 6, 1),
                main_ideas=tuple(sents[:1]))
    base.update(kw)
    return Analysis(**base)


def _quantities(text, phrases):
    out = []
    for phrase in phrases:
        i = text.index(phrase)
        out.append(Quantity("number", Span(i, i + len(phrase), phrase), 1))
    return tuple(out)


STORM = ("Storm hits coast town\n\n"
         "At least 107 people were killed when the storm struck the coast on Monday. "
         "Rescuers said about 30 boats sank in the old harbour. "
         "Fewer than four people were hurt in the northern villages. "
         "More than 100 roads were closed for the whole week. "
         "Engineers checked 12 roads and 250 roads and 600 roads in the region. "
         "The council counted 3 people and 50 people and 400 people and 900 people in the shelters. "
         "Officials said up to 5,000 homes had lost power. "
         "The port handled 20 boats and 45 boats and 70 boats and 300 boats before the storm. "
         "The company owns 2,000 homes, 9,000 homes and 40,000 homes in the area.\n")

# qualifier -> which other values it would make true as well ("at least 107": also "at least 50")
_LOWER = ("at least", "more than", "over")
_UPPER = ("fewer than", "up to", "less than")
_ABOUT = ("about", "nearly", "almost", "roughly", "around")


def _check_number_items(items, text):
    asked = 0
    for it in items:
        stem = it.stem
        gap = stem.index("______")
        before = stem[:gap].lower()
        qual = next((q for q in (*_LOWER, *_UPPER, *_ABOUT) if before.rstrip().endswith(q)), "")
        keys = [it.options[it.answer]] if it.kind == "multiple_choice" else list(it.answer)
        for key in keys:
            # the key fills the gap and the sentence reads as the article wrote it, qualifier included
            assert not re.match(r"(?:at least|more than|over|fewer than|up to|less than|about|nearly|almost|"
                                r"roughly|around)\b", key, re.I), (stem, key)
        filled = re.search(r'"(.*)"', stem.replace("______", keys[0])).group(1).strip("…")
        assert filled.lower() in text.lower(), (stem, keys[0])
        # the article's qualifier is in the stem, right before the gap
        span_qual = next((q for q in (*_LOWER, *_UPPER, *_ABOUT)
                          if re.search(re.escape(q) + r"\s+" + re.escape(keys[0]), text, re.I)), "")
        assert qual == span_qual, (stem, keys[0])
        if it.kind == "multiple_choice":
            kv = numeric_value(keys[0])
            for i, opt in enumerate(it.options):
                if i == it.answer:
                    continue
                v = numeric_value(opt)
                assert not re.search(r"\b(?:at least|more than|over|fewer than|up to|about|nearly)\b", opt, re.I)
                if qual in _LOWER:
                    assert v > kv, (stem, opt)  # "at least 50 people were killed" is true too
                elif qual in _UPPER:
                    assert v < kv, (stem, opt)  # "fewer than ten were hurt" is true too
                elif qual in _ABOUT:
                    assert max(v / kv, kv / v) >= 1.5, (stem, opt)  # "about 32" is about 30 as well
        asked += 1
    return asked


def test_a_number_gap_keeps_its_qualifier_in_the_stem_and_distractors_fit_it():
    """"At least 107 people were killed": the gap is "At least ______ people", the key 107, and no
    option smaller than 107 (which "at least" would make true); "Fewer than four people were hurt"
    never offers "ten"; "about 30 boats" never offers "32"."""
    phrases = ["At least 107", "about 30", "Fewer than four", "More than 100", "12", "250", "600", "3", "50",
               "400", "900", "up to 5,000", "20", "45", "70", "300", "2,000", "9,000", "40,000"]
    article = plain_article(STORM)
    analysis = _analysis(article, quantities=_quantities(STORM, phrases))
    for seed in range(6):
        items = number_items(Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS)))
        assert _check_number_items(items, STORM) >= 4
        stems = " ".join(it.stem for it in items)
        assert "At least ______ people" in stems


def test_a_qualifier_outside_the_tagged_number_stays_too():
    """The tagger may tag "107" alone in "at least 107": the stem still keeps "at least" and the
    short answer accepts only the number, read after it."""
    text = ("Storm hits coast town\n\n"
            "At least 107 people were killed when the storm struck the coast on Monday.\n")
    article = plain_article(text)
    analysis = _analysis(article, quantities=_quantities(text, ["107"]))
    (item,) = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    assert item.kind == "short_answer"
    assert "At least ______ people" in item.stem
    assert "107" in item.answer and not any("least" in a for a in item.answer)


def test_a_qualified_short_answer_accepts_only_the_number_after_its_qualifier():
    text = ("Storm hits coast town\n\n"
            "Fewer than four people were hurt in the northern villages on Monday.\n")
    article = plain_article(text)
    analysis = _analysis(article, quantities=_quantities(text, ["Fewer than four"]))
    (item,) = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    assert item.kind == "short_answer" and "Fewer than ______ people" in item.stem
    assert "four" in item.answer and "4" in item.answer
    assert not any("fewer" in a.lower() for a in item.answer)
