"""Perspective failure shapes judged blind on set A, each on a constructed article: a common noun
offered as the missing voice only because it is "mentioned again but never quoted"; a news report
called "an opinion piece" for a party label and a quoted headline; a rubric whose 1-point level
described its own model answer; a marginal figure's "no comment" offered before the story's subject's;
a trust-a-source model answer that pointed to no evidence in the article."""
from __future__ import annotations

from dataclasses import replace

from factories import claim as _att
from factories import entities_at as _ents
from factories import plain_article
from factories import sentence_context as _ctx

from quizgen.generate.perspective import missing_voice, opinion_piece, sure_opinion, trust_source
from quizgen.model import Evidence, Span

# 1. A common noun named twice after the lede, outside the headline, is no missing voice.
NOVEL = ("Banker turns novelist\n\n"
         "Mara Quill, a former bond trader, has written a novel about a trading floor.\n\n"
         "Mara Quill said the book grew out of twenty years of notes.\n\n"
         "The heroine raises three children while running the desk. Her children rarely see her.\n\n"
         "Critic Omar Lind said the novel was the sharpest about money in a decade.\n\n"
         "We owe it to our children to read about money, the book's last page says.\n")


def _novel_ctx(text=NOVEL):
    a = plain_article(text)
    atts = [_att(a, "Mara Quill", "person", "Mara Quill", "said", "the book grew out of twenty years of notes"),
            _att(a, "Omar Lind", "person", "Critic Omar Lind", "said",
                 "the novel was the sharpest about money in a decade")]
    return _ctx(a, atts, _ents(a, "PERSON", "Mara Quill", "Omar Lind"))


def test_a_common_noun_only_named_again_is_never_the_missing_voice():
    item = missing_voice(_novel_ctx())
    assert item is None or "children" not in item.answer[0]
    assert item is None or "quotes none of them, so how they see it is missing" not in item.answer[0]


def test_a_group_the_headline_is_about_is_offered_with_what_their_account_would_add():
    text = NOVEL.replace("Banker turns novelist", "Novel about children of bankers")
    item = missing_voice(_novel_ctx(text))
    assert item is not None and "children (¶3)" in item.answer[0]
    assert "their own account of how it affects them" in item.answer[0]


# 2. A news report is never called an opinion piece for a party label or a speaker's line after a colon.
DEBATE = ("Senator defends wage plan\n\n"
          "Sen. Dale Hart (I-Vt.) defended his plan to raise the wage, saying it would lift spending.\n\n"
          "Hart said the plan would create jobs across the country.\n\n"
          "Related: Dale Hart: I'm Not As Radical As They Say.\n\n"
          "Gov. Ruth Penn said the plan went too far for small towns.\n")


def test_a_news_report_with_a_party_label_is_no_opinion_piece():
    a = plain_article(DEBATE)
    atts = [_att(a, "Dale Hart", "person", "Hart", "said", "the plan would create jobs across the country"),
            _att(a, "Ruth Penn", "person", "Gov. Ruth Penn", "said", "the plan went too far for small towns")]
    ctx = _ctx(a, atts, _ents(a, "PERSON", "Dale Hart", "Ruth Penn"))
    assert not opinion_piece(ctx)
    item = missing_voice(ctx)
    assert item is None or "opinion piece" not in item.stem


def test_only_a_sure_column_is_called_an_opinion_piece():
    two = ("Why I walk to work\n\n"
           "I walk to work every day, and the new road makes it harder.\n\n"
           "The council said the road would ease traffic.\n\n"
           "Now my street is louder than ever.\n")
    ctx = _ctx(plain_article(two), [])
    assert opinion_piece(ctx) and not sure_opinion(ctx)
    three = two.replace("The council said the road would ease traffic.",
                        "I asked the council why, and they said the road would ease traffic.")
    assert sure_opinion(_ctx(plain_article(three), []))


# 3. The rubric agrees with a model answer naming a party quoted elsewhere whose reply is missing.
EMAILS = ("Emails show aide pressed staff\n\n"
          "Kay Dunn wrote in an email that the files should be deleted before the audit.\n\n"
          "Auditors accused Kay Dunn of hiding the files. Critics also blamed Dunn for the long delays.\n\n"
          "The audit began in March.\n\n"
          "Auditor Lin Park said the audit would finish in June.\n")


