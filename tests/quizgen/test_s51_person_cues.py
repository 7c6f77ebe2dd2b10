"""Attribution, session 51: a named person's claim introduced by "suggested", "assured", "wondered" or the
participle "saying" is a claim of that person's, asked "who suggested that …?" like one introduced by "said".
The verbs stay closed to a source that is no person ("figures suggest that …": no one's words). Constructed
articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates

_OTHERS = [
    "Mayor Tom Reyes said on Monday that the council would vote on the harbour plan next month.",
    "Harbour Trust chair Nora Hale said the plan would cost the town more than it could ever earn back.",
    "Fisherman Carl Dunne said the new quay would leave no room for the small boats that work the bay.",
    "Councillor Ruth Amsel said the vote would go ahead as planned, whatever the critics said at the meeting.",
]


def _who_stems(nlp, sentence: str) -> list[str]:
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [COUNCIL_FILLER, *_OTHERS, sentence],
                             ["attribution"])
    return [it.stem for it in items if it.kind in ("multiple_choice", "short_answer", "true_false")
            and "¶6" in it.stem]


def test_person_suggested_is_asked_who(nlp):
    got = _who_stems(nlp, "Opposition leader Peter Lund suggested that the harbour plan had been rushed through "
                          "the council without a proper public hearing.")
    assert any("who suggested that the harbour plan had been rushed" in s for s in got), got


def test_person_saying_is_asked_who(nlp):
    got = _who_stems(nlp, "Opposition leader Peter Lund attacked the plan on Tuesday, saying the council had "
                          "ignored the fishermen who use the harbour every single day.")
    assert any("who said the council had ignored the fishermen" in s or
               "who said that the council had ignored the fishermen" in s for s in got), got


def test_figures_suggest_stays_unasked(nlp):
    got = _who_stems(nlp, "Figures from the harbour office suggest that the plan will cost twice as much as the "
                          "council promised last year.")
    assert not any("suggest" in s for s in got), got


def test_true_false_drops_the_comma_a_quotation_closed_on():
    from quizgen.generate.attribution import end_sentence
    assert end_sentence("In ¶13, Lee assured residents that Ms. Berg was ''made of the same stuff,''") == \
        "In ¶13, Lee assured residents that Ms. Berg was ''made of the same stuff''."
    assert end_sentence('In ¶2, Lee called it a "boldfaced lie."') == 'In ¶2, Lee called it a "boldfaced lie."'


def _liar(nlp, paragraphs: list[str], keyed_source: str) -> str | None:
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import Context, sure_claims
    from quizgen.generate.attribution import plausible_liar, source_label
    from quizgen.ingest import article_from_text
    from quizgen.model import ITEM_KINDS

    article = article_from_text("\n\n".join(["Harbour Plan Draws Anger", COUNCIL_FILLER, *paragraphs]))
    analysis = sure_claims(analyse(article, nlp=nlp))
    ctx = Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))
    a = next(x for x in analysis.attributions if x.source == keyed_source)
    names = [source_label(o) for o in analysis.attributions if o.source != keyed_source]
    liar = plausible_liar(ctx, a, names, set())
    return liar.source if liar is not None else None


def test_false_speaker_never_one_making_the_same_point_next_door(nlp):
    got = _liar(nlp, [
        "Fisherman Carl Dunne said the new quay would leave no room for the small boats that work the bay.",
        "Harbour Trust chair Nora Hale said that without the town's leadership in building a coalition of "
        "investors, the new quay would never be finished.",
        "Mayor Tom Reyes said the town should play a leadership role and bring its partners and neighbours "
        "together behind the plan.",
    ], "Tom Reyes")
    assert got is not None and got != "Nora Hale", got


def test_false_speaker_next_door_with_another_point_is_kept(nlp):
    got = _liar(nlp, [
        "Fisherman Carl Dunne said the new quay would leave no room for the small boats that work the bay.",
        "Harbour Trust chair Nora Hale said the plan would cost the town more than it could ever earn back.",
        "Mayor Tom Reyes said the town should play a leadership role and bring its partners and neighbours "
        "together behind the plan.",
    ], "Tom Reyes")
    assert got == "Nora Hale", got


def test_self_claim_ending_on_its_own_quoted_stop_is_asked(nlp):
    # "Mr. Reyes said he was confident the council would “do the right thing.”" then a new paragraph: the claim
    # closes its own sentence inside the quotation mark, so it runs to the sentence's end
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [
        COUNCIL_FILLER, *_OTHERS[1:],
        "Mayor Tom Reyes spoke to reporters outside the town hall on Monday. Mr. Reyes said he was confident that "
        "the council would \"do the right thing for the harbour.\"",
        "The council meets again next month to vote on the plan."], ["attribution"])
    stems = [it.stem for it in items]
    assert any("who said he was confident that the council would" in s for s in stems), stems


def test_self_claim_cut_by_an_aside_stays_unasked(nlp):
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [
        COUNCIL_FILLER, *_OTHERS[1:],
        "Mayor Tom Reyes spoke to reporters outside the town hall on Monday. Mr. Reyes said he was so upset by the "
        "vote -- \"a disgrace for the harbour,\" in his words -- that he would ask the council to vote again.",
        "The council meets again next month to vote on the plan."], ["attribution"])
    assert not any(it.stem.rstrip("?").endswith("upset by the vote") for it in items), [it.stem for it in items]


_LUNDS = [
    "Opposition leader Peter Lund and his wife, the architect Maria Lund, walked the quay on Sunday. Ms. Lund "
    "designed the old fish market on the harbour front in 1998.",
    COUNCIL_FILLER,
    "Harbour Trust chair Nora Hale said the plan would cost the town more than it could ever earn back.",
    "Fisherman Carl Dunne said the new quay would leave no room for the small boats that work the bay.",
    "\"The council has sold the harbour to the highest bidder and kept the fishermen in the dark,\" Mr. Lund said.",
    "The council meets again next month to vote on the plan.",
]


def test_titled_mention_of_a_man_sharing_a_womans_surname_is_asked(nlp):
    # a man and a woman share the surname (Mr. Lund, Ms. Lund): "Mr. Lund" can only be Peter Lund
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", _LUNDS, ["attribution"])
    hits = [it for it in items if it.kind == "short_answer" and "who said" in it.stem and "sold the harbour" in it.stem]
    assert hits and "Peter Lund" in hits[0].answer, [it.stem for it in items]


def test_title_of_the_other_gender_stays_doubtful(nlp):
    import dataclasses

    from quizgen.analysis import analyse
    from quizgen.generate import sure_claims
    from quizgen.generate.attribution import _titled_as_own_gender
    from quizgen.ingest import article_from_text

    article = article_from_text("\n\n".join(["Harbour Plan Draws Anger", *_LUNDS]))
    a = next(x for x in sure_claims(analyse(article, nlp=nlp)).attributions if "sold the harbour" in x.content)
    assert _titled_as_own_gender(a)
    # "Mrs. Abedini" given by the ledger to her husband: the title does not fit the name, still doubtful
    assert not _titled_as_own_gender(dataclasses.replace(a, source_text="Mrs. Lund"))
