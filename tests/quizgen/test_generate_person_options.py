"""People's names as options ("who said …?" and "which of these people does the article quote?"),
on constructed articles, from blind judging: every option is a plausible speaker. Never a place the
tagger called a person ("San Pedro Sula"), a photo credit ("Jim Urquhart / Reuters"), a possessive
("Barack Obama's"), a name with an age glued on ("Laquan McDonald 16"), a garbled name (mojibake),
the victim the story says was shot dead, or the person a claim is about; the quoted-people item
keeps only options clearly in or out."""
from __future__ import annotations

import random

from factories import people_entities, plain_analysis, plain_article, span_at

from quizgen.generate.base import Context
from quizgen.generate.distractors import clean_person_option, source_distractors
from quizgen.generate.sourcing import named_sources, quiet_names
from quizgen.model import ITEM_KINDS, Attribution, Entity, Span


def _att(article, source, content, *, cue="said", kind="person", direct=False, source_text=None):
    st = source_text or source
    content_span = span_at(article, content)
    src = span_at(article, st, max(0, content_span.start - 200))
    cue_span = span_at(article, cue, min(src.start, content_span.start))
    para = next(p.number for p in article.paragraphs if p.start <= content_span.start < p.end)
    return Attribution(source, st, src, kind, cue, cue_span, content, (content_span,), direct, para,
                       source_confidence=0.95, kind_confidence=0.95)


def _ents(article, label, *names):
    out = []
    for name in names:
        at = article.text.find(name, article.paragraphs[0].start)
        while at >= 0:
            para = next(p.number for p in article.paragraphs if p.start <= at < p.end)
            out.append(Entity(name, label, Span(at, at + len(name), name), para))
            at = article.text.find(name, at + 1)
    return tuple(out)


def _ctx(article, atts, ents, seed=0, kinds=ITEM_KINDS):
    return Context(article, plain_analysis(article, attributions=tuple(atts), entities=tuple(ents)),
                   random.Random(seed), frozenset(kinds))


def _all_options(article, atts, ents, keyed, n=3):
    """Every option the distractor picker offers for ``keyed`` over several seeds."""
    seen = set()
    for seed in range(8):
        seen.update(source_distractors(_ctx(article, atts, ents, seed), keyed, n))
    return seen


# ---------------------------------------------------------------- 1. a place is no person

CITIES = ("Mayor disputes crime claim\n\n"
          "\"Our streets are safer than most cities in the country,\" Mayor Ann Cole said on Tuesday.\n\n"
          "The most violent cities last year included Villa Nueva, Guatemala; Tarso Vell, Honduras; and "
          "San Pedro Sula, which has a population of 769,025.\n\n"
          "\"The figures tell a different story about the city,\" Tom Hale said.\n\n"
          "\"We will publish the full crime report next week,\" Rita Vance said.\n\n"
          "The council met on Monday, and Dora Lund and Ivo Brandt did not attend the meeting.\n")


def _cities():
    a = plain_article(CITIES)
    atts = [_att(a, "Ann Cole", "Our streets are safer than most cities in the country", direct=True,
                 source_text="Mayor Ann Cole"),
            _att(a, "Tom Hale", "The figures tell a different story about the city", direct=True),
            _att(a, "Rita Vance", "We will publish the full crime report next week", direct=True)]
    ents = (people_entities(a, "Ann Cole", "Tom Hale", "Rita Vance", "Villa Nueva", "Tarso Vell", "San Pedro Sula",
                            "Dora Lund", "Ivo Brandt")
            + _ents(a, "GPE", "Guatemala", "Honduras"))
    return a, atts, ents


def test_a_city_the_tagger_called_a_person_is_never_a_person_option():
    a, atts, ents = _cities()
    offered = _all_options(a, atts, ents, atts[0])
    assert not {"Villa Nueva", "Tarso Vell", "San Pedro Sula"} & offered, offered
    assert {"Tom Hale", "Rita Vance"} <= offered
    quiet = quiet_names(_ctx(a, atts, ents))
    assert not {"Villa Nueva", "Tarso Vell", "San Pedro Sula"} & set(quiet), quiet
    assert {"Dora Lund", "Ivo Brandt"} <= set(quiet)


