"""Judged blind on set D1 (13 unseen PolNeAR articles): "Super Glass", a law's name ("Super Glass-Steagall") cut at
its hyphen by the tagger, offered twice as a person who said something; a written cause keyed "familial obligations"
alone, where "family obligations" or "family reasons" is as right. Constructed sentences of the same shapes."""
from __future__ import annotations

from quizgen.generate.cause_effect import _cause_forms
from quizgen.generate.distractors import only_in_compounds


def test_a_name_the_article_writes_only_inside_a_hyphenated_word_is_no_person_option():
    text = ("Ruiz backs a new Super Glass-Steagall act. Lee said a Super Glass-Steagall law would split the banks. "
            "Voters at a pro-Hale rally cheered. Hale spoke next.")
    assert only_in_compounds(text, "Super Glass")
    assert not only_in_compounds(text, "Hale")  # also written alone
    assert not only_in_compounds(text, "Ruiz")
    assert not only_in_compounds(text, "Nobody Here")  # not in the text at all: other tests decide


def test_a_written_cause_is_one_word_or_an_intensity_word_and_its_noun():
    local = "He turned the job down because of ______."
    assert _cause_forms("familial obligations", local) == []
    assert _cause_forms("health problems", local) == []
    assert _cause_forms("severe eczema", local) == ["severe eczema", "eczema"]
    assert _cause_forms("the storm", local) == ["the storm", "storm"]


def _she_said(par2: str):
    from factories import plain_article

    from quizgen.model import Attribution, Span
    text = ("Harbour Race Heats Up\n\n"
            "Tom Reyes and Sam Okafor did best on points in the early debate, and both looked ready for the spring.\n\n"
            f"{par2}\n")
    article = plain_article(text)
    at = text.index("she said")
    q = text.index("\u201c", at) + 1
    end = text.index("\u201d", q)
    a = Attribution("Tom Reyes", "she", Span(at, at + 3, "she"), "person", "said", Span(at + 4, at + 8, "said"),
                    text[q:end], (Span(q, end, text[q:end]),), True, 2)
    return article, a


def test_a_she_said_in_a_paragraph_naming_someone_else_takes_no_lead_from_the_paragraph_before():
    # judged blind (D1): "And oh yes, Carly Fiorina: … She had a great line when she said, '…'" keyed to a man of the
    # paragraph before (the tagger missed Fiorina), and the item cited that paragraph
    import random

    from factories import plain_analysis

    from quizgen.generate.base import Context
    from quizgen.generate.certainty import _someone_else_named_here
    from quizgen.model import ITEM_KINDS

    def check(par2: str) -> bool:
        article, a = _she_said(par2)
        ctx = Context(article, plain_analysis(article, attributions=(a,)), random.Random(0), frozenset(ITEM_KINDS))
        return _someone_else_named_here(ctx, a)

    assert check("And oh yes, Ann Lee: what are her plans? She had a great line when she said, "
                 "\u201cI know that flying is an activity, not an achievement.\u201d")
    assert not check("She had a great line a while back when she said, "
                     "\u201cI know that flying is an activity, not an achievement.\u201d")
    assert not check("Meanwhile Reyes kept going. Later she said, "
                     "\u201cI know that flying is an activity, not an achievement.\u201d")
