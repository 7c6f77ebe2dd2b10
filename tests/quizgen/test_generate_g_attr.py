"""Attribution fixes of round G (helper g_attr), each on a constructed text of a shape judged blind:
a source that is only the one spoken to ("emailed volunteers saying: …"), an option joining a quotation to a
participle clause, "how does the article give what X said?" keyed "own words" on a wh-clause, a quotation
joined to words another speaker repeated, and a bare quotation cited with no speaker in the span."""
from __future__ import annotations

from dataclasses import replace

from factories import attribution, people_entities, plain_article, sentence_context

from quizgen.generate.attribution import (
    _candidates,
    attribution_support,
    claim_text,
    generate,
    naming_support,
    piece_of_another,
    quote_form,
    quoted_or_reported,
    recipient_source,
)

# ---------------------------------------------------------------- (1) the one spoken to is no source

RACE = ("Lee keeps his campaign going\n\n"
        "Party leaders expect Tom Lee to end his campaign this week, Ann Berg said on Monday.\n\n"
        "Yet it was unclear whether Lee was ready to quit. The senator emailed volunteers saying: \"The fight "
        "goes on\" and promising to campaign in the last state primary next month.\n\n"
        "\"Let him make that choice in his own time,\" said Mayor Joe Park.\n\n"
        "Governor Eva Stone said the party would stand together behind its nominee in the autumn.\n\n"
        "Lee later wrote in a letter to donors that the race was far from over for his campaign.\n")


def _race():
    a = plain_article(RACE)
    p3 = a.text.index("Yet it was")
    p6 = a.text.index("Lee later")
    atts = [
        attribution(a, "Ann Berg", "Ann Berg", "said", ["Party leaders expect Tom Lee to end his campaign this week"]),
        attribution(a, "volunteers", "volunteers", "saying",
                    ["The fight goes on\" and promising to campaign in the last state primary next month"],
                    kind="unnamed_group", start=p3),
        attribution(a, "Joe Park", "Joe Park", "said", ["Let him make that choice in his own time,"], direct=True),
        attribution(a, "Eva Stone", "Eva Stone", "said",
                    ["the party would stand together behind its nominee in the autumn"]),
        attribution(a, "donors", "donors", "wrote", ["the race was far from over for his campaign"],
                    kind="unnamed_group", start=p6),
    ]
    return a, atts, sentence_context(a, atts, people_entities(a, "Ann Berg", "Tom Lee", "Joe Park", "Eva Stone"))


def test_a_source_after_emailed_or_to_is_the_one_spoken_to():
    _, atts, ctx = _race()
    assert recipient_source(ctx, atts[1])  # "emailed volunteers saying"
    assert recipient_source(ctx, atts[4])  # "in a letter to donors"
    assert not any(recipient_source(ctx, x) for x in (atts[0], atts[2], atts[3]))
    got = _candidates(ctx)
    assert atts[1] not in got and atts[4] not in got
    for it in generate(ctx):
        assert "Volunteers" not in (it.prompts or []) and "Donors" not in (it.prompts or [])
        assert "Volunteers" not in it.options and "volunteers" not in it.stem.split("said")[0]


def test_an_option_never_joins_a_quotation_to_a_participle_clause():
    _, atts, _ = _race()
    # the claim text of the recipient's entry (even keyed to the right speaker) is no sentence
    assert claim_text(replace(atts[1], source="Tom Lee", source_kind="person")) is None


def test_according_to_still_names_a_source():
    text = ("Budget talks\n\n"
            "According to officials, the city will cut its road budget by a tenth next year.\n")
    a = plain_article(text)
    att = attribution(a, "officials", "officials", "According to",
                      ["the city will cut its road budget by a tenth next year"], kind="unnamed_group")
    assert not recipient_source(sentence_context(a, [att]), att)


def test_a_speaker_after_an_inverted_cue_is_no_recipient():
    text = ("Budget talks\n\n"
            "\"The road budget will shrink by a tenth next year,\" wrote Tom Lee on his blog.\n")
    a = plain_article(text)
    att = attribution(a, "Tom Lee", "Tom Lee", "wrote", ["The road budget will shrink by a tenth next year,"],
                      direct=True)
    assert not recipient_source(sentence_context(a, [att]), att)


# ---------------------------------------------------------------- (2) a wh-clause is no point reported

