"""Item shapes blind teacher-judges failed on unseen articles (dev round), each on a constructed
article of the same shape: a quotation cut out of the reporter's clause shown as a claim (its "not"
lost), a matching key in identity order, "who said the words …", a name's accepted forms in
surname-first order, the writer's dash aside inside a claim, a third party's words relayed by the
source, sarcasm and exclamations as claims, a question or a section heading as a main-idea option,
and first-person words the ledger gives to a group."""
from __future__ import annotations

import random

from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx

from quizgen.generate.attribution import (
    claim_option,
    match_sources,
    name_the_source,
    not_a_sourced_claim,
    who_said,
)
from quizgen.generate.base import honorific_name_forms
from quizgen.generate.certainty import checkable, not_meant_plainly
from quizgen.generate.certainty import generate as certainty_items
from quizgen.generate.main_idea import _item, headed_or_question

# 1. A quotation that ends the reporter's clause: alone it drops the clause's subject, verb and "not".
FOOTAGE = ("Drone footage of the fire is released\n\n"
           "Dana Reyes, the county fire chief, said that drone footage of the blaze did not give \"clear and "
           "final visual evidence that would show that a person started the fire,\" but she said more "
           "evidence would come.\n\n"
           "Omar Platt, a county supervisor, said: \"The county will pay for a full review of the night.\"\n")


def test_a_quotation_ending_the_reporters_negated_clause_is_no_claim_option():
    a = plain_article(FOOTAGE)
    reyes = _att(a, "Dana Reyes", "person", "Dana Reyes", "said",
                 "clear and final visual evidence that would show that a person started the fire", direct=True)
    platt = _att(a, "Omar Platt", "person", "Omar Platt", "said",
                 "The county will pay for a full review of the night.", direct=True)
    ctx = _ctx(a, [reyes, platt])
    assert claim_option(ctx, reyes) is None
    assert claim_option(ctx, platt) == "The county will pay for a full review of the night"


NAMING = ("Historians weigh the party's plan\n\n"
          "Ruth Amsel, a historian at the state college, calls \"a foundation of our political culture.\"\n")


def test_the_object_of_calls_is_no_claim_option():
    a = plain_article(NAMING)
    amsel = _att(a, "Ruth Amsel", "person", "Ruth Amsel", "calls", "a foundation of our political culture.",
                 direct=True)
    assert claim_option(_ctx(a, [amsel]), amsel) is None


TUNNEL = ("Tunnels under the border\n\n"
          "Guards cannot hear the diggers, a gap in border security that security experts say renders talk "
          "of a new fence useless.\n\n"
          "Nina Cole, the campaign's treasurer, said the candidate was not changing his view, noting that most "
          "of the money raised would go to the party.\n")


def test_a_predicate_after_the_tag_or_a_phrase_the_sentence_carries_on_is_no_claim_option():
    a = plain_article(TUNNEL)
    experts = _att(a, "security experts", "unnamed_group", "security experts", "say",
                   "renders talk of a new fence useless")
    cole = _att(a, "Nina Cole", "person", "Nina Cole", "noting", "most of the money raised")
    ctx = _ctx(a, [experts, cole])
    assert claim_option(ctx, experts) is None
    assert claim_option(ctx, cole) is None


MATCH = ("Council votes on the new harbour\n\n"
         "Ada Moss, the harbour master, said the harbour needs a new wall before the winter storms.\n\n"
         "Ben Cole, a council member, said the budget would be reviewed again in the autumn.\n\n"
         "Carl Dunn, who runs the ferry, said the boats would keep sailing whatever the council decided.\n")


def test_a_matching_key_never_pairs_a_source_with_the_claim_beside_it():
    a = plain_article(MATCH)
    atts = [_att(a, "Ada Moss", "person", "Ada Moss", "said", "the harbour needs a new wall before the winter storms"),
            _att(a, "Ben Cole", "person", "Ben Cole", "said", "the budget would be reviewed again in the autumn"),
            _att(a, "Carl Dunn", "person", "Carl Dunn", "said",
                 "the boats would keep sailing whatever the council decided")]
    answers = []
    for seed in range(12):
        ctx = _ctx(a, atts)
        ctx = type(ctx)(ctx.article, ctx.analysis, random.Random(seed), ctx.kinds)
        it = match_sources(ctx, atts)
        assert it is not None
        assert all(p != o for p, o in it.answer), it.answer
        answers.append(it.answer)
    # seeded: the same seed gives the same key
    again = _ctx(a, atts)
    again = type(again)(again.article, again.analysis, random.Random(3), again.kinds)
    assert match_sources(again, atts).answer == answers[3]


# 2. "Lee said the words 'divide' the town …": the object of "said", no statement to ask "who said".
WORDS = ("Mayor speaks on the bridge plan\n\n"
         "Mayor Alma Lee said the words \"divide\" the good neighbours from the bad ones.\n")


def test_said_the_words_gives_no_who_said_item():
    a = plain_article(WORDS)
    lee = _att(a, "Alma Lee", "person", "Alma Lee", "said",
               "the words \"divide\" the good neighbours from the bad ones")
    ctx = _ctx(a, [lee])
    assert not_a_sourced_claim(ctx, lee)
    assert who_said(ctx, lee) is None
    assert not certainty_items(ctx)


# 3. A surname-first name the article writes "Mr. Kim": "Kim" and "Mr. Kim" accepted, "Do-yun" never.
KIM = ("Agency chief vows reform\n\n"
       "Kim Do-yun, the head of the shipping agency, said the agency would never again ignore a safety warning "
       "from its own inspectors.\n\n"
       "Mr. Kim took office in March. Critics of Mr. Kim say the reform came late.\n")


