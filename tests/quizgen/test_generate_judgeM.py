"""Blind-judged failure shapes (dev set M), each on a constructed article: a reported claim ending on a
pronoun whose antecedent lies outside it ("… to address them"), a who-said stem cut between an owner
and what is owned ("… the mayor's…?"), a certainty claim carrying a second clause that may be the
reporter's ("…, though ultimately they were not the difference-maker"), and "why might X want readers
to believe this?" asked of words X wrote in an email to a colleague."""
from __future__ import annotations

import random
import re

from factories import plain_analysis, plain_article, span_at

from quizgen.generate import certainty
from quizgen.generate.attribution import dangling_pronoun, who_said
from quizgen.generate.base import Context
from quizgen.generate.perspective import trust_source
from quizgen.model import ITEM_KINDS, Attribution


def _att(article, source, source_text, cue, content, *, direct=False, kind="person"):
    s = span_at(article, source_text)
    c = span_at(article, content)
    par = next(p for p in article.paragraphs if p.start <= s.start < p.end)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=span_at(article, cue, par.start), content=content, content_spans=(c,),
                       direct=direct, paragraph=par.number, source_confidence=0.95, kind_confidence=0.95)


def _ctx(article, atts):
    return Context(article, plain_analysis(article, attributions=tuple(atts)), random.Random(0),
                   frozenset(ITEM_KINDS))


HARBOR = ("Harbor vote splits the town\n\n"
          "Tom Ruiz answered an early question by listing the problems the harbor faces, such as silt, rising "
          "fees and old cranes, and calling for a new plan to address them.\n\n"
          "Ann Lee blames part of the delay on placing too much faith in the very old board to manage the big harbor "
          "following the departure of the mayor's deputy and his whole staff last spring.\n\n"
          "Jo Park argued that the harbor might not have won the grant without the mayor, though ultimately "
          "the mayor was not the difference-maker.\n\n"
          "Eli Marsh said the cranes would be replaced next year.\n\n"
          "Rita Vance said the fees would rise again in the autumn.\n\n"
          "Dora Lund said the silt had closed the north channel twice.\n")


def test_a_reported_claim_ending_on_a_pronoun_from_outside_it_is_dangling():
    a = plain_article(HARBOR)
    att = _att(a, "Tom Ruiz", "Tom Ruiz", "calling for", "a new plan to address them")
    assert dangling_pronoun(att)
    ok = _att(a, "Eli Marsh", "Eli Marsh", "said", "the cranes would be replaced next year")
    assert not dangling_pronoun(ok)


def test_a_who_said_stem_is_never_cut_between_an_owner_and_what_is_owned():
    a = plain_article(HARBOR)
    atts = [_att(a, "Ann Lee", "Ann Lee", "blames",
                 "part of the delay on placing too much faith in the very old board to manage the big harbor following "
                 "the departure of the mayor's deputy and his whole staff last spring"),
            _att(a, "Eli Marsh", "Eli Marsh", "said", "the cranes would be replaced next year"),
            _att(a, "Rita Vance", "Rita Vance", "said", "the fees would rise again in the autumn"),
            _att(a, "Dora Lund", "Dora Lund", "said", "the silt had closed the north channel twice")]
    ctx = _ctx(a, atts)
    item = who_said(ctx, atts[0])
    assert item is None or not re.search(r"['’]s\W*…", item.stem), item.stem


def test_a_certainty_claim_with_a_clause_that_may_be_the_reporters_is_not_asked():
    a = plain_article(HARBOR)
    atts = [_att(a, "Jo Park", "Jo Park", "argued",
                 "the harbor might not have won the grant without the mayor, though ultimately the mayor was not "
                 "the difference-maker"),
            _att(a, "Eli Marsh", "Eli Marsh", "said", "the cranes would be replaced next year"),
            _att(a, "Rita Vance", "Rita Vance", "said", "the fees would rise again in the autumn")]
    stems = [it.stem for it in certainty.generate(_ctx(a, atts))]
    assert not any("difference-maker" in s for s in stems), stems


