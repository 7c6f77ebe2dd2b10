"""The ledger's recall, fourth round: a second quotation after an orphan's '"...," she said.' is more of
the same quotation; a "not" inside a quotation does not deny the "X said" after it; a paragraph that
announces a quotation ("Hale stated:") gives the next paragraph's quotation its source and cue.
(A paragraph that only continues the previous one's quotation stays a claim of its own: the project's
gold counts one claim per paragraph.) Constructed sentences, and negatives."""
from __future__ import annotations

from factories import council_attributions

body = council_attributions


def test_a_quotation_with_its_own_speaker_stays_its_own_claim(nlp):
    found = body(nlp,
                 '"The fees will pay for the new bus lanes and every shop on the square will gain," Berg said.',
                 '"The fees are a scandal for every shop on the square," Tom Hale, a local shop owner, said.')
    assert len(found) == 2
    assert [a.source for a in found] == ["Anna Berg", "Tom Hale"]
    assert all(len(a.content_spans) == 1 for a in found)


def test_a_quotation_inside_a_paragraph_is_not_a_continuation(nlp):
    # the writer's paragraph merely quotes a phrase: it does not continue Berg's quotation
    found = body(nlp,
                 '"The fees will pay for the new bus lanes and every shop on the square will gain," Berg said.',
                 'The plan was first drawn up in March by the county planners at their annual meeting.')
    assert len(found) == 1
    assert len(found[0].content_spans) == 1


def test_a_second_quotation_after_he_said_is_more_of_the_first(nlp):
    # the first quotation is claimed through its trailing "she said"; the second goes on with it
    found = body(nlp,
                 "The plan has been debated for months by the town council and the county planners.",
                 '"What matters most is that the new bus lanes are paid for by the people who use the roads," '
                 'she said. "It is a fair plan and the shops will see more customers."')
    quoted = [a for a in found if a.direct]
    assert len(quoted) == 1, [(a.source, a.cue, a.content) for a in found]
    assert quoted[0].cue == "said" and quoted[0].source_span is not None
    assert [("bus lanes" in s.text, "more customers" in s.text) for s in quoted[0].content_spans] == \
        [(True, False), (False, True)]


def test_a_not_inside_the_quotation_does_not_deny_its_cue(nlp):
    # the parser may hang the quotation's "not" on "said": the saying is still a saying
    found = body(nlp,
                 "The plan has been debated for months by the town council and the county planners.",
                 '"Are the new lanes where they need to be? Probably not," Ms. Berg said. '
                 '"Will they get there by the summer? Certainly."')
    quoted = [a for a in found if a.direct]
    assert len(quoted) == 1, [(a.source, a.cue, a.content) for a in found]
    assert quoted[0].source == "Anna Berg" and quoted[0].cue == "said"
    assert "Probably not" in quoted[0].content_spans[0].text



def test_a_paragraph_that_announces_a_quotation_gives_it_source_and_cue(nlp):
    found = body(nlp,
                 "Tom Hale, who owns the bakery on the square, stated:",
                 '"These fees will empty the square of shoppers before the end of the year."',
                 '"I have written to every member of the council about it twice."')
    quoted = [a for a in found if a.direct]
    assert len(quoted) == 2, [(a.source, a.cue, a.content) for a in found]
    a = quoted[0]
    assert a.source == "Tom Hale" and a.cue == "stated" and a.source_span is not None
    assert a.source_span.text.startswith("Tom Hale") and a.paragraph == 4
    assert "empty the square" in a.content
    # the paragraph after goes on with Hale's quotation: his, with no cue of its own
    assert quoted[1].source == "Tom Hale" and quoted[1].cue_span is None and quoted[1].paragraph == 5


def test_a_colon_that_closes_a_content_announces_nothing(nlp):
    found = body(nlp,
                 "Tom Hale said that the council had only one choice left:",
                 '"Raise the fees or close the car park."')
    assert not any(a.cue == "said" and a.source == "Tom Hale" and a.direct for a in found)
