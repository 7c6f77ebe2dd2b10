"""Claims judged blind on set J2 (PolNeAR dev, unseen): a moderator's interruption ("Governor, I don't want to
interrupt, but I want to try to get —") asked about as a claim; "I have been doing a lot of thinking recently
about where we are as a country" asked "what kind of source gives this claim?"; "Pence was also dubbed the debate
winner on social media" and "Many Americans have heard by now that 20 veterans …" keyed "stated as fact, no
source" though the sentence itself points to others' verdict or to hearsay."""
from __future__ import annotations

from quizgen.generate.certainty import _NOT_PLAIN, checkable
from quizgen.generate.sourcing import no_claim


def test_an_interruption_or_words_addressed_to_someone_are_no_claim():
    assert not checkable("Governor, I don't want to interrupt, but I want to try to get —")
    assert not checkable("Senator, you have said the harbor plan would cost the town its beaches")
    assert not checkable("the plan will cost the town its beaches and its jobs --")
    assert checkable("The harbor plan will cost the town its beaches and two hundred jobs")


def test_a_speakers_musing_is_no_claim():
    assert no_claim("I have been doing a lot of thinking recently about where we are as a country")
    assert no_claim("We've been reflecting on what the vote means for the town")
    assert not no_claim("I have been mayor for six years and the budget has grown every year")


def test_others_verdict_or_hearsay_is_no_plain_fact():
    for text in ("Pence was also dubbed the debate winner on social media Tuesday night.",
                 "Many Americans have heard by now that 20 veterans commit suicide each day.",
                 "The plan is widely seen as a win for the mayor after the vote on Tuesday."):
        assert _NOT_PLAIN.search(text), text
    assert not _NOT_PLAIN.search("The council approved the harbor plan by 7 votes on Tuesday.")


def test_a_transcript_label_is_no_name_to_write_in():
    """Judged blind (J2): "WALLACE: …" gave a write-the-name item accepting only "WALLACE"."""
    from factories import claim, plain_article, sentence_context

    from quizgen.generate.attribution import name_the_source

    text = ("Debate transcript\n\n"
            "WALLACE: The harbor plan will cost the town two hundred jobs next year.\n\n"
            "Ana Ruiz said the harbor plan would cost the town its beaches.\n")
    article = plain_article(text)
    label = claim(article, "WALLACE", "person", "WALLACE", ":", "The harbor plan will cost the town two hundred jobs")
    assert name_the_source(sentence_context(article, [label]), label) is None


def test_a_subordinate_clause_alone_is_no_claim():
    """Judged blind (J3): "Now that I don't have to be politically correct anymore" asked about as a claim."""
    assert not checkable("Now that I don't have to be politically correct anymore")
    assert not checkable("because the vote on the harbor plan was so close this year")
    assert checkable("Now that the vote is over, the council will rebuild the harbor next spring")
