"""Ledger shapes a blind judge found behind wrong keys (set J7), one constructed text each: a name the tagger
read in a list of title-cased headlines is no one's full name; a letter's words ("Dear Paul, ...") are its
writer's; "called the Civic Futures Forum" names, it does not say; a book's quoted title is no one's words; a
transcript of what was said is a document, whoever published it."""
from __future__ import annotations

import pytest
from factories import filler_analysis as analysis_of
from factories import filler_ledger as ledger

from quizgen.model import CONFIDENT


def show(found):
    return [(a.source, a.source_text, a.source_kind, a.cue, a.content, a.source_confidence, a.claim_confidence)
            for a in found]


def sure(a) -> bool:
    return a.claim_confidence >= CONFIDENT and a.source_confidence >= CONFIDENT


def test_a_name_from_a_list_of_headlines_is_not_glued_onto_the_source(nlp):
    found = ledger(nlp,
                   "SkyJet has confirmed that there were 40 passengers and 6 crew members on board the plane.",
                   "The pilot had flown for more than 20 years, SkyJet said on Thursday.",
                   "— Here’s What We Know So Far About SkyJet Flight 22— Senator Mary Lane Says SkyJet Crash Seems "
                   "Like An ‘Act Of Sabotage.’")
    body = [a for a in found if a.source_text == "SkyJet"]
    assert len(body) == 2, show(found)
    assert all(a.source == "SkyJet" for a in body), show(found)


def test_a_person_named_in_prose_still_gives_the_surname_its_full_name(nlp):
    found = ledger(nlp, "Senator Mary Lane visited the site on Friday morning with two aides.",
                   "The crash was a terrible loss for every family in the town, Lane said on Friday.")
    assert [a.source for a in found if a.source_text == "Lane"] == ["Mary Lane"], show(found)


@pytest.mark.parametrize("paragraph", [
    "But Tom Reyes grinned behind his glasses and invoked the famous story Paul R. Mercer told about his father "
    "who wired, \"Dear Paul, Don't spend a single penny more than is necessary. I'll be damned if I pay for a "
    "palace.\"",
    "Tom Reyes recalled a telegram from his uncle: \"Dear Tom, Do not sell the farm until the spring comes.\"",
    "Anna Berg read the letter aloud: \"Dear Anna, we miss you and we hope you come home soon.\"",
])
def test_a_letters_words_are_not_the_addressees_nor_the_tellers(nlp, paragraph):
    found = [a for a in ledger(nlp, paragraph) if a.content.startswith("Dear")]
    assert not [a for a in found if sure(a)], show(found)


def test_a_letter_its_writer_wrote_stays_the_writers(nlp):
    found = ledger(nlp, "Mayor Anna Berg wrote to the council: \"Dear colleagues, the roads must come first this "
                        "year.\"")
    assert [a.source for a in found if a.content.startswith("Dear") and sure(a)] == ["Anna Berg"], show(found)


def test_dear_as_an_exclamation_is_still_the_speakers(nlp):
    found = ledger(nlp, "\"Dear God, what have we done to this town?\" Anna Berg said.")
    assert [a.source for a in found if sure(a)] == ["Anna Berg"], show(found)


@pytest.mark.parametrize("paragraph", [
    "Mayor Anna Berg had particularly disliked the gatherings of council members, academics and business "
    "people, called the Civic Futures Forum, that the council was holding abroad.",
    "The mayor had particularly disliked the gatherings of council members, academics and business people, "
    "called the Civic Futures Forum, that the council was holding abroad.",
])
def test_called_before_a_name_names_and_says_nothing(nlp, paragraph):
    found = [a for a in ledger(nlp, paragraph) if a.cue == "called"]
    assert not found, show(found)


def test_calling_someone_something_is_still_a_view(nlp):
    found = ledger(nlp, "Anna Berg called Tom Reyes a liar who would ruin the city.")
    assert [a.source for a in found if a.cue == "called" and sure(a)] == ["Anna Berg"], show(found)


@pytest.mark.parametrize("paragraph", [
    "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Tom Reyes suggested looking at the things on your "
    "credit card statement and asking yourself a question.",
    "In her 2010 book, \"Roads Worth Fixing,\" Anna Berg argued that the city should spend far more on repairs.",
])
def test_a_quoted_title_is_no_ones_words(nlp, paragraph):
    found = [a for a in ledger(nlp, paragraph) if "Millionaire" in a.content or "Worth Fixing" in a.content]
    assert not found, show(found)


def test_a_title_cased_quotation_someone_says_stays_theirs(nlp):
    found = ledger(nlp, "\"We Will Fix The Roads This Year,\" Anna Berg told the crowd.")
    assert [a.source for a in found if sure(a)] == ["Anna Berg"], show(found)


def test_a_transcript_published_by_a_paper_is_a_document(nlp):
    an = analysis_of(nlp, "The transcript of the hearing–published by The New York Times–shows that Anna Berg "
                          "talked about road repairs and bigger parks.")
    found = [a for a in an.attributions if a.paragraph == 2 and "road repairs" in a.content]
    assert found and all(a.source_kind == "document" and "New York Times" not in a.source for a in found), \
        show(found)
    kinds = {e.kind for e in an.evidence if e.paragraph == 2}
    assert "news report" not in kinds and "document" in kinds, kinds


def test_a_papers_own_report_stays_a_news_report(nlp):
    an = analysis_of(nlp, "The New York Times reported on Sunday that Anna Berg had quietly dropped the plan for "
                          "bigger parks.")
    assert "news report" in {e.kind for e in an.evidence if e.paragraph == 2}


def test_a_linked_headline_in_the_body_is_no_sure_claim(nlp):
    found = ledger(nlp, "SkyJet has confirmed that there were 40 passengers and 6 crew members on board the plane.",
                   "— Here’s What We Know So Far About SkyJet Flight 22— Senator Mary Lane Says SkyJet Crash Seems "
                   "Like An ‘Act Of Sabotage.’")
    assert not [a for a in found if "Sabotage" in a.content and a.claim_confidence >= CONFIDENT], show(found)
    assert [a for a in found if "passengers" in a.content and a.claim_confidence >= CONFIDENT], show(found)
