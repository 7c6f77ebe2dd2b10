"""The missing-voice model answer on constructed articles, from the third blind judging: it never
names someone the article quotes (however the quotation is introduced), a perpetrator or suspect,
the dead, or a group whose members speak; and it names a concrete party the article is about
when one can be found, or makes no item (never a bare template)."""
from __future__ import annotations

import random

from factories import paragraph_of as _par
from factories import people_entities as _people
from factories import plain_analysis, plain_article
from factories import span_at as _span

from quizgen.generate.base import Context
from quizgen.generate.perspective import missing_voice, opinion_piece
from quizgen.model import ITEM_KINDS, Attribution


def _att(article, source, source_text, cue, content, kind="person", nth=0):
    s = _span(article, source_text, article.paragraphs[0].start)
    for _ in range(nth):
        s = _span(article, source_text, s.start + 1)
    c = _span(article, content, s.start if content not in article.text[:s.start] else 0)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, s.start), content=content, content_spans=(c,), direct=False,
                       paragraph=_par(article, s.start), source_confidence=0.95)



def _model(article, atts, names=()):
    analysis = plain_analysis(article, attributions=tuple(atts), entities=_people(article, *names))
    item = missing_voice(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    return item.answer[0] if item else None


# ---------------------------------------------------------------- 1. a quoted person is heard

SWAP = ("Trade of prisoners divides critics\n\n"
        "Senator Amy Rolt said the trade was a mistake. Rolt spoke in Ohio.\n\n"
        "In 1986 the country freed a spy in exchange for Pete Danvers, a reporter held abroad. "
        "Danvers was freed a week later.\n\n"
        "\"Every hour was like a year,\" Mr. Danvers, now 80 and retired in Vermont, said by telephone.\n\n"
        "\"Trades are hard,\" he said. Danvers wrote a book about it.\n\n"
        "Governor Ned Hale said the deal was fair. Carla Mendez was not part of the swap. "
        "Mendez remains in prison.\n")


def test_a_person_quoted_with_a_long_apposition_is_heard_even_when_the_ledger_misses_him():
    article = plain_article(SWAP)
    # the ledger gives the quotations to the wrong speaker, as it did in the judged article
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the trade was a mistake"),
            _att(article, "Ned Hale", "Governor Ned Hale", "said", "the deal was fair")]
    names = ["Amy Rolt", "Rolt", "Pete Danvers", "Danvers", "Ned Hale", "Carla Mendez", "Mendez"]
    model = _model(article, atts, names)
    assert model is None or "Danvers" not in model
    # named twice, never heard: Mendez is a candidate; Danvers, quoted, is not (Mendez is named in one
    # paragraph only, so the item itself, which wants a party the article is about, names no one)
    from quizgen.generate.perspective import _named_unheard

    ctx = Context(article, plain_analysis(article, attributions=tuple(atts), entities=_people(article, *names)),
                  random.Random(0), frozenset(ITEM_KINDS))
    unheard = [n for n, _ in _named_unheard(ctx, news=True)]
    assert "Carla Mendez" in unheard and not any("Danvers" in n for n in unheard)


def test_initials_with_full_stops_make_no_first_person_writer():
    text = ("Screening missed posts\n\n"
            "The F.B.I. said it had no information. Officials at the C.I.A. agreed.\n\n"
            "The agency has not said why. The F.B.I. is still looking at the hard drive.\n")
    article = plain_article(text)
    assert not opinion_piece(Context(article, plain_analysis(article), random.Random(0), frozenset(ITEM_KINDS)))


def test_a_dead_historical_figure_is_never_offered():
    text = ("Past trades recalled\n\n"
            "President Ronald Reagan traded arms for hostages. Reagan was criticised for it.\n\n"
            "Senator Amy Rolt said the new trade was a mistake.\n\n"
            "Governor Ned Hale said the deal was fair. Hale spoke on Monday.\n\n"
            "The late Hank Oster opposed such trades. Oster's papers are in a library.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the new trade was a mistake"),
            _att(article, "Ned Hale", "Governor Ned Hale", "said", "the deal was fair")]
    model = _model(article, atts, ["Ronald Reagan", "Reagan", "Amy Rolt", "Ned Hale", "Hale", "Hank Oster",
                                   "Oster"])
    assert model is None or ("Reagan" not in model and "Oster" not in model)


# ---------------------------------------------------------------- 2. never a perpetrator or the dead

