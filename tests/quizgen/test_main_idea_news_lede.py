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


def test_a_comma_closing_a_larger_clause_is_kept():
    # ", Libya," closes the relative clause too: dropped with it, "… in Benghazi discussed …" would not parse
    lean = drop_asides("Mary Lane, whose husband, Ty Lane, was one of four sailors lost near the port of Bastia, "
                       "Corsica, spoke with a radio host about the rescue on Thursday.")
    assert lean is None or "Bastia, Corsica, spoke" in lean
    # a clause the parse reads as an appositive ("whose husband, …, was one of four …") is never cut so that
    # the subject becomes the one lost
    lean = drop_asides("Mary Lane, whose husband, Ty Lane, was one of four sailors lost near the port, spoke "
                       "with a radio host about the rescue on Thursday.")
    assert lean is None or "whose husband" in lean


def test_an_opening_phrase_and_a_label_in_parentheses_are_dropped():
    assert drop_asides("Three weeks ahead of the county vote, Anna Holt and Tom Berg are holding narrow leads "
                       "among likely voters in their party primaries.") == \
        "Anna Holt and Tom Berg are holding narrow leads among likely voters in their party primaries."
    assert drop_asides("Governor Tom Berg on Friday endorsed Senator Ann Cole (D-Maine) and Senator Jo Park "
                       "(D-Vt.) for re-election.") == \
        "Governor Tom Berg on Friday endorsed Senator Ann Cole and Senator Jo Park for re-election."


def test_an_opening_phrase_the_main_clause_leans_on_stays():
    lean = drop_asides("While a fight is brewing over the budget, the mayor's allies are looking instead to the "
                       "school plan as their best hope for new money.")
    assert lean is None or lean.startswith("While a fight")


def test_the_writers_description_closing_the_lede_is_no_part_of_the_key():
    lede = ("Anna Holt warned that the ferry strike could spread to the ports, a threat aimed at Tom Berg, "
            "the harbor's most stubborn enemy of every wage deal.")
    article = plain_article(f"Holt: ferry strike could spread to the ports\n\n{lede}\n\n{BODY}")
    att = attribution(article, "Anna Holt", "Anna Holt", "warned", ["the ferry strike could spread to the ports"])
    keys = [k for k, _ in news_lede_keys(sentence_context(article, [att]))]
    assert keys and not any("stubborn" in k for k in keys)


def test_a_headline_reporting_a_no_is_no_turn():
    article = plain_article(f"Anna Holt Says No To The Ferry Deal\n\n{LEDE}\n\n{BODY}")
    att = attribution(article, "Anna Holt", "Anna Holt", "warned", ["The same anger that led the ferry crews"])
    assert news_lede_keys(sentence_context(article, [att]))


AUDIT = ("The ferry company's fares will rise again this year, sooner than expected, the county audit office "
         "reported.")


def test_a_bodys_finding_is_the_news_a_persons_claim_one_voice():
    title = "Ferry fares to rise again this year as fuel costs climb"
    article = plain_article(f"{title}\n\n{AUDIT}\n\n{BODY}")
    office = attribution(article, "the county audit office", "the county audit office", "reported",
                         ["The ferry company's fares will rise again this year"], kind="organisation")
    keys = [k for k, _ in news_lede_keys(sentence_context(article, [office]))]
    assert keys and all("the county audit office reported" in k for k in keys)
    # the same claim made by a person the headline does not name: one voice of the story, no key
    lede = AUDIT.replace("the county audit office", "Ruth Hale")
    article = plain_article(f"{title}\n\n{lede}\n\n{BODY}")
    hale = attribution(article, "Ruth Hale", "Ruth Hale", "reported",
                       ["The ferry company's fares will rise again this year"])
    assert news_lede_keys(sentence_context(article, [hale])) == []


def test_a_but_in_the_next_paragraph_leaves_a_lede_reporting_the_headlines_words():
    body = "But the union has lost two strikes in a row, and its members are tired.\n\n" + BODY
    article = plain_article(f"Holt: ferry strike anger could spread to the ports\n\n{LEDE}\n\n{body}")
    att = attribution(article, "Anna Holt", "Anna Holt", "warned", ["The same anger that led the ferry crews"])
    assert news_lede_keys(sentence_context(article, [att]))
    # a turn in the lede's own paragraph ("The problem? …") makes it a set-up, whoever speaks
    article = plain_article(f"Holt: ferry strike anger could spread to the ports\n\n{LEDE} But the union has lost "
                            f"two strikes in a row.\n\n{BODY}")
    att = attribution(article, "Anna Holt", "Anna Holt", "warned", ["The same anger that led the ferry crews"])
    assert news_lede_keys(sentence_context(article, [att])) == []
