"""s48 ledger: a speaker the ledger knows is not made unsure, nor a junk phrase made a source, by shapes found on
tuning news (constructed articles of the same shapes, real parse).

- "X made clear that his meeting with Lane was not political, saying that ...": X goes on saying it, not "his
  meeting with Lane" (a phrase inside what X made clear), which then counted as a second person surnamed Lane
  and made every "Lane said" unsure.
- "The trip suggests that ...": a thing that holds no view suggests only what the writer infers from it.
- "his stance on immigrants" is no one's speech: a quotation two paragraphs on whose speaker the parse missed is
  not given to its owner, and "his" is never a source's name.
"""
from __future__ import annotations

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.analysis.attributions import unsure_of_shared_surnames
from quizgen.model import CONFIDENT, UNSURE, Attribution

BISHOP = ("Lane says her talk with the bishop was private\n\n"
          "Senator Maria Lane met the bishop in Rome on Saturday, a rare stop on a busy campaign trail.\n\n"
          "\"I have long admired the bishop for his work with the poor,\" Lane said in an interview on the plane.\n\n"
          "On Sunday, Bishop Tomas Ruiz made clear that his meeting with Lane was not political, saying that those "
          "who thought so were mistaken, according to Reuters.\n\n"
          "The trip suggests that Lane is looking ahead to the work she wants to do after the election.\n\n"
          "\"This was an invitation that I could not refuse,\" Lane said.\n")


def _ledger(nlp, text):
    return [a for a in analyse(plain_article(text), nlp=nlp).attributions if a.paragraph > 0]


def _about(atts, words):
    return [a for a in atts if words in a.content]


def test_who_made_clear_goes_on_saying(nlp):
    atts = _ledger(nlp, BISHOP)
    saying = _about(atts, "those who thought so")
    assert saying and all(a.source == "Tomas Ruiz" or a.source.endswith("Tomas Ruiz") or a.source == "Reuters"
                          for a in saying)
    assert not [a for a in atts if "meeting" in a.source]


def test_lane_said_stays_sure_beside_a_phrase_naming_her(nlp):
    atts = _ledger(nlp, BISHOP)
    lane = [a for a in atts if a.source == "Maria Lane" and a.cue == "said"]
    assert len(lane) == 2
    assert all(a.source_confidence >= CONFIDENT for a in lane)


def _person(source, written):
    return Attribution(source=source, source_text=written, source_span=None, source_kind="person", cue="said",
                       cue_span=None, content="the plan works", content_spans=(), direct=False, paragraph=1)


def test_only_a_name_bears_a_surname():
    atts = [_person("Maria Lane", "Lane"), _person("his meeting with Lane", "his meeting with Lane")]
    out = unsure_of_shared_surnames(atts)
    assert out[0].source_confidence >= CONFIDENT
    # two real names of one surname still leave a bare "Lane" unsure
    atts = [_person("Maria Lane", "Lane"), _person("Peter Lane", "Peter Lane")]
    assert unsure_of_shared_surnames(atts)[0].source_confidence < CONFIDENT


def test_a_thing_that_suggests_is_the_writers_inference(nlp):
    atts = _ledger(nlp, BISHOP)
    trip = _about(atts, "looking ahead")
    assert trip and all(a.claim_confidence < CONFIDENT and a.source_confidence < CONFIDENT for a in trip)


def test_a_study_or_a_person_still_suggests(nlp):
    text = ("Study backs the bus lane\n\n"
            "The city council met on Monday to discuss the new bus lane on Harbor Road.\n\n"
            "Professor Dana Ortiz suggests that the lane will cut travel times for most riders.\n\n"
            "Her students suggest that the lane will bring more shoppers to the old town.\n")
    atts = _ledger(nlp, text)
    assert [a.source for a in _about(atts, "cut travel times") if a.claim_confidence >= CONFIDENT] == ["Dana Ortiz"]
    assert [a for a in _about(atts, "more shoppers") if a.claim_confidence >= CONFIDENT]


PAC = ("Group attacks Hale over the levy\n\n"
       "A group opposed to Mayor Tom Hale is out with a new leaflet hitting him for his stance on the harbor levy.\n\n"
       "The leaflet will be sent to every home in the town next week.\n\n"
       "\"This leaflet raises new questions about whether the voters of the town can trust him on taxes,\"Anna "
       "Berg, who is chair of the group said in a statement. \"Time and again, he says one thing and does "
       "another.\"\n")


def test_a_stance_owner_is_not_the_next_quotations_speaker(nlp):
    atts = _ledger(nlp, PAC)
    assert not [a for a in atts if a.source in ("his", "Tom Hale") and "trust him" in a.content]
    assert not [a for a in atts if a.source.lower() == "his"]
    # the owner of "his stance" is a guess, marked as one
    assert all(a.source_confidence < UNSURE for a in atts if a.source_text.lower() == "his")


