"""K42 (judged blind, fixed after), each on constructed text first.

- "In a conversation with radio host Tom Reyes about his new film, the actor discussed …. '…,' he said.":
  the "he" is the actor, a person the article names by a role only, so Reyes is not surely the speaker and
  no who-said item keys him (judged blind: an interviewer keyed as the speaker of the actor's words).
"""
from __future__ import annotations

import random

import pytest
from harbour_help import harbour_ctx as _ctx

from quizgen.analysis import analyse
from quizgen.generate import attribution, sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT, ITEM_KINDS

_OTHERS = ("Sam Ford, who runs the fish market, said the wall would save his business from ruin after three bad "
           "winters in a row.\n\n"
           "Lena Cruz, a spokeswoman for the harbour board, said the board would publish its own costs in May.\n\n"
           "The state has offered to pay half of the cost if the town raises the rest by June. Work on the new "
           "wall could begin in the autumn, when the fishing season ends and the boats are hauled out of the "
           "water for the winter months.\n\n"
           "Paul Dunn, a professor of engineering at the state university, said the design would hold against a "
           "storm twice as strong as the last one.\n")


def _claim(ctx: Context, words: str):
    hits = [a for a in ctx.analysis.attributions if words in a.content]
    assert hits, [a.content for a in ctx.analysis.attributions]
    return hits[0]


def _who_said(ctx: Context, words: str):
    for a in attribution._candidates(ctx):
        if words in a.content:
            return attribution.who_said(ctx, a)
    return None


@pytest.mark.parametrize("role", ["the actor", "the veteran comedian", "the singer", "the star"])
def test_he_after_a_person_named_by_role_only_is_not_surely_the_named_one(role):
    ctx = _ctx(f"In a conversation with radio host Tom Reyes about his new film, {role} discussed the harbour "
               "and the town's long history of floods. \"The wall will keep the old town dry for fifty years,\" "
               "he said.", _OTHERS)
    a = _claim(ctx, "keep the old town dry")
    if a.source == "Tom Reyes":
        assert not attribution.pronoun_speaker_sure(ctx, a)
        assert a.source_confidence < CONFIDENT
    it = _who_said(ctx, "keep the old town dry")
    assert it is None or it.options[it.answer] != "Tom Reyes", it and it.options


def test_he_after_the_only_man_named_is_still_his():
    ctx = _ctx("Radio host Tom Reyes visited the harbour on Monday and spoke about his new film and the town's "
               "long history of floods. \"The wall will keep the old town dry for fifty years,\" he said.", _OTHERS)
    a = _claim(ctx, "keep the old town dry")
    assert a.source == "Tom Reyes"
    assert a.source_confidence >= CONFIDENT or attribution.pronoun_speaker_sure(ctx, a)


# Main idea (judged blind, K42): the key was a "From a distance, …" set-up the next paragraph overturns ("Up
# close, however, the picture dims"); wrong options leaned on what came before ("that hurdle", "The other was",
# "…, they looked to …").
_MI_KEY = "The council of Dover voted on Monday to close the old river bridge"


def _mi_pool(body: str) -> list[str]:
    from factories import plain_analysis, plain_article

    from quizgen.generate.main_idea import _details

    art = plain_article(f"Dover closes old bridge\n\n{_MI_KEY}.\n\nA later hearing on the cost is set for the "
                        f"second week of June with the planners.\n\n{body}\n")
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = _details(ctx, _MI_KEY, ctx.analysis.sentences[0])
    return pool


@pytest.mark.parametrize("sentence", [
    "With the number of cars crossing the river projected to swell to nine thousand a day, that hurdle will grow "
    "higher for the town.",
    "The other was making sure that the ferry would stay open to the fishing boats of the harbor all year.",
    "Dropping the limits that had held back the old council of the harbor town, they looked to cut the toll to "
    "a dollar.",
    "From a distance, the ferry plan looks like the bright future of the harbor and the fishing fleet of the town.",
])
def test_a_detail_leaning_on_what_came_before_is_no_distractor(sentence):
    pool = _mi_pool(sentence)
    assert not any(d.split()[0] == sentence.split()[0] and d.split()[1] == sentence.split()[1] for d in pool), pool