LIND = ("Veteran backs the plan\n\n"
        "Ana Lind, who served two tours abroad, spoke at the town meeting on Thursday.\n\n"
        "Ana Lind then went on to explain what she likes about the plan.\n\n"
        "\"For all its faults, the plan gives the town a new bridge and a new school,\" she said.\n")


def test_a_wh_clause_is_never_keyed_as_a_point_in_the_writers_words():
    a = plain_article(LIND)
    p3 = a.text.index("Ana Lind then")
    att = attribution(a, "Ana Lind", "Ana Lind", "explain", ["what she likes about the plan"], start=p3)
    ctx = sentence_context(a, [att])
    assert quote_form(ctx, att) == "reported"  # no quotation mark in ¶3: the form alone would say "own words"
    assert quoted_or_reported(ctx, att) is None


# ---------------------------------------------------------------- (3) words another speaker repeated

TALK = ("Candidate talks running mates\n\n"
        "Jo Reed asked, \"You don't have to pick some mountain man to calm the voters who fear change?\"\n\n"
        "\"Well, yes. I am going to look at a lot of different people for the job…\" Ana Lind said. "
        "\"Mountain man?\" Reed repeated.\n\n"
        "Tom Berg said the short list would be ready before the convention in July.\n\n"
        "Eva Stone said the party wanted a running mate who had won a statewide race.\n\n"
        "Joe Park said the choice would come down to two or three names at the end.\n")


def _talk():
    a = plain_article(TALK)
    p3 = a.text.index("\"Well, yes")
    lind = attribution(a, "Ana Lind", "Lind", "said",
                       ["Well, yes. I am going to look at a lot of different people for the job…",
                        "Mountain man?"], direct=True, start=p3)
    others = [attribution(a, n, n, "said", [c]) for n, c in (
        ("Tom Berg", "the short list would be ready before the convention in July"),
        ("Eva Stone", "the party wanted a running mate who had won a statewide race"),
        ("Joe Park", "the choice would come down to two or three names at the end"))]
    reed = attribution(a, "Jo Reed", "Jo Reed", "asked",
                       ["You don't have to pick some mountain man to calm the voters who fear change?"], direct=True)
    atts = [reed, lind, *others]
    ents = people_entities(a, "Jo Reed", "Ana Lind", "Tom Berg", "Eva Stone", "Joe Park")
    return lind, sentence_context(a, atts, ents)


def test_a_quotation_joined_to_words_another_speaker_repeated_is_not_asked_about():
    lind, ctx = _talk()
    assert piece_of_another(ctx, lind)
    assert lind not in _candidates(ctx)
    for it in generate(ctx):
        assert "Mountain man?" not in it.stem and not any("Mountain man?" in str(o) for o in it.options)


def test_a_quotation_split_by_its_own_speakers_cue_is_one_claim():
    text = ("Candidate talks running mates\n\n"
            "\"I am going to look at a lot of different people for the job,\" Ana Lind said. \"There is "
            "plenty of time,\" Lind added.\n")
    a = plain_article(text)
    att = attribution(a, "Ana Lind", "Ana Lind", "said",
                      ["I am going to look at a lot of different people for the job,", "There is plenty of time,"],
                      direct=True)
    assert not piece_of_another(sentence_context(a, [att]), att)


# ---------------------------------------------------------------- (4) a bare quotation cites its naming

SURVEY = ("Young voters stay hopeful\n\n"
          "Jobs come first for most of the young voters in the survey.\n\n"
          "\"Housing matters, but for me it is schools,\" says Melissa Rowan, 31, of Dover, who works in a shop. "
          "Rowan backs the mayor in the race. \"I have a degree, but I also have loans, and no good job.\"\n\n"
          "\"I had two grants, but I still have loans,\" Ann Yale said.\n")


def test_a_bare_quotation_is_cited_with_the_sentence_naming_its_speaker():
    a = plain_article(SURVEY)
    q = a.text.index("\"I have a degree")
    bare = attribution(a, "Melissa Rowan", "Melissa Rowan", "says",
                       ["I have a degree, but I also have loans, and no good job."], direct=True, start=q - 200)
    bare = replace(bare, source_span=None, cue_span=None, cue="")
    ctx = sentence_context(a, [bare])
    sup = attribution_support(a, bare)
    assert sup is not None and "Rowan" not in sup.text
    got = naming_support(ctx, bare, sup)
    assert got is not None
    sups, where = got
    assert len(sups) == 2 and "Rowan" in sups[0].text and sups[1] == sup and where == "¶2"