def test_name_forms_follow_the_articles_own_title_and_never_the_given_name_alone():
    assert honorific_name_forms("Kim Do-yun spoke. Mr. Kim left.", "Kim Do-yun") == (["Kim", "Mr. Kim"], ["Do-yun"])
    assert honorific_name_forms("Jane Roe spoke. Ms. Roe left.", "Jane Roe") == (["Roe", "Ms. Roe"], [])
    a = plain_article(KIM)
    kim = _att(a, "Kim Do-yun", "person", "Kim Do-yun", "said",
               "the agency would never again ignore a safety warning from its own inspectors")
    it = name_the_source(_ctx(a, [kim]), kim)
    assert it is not None
    assert "Kim" in it.answer and "Mr. Kim" in it.answer
    assert "Do-yun" not in it.answer


# 4. The writer's own aside after a dash inside a reported claim: the claim is both the source's and
# the article's, so "attributed" and "stated as fact" are both defensible.
ASIDE = ("The debate turns to taxes\n\n"
         "When Vera Holm noted that the mayor has sometimes paid no city tax at all \u2015 as was true for the "
         "few years his returns were made public \u2015 the mayor said that made him smart.\n")


def test_a_claim_holding_the_writers_dash_aside_gives_no_item():
    a = plain_article(ASIDE)
    holm = _att(a, "Vera Holm", "person", "Vera Holm", "noted",
                "the mayor has sometimes paid no city tax at all \u2015 as was true for the few years")
    ctx = _ctx(a, [holm])
    assert not_a_sourced_claim(ctx, holm)
    assert who_said(ctx, holm) is None
    assert not [it for it in certainty_items(ctx) if "city tax" in it.stem]


# 5. A third party's words relayed by the source; sarcasm; an order to the listener.
RELAY = ("A judge remembers her first firm\n\n"
         "Early on, Rita Vance worked at a small law firm where clients spoke only to the men. She said she "
         "recalls the partner being supportive of her, at one point even telling a client: \"You know, you "
         "have to look at her, because she is the one who knows the answer to the question.\"\n")


def test_words_a_third_party_said_relayed_by_the_source_give_no_certainty_item():
    a = plain_article(RELAY)
    vance = _att(a, "Rita Vance", "person", "She", "said",
                 "You know, you have to look at her, because she is the one who knows the answer to the question.",
                 direct=True)
    ctx = _ctx(a, [vance])
    assert not_a_sourced_claim(ctx, vance)
    assert not certainty_items(ctx)
    assert not checkable("You know, you have to look at her, because she is the one who knows the answer")


SARCASM = ("Panel votes on the inquiry\n\n"
           "\"Heaven forbid we ask the auditors anything at all,\" Paul Grey said sarcastically.\n")


def test_sarcasm_and_exclamations_are_no_claims_to_weigh():
    a = plain_article(SARCASM)
    grey = _att(a, "Paul Grey", "person", "Paul Grey", "said", "Heaven forbid we ask the auditors anything at all",
                direct=True)
    ctx = _ctx(a, [grey])
    assert not_meant_plainly(ctx, grey)
    assert not checkable("God forbid we ask the board anything at all")
    assert not checkable("What a disaster this whole plan has been for the town")
    assert not certainty_items(ctx)


# 7. First-person words the ledger gives to a group whose sentence names a person first.
GROUP = ("Candidate and aides attack the hosts\n\n"
         "Lee and has aides have also had harsh words for the hosts, telling a radio host that \"I'm not happy "
         "with the host because I think he treats me very unfairly on air.\"\n")


def test_first_person_words_given_to_a_group_give_no_item():
    a = plain_article(GROUP)
    aides = _att(a, "aides", "unnamed_group", "aides", "telling",
                 "I'm not happy with the host because I think he treats me very unfairly on air.", direct=True,
                 after=a.text.index("Lee and"))
    ctx = _ctx(a, [aides])
    assert not_a_sourced_claim(ctx, aides)
    assert not certainty_items(ctx)


# 6. A question is never a main-idea key or option; an option never carries a section heading.
UN = ("How the agency is doing on refugees\n\n"
      "How well is the agency performing on the most pressing refugee crises of the past ten years?\n\n"
      "The agency was set up in 1950 to help people displaced by the Second World War in Europe.\n\n"
      "Limited Tools for New Wars: The agency was built for wars among nations, not wars inside them.\n\n"
      "Its budget has grown each year, but the number of people it must feed has grown much faster.\n\n"
      "Donor countries have cut their pledges twice in the last three years, the agency's figures show.\n\n"
      "Camps in the south now hold twice as many people as they were built to shelter in the first place.\n\n"
      "Aid workers in the region describe long queues for water and food at every camp they visit.\n\n"
      "The agency's chief has asked the richest members to double their gifts before the winter comes.\n")


def test_a_question_is_never_the_main_idea_key_and_a_headed_sentence_never_an_option():
    assert headed_or_question("How well is the agency performing on the most pressing crises?")
    assert headed_or_question("Limited Tools for New Wars: The agency was built for wars among nations")
    assert not headed_or_question("The agency was built for wars among nations: it cannot stop civil wars")
    a = plain_article(UN)
    ctx = _ctx(a)
    question = ctx.analysis.sentences[0]
    assert question.span.text.endswith("?")
    assert _item(ctx, (question.span.text, question)) is None
    fact = ctx.analysis.sentences[1]
    it = _item(ctx, ("The agency was set up to help people displaced by the Second World War in Europe", fact))
    assert it is not None
    assert not any(o.startswith("Limited Tools") or o.endswith("?") for o in it.options)