EMAIL = ("Memo shows doubts over harbor guards\n\n"
         "The harbor board released emails on Monday about the night the north gate was left open.\n\n"
         "\"Patrols at the north gate were skipped on many nights last winter,\" "
         "wrote Eric Stone, the head of security, in an email to a colleague.\n\n"
         "The board said two more guards would be hired in the spring, and the gate was locked again.\n\n"
         "Records show the gate was open on eleven nights last year, the board said.\n")


def test_why_might_x_want_readers_to_believe_is_not_asked_of_an_email():
    a = plain_article(EMAIL)
    atts = [_att(a, "Eric Stone", "Eric Stone", "wrote",
                 "Patrols at the north gate were skipped on many nights last winter",
                 direct=True)]
    assert trust_source(_ctx(a, atts)) is None
    # the same words said at a news conference are asked about
    b = plain_article(EMAIL.replace("wrote Eric Stone, the head of security, in an email to a colleague",
                                    "said Eric Stone, the head of security, at a news conference"))
    said = [_att(b, "Eric Stone", "Eric Stone", "said",
                 "Patrols at the north gate were skipped on many nights last winter",
                 direct=True)]
    item = trust_source(_ctx(b, said))
    assert item is not None and "Eric Stone" in item.stem


# ---- dev set N: "no source given" beside a source

def _certainty_stems(nlp, text):
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    article = article_from_text(text)
    analysis = analyse(article, nlp=nlp)
    items = []
    for seed in range(4):
        items += certainty.generate(Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS)))
    return [it.stem for it in items]


FILLER = ("The harbor board met to discuss the budget of the port and the state of its old cranes. Residents "
          "filled the hall and many waited outside in the rain before the doors opened. ")


def test_a_hedge_beside_a_named_source_is_not_keyed_no_source(nlp):
    text = ("Mayor to speak on the harbor\n\n" + FILLER * 3 + "\n\n"
            "A new ferry line will reportedly open in the harbor on Friday. According to the Cole campaign, "
            "\"The line will run every hour from the old market pier.\"\n\n" + FILLER + "\n")
    stems = _certainty_stems(nlp, text)
    assert not any("new ferry line" in s for s in stems), stems


def test_an_example_after_a_speaker_cites_examples_is_not_keyed_no_source(nlp):
    text = ("Mayor's gifts questioned\n\n" + FILLER * 3 + "\n\n"
            "Tom Reyes, the mayor's son, cited several examples of his father's gifts to the town.\n\n"
            "In 2008, the Reyes family fund gave $50,000 to the harbor school for a new library.\n\n"
            + FILLER + "\n")
    stems = _certainty_stems(nlp, text)
    assert not any("$50,000" in s for s in stems), stems


def test_a_year_is_never_keyed_among_other_years(nlp):
    """Judged blind: "the landmark ______ law" with 2017 offered in a 2016 article."""
    from quizgen.analysis import analyse
    from quizgen.generate.key_detail import number_items
    from quizgen.ingest import article_from_text

    text = ("Harbor law returns to the agenda\n\n" + FILLER * 2 + "\n\n"
            "The harbor council voted for the restoration of the landmark 1933 harbor law on Tuesday.\n\n"
            "A modern version of the law was passed in 2010 after the storms of 2008 flooded the old port.\n\n"
            "The council plans a new vote on the law in 2017, when the port reopens to ferries.\n\n" + FILLER + "\n")
    article = article_from_text(text)
    analysis = analyse(article, nlp=nlp)
    items = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    years = re.compile(r"(?:19|20)\d\d")
    assert not [it.stem for it in items if it.kind == "multiple_choice" and years.fullmatch(it.options[it.answer])]


def test_a_number_inside_a_hashtag_is_no_amount(nlp):
    from quizgen.analysis import analyse
    from quizgen.generate.key_detail import number_items
    from quizgen.ingest import article_from_text

    text = ("Harbor readers club grows\n\n" + FILLER * 2 + "\n\n"
            "The harbor school started the #1000HarborBooks campaign to give every child a library card.\n\n"
            "The club has 340 members and meets in the old customs house every week.\n\n" + FILLER + "\n")
    article = article_from_text(text)
    analysis = analyse(article, nlp=nlp)
    items = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    assert not [it.stem for it in items if "HarborBooks" in it.stem or "#" in it.stem]


