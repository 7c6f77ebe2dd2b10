"""Key-detail shapes the blind judges faulted (helper w_key), each on a constructed article: a
pollster's wrong options are other campaign hands, never the candidates; a place gap whose
sentence names its people ("thousands of Norwegians") is no gap; figures written in words or with
their unit are accepted; a number of a name ("Harbour Cup 50") and a side person's year of death
are no gaps; the headline's person told by "she" is no name gap; a month of a past year is
background."""
from __future__ import annotations

import random

from factories import paragraph_of, people_entities, plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.key_detail import (
    _other_shares,
    accepted_numbers,
    central,
    garbled,
    identity_items,
    name_items,
    place_items,
    trivia,
)
from quizgen.model import ITEM_KINDS, Analysis, Entity, Readability, Sentence, Span


def _doc(text, people=(), places=(), date=None):
    article = plain_article(text, date=date) if date else plain_article(text)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    ents = list(people_entities(article, *people))
    for name in places:
        at = article.paragraphs[0].start
        while (i := article.text.find(name, at)) >= 0:
            ents.append(Entity(name, "GPE", Span(i, i + len(name), name), paragraph_of(article, i)))
            at = i + len(name)
    ents.sort(key=lambda e: e.span.start)
    analysis = Analysis(sentences=sents, entities=tuple(ents), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 200, 10, 1),
                        main_ideas=sents[:1])
    return article, analysis


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- 1. a role's options are of its trade

_CANDIDATES = ("Harbour race tightens as the vote nears\n\n"
               "The race for harbour mayor between Bo Kim and Cy Dunn tightened this week after a long debate.\n\n"
               "Bo Kim promised new pier repairs and lower harbour fees for the fishing crews.\n\n"
               "Cy Dunn said the harbour budget could not pay for the pier repairs this year.\n\n"
               "Di Roe, who ran for mayor four years ago, endorsed Cy Dunn on the quay.\n\n"
               "Ann Lee, a harbour pollster who has worked for both parties, said the race was close.\n\n"
               "Bo Kim and Cy Dunn will meet Ivy Tam, the third name on the ballot, in a debate on the quay.\n\n"
               "Ivy Tam said the harbour needed a new pier more than lower fees.\n")
_CANDIDATE_NAMES = ["Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe", "Ivy Tam"]


def _pollster_items(text, people):
    article, analysis = _doc(text, people=people)
    return [it for it in identity_items(_ctx(article, analysis), set()) if "pollster" in it.stem]


def test_a_pollster_is_never_asked_among_the_candidates():
    items = _pollster_items(_CANDIDATES, _CANDIDATE_NAMES)
    assert items
    for it in items:
        assert it.kind == "short_answer", it.options  # too few campaign hands: the name written in
        assert "Ann Lee" in it.answer


def test_a_pollster_is_asked_among_the_articles_other_campaign_hands():
    text = _CANDIDATES + ("\nEd Fox, a campaign strategist for Bo Kim, said the fees would win the vote.\n\n"
                          "Gus Orr, a longtime adviser to Cy Dunn, said the budget mattered more.\n\n"
                          "Hal Pym, a media consultant in the harbour town, said the debate changed few minds.\n")
    items = _pollster_items(text, _CANDIDATE_NAMES + ["Ed Fox", "Gus Orr", "Hal Pym"])
    assert items
    item = items[0]
    assert item.kind == "multiple_choice"
    assert item.options[item.answer] == "Ann Lee"
    assert set(item.options) == {"Ann Lee", "Ed Fox", "Gus Orr", "Hal Pym"}


# ---------------------------------------------------------------- 2. a place its people give away

_TRIP = ("Harbour mayor goes on a trade trip\n\n"
         "The harbour mayor spent the spring on a long trade trip for the fishing fleet and its crews.\n\n"
         "The mayor left the harbour for Norway last week, greeted by thousands of Norwegians on the quay.\n\n"
         "The fleet sold most of its catch in Canada after the winter storms closed the harbour.\n\n"
         "A second trade visit to Chile was cancelled after the harbour budget was cut.\n\n"
         "The mayor had first visited Japan to sell the fleet's winter catch of fish.\n")


def test_no_place_gap_when_the_sentence_names_its_people():
    article, analysis = _doc(_TRIP, places=["Norway", "Canada", "Chile", "Japan"])
    items = place_items(_ctx(article, analysis), set())
    assert items  # other places still asked
    assert not any("Norwegians" in it.stem for it in items)
    plain = _TRIP.replace("thousands of Norwegians", "thousands of fishermen")
    article, analysis = _doc(plain, places=["Norway", "Canada", "Chile", "Japan"])
    assert any("greeted by thousands of fishermen" in it.stem for it in place_items(_ctx(article, analysis), set()))