def test_a_name_tagged_a_place_elsewhere_in_the_article_is_no_person():
    text = CITIES.replace("did not attend the meeting.", "did not attend the meeting. Crime in Kell Moor fell.")
    a = plain_article(text)
    atts = _cities()[1]
    atts = [_att(a, x.source, x.content, direct=True, source_text=x.source_text) for x in atts]
    ents = people_entities(a, "Ann Cole", "Tom Hale", "Rita Vance", "Dora Lund", "Ivo Brandt")
    ents += (Entity("Kell Moor", "PERSON", span_at(a, "Kell Moor"), 5),)
    ents += (Entity("Kell Moor", "GPE", span_at(a, "Kell Moor"), 5),)
    assert "Kell Moor" not in _all_options(a, atts, ents, atts[0])
    assert "Kell Moor" not in quiet_names(_ctx(a, atts, ents))


# ---------------------------------------------------------------- 2. a photo credit is no person

CREDIT = ("Protest closes the bridge\n\n"
          "\"We will stay until the council listens,\" Rosa Lund said.\n\n"
          "Jim Urquhart / Reuters\n\n"
          "\"The bridge will reopen on Monday morning,\" Tom Hale said.\n\n"
          "\"Nobody was hurt during the march,\" Ann Diaz said.\n\n"
          "Photo: Lee Varga\n\n"
          "Dora Pell and Ivo Brandt watched from the bank. Cy Dunn stayed home.\n")


def test_a_photo_credit_is_never_offered_as_a_person_in_the_story():
    a = plain_article(CREDIT)
    atts = [_att(a, "Rosa Lund", "We will stay until the council listens", direct=True),
            _att(a, "Tom Hale", "The bridge will reopen on Monday morning", direct=True),
            _att(a, "Ann Diaz", "Nobody was hurt during the march", direct=True)]
    names = ("Rosa Lund", "Tom Hale", "Ann Diaz", "Dora Pell", "Ivo Brandt", "Cy Dunn")
    for credit in (("Jim Urquhart", "Lee Varga"), ("Jim Urquhart / Reuters", "Lee Varga")):
        ents = people_entities(a, *names, *credit)
        offered = _all_options(a, atts, ents, atts[0])
        assert not {"Jim Urquhart", "Jim Urquhart / Reuters", "Lee Varga"} & offered, offered
        quiet = quiet_names(_ctx(a, atts, ents))
        assert not {"Jim Urquhart", "Jim Urquhart / Reuters", "Lee Varga"} & set(quiet), quiet
        assert {"Dora Pell", "Ivo Brandt", "Cy Dunn"} <= set(quiet)


# ---------------------------------------------------------------- 3, 4. a possessive, a glued-on age

def test_a_possessive_or_a_digit_is_never_in_a_person_option():
    assert clean_person_option("Barack Obama's") == "Barack Obama"
    assert clean_person_option("Laquan McDonald 16") is None
    assert clean_person_option("¶23 Emanuel") is None
    assert clean_person_option("Jim Urquhart / Reuters") is None
    assert clean_person_option("Representative RaÃol M. Grijalva") is None
    assert clean_person_option("Dannel P. Malloy") == "Dannel P. Malloy"
    text = ("Party drafts its platform\n\n"
            "\"The platform must speak to working families,\" Kurt Walden said.\n\n"
            "\"We have a seat at the table this time,\" Jon Weston said.\n\n"
            "The rules were written during Carl Dunmore's presidency by Dana Malloy.\n\n"
            "A police officer shot Leon Marsh 16 times in October, a video shows. Ivo Brandt resigned.\n")
    a = plain_article(text)
    atts = [_att(a, "Kurt Walden", "The platform must speak to working families", direct=True),
            _att(a, "Jon Weston", "We have a seat at the table this time", direct=True)]
    ents = people_entities(a, "Kurt Walden", "Jon Weston", "Carl Dunmore's", "Dana Malloy", "Leon Marsh 16",
                           "Ivo Brandt")
    quiet = quiet_names(_ctx(a, atts, ents))
    assert "Carl Dunmore's" not in quiet and "Leon Marsh 16" not in quiet, quiet
    assert "Carl Dunmore" in quiet
    for seed in range(8):
        item = named_sources(_ctx(a, atts, ents, seed))
        assert item is not None
        assert all("'" not in o and not any(ch.isdigit() for ch in o) for o in item.options), item.options
    offered = _all_options(a, atts, ents, atts[0])
    assert not any("'" in o or any(ch.isdigit() for ch in o) for o in offered), offered


# ---------------------------------------------------------------- 5. the dead victim of the story

