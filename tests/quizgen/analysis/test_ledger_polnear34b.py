"""The ledger, round 34b: which entries are pieces of one saying (a quotation broken by its cue, or going on
into the next paragraph). The ledger keeps one entry per piece; its JSON names the saying each piece goes on
with ("continues"). Constructed texts only."""
from __future__ import annotations

from factories import COUNCIL_FILLER

from quizgen.analysis import analyse
from quizgen.analysis.ledger import ledger_dict
from quizgen.ingest import article_from_text


def _ledger(nlp, *paragraphs: str) -> list[dict]:
    article = article_from_text("Council Budget Row Deepens\n\n" + "\n\n".join([COUNCIL_FILLER, *paragraphs]))
    return ledger_dict(article, analyse(article, nlp=nlp))["attributions"]


def _listed(atts):
    return [(i, a["paragraph"], a["source"], a["cue"], a["content"][:30], a["continues"]) for i, a in enumerate(atts)]


def _starting(atts, words):
    found = [i for i, a in enumerate(atts) if a["content"].startswith(words)]
    assert len(found) == 1, _listed(atts)
    return found[0]


def test_a_quotation_piece_after_a_participle_aside_has_the_saying_cue(nlp):
    atts = _ledger(nlp, "“Each time you repeat that claim,” Moss said, pointing to the chart, "
                        "“you give ammunition to the people who want to shut the plant.”")
    second = atts[_starting(atts, "you give ammunition")]
    assert second["cue"] == "said", _listed(atts)


def test_two_pieces_of_one_saying_around_its_cue_are_linked(nlp):
    atts = _ledger(nlp, "“I think the moderator will be very fair,” Grant said during a rally in Dover, "
                        "“but a lot of people are going to be watching to see if that is true.”")
    first, second = _starting(atts, "I think the moderator"), _starting(atts, "but a lot of people")
    assert atts[second]["continues"] == first and atts[first]["continues"] is None, _listed(atts)


def test_a_quotation_going_on_into_the_next_paragraph_is_linked_to_its_saying(nlp):
    atts = _ledger(nlp, "“The town has waited far too long for a new bridge over the river,” Moss said at the meeting.",
                   "“We will build it this year, and we will pay for it without any new taxes on the families.”",
                   "“And the work will start in the spring, before the school year is over for the children.”")
    first = _starting(atts, "The town has waited")
    assert atts[_starting(atts, "We will build it")]["continues"] == first, _listed(atts)
    assert atts[_starting(atts, "And the work will start")]["continues"] == first, _listed(atts)


def test_a_quotation_after_another_speakers_claim_is_not_linked(nlp):
    atts = _ledger(nlp, "“The town has waited far too long for a new bridge over the river,” Moss said at the meeting.",
                   "Hale said the bridge would cost more than the town could pay.",
                   "“We will build it this year, and we will pay for it without any new taxes on the families.”")
    assert all(a["continues"] is None for a in atts), _listed(atts)


def test_a_reported_part_and_a_quotation_are_not_linked(nlp):
    atts = _ledger(nlp, "Moss said at the meeting that the town had waited far too long for a new bridge.",
                   "“We will build it this year, and we will pay for it without any new taxes on the families.”")
    assert all(a["continues"] is None for a in atts), _listed(atts)


def test_quotations_of_two_cues_are_not_linked(nlp):
    atts = _ledger(nlp, "“We will open the new garage in the spring,” Moss said. “The city needs the spaces and the "
                        "fees,” Hale said.")
    assert all(a["continues"] is None for a in atts), _listed(atts)


def test_a_shows_title_after_the_cue_is_no_piece_of_the_saying(nlp):
    atts = _ledger(nlp, "“The town has waited far too long for a new bridge,” Moss said on WXRT's “Morning Desk With "
                        "Ann Cole.” “We will build it this year without any new taxes.”")
    assert not any(a["continues"] is not None and "Morning Desk" in a["content"] for a in atts), _listed(atts)


def test_a_participle_that_takes_the_quotation_stays_its_cue(nlp):
    atts = _ledger(nlp, "On Friday, Mr. Moss endorsed Mr. Hale at a news conference at Elm Court, Mr. Hale's private "
                        "club, calling him ''actually a very careful man who cares deeply about the town.''")
    quoted = atts[_starting(atts, "actually a very careful man")]
    assert quoted["cue"] == "calling", _listed(atts)
