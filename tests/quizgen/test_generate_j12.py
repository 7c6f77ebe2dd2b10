"""Item shapes a blind judge found weak (set J12), one constructed text each, through the real pipeline.

"… called the former president less an asset than 'a walking liability'. '…,' spokesman Jeff Bechdel said in
a statement": asked who said the statement, America Rising (the committee he speaks for, named in the same
paragraph) was an option beside the keyed Bechdel: two defensible answers."""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import attribution, sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

_TRAIL = ("Former mayor joins wife on campaign trail\n\n"
          "Former mayor Tom Reyes campaigned for his wife, Ana Reyes, in Dover on Monday. He spoke at a school, a "
          "church hall and two diners, and he shook hands with voters for more than four hours in the cold. The "
          "couple plan to visit six more towns before the primary, held in the second week of February.\n\n"
          "\"He is the best campaigner this state has seen in a generation,\" said Sue Park, a Democratic "
          "strategist.\n\n"
          "\"Tom Reyes will help her win over older voters in the north,\" said Bob Yates, a retired judge.\n\n"
          "\"The north has never once voted for the spouse of a former mayor,\" said Lee Chan, a local historian.\n\n"
          "And Acme Rising, a conservative political action committee, called the former mayor less an asset "
          "than \"a walking liability\" for his wife. \"Tom Reyes reinforces all the negative attributes voters "
          "assign to Ana Reyes: unethical, dishonest and untrustworthy,\" spokesman Jeff Bechdel said in a "
          "statement.\n")


@pytest.fixture(scope="module")
def trail():
    article = article_from_text(_TRAIL)
    return article, sure_claims(analyse(article))


def test_the_body_a_spokesman_speaks_for_is_no_wrong_answer_to_who_said(trail):
    article, analysis = trail
    ctx = Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))
    bechdel = next(a for a in analysis.attributions if a.source == "Jeff Bechdel")
    item = attribution.who_said(ctx, bechdel)
    assert item is not None and item.options[item.answer] == "Jeff Bechdel"
    assert "Acme Rising" not in item.options
    # a speaker who speaks for no one keeps every other source as a possible wrong answer
    chan = next(a for a in analysis.attributions if a.source == "Lee Chan")
    other = attribution.who_said(ctx, chan)
    assert other is not None and other.options[other.answer] == "Lee Chan"
    assert len(set(other.options) & {"Sue Park", "Bob Yates", "Jeff Bechdel", "Acme Rising"}) == 3


def test_a_claim_cut_to_its_verb_is_no_statement():
    """"Sanders … said closed primaries -- those open only to registered Democrats -- deny many energized
    independents the right to vote": the claim, cut after the dashes, began at "deny" and was asked as
    "Bernie Sanders said that deny many …" (judged blind, J12)."""
    assert attribution.subjectless("deny many energized independents the right to vote")
    assert attribution.subjectless("discourage them from joining the party")
    assert attribution.subjectless("require the state to pay for the roads")
    # a noun or a word that is also a noun may start a subject: kept
    assert not attribution.subjectless("voters deny many things")
    assert not attribution.subjectless("people want the plan")
    assert not attribution.subjectless("most voters deny it")
    assert not attribution.subjectless("need some help")  # "need" is also a noun


_PRIMARY = ("What to watch in the New York primary\n\n"
            "Clinton and Sanders meet voters across the state this week before the primary on Tuesday, and both "
            "campaigns have bought time on television in every market from Buffalo to Long Island. Turnout is "
            "expected to be high in the city and lower upstate, where snow is forecast for the weekend. Polls "
            "close at nine in the evening, and the first results are due about an hour later, officials said. "
            "Both candidates plan rallies in Manhattan on the night, a few blocks from each other, and both expect to "
            "speak before midnight.\n\n"
            "Superdelegates: Clinton is backed by 520 superdelegates compared with 39 who back Sanders, according "
            "to the Associated Press.\n\n"
            "Money: Sanders raised more money than Clinton in March, the campaigns said in filings on Friday.\n")


