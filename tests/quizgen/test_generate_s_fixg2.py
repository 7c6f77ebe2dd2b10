"""Source-evaluation items judged wrong on unseen articles, each on a constructed article of the same
shape: a true/false statement with no referent ("that threshold …"), an "In ¶N, X believes" stem, a
false speaker given a claim of a role he never had, a run of false keys on one liar; a claim the
speaker calls a lie keyed as his; an outlet keyed as the evidence when it is only the listener of
officials or a poll's sponsor; an expert speaking for the body whose work he comments on; an outlet
that is an actor in the story; a missing-voice answer filled with a pronoun or repeating a name."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest

from quizgen.analysis import analyse
from quizgen.generate import attribution, certainty, evidence, perspective, sourcing
from quizgen.generate.attribution import demonstrative_start, gives_own_role
from quizgen.generate.base import Context, support_for
from quizgen.generate.sourcing import EXPERT
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS, Span

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5

BRIDGE = [
    "The county council voted on Tuesday to delay the new bridge over the Tamar River until next spring.",
    "Council leader Ann Ward said the delay would save the county about two million dollars this year.",
    "Tom Bale, the county engineer, said the old bridge could stay open for five more years.",
    "Mayor Rita Vale believes that threshold will be reached long before the vote in June.",
    "State Senator Mark Rowe said the state would pay for half of the new bridge if the county asked.",
    "Council member Paul Dunn said the farmers in the north would lose an hour on every trip to market.",
    "Ward said the council would hold two public meetings on the plan in March.",
    "Rowe said the governor had promised to visit the bridge before the vote.",
    "Dunn said the delay was a mistake that the county would regret for years.",
    "Vale believes the new bridge will bring more shops to the town centre.",
]


def _ctx(nlp, paragraphs, title="Race Tightens In The Valley", kinds=frozenset(ITEM_KINDS), seed=0, filler=True):
    body = ([FILLER] if filler else []) + list(paragraphs)
    article = article_from_text(title + "\n\n" + "\n\n".join(body))
    return Context(article, analyse(article, nlp=nlp), random.Random(seed), kinds)


# ---------------------------------------------------------------- attribution true/false

@pytest.mark.parametrize("content, dangling", [
    ("that threshold will be reached long before the vote", True),
    ("this will hurt the farmers", True),
    ("those cuts were never needed", True),
    ("that voters will decide the matter in June", False),
    ("that the threshold will be reached in June", False),
    ("the threshold will be reached in June", False),
])
def test_demonstrative_start(content, dangling):
    assert demonstrative_start(content) is dangling


def test_no_true_false_on_a_claim_opening_on_that_noun(nlp):
    """"Dunn believes that threshold will be reached": "that threshold" points to a sentence the stem
    never shows, true or false."""
    ctx = _ctx(nlp, BRIDGE, title="Council Delays Tamar Bridge", filler=False)
    vale = [a for a in ctx.analysis.attributions if "threshold" in a.content]
    assert vale
    for a in vale:
        assert attribution.said_true_false(ctx, a, truthful=True) is None
        assert attribution.said_true_false(ctx, a, truthful=False) is None


def test_a_view_is_according_to_the_paragraph(nlp):
    """"In ¶10, Rita Vale believes …" reads badly; "According to ¶10, Rita Vale believes …" does not."""
    ctx = _ctx(nlp, BRIDGE, title="Council Delays Tamar Bridge", filler=False)
    a = next(a for a in ctx.analysis.attributions if "shops" in a.content)
    it = attribution.said_true_false(ctx, a, truthful=True)
    assert it is not None and it.stem.startswith(f"According to ¶{a.paragraph}, Rita Vale believes")
    said = next(a for a in ctx.analysis.attributions if "two public meetings" in a.content)
    it = attribution.said_true_false(ctx, said, truthful=True)
    assert it is not None and it.stem.startswith(f"In ¶{said.paragraph}, Ann Ward said")


def test_true_false_keys_balanced_and_one_liar_once(nlp):
    """Every true statement here copies the article word for word, so each was turned false: four items
    keyed False, the same liar named in three. Now the keys stay balanced and a liar is used once."""
    for seed in range(3):
        ctx = _ctx(nlp, BRIDGE, title="Council Delays Tamar Bridge", kinds=frozenset({"true_false"}), seed=seed,
                   filler=False)
        tf = [it for it in attribution.generate(ctx) if it.kind == "true_false"]
        keys = [it.answer for it in tf]
        assert abs(keys.count(0) - keys.count(1)) <= 1
        liars = [it.explanation.rsplit(", not to ", 1)[1] for it in tf if it.answer == 1]
        assert len(liars) == len(set(liars))


@pytest.mark.parametrize("words, own", [
    ("When I was a senator, I voted for every bridge this county asked for", True),
    ("Our campaign has never taken a dollar from the builders", True),
    ("As mayor, I closed two bridges and I would do it again", True),
    ("The bridge will cost more than the county can pay", False),
    ("I think the bridge will cost more than the county can pay", False),
])
def test_gives_own_role(nlp, words, own):
    ctx = _ctx(nlp, [f"\"{words},\" Rita Vale said on Friday."])
    a = next(a for a in ctx.analysis.attributions if a.source == "Rita Vale")
    assert gives_own_role(a) is own


def test_no_false_speaker_for_a_first_person_role(nlp):
    """'"As mayor, I closed two bridges …," Joan Lee said' given to another speaker is false from
    its own words: no false version."""
    paras = BRIDGE + ["\"As mayor, I closed two bridges and I would do it again,\" Joan Lee said on Friday."]
    ctx = _ctx(nlp, paras, title="Council Delays Tamar Bridge", filler=False)
    a = next(a for a in ctx.analysis.attributions if a.source == "Joan Lee")
    assert attribution.said_true_false(ctx, a, truthful=False) is None


def test_false_speaker_is_of_the_same_kind_and_nearest(nlp):
    """The false speaker is a person for a person, the one speaking nearest the claim."""
    ctx = _ctx(nlp, BRIDGE, title="Council Delays Tamar Bridge", filler=False)
    a = next(a for a in ctx.analysis.attributions if "two million" in a.content)
    it = attribution.said_true_false(ctx, a, truthful=False)
    assert it is not None and it.stem.startswith(f"In ¶{a.paragraph}, Tom Bale said")


# ---------------------------------------------------------------- certainty

def test_a_claim_the_speaker_calls_a_lie_is_not_his(nlp):
    """'"This is the lie … built on," Rowe said, "that Dale is more careful …"': the quoted claim is the one
    Rowe rejects, never keyed "attributed to a named source"."""
    ctx = _ctx(nlp, ["\"This is the lie that Dale's whole campaign is built on,\" Senator Mark Rowe said on Friday, "
                     "\"that Dale is more careful than everyone else in this race.\""])
    assert any("more careful" in a.content for a in ctx.analysis.attributions)
    assert not [it for it in certainty.generate(ctx) if "more careful" in it.stem]


@pytest.mark.parametrize("sentence", [
    "Rowe called it the myth that the bridge will pay for itself within ten years.",
    "It is not true that the bridge will pay for itself within ten years, Rowe said.",
    "Rowe rejected the idea that the bridge will pay for itself within ten years.",
])
def test_rejection_frames(nlp, sentence):
    ctx = _ctx(nlp, [sentence])
    at = ctx.article.text.index("the bridge will pay")
    sup = next(s for s in (support_for(ctx.article, at, at + 40),) if s is not None)
    assert certainty.rejection_framed(ctx, sup)


@pytest.mark.parametrize("sentence", [
    "Rowe said the bridge will pay for itself within ten years.",
    "Many of his ideas are far from popular, and Rowe said the bridge will pay for itself within ten years.",
    "The idea of a new bridge came up in March, and Rowe said the bridge will pay for itself within ten years.",
])
def test_a_plain_claim_is_not_rejection_framed(nlp, sentence):
    ctx = _ctx(nlp, [sentence])
    at = ctx.article.text.index("the bridge will pay")
    sup = support_for(ctx.article, at, at + 40)
    assert sup is not None and not certainty.rejection_framed(ctx, sup)


# ---------------------------------------------------------------- evidence

@pytest.mark.parametrize("sentence", [
    "Rowe leads Dale by 12 points among likely voters, according to a CNN/ORC poll released Sunday.",
    "The mayor moved the budget vote twice in March, The Washington Post reported, citing current and former "
    "officials who spoke with the paper.",
])
def test_outlet_only_sponsor_or_listener_is_no_news_report(nlp, sentence):
    ctx = _ctx(nlp, [sentence])
    assert any(e.kind == "news report" for e in ctx.analysis.evidence)
    assert not [it for it in evidence.generate(ctx) if "news" in it.options[it.answer].lower()
                or "newspaper" in it.options[it.answer].lower()]


def test_outlet_reporting_is_still_a_news_report(nlp):
    ctx = _ctx(nlp, ["The mayor moved the budget vote twice in March, The Washington Post reported on Sunday."])
    assert [it for it in evidence.generate(ctx) if "newspaper" in it.options[it.answer].lower()
            or "news outlet" in it.options[it.answer].lower()]


# ---------------------------------------------------------------- sourcing

@pytest.mark.parametrize("sentence", [
    "\"Shoppers are more confident than they have been in a decade,\" said Rita Vale, chief economist of the "
    "Valley consumer survey.",
    "Rita Vale, chief economist of the Valley consumer survey, said shoppers are more confident than they have "
    "been in a decade.",
])
def test_an_expert_speaking_for_her_own_survey_is_no_item(nlp, sentence):
    ctx = _ctx(nlp, [sentence])
    assert not [it for it in sourcing.kind_of_source(ctx) if "Vale" in it.stem]


def test_an_independent_expert_is_still_an_expert(nlp):
    ctx = _ctx(nlp, ["John Smith, a chemist at the state university, said the river water is safe to drink."])
    items = [it for it in sourcing.kind_of_source(ctx) if "Smith" in it.stem]
    assert items and all(it.options[it.answer] == EXPERT for it in items)


@pytest.mark.parametrize("sentence", [
    "The Washington Post asked the court to release the documents, arguing that the public has a right to see "
    "how the land was sold.",
    "The Washington Post, which sued for the records, said the city had missed every legal deadline.",
    "In its filing, The Washington Post argued that the public has a right to see how the land was sold.",
])
def test_an_outlet_acting_in_the_story_is_no_source(nlp, sentence):
    ctx = _ctx(nlp, [sentence])
    assert any(a.source_kind == "news_outlet" for a in ctx.analysis.attributions)
    assert not sourcing.kind_of_source(ctx)


def test_an_outlet_reporting_is_still_a_news_source(nlp):
    ctx = _ctx(nlp, ["The Washington Post, which obtained the letter, reported that the land sale was approved in "
                     "secret."])
    assert sourcing.kind_of_source(ctx)


def test_a_source_cut_at_which_is_never_shown(nlp):
    """"— the source is The Washington Post, which.": a source phrase cut inside its relative clause."""
    ctx = _ctx(nlp, ["The Washington Post, which obtained the letter, reported that the land sale was approved in "
                     "secret."])
    a = next(a for a in ctx.analysis.attributions if a.source_kind == "news_outlet")
    start = a.source_span.start
    end = ctx.article.text.index("which", start) + len("which")
    cut = replace(a, source_span=Span(start, end, ctx.article.text[start:end]))
    atts = tuple(cut if o is a else o for o in ctx.analysis.attributions)
    ctx = replace(ctx, analysis=replace(ctx.analysis, attributions=atts))
    assert not [it for it in sourcing.kind_of_source(ctx) if it.explanation.rstrip().endswith("which.")]


# ---------------------------------------------------------------- perspective

LUND = [
    "Dana Lund has pushed the new road plan through the council this spring.",
    "The plan would close two bridges in the north of the county and move money to the city.",
    "Council member Ann Ward said the plan was rushed. \"Nobody outside the city asked for this,\" Ward said.",
    "Lund drafted the plan with two aides over the winter, and Lund brought it to the council in March.",
    "Farmers in the north say the closures would add an hour to their trips to market.",
    "The council will vote on the plan again in June, and Lund is expected to attend the vote.",
    "Ward said she would vote against it.",
    "The county engineer, Tom Bale, said the bridges were safe for now. \"They can last five more years,\" Bale said.",
]


def test_no_missing_party_filled_with_a_pronoun(nlp, monkeypatch):
    """"Dana Lund - why they (¶4) … so they's side is missing": a party run on into a pronoun."""
    ctx = _ctx(nlp, LUND, title="Lund Road Plan Splits Council", filler=False)
    monkeypatch.setattr(perspective, "_declines", lambda c: [("Dana Lund - why they", 4, False, "did not respond",
                                                                True)])
    parties = perspective._missing_parties(ctx, perspective._voices(ctx), column=False)
    assert not [p for p in parties if "they" in p[0] or "they's" in p[2]]


def test_no_name_repeated_in_place_of_a_pronoun(nlp):
    """"… never reports Lund's own account of what it says about Lund": with no pronoun the article gives,
    the account alone."""
    ctx = _ctx(nlp, LUND, title="Lund Road Plan Splits Council", filler=False)
    # (a party only named often: no model answer's example since stop 35, its reason still written well)
    parties = perspective._missing_parties(ctx, perspective._voices(ctx), column=False, named_only=True)
    assert parties and parties[0][0] == "Dana Lund"
    assert "about Lund" not in parties[0][2] and "Lund's own account" in parties[0][2]


@pytest.mark.parametrize("label, bad", [
    ("they", True), ("John Kasich - why they", True), ("Dana Lund", False), ("the Trump campaign", False),
    ("transgender people", False),
])
def test_pronoun_party(label, bad):
    assert perspective.pronoun_party(label) is bad


def test_no_false_speaker_who_speaks_for_the_real_one(nlp):
    """"In ¶1, Jen Pike has rejected …" for Mayor Vale's words, Pike being Vale's spokeswoman: the aide may
    well have said it for her, so "False" is arguable."""
    paras = ["Mayor Rita Vale said the city would close the old bridge in May.",
             "Jen Pike, a spokeswoman for Vale, said the mayor would hold a meeting on the plan in March.",
             "Tom Bale, the county engineer, said the old bridge could stay open for five more years.",
             *BRIDGE[5:]]
    ctx = _ctx(nlp, paras, title="Council Delays Tamar Bridge", filler=False)
    a = next(a for a in ctx.analysis.attributions if "close the old bridge" in a.content)
    it = attribution.said_true_false(ctx, a, truthful=False)
    assert it is None or "Pike" not in it.stem


def test_no_false_speaker_from_the_body_the_claim_names(nlp):
    """"In ¶1, Ray Hale has rejected a Valley News proposal" for the mayor's words, Hale being the Valley
    News editor who made the proposal: false on its face."""
    paras = ["Mayor Rita Vale has rejected a Valley News proposal for one more public debate on the bridge.",
             "Ray Hale, the managing editor of Valley News, said the paper would hold the debate anyway.",
             "Tom Bale, the county engineer, said the old bridge could stay open for five more years.",
             *BRIDGE[5:]]
    ctx = _ctx(nlp, paras, title="Council Delays Tamar Bridge", filler=False)
    a = next((a for a in ctx.analysis.attributions if "Valley News proposal" in a.content), None)
    if a is None:
        a = next(a for a in ctx.analysis.attributions if a.source == "Rita Vale")
    it = attribution.said_true_false(ctx, a, truthful=False)
    assert it is None or "Hale" not in it.stem


def test_no_true_false_on_a_claim_opening_on_they(nlp):
    """"In ¶N, Dunn said they would lose …": who "they" are lies outside the stem (a guard: already so)."""
    paras = BRIDGE[:5] + ["Council member Paul Dunn said they would lose an hour on every trip to market.",
                          *BRIDGE[6:]]
    ctx = _ctx(nlp, paras, title="Council Delays Tamar Bridge", filler=False)
    a = next(a for a in ctx.analysis.attributions if "lose an hour" in a.content)
    assert attribution.said_true_false(ctx, a, truthful=True) is None
    assert attribution.said_true_false(ctx, a, truthful=False) is None
