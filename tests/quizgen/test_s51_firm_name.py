"""Ledger, session 51: a name the tagger calls a person but whose last word names a business ("Marc Dunmore
Footwear", "Acme Holdings") is nobody a "he"/"she" may be. Judged blind: "(Marc Fisher Footwear produces her shoe
line.)" made the shoe maker a woman, and the designer's "she released a statement" in the next paragraph was
given to it. Constructed article only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

_PARAS = [
    "Fashion Label Signs Deal",
    "Designer Ivy Lane has built a clothing business that sells dresses, suits and jeans in more than 900 stores "
    "across the country, her company said this week.",
    "Lane signed a licensing agreement with Rowe Apparel in 2012, granting the company rights to design and "
    "distribute her clothing line, which includes dresses, suits and jeans. (Marc Dunmore Footwear produces her "
    "shoe line.)",
    "At the time, she released a statement saying, \"Rowe Apparel has distinguished itself as a trusted partner "
    "for some of the finest brands. We are confident that they share our vision for the future of our business.\"",
    "Sam Okafor, vice chairman of Rowe Apparel, told reporters that Lane is very involved on a weekly basis in the "
    "design process of every new line.",
    COUNCIL_FILLER,
]


def test_she_is_never_a_business_named_like_a_person(nlp):
    analysis = analyse(article_from_text("\n\n".join(_PARAS)), nlp=nlp)
    statement = [a for a in analysis.attributions if a.content.startswith("Rowe Apparel has distinguished")]
    assert len(statement) == 1
    assert "Footwear" not in (statement[0].source or "")
    assert statement[0].source in ("Ivy Lane", None, "") or statement[0].source_confidence < 0.8
