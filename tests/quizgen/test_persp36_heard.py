"""A missing-voice answer never names a party the article hears in any form (judged blind: every failed
perspective answer did), on constructed articles: a person heard through a spokesperson, aide, campaign or
chairman speaking for them, or in their own words reported in any form ("has described", "told reporters",
"wrote on Twitter"); a group or organisation heard when any member, official or representative speaks."""
from __future__ import annotations

import pytest
from factories import HARBOR_FILLER
from factories import claim as _att
from factories import missing_voice_answer as _answer
from factories import unheard_parties as _unheard

# Ada Merkin is criticised and (in the base article) never heard: the judges' accepted shape
BASE = ("Mayor Ada Merkin opens the harbor fair\n\n"
        "Mayor Ada Merkin will open the harbor fair on Saturday with a short speech.\n\n"
        "Port owners accused Merkin of spending too much on the fair.\n\n"
        "Zoe Lark said the fair would bring new visitors to the town.\n\n"
        "HEARD\n\n" + HARBOR_FILLER)
PEOPLE = ("Ada Merkin", "Merkin", "Zoe Lark", "Tom Pell")


def _lark(a):
    return [_att(a, "Zoe Lark", "person", "Zoe Lark", "said", "the fair would bring new visitors to the town")]


def _parties(heard: str) -> str:
    return _unheard(BASE.replace("HEARD", heard), _lark, PEOPLE)


def test_the_criticised_mayor_never_heard_is_the_missing_voice():
    assert "Ada Merkin" in _parties("The fair runs until Sunday night.")
    # the article's own praise or blame of her, or her name after the verb, is no word of hers
    assert "Ada Merkin" in _parties("Critics have described Merkin as careless with the town's money.")
    assert "Ada Merkin" in _parties("Zoe Lark told Merkin the fair was too expensive.")



@pytest.mark.parametrize("unheard", [
    "Merkin was called careless by the port owners.",
    "Zoe Lark, who beat Merkin in May, said the fair was late.",
    "Zoe Lark said Merkin's campaign had spent too much.",
    "Port owners accused Merkin's office of hiding the bill.",
])
def test_the_last_check_hears_no_one_named_after_a_verb_or_as_an_object(unheard):
    from factories import labelled_entities, plain_article, sentence_context

    from quizgen.generate.perspective import _heard_anyhow

    a = plain_article(BASE.replace("HEARD", unheard))
    assert not _heard_anyhow(sentence_context(a, _lark(a), labelled_entities(a, "PERSON", *PEOPLE)), "Ada Merkin")


@pytest.mark.parametrize("heard", [
    # a spokesperson, aide, lawyer, campaign or chairman speaking for her
    "A spokesman for Merkin said the fair had cost less than last year.",
    "Merkin's spokesman, Tom Pell, said the fair had cost less than last year.",
    "Tom Pell, a spokesman for Merkin, said the fair had cost less than last year.",
    "Tom Pell, Merkin's campaign chairman, said the fair had cost less than last year.",
    "Merkin's campaign said in a statement that the fair had cost less than last year.",
    "Merkin's office has called the charge unfair.",
    "\u201cThe fair cost less than last year,\u201d said Tom Pell, an aide to Merkin.",
    "The fair cost less than last year, according to Merkin's office.",
    "The mayor's spokesman said the fair had cost less than last year.",
    # her own words in any form, sure or not
    "Merkin has described the fair as the town celebrating itself.",
    "Merkin has called the fair a gift to the town.",
    "Merkin told reporters the fair had cost less than last year.",
    "Merkin wrote on Twitter that the fair had cost less than last year.",
    "Merkin, in a statement, defended the cost of the fair.",
    "\u201cThe fair cost less than last year,\u201d said Mayor Merkin.",
    "Merkin has repeatedly denied the charge.",
])
def test_a_person_heard_in_any_form_is_never_the_missing_voice(heard):
    assert "Merkin" not in _parties(heard), heard


def test_a_president_is_heard_through_the_white_house_press_secretary():
    # judged blind: "Barack Obama: Josh Earnest makes claims about Obama, but the article gives no answer of
    # Obama's own", Earnest being the president's press secretary
    text = ("President Ada Merkin opens the harbor fair\n\n"
            "President Ada Merkin will open the harbor fair on Saturday with a short speech.\n\n"
            "Port owners accused Merkin of spending too much on the fair.\n\n"
            "Zoe Lark said the fair would bring new visitors to the town.\n\n"
            "White House press secretary Tom Pell said the fair had cost less than last year.\n\n" + HARBOR_FILLER)
    assert "Merkin" not in _unheard(text, _lark, PEOPLE)
    # someone else's press secretary speaks for someone else
    other = text.replace("White House press secretary Tom Pell", "Harbor board secretary Tom Pell")
    assert "Ada Merkin" in _unheard(other, _lark, PEOPLE)