def test_the_rubric_never_caps_the_model_answer_at_one_point():
    a = plain_article(EMAILS)
    atts = [_att(a, "Kay Dunn", "person", "Kay Dunn", "wrote", "the files should be deleted before the audit"),
            _att(a, "Lin Park", "person", "Auditor Lin Park", "said", "the audit would finish in June")]
    item = missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Kay Dunn", "Lin Park")))
    assert item is not None and "Kay Dunn's response to the accusations" in item.answer[0]
    levels = {r.points: r.description for r in item.rubric}
    assert "quoted on other matters" in levels[3]
    assert "already quotes" not in levels[1] and "accusation" not in levels[1]
    assert "other than" not in " ".join(levels.values())


# 4. The story's subject's campaign, which did not respond, comes before a marginal figure's silence.
CONSULTANT = ("Senator hires a new strategist\n\n"
              "Senator Ada Vance hired Paul Rook to run her convention effort. Vance praised Rook's record.\n\n"
              "Rook advised foreign leaders for decades, and critics say Vance's campaign ignored that record.\n\n"
              "The Vance campaign did not respond to requests for an interview with Rook.\n\n"
              "Analyst Tim Ore said the hire showed the campaign expected a floor fight.\n\n"
              "Rook once shared an office with Gil Marsh. Marsh did not immediately return a request seeking "
              "comment.\n\n"
              "Vance will speak in Ohio on Friday.\n")


def test_the_central_party_that_did_not_respond_comes_before_a_marginal_one():
    a = plain_article(CONSULTANT)
    atts = [_att(a, "Tim Ore", "person", "Analyst Tim Ore", "said",
                 "the hire showed the campaign expected a floor fight")]
    item = missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Ada Vance", "Paul Rook", "Tim Ore", "Gil Marsh")))
    assert item is not None
    model = item.answer[0]
    assert model.startswith("Answers vary. For example, the Vance campaign (¶3)")
    assert "Gil Marsh" not in model


# 5. The trust-a-source model answer points to the evidence in the article, in its words.
BRIDGE = ("Harbor town waits for its bridge\n\n"
          "The Harbor Company said: \u201cThe Millport Bridge will cut travel times for families in Dover "
          "County.\u201d\n\n"
          "A fair near the Millport Bridge raised money for a school band.\n\n"
          "A traffic study found that travel times across the river rose for families after the last bridge "
          "opened. The study took two years.\n")


def test_trust_source_model_answer_quotes_the_bearing_evidence():
    a = plain_article(BRIDGE)
    att = _att(a, "Harbor Company", "organisation", "The Harbor Company", "said",
               "The Millport Bridge will cut travel times for families in Dover County.", direct=True)
    ctx = _ctx(a, [att])
    # the ledger cites the study for the claim: only a linked paragraph is named (judged blind)
    sent = "A traffic study found that travel times across the river rose for families after the last bridge opened."
    at = a.text.index(sent)
    ev = Evidence("study/report", Span(at, at + len(sent), sent), 3, att.content)
    item = trust_source(replace(ctx, analysis=replace(ctx.analysis, evidence=(ev,))))
    assert item is not None
    model = item.answer[0]
    assert "¶3 (\"A traffic study found that travel times" in model
    assert "study took two years" not in model  # the sentence that bears, not the paragraph's other one


def test_a_group_named_by_the_headlines_place_is_offered():
    text = ("Officials invite envoy to visit Tarvo, deny any abuses\n\n"
            "Officials invited the envoy to visit the region on Monday.\n\n"
            "Minister Jon Bale said the camps were schools.\n\n"
            "Many Tarvo residents have reported raids at night. Mosques near residents were shut.\n\n"
            "Envoy Ria Holt said she would decide next week.\n\n"
            "Rights groups say residents are watched closely.\n")
    a = plain_article(text)
    atts = [_att(a, "Jon Bale", "person", "Minister Jon Bale", "said", "the camps were schools"),
            _att(a, "Ria Holt", "person", "Envoy Ria Holt", "said", "she would decide next week")]
    item = missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Jon Bale", "Ria Holt")))
    assert item is not None and "Tarvo residents (¶3)" in item.answer[0]
