"""The ledger's recall, fourth round: a paragraph that only goes on with the previous paragraph's
quotation (it opens with a quotation mark and names nobody) is one more piece of the earlier claim's
content, not a claim of its own with no source and no cue. Constructed sentences, and negatives."""
from __future__ import annotations

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5
OPENING = "Mayor Anna Berg defended the new parking fees at the meeting on Monday."


def body(nlp, *paragraphs: str):
    text = "Council Budget Row Deepens\n\n" + "\n\n".join([FILLER, OPENING, *paragraphs])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph >= 3]


def test_a_continued_quotation_is_more_of_the_same_claim(nlp):
    found = body(nlp,
                 '"The fees will pay for the new bus lanes and every shop on the square will gain," Berg said.',
                 '"Nobody on the council wants to raise money from drivers, but the roads need mending."')
    assert len(found) == 1, [(a.source, a.cue, a.content) for a in found]
    a = found[0]
    assert a.source == "Anna Berg" and a.cue == "said" and a.paragraph == 3
    assert len(a.content_spans) == 2
    assert "new bus lanes" in a.content_spans[0].text
    assert "roads need mending" in a.content_spans[1].text
    assert "roads need mending" in a.content


def test_two_continued_paragraphs_join_the_first_claim(nlp):
    found = body(nlp,
                 '"We looked at every other town in the county before we chose this plan," Berg said.',
                 '"Some charge twice what we ask, and their streets are no better than ours."',
                 '"I am sure the shops will thank us within a year."')
    assert len(found) == 1, [(a.source, a.cue, a.content) for a in found]
    assert len(found[0].content_spans) == 3
    assert "thank us within a year" in found[0].content_spans[2].text


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

