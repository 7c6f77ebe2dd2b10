"""Judge 5 failure shapes in source-evaluation items, each on a constructed sentence: a missing voice
who is quoted or dead, evidence keyed for the reporter's own narration, an expert keyed as an
official, a who-said item at a quote boundary, a contradiction invented or missed, a hedge that
governs another clause, and fragments as claims."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate.attribution import who_said
from quizgen.generate.base import Context
from quizgen.generate.certainty import DISPUTED, HEDGED
from quizgen.generate.certainty import generate as certainty_items
from quizgen.generate.evidence import _KEY_LABELS
from quizgen.generate.evidence import generate as evidence_items
from quizgen.generate.perspective import missing_voice, trust_source
from quizgen.generate.sourcing import OFFICIAL, kind_of_source, relayed, source_category
from quizgen.model import (
    ITEM_KINDS,
    Analysis,
    Attribution,
    Conflict,
    Evidence,
    Hedge,
    Readability,
    Sentence,
    Span,
)


def _span(article, phrase, after=0):
    i = article.text.index(phrase, after)
    return Span(i, i + len(phrase), phrase)


def _par(article, offset):
    return next(p.number for p in article.paragraphs if p.start <= offset < p.end)


def _att(article, source, kind, source_text, cue, content, *, after=0, cue_after=None, **kw):
    s = _span(article, source_text, after)
    c = _span(article, content, after)
    cue_span = _span(article, cue, s.start if cue_after is None else cue_after)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=cue_span, content=content, content_spans=(c,), direct=kw.pop("direct", False),
                       paragraph=_par(article, s.start), **kw)


def _ctx(article, atts=(), evidence=(), hedges=(), conflicts=()):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.[\"”]?", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    analysis = Analysis(sentences=tuple(sents), entities=(), attributions=tuple(atts), evidence=tuple(evidence),
                        hedges=tuple(hedges), judgments=(), conflicts=tuple(conflicts), quantities=(),
                        vocabulary=(), readability=Readability(8.0, 60.0, 120, 12, 1),
                        main_ideas=tuple(sents[:1]))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


# 1. Perspective: the suggested missing voice is never quoted, never a group whose member
# speaks, never the dead.
FIRE = ("Factory fire kills two workers\n\n"
        "Two workers died in the fire at the Acme plant on Monday. The victims were found near the door.\n\n"
        "Jane Roe, a Democratic senator, said the plant had ignored safety rules for years. Democrats want "
        "an inquiry.\n\n"
        "Ben Ray, a player for the town team, said the smoke could be seen from the pitch. Players left the "
        "ground.\n\n"
        "Residents near the plant have been told to keep their windows shut. Residents were moved to a school.\n\n"
        "The Acme Company said it is cooperating with the fire service.\n")


def _fire_ledger(a, acme=True):
    return [
        _att(a, "Jane Roe", "person", "Jane Roe", "said", "the plant had ignored safety rules for years"),
        _att(a, "Ben Ray", "person", "Ben Ray", "said", "the smoke could be seen from the pitch"),
    ] + ([_att(a, "Acme Company", "organisation", "The Acme Company", "said",
               "it is cooperating with the fire service")] if acme else [])


def test_missing_voice_is_never_the_dead_or_a_group_whose_member_is_quoted():
    a = plain_article(FIRE)
    item = missing_voice(_ctx(a, _fire_ledger(a)))
    model = item.answer[0].lower() if item else ""
    assert "victims" not in model and "workers" not in model  # the two workers died: they cannot speak
    assert "players" not in model  # a player is quoted in ¶3
    assert "democrat" not in model  # a Democratic senator is quoted
    # residents, named twice after the lede and outside the headline, are no party (judged blind on set A)
    assert "residents" not in model


def test_a_second_missing_voice_is_offered_only_when_the_article_is_plainly_about_it():
    text = FIRE.replace("The Acme Company said it is cooperating with the fire service.",
                        "The Acme Company said it is cooperating with the fire service.\n\nThe plant opened in "
                        "1990.\n\nThe road was closed for a day.\n\nThe town also runs a summer fair.\n\n"
                        "Schools nearby will show the fire engines to their pupils.")
    a = plain_article(text)
    item = missing_voice(_ctx(a, _fire_ledger(a)))
    assert item is None or "pupils" not in item.answer[0]  # named once, in the last paragraph's aside


def test_the_accused_organisation_that_never_speaks_is_suggested():
    from quizgen.model import Entity

    text = FIRE.replace("The Acme Company said it is cooperating with the fire service.",
                        "Unions accused Brightline Safety of skipping inspections. Brightline Safety checked the "
                        "plant in May.")
    a = plain_article(text)
    ents = [Entity("Brightline Safety", "ORG", _span(a, "Brightline Safety", k), 5)
            for k in (0, a.text.index("Brightline Safety") + 1)]
    ctx = _ctx(a, _fire_ledger(a, acme=False))
    ctx = Context(a, Analysis(**{**ctx.analysis.__dict__, "entities": tuple(ents)}), ctx.rng, ctx.kinds)
    model = missing_voice(ctx).answer[0]
    assert "Brightline Safety (¶5)" in model
    # once it speaks, it is a voice heard, never the missing one
    said = _att(a, "Brightline Safety", "organisation", "Brightline Safety", "checked", "the plant in May",
                after=a.text.index("Brightline Safety") + 1)
    ctx2 = Context(a, Analysis(**{**ctx.analysis.__dict__, "attributions": (*ctx.analysis.attributions, said)}),
                   ctx.rng, ctx.kinds)
    item2 = missing_voice(ctx2)
    assert item2 is None or "Brightline" not in item2.answer[0]
    # nor when a member of it speaks ("Jane Roe, a Democratic senator" for the Democratic Party)
    text3 = text.replace("Brightline Safety", "Democratic Party")
    d = plain_article(text3)
    ents3 = [Entity("Democratic Party", "ORG", _span(d, "Democratic Party", k), 5)
             for k in (0, d.text.index("Democratic Party") + 1)]
    ctx3 = _ctx(d, _fire_ledger(d, acme=False))
    ctx3 = Context(d, Analysis(**{**ctx3.analysis.__dict__, "entities": tuple(ents3)}), ctx3.rng, ctx3.kinds)
    item3 = missing_voice(ctx3)
    assert item3 is None or "Democratic Party" not in item3.answer[0]


def test_missing_voice_makes_no_item_when_no_party_is_clear():
    # judged blind (h1): the generic answer ("someone directly affected") gave a teacher no benchmark
    text = FIRE.replace("Residents near the plant have been told to keep their windows shut. "
                        "Residents were moved to a school.", "The road was closed for a day.")
    a = plain_article(text)
    assert missing_voice(_ctx(a, _fire_ledger(a))) is None


# 2. Evidence: only what a named source or document offers, never the reporter's narration.
NUMBERS = ("River report published\n\n"
           "The county spent 40 percent of its budget on flood repairs last year.\n\n"
           "The report, which was released on Tuesday, runs to three hundred pages.\n\n"
           "According to the Water Board, the river rose 40 percent faster than in 1990.\n\n"
           "A study by Leeds University found that fish numbers in the river fell by half.\n")


def test_evidence_is_never_keyed_for_the_reporters_own_narration():
    a = plain_article(NUMBERS)
    ev = (Evidence("statistic", _span(a, "40 percent"), 1),
          Evidence("study/report", _span(a, "The report"), 2))
    assert evidence_items(_ctx(a, evidence=ev)) == []


def test_evidence_the_article_cites_is_still_asked_about():
    a = plain_article(NUMBERS)
    ev = (Evidence("statistic", _span(a, "40 percent faster"), 3),
          Evidence("study/report", _span(a, "A study by Leeds University"), 4))
    items = evidence_items(_ctx(a, evidence=ev))
    keyed = sorted(it.options[it.answer] for it in items)
    assert len(items) == 2
    # judged blind (set D): the usual label's words in the stem gave it away; reworded then
    assert keyed[0].startswith("A statistic") and keyed[1] in _KEY_LABELS["study/report"]
    for it in items:
        if it.options[it.answer].startswith("A statistic"):
            # "according to the Water Board": a statement by an official, a study or a document is
            # defensible, so never offered
            assert not any(o.startswith(("A statement", "A study", "A document", "The opinion")) for o in it.options)


# 3. Sourcing and who-said.
EXPERTS = ("Sea wall plan\n\n"
           "Dr. Mary Poe, director of the Centre for Coastal Research, said the sea will rise by a metre.\n\n"
           "Tom Hill, the town's mayor, said the wall will be built by spring next year.\n\n"
           "Critics of the plan say the money would be better spent on moving homes inland.\n")


def test_an_expert_who_directs_a_research_centre_is_never_keyed_an_official():
    a = plain_article(EXPERTS)
    poe = _att(a, "Mary Poe", "person", "Dr. Mary Poe", "said", "the sea will rise by a metre")
    hill = _att(a, "Tom Hill", "person", "Tom Hill", "said", "the wall will be built by spring next year")
    ctx = _ctx(a, [poe, hill])
    assert source_category(ctx, poe) is None
    assert source_category(ctx, hill) == OFFICIAL


def test_a_source_of_unsure_kind_gets_no_sourcing_item():
    a = plain_article(EXPERTS)
    hill = _att(a, "Tom Hill", "person", "Tom Hill", "said", "the wall will be built by spring next year",
                kind_confidence=0.6, relay="Reuters")
    critics = _att(a, "Critics of the plan", "unnamed_group", "Critics of the plan", "say",
                   "the money would be better spent on moving homes inland", kind_confidence=0.6)
    ctx = _ctx(a, [hill, critics])
    assert kind_of_source(ctx) == [] and relayed(ctx) == []


def test_no_kind_of_source_item_offers_a_news_outlet_the_speaker_talked_to():
    a = plain_article(EXPERTS.replace("Tom Hill, the town's mayor, said", "Tom Hill, the town's mayor, told Sky News"))
    hill = _att(a, "Tom Hill", "person", "Tom Hill", "told", "the wall will be built by spring next year")
    assert source_category(_ctx(a, [hill]), hill) == OFFICIAL
    assert kind_of_source(_ctx(a, [hill])) == []  # "a news outlet" is defensible too
    c = plain_article(EXPERTS.replace("Tom Hill, the town's mayor, said",
                                      "Tom Hill, the town's mayor, in remarks to al-Ikhbariya television, said"))
    hill_c = _att(c, "Tom Hill", "person", "Tom Hill", "said", "the wall will be built by spring next year")
    assert kind_of_source(_ctx(c, [hill_c])) == []
    b = plain_article(EXPERTS)
    hill_b = _att(b, "Tom Hill", "person", "Tom Hill", "said", "the wall will be built by spring next year")
    (item,) = kind_of_source(_ctx(b, [hill_b]))
    assert item.options[item.answer] == OFFICIAL


MEETING = ("Park plan angers town\n\n"
           "\"The park will be lost for ever and nobody at the council cares,\" residents told the meeting. "
           "\"We have answered every complaint about the park,\" Ann Lee said. \"The council has ignored "
           "the town for years and that must stop now.\"\n\n"
           "John Smith, a chemist, said the pond water is safe for children to swim in.\n\n"
           "The Parks Trust said it would plant two hundred new trees in the spring.\n\n"
           "Bo Kim, a gardener, said the old oak trees are more than a century old.\n")


def _meeting_ledger(a):
    residents = _att(a, "residents", "unnamed_group", "residents", "told",
                     "The park will be lost for ever and nobody at the council cares", direct=True)
    lee_first = _att(a, "Ann Lee", "person", "Ann Lee", "said",
                     "We have answered every complaint about the park", direct=True)
    # the ledger gives the next quotation to Ann Lee too, though its cue is in the sentence before
    # and residents speak in the same paragraph: it may be theirs
    lee_next = _att(a, "Ann Lee", "person", "Ann Lee", "said",
                    "The council has ignored the town for years and that must stop now", direct=True)
    return [
        residents, lee_first, lee_next,
        _att(a, "John Smith", "person", "John Smith", "said", "the pond water is safe for children to swim in"),
        _att(a, "Parks Trust", "organisation", "The Parks Trust", "said",
             "it would plant two hundred new trees in the spring"),
        _att(a, "Bo Kim", "person", "Bo Kim", "said", "the old oak trees are more than a century old"),
    ]


def test_who_said_skips_a_quotation_at_a_boundary_between_two_speakers():
    a = plain_article(MEETING)
    atts = _meeting_ledger(a)
    ctx = _ctx(a, atts)
    assert who_said(ctx, atts[2]) is None  # the cue is a sentence away and residents speak in ¶1 too
    item = who_said(ctx, atts[1])  # its cue is in its own sentence: Ann Lee, surely
    assert item is not None and item.options[item.answer] == "Ann Lee"


def test_who_said_skips_a_quotation_running_on_into_a_paragraph_after_two_speakers():
    text = MEETING.replace(' "The council has ignored', '\n\n"The council has ignored')
    a = plain_article(text)
    atts = _meeting_ledger(a)
    # the ledger carries Ann Lee on into the next paragraph, which has no cue of its own
    lee_next = Attribution(**{**atts[2].__dict__, "paragraph": 2, "cue_span": None, "source_span": None})
    ctx = _ctx(a, [*atts[:2], lee_next, *atts[3:]])
    assert who_said(ctx, lee_next) is None


def test_who_said_needs_a_confident_source():
    a = plain_article(MEETING)
    atts = _meeting_ledger(a)
    smith = atts[3]
    unsure = Attribution(**{**smith.__dict__, "source_confidence": 0.6})
    assert who_said(_ctx(a, [*atts[:3], unsure, *atts[4:]]), unsure) is None
    assert who_said(_ctx(a, atts), smith) is not None


# 4. Certainty: "disputed" only with a denial that targets the claim; "hedged" only for the
# clause the hedge governs.
MILL = ("Mill plan divides town\n\n"
        "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
        "Critics of the mill said the town council meets far too rarely these days.\n\n"
        "The mill company, which is believed to employ many people abroad, closed its old plant on Monday.\n\n"
        "Farmer Bo Kim denied that the new mill will bring any jobs to the valley.\n")


def _mayor(a):
    return _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said",
                "the new mill will bring two hundred jobs to the valley")


def _mill(a):
    return [
        _mayor(a),
        _att(a, "Critics of the mill", "unnamed_group", "Critics of the mill", "said",
             "the town council meets far too rarely these days"),
        _att(a, "Bo Kim", "person", "Farmer Bo Kim", "denied", "the new mill will bring any jobs to the valley"),
    ]


def _keys(items):
    return {it.options[it.answer] for it in items if it.kind == "multiple_choice"}


def test_disputed_only_when_a_denial_targets_the_same_claim():
    a = plain_article(MILL)
    atts = _mill(a)
    # the ledger pairs the mayor with critics who speak of something else: no contradiction
    invented = certainty_items(_ctx(a, atts[:2], conflicts=[Conflict(0, 1, "Ann Lee and its critics disagree")]))
    assert DISPUTED not in _keys(invented)
    # Bo Kim denies the mayor's very claim: disputed
    real = certainty_items(_ctx(a, atts, conflicts=[Conflict(0, 2, "Bo Kim denied what Ann Lee says")]))
    assert DISPUTED in _keys(real)


def test_no_one_disputes_it_is_never_keyed_beside_a_denial_that_points_back():
    from quizgen.generate.certainty import NAMED

    text = MILL.replace("Farmer Bo Kim denied that the new mill will bring any jobs to the valley.",
                        "The weather was fine all week in the valley.").replace(
        "Critics of the mill said the town council meets far too rarely these days.",
        "The mill company flatly denied it.")
    a = plain_article(text)
    mayor = _mayor(a)
    keys = _keys(certainty_items(_ctx(a, [mayor])))
    assert NAMED not in keys and DISPUTED not in keys  # "it" shares no words with the claim, but denies it
    far = plain_article(MILL.replace("Farmer Bo Kim denied that the new mill will bring any jobs to the valley.",
                                     "The weather was fine all week in the valley."))
    assert NAMED in _keys(certainty_items(_ctx(far, [_mayor(far)])))


def test_hedged_only_when_the_hedge_governs_the_claim_asked_about():
    a = plain_article(MILL)
    h = Hedge(_span(a, "The mill company, which is believed to employ many people abroad, closed its old plant on "
                       "Monday."), "is believed to", 3)
    items = certainty_items(_ctx(a, hedges=[h]))
    assert HEDGED not in _keys(items)
    assert not any("closed its old plant" in it.stem for it in items)
    text = MILL.replace("The mill company, which is believed to employ many people abroad, closed its old plant on "
                        "Monday.", "Although the mill is believed to be safe, the town lost three hundred jobs.")
    b = plain_article(text)
    h2 = Hedge(_span(b, "Although the mill is believed to be safe, the town lost three hundred jobs."),
               "is believed to", 3)
    assert HEDGED not in _keys(certainty_items(_ctx(b, hedges=[h2])))
    text3 = MILL.replace("The mill company, which is believed to employ many people abroad, closed its old plant on "
                         "Monday.", "The mill company is believed to employ many people abroad.")
    c = plain_article(text3)
    h3 = Hedge(_span(c, "The mill company is believed to employ many people abroad."), "is believed to", 3)
    assert HEDGED in _keys(certainty_items(_ctx(c, hedges=[h3])))  # the hedge governs the claim: keyed


# 5. Claims in stems are whole clauses.
FRAGMENTS = ("Council row\n\n"
             "Ann Lee, the council leader, criticised the members who show no interest in the budget.\n\n"
             "Tom Hill said every time you say that the budget is fine.\n\n"
             "Bo Kim, the treasurer, said the budget will be balanced by next spring.\n\n"
             # other material bearing on the claim: without it no trust-a-source item is made (dev set H)
             "Council accounts show the budget was not balanced last spring.\n")


def test_perspective_stems_quote_no_fragment_as_a_claim():
    a = plain_article(FRAGMENTS)
    atts = [
        _att(a, "Ann Lee", "person", "Ann Lee", "criticised", "who show no interest in the budget"),
        _att(a, "Tom Hill", "person", "Tom Hill", "said", "every time you say that the budget is fine"),
        _att(a, "Bo Kim", "person", "Bo Kim", "said", "the budget will be balanced by next spring"),
    ]
    ctx = _ctx(a, atts)
    item = trust_source(ctx)
    assert item is not None
    assert "who show" not in item.stem and "every time" not in item.stem.lower()
    assert "Bo Kim" in item.stem


def test_certainty_stems_quote_whole_clauses_only():
    from quizgen.model import Judgment

    text = ("Council row\n\n"
            "The members, who show a shameful contempt for the voters of the town, met again.\n\n"
            "The budget is a disgraceful waste of the town's money and time.\n")
    a = plain_article(text)
    frag = Judgment(_span(a, "who show a shameful contempt for the voters of the town"), 1, ("shameful",))
    whole = Judgment(_span(a, "The budget is a disgraceful waste of the town's money and time."), 2, ("disgraceful",))
    ctx = _ctx(a)
    ctx = Context(a, Analysis(**{**ctx.analysis.__dict__, "judgments": (frag, whole)}), ctx.rng, ctx.kinds)
    items = certainty_items(ctx)
    assert all("who show" not in it.stem for it in items)
    # and a loaded judgment is no longer keyed "stated as fact" at all (blind judging: a verdict is no
    # checkable fact); test_generate_certainty_presentation holds the plain statements that are
    assert all("disgraceful waste" not in it.stem for it in items)
