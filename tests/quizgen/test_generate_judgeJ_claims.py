"""Blind-judged failure shapes (dev set J) in certainty, evidence and attribution items, each on a
constructed article: a claim shown with the time and place of its saying ("… on Tuesday at a campaign
rally"), "hedged" keyed for an "alleged" that only describes a noun inside a plain statement, a poll's
finding keyed as a named source's claim, a report that is only mentioned keyed as evidence (and an
evidence stem that does not say which claim the evidence backs), a direct quotation pasted after
"said that" with no quotation marks (or whose first words need context), and the reporter's
characterisation ("decries the new fees") asked about as a source's claim."""
from __future__ import annotations

import random
import re
from dataclasses import replace

from factories import paragraph_of as _par
from factories import plain_article
from factories import span_at as _span

from quizgen.generate import attribution, certainty, evidence
from quizgen.generate.attribution import (
    characterisation,
    claim_text,
    dangling_pronoun,
    embedded_quote,
    mixed_content,
    name_the_source,
    reported_words,
    said_adverbials,
    said_true_false,
    who_said,
)
from quizgen.generate.base import Context
from quizgen.model import (
    ITEM_KINDS,
    Analysis,
    Attribution,
    Evidence,
    Hedge,
    Readability,
    Sentence,
    Span,
)


def _att(article, source, kind, source_text, cue, content, *, direct=False, cue_after=None, **kw):
    s = _span(article, source_text)
    c = _span(article, content)
    cue_span = _span(article, cue, s.start if cue_after is None else cue_after)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=cue_span, content=content, content_spans=(c,), direct=direct,
                       paragraph=_par(article, s.start), **kw)


def _ctx(article, atts=(), *, evidence_=(), hedges=()):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.!?]+[.!?][\"”]?", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    analysis = Analysis(sentences=tuple(sents), entities=(), attributions=tuple(atts), evidence=tuple(evidence_),
                        hedges=tuple(hedges), judgments=(), conflicts=(), quantities=(), vocabulary=(),
                        readability=Readability(8.0, 60.0, 120, 12, 1), main_ideas=tuple(sents[:1]))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


def _stems(items):
    return [it.stem for it in items]


# 1. The time and place of the saying are not part of the claim.
RALLY = ("Harbor fund runs low\n\n"
         "Tom Ruiz said the harbor repair fund was nearly empty on Tuesday at a campaign rally in Dover.\n\n"
         "Ann Lee said the new ferry would start running on Friday.\n\n"
         "Jo Park said the old pier was the oldest in the county on Monday.\n")


def _rally():
    a = plain_article(RALLY)
    atts = [
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said",
             "the harbor repair fund was nearly empty on Tuesday at a campaign rally in Dover"),
        _att(a, "Ann Lee", "person", "Ann Lee", "said", "the new ferry would start running on Friday"),
        _att(a, "Jo Park", "person", "Jo Park", "said", "the old pier was the oldest in the county on Monday"),
    ]
    return _ctx(a, atts), atts


def test_the_time_and_place_of_the_saying_are_stripped_from_the_claim():
    assert said_adverbials("Obama was the founder of the club on Wednesday at a Florida rally") == (
        "Obama was the founder of the club", True)
    assert said_adverbials("her plan was a mistake, at the town hall") == ("her plan was a mistake", True)
    assert said_adverbials("he was ready, Thursday on Hugh Hewitt's radio show") == ("he was ready", True)
    # an occasion alone, with no comma or day, may be the claim's own ("delivered remarks at her two events")
    assert said_adverbials("he was ready on Hugh Hewitt's radio show") == (
        "he was ready on Hugh Hewitt's radio show", False)
    # a day alone may be the claim's own: sure only when the claim looks ahead to it
    assert said_adverbials("the new ferry would start running on Friday") == (
        "the new ferry would start running on Friday", True)
    assert said_adverbials("the old pier was the oldest in the county on Monday")[1] is False
    # a day that dates the event the claim tells of is the claim's own
    assert said_adverbials("the school board had approved the reading list on Monday")[1] is True
    # nothing to strip
    assert said_adverbials("the fund has been empty since 2019") == ("the fund has been empty since 2019", True)


def test_a_certainty_claim_never_holds_the_time_and_place_of_its_saying():
    ctx, atts = _rally()
    stems = _stems(certainty.generate(ctx))
    assert not any("rally" in s or "Tuesday" in s for s in stems), stems
    assert any('"the harbor repair fund was nearly empty"' in s for s in stems), stems
    # a day that may belong to the saying or to the claim: no item quotes that claim
    assert not any("oldest in the county" in s for s in stems), stems
    assert claim_text(atts[0]) == "The harbor repair fund was nearly empty"
    assert claim_text(atts[2]) is None
    assert claim_text(atts[1]) == "The new ferry would start running on Friday"