VICTIM = ("City settles over police shooting\n\n"
          "The city erupted in protest after the death of unarmed black teenager Leon Marsh, who was fatally "
          "shot by an officer.\n\n"
          "A video shows an officer shooting 17-year-old Dale Pryor 16 times. The Pryor shooting led to a trial.\n\n"
          "\"We owe the family an apology and a reform,\" Mayor Ann Cole said.\n\n"
          "\"The settlement does not bring anyone back,\" Tom Hale said.\n\n"
          "\"The officers involved have been suspended,\" Rita Vance said.\n\n"
          "The council met on Friday, and Ivo Brandt chaired it. Cy Dunn and Bo Kim voted for the settlement.\n")


def test_a_person_the_article_reports_killed_is_never_a_speaker_option():
    a = plain_article(VICTIM)
    atts = [_att(a, "Ann Cole", "We owe the family an apology and a reform", direct=True,
                 source_text="Mayor Ann Cole"),
            _att(a, "Tom Hale", "The settlement does not bring anyone back", direct=True),
            _att(a, "Rita Vance", "The officers involved have been suspended", direct=True)]
    ents = people_entities(a, "Ann Cole", "Tom Hale", "Rita Vance", "Leon Marsh", "Dale Pryor", "Ivo Brandt",
                           "Cy Dunn", "Bo Kim")
    offered = _all_options(a, atts, ents, atts[0], n=5)
    assert not {"Leon Marsh", "Dale Pryor"} & offered, offered
    assert {"Tom Hale", "Rita Vance"} <= offered
    quiet = quiet_names(_ctx(a, atts, ents))
    assert not {"Leon Marsh", "Dale Pryor"} & set(quiet), quiet
    assert {"Ivo Brandt", "Cy Dunn", "Bo Kim"} <= set(quiet)


def test_the_famous_dead_and_a_killer_are_never_speaker_options():
    text = ("Campaign looks back\n\n"
            "\"We want a landslide this year,\" Paul Mann said. He invoked Ronald Reagan's win in 1980.\n\n"
            "\"The polls will turn by the summer,\" Rick Wiles said.\n\n"
            "\"Voters want a change of course,\" Ted Cole said.\n\n"
            "Omar Seddon, the Ostlander who took the lives of 49 people, had worked as a guard. Ann Lee hosted "
            "the dinner.\n")
    a = plain_article(text)
    atts = [_att(a, "Paul Mann", "We want a landslide this year", direct=True),
            _att(a, "Rick Wiles", "The polls will turn by the summer", direct=True),
            _att(a, "Ted Cole", "Voters want a change of course", direct=True)]
    ents = people_entities(a, "Paul Mann", "Rick Wiles", "Ted Cole", "Ronald Reagan", "Omar Seddon", "Ann Lee")
    offered = _all_options(a, atts, ents, atts[1], n=5)
    assert not {"Ronald Reagan", "Omar Seddon"} & offered, offered
    assert "Ann Lee" in offered


# ---------------------------------------------------------------- 6. the person a claim is about

ISIS = ("Governor blames media for Reyes's 'Dunmore founded the group' flap\n\n"
        "Gov. Mark Pell blamed the media on Thursday for the row over Tom Reyes's claim about Carl Dunmore.\n\n"
        "\"The media are talking today about semantics,\" Pell said at a town hall.\n\n"
        "After Hugh Hewes suggested that Reyes simply meant that Dunmore's policies helped the group, Reyes "
        "contradicted him.\n\n"
        "\"No, I meant he's the founder of the group,\" Reyes responded. \"He was the founder.\"\n\n"
        "Pell pledged that Reyes really is in favor of free trade, but wants tougher deals.\n\n"
        "\"Maybe not literally, but the policies of Carl Dunmore let the group rise,\" Sean Duff said.\n\n"
        "Hewes said Reyes had a point about the policy.\n\n"
        "Ms. Lena Ortiz, who chairs the state party, introduced Pell. Ann Lee spoke after her.\n")


def _isis():
    a = plain_article(ISIS)
    atts = [_att(a, "Mark Pell", "The media are talking today about semantics", direct=True, source_text="Pell"),
            _att(a, "Tom Reyes", "No, I meant he's the founder of the group", direct=True, cue="responded",
                 source_text="Reyes"),
            _att(a, "Mark Pell", "Reyes really is in favor of free trade, but wants tougher deals", cue="pledged",
                 source_text="Pell"),
            _att(a, "Sean Duff", "Maybe not literally, but the policies of Carl Dunmore let the group rise",
                 direct=True)]
    ents = people_entities(a, "Mark Pell", "Tom Reyes", "Carl Dunmore", "Hugh Hewes", "Sean Duff", "Lena Ortiz",
                           "Ann Lee")
    return a, atts, ents