def test_a_surname_two_people_share_is_not_an_accepted_name():
    from quizgen.generate.attribution import name_the_source
    from quizgen.model import Entity

    text = ("Son defends father's gifts\n\n"
            "Eric Lund wrote that the harbor school had received millions from the family over the years.\n\n"
            "Records show Donald Lund gave far less, and Mr. Lund did not answer questions.\n\n"
            "Tom Hale said the school never received the money.\n")
    a = plain_article(text)
    atts = [_att(a, "Eric Lund", "Eric Lund", "wrote",
                 "the harbor school had received millions from the family over the years"),
            _att(a, "Tom Hale", "Tom Hale", "said", "the school never received the money")]
    ctx = _ctx(a, atts)
    people = []
    for name in ("Eric Lund", "Donald Lund", "Tom Hale"):
        sp = span_at(a, name)
        people.append(Entity(name, "PERSON", sp, 1))
    ctx = Context(a, ctx.analysis.__class__(**{**ctx.analysis.__dict__, "entities": tuple(people)}), ctx.rng,
                  ctx.kinds)
    item = name_the_source(ctx, atts[0])
    assert item is not None and "Eric Lund" in item.answer
    assert "Lund" not in item.answer, item.answer
    hale = name_the_source(ctx, atts[1])
    assert hale is not None and "Hale" in hale.answer  # a surname no one else bears is still accepted


def test_who_said_is_not_asked_when_another_person_said_it_too():
    """Judged blind: "Like Corker, Menendez also rejected the notion …" keyed Menendez with Corker an option."""
    text = ("Harbor bill splits the council\n\n"
            "Like Tom Ruiz, Ann Lee also rejected the idea that the council could drop the harbor bill.\n\n"
            "Eli Marsh said the cranes would be replaced next year.\n\n"
            "Rita Vance said the fees would rise again in the autumn.\n\n"
            "Dora Lund said the silt had closed the north channel twice.\n")
    a = plain_article(text)
    atts = [_att(a, "Ann Lee", "Ann Lee", "rejected", "the idea that the council could drop the harbor bill"),
            _att(a, "Eli Marsh", "Eli Marsh", "said", "the cranes would be replaced next year"),
            _att(a, "Rita Vance", "Rita Vance", "said", "the fees would rise again in the autumn"),
            _att(a, "Dora Lund", "Dora Lund", "said", "the silt had closed the north channel twice")]
    assert who_said(_ctx(a, atts), atts[0]) is None
    assert who_said(_ctx(a, atts), atts[1]) is not None


# ---- vocabulary, judged blind on the kept-aside set F2

from test_generate_judge9h import _vocab_ctx as _vocab  # noqa: E402

_FIELD_TEXT = ("Council rethinks its plans\n\nThe council ended the long stalemate over the new road on Monday "
               "after a vote.\n\nClerks saw the erasure, the exhibition, the rotation and the demolition of the "
               "old county files.\n")


def _field(lexname):
    return [("n", lexname, ["stalemate"], "a situation in which no progress can be made"),
            ("n", lexname, ["erasure"], "the act of removing by rubbing out"),
            ("n", lexname, ["exhibition"], "the act of showing objects to an audience"),
            ("n", lexname, ["rotation"], "the act of turning about an axis"),
            ("n", lexname, ["demolition"], "the act of pulling down a building")]


def test_a_concrete_word_is_not_asked_an_abstract_one_is(monkeypatch, tmp_path):
    """"gridlock" in Washington keyed as "a traffic jam" (WordNet files it with groups, noun.group):
    a concrete word may be used in a sense its entry lacks; abstract fields are asked."""
    from quizgen.generate import vocabulary

    assert vocabulary.generate(_vocab(monkeypatch, tmp_path, _field(14), _FIELD_TEXT, "stalemate")) == []
    (item,) = vocabulary.generate(_vocab(monkeypatch, tmp_path, _field(26), _FIELD_TEXT, "stalemate"))
    assert item.options[item.answer] == "a situation in which no progress can be made"