def test_a_run_in_heading_is_no_part_of_the_claim():
    """"Superdelegates: Clinton is backed by 520 superdelegates …, according to the Associated Press" was
    offered as the claim "Superdelegates: Clinton is backed by …" (judged blind, J12)."""
    article = article_from_text(_PRIMARY)
    analysis = sure_claims(analyse(article))
    ap = next(a for a in analysis.attributions if "Associated Press" in a.source)
    words = attribution.reported_words(ap)
    assert words is not None and words.startswith("Clinton is backed by 520 superdelegates")
    text = attribution.claim_text(ap)
    assert text is None or not text.startswith("Superdelegates")


def test_a_paraphrase_cut_short_is_not_asked_who_said():
    """"Christie said Trump's tweet saying African-Americans will vote for him because of the slaying … while
    pushing a stroller meant that …": the who-said stem stopped at "while…", before "meant": it never said
    what was said (seen reading the lessons the ledger's wider contents changed). A quotation cut short
    still shows the speaker's words."""
    assert attribution.cut_in_own_words("said Trump's tweet saying voters will back him because of the shooting "
                                        "in the city on Friday of the cousin of a star while…")
    assert not attribution.cut_in_own_words("said that there are \u201csomewhere between 23 and 28 people who "
                                            "are absolutely opposed…")
    assert not attribution.cut_in_own_words('said that there are "somewhere between 23 and 28 people who…')
    assert not attribution.cut_in_own_words("said Trump's tweet meant that people want safer streets")
    # a paraphrase cut after its verb shows what was said
    assert not attribution.cut_in_own_words("said the vote on the budget would decide the future of the schools "
                                            "and the teachers…")


def test_a_quotation_in_two_apostrophes_keeps_its_closing_marks():
    """A paper that prints quotations in two apostrophes ("said every pope was ''both religious and
    political.''"): the certainty stem showed "every pope was ''both religious and political", its closing
    marks stripped as if they closed the whole claim."""
    from quizgen.generate.base import quote, unquote

    assert unquote("every pope was ''both religious and political.''") == \
        "every pope was ''both religious and political.''"
    assert quote("every pope was ''both religious and political''").count("''") == 2
    assert unquote("''the plan is dead''") == "the plan is dead"  # marks around the whole claim go
    # a mark the article itself leaves open stays open (an option checks for that and prints none)
    assert unquote("the new rules will ''destroy our economy and the port").count("''") == 1


_CARSON = _TRAIL.replace("said Lee Chan, a local historian.",
                         "said Lee Chan, a local historian.\n\nMeg Hart, a former teacher, said the mayor was a "
                         "“good, decent man,” at the rally.")


def test_a_who_said_stem_ends_without_the_claims_own_comma():
    """'who said that Carson is a “good, decent man,”?': the claim's comma before its closing mark stayed."""
    article = article_from_text(_CARSON)
    analysis = sure_claims(analyse(article))
    ctx = Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))
    stems = [it.stem for a in analysis.attributions if (it := attribution.who_said(ctx, a)) is not None]
    assert stems and not any(re.search(r"[,;:.][\"”’']*\?$", s) for s in stems)


def test_a_claim_holding_its_sentences_cue_is_no_statement():
    """"Salceda, citing data from the U.S. State Department, said that about 4 million people …": the claim of
    "citing" ran on through the sentence's own cue and was asked as "Donald Trump said that data from the U.S.
    State Department, said that about 4 million …" (seen reading the lessons the ledger's change touched)."""
    from test_generate_judge5b import _att

    text = ("Lawmaker asks for an apology\n\n"
            "Salceda, citing data from the State Department, said that about 4 million people of Philippine "
            "descent live in the United States.\n")
    article = plain_article(text)
    # the ledger's entry: cue "said", its content from after "citing" through the cue
    cited = _att(article, "Salceda", "person", "Salceda", "said",
                 "data from the State Department, said that about 4 million people of Philippine descent live in "
                 "the United States")
    said = _att(article, "Salceda", "person", "Salceda", "said",
                "about 4 million people of Philippine descent live in the United States")
    from test_generate_judge5b import _ctx

    ctx = _ctx(article, [cited, said])
    assert attribution.claim_text(cited) is None
    assert attribution.who_phrase(ctx, cited) is None
    assert attribution.claim_text(said) is not None
    assert attribution.who_phrase(ctx, said) is not None