def test_the_person_a_quotation_is_about_is_never_offered_as_its_speaker():
    a, atts, ents = _isis()
    offered = _all_options(a, atts, ents, atts[1], n=5)  # "No, I meant he's the founder of the group"
    assert "Carl Dunmore" not in offered, offered
    assert {"Mark Pell", "Sean Duff", "Ann Lee"} <= offered
    offered = _all_options(a, atts, ents, atts[2], n=5)  # the pledge on free trade: the headline's claim is about him
    assert "Carl Dunmore" not in offered, offered
    offered = _all_options(a, atts, ents, atts[3], n=5)  # a claim that names him
    assert "Carl Dunmore" not in offered, offered
    assert {"Tom Reyes", "Mark Pell", "Ann Lee"} <= offered


def test_a_woman_named_before_a_claim_about_he_is_still_offered():
    a, atts, ents = _isis()
    text = ISIS.replace("Hewes said Reyes had a point about the policy.",
                        "Ms. Rita Vance was in the crowd.\n\n\"He knows how to win a crowd,\" Ann Lee said.")
    a = plain_article(text)
    atts = [_att(a, "Mark Pell", "The media are talking today about semantics", direct=True, source_text="Pell"),
            _att(a, "Sean Duff", "Maybe not literally, but the policies of Carl Dunmore let the group rise",
                 direct=True),
            _att(a, "Tom Reyes", "No, I meant he's the founder of the group", direct=True, cue="responded",
                 source_text="Reyes"),
            _att(a, "Ann Lee", "He knows how to win a crowd", direct=True)]
    ents = people_entities(a, "Mark Pell", "Tom Reyes", "Carl Dunmore", "Hugh Hewes", "Sean Duff", "Lena Ortiz",
                           "Ann Lee", "Rita Vance")
    offered = _all_options(a, atts, ents, atts[3], n=5)
    assert "Rita Vance" in offered, offered  # "he" is no Ms. Vance


def test_a_garbled_name_is_never_an_option():
    text = ("Platform talks begin\n\n"
            "\"We want a fair hearing for every delegate,\" Jon Weston said.\n\n"
            "\"The committee will meet in Orlando,\" Representative RaÃol M. Grijalva said.\n\n"
            "\"Both campaigns will be represented,\" Luis Mira said.\n\n"
            "\"This is a populist moment,\" Kurt Walden said.\n")
    a = plain_article(text)
    atts = [_att(a, "Jon Weston", "We want a fair hearing for every delegate", direct=True),
            _att(a, "Representative RaÃol M. Grijalva", "The committee will meet in Orlando", direct=True),
            _att(a, "Luis Mira", "Both campaigns will be represented", direct=True),
            _att(a, "Kurt Walden", "This is a populist moment", direct=True)]
    ents = people_entities(a, "Jon Weston", "RaÃol M. Grijalva", "Luis Mira", "Kurt Walden")
    offered = _all_options(a, atts, ents, atts[0])
    assert not any("Ã" in o for o in offered), offered
    assert {"Luis Mira", "Kurt Walden"} <= offered


# ---------------------------------------------------------------- 7. quoted people: clearly in or out

QUOTED = ("Council votes on the bridge\n\n"
          "\"The bridge will open in May after years of delay,\" Rosa Lund said.\n\n"
          "The bridge is named after Mary Seacole, and Cy Dunn drew the plans.\n\n"
          "The mayor, John Park, met the engineers on Friday. Ada Byron chaired the vote.\n\n"
          "Villa Nueva, Guatemala, sent a delegation. A police officer shot Leon Marsh 16 times in 2014.\n")


def _quoted(text=QUOTED, extra=()):
    a = plain_article(text)
    atts = [_att(a, "Rosa Lund", "The bridge will open in May after years of delay", direct=True), *extra]
    ents = (people_entities(a, "Rosa Lund", "Mary Seacole", "Cy Dunn", "John Park", "Ada Byron", "Villa Nueva",
                            "Leon Marsh 16", "Tom Hale")
            + _ents(a, "GPE", "Guatemala"))
    return a, atts, ents


