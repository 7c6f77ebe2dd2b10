"""Shapes judged blind (all texts constructed): a document with a named writer gets no "a document"
key, and the explanation names it as the article does ("the memo"); a photo caption is no claim; a
relaying outlet is named as the article writes it ("the Ledger") and only when the writer reports the
person's words nowhere else; cause options fit "because ___" (lower case, no transcript artifacts)
and an unquoted "we …" sentence is a speaker's reason, not the article's; one claim gets a "how is
it presented" item or a "names a source" item, never both; an outlet's own analysis is an outlet."""
from __future__ import annotations

import random

from factories import attribution as _att
from factories import plain_analysis, plain_article

from quizgen.analysis import analyse
from quizgen.generate import cause_effect, certainty, inference, sourcing
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS


def _ctx(article, atts=(), **kw):
    analysis = plain_analysis(article, attributions=tuple(atts), **kw)
    return Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- 1. a memo with a named writer

_MEMO = ("Campaign looks ahead\n\n"
         "The campaign sent supporters a memo on Tuesday after the loss in the northern primary.\n\n"
         "{writer}\"We have built strong teams in every county of the state and we feel good about "
         "our chances in the spring,\" the memo stated.\n\n"
         "The next vote is in three weeks.\n")


def _memo_items(writer):
    article = plain_article(_MEMO.format(writer=writer))
    a = _att(article, "memo", "the memo", "stated",
             ["We have built strong teams in every county of the state and we feel good about our chances in "
              "the spring"], kind="document", direct=True)
    return [it for it in sourcing.kind_of_source(_ctx(article, [a])) if it.kind == "multiple_choice"]


def test_a_memo_without_a_writer_is_keyed_a_document_named_as_the_article_names_it():
    (item,) = _memo_items("")
    assert item.options[item.answer].startswith("A document")
    assert "the source is the memo." in item.explanation


def test_a_memo_the_article_says_a_named_person_wrote_gets_no_document_key():
    assert _memo_items("Campaign director Dana Pruitt wrote to staff on Monday. ") == []


# ---------------------------------------------------------------- 2. a photo caption is no claim

def test_a_photo_caption_is_never_asked_about():
    text = ("Mayor visits fire station\n\n"
            "The city council approved a new fire station for the east side of town last month after a long "
            "debate.\n\n"
            "Mayor Lena Ortiz greets firefighters as Chief Al Brandt watches after the parade in Dover on "
            "Saturday, May 14, 2016.\n\n"
            "The station will open next year with twelve full-time firefighters on its staff.\n")
    ctx = _ctx(plain_article(text))
    caption = ctx.article.paragraph(2)
    assert certainty.caption_line(ctx, span_support(ctx, 2))
    assert not certainty.caption_line(ctx, span_support(ctx, 1))
    assert all(s.paragraph != caption.number for it in certainty.generate(ctx) for s in it.support)


def span_support(ctx, number):
    from quizgen.model import Support
    p = ctx.article.paragraph(number)
    return Support(number, p.start, p.end, p.text)


# ---------------------------------------------------------------- 3. a relaying outlet, as written

_RELAY = ("Editorial defends governor\n\n"
          "{direct}"
          "The Ledger notes that Mara Quill wrote that the governor should resign from office at once. "
          "An editorial in the Ledger called the idea foolish.\n\n"
          "The governor did not comment on Wednesday.\n")


def _relay_ctx(direct):
    article = plain_article(_RELAY.format(direct=direct))
    start = article.text.index("The Ledger notes")
    a = _att(article, "Mara Quill", "Mara Quill", "wrote",
             ["the governor should resign from office at once"], relay="Ledger", start=start)
    return _ctx(article, [a])


def test_a_relayed_claim_names_the_outlet_as_the_article_writes_it():
    ctx = _relay_ctx("")
    (tf,) = sourcing.relayed(ctx)
    assert tf.stem.endswith("comes from the Ledger.")
    assert "The Ledger notes" in tf.support[0].text
    (mc,) = inference.generate(ctx)
    assert "by citing the Ledger" in mc.stem
    assert not any("disagrees" in o for o in mc.options)


def test_no_relay_item_when_the_writer_reports_the_words_directly_elsewhere():
    ctx = _relay_ctx("Mara Quill wrote on her blog on Monday that the governor had failed the state.\n\n")
    assert sourcing.relayed(ctx) == []
    assert inference.generate(ctx) == []


# ---------------------------------------------------------------- 4. options fit "because ___"

def test_cause_options_are_lower_case_clauses_without_transcript_artifacts():
    text = ("Town debate\n\nA lot of the workers left the valley. QValleys are the oldest farms here.\n")
    ctx = _ctx(plain_article(text))
    assert cause_effect._clause_option(ctx, "A lot of the workers left the valley") == \
        "a lot of the workers left the valley"
    assert cause_effect._clause_option(ctx, "QValleys are the oldest farms here") is None


def test_an_unquoted_our_sentence_is_no_article_reason_nor_an_option():
    text = ("Talk with a former first lady\n\n"
            "The former first lady spoke to students at the library on Monday about the school program.\n\n"
            "Every family has to watch closely now because our towns are so close together.\n\n"
            "The program began in 2002 in four schools.\n\n"
            "The board approved new money because the old grant ran out last year.\n\n"
            "Teachers moved to the city because rents rose sharply in the valley.\n\n"
            "Parents asked for buses because the roads were closed in the winter.\n\n"
            "Students joined the club because the coach offered free lunches.\n")
    items = cause_effect.clause_items(_ctx(plain_article(text)))
    assert items  # the article's own reasons are asked about
    assert all("our towns" not in it.stem and not any("our towns" in o for o in it.options) for it in items)


# ---------------------------------------------------------------- 5. one item per claim

def test_no_names_a_source_item_on_a_claim_asked_how_it_is_presented():
    text = ("River town floods\n\n"
            "The river rose six feet on Sunday and flooded 40 homes on the east bank of Milltown.\n\n"
            "Mayor Ana Ruiz said the town would open two new shelters for the families who lost their homes.\n\n"
            "The county has 12 fire trucks and 3 boats for rescue work in the valley.\n")
    article = plain_article(text)
    ctx = Context(article, analyse(article), random.Random(1), frozenset(ITEM_KINDS))
    items = certainty.generate(ctx)
    mc = [it.support[0] for it in items if it.kind == "multiple_choice"]
    tf = [it.support[0] for it in items if it.kind == "true_false"]
    assert mc
    assert not any(t.start < m.end and m.start < t.end for t in tf for m in mc)


# ---------------------------------------------------------------- 6. an outlet's own analysis

def test_an_outlet_analysis_of_records_is_keyed_a_news_outlet():
    text = ("Teachers give to rival\n\n"
            "Teachers gave more money to the senator than to the governor in March, according to a Valley "
            "Herald analysis of election records.\n")
    article = plain_article(text)
    a = _att(article, "Valley Herald analysis of election records", "Valley Herald analysis of election records",
             "according to", ["Teachers gave more money to the senator than to the governor in March"],
             kind="document")
    ctx = _ctx(article, [a])
    assert sourcing.source_category(ctx, a) == sourcing.OUTLET


def test_an_unnamed_group_is_named_in_lower_case_in_the_explanation():
    text = "Plans for the speech\n\nAides said the mayor will speak about the new bridge and the school budget.\n"
    article = plain_article(text)
    a = _att(article, "Aides", "Aides", "said", ["the mayor will speak about the new bridge and the school budget"],
             kind="unnamed_group")
    assert sourcing._as_written(_ctx(article, [a]), a) == "aides"
