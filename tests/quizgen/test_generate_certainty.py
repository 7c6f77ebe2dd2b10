"""Certainty and precision on constructed sentences: a denial means never "no one disputes it";
a hedge keys "hedged" only for the clause it covers; items draw only on confident ledger entries."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate.attribution import generate as attribution_items
from quizgen.generate.base import Context, clause_hedges
from quizgen.generate.certainty import DISPUTED, HEDGED, NAMED
from quizgen.generate.certainty import generate as certainty_items
from quizgen.generate.perspective import missing_voice
from quizgen.model import ITEM_KINDS, Analysis, Attribution, Hedge, Readability, Sentence, Span

TEXT = ("Mill plan divides town\n\n"
        "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
        "The mill company has denied that the mill will bring any new jobs to the valley.\n\n"
        "The river was reportedly polluted by the old mill, but the council says the water is clean now.\n\n"
        "Farmer Bo Kim said the harvest this year was the best in a decade.\n\n"
        "He said the valley needs more roads.\n")


def _span(article, phrase, after=0):
    i = article.text.index(phrase, after)
    return Span(i, i + len(phrase), phrase)


def _att(article, source, kind, source_text, cue, content, **kw):
    s = _span(article, source_text)
    par = next(p.number for p in article.paragraphs if p.start <= s.start < p.end)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, s.start), content=content,
                       content_spans=(_span(article, content, s.start),),
                       direct=False, paragraph=par, **kw)


def _ctx(article, atts, hedges=()):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            t = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(t), t), p.number, len(sents)))
    analysis = Analysis(sentences=tuple(sents), entities=(), attributions=tuple(atts), evidence=(),
                        hedges=tuple(hedges), judgments=(), conflicts=(), quantities=(), vocabulary=(),
                        readability=Readability(8.0, 60.0, 80, 6, 1), main_ideas=tuple(sents[:1]))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


def _mayor(a, **kw):
    return _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said",
                "the new mill will bring two hundred jobs to the valley", **kw)


def _farmer(a, **kw):
    return _att(a, "Bo Kim", "person", "Farmer Bo Kim", "said", "the harvest this year was the best in a decade", **kw)


def _keys(items):
    return {it.options[it.answer]: it for it in items if it.kind == "multiple_choice"}


def test_a_claim_the_article_denies_is_never_keyed_undisputed():
    a = plain_article(TEXT)
    keys = _keys(certainty_items(_ctx(a, [_mayor(a), _farmer(a)])))
    if NAMED in keys:
        assert "harvest" in keys[NAMED].stem and "jobs" not in keys[NAMED].stem
    keys = _keys(certainty_items(_ctx(a, [_mayor(a, certainty="disputed"), _farmer(a)])))
    assert "jobs" in keys[DISPUTED].stem


def test_a_hedge_keys_only_the_clause_it_covers():
    a = plain_article(TEXT)
    sent = _span(a, "The river was reportedly polluted by the old mill, but the council says the water is clean now.")
    ctx = _ctx(a, [], [Hedge(sent, "reportedly", 3, confidence=0.95)])
    ((sup, words),) = clause_hedges(ctx.article, ctx.analysis)
    assert sup.text == "The river was reportedly polluted by the old mill" and words == "reportedly"
    keys = _keys(certainty_items(ctx))
    assert "council" not in keys[HEDGED].stem and "polluted by the old mill" in keys[HEDGED].stem


def test_unsure_hedges_key_nothing():
    a = plain_article(TEXT)
    sent = _span(a, "The river was reportedly polluted by the old mill, but the council says the water is clean now.")
    ctx = _ctx(a, [], [Hedge(sent, "reportedly", 3, confidence=0.6)])
    assert clause_hedges(ctx.article, ctx.analysis) == []


def test_unsure_speakers_are_never_keyed_or_heard():
    """"He said the valley needs more roads": the ledger guesses Bo Kim at 0.6 — no who-said item
    keys it, and a voice only guessed is not listed as heard."""
    a = plain_article(TEXT)
    guess = _att(a, "Bo Kim", "person", "He", "said", "the valley needs more roads", source_confidence=0.6)
    mayor = _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said",
                 "the new mill will bring two hundred jobs to the valley", source_confidence=0.6)
    ctx = _ctx(a, [guess, mayor, _farmer(a)])
    for it in attribution_items(ctx):
        assert "roads" not in it.stem and "two hundred jobs" not in it.stem
    from quizgen.generate.perspective import _voices

    assert _voices(ctx) == ["Bo Kim"]
    assert missing_voice(ctx) is None  # and no party to name as missing: no item


def test_a_judgment_someone_voices_is_not_the_article_stating_a_fact():
    from quizgen.model import Judgment

    text = ("Charge draws fire\n\n"
            "Campaign spokesman Al Roe responded on Twitter, calling the charge pathetic and dangerous.\n\n"
            "The city has become a dangerous and lawless place for its residents.\n")
    a = plain_article(text)
    j1 = Judgment(_span(a, "Campaign spokesman Al Roe responded on Twitter, calling the charge pathetic and "
                           "dangerous."), 1, ("dangerous",))
    j2 = Judgment(_span(a, "The city has become a dangerous and lawless place for its residents."), 2, ("lawless",))
    ctx = _ctx(a, [])
    ctx.analysis = ctx.analysis.__class__(**{**ctx.analysis.__dict__, "judgments": (j1, j2)})
    stems = " ".join(it.stem for it in certainty_items(ctx))
    # neither is keyed "stated as fact": a loaded judgment is no checkable statement (blind judging: only
    # plain, dated statements in a news report key "stated as fact")
    assert "lawless place" not in stems and "Al Roe" not in stems


def test_claims_as_options_are_whole_statements():
    from quizgen.generate.attribution import claim_text, lower_first

    a = plain_article(TEXT)
    assert claim_text(_farmer(a)) == "The harvest this year was the best in a decade"
    described = _att(a, "Bo Kim", "person", "Farmer Bo Kim", "said", "the harvest this year was the best in a decade")
    described = described.__class__(**{**described.__dict__, "cue": "described",
                                       "content": "a harvest who show the best in a decade"})
    assert claim_text(described) is None  # the object of "described" is no statement
    fragment = described.__class__(**{**described.__dict__, "cue": "said", "content": "who show the best yields"})
    assert claim_text(fragment) is None
    assert lower_first("There is serious concern about fraud") == "there is serious concern about fraud"
    assert lower_first("Trump will win") == "Trump will win"


def test_who_said_skips_a_source_with_another_name_before_its_cue_and_generic_sources():
    from quizgen.generate.attribution import name_between, who_said
    from quizgen.model import Entity

    text = ("Donor praised\n\n"
            "The head of the group backing Governor Jeb Bush for president, Mike Murphy, praised the donor "
            "for his clever campaign.\n\n"
            "People suspected that Murphy was behind the latest effort.\n\n"
            "Ann Lee said the plan would fail in the spring.\n\n"
            "Bo Kim said the vote was fair to everyone involved.\n\n"
            "Cy Roe said the result would stand for years to come.\n")
    a = plain_article(text)
    wrong = _att(a, "Jeb Bush", "person", "Jeb Bush", "praised", "the donor for his clever campaign")
    people = _att(a, "People", "unnamed_group", "People", "suspected", "Murphy was behind the latest effort")
    others = [_att(a, n, "person", n, "said", c) for n, c in (
        ("Ann Lee", "the plan would fail in the spring"), ("Bo Kim", "the vote was fair to everyone involved"),
        ("Cy Roe", "the result would stand for years to come"))]
    ctx = _ctx(a, [wrong, people, *others])
    ents = (Entity("Jeb Bush", "PERSON", _span(a, "Jeb Bush"), 1), Entity("Mike Murphy", "PERSON",
                                                                             _span(a, "Mike Murphy"), 1))
    ctx.analysis = ctx.analysis.__class__(**{**ctx.analysis.__dict__, "entities": ents})
    assert name_between(ctx, wrong)
    assert who_said(ctx, wrong) is None  # Mike Murphy stands between "Jeb Bush" and "praised"
    assert who_said(ctx, people) is None  # "People" is no source to pick
    assert who_said(ctx, others[0]) is not None


def test_who_said_asks_only_about_words_and_keeps_the_speakers_person():
    from quizgen.generate.attribution import who_phrase, who_said

    text = ("Debate night\n\n"
            "With each episode, the Republicans show how ill-equipped they are to lead the nation.\n\n"
            "Brian Baker said You have all these people who backed different candidates.\n\n"
            "Ann Lee said the plan would fail in the spring.\n\n"
            "Bo Kim said the vote was fair to everyone involved.\n\n"
            "Cy Roe said the result would stand for years to come.\n")
    a = plain_article(text)
    show = _att(a, "Republicans", "organisation", "the Republicans", "show",
                "how ill-equipped they are to lead the nation")
    baker = _att(a, "Brian Baker", "person", "Brian Baker", "said",
                 "You have all these people who backed different candidates")
    others = [_att(a, n, "person", n, "said", c) for n, c in (
        ("Ann Lee", "the plan would fail in the spring"), ("Bo Kim", "the vote was fair to everyone involved"),
        ("Cy Roe", "the result would stand for years to come"))]
    ctx = _ctx(a, [show, baker, *others])
    assert who_said(ctx, show) is None  # "who show how ill-equipped …" asks about no one's words
    body = who_phrase(ctx, baker)
    assert body is not None and "that You" not in body and "\"You have all these people" in body


def test_plural_groups_say_and_people_says():
    from quizgen.generate.corroboration import _says

    a = plain_article(TEXT)
    group = _att(a, "Farmers", "unnamed_group", "Farmer Bo Kim", "said",
                 "the harvest this year was the best in a decade")
    assert _says(group) == "say" and _says(_farmer(a)) == "says"


def test_an_accusation_is_not_keyed_as_a_claim_with_no_source():
    text = ("Trial opens\n\n"
            "The parents are also accused of putting their social life ahead of their child.\n\n"
            "The prosecution said the parents ignored the doctors for months.\n")
    a = plain_article(text)
    sent = _span(a, "The parents are also accused of putting their social life ahead of their child.")
    ctx = _ctx(a, [], [Hedge(sent, "accused of", 1, confidence=0.85)])
    assert clause_hedges(ctx.article, ctx.analysis) == []


def test_a_hedge_on_the_second_of_two_joined_claims_keys_nothing():
    text = ("Lantern show\n\n"
            "Its round shape symbolizes wealth and is believed to bring good luck to the city.\n")
    a = plain_article(text)
    sent = _span(a, "Its round shape symbolizes wealth and is believed to bring good luck to the city.")
    ctx = _ctx(a, [], [Hedge(sent, "is believed to", 1, confidence=0.9)])
    assert clause_hedges(ctx.article, ctx.analysis) == []


def test_a_body_and_a_person_never_share_a_matching_item():
    from quizgen.generate.attribution import match_sources, mixes_body_and_person

    text = ("Camps row\n\n"
            "Hua Chunying said China does not seek to replace anyone at all.\n\n"
            "The government says the camps are required to fight terrorism.\n\n"
            "Critics say the reaction is far too harsh for the region.\n\n"
            "Residents say the checks go on every single day.\n")
    a = plain_article(text)
    hua = _att(a, "Hua Chunying", "person", "Hua Chunying", "said", "China does not seek to replace anyone at all")
    gov = _att(a, "Chinese government", "government", "The government", "says",
               "the camps are required to fight terrorism")
    critics = _att(a, "Critics", "unnamed_group", "Critics", "say", "the reaction is far too harsh for the region")
    residents = _att(a, "Residents", "unnamed_group", "Residents", "say", "the checks go on every single day")
    assert mixes_body_and_person([hua], gov) and not mixes_body_and_person([critics], gov)
    item = match_sources(_ctx(a, [hua, gov, critics, residents]), [hua, gov, critics, residents])
    assert item is not None
    assert not ({"Hua Chunying", "Chinese government"} <= set(item.prompts))


def test_no_said_statement_about_a_group_of_outlets():
    from quizgen.generate.attribution import said_true_false

    text = ("Forms criticised\n\n"
            "Media have said the questionnaires attract criticism from many quarters.\n\n"
            "The Guardian cited examples of complicated questions in the forms.\n\n"
            "Ann Lee said the rules are overdue. Bo Kim said salt is cheap. Cy Roe said bread is good.\n")
    a = plain_article(text)
    media = _att(a, "media", "news_outlet", "Media", "have said",
                 "the questionnaires attract criticism from many quarters")
    guardian = _att(a, "The Guardian", "news_outlet", "The Guardian", "cited",
                    "examples of complicated questions in the forms")
    ctx = _ctx(a, [media, guardian])
    assert said_true_false(ctx, media, truthful=False) is None
    assert said_true_false(ctx, media, truthful=True) is None


def test_a_name_inside_a_role_phrase_is_not_the_speaker():
    from quizgen.generate.attribution import name_in_complement

    text = ("Tax plans\n\n"
            "In a speech, a top adviser for President Obama explained why the plan would fail.\n")
    a = plain_article(text)
    adviser = _att(a, "Obama", "person", "a top adviser for President Obama", "explained",
                   "why the plan would fail")
    assert name_in_complement(adviser)
    assert not name_in_complement(_farmer(plain_article(TEXT)))


def test_banter_is_no_claim_to_weigh():
    text = ("Rally\n\n"
            "Hillary Clinton said Oh, I know the other side came to say that, so we are sorry you are leaving.\n")
    a = plain_article(text)
    banter = _att(a, "Hillary Clinton", "person", "Hillary Clinton", "said",
                  "Oh, I know the other side came to say that, so we are sorry you are leaving")
    assert certainty_items(_ctx(a, [banter])) == []


def test_an_unnamed_body_resolved_to_a_person_is_not_that_person():
    from quizgen.generate.attribution import name_in_complement

    text = ("Tax plans\n\n"
            "In 2005, a commission appointed by President George W. Bush estimated a small gain.\n")
    a = plain_article(text)
    commission = _att(a, "George W. Bush", "person", "a commission", "estimated", "a small gain")
    assert name_in_complement(commission)


def test_a_quotation_that_lost_its_marks_is_quoted_not_glued_to_said():
    from quizgen.generate.attribution import who_phrase

    text = ("Crane falls\n\n"
            "The director said All those who were wounded have been taken to hospital.\n")
    a = plain_article(text)
    att = _att(a, "Sam Amr", "person", "The director", "said", "All those who were wounded have been taken to hospital")
    body = who_phrase(_ctx(a, [att]), att)
    assert body is not None and "said All" not in body and "\"All those who were wounded" in body


def test_a_judgment_with_a_hedging_adverb_is_not_keyed_as_fact():
    """Judged blind: "the most provocative and potentially dangerous act" keyed "stated as fact",
    when "potentially" lets a careful reader call it hedged; the plain judgment stays."""
    from quizgen.model import Judgment

    text = ("Rallies turn rough\n\n"
            "Heckling has become the most provocative and potentially dangerous act of the whole campaign.\n\n"
            "The city has become a dangerous and lawless place for its residents.\n")
    a = plain_article(text)
    hedgy = Judgment(_span(a, "Heckling has become the most provocative and potentially dangerous act of the "
                              "whole campaign."), 1, ("provocative",))
    plain = Judgment(_span(a, "The city has become a dangerous and lawless place for its residents."), 2, ("lawless",))
    ctx = _ctx(a, [])
    ctx.analysis = ctx.analysis.__class__(**{**ctx.analysis.__dict__, "judgments": (hedgy, plain)})
    stems = " ".join(it.stem for it in certainty_items(ctx))
    # and no loaded judgment is keyed "stated as fact" at all now (blind judging: a verdict is no checkable fact)
    assert "lawless place" not in stems and "potentially dangerous" not in stems