def test_one_person_quoted_makes_a_single_answer_item_with_clean_names_only():
    a, atts, ents = _quoted()
    for seed in range(6):
        item = named_sources(_ctx(a, atts, ents, seed))
        assert item is not None
        assert item.kind == "multiple_choice", item.kind  # one person quoted: a single answer, not "choose all"
        assert item.options[item.answer] == "Rosa Lund"
        assert len(item.options) == 4
        assert set(item.options) - {"Rosa Lund"} <= {"Mary Seacole", "Cy Dunn", "John Park", "Ada Byron"}, \
            item.options


def test_fewer_than_three_clean_names_never_quoted_is_no_single_answer_item():
    text = QUOTED.replace("The mayor, John Park, met the engineers on Friday. Ada Byron chaired the vote.",
                          "The engineers met on Friday.")
    a, atts, ents = _quoted(text)
    assert named_sources(_ctx(a, atts, ents)) is None  # Villa Nueva and "Leon Marsh 16" make up no options


def test_two_people_quoted_make_a_choose_all_item_of_clean_names():
    text = QUOTED.replace("The bridge is named", "\"The council has spent too much on the design,\" Tom Hale "
                                                 "said.\n\nThe bridge is named")
    a = plain_article(text)
    hale = _att(a, "Tom Hale", "The council has spent too much on the design", direct=True)
    a, atts, ents = _quoted(text, (hale,))
    item = named_sources(_ctx(a, atts, ents))
    assert item is not None and item.kind == "multiple_select"
    assert {item.options[i] for i in item.answer} == {"Rosa Lund", "Tom Hale"}
    assert set(item.options) - {"Rosa Lund", "Tom Hale"} <= {"Mary Seacole", "Cy Dunn", "John Park", "Ada Byron"}
    # with multiple select not allowed, a single answer
    item = named_sources(_ctx(a, atts, ents, kinds=("multiple_choice",)))
    assert item is not None and item.kind == "multiple_choice"


def test_a_school_the_tagger_called_a_person_is_never_a_person_option():
    text = CREDIT.replace("Cy Dunn stayed home.", "Cy Dunn stayed home. Pupils of Lakeview Memorial High School "
                                                  "marched too.")
    a = plain_article(text)
    atts = [_att(a, "Rosa Lund", "We will stay until the council listens", direct=True),
            _att(a, "Tom Hale", "The bridge will reopen on Monday morning", direct=True),
            _att(a, "Ann Diaz", "Nobody was hurt during the march", direct=True)]
    ents = people_entities(a, "Rosa Lund", "Tom Hale", "Ann Diaz", "Dora Pell", "Ivo Brandt", "Cy Dunn",
                           "Lakeview Memorial High School")
    assert "Lakeview Memorial High School" not in _all_options(a, atts, ents, atts[0], n=5)
    assert "Lakeview Memorial High School" not in quiet_names(_ctx(a, atts, ents))


def test_a_garbled_name_is_never_the_key_of_a_who_said_item():
    from quizgen.generate.attribution import generate as attribution_items

    text = ("Platform talks begin\n\n"
            "\"We want a fair hearing for every delegate at the meeting,\" Jon Weston said.\n\n"
            "\"The committee will meet in Orlando next month,\" Representative RaÃol M. Grijalva said.\n\n"
            "\"Both campaigns will be represented on the committee,\" Luis Mira said.\n\n"
            "\"This is a populist moment for the whole party,\" Kurt Walden said.\n\n"
            "\"Nobody expects a fight over the platform,\" Dora Lund said.\n")
    a = plain_article(text)
    atts = [_att(a, "Jon Weston", "We want a fair hearing for every delegate at the meeting", direct=True),
            _att(a, "Representative RaÃol M. Grijalva", "The committee will meet in Orlando next month", direct=True),
            _att(a, "Luis Mira", "Both campaigns will be represented on the committee", direct=True),
            _att(a, "Kurt Walden", "This is a populist moment for the whole party", direct=True),
            _att(a, "Dora Lund", "Nobody expects a fight over the platform", direct=True)]
    ents = people_entities(a, "Jon Weston", "RaÃol M. Grijalva", "Luis Mira", "Kurt Walden", "Dora Lund")
    items = [it for seed in range(6) for it in attribution_items(_ctx(a, atts, ents, seed))]
    assert items, "the clean speakers still make who-said items"
    assert not any("Ã" in str(it.answer) or "Ã" in it.stem or any("Ã" in o for o in it.options) for it in items), \
        [(it.stem, it.options, it.answer) for it in items if "Ã" in str(it)]


