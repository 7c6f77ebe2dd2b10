"""Certainty items on more of a lesson's sure claims, each still keyed on how the sentence presents the claim
asked about. All texts are constructed (names and facts invented)."""
from __future__ import annotations

from dataclasses import replace

from factories import claim, plain_article, sentence_context

from quizgen.generate.certainty import HEDGED, NAMED
from quizgen.generate.certainty import generate as certainty_items

FIRST = "Ruth Dale is running a campaign in every ward of the city"
SECOND = "You are much more likely to find her in Akron than in Dayton this summer."
OTHER = ("Ann Lee, the county clerk, said the new voting machines would be ready for the autumn election.\n\n"
         "Ben Ortiz, a member of the board, said the county had bought two hundred machines in March.\n")


def _quotation(frame: str, first: str = FIRST, hedge: str = "likely"):
    """A two-sentence quotation of Tom Reed's, the ledger's hedge on it; the item asks of its first sentence."""
    text = f"Harbor race heats up\n\n\"{first},\" {frame}. \"{SECOND}\"\n\n{OTHER}"
    article = plain_article(text)
    whole = claim(article, "Tom Reed", "person", "Tom Reed", "said", first, direct=True, extra=(SECOND,))
    whole = replace(whole, content=f"{first} {SECOND}", certainty="hedged", hedge=hedge)
    lee = claim(article, "Ann Lee", "person", "Ann Lee", "said",
                "the new voting machines would be ready for the autumn election")
    return sentence_context(article, [whole, lee])


def _asked(ctx, words: str):
    return [it for it in certainty_items(ctx) if it.kind == "multiple_choice" and words in it.stem]


def test_a_hedge_only_in_a_left_out_sentence_does_not_stop_the_first():
    """The hedge ("more likely") stands only in the quotation's second sentence, which the item leaves out: the
    first sentence, asked alone, is plainly Tom Reed's claim (drops set: a spokesman's quotation, never asked)."""
    items = _asked(_quotation("said Tom Reed, a spokesman for the Dale campaign"), "every ward")
    assert len(items) == 1
    item = items[0]
    assert item.options[item.answer] == NAMED
    assert "likely" not in item.stem and "Akron" not in item.stem


def test_a_hedge_in_the_first_sentence_still_stops_it():
    ctx = _quotation("said Tom Reed, a spokesman for the Dale campaign",
                     first="Ruth Dale is likely running a campaign in every ward of the city")
    assert not _asked(ctx, "every ward")


def test_a_hedge_on_the_saying_still_stops_it():
    """"Tom Reed reportedly said": the hedge covers the whole saying, the first sentence too."""
    ctx = _quotation("Tom Reed reportedly said, speaking for the Dale campaign")
    assert not _asked(ctx, "every ward")


def test_another_hedge_word_in_the_first_sentence_still_stops_it():
    """The ledger names the later "likely", but "may" hedges the first sentence itself."""
    ctx = _quotation("said Tom Reed, a spokesman for the Dale campaign",
                     first="Ruth Dale may be running a campaign in every ward of the city")
    assert not _asked(ctx, "every ward")


def test_a_hedge_of_one_sentence_quotation_still_stops_it():
    """Nothing is left out: the hedge is on the claim asked about, so no "named source" item."""
    text = ("Harbor race heats up\n\n\"Ruth Dale is much more likely to win in Akron than in Dayton this summer,\" "
            f"said Tom Reed, a spokesman for the Dale campaign.\n\n{OTHER}")
    article = plain_article(text)
    whole = replace(claim(article, "Tom Reed", "person", "Tom Reed", "said",
                          "Ruth Dale is much more likely to win in Akron than in Dayton this summer", direct=True),
                    certainty="hedged", hedge="likely")
    items = [it for it in certainty_items(sentence_context(article, [whole])) if "Akron" in it.stem]
    assert not any(it.options[it.answer] in (NAMED, HEDGED) for it in items)
    assert not items


def _inverted(content: str):
    text = f"Harbor race heats up\n\n\"{content},\" Tom Reed said.\n\n{OTHER}"
    article = plain_article(text)
    reed = claim(article, "Tom Reed", "person", "Tom Reed", "said", content, direct=True)
    return sentence_context(article, [reed])