# 2. A hedge word that only describes a noun inside a plain statement does not hedge the claim.
AUDIT = ("Audit renews calls\n\n"
         "The harbor audit renewed calls for an inquiry into alleged fraud at the port office.\n\n"
         "The harbor chief reportedly resigned after the audit in March.\n")


def _hedge(article, phrase, words):
    sp = _span(article, phrase)
    return Hedge(sp, words, _par(article, sp.start), confidence=0.9)


def test_an_alleged_noun_inside_a_plain_statement_is_no_hedged_claim():
    a = plain_article(AUDIT)
    hedges = [_hedge(a, "alleged fraud at the port office", "alleged"),
              _hedge(a, "The harbor chief reportedly resigned", "reportedly")]
    items = certainty.generate(_ctx(a, hedges=hedges))
    stems = _stems(items)
    assert not any("alleged fraud" in s for s in stems), stems
    # a hedge on the clause's own verb is still asked about, keyed hedged
    hedged = [it for it in items if "reportedly resigned" in it.stem and it.kind == "multiple_choice"]
    assert hedged and hedged[0].options[hedged[0].answer] == certainty.HEDGED, stems


# 3. A poll's finding is a statistic about its respondents, not a named source's claim.
POLL = ("Fares in the poll\n\n"
        "A Harbor Institute poll found by 52%-40%, the public overall says the ferry fares should be cut "
        "in half.\n\n"
        "In the same survey, most voters say the harbor board has done a poor job.\n\n"
        "Tom Ruiz said the harbor board would meet again in the spring to set the fares.\n")


def test_a_poll_finding_is_no_certainty_claim_of_a_named_source():
    a = plain_article(POLL)
    atts = [
        _att(a, "Harbor Institute", "organisation", "A Harbor Institute poll", "says",
             "the ferry fares should be cut in half"),
        _att(a, "Harbor Institute", "organisation", "survey", "say",
             "the harbor board has done a poor job"),
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said",
             "the harbor board would meet again in the spring to set the fares"),
    ]
    ctx = _ctx(a, atts)
    stems = _stems(certainty.generate(ctx))
    assert not any("cut in half" in s or "poor job" in s for s in stems), stems
    assert any("meet again in the spring" in s for s in stems), stems  # a person's claim is still asked about
    assert not any("cut in half" in s or "poor job" in s for s in _stems(attribution.generate(ctx)))


# 4. A report mentioned is no evidence; a report whose findings are cited is, for a claim the stem names.
REPORT = ("Harbor report\n\n"
          "The result is a 300-page report on the harbor (longer than the city budget's findings) released "
          "Tuesday.\n\n"
          "The report found that the harbor lost forty ships to storms in a decade.\n")


def test_a_report_only_mentioned_is_no_evidence_and_the_stem_names_the_claim_it_backs():
    a = plain_article(REPORT)
    evs = [Evidence("study/report", _span(a, "a 300-page report on the harbor"), 1, confidence=0.9),
           Evidence("study/report", _span(a, "The report found"), 2, confidence=0.9)]
    items = evidence.generate(_ctx(a, evidence_=evs))
    stems = _stems(items)
    assert not any("300-page" in s for s in stems), stems
    assert len(items) == 1, stems
    assert 'give for the claim "the harbor lost forty ships to storms in a decade"?' in stems[0], stems
    # judged blind (set D): the usual label's words in the stem gave it away; reworded then
    assert items[0].options[items[0].answer] in evidence._KEY_LABELS["study/report"]


# 5. A direct quotation is shown in quotation marks, never pasted after "said that"; one whose first
# words need context is not shown at all.
STORM = ("Storm season\n\n"
         "Ann Lee noted that although the pier has flooded before - she wrote her first column on that "
         "subject in 1990, \"You fit it with the other storms we have seen, and it is a disaster.\"\n\n"
         "Ferry riders have been a loyal base for the line, but \"the island has one of the smallest ferry "
         "fleets in the state,\" said Jo Park.\n\n"
         "\"We fixed it in two days and the boats run again,\" said Ben Ortiz.\n\n"
         "Tom Ruiz said the harbor board would meet again in the spring to set the fares.\n\n"
         "Mia Cole said the ferry line had carried more riders this year than in any year before.\n\n"
         "\"We fixed the ferry in two days and the boats run again,\" said Dan Roe.\n")