def test_a_plain_detail_is_still_a_distractor():
    pool = _mi_pool("The ferry company will add a second boat to the morning crossing from the harbor in May.")
    assert any(d.startswith("The ferry company will add a second boat") for d in pool), pool


def test_a_from_a_distance_set_up_is_never_the_key():
    from quizgen.generate import main_idea

    text = ("Harbor bridge plan faces an uncertain future\n\n"
            "From a distance, the harbor bridge plan looks like the bright future of the town: money from the "
            "state, support from the mayor and cheers from the fishing fleet.\n\n"
            "Up close, however, the picture dims. The plan to replace the old bridge faces a deeply uncertain "
            "future because the town cannot pay its half of the cost.\n\n"
            "The state has offered to pay half of the cost if the town raises the rest by June of next year.\n\n"
            "The mayor said the town would hold a vote on a new tax for the bridge in the spring.\n\n"
            "Fishermen said the old bridge was too low for the new boats that the fleet bought last year.\n\n"
            "The council has spent two years on studies of the river bed and the banks near the harbor.\n\n"
            "A second study found that the river bed near the old bridge had shifted by a meter since 1990.\n")
    art = article_from_text(text)
    ctx = Context(art, sure_claims(analyse(art)), random.Random(0), frozenset(ITEM_KINDS))
    key = main_idea._key(ctx)
    assert key is not None and key[0].startswith("The plan to replace the old bridge faces a deeply uncertain"), key
    for it in main_idea.generate(ctx):
        assert "bright future" not in it.options[it.answer], it.options


def test_an_appearance_frame_is_unfit_and_other_from_phrases_are_not():
    from quizgen.generate.main_idea import _unfit_option

    assert _unfit_option("From a distance, the plan looks like the bright future of the town.")
    assert _unfit_option("At first glance, the new budget seems to favor the harbor over the farms.")
    assert not _unfit_option("From a new study of the river bed, the council learned that the banks had shifted.")


# Sourcing (judged blind, K42): "Jason Furman, who leads Mr. Obama's Council of Economic Advisers, said …" and
# later "Mr. Furman argued …" was keyed "speaking for no government or organisation": the stop after "Mr" cut
# the description, and "leads" tied him to nothing.
def test_a_person_who_leads_a_body_named_after_mr_is_not_speaking_for_himself():
    from quizgen.generate import sourcing

    ctx = _ctx("The harbor plan won cold praise on Monday from the town hall, which has long doubted the cost. "
               "Ben Ruiz, who leads Mr. Hale's Council of Harbor Advisers, said that a study in 2005 found the "
               "wall would add little to the town's trade.",
               "The fishing fleet has shrunk by half since the last storm, and the boats now land their catch "
               "in the next town.\n\n"
               "The allure of a new wall, Mr. Ruiz argued, is largely a dream of the old fishing families.\n\n"
               + _OTHERS)
    a = _claim(ctx, "largely a dream")
    assert a.source == "Ben Ruiz"
    assert not sourcing.speaks_for_self(ctx, a)
    for it in sourcing.kind_of_source(ctx):
        if "largely a dream" in it.stem:
            assert it.options[it.answer] != sourcing.SELF, it.options


def test_a_person_described_by_no_tie_still_speaks_for_himself():
    from quizgen.generate import sourcing

    ctx = _ctx("Ben Ruiz, who has fished from the quay for forty years, said the wall would keep his boat safe "
               "in the winter storms.", _OTHERS)
    a = _claim(ctx, "keep his boat safe")
    assert sourcing.speaks_for_self(ctx, a)


