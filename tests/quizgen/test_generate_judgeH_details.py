"""Blind-judged failure shapes (dev set H) in key-detail and attribution items, each on a constructed
article: a written-in name that accepts neither the given name ("Rafi and ______" for "Noor Haddad")
nor an unambiguous surname; a gap that swallows a number's qualifier ("has been ______" keyed "above
50 percent" but accepting "50 percent"); numbers from a hedged aside, a set phrase ("seven days a
week") or a made-up example; a name gap on the very sentence that an attribution item asks "who
said"; a claim option that starts with a reflexive pronoun ("Itself to be …"); and a matching item
listing one person twice under two spellings of the surname."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article
from test_generate_judge6b import _att
from test_generate_judge6b import _ctx as _att_ctx
from test_generate_judge7a import _ents, _q

from quizgen.generate.attribution import claim_text, match_sources, subjectless
from quizgen.generate.base import Context
from quizgen.generate.distractors import near_spelt_surname
from quizgen.generate.key_detail import _name_forms, name_items, number_items
from quizgen.model import ITEM_KINDS


def _ctx(article, analysis):
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- 1. name forms

PARENTS = ("Haddad family speaks out on the school board vote\n\n"
           "Rafi and Noor Haddad, the parents whose letter to the school board started the debate, said they "
           "felt welcome in the town until this spring. "
           "Rafi Haddad told the board on Monday that the vote had divided their street.\n")


def test_a_full_name_gap_accepts_the_given_name_when_no_other_person_shares_it():
    article = plain_article(PARENTS)
    ents = _ents(PARENTS, ["Noor Haddad", "Rafi Haddad"])
    noor = next(e for e in ents if e.text == "Noor Haddad")
    forms = _name_forms(_ctx(article, plain_analysis(article, entities=ents)), noor)
    assert "Noor Haddad" in forms and "Noor" in forms
    assert "Haddad" not in forms  # two Haddads: the surname alone could mean either


AIDE = ("Senate aide resigns after a week of reports\n\n"
        "His wife, longtime Dana Whitlock aide Sam Ruiz, announced the separation on Monday after the "
        "reports appeared in the city paper. "
        "Ruiz said the family asked for privacy while the campaign went on.\n")


def test_a_surname_no_one_else_has_is_accepted_though_the_article_never_writes_it_alone():
    article = plain_article(AIDE)
    ents = _ents(AIDE, ["Dana Whitlock", "Sam Ruiz"])
    dana = next(e for e in ents if e.text == "Dana Whitlock")
    forms = _name_forms(_ctx(article, plain_analysis(article, entities=ents)), dana)
    assert {"Dana Whitlock", "Whitlock"} <= set(forms)
    assert "Dana" not in forms  # the surname is no one else's: the given name alone is no answer (set C)
    # another Whitlock of the article: the surname alone is no answer
    other = AIDE.replace("Ruiz said the family", "Ray Whitlock said the family")
    article2 = plain_article(other)
    ents2 = _ents(other, ["Dana Whitlock", "Sam Ruiz", "Ray Whitlock"])
    dana2 = next(e for e in ents2 if e.text == "Dana Whitlock")
    forms2 = _name_forms(_ctx(article2, plain_analysis(article2, entities=ents2)), dana2)
    assert "Whitlock" not in forms2 and "Dana" in forms2  # two Whitlocks: "Dana" tells her apart
    # another Dana: the given name alone is no answer
    third = AIDE.replace("Ruiz said the family", "Dana Moss said the family")
    article3 = plain_article(third)
    ents3 = _ents(third, ["Dana Whitlock", "Sam Ruiz", "Dana Moss"])
    dana3 = next(e for e in ents3 if e.text == "Dana Whitlock")
    forms3 = _name_forms(_ctx(article3, plain_analysis(article3, entities=ents3)), dana3)
    assert "Dana" not in forms3 and "Whitlock" in forms3
    # "the Whitlocks": a family, so the surname alone is no one person's
    family = AIDE.replace("Ruiz said the family", "The Whitlocks said the family")
    article4 = plain_article(family)
    ents4 = _ents(family, ["Dana Whitlock", "Sam Ruiz"])
    dana4 = next(e for e in ents4 if e.text == "Dana Whitlock")
    assert "Whitlock" not in _name_forms(_ctx(article4, plain_analysis(article4, entities=ents4)), dana4)


# ---------------------------------------------------------------- 2. qualifiers and 3. trivia numbers

POLLS = ("Mayor Vance holds steady in city polls\n\n"
         "Mayor Ada Vance's approval rating has been above 50 percent in city polls, a steady popularity that "
         "helps her council allies this fall.\n\n"
         "It was not so long ago -- oh, say, five, maybe six years -- that the mayor's office could ignore the "
         "city polls entirely.\n\n"
         "The mayor's press office now answers questions about the city polls seven days a week.\n\n"
         "A good week for the mayor is defined as producing 40 competing but nearly identical polls about her "
         "latest speech.\n\n"
         "The city council approved 312 new housing permits for the mayor's district in the spring.\n")


def _poll_items():
    article = plain_article(POLLS)
    qs = (_q(POLLS, "above 50 percent", "percent"), _q(POLLS, "five"), _q(POLLS, "six"), _q(POLLS, "seven"),
          _q(POLLS, "40"),
          _q(POLLS, "312"))
    return number_items(_ctx(article, plain_analysis(article, quantities=qs)))


def test_a_qualifier_stays_outside_the_gap():
    items = _poll_items()
    assert any("312" in (it.answer if isinstance(it.answer, list) else [it.options[it.answer]]) for it in items)
    for it in items:
        if "above 50 percent" not in it.support[0].text:
            continue
        assert "above ______" in it.stem
        answers = it.answer if isinstance(it.answer, list) else [it.options[it.answer]]
        assert not any(a.lower().startswith("above") for a in answers)


def test_no_gap_on_a_hedged_aside_a_set_phrase_or_a_made_up_example():
    items = _poll_items()
    assert items  # the permits are a detail
    for it in items:
        text = it.support[0].text
        assert "say, five" not in text
        assert "seven days a week" not in text
        assert "defined as producing" not in text


# ---------------------------------------------------------------- 3b. a name gap on a who-said sentence

PANEL = ("Ridgeford hosts its first state debate\n\n"
         "Lena Ortiz, associate professor of history at Ridgeford College, said the state debate gave the town "
         "a new place in the campaign. "
         "Omar Reyes, a retired teacher from Ridgeford, stood outside the hall during the state debate. "
         "Paul Brandt, a professor of politics, said the debate drew a record crowd to the town. "
         "Ines Cole, a city councilwoman, said the state debate cost the town very little.\n")


def test_no_name_gap_on_a_sentence_whose_speaker_it_keys():
    article = plain_article(PANEL)
    ents = _ents(PANEL, ["Lena Ortiz", "Omar Reyes", "Paul Brandt", "Ines Cole"])
    atts = (_att(article, "Lena Ortiz", "person", "Lena Ortiz", "said",
                 "the state debate gave the town a new place in the campaign"),)
    items = name_items(_ctx(article, plain_analysis(article, entities=ents, attributions=atts)), set())
    assert not any("Lena Ortiz" in it.support[0].text for it in items)
    assert items  # other names are still asked


# ---------------------------------------------------------------- 4. claim options and matching sources

def test_a_claim_starting_with_a_reflexive_or_object_pronoun_is_no_clause():
    assert subjectless("itself to be an unbiased review of the news")
    assert subjectless("Itself to be an unbiased review of the news")
    assert subjectless("themselves as the only honest voices in the race")
    assert subjectless("him to be the best choice for the post")
    assert not subjectless("it would be an unbiased review of the news")
    assert not subjectless("her plan would be reviewed in the spring")


MEDIA = ("Emails show reporter's praise for the candidate\n\n"
         "The city media has always claimed itself to be an unbiased review of the news.\n\n"
         "\"You were great tonight and the crowd loved it,\" Labbot said in an email to the aide.\n\n"
         "Mark Kerr said the reporter had sent the emails on request from the campaign office.\n\n"
         "Elise Labott said the bill could limit the number of refugees from the region.\n\n"
         "Jon Hale said the campaign had answered every question about the emails in June.\n")


def test_matching_lists_no_person_twice_and_no_fragment_claim():
    assert near_spelt_surname("Labbot", "Elise Labott")
    assert near_spelt_surname("Ann Greer", "Ann Greer")
    assert not near_spelt_surname("Jon Hale", "Elise Labott")
    assert not near_spelt_surname("Tim Lee", "Tom Loe")  # short names: too many near misses among strangers
    a = plain_article(MEDIA)
    media = _att(a, "city media", "unnamed_group", "city media", "claimed",
                 "itself to be an unbiased review of the news")
    typo = _att(a, "Labbot", "person", "Labbot", "said", "You were great tonight and the crowd loved it",
                direct=True)
    kerr = _att(a, "Mark Kerr", "person", "Mark Kerr", "said",
                "the reporter had sent the emails on request from the campaign office")
    labott = _att(a, "Elise Labott", "person", "Elise Labott", "said",
                  "the bill could limit the number of refugees from the region")
    hale = _att(a, "Jon Hale", "person", "Jon Hale", "said",
                "the campaign had answered every question about the emails in June")
    assert claim_text(media) is None
    atts = [media, typo, kerr, labott, hale]
    item = match_sources(_att_ctx(a, atts), atts)
    assert item is not None  # three sources remain
    assert not ({"Labbot", "Elise Labott"} <= set(item.prompts))
    assert not any(o.lower().startswith("itself") for o in item.options)


def test_a_name_or_sure_name_of_punctuation_alone_matches_nothing():
    """The pipeline fuzz test found a sure name that normalises to nothing ("—"): comparing surnames
    raised IndexError inside lesson generation."""
    from quizgen.generate.key_detail import _is_sure

    assert not _is_sure("Tom Hale", {"\u2014", "..."})
    assert not _is_sure("\u2014", {"Tom Hale"})
    assert _is_sure("Tom Hale", {"\u2014", "Hale"})
    assert _is_sure("Tom Hale", {"Tom Hale"})
    assert not _is_sure("Tom Hale", {"Ann Hale"})
