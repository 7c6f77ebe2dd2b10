"""Attribution, session 53: more "who said …?" items on claims whose content opens with "he"/"she", only where
the pronoun can mean no one but the speaker.

- "Pate told reporters he'd support …": "he'd" is as much the speaker's subject as "he would" (and, like it,
  never shown as an option on its own).
- "Dunne has said he will … But he said he wants …": a sentence opening on "But"/"And" before its "he said" still
  has the pronoun as its main subject, after a sentence that opens on the speaker's name; the stem may then lift
  the claim's "he" ("who said he wants …?"), as self_claim() is sure of it.
- "Morrow said … ¶ Dunne has said … "…," he said.": a paragraph whose first sentence opens on the speaker as
  its subject is about the speaker; a man named only in the paragraph before is not whom its later "he" means.
- "Sanders hasn't said …" (the tagger missed the name): the speaker's surname written counts as naming them,
  unless another person of the article has that surname.
- "Ruiz said she would ensure that … could work, something many are not allowed to do.": a comma and the
  writer's gloss to the sentence's end (a noun in apposition to the clause, a "which"/"who" clause) cut nothing
  of the claim (not "…, but only if …").
- "Joyce — who is listed as a lawyer … — told …": an aside on the speaker alone, however long, between the
  name and the cue leaves the speaker the subject.

Controls: another man named in the sentence or the paragraph, a namesake, the pronoun in the paragraph's own
opening sentence, a sentence not opening on the speaker before "But he said". Constructed articles only.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, people_entities, plain_article, sentence_context, skill_candidates

from quizgen.generate.attribution import _SELF_SUBJECT, pronoun_speaker_sure, self_claim
from quizgen.model import Attribution, Span

_OTHERS = [
    "Harbour Trust chair Nora Hale said the plan would cost the town more than it could ever earn back.",
    "Councillor Ruth Amsel said the vote would go ahead as planned, whatever the critics said at the meeting.",
]


def _stems(nlp, paragraphs: list[str], number: int) -> list[str]:
    """The who-said / true-false / name stems on paragraph ``number`` (counting the filler as ¶1)."""
    items = skill_candidates(nlp, "Harbour Plan Draws Anger", [COUNCIL_FILLER, *_OTHERS, *paragraphs],
                             ["attribution"])
    mark = f"¶{number}"
    return [it.stem for it in items if it.kind in ("multiple_choice", "short_answer", "true_false")
            and mark in it.stem]


# he'd / she'd


def test_hed_after_told_the_paper_is_the_speaker(nlp):
    got = _stems(nlp, ["Fisherman Stan Pate wrote to the council on Monday about the quay.",
                       "Pate also told reporters he'd support the harbour plan in a vote over the objections "
                       "of the trust."], 5)
    assert any("he'd support the harbour plan" in s for s in got), got


def test_shed_after_said_is_the_speaker(nlp):
    got = _stems(nlp, ["Councillor Ann Ruiz spoke to the fishermen on the quay on Monday.",
                       "Ruiz said she'd ensure that families who come to the harbour with the boats could work "
                       "on the quay."], 5)
    assert any("she'd ensure that families" in s for s in got), got


def test_hed_with_another_man_named_just_before_stays_unasked(nlp):
    got = _stems(nlp, ["Fisherman Stan Pate met Mayor Tom Reyes on the quay on Monday.",
                       "Pate also told reporters he'd support the harbour plan in a vote over the objections "
                       "of the trust."], 5)
    assert not any("he'd support" in s for s in got), got


def test_hed_claim_is_never_an_option_on_its_own():
    # the option guard reads _SELF_SUBJECT: "He'd support the plan" as an option would leave "he" to anyone
    assert _SELF_SUBJECT.match("he'd support the harbour plan in a vote")
    assert _SELF_SUBJECT.match("that she’d ensure the quay stays open")


# "But he said he …"


_DUNNE = "Fisherman Carl Dunne wrote to the council on Monday about the quay."


def test_but_he_said_after_a_sentence_opening_on_the_speaker(nlp):
    got = _stems(nlp, [_DUNNE, "Dunne has fought the harbour plan since the spring. But he said he wants the council "
                       "to hear the fishermen before the plan goes ahead."], 5)
    assert any("who said he wants the council to hear the fishermen" in s for s in got), got


def test_but_he_said_after_a_sentence_not_about_the_speaker_stays_unasked(nlp):
    got = _stems(nlp, [_DUNNE, "The council thanked Dunne for his letter. But he said he wants the council to hear "
                       "the fishermen before the plan goes ahead."], 5)
    assert not any("he wants the council to hear the fishermen" in s for s in got), got


def test_but_he_said_with_another_man_in_the_sentence_before_stays_unasked(nlp):
    got = _stems(nlp, [_DUNNE, "Dunne has fought the harbour plan with Mayor Tom Reyes since the spring. But he said "
                       "he wants the council to hear the fishermen before the plan goes ahead."], 5)
    assert not any("he wants the council to hear the fishermen" in s for s in got), got


def test_however_he_said_stays_unasked(nlp):
    # only "But"/"And"/"Yet"/"Still"/"So" before the subject: "Later, at the quay, he said …" may be a new scene
    got = _stems(nlp, [_DUNNE, "Dunne has fought the harbour plan since the spring. Later, at the meeting on the "
                       "quay, he said he wants the council to hear the fishermen before the plan goes ahead."], 5)
    assert not any("he wants the council to hear the fishermen" in s for s in got), got


# a paragraph opening on the speaker


_MORROW = "Harbour Trust adviser Tad Morrow said on Monday that the trust would file a complaint about the vote."
_QUOTE = '"The new quay will leave no room at all for the small boats that work the bay," he said.'


def test_he_said_in_a_paragraph_opening_on_the_speaker(nlp):
    got = _stems(nlp, ["Fisherman Carl Dunne has fought the harbour plan since the spring.", _MORROW,
                       f"Dunne has written to every councillor about the quay. {_QUOTE}"], 6)
    assert any("leave no room at all for the small boats" in s for s in got), got


def test_he_said_with_the_other_man_in_the_same_paragraph_stays_unasked(nlp):
    got = _stems(nlp, ["Fisherman Carl Dunne has fought the harbour plan since the spring.", _MORROW,
                       f"Dunne has written to Morrow about the quay. {_QUOTE}"], 6)
    assert not any("leave no room at all for the small boats" in s for s in got), got


def test_he_said_in_the_opening_sentence_itself_stays_unasked(nlp):
    # "Dunne has no chance, he said": the name opens the sentence the pronoun speaks in, as its topic, not speaker
    got = _stems(nlp, ["Fisherman Carl Dunne has fought the harbour plan since the spring.", _MORROW,
                       "Dunne has no chance at all of stopping the new quay before the vote next month, he said."],
                 6)
    assert not any("no chance at all of stopping" in s for s in got), got


# the speaker's surname the tagger missed (a hand-made ledger: which names are tagged is the test's choice)


def _he_said(text: str, tagged: tuple[str, ...]) -> tuple:
    art = plain_article(text)
    i = art.text.index("He said")
    c = art.text.index("the quay would ruin the bay")
    att = Attribution(source="Carl Dunne", source_text="He", source_span=Span(i, i + 2, "He"), source_kind="person",
                      cue="said", cue_span=Span(i + 3, i + 7, "said"), content="the quay would ruin the bay",
                      content_spans=(Span(c, c + 27, "the quay would ruin the bay"),), direct=False, paragraph=3,
                      source_confidence=0.75)
    ents = [e for e in people_entities(art, "Carl Dunne", "Jane Dunne", "Tom Reyes") if e.text in tagged]
    return sentence_context(art, [att], ents), att


_UNTAGGED = ("Harbour Plan Draws Anger\n\nFisherman Carl Dunne spoke at the meeting on Monday and his boat is "
             "old.\n\nThe hall was full and the meeting ran late.\n\nThe letter came from Dunne on Tuesday. He "
             "said the quay would ruin the bay.")


def test_speaker_named_by_a_surname_the_tagger_missed():
    # "Carl Dunne" (¶1) is out of the window; the bare "Dunne" of ¶3 names him, though no entity marks it
    ctx, att = _he_said(_UNTAGGED, ("Carl Dunne",))
    assert pronoun_speaker_sure(ctx, att)


def test_untagged_surname_with_another_man_named_stays_unsure():
    ctx, att = _he_said(_UNTAGGED.replace("The hall was full", "Mayor Tom Reyes was there"), ("Carl Dunne",
                                                                                            "Tom Reyes"))
    assert not pronoun_speaker_sure(ctx, att)


def test_untagged_surname_shared_with_a_namesake_names_no_one():
    # "Dunne" may be his sister: the bare surname names no one surely
    ctx, att = _he_said(_UNTAGGED.replace("his boat is old", "his sister Jane Dunne runs the cafe"),
                        ("Carl Dunne", "Jane Dunne"))
    assert not pronoun_speaker_sure(ctx, att)


# an aside on the speaker between the name and the cue


def _joyce(nlp, aside: str) -> bool:
    return _self_claims(nlp, [
        "Objector Lawrence Joyce challenged the harbour plan before the board in March.",
        f"Reached by phone on Tuesday, Joyce {aside} told reporters he's not planning an appeal of the "
        "board's ruling due to a lack of money."], "not planning an appeal")


def _self_claims(nlp, paragraphs: list[str], words: str) -> bool:
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import Context, sure_claims
    from quizgen.ingest import article_from_text
    from quizgen.model import ITEM_KINDS

    article = article_from_text("\n\n".join(["Harbour Plan Draws Anger", COUNCIL_FILLER, *_OTHERS, *paragraphs]))
    analysis = sure_claims(analyse(article, nlp=nlp))
    ctx = Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))
    found = [a for a in analysis.attributions if words in a.content]
    assert found, [(a.source, a.cue, a.content) for a in analysis.attributions]
    return any(self_claim(ctx, a) for a in found)


def test_a_long_who_aside_on_the_speaker_leaves_him_the_subject(nlp):
    assert _joyce(nlp, "— who is listed as a lawyer in the county but does not practise law any more —")


def test_a_long_stretch_that_is_no_aside_stays_unsure(nlp):
    assert not _joyce(nlp, "spent the morning on the quay with the fishermen and the harbour trust and then")


def test_a_who_aside_naming_another_man_stays_unsure(nlp):
    assert not _joyce(nlp, "— who worked beside Mayor Tom Reyes for many years on the harbour board —")


# the writer's gloss after the claim, to the sentence's end


_RUIZ = "Councillor Ann Ruiz spoke to the fishermen on the quay on Monday."
_ENSURE = "Ruiz said she would ensure that families who come to the harbour with the boats could work on the quay"


def test_a_claim_followed_only_by_the_writers_gloss_is_asked(nlp):
    got = _stems(nlp, [_RUIZ, f"{_ENSURE}, something many are not allowed to do now."], 5)
    assert any("who said she would ensure that families" in s for s in got), got


def test_a_claim_followed_by_its_own_condition_stays_unasked(nlp):
    # "…, but only if …" limits what she said: the claim cut before it is not what she said
    got = _stems(nlp, [_RUIZ, f"{_ENSURE}, but only if the council pays for the new berths."], 5)
    assert not any("she would ensure that families" in s for s in got), got


def test_a_surname_that_is_a_common_word_names_no_one_at_a_sentence_start():
    # "Will the council listen? He said …": "Will" opening a question is no mention of Carl Will
    text = ("Harbour Plan Draws Anger\n\nFisherman Carl Will spoke at the meeting on Monday and said the town will "
            "vote.\n\nThe hall was full and the meeting ran late.\n\nWill the council listen to the fishermen? He "
            "said the quay would ruin the bay.")
    art = plain_article(text)
    i = art.text.index("He said")
    c = art.text.index("the quay would ruin the bay")
    att = Attribution(source="Carl Will", source_text="He", source_span=Span(i, i + 2, "He"), source_kind="person",
                      cue="said", cue_span=Span(i + 3, i + 7, "said"), content="the quay would ruin the bay",
                      content_spans=(Span(c, c + 27, "the quay would ruin the bay"),), direct=False, paragraph=3,
                      source_confidence=0.75)
    ctx = sentence_context(art, [att], people_entities(art, "Carl Will"))
    assert not pronoun_speaker_sure(ctx, att)