# Sourcing (judged blind, K42): "Planned Parenthood's president Cecile Richards noted that …, reported the
# Washington Examiner." keyed "a named organisation or a person speaking for one", with "a news outlet" offered
# beside it: the claim reaches the reader through the outlet, so both are defensible.
@pytest.mark.parametrize("tail", [", reported the Harbor Examiner.", ", according to the Daily Harbor Post."])
def test_a_claim_an_outlet_relays_gets_no_kind_of_source_item(tail):
    from quizgen.generate import sourcing

    ctx = _ctx("The fishing union's president Ben Ruiz noted that the new wall is central to the town's plan for "
               f"the harbor for the first time{tail}", _OTHERS)
    for it in sourcing.kind_of_source(ctx):
        assert "Ben Ruiz" not in it.stem and "Ruiz" not in it.explanation, (it.stem, it.options)


def test_a_claim_with_no_outlet_still_gets_its_kind_of_source_item():
    from quizgen.generate import sourcing

    ctx = _ctx("The fishing union's president Ben Ruiz noted that the new wall is central to the town's plan for "
               "the harbor for the first time.", _OTHERS)
    assert any("Ruiz" in it.explanation for it in sourcing.kind_of_source(ctx))


def test_an_unquoted_claim_opening_its_sentence_is_lower_case_inside_who_said_that():
    ctx = _ctx("The toll on the old bridge will rise to four dollars in June, and the state will pay for the new "
               "lights. Older fishermen with small boats might not be so lucky, according to Ben Ruiz, who was an "
               "adviser to the harbor board.", _OTHERS)
    a = _claim(ctx, "might not be so lucky")
    assert a.source == "Ben Ruiz"
    said = attribution._quoted_opening_lowered(ctx, a, "Older fishermen with small boats might not be so lucky")
    assert said.startswith("older fishermen"), said
    # a name opening the sentence keeps its capital
    ctx2 = _ctx("The toll on the old bridge will rise to four dollars in June, and the state will pay for the new "
                "lights. Dover might not be so lucky, according to Ben Ruiz, who was an adviser to the harbor "
                "board of Dover.", _OTHERS)
    b = _claim(ctx2, "might not be so lucky")
    assert attribution._quoted_opening_lowered(ctx2, b, "Dover might not be so lucky").startswith("Dover")


# Sourcing (judged blind, E42): "…, said Grant Green, a national security official under Presidents Reagan and
# George W. Bush" keyed "an official speaking for a government": a post under past presidents, so "an expert
# giving an opinion" is as defensible.
@pytest.mark.parametrize("who", ["a harbor official under Governors Reed and Lane",
                                 "who served as harbor master for the state"])
def test_a_person_whose_post_may_be_long_over_gets_no_official_key(who):
    from quizgen.generate import sourcing

    ctx = _ctx("Some plans for the wall made in the most private of meetings are hard to judge, while others mean "
               f"little to the public, said Ben Ruiz, {who}.", _OTHERS)
    a = _claim(ctx, "hard to judge")
    assert a.source == "Ben Ruiz"
    assert sourcing.person_role(ctx, a) is None
    assert not any("hard to judge" in it.stem and it.options[it.answer] == sourcing.OFFICIAL
                   for it in sourcing.kind_of_source(ctx))


def test_a_serving_official_is_still_one():
    from quizgen.generate import sourcing

    ctx = _ctx("Some plans for the wall made in the most private of meetings are hard to judge, said Ben Ruiz, a "
               "spokesman for the harbor board.", _OTHERS)
    assert sourcing.person_role(ctx, _claim(ctx, "hard to judge")) == sourcing.OFFICIAL


# Scoring (judged blind, E42): a key of "0.3" marked ".3" wrong; and ".3" was taken for "3" (the stop dropped).
@pytest.mark.parametrize("key,given,ok", [
    ("0.3", ".3", True), ("0.3", "0.3", True), ("0.3", "0.3 points", True), ("0.3", "3", False),
    ("0.3", ".35", False), ("3", ".3", False), ("3", "3", True), ("1.5 million", "1.5 million", True),
])
def test_a_decimal_without_its_leading_zero_is_the_same_number(key, given, ok):
    from quizgen.kinds import kind_of
    from quizgen.model import Item

    item = Item(id="x", skill="key_detail", kind="short_answer", stem="How many?", options=(), answer=[key],
                explanation="", support=())
    assert kind_of(item).score(item, given)[1] is ok