def test_an_attacker_or_suspect_is_never_the_missing_voice():
    text = ("Checks missed the attacker\n\n"
            "Tara Mall, who with her husband carried out the shooting in Elmwood, passed three checks.\n\n"
            "Officials said they found posts by Ms. Mall and her husband, Omar Fenn, after the attack.\n\n"
            "Fenn had no record. The suspect Lou Brack was arrested on Monday. Brack denies nothing.\n\n"
            "Josh Ernst, a spokesman, said the program deserves a close look.\n")
    article = plain_article(text)
    atts = [_att(article, "officials", "Officials", "said", "they found posts by Ms. Mall", kind="unnamed_group"),
            _att(article, "Josh Ernst", "Josh Ernst", "said", "the program deserves a close look")]
    model = _model(article, atts, ["Tara Mall", "Mall", "Omar Fenn", "Fenn", "Lou Brack", "Brack", "Josh Ernst"])
    assert model is None or not any(n in model for n in ("Mall", "Fenn", "Brack"))


def test_a_person_the_article_says_was_killed_is_never_offered():
    text = ("Inquiry into the raid\n\n"
            "Envoy Carl Stone was killed in the raid. Stone had asked for more guards.\n\n"
            "Senator Amy Rolt said the inquiry must go on.\n\n"
            "Governor Ned Hale said it was political.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the inquiry must go on"),
            _att(article, "Ned Hale", "Governor Ned Hale", "said", "it was political")]
    model = _model(article, atts, ["Carl Stone", "Stone", "Amy Rolt", "Ned Hale"])
    assert model is None or "Stone" not in model


# ---------------------------------------------------------------- 3. a group whose members speak is heard

def test_voters_are_heard_when_individual_voters_are_quoted():
    text = ("Young voters set their agenda\n\n"
            "Young voters want cleaner energy, a poll finds. Voters under 35 lean to the left.\n\n"
            "\"I always vote,\" says Dana Pike, 27, a nurse in Tulsa.\n\n"
            "Lee Marsh, 33, of Dover, Del., says no candidate appeals to him.\n\n"
            "Many voters may stay home. Senator Amy Rolt said turnout will rise.\n")
    article = plain_article(text)
    atts = [_att(article, "Dana Pike", "Dana Pike", "says", "I always vote"),
            _att(article, "Lee Marsh", "Lee Marsh", "says", "no candidate appeals to him"),
            _att(article, "Amy Rolt", "Senator Amy Rolt", "said", "turnout will rise")]
    model = _model(article, atts, ["Dana Pike", "Lee Marsh", "Amy Rolt"])
    assert model is None or "voters" not in model.lower()
    from quizgen.generate.perspective import _unheard, _voices

    ctx = Context(article, plain_analysis(article, attributions=tuple(atts), entities=_people(article, "Dana Pike",
                                                                                             "Lee Marsh", "Amy Rolt")),
                  random.Random(0), frozenset(ITEM_KINDS))
    assert "voters" not in [g for g, _ in _unheard(ctx, _voices(ctx))]


# ---------------------------------------------------------------- 4. a concrete example when there is one

def test_a_candidate_the_article_is_about_and_never_quotes_is_the_example():
    text = ("Party presses Sanford to rein in supporters\n\n"
            "Party leaders urged Ben Sanford to calm his supporters after the convention.\n\n"
            "Senator Amy Rolt said the scenes were ugly. Sanford has kept campaigning.\n\n"
            "Sanford trails Hilda Clanton in delegates. Clanton needs few more to win.\n\n"
            "Sanford said the rules were unfair. Governor Ned Hale said the party must unite behind Clanton.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the scenes were ugly"),
            _att(article, "Ben Sanford", "Sanford", "said", "the rules were unfair", nth=3),
            _att(article, "Ned Hale", "Governor Ned Hale", "said", "the party must unite behind Clanton")]
    people = ["Ben Sanford", "Sanford", "Hilda Clanton", "Clanton", "Amy Rolt", "Ned Hale"]
    model = _model(article, atts, people)
    # judged blind (set J1): a rival named in passing, in neither the headline nor the lede's opening
    # words, was "a tangential stakeholder" whose missing account taught nothing
    assert model is None or "Clanton" not in model
    # the headline's person, never quoted, is the example, and the model answer says what her account adds
    headed = plain_article(text.replace("Party presses Sanford to rein in supporters",
                                        "Clanton nears the nomination as party presses Sanford"))
    atts = [_att(headed, "Amy Rolt", "Senator Amy Rolt", "said", "the scenes were ugly"),
            _att(headed, "Ben Sanford", "Sanford", "said", "the rules were unfair", nth=3),
            _att(headed, "Ned Hale", "Governor Ned Hale", "said", "the party must unite behind Clanton")]
    # the headline's person, never quoted, is unheard; but a report's party only named often is no model
    # answer's example since stop 35 (judged blind on E35 and K35: all four such answers failed)
    from quizgen.generate.perspective import missing_party_candidates
    analysis = plain_analysis(headed, attributions=tuple(atts), entities=_people(headed, *people))
    ctx = Context(headed, analysis, random.Random(0), frozenset(ITEM_KINDS))
    assert "Hilda Clanton" in [label for label, _p, _why in missing_party_candidates(ctx)]
    model = _model(headed, atts, people)
    assert model is None or "Clanton" not in model