# a group the lede is about; heard when any member or anyone on its side speaks
GROUP = ("Zorn supporters lose out in the harbor county delegate fight\n\n"
         "The county's Zorn supporters were shut out of its delegate slates on Saturday.\n\n"
         "Kay Moss, the county party chair, said the slates were drawn up by longtime party workers.\n\n"
         "HEARD\n\n" + HARBOR_FILLER)


def _moss(a):
    return [_att(a, "Kay Moss", "person", "Kay Moss", "said", "the slates were drawn up by longtime party workers")]


def test_a_followers_group_none_of_whom_speaks_is_the_missing_voice():
    assert "Zorn supporters" in _unheard(GROUP.replace("HEARD", "The slates go to the state party in June."),
                                         _moss, ("Kay Moss", "Rex Early", "Zorn"))


@pytest.mark.parametrize("heard", [
    "Rex Early, a Zorn delegate, said the rules had been changed at the last minute.",
    "A Zorn delegate said the rules had been changed at the last minute.",
    "Rex Early, Zorn's county chairman, said the rules had been changed at the last minute.",
    "Zorn's campaign said the rules had been changed at the last minute.",
    "A spokeswoman for Zorn told reporters the rules had been changed at the last minute.",
    "One supporter, Rex Early, said the rules had been changed at the last minute.",
])
def test_a_followers_group_is_heard_when_anyone_on_that_side_speaks(heard):
    assert "Zorn supporters" not in _unheard(GROUP.replace("HEARD", heard), _moss, ("Kay Moss", "Rex Early", "Zorn")), \
        heard


# an organisation accused and given no reply; heard when any official, member or representative speaks
ORG = ("Unions accuse Votely over harbor ballots\n\n"
       "Dock unions accused Votely of miscounting the harbor ballots on Saturday.\n\n"
       "Kay Moss, a union steward, said the count had left out two hundred votes.\n\n"
       "Votely ran the count for the harbor board again this year.\n\n"
       "HEARD\n\n" + HARBOR_FILLER)


def _steward(a):
    return [_att(a, "Kay Moss", "person", "Kay Moss", "said", "the count had left out two hundred votes")]


def test_an_accused_organisation_never_heard_is_the_missing_voice():
    text = ORG.replace("HEARD", "Votely also counts the votes for the school board.")
    assert "Votely" in _unheard(text, _steward, ("Kay Moss", "Sam Adler"), ("Votely",))


@pytest.mark.parametrize("heard", [
    "Votely officials said the count had been checked twice.",
    "A Votely spokeswoman said the count had been checked twice.",
    "Sam Adler, who founded Votely, said the count had been checked twice.",
    "Sam Adler of Votely said the count had been checked twice.",
    "Sam Adler, the chief executive of Votely, said the count had been checked twice.",
    "\u201cThe count was checked twice,\u201d said Sam Adler, a lawyer for Votely.",
    "Votely has called the charge baseless.",
])
def test_an_organisation_is_heard_when_any_official_or_member_speaks(heard):
    text = ORG.replace("HEARD", heard)
    assert "Votely" not in _unheard(text, _steward, ("Kay Moss", "Sam Adler"), ("Votely",)), heard


def test_no_item_when_the_only_candidate_is_heard():
    # fewer items rather than a doubtful one: with the mayor's own words reported, no party is left
    text = BASE.replace("HEARD", "Merkin has described the fair as the town celebrating itself.")
    assert _answer(text, _lark, PEOPLE) is None
    assert "Merkin" in (_answer(BASE.replace("HEARD", "The fair runs until Sunday night."), _lark, PEOPLE) or "")


@pytest.mark.parametrize("intro", [
    "White House press secretary Tom Pell arrived at the fair on Sunday.",
    "Tom Pell, the White House press secretary, arrived at the fair on Sunday.",
    "Tom Pell, a spokesman for Merkin, arrived at the fair on Sunday.",
])
def test_an_agent_introduced_in_one_place_speaks_for_the_party_in_another(intro):
    text = ("President Ada Merkin opens the harbor fair\n\n"
            "President Ada Merkin will open the harbor fair on Saturday with a short speech.\n\n"
            "Port owners accused Merkin of spending too much on the fair.\n\n"
            "Zoe Lark said the fair would bring new visitors to the town.\n\n"
            f"{intro}\n\nPell said the fair had cost less than last year.\n\n" + HARBOR_FILLER)

    def atts(a):
        return [*_lark(a), _att(a, "Tom Pell", "person", "Pell", "said", "the fair had cost less than last year")]

    assert "Merkin" not in _unheard(text, atts, PEOPLE), intro
    # a press secretary of someone else's speaks for someone else
    other = text.replace("White House press secretary", "Harbor board secretary").replace(
        "the White House press secretary", "the harbor board secretary").replace("a spokesman for Merkin",
                                                                                 "a harbor board clerk")
    assert "Ada Merkin" in _unheard(other, atts, PEOPLE), intro