def test_killers_named_as_subjects_the_plural_dead_and_a_cut_name_are_never_speaker_options():
    """Judged blind (dev set M): "X and his wife, Y, killed 14 people" offered both as speakers; "the
    deaths of Ambassador Chris Stevens"; "Jean King" cut from "Billie Jean King"."""
    text = ("Mayor answers the ban\n\n"
            "\"Our city is proud of its mosques and its churches,\" Ann Cole said.\n\n"
            "The ban was proposed after Ravi Dassel and his wife, Tara Mund, killed 14 people in a shooting in "
            "Dover. The attack on the embassy led to the deaths of Ambassador Chris Stenner and three others.\n\n"
            "\"Nobody should be judged by a faith,\" Tom Hale said.\n\n"
            "\"We will meet the new mayor next week,\" Rita Vance said.\n\n"
            "Tennis great Billie Jean Kerr remembered the mayor's visit. Ivo Brandt chaired the dinner.\n")
    a = plain_article(text)
    atts = [_att(a, "Ann Cole", "Our city is proud of its mosques and its churches", direct=True),
            _att(a, "Tom Hale", "Nobody should be judged by a faith", direct=True),
            _att(a, "Rita Vance", "We will meet the new mayor next week", direct=True)]
    # the tagger finds the whole "Billie Jean Kerr" and, in another reading, "Jean Kerr" alone
    ents = people_entities(a, "Ann Cole", "Tom Hale", "Rita Vance", "Ravi Dassel", "Tara Mund", "Chris Stenner",
                           "Billie Jean Kerr", "Jean Kerr", "Ivo Brandt")
    offered = _all_options(a, atts, ents, atts[0], n=5)
    assert not {"Ravi Dassel", "Tara Mund", "Chris Stenner", "Jean Kerr"} & offered, offered
    assert {"Tom Hale", "Rita Vance", "Ivo Brandt"} <= offered, offered


def test_a_piece_of_a_hyphenated_name_and_a_sign_off_line_are_never_person_options():
    """Judged blind (dev set N): "Super Glass" of "Super Glass-Steagall" and "Follow Breitbart" offered as speakers."""
    text = ("Banks face a new law\n\n"
            "\"We will break up the biggest banks,\" Ann Cole said.\n\n"
            "Her plan, called Super Glass-Steagall, would split the banks. Critics say Super Glass-Steagall "
            "goes too far.\n\n"
            "\"The plan is too weak to matter,\" Tom Hale said.\n\n"
            "\"Nobody will notice the change,\" Rita Vance said. Ivo Brandt chaired the hearing.\n\n"
            "Follow Breitbart on social media for updates.\n")
    a = plain_article(text)
    atts = [_att(a, "Ann Cole", "We will break up the biggest banks", direct=True),
            _att(a, "Tom Hale", "The plan is too weak to matter", direct=True),
            _att(a, "Rita Vance", "Nobody will notice the change", direct=True)]
    ents = people_entities(a, "Ann Cole", "Tom Hale", "Rita Vance", "Super Glass", "Follow Breitbart", "Ivo Brandt")
    offered = _all_options(a, atts, ents, atts[0], n=5)
    assert not {"Super Glass", "Follow Breitbart"} & offered, offered
    assert {"Tom Hale", "Rita Vance", "Ivo Brandt"} <= offered, offered


def test_a_name_only_seen_in_a_diseases_name_is_never_a_person_option():
    """Judged blind (kept-aside set): "Lou Gehrig" offered as a speaker; the article has only "Lou Gehrig's
    disease"."""
    text = ("Researchers split over funding\n\n"
            "\"The money should go to basic research first,\" Ann Cole said.\n\n"
            "The grant funds work on Lou Gehrig's disease and other rare illnesses.\n\n"
            "\"Patients cannot wait for basic research,\" Tom Hale said.\n\n"
            "\"Both kinds of work matter,\" Rita Vance said. Ivo Brandt chaired the hearing.\n")
    a = plain_article(text)
    atts = [_att(a, "Ann Cole", "The money should go to basic research first", direct=True),
            _att(a, "Tom Hale", "Patients cannot wait for basic research", direct=True),
            _att(a, "Rita Vance", "Both kinds of work matter", direct=True)]
    ents = people_entities(a, "Ann Cole", "Tom Hale", "Rita Vance", "Lou Gehrig", "Ivo Brandt")
    offered = _all_options(a, atts, ents, atts[0], n=5)
    assert "Lou Gehrig" not in offered, offered
    assert {"Tom Hale", "Rita Vance", "Ivo Brandt"} <= offered, offered