# Perspective (judged blind, E42): "voters (¶1): the article's opening paragraph reports what concerns them" where
# ¶1 said only "… declared on Thursday, two days after voters went to the polls".
_RACE = ("Ann Holt won the Dover mayoral race, the Dover Herald declared on Thursday, two days after voters went to "
         "the polls for what became a very close race.\n\n"
         "On Wednesday, Holt held a narrow lead over Tom Reyes, but the race remained too close to call.\n\n"
         "Holt led by about 150 votes out of nearly 9,000 cast, according to the Dover Herald. With such a thin "
         "margin, Reyes could have asked for a recount.\n\n"
         "On Thursday, Reyes told the Herald that he would not seek a recount, conceding the race to Holt.\n\n"
         "Dover holds an open election, which allows anyone on the roll to vote for whomever they like.\n")


def test_a_group_only_in_a_clause_telling_when_is_no_missing_voice():
    from quizgen.generate import perspective

    ctx = _ctx(*_RACE.strip().split("\n\n"), _OTHERS)
    assert perspective._in_time_clause(ctx, "voters", 1)
    it = perspective.missing_voice(ctx)
    assert it is None or "voters (¶1)" not in it.answer[0], it.answer


def test_a_group_the_lede_is_about_is_not_in_a_time_clause():
    from quizgen.generate import perspective

    ctx = _ctx("Voters in Dover rejected the plan for a new harbor wall on Tuesday, two days after the council "
               "approved it.", _OTHERS)
    assert not perspective._in_time_clause(ctx, "Voters", 1)


def test_a_question_the_writer_asks_gets_no_name_gap():
    from quizgen.generate import key_detail

    ctx = _ctx("Ben Ruiz said the wall would keep the old town dry for fifty years, and Mayor Ann Holt agreed.",
               "Now, how does the claim by Ben Ruiz stack up against the figures of the harbor board?", _OTHERS)
    for it in key_detail.name_items(ctx, set()):
        assert "stack up" not in it.stem, it.stem


def test_a_relative_when_after_a_noun_is_no_time_clause():
    from quizgen.generate import perspective

    ctx = _ctx("An effort to restore a week of voting in Dover when voters could register and vote at the same time "
               "has suffered a setback at the hands of a state court.", _OTHERS)
    assert not perspective._in_time_clause(ctx, "voters", 1)


# Who said (judged blind, E42b): 'warning that "the rule of the right is in danger" because "Arab voters are
# coming out in droves" and being "bused …"' was printed as one quotation, the writer's "because" inside it.
def test_quoted_pieces_joined_by_the_writers_words_are_no_one_quotation():
    ctx = _ctx("Mayor Ann Holt rallied supporters on Monday by warning darkly that \"the future of the harbor is in "
               "danger\" because \"the fishing boats are leaving in droves for the next town\" and being \"lured "
               "away by the cheap moorings there.\"", _OTHERS)
    hits = [a for a in ctx.analysis.attributions if "future of the harbor" in a.content]
    for a in hits:
        if a.direct:
            assert attribution.mixed_content(ctx, a)
    it = _who_said(ctx, "future of the harbor")
    assert it is None or "' because '" not in it.stem, it.stem


def test_one_whole_quotation_is_not_mixed():
    ctx = _ctx("\"The future of the harbor is in danger because the fishing boats are leaving for the next town,\" "
               "Mayor Ann Holt said on Monday.", _OTHERS)
    a = _claim(ctx, "future of the harbor")
    assert a.direct and not attribution.mixed_content(ctx, a)


@pytest.mark.parametrize("note,unfit", [
    ("Gabriel Arana is senior media editor at The Huffington Post.", True),
    ("Ann Holt is a contributing writer for the Dover Herald.", True),
    ("Ann Holt was a reporter for the Dover Herald until 2010, when she left to run for mayor of the town.", False),
    ("Ann Holt is the mayor of Dover and a member of the harbor board.", False),
])
def test_the_writers_note_under_the_story_is_no_main_idea_option(note, unfit):
    from quizgen.generate.main_idea import _unfit_option

    assert _unfit_option(note) is unfit
