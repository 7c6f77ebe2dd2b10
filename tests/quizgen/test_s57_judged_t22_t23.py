"""Stop 56: the failure shapes of the kept-aside sets T22 and T23 (judged blind on the stop's start code), each on
constructed text of the same shape."""
from __future__ import annotations

import random

import pytest
from factories import analysed_context

from quizgen.analysis import analyse
from quizgen.generate import certainty, evidence, sequence, sourcing, sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

FILLER = ("The harbour committee met in the old town hall on Tuesday evening to hear from residents. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 4


# 1. A newsletter's list of links ("~ This woman left her car …"): the marker is no word of the paragraph.
@pytest.mark.parametrize("marker", ["~ ", "• ", "* ", "- ", "~\u00a0"])
def test_a_list_item_s_marker_is_no_part_of_its_paragraph(marker):
    lines = ["Two former college punters died in a car wreck over the weekend.",
             "The New Yorker investigates the failure to close the prison at Guantanamo.",
             "A woman left her car after a family argument on a safari drive in China."]
    text = "Morning Email For Monday\n\n" + FILLER + "\n\nBEFORE YOU GO.\n\n" + \
        "\n".join(marker + line for line in lines) + "\n\n" + FILLER + "\n"
    article = article_from_text(text)
    listed = [p for p in article.paragraphs if any(p.text.startswith(line[:20]) for line in lines)]
    assert len(listed) == 3, [p.text[:40] for p in article.paragraphs]
    assert all(text[p.start:p.start + len(p.text)] == p.text for p in article.paragraphs)
    assert not any(p.text.startswith(("~", "•", "*", "-")) for p in article.paragraphs)


def test_a_paragraph_opening_on_a_minus_sign_keeps_it():
    text = ("Cold Snap Grips The Valley\n\n-5 degrees was the low in Marlow on Monday, the coldest day in ten "
            "years.\n\n" + FILLER + "\n")
    article = article_from_text(text)
    assert article.paragraphs[0].text.startswith("-5 degrees")


# 2. "left her car after a family argument and was eaten by a tiger": the "and was …" is the later clause's.
def _after(sentence):
    ctx, an = analysed_context("Safari Park Visitors Warned\n\n" + sentence + "\n\n" + FILLER + "\n")
    s = next(s for s in an.sentences if s.span.text.startswith(sentence[:20]))
    return sequence.after_statement(ctx, s)


@pytest.mark.parametrize("sentence", [
    "The woman left her car after a family argument and was attacked by a tiger in the park.",
    "The ranger closed the gate after a long shift and then drove the visitors back to the lodge.",
    "The driver stopped the bus after a loud bang and returned to the depot in the town.",
])
def test_a_second_predicate_is_no_part_of_the_earlier_event(sentence):
    assert _after(sentence) is None


def test_an_earlier_event_with_two_nouns_is_still_ordered():
    got = _after("The park closed the western gate after a storm and a flood damaged the road last spring.")
    assert got is not None and got[1].startswith("a storm and a flood"), got


# 3. A link's words ("Finding the three $53 million delegates at the RNC.", "here's a video …") are no claim.
@pytest.mark.parametrize("line", [
    "Finding the two $40 million donors at the DNC.",
    "Your town opened the new pier to boats in 2016.",
    "Here's the choir that sang at the pier on Tuesday.",
])
def test_a_link_line_is_no_plain_fact(line):
    # the line first: the first three facts are kept
    text = "Harbour Board Sets Budget\n\n" + line + "\n\n" + FILLER + "\n\n" + FILLER
    ctx, _ = analysed_context(text)
    facts = [sup.text for sup in certainty._plain_facts(ctx, checked=True)]
    assert not [t for t in facts if t.startswith(line[:15])], facts
    assert [t for t in facts if t.startswith("The harbour committee met")], facts  # a plain dated fact still is


# 4. Words given "in an interview" to a named outlet: "a news outlet" is as defensible as the speaker's kind.
def _kinds(nlp, sentence):
    text = "Council Backs Harbour Plan\n\n" + sentence + "\n\n" + FILLER + "\n\n" + FILLER + "\n"
    article = article_from_text(text)
    ctx = Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))
    return [it for it in sourcing.generate(ctx) if it.stem.startswith("In ¶1") and "kind of source" in it.stem]


@pytest.mark.parametrize("sentence", [
    "Mayor Ann Reyes weighed in as well, telling Quill in an interview published on Monday that the harbour plan "
    "would save the town money.",
    "In an interview with Quill on Monday, Mayor Ann Reyes said the harbour plan would save the town money.",
])
def test_words_given_to_an_outlet_in_an_interview_get_no_kind_of_source_item(nlp, sentence):
    assert _kinds(nlp, sentence) == []


def test_words_said_plainly_still_get_a_kind_of_source_item(nlp):
    assert _kinds(nlp, "Mayor Ann Reyes said on Monday that the harbour plan would save the town money.")


# 5. "A poll showed Clinton with a healthy lead …": that object is no sentence to quote as the claim.
@pytest.mark.parametrize("claim, shown", [
    ("the harbor with the worst losses on the coast, losing forty ships to storms in a decade", False),
    ("Mayor Reyes with a healthy lead over Tom Bale in Marlow, earning 51 percent of the vote", False),
    ("the race breaking along familiar lines", False),
    ("by CNN and other networks", False),
    ("the harbor lost forty ships to storms in a decade", True),
    ("Reyes has a healthy lead over Bale in Marlow", True),
])
def test_an_evidence_stem_names_only_a_claim_with_a_verb(claim, shown):
    assert (evidence.claim_shown(claim) == claim) is shown