HARBOR = ("Harbor levy draws fire\n\n"
          "Senator Maria Lane and Mayor Tom Hale met the harbor board on Monday to talk about the new levy.\n\n"
          "The FBI said in a statement that it had opened an inquiry into the harbor board last spring.\n\n"
          "Judicial Watch said the board had hidden its records from the public for many years.\n\n"
          "A New Hampshire Republican said the levy would hurt the small shops in the town.\n")


def test_a_named_organisation_is_a_sure_speaker(nlp):
    atts = _ledger(nlp, HARBOR)
    fbi = _about(atts, "opened an inquiry")
    watch = _about(atts, "hidden its records")
    assert [a.source for a in fbi] == ["FBI"] and [a.source for a in watch] == ["Judicial Watch"]
    assert all(a.source_confidence >= CONFIDENT for a in fbi + watch)
    # an unnamed member of a party is no named organisation (s53: a sure unnamed source instead)
    member = _about(atts, "small shops")
    assert member and all(a.source_kind == "unnamed_group" for a in member)


def test_a_person_the_tagger_reads_as_an_organisation_is_no_sure_organisation(nlp):
    text = ("Senator seeks new inquiry into the harbor\n\n"
            "A senator from Utah has asked for a new inquiry into the harbor board's use of a private account.\n\n"
            "In the letter - addressed to the U.S. attorney for the District of Columbia, Channing D. Phillips - the "
            "Utah Republican asks for an investigation into whether the board destroyed its records.\n")
    atts = _ledger(nlp, text)
    assert not [a for a in atts if "Phillips" in a.source and a.source_confidence >= CONFIDENT]


VISIT = ("Lane meets the bishop\n\n"
         "Senator Maria Lane met Bishop John Walsh in Rome on Saturday, a rare stop on a busy campaign trail.\n\n"
         "\"I shook his hand and nothing more, and that is called good manners,\" the bishop told reporters on the "
         "plane.\n\n"
         "\"This was an invitation that I could not refuse,\" Lane said.\n")


def test_the_title_alone_is_the_one_person_it_was_written_before(nlp):
    atts = _ledger(nlp, VISIT)
    bishop = _about(atts, "good manners")
    assert bishop and all(a.source.endswith("John Walsh") and a.source_kind == "person" and
                          a.source_confidence >= CONFIDENT for a in bishop)


def test_a_title_before_two_names_is_neither(nlp):
    text = VISIT.replace("met Bishop John Walsh in Rome", "met Bishop John Walsh and Bishop Michael Cruz in Rome")
    atts = _ledger(nlp, text)
    assert not [a for a in _about(atts, "good manners") if a.source.endswith(("Walsh", "Cruz"))]


def test_a_name_or_a_report_that_suggests_is_still_a_claim(nlp):
    text = ("Hale and the Mass\n\n"
            "Vice President Joe Biden represented the administration at the funeral on Saturday morning.\n\n"
            "Hale has raised questions about Berg’s birthplace and religion, falsely suggesting that Berg was born "
            "outside the United States.\n\n"
            "USA TODAY’s reporting indicated that some of the donors did not know basic facts about the senator.\n")
    atts = _ledger(nlp, text)
    assert [a.claim_confidence >= CONFIDENT for a in _about(atts, "born outside")] == [True]
    assert [a.claim_confidence >= CONFIDENT for a in _about(atts, "basic facts")] == [True]



def test_a_study_the_parse_does_not_make_the_head_still_reveals(nlp):
    text = ("Children short of iodine\n\n"
            "Almost half of all primary school children in the state are short of iodine, researchers say.\n\n"
            "A new study documenting iodine nutritional status in Australian school children has revealed many are "
            "not getting enough iodine.\n")
    found = _about(_ledger(nlp, text), "not getting enough iodine")
    assert found and all(a.claim_confidence >= CONFIDENT for a in found)


def test_a_supporter_of_someone_is_not_that_someone(nlp):
    text = ("Harbor vote goes to Hale\n\n"
            "Mayor Tom Hale won the harbor vote on Tuesday by fewer than two hundred votes.\n\n"
            "As the count slid away from Berg, some of her backers saw a culprit in Ana Ruiz. The secretary of state "
            "and 2014 candidate for U.S. Senate, a longtime supporter of Tom Hale, even went on CNN to declare Hale "
            "the winner.\n")
    found = _about(_ledger(nlp, text), "the winner")
    assert not [a for a in found if a.source == "Tom Hale" and a.source_confidence >= CONFIDENT]