REFUGEES = ("Harbor town to return refugees\n\n"
            "The harbor town will return refugees to the island camps under a new deal.\n\n"
            "HEARD\n\n"
            "Zoe Lark said the deal would cost the town little.\n\n" + HARBOR_FILLER)


@pytest.mark.parametrize("heard, expected", [
    ("A refugee, Omar Sadi, said the camps were full.", True),
    ("Omar Sadi, a refugee from the island, said the camps were full.", True),
    ("Many refugees told reporters the camps were full.", True),
    # none of them speaks: a title naming them, a clause after "says", a noun after their word, a poll's count
    ("Ann Roe, the Harbor Commissioner for Refugees, said the deal was lawful.", False),
    ("Ann Roe, the harbor chief, says it is crucial that refugees are housed.", False),
    ("Refugee claims will be heard on the island.", False),
    ("Forty percent of refugees said in a survey that the camps were full.", False),
])
def test_a_group_is_heard_only_when_one_of_them_speaks(heard, expected):
    from factories import plain_article, sentence_context

    from quizgen.generate.perspective import _heard_anyhow

    a = plain_article(REFUGEES.replace("HEARD", heard))
    assert _heard_anyhow(sentence_context(a, [], ()), "refugees") is expected, heard


VOTERS = ("Two rivals face the voters in Dover\n\n"
          "The two candidates made their cases to voters in Dover on Wednesday, a week before the vote.\n\n"
          "Zoe Lark said the town hall had drawn a big crowd.\n\n"
          "HEARD\n\n" + HARBOR_FILLER)


@pytest.mark.parametrize("heard, expected", [
    ("Jo Hart, a 26-year-old nurse from Derry, said student debt was her top issue.", True),
    ("Jo Hart, an audience member, said student debt was her top issue.", True),
    ("Jo Hart, 26, said student debt was her top issue.", True),
    ("Jo Hart, the county clerk, said the count would start at nine.", False),
])
def test_voters_are_heard_when_a_member_of_the_public_speaks(heard, expected):
    # judged on the same shape: "voters (¶1) … none of them is quoted" beside two townhall questioners quoted
    from factories import plain_article, sentence_context

    from quizgen.generate.perspective import _heard_anyhow

    a = plain_article(VOTERS.replace("HEARD", heard))
    assert _heard_anyhow(sentence_context(a, [], ()), "voters") is expected, heard


GAY = ("Gay sailors push for new harbor rules\n\n"
       "A letter to harbor board members calls for new rules to protect gay people who work the docks.\n\n"
       "The push comes from Rita Hale. She is a deckhand from Dover and the first openly gay person on the board.\n\n"
       "Hale wrote that the rules would keep every sailor safe.\n\n"
       "Sam Ford said the board would vote in May.\n\n" + HARBOR_FILLER)


def test_an_identity_group_is_heard_when_one_of_them_speaks():
    # judged on the same shape: "LGBT people … none of them is quoted" beside an openly gay delegate's letter
    from factories import plain_article, sentence_context

    from quizgen.generate.perspective import _heard_anyhow

    def atts(a):
        return [_att(a, "Rita Hale", "person", "Hale", "wrote", "the rules would keep every sailor safe"),
                _att(a, "Sam Ford", "person", "Sam Ford", "said", "the board would vote in May")]

    a = plain_article(GAY)
    assert _heard_anyhow(sentence_context(a, atts(a), ()), "gay people")
    b = plain_article(GAY.replace("the first openly gay person on the board", "the first deckhand on the board"))
    assert not _heard_anyhow(sentence_context(b, atts(b), ()), "gay people")


@pytest.mark.parametrize("silent", [
    "Merkin has not replied to the charge.",
    "Merkin never commented on the charge.",
    "Merkin would not say how much the fair cost.",
])
def test_a_party_that_has_not_answered_is_not_heard(silent):
    from factories import labelled_entities, plain_article, sentence_context

    from quizgen.generate.perspective import _heard_anyhow

    a = plain_article(BASE.replace("HEARD", silent))
    assert not _heard_anyhow(sentence_context(a, _lark(a), labelled_entities(a, "PERSON", *PEOPLE)), "Ada Merkin")
