"""Sourcing, session 52: "'…,' Bloomberg told the Valley Times" in an article about Anna Bloomberg: the ledger may
take the name for the news agency, and the kind-of-source item keyed "a news outlet" for the person (drops set: a
former mayor's quotation keyed a news outlet). A named outlet whose name is the surname of a person the article
names is no sure outlet: no item. An outlet no person shares a name with is keyed as before. Constructed articles
only.
"""
from __future__ import annotations

from factories import analysed_context

_FILLER = ("The county board met on Tuesday to discuss the budget for next year and the cost of repairs to the old "
           "pier. Board members said they would vote on the plan next month after a public hearing.")
_LAST = ("The county has spent about $4 million on the pier over the past five years, and the next contract is due to "
         "be signed in the spring. The last contract ran two months late because of storms in the winter.")


def _items(paragraphs: list[str]):
    from quizgen.generate import sourcing

    ctx, an = analysed_context("\n\n".join(["Former Mayor Weighs a Run", _FILLER, *paragraphs, _LAST]))
    return an, sourcing.kind_of_source(ctx)


def test_a_person_named_as_an_outlet_is_not_keyed_an_outlet():
    from quizgen.generate import sourcing

    an, items = _items([
        "Anna Bloomberg, who served two terms as the county's mayor, has not said whether she will run again.",
        "\"I am certain that no one can win this county without the support of the farmers in the valley,\" "
        "Bloomberg told the Valley Times in 2013, a few months before her second term ended."])
    keys = [it.options[it.answer] for it in items if "farmers in the valley" in it.stem]
    assert sourcing.OUTLET not in keys, keys


def test_an_outlet_no_person_shares_a_name_with_is_keyed_as_before():
    from quizgen.generate import sourcing

    an, items = _items([
        "The pier has been closed to boats since the storm in March, and repairs are not expected to begin soon. "
        "Fishing crews have moved their boats to the harbour across the bay while they wait for the work.",
        "The county plans to spend another $2 million on the pier next year, Bloomberg reported on Monday."])
    keys = [it.options[it.answer] for it in items if "another $2 million" in it.stem]
    outlets = [a for a in an.attributions if a.source_kind == "news_outlet"]
    assert outlets, [(a.source, a.source_kind) for a in an.attributions]
    assert keys == [sourcing.OUTLET], keys


def test_an_outlet_citing_an_anonymous_source_in_the_sentence_is_not_keyed():
    """"…, the Valley Times reported, citing another anonymous source": the sentence shown gives the outlet's unnamed
    source too, so "an unnamed person or group" (a distractor) is as defensible as "a news outlet" (drops set)."""
    from quizgen.generate import sourcing

    an, items = _items([
        "The pier has been closed to boats since the storm in March, and repairs are not expected to begin soon. "
        "Fishing crews have moved their boats to the harbour across the bay while they wait for the work.",
        "Members of the county board long ago soured on the contractor, the Valley Times reported, citing another "
        "anonymous source."])
    keys = [it.options[it.answer] for it in items if "soured on the contractor" in it.stem]
    assert sourcing.OUTLET not in keys, keys
