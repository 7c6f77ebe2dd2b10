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


# ---- from the kept-aside sets T24 and T25 (judged blind on 9deb94f)

def _ctx_of(nlp, title, paragraphs):
    text = title + "\n\n" + "\n\n".join([*paragraphs, FILLER, FILLER]) + "\n"
    article = article_from_text(text)
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


# 6. "…, according to an NBC report at the time": "the article names who made this claim" is True by the outlet's
#    name and False by the person's; no such true/false.
def _names_who(nlp, source):
    # two named claims first take the multiple-choice items (two per presentation): the third goes to the true/false
    ctx = _ctx_of(nlp, "Candidates Kept Their Paid Speeches", [
        "Mayor Ann Reyes said the harbour bridge would cost the town twelve million dollars over five years.",
        "Council leader Tom Hale said the ferry service would close for good at the end of the summer season.",
        f"And Tom Bale, that cycle's runner-up, also continued to deliver paid speeches, {source}."])
    return [it for it in certainty.generate(ctx) if it.kind == "true_false" and "Tom Bale" in it.stem]


def test_a_claim_a_report_gives_gets_no_names_who_true_false(nlp):
    assert _names_who(nlp, "according to an NBC report at the time") == []


def test_a_claim_a_person_gives_still_may(nlp):
    assert _names_who(nlp, "his campaign manager Jo Pam said at the time")


# 7. "But as the Global Times noted in an op-ed Thursday, the leading candidate …": the "as" clause ends at its comma;
#    the day and the "But" the parser hung on the claim's verb are no words of the claim.
@pytest.mark.parametrize("sentence, claim_start", [
    ("But as the Marlow Gazette noted in an editorial Thursday, the mayor \"has surprisingly earned himself a few "
     "fans in the capital.\"", ("the mayor", "has surprisingly")),
    ("As The Times reported, the mayor will resign next week.", ("the mayor will resign",)),
])
def test_an_as_clause_s_day_is_no_word_of_the_claim(nlp, sentence, claim_start):
    ctx = _ctx_of(nlp, "Candidate Finds Fans Abroad", [sentence])
    claims = [a.content for a in ctx.analysis.attributions if a.paragraph == 1]
    assert claims and all(c.startswith(claim_start) for c in claims), claims
    from quizgen.generate import attribution

    stems = [it.stem for it in attribution.generate(ctx)]
    assert not [s for s in stems if "Thursday," in s or "But " in s], stems


# 8. "…, reported the Marlow Gazette." then "Reyes added, …": the outlet relays the added words too.
def test_words_added_after_an_outlet_s_report_get_no_kind_of_source_item(nlp):
    first = ("\"The new rules would close two clinics in this county,\" Planned Parenthood president Ann Reyes said at "
             "a meeting on Monday, {}.")
    added = ("Reyes added that the clinics would stay open as long as the law allowed them to, whatever the board "
             "decided.")

    def kinds(relay):
        ctx = _ctx_of(nlp, "Clinic Chief Speaks Out", [first.format(relay), added])
        return [it for it in sourcing.generate(ctx) if "kind of source" in it.stem and "stay open" in it.stem]

    assert kinds("reported the Marlow Gazette") == []
    assert kinds("the clinic's spokesman said later")  # no outlet relays it: the item stands


# 9. A candidate who holds an office, speaking at a debate, speaks for himself, not for his state (an official who
#    runs the debate still speaks for the commission: test_generate_j16).
def _official_kinds(nlp, scene):
    ctx = _ctx_of(nlp, "Presidential Candidates Give Their Cup Final Predictions", [
        scene, "\"Marlow is going to win that one,\" Gov. Tom Bale replied. \"I hate to say it, but they will win.\""])
    return [it for it in sourcing.generate(ctx) if "kind of source" in it.stem and "Bale" in it.stem]


def test_an_official_at_a_debate_gets_no_kind_of_source_item(nlp):
    assert _official_kinds(nlp, "During Saturday night's candidate debate, the moderator asked who would win the cup "
                                "final on Sunday.") == []


# 10. An analysis piece's verdicts ("There is simply no way to …") are no "true detail" to offer beside the main idea.
@pytest.mark.parametrize("sentence, verdict", [
    ("There is simply no way to gather a concrete theory of the mayor's plan from this interview.", True),
    ("What the plan actually means is left to the imagination of voters.", True),
    ("It was word mush hidden behind a bold delivery.", True),
    ("The council will vote on the plan on Tuesday.", False),
    ("The mayor spoke to reporters for twenty minutes after the meeting.", False),
])
def test_the_writer_s_verdict_is_no_main_idea_distractor(sentence, verdict):
    from quizgen.generate import main_idea

    assert main_idea.commentary(sentence) is verdict