def _storm():
    a = plain_article(STORM)
    atts = [
        _att(a, "Ann Lee", "person", "Ann Lee", "noted",
             "although the pier has flooded before - she wrote her first column on that subject in 1990, "
             "\"You fit it with the other storms we have seen, and it is a disaster"),
        _att(a, "Jo Park", "person", "Jo Park", "said",
             "Ferry riders have been a loyal base for the line, but \"the island has one of the smallest ferry "
             "fleets in the state", cue_after=a.text.index("said Jo")),
        _att(a, "Ben Ortiz", "person", "Ben Ortiz", "said", "We fixed it in two days and the boats run again",
             direct=True, cue_after=a.text.index("said Ben")),
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said",
             "the harbor board would meet again in the spring to set the fares"),
        _att(a, "Mia Cole", "person", "Mia Cole", "said",
             "the ferry line had carried more riders this year than in any year before"),
        _att(a, "Dan Roe", "person", "Dan Roe", "said", "We fixed the ferry in two days and the boats run again",
             direct=True, cue_after=a.text.index("said Dan")),
    ]
    return _ctx(a, atts), atts


def test_a_quotation_is_never_pasted_after_said_that():
    ctx, atts = _storm()
    assert mixed_content(ctx, atts[0]) and mixed_content(ctx, atts[1])
    stems = []
    for a in atts[:2]:
        for fn in (who_said, name_the_source):
            it = fn(ctx, a)
            if it is not None:
                stems.append(it.stem)
        for truthful in (True, False):
            it = said_true_false(ctx, a, truthful=truthful)
            if it is not None:
                stems.append(it.stem)
    stems += _stems(attribution.generate(ctx)) + _stems(certainty.generate(ctx))
    for s in stems:
        assert not re.search(r"said that (?:You|Ferry riders)", s), s
        assert "You fit it" not in s and "loyal base" not in s, s


def test_a_quotation_whose_first_words_need_context_is_not_asked_about():
    ctx, atts = _storm()
    assert dangling_pronoun(atts[2])
    assert not dangling_pronoun(atts[5])
    assert who_said(ctx, atts[2]) is None
    assert not any("We fixed it" in s for s in _stems(attribution.generate(ctx)) + _stems(certainty.generate(ctx)))
    it = who_said(ctx, atts[5])  # the same quotation with its noun is asked about
    assert it is not None and '"We fixed the ferry in two days' in it.stem, it


# 6. The reporter's characterisation of a stance is not a claim with a source.
FEES = ("Fees at the port\n\n"
        "The harbor's fiercest critic, Tom Ruiz, also decries the new fees and other port charges.\n\n"
        "The mayor, Ann Lee, backs the harbor board and its longtime chairman.\n\n"
        "Jo Park said the new fees would pay for a second ferry within three years.\n\n"
        "Ben Ortiz said the harbor board had not met since the spring of last year.\n\n"
        "Mia Cole said the ferry line had carried more riders this year than in any year before.\n")


def test_a_characterisation_with_no_clause_is_no_claim_with_a_source():
    a = plain_article(FEES)
    atts = [
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "decries", "the new fees and other port charges"),
        _att(a, "Ann Lee", "person", "Ann Lee", "backs", "the harbor board and its longtime chairman"),
        _att(a, "Jo Park", "person", "Jo Park", "said",
             "the new fees would pay for a second ferry within three years"),
        _att(a, "Ben Ortiz", "person", "Ben Ortiz", "said",
             "the harbor board had not met since the spring of last year"),
        _att(a, "Mia Cole", "person", "Mia Cole", "said",
             "the ferry line had carried more riders this year than in any year before"),
    ]
    ctx = _ctx(a, atts)
    assert characterisation(atts[0]) and characterisation(atts[1]) and not characterisation(atts[2])
    assert name_the_source(ctx, atts[0]) is None and name_the_source(ctx, atts[1]) is None
    stems = _stems(attribution.generate(ctx)) + _stems(certainty.generate(ctx))
    assert not any("port charges" in s or "longtime chairman" in s for s in stems), stems
    assert any("second ferry" in s for s in stems), stems  # a claim said is still asked about
    assert not attribution.asks_who(ctx, atts[0])



# Further shapes found by reading the regenerated lessons.
MORE = ("Harbor campaign\n\n"
        "Ann Lee said the board remained committed to winning over the mayor by arguing that the new pier "
        "would pay for itself.\n\n"
        "The fees were raised in March - fees that, Ruiz noted, Jo Park said during the hearing were set by "
        "the state board.\n\n"
        "Mia Cole mocked the plan, noting the absurdity of building \"a new pier here, a new dock there\" "
        "around a silted harbor.\n\n"
        "In the letter sent to the board, Dan Roe wrote: the harbor needs a new dredge.\n\n"
        "Ben Ortiz explained the problem at the meeting in 2018: the pier is old, patched by crews who "
        "ignore the rot the inspectors find.\n\n"
        "Still the board, and even the mayor to an extent, could use the plan as a reason to raise fees, "
        "Tom Ruiz said.\n")