def test_an_inverted_pronoun_subject_is_no_claim_shown_whole():
    """"Not only are they supporting Clinton, but …" (drops set, once a later sentence's hedge no longer stopped
    it): its subject "they" is as much outside the claim as in "They are supporting …", which gives no item."""
    ctx = _inverted("Not only are they backing Ruth Dale, but they have raised money for the Dale campaign")
    assert not _asked(ctx, "Not only")


def test_an_inverted_named_subject_still_gives_an_item():
    ctx = _inverted("Not only is the dock union backing Ruth Dale, but its members have raised money for the Dale "
                    "campaign")
    items = _asked(ctx, "Not only")
    assert len(items) == 1 and items[0].options[items[0].answer] == NAMED


def _cued(cue: str, content: str):
    text = f"Harbor race heats up\n\nAnn Lee {cue} {content}.\n\n{OTHER}"
    article = plain_article(text)
    lee = claim(article, "Ann Lee", "person", "Ann Lee", cue, content)
    return sentence_context(article, [lee])


def test_suggested_with_a_statements_tense_is_a_claim():
    """"Hewitt suggested Trump hadn't meant his statement to be taken literally" (drops set): "suggested" reports a
    statement here, not a proposal (J7: "suggested that Ventas spin off a division"), so it is asked about."""
    for cue, content in (("suggested", "the ferry plan had cost the port two hundred jobs last year"),
                         ("suggested that", "the mayor hadn't read the ferry plan before the vote"),
                         ("suggested", "a loss in the port ward would end the Dale campaign")):
        items = _asked(_cued(cue, content), content.split()[1])
        assert len(items) == 1, content
        assert items[0].options[items[0].answer] == NAMED


def test_a_proposal_or_a_demand_is_still_no_claim():
    for cue, content in (("suggested that", "the harbor company Northport spin off its ferry division"),
                         ("insisted that", "the council vote on the ferry plan in May"),
                         ("suggested that", "the city should sell the old ferry to the county"),
                         ("suggested that", "the board have the final say on the ferry plan"),
                         ("recommended that", "the port would hire two hundred workers next year"),
                         ("urged", "the county to buy the old ferry from the city")):
        assert not _asked(_cued(cue, content), content.split()[1]), content


def test_suggested_with_a_pronoun_from_outside_is_no_claim():
    """"He suggested that a loss in either state would knock her out of the race": whom "her" means is not shown."""
    assert not _asked(_cued("suggested that", "a loss in the port ward would knock her out of the race"), "port ward")


def test_an_expletive_it_before_an_adjective_and_that_is_a_claim():
    """"It's really important that we take away the stigma …" (drops set): its "it" stands for the "that" clause and
    points to nothing outside the claim, as "It's a shame that …" (base.expletive_it) does not either."""
    for content in ("It's really important that the county keeps the ferry running through the winter",
                    "It is clear that the county will keep the ferry running through the winter"):
        items = _asked(_inverted(content), "ferry running")
        assert len(items) == 1, content
        assert items[0].options[items[0].answer] == NAMED


def test_an_it_that_means_something_outside_is_still_no_claim():
    for content in ("It is important to the county and to the port and its ferry workers",
                    "It is clear to everyone on the board of the ferry company",
                    "It is likely that the county will keep the ferry running through the winter",
                    "It was true of the old ferry and the old dock in the port"):
        assert not _asked(_inverted(content), content.split()[3]), content


def test_has_said_is_a_saying_as_said_is():
    """"Sanders has said he will work to prevent a Republican from becoming president" (drops set): the content is a
    clause after a verb of saying; only the perfect tense before "said" kept it from being taken for one."""
    for cue in ("has said", "had also said", "has told reporters"):
        content = "the ferry plan will cost the port two hundred jobs next year"
        items = _asked(_cued(cue, content), "ferry plan")
        assert len(items) == 1, cue
        assert items[0].options[items[0].answer] == NAMED


def test_a_perfect_tense_verb_that_takes_an_object_is_still_no_claim():
    for cue, content in (("has backed", "the ferry plan of the port council for two years now"),
                         ("has argued for", "the ferry plan of the port council for two years now"),
                         ("has praised", "the ferry plan of the port council for two years now")):
        assert not _asked(_cued(cue, content), "ferry plan"), cue