# ---------------------------------------------------------------- 3. accepted forms


def test_figures_are_accepted_in_words_and_with_their_unit():
    assert "fifty" in accepted_numbers("50")
    assert "sixty" in accepted_numbers("60")
    assert "thirty-six" in accepted_numbers("36")
    assert "eleven million" in accepted_numbers("11 million")
    assert {"$100,000", "100,000 dollars"} <= set(accepted_numbers("100 grand"))
    assert not {"100", "a hundred"} & set(accepted_numbers("100 grand"))  # another sum
    assert {"6 feet", "six feet", "6 ft"} <= set(accepted_numbers("6-foot"))
    assert "fifty" not in accepted_numbers("5")


def test_no_name_gap_for_the_headlines_person_told_by_she():
    text = ("Kim wins the harbour vote\n\n"
            "Ann Kim got what she needed in the harbour vote, a clear win that ended Bo Dunn's long run.\n\n"
            "Bo Dunn said the pier repairs would still be his first cause next year.\n\n"
            "Cy Roe and Di Fox, two council members, said the vote was fair.\n\n"
            "Ed Orr counted the ballots on the quay with Cy Roe and Di Fox.\n\n"
            "Ann Kim thanked the fishing crews for their votes on the quay after the count.\n")
    article, analysis = _doc(text, people=["Ann Kim", "Bo Dunn", "Cy Roe", "Di Fox", "Ed Orr"])
    items = name_items(_ctx(article, analysis), set())
    assert not any("got what she needed" in it.stem for it in items), [it.stem for it in items]
    # the same sentence under a headline that names no one is a gap
    article, analysis = _doc(text.replace("Kim wins the harbour vote", "Harbour vote decided"),
                             people=["Ann Kim", "Bo Dunn", "Cy Roe", "Di Fox", "Ed Orr"])
    assert any("got what she needed" in it.stem for it in name_items(_ctx(article, analysis), set()))


# ---------------------------------------------------------------- 4. trivia


def _trivia(sentence, number):
    i = sentence.index(number)
    return trivia(sentence, i, i + len(number))


def test_a_number_of_a_name_and_a_side_persons_death_are_trivia():
    assert _trivia("The harbour ad ran during the Harbour Cup 50 final on the quay.", "50")
    assert _trivia("Ann Roe, who died in 2000, kept notes on the harbour budget.", "2000")
    assert not _trivia("The harbour crews caught 50 tons of fish in the spring.", "50")
    assert not _trivia("Bo Kim won 55 percent of the harbour vote.", "55")


# ---------------------------------------------------------------- 5. a "he" of the story's person


def test_a_sentence_told_of_the_story_person_by_he_is_central():
    text = ("Harbour mayor heads to the fleet meeting\n\n"
            "The harbour mayor Bo Kim flew to the fleet meeting after a long debate over the old pier.\n\n"
            "The mayor spoke to the fleet owners on the quay. He brought a plan that cost 22 million crowns "
            "and took eleven weeks to write.\n\n"
            "A shop sold 60 tins of paint. It shut after a storm that took 12 boats.\n")
    article = plain_article(text)
    analysis = plain_analysis(article)
    sents = analysis.sentences
    ctx = _ctx(article, analysis)
    he = next(s for s in sents if s.span.text.startswith("He brought"))
    assert central(ctx, he)
    assert not central(ctx, next(s for s in sents if s.span.text.startswith("It shut")))
    assert not central(ctx, next(s for s in sents if s.span.text.startswith("A shop")))


def test_two_spaces_between_words_are_no_garbling():
    """A link taken out leaves two spaces ("appearances  in the harbour"): the stem reads as one."""
    assert not garbled("The crews stepped up their appearances  in the harbour before the June 7 vote.")
    assert garbled("The crews stepped up their appearances \n in the harbour before the vote.")
    assert garbled("The crews stepped up their appearances , in the harbour before the vote.")


def test_shares_of_one_whole_leave_no_room_for_a_larger_option():
    """"Kim was chosen by ______ of voters, Dunn by 30% and Roe by 16%": the gap is at most 54%."""
    sentence = "Kim was chosen by 37% of the harbour voters, Dunn by 30% and Roe by 16%."
    i = sentence.index("37%")
    assert _other_shares(sentence, i, i + 3) == 46
    one = "Kim was chosen by 37% of the harbour voters in the spring poll."
    assert _other_shares(one, one.index("37%"), one.index("37%") + 3) is None
