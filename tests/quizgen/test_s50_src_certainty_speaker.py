"""A certainty item's explanation names only the speaker the ledger is sure of. Judged blind: for a '"…," he said'
sentence the explanation named a person from the paragraph before whom the ledger had only guessed to be "he"
(the wrong one). Where the ledger is unsure who "he" is, the explanation names no one. Constructed text."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.generate.certainty import generate
from quizgen.model import ITEM_KINDS

RIFLE = ("Rifle sale draws bids\n\n"
         "The rifle at the centre of the Dale Creek trial went up for sale online on Wednesday, and bids passed ten "
         "thousand dollars within a day.\n\n"
         "Court officer Ray Tillman held up the rifle owned by Gary Lund during the trial that ended in Lund's "
         "acquittal.\n\n"
         "\"The rifle still works perfectly well after all the tests the state lab ran on it last year,\" he added.\n\n"
         "The sale closes on Friday, the auction site said.\n")


def test_an_unsure_he_is_named_by_no_one_in_the_explanation():
    article = plain_article(RIFLE)
    analysis = sure_claims(analyse(article))
    [lund] = [a for a in analysis.attributions if "still works" in a.content]
    assert lund.source_text == "he" and lund.source_confidence < 0.8  # the ledger guesses who "he" is
    items = [it for it in generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
             if "still works" in it.stem]
    assert items, "no item on the quotation"
    for it in items:
        assert "Lund" not in it.explanation.split(" — ")[-1] and "Tillman" not in it.explanation.split(" — ")[-1], \
            it.explanation