# 11. "she is terrified of losing her job": a feeling is the person's own account, never "stated as fact".
def test_a_feeling_is_no_plain_fact():
    text = ("Workers Fear For Their Jobs\n\nNow 46 and living in Marlow since 2001, she is terrified of losing her job."
            "\n\n" + FILLER + "\n\n" + FILLER)
    ctx, _ = analysed_context(text)
    facts = [sup.text for sup in certainty._plain_facts(ctx, checked=True)]
    assert not [t for t in facts if "terrified" in t], facts
    assert [t for t in facts if t.startswith("The harbour committee met")], facts


# ---- from the kept-aside set T27 (judged blind on 5610f1f): "Carly Fiorina" read as an organisation by the tagger,
#      so "she said" went to a woman named inside a quotation and a who-said item was keyed to her.
@pytest.mark.parametrize("sentence, name, person", [
    ("The mayor is on solid ground attacking the council, Carly Fiorella said Monday.", "Carly Fiorella", True),
    ("The mayor is on solid ground, Sheryl Ardent said Monday.", "Sheryl Ardent", True),
    ("The mayor is on solid ground, Marlow Holdings said Monday.", "Marlow Holdings", False),
])
def test_a_common_given_name_makes_a_person_of_a_name_tagged_as_an_organisation(nlp, sentence, name, person):
    from quizgen.analysis.attributions.resolve import looks_like_name

    doc = nlp(sentence)
    at = sentence.index(name)
    toks = [t for t in doc if at <= t.idx < at + len(name)]
    ents = [e for e in doc.ents if e.start_char < at + len(name) and at < e.end_char]
    assert looks_like_name(toks, ents) is person, [(e.text, e.label_) for e in ents]


def test_a_programme_s_name_in_quotation_marks_is_no_part_of_the_words(nlp):
    ctx = _ctx_of(nlp, "Rival Weighs In On The Race", [
        "\"Of course the former president is fair game. He is a public figure,\" Ann Reyes told \"Marlow Today,\" "
        "reminding the hosts that the mayor had often attacked his rivals."])
    told = [a for a in ctx.analysis.attributions if a.cue == "told"]
    assert told and all("Marlow Today" not in a.content for a in told), [a.content for a in told]


# ---- from T28 (judged blind on 3db4630): "Democrats -- including Clinton -- accused Trump of …" is the group's claim;
#      a true/false giving it to another Democrat was defensible either way.
def test_a_member_named_inside_a_group_is_no_sure_speaker(nlp):
    ctx = _ctx_of(nlp, "Trump Remark Draws Fire", [
        "Democrats -- including Clinton -- quickly accused Trump of suggesting violence against the nominee.",
        "Hillary Clinton said on Tuesday that the remark showed he was unfit to serve as president of the country."])
    group = [a for a in ctx.analysis.attributions if "violence" in a.content]
    assert group and all(a.source_confidence < 0.8 for a in group), [(a.source, a.source_confidence) for a in group]
    own = [a for a in ctx.analysis.attributions if "unfit" in a.content]
    assert own and all(a.source_confidence >= 0.8 for a in own), [(a.source, a.source_confidence) for a in own]


# "Clinton said the goal was not to 'make America great again' but to 'make America whole again'": the claim cut
# before "but" misquotes her; neither a who-said nor a certainty item quotes that half.
def test_half_of_a_not_x_but_y_is_never_quoted(nlp):
    from quizgen.generate import attribution

    half = "the bridge was not to “make Marlow rich again”"
    ctx = _ctx_of(nlp, "Mayor Answers Her Rival", [
        "In a swipe against her rival, Mayor Ann Reyes said the bridge was not to “make Marlow rich again” but to "
        "“make Marlow whole again.”",
        "Council leader Tom Hale said the ferry service would close for good at the end of the summer season."])
    stems = [it.stem for it in attribution.generate(ctx) + certainty.generate(ctx)]
    assert not [s for s in stems if "make Marlow rich again" in s and "whole again" not in s], stems
    assert [s for s in stems if "ferry service" in s], stems  # the plain claim beside it is still asked
    from quizgen.generate.base import cut_contrast

    text = ctx.article.text
    at = text.index(half) + len(half)
    assert cut_contrast(text, half, at) and not cut_contrast(text, "the bridge was to make Marlow rich", at)


# "In other cases, employers may decide to …" leans on the sentence before it: never the main idea.
def test_a_sentence_opening_on_in_other_cases_is_no_main_idea():
    from quizgen.generate.main_idea import _unfit_option

    assert _unfit_option("In other cases, employers may decide to increase the salaries of some workers.")
    assert _unfit_option("In some cases, the council has paid for repairs out of its reserves.")
    assert not _unfit_option("A new rule will require most salaried workers to be paid overtime.")


# ---- from T31 (judged blind on 0fa5883): an "-ing" word before a plural noun ("offers tantalizing clues") is
#      attributive: its cases are in test_s50_vocab_slots.py's table of participles.
