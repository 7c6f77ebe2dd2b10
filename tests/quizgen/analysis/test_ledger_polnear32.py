"""The ledger, round 32: quotations that open a paragraph with no cue of their own, and who the ledger says
speaks them. Constructed texts only."""
from __future__ import annotations

from factories import council_attributions, filler_ledger

from quizgen.model import UNSURE

QUOTE = "“We cannot keep the old garage open for another winter without the fees and the new lanes.”"
TAGGED = "“We cannot keep the old garage open for another winter without the fees and the new lanes,” {} said."


def _quoted(atts):
    return [a for a in atts if a.content.startswith("We cannot keep the old garage")]


def _listed(atts):
    return [(a.paragraph, a.source, a.source_text, a.cue, a.source_confidence, a.content[:40]) for a in atts]


def test_a_quotation_after_the_speakers_own_quotation_goes_on_with_it(nlp):
    atts = council_attributions(nlp, "“The fees are fair and they are needed,” Berg said.", QUOTE)
    found = _quoted(atts)
    assert len(found) == 1, _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].source_confidence >= UNSURE


def test_a_quotation_after_a_reported_view_is_only_a_guess(nlp):
    # the paragraph before reports Berg's view in its own words, with no quotation: the quotation may be anyone's
    atts = council_attributions(nlp, "Berg said the fees were fair.", QUOTE)
    found = _quoted(atts)
    assert len(found) == 1, _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].source_confidence < UNSURE


def test_a_quotation_after_a_stance_is_only_a_guess(nlp):
    # "the bus drivers, who want the garage closed" is a stance, no quotation: the drivers are a guess at most
    atts = council_attributions(nlp, "Berg later met the bus drivers, who want the garage closed.", QUOTE)
    assert all(a.source_confidence < UNSURE for a in _quoted(atts)), _listed(atts)


def test_a_quotation_after_a_paragraph_with_no_claim_is_only_a_guess(nlp):
    # the last speaker spoke two paragraphs back
    atts = council_attributions(nlp, "“The fees are fair and they are needed,” Berg said.",
                                "The garage on Mill Street was built in 1962 and has leaked for years.", QUOTE)
    assert all(a.source_confidence < UNSURE for a in _quoted(atts)), _listed(atts)


def test_a_continued_quotation_has_the_span_of_its_speakers_mention(nlp):
    atts = council_attributions(nlp, "“The fees are fair and they are needed,” Berg said.", QUOTE)
    found = _quoted(atts)
    assert len(found) == 1, _listed(atts)
    assert found[0].source_span is not None and found[0].source_span.text == "Berg"
    assert found[0].paragraph == 4 and found[0].source_span.start < found[0].content_spans[0].start


def test_a_pronoun_of_the_other_sex_is_not_the_previous_speaker(nlp):
    atts = filler_ledger(nlp, "Anna Berg said the fees were fair.", TAGGED.format("he"))
    assert not [a for a in _quoted(atts) if a.source == "Anna Berg"], _listed(atts)


def test_a_personal_pronoun_is_not_a_group_that_spoke_before(nlp):
    atts = filler_ledger(nlp, "The drivers said the fees were unfair.", TAGGED.format("she"))
    assert not [a for a in _quoted(atts) if a.source == "drivers"], _listed(atts)


def test_the_pronoun_tag_after_a_quotation_is_found_whoever_it_is(nlp):
    from quizgen.analysis.attributions.passes import tag_after
    from quizgen.analysis.quotes import find_quotes

    text = TAGGED.format("she")
    doc = nlp(text)
    tag = tag_after(doc, text, find_quotes(text)[0])
    assert tag is not None and [t.text for t in tag[0]] == ["she"] and tag[1].text == "said"
    text = TAGGED.format("the drivers")  # a named group: the resolver's to find, not a pronoun's guess
    doc = nlp(text)
    assert tag_after(doc, text, find_quotes(text)[0]) is None


def _entry(atts, cue):
    return [a for a in atts if a.cue == cue]


def test_a_folded_participle_is_also_listed_under_its_own_cue(nlp):
    atts = council_attributions(nlp, "Berg said the fees were fair and needed, adding that the new lanes would open "
                                     "in the spring.")
    said, adding = _entry(atts, "said"), _entry(atts, "adding")
    assert len(said) == 1 and said[0].content.endswith("would open in the spring"), _listed(atts)
    assert said[0].claim_confidence == 1.0
    assert len(adding) == 1 and adding[0].content == "the new lanes would open in the spring", _listed(atts)
    assert adding[0].source == "Anna Berg" and adding[0].claim_confidence < UNSURE


def test_a_question_put_by_no_one_named_is_listed(nlp):
    atts = council_attributions(nlp, "Asked what a fair fee looks like, Berg replied that nobody could say.",
                                "Berg was asked whether the garage would close before the winter.")
    asked = _entry(atts, "Asked")
    assert len(asked) == 1 and asked[0].content == "what a fair fee looks like" and not asked[0].source, _listed(atts)
    passive = _entry(atts, "was asked")
    assert len(passive) == 1 and passive[0].content == "whether the garage would close before the winter", \
        _listed(atts)
    assert not passive[0].source and passive[0].claim_confidence < UNSURE


def test_a_request_is_no_question(nlp):
    atts = council_attributions(nlp, "Berg was asked to leave the meeting before the vote on the fees.")
    assert not _entry(atts, "was asked"), _listed(atts)


def test_what_a_body_reports_is_listed(nlp):
    atts = council_attributions(nlp, "The bus company reported a loss of two million dollars for the year.",
                                "The police reported the accident to the council.")
    found = _entry(atts, "reported")
    assert [(a.source_text, a.content) for a in found] == [
        ("The bus company", "a loss of two million dollars for the year")], _listed(atts)
    assert found[0].claim_confidence < UNSURE


def test_a_participle_of_saying_after_a_comma_is_listed(nlp):
    atts = council_attributions(nlp, "Berg gave a long speech at the depot, decrying the influence of the bus "
                                     "company on the council.",
                                "Berg left the hall, slamming the heavy oak door behind her.")
    found = _entry(atts, "decrying")
    assert len(found) == 1 and found[0].content == "the influence of the bus company on the council", _listed(atts)
    assert found[0].source == "Anna Berg" and found[0].claim_confidence < UNSURE
    assert not _entry(atts, "slamming"), _listed(atts)
