"""The missing-voice model answer never calls a group or organisation unheard when a quoted speaker
is described as one of its members or officials, never lists the voices heard in place of a missing
party, and makes no item when the article attributes words to no one (constructed articles)."""
from __future__ import annotations

import random
import re

from factories import paragraph_of as _par
from factories import plain_analysis, plain_article
from factories import span_at as _span

from quizgen.generate.base import Context
from quizgen.generate.perspective import missing_voice
from quizgen.model import ITEM_KINDS, Attribution, Entity, Span


def _att(article, source, source_text, cue, content, kind="person", conf=0.95):
    s = _span(article, source_text, article.paragraphs[0].start)
    c = _span(article, content, s.start if content not in article.text[:s.start] else 0)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, s.start), content=content, content_spans=(c,), direct=False,
                       paragraph=_par(article, s.start), source_confidence=conf)


def _ents(article, label, *names):
    out = []
    for name in names:
        for m in re.finditer(re.escape(name), article.text):
            if m.start() >= article.paragraphs[0].start:
                out.append(Entity(name, label, Span(m.start(), m.end(), name), _par(article, m.start())))
    return out


def _model(article, atts, people=(), orgs=()):
    ents = tuple(_ents(article, "PERSON", *people) + _ents(article, "ORG", *orgs))
    analysis = plain_analysis(article, attributions=tuple(atts), entities=ents)
    item = missing_voice(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    return item.answer[0] if item else None


def test_supporters_are_heard_when_quoted_speakers_are_introduced_as_supporters():
    text = ("Crowds cheer at a rally in Dayton\n\n"
            "Thousands of supporters waited for hours in the cold outside the arena.\n\n"
            "Jane Roe, a Stone supporter, said she had driven four hours to attend.\n\n"
            "Supporters like Carl Penn said the economy was the main issue. Penn said his plant had closed.\n\n"
            "Many supporters carried signs. Senator Amy Rolt said the crowd was the largest of the year.\n")
    article = plain_article(text)
    atts = [_att(article, "Jane Roe", "Jane Roe", "said", "she had driven four hours to attend"),
            _att(article, "Carl Penn", "Carl Penn", "said", "the economy was the main issue"),
            _att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the crowd was the largest of the year")]
    model = _model(article, atts, ["Jane Roe", "Carl Penn", "Penn", "Amy Rolt"])
    assert model is None or "supporters" not in model.lower()


def test_an_organisation_is_heard_when_its_dean_is_quoted():
    text = ("University faces criticism over speech rules\n\n"
            "Students accused Elmford University of silencing critics on campus this spring.\n\n"
            "Lena Park, the dean of Elmford's law school, said in a letter that the rules protect everyone.\n\n"
            "Critics said Elmford University had been investigated before. Senator Amy Rolt said the rules "
            "were too strict.\n")
    article = plain_article(text)
    atts = [_att(article, "Lena Park", "Lena Park", "said", "the rules protect everyone"),
            _att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the rules were too strict")]
    model = _model(article, atts, ["Lena Park", "Amy Rolt"], ["Elmford University"])
    assert model is None or "Elmford" not in model


def test_the_voices_list_says_among_others_when_a_quotation_has_no_ledger_speaker():
    text = ("Tax plan stalls\n\n"
            "A plan to simplify the tax code stalled in the Senate this week.\n\n"
            "Senator Amy Rolt said the plan would cost too much.\n\n"
            "Professor Lena Ward, an economist, said the savings were small.\n\n"
            "\"We cannot wait another year,\" added a shop owner in the capital, Mia Lund.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the plan would cost too much"),
            _att(article, "Lena Ward", "Professor Lena Ward", "said", "the savings were small")]
    model = _model(article, atts, ["Amy Rolt", "Lena Ward", "Mia Lund"])
    assert model is None or "among others" in model or "Mia Lund" in model


def test_an_editorial_that_quotes_nobody_gets_no_missing_voice_item():
    text = ("The council should fix the roads\n\n"
            "The roads of this city are a disgrace. Mayor Tom Hale wants the council to spend more.\n\n"
            "The council has refused for three years. Hale's plan deserves a vote this spring.\n\n"
            "Residents deserve better, and drivers pay for every pothole. Residents should call the council.\n")
    article = plain_article(text)
    atts = [_att(article, "Tom Hale", "Mayor Tom Hale", "wants", "the council to spend more")]
    assert _model(article, atts, ["Tom Hale", "Hale"]) is None


def test_supporters_are_heard_when_a_supporter_is_quoted_without_a_ledger_claim():
    text = ("Crowds cheer at a rally in Dayton\n\n"
            "Thousands of supporters waited for hours in the cold outside the arena.\n\n"
            "\"He tells it like it is,\" said Jane Roe, a Stone supporter from Ohio.\n\n"
            "Many supporters carried signs. Senator Amy Rolt said the crowd was the largest of the year.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the crowd was the largest of the year")]
    model = _model(article, atts, ["Jane Roe", "Amy Rolt"])
    assert model is None or "supporters" not in model.lower()


def test_a_long_paragraph_with_an_unclosed_quotation_mark_is_no_long_quotation():
    """The check for an unlisted quotation was a regex with nested lazy repeats: on a paragraph with an
    opening mark never closed it backtracked without end (found by the pipeline fuzz test)."""
    from quizgen.generate.perspective import _long_quote

    assert not _long_quote("\u201c " + "the council met again on Monday to talk " * 6 + "and then")
    assert _long_quote("She said \u201cwe will win the vote\u201d on Monday.")
    assert _long_quote("''We will win the vote,'' she said.")
    assert not _long_quote("She called it \u201ctoo short\u201d and left.")
