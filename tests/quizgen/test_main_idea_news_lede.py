"""A fifth way to the main-idea key: the news story's lede, compressed at its asides (an appositive or a
participial phrase between commas), with who said it kept when it reports someone's words: under a headline
that reports that speaker ("Holt: the ferry strike could spread to the ports"), or when the lede's subject is
who the headline names first. Never a lede about someone else, nor one whose speaker is a pronoun."""
from __future__ import annotations

from factories import attribution, plain_article, sentence_context

from quizgen.generate import main_idea
from quizgen.generate.main_idea import drop_asides, news_lede_keys

BODY = ("The union called the strike after talks on wages broke down late on Monday night in the harbor town.\n\n"
        "Ferries to the three northern islands did not sail on Tuesday, and travelers waited for hours at the dock.\n\n"
        "The ferry company said it had offered the crews a raise of four percent over the next two years.\n\n"
        "Shop owners on the largest island said deliveries of bread and milk had already been delayed by a day.\n\n"
        "A spokesman for the port authority said the cargo terminals were working normally for the moment.\n\n"
        "The last ferry strike in the region, eleven years ago, lasted nine days and ended with a new contract.\n\n"
        "Students who live on the islands were allowed to take their exams online until the ferries sail again.\n")

LEDE = ("The same anger that led the ferry crews to walk out could spread to the dock workers of the ports, "
        "Anna Holt, the leader of the transport union, warned on Wednesday.")


def speaker_article(lede: str, who: str = "Anna Holt", source_text: str = "Anna Holt"):
    article = plain_article(f"Holt: ferry strike anger could spread to the ports\n\n{lede}\n\n{BODY}")
    att = attribution(article, who, source_text, "warned", ["The same anger that led the ferry crews"])
    return sentence_context(article, [att])


def test_an_aside_between_commas_is_dropped_whole():
    assert drop_asides("An Oslo-based teacher, accused by the city of hiding the school's accounts, is at the "
                       "center of a group of odd gifts to the mayor's campaign.") == \
        "An Oslo-based teacher is at the center of a group of odd gifts to the mayor's campaign."
    assert drop_asides("Rain, the forecast says, will fall all week.") is None  # no aside on a noun


def test_an_attributed_lede_keeps_its_speaker_and_cue():
    ctx = speaker_article(LEDE)
    keys = [k for k, _ in news_lede_keys(ctx)]
    assert keys
    for k in keys:
        assert "Anna Holt" in k and "warned" in k  # the claim is never turned into a fact
    assert keys[0] == ("The same anger that led the ferry crews to walk out could spread to the dock workers of "
                       "the ports, Anna Holt warned")  # the appositive and the closing day word dropped
    items = main_idea.generate(ctx)
    assert len(items) == 1
    keyed = items[0].options[items[0].answer]
    assert "Anna Holt warned" in keyed and "Holt," not in keyed  # whichever way made it: no comma before the verb
    assert all("Holt" not in o for i, o in enumerate(items[0].options) if i != items[0].answer)


def test_a_pronoun_speaker_gives_no_key():
    lede = ("The same anger that led the ferry crews to walk out could spread to the dock workers of the ports, "
            "she warned.")
    ctx = speaker_article(lede, source_text="she")
    assert news_lede_keys(ctx) == []


def test_a_lede_about_someone_else_gives_no_key():
    article = plain_article("Anna Holt Just Gave A Sharp Answer To A Tirade By Tom Berg\n\n"
                            "Tom Berg attacked Anna Holt on Monday night, comparing her union to a gang of "
                            "pirates.\n\n" + BODY + "\nThe union said that Tom Berg had refused to meet Anna Holt.\n")
    ctx = sentence_context(article, [])
    assert news_lede_keys(ctx) == []


def test_no_comma_is_left_between_a_name_and_its_verb():
    assert main_idea._lean(LEDE.rstrip(".")) == ("The same anger that led the ferry crews to walk out could spread "
                                                 "to the dock workers of the ports, Anna Holt warned on Wednesday")