def _more():
    a = plain_article(MORE)
    return a, [
        # the ledger takes the mayor, the name just before "by arguing", for the speaker
        _att(a, "Mayor Kay", "person", "mayor", "arguing", "the new pier would pay for itself"),
        _att(a, "Jo Park", "person", "Jo Park", "said", "during the hearing were set by the state board"),
        _att(a, "Mia Cole", "person", "Mia Cole", "noting", "a new pier here, a new dock there", direct=True),
        _att(a, "Dan Roe", "person", "Dan Roe", "wrote", "In the letter sent to the board"),
        _att(a, "Ben Ortiz", "person", "Ben Ortiz", "explained", "the rot the inspectors find"),
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said", "Still the board, and even the mayor to an extent, could use "
             "the plan as a reason to raise fees"),
    ]


def _asked(ctx, phrase):
    return [s for s in _stems(certainty.generate(ctx)) + _stems(attribution.generate(ctx)) if phrase in s]


def test_a_claim_after_by_arguing_is_not_keyed_to_the_name_before_it():
    a, atts = _more()
    ctx = _ctx(a, atts)
    assert not _asked(ctx, "pay for itself")
    assert attribution.what_did_say(ctx, atts[0]) is None


def test_a_claim_opening_on_where_it_was_said_is_not_shown():
    a, atts = _more()
    assert reported_words(atts[1]) is None
    assert not _asked(_ctx(a, atts), "during the hearing")


def test_a_quotation_set_inside_the_reporters_clause_is_no_claim_to_weigh_or_match():
    a, atts = _more()
    ctx = _ctx(a, atts)
    assert embedded_quote(ctx, atts[2])
    assert not any("a new dock there" in s for s in _stems(certainty.generate(ctx)))
    assert claim_text(atts[2]) is None or attribution.what_did_say(ctx, atts[2]) is None


def test_a_phrase_taken_for_a_claim_and_a_claim_far_across_a_colon_are_not_shown():
    a, atts = _more()
    ctx = _ctx(a, atts)
    assert not _asked(ctx, "In the letter sent")
    assert not _asked(ctx, "the rot the inspectors")


def test_a_sentence_adverb_is_never_pasted_after_said_that():
    a, atts = _more()
    assert not any(re.search(r"said that Still", s) for s in _asked(_ctx(a, atts), "the board"))


HEDGED_HE = ("Ferry sold\n\n"
             "Reportedly, he sold the old ferry to a buyer in Maine in 2019.\n\n"
             "The harbor chief reportedly resigned after the audit in March.\n\n"
             "Tuesday's board meeting in 2019 marked the end of that.\n\n"
             "The old ferry line closed in 2019 after forty years of service.\n")


def test_a_hedged_claim_about_he_and_a_plain_fact_about_that_are_not_asked():
    from quizgen.model import Entity

    a = plain_article(HEDGED_HE)
    hedges = [_hedge(a, "Reportedly, he sold", "Reportedly"),
              _hedge(a, "The harbor chief reportedly resigned", "reportedly")]
    ctx = _ctx(a, hedges=hedges)
    ents = tuple(Entity("2019", "DATE", sp, _par(a, sp.start)) for sp in
                 (_span(a, "2019", a.text.index("Tuesday")), _span(a, "2019", a.text.index("closed"))))
    ctx = Context(a, replace(ctx.analysis, entities=ents), ctx.rng, ctx.kinds)
    stems = _stems(certainty.generate(ctx))
    assert not any("he sold the old ferry" in s or "end of that" in s for s in stems), stems
    assert any("reportedly resigned" in s for s in stems), stems
    facts = [f.text for f in certainty._plain_facts(ctx)]
    assert not any("end of that" in f for f in facts) and any("forty years" in f for f in facts), facts


CUT = ("Pier plan\n\n"
       "The argument for the pier would be helped, Ann Lee said, by the new federal grant for harbors.\n\n"
       "The harbor fund would cover the cost of the new pier, Tom Ruiz said, and the work would start in May.\n")


def test_a_claim_cut_off_by_its_cue_is_not_asked():
    a = plain_article(CUT)
    atts = [_att(a, "Ann Lee", "person", "Ann Lee", "said", "The argument for the pier would be helped"),
            _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said", "The harbor fund would cover the cost of the new pier")]
    ctx = _ctx(a, atts)
    assert attribution.cut_by_cue(ctx, atts[0]) and not attribution.cut_by_cue(ctx, atts[1])
    assert attribution.who_phrase(ctx, atts[0]) is None
    stems = _stems(certainty.generate(ctx)) + _stems(attribution.generate(ctx))
    assert not any("would be helped" in s for s in stems), stems
    assert any("cover the cost of the new pier" in s for s in stems), stems
