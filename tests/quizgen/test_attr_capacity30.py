"""Attribution capacity: more sure claims asked as "who said …?" without doubtful stems.

Constructed sentences only. A direct quotation whose first sentence leans on context ("They are …") is
asked by a later sentence of it that stands on its own, shown after "…"; never one that leans on context
itself (a pronoun, "also", a question).
"""
from __future__ import annotations

import re

from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate.attribution import who_phrase, who_said

HARBOR = ("Harbor dispute\n\n"
          "The council met on Monday to discuss the harbor.\n\n"
          "\"They are raising the fees every single month. The ferry company has lost half of its "
          "passengers since the spring,\" Dale Reed said.\n\n"
          "\"We will fight this plan in court,\" Tom Haas said.\n\n"
          "\"The harbor belongs to the town,\" Mary Cole said.\n\n"
          "\"Nobody asked the fishermen before the vote,\" Ann Diaz said.\n\n"
          "\"The council should listen to the people who live here,\" Sam Ruiz said.\n")

FIRST = ("They are raising the fees every single month. The ferry company has lost half of its "
         "passengers since the spring")


def _harbor(text=HARBOR, content=FIRST):
    a = plain_article(text)
    atts = [_att(a, "Dale Reed", "person", "Dale Reed", "said", content, direct=True)]
    for name, words in (("Tom Haas", "We will fight this plan in court"),
                        ("Mary Cole", "The harbor belongs to the town"),
                        ("Ann Diaz", "Nobody asked the fishermen before the vote"),
                        ("Sam Ruiz", "The council should listen to the people who live here")):
        atts.append(_att(a, name, "person", name, "said", words, direct=True))
    ents = _ents(a, "PERSON", "Dale Reed", "Tom Haas", "Mary Cole", "Ann Diaz", "Sam Ruiz")
    return _ctx(a, atts, entities=ents), atts[0]


def test_a_quotation_opening_on_they_is_asked_by_its_later_sentence():
    ctx, att = _harbor()
    body = who_phrase(ctx, att)
    assert body == 'said, "…The ferry company has lost half of its passengers since the spring"'
    it = who_said(ctx, att)
    assert it is not None and it.options[it.answer] == "Dale Reed"


def test_a_later_sentence_with_a_pronoun_of_its_own_is_not_lifted():
    text = HARBOR.replace("The ferry company has lost half of its passengers since the spring",
                          "The ferry company says they have lost half of the passengers")
    content = FIRST.replace("The ferry company has lost half of its passengers since the spring",
                            "The ferry company says they have lost half of the passengers")
    ctx, att = _harbor(text, content)
    assert who_phrase(ctx, att) is None


def test_a_later_sentence_that_leans_on_the_first_is_not_lifted():
    for later in ("The ferry company also lost half of the passengers since the spring",
                  "But the ferry company has lost half of the passengers since the spring",
                  "Why has the ferry company lost half of the passengers since the spring?"):
        text = HARBOR.replace("The ferry company has lost half of its passengers since the spring", later)
        content = FIRST.replace("The ferry company has lost half of its passengers since the spring", later)
        ctx, att = _harbor(text, content)
        assert who_phrase(ctx, att) is None, later


def test_a_short_later_sentence_is_not_lifted():
    text = HARBOR.replace("The ferry company has lost half of its passengers since the spring", "Fees hurt")
    content = FIRST.replace("The ferry company has lost half of its passengers since the spring", "Fees hurt")
    ctx, att = _harbor(text, content)
    assert who_phrase(ctx, att) is None


# a long quotation is cut at a sentence's end inside it, never mid-phrase
LONG = ("Closing the road that the whole valley uses is no small thing. Nobody in the valley was told "
        "about the plan before the vote, and his office never answered a single letter from the farmers")


def test_a_long_quotation_is_cut_at_its_first_sentence_end():
    text = HARBOR.replace("They are raising the fees every single month. The ferry company has lost half of its "
                          "passengers since the spring", LONG)
    ctx, att = _harbor(text, LONG)
    assert who_phrase(ctx, att) == 'said, "Closing the road that the whole valley uses is no small thing…"'


def test_a_long_quotation_of_one_sentence_is_still_cut_as_before():
    one = LONG.replace(". Nobody", ", and nobody")
    text = HARBOR.replace("They are raising the fees every single month. The ferry company has lost half of its "
                          "passengers since the spring", one)
    ctx, att = _harbor(text, one)
    assert who_phrase(ctx, att) != 'said, "Closing the road that the whole valley uses is no small thing…"'


def test_a_later_sentence_after_an_ellipsis_and_an_opening_phrase_is_lifted():
    for later, want in (("… By any measure, the ferry company has lost half of the passengers",
                         "By any measure, the ferry company has lost half of the passengers"),
                        ("… There will be no ferry left on the lake by next spring",
                         "There will be no ferry left on the lake by next spring")):
        old = ". The ferry company has lost half of its passengers since the spring"
        text, content = HARBOR.replace(old, " " + later), FIRST.replace(old, " " + later)
        ctx, att = _harbor(text, content)
        assert who_phrase(ctx, att) == f'said, "…{want}"', later


def test_there_pointing_back_is_not_lifted():
    old = "The ferry company has lost half of its passengers since the spring"
    new = "The ferry company lost half of the passengers there last spring"
    ctx, att = _harbor(HARBOR.replace(old, new), FIRST.replace(old, new))
    assert who_phrase(ctx, att) is None


def test_a_short_figure_of_speech_or_a_quoted_phrase_is_not_lifted():
    old = "The ferry company has lost half of its passengers since the spring"
    for new in ("The house of cards is falling down", "The ‘we listen’ promise of the ferry company is over",
                "The 'we listen' promise of the ferry company is over"):
        ctx, att = _harbor(HARBOR.replace(old, new), FIRST.replace(old, new))
        assert who_phrase(ctx, att) is None, new


# a text that writes quotation marks as two apostrophes (''profoundly irresponsible'') is asked with real
# quotation marks, never dropped as a broken stem; a mark that cannot be paired still drops the item
def test_doubled_apostrophes_become_quotation_marks():
    from quizgen.generate.attribution import curl_doubled, unbalanced_quotes
    got = curl_doubled("According to ¶14, who said that the tax plans are ''profoundly irresponsible''?")
    assert got == "According to ¶14, who said that the tax plans are “profoundly irresponsible”?"
    assert not unbalanced_quotes(got)
    inside = curl_doubled("According to ¶2, who said, \"The ''new'' plan is worse than the old one\"?")
    assert inside == "According to ¶2, who said, \"The ‘new’ plan is worse than the old one\"?"
    # a statement ending on the quotation's own stop keeps one stop
    end = curl_doubled("In ¶4, Ann Diaz said that the plan is ''not just the council pushing it through.''.")
    assert end == "In ¶4, Ann Diaz said that the plan is “not just the council pushing it through.”"


def test_doubled_apostrophes_that_do_not_pair_are_left_to_drop():
    from quizgen.generate.attribution import curl_doubled, unbalanced_quotes
    for text in ("who said, I don't like it,'' adding that ''they have anger?",
                 "who said that the answer is not to yell, 'China bad.''' But he did not?",
                 "who said that the plan is ''deeply flawed?"):
        assert unbalanced_quotes(curl_doubled(text)), text


def test_generate_keeps_an_item_whose_claim_has_doubled_apostrophes():
    from quizgen.generate.attribution import generate
    old = "\"The harbor belongs to the town,\" Mary Cole said."
    new = "Mary Cole said the harbor plan was ''a gift to the ferry company'' and should be dropped."
    a = plain_article(HARBOR.replace(old, new))
    atts = [_att(a, "Mary Cole", "person", "Mary Cole", "said",
                 "the harbor plan was ''a gift to the ferry company'' and should be dropped")]
    for name, words in (("Tom Haas", "We will fight this plan in court"),
                        ("Ann Diaz", "Nobody asked the fishermen before the vote"),
                        ("Sam Ruiz", "The council should listen to the people who live here")):
        atts.append(_att(a, name, "person", name, "said", words, direct=True))
    ctx = _ctx(a, atts, entities=_ents(a, "PERSON", "Dale Reed", "Tom Haas", "Mary Cole", "Ann Diaz", "Sam Ruiz"))
    stems = [it.stem for it in generate(ctx)]
    assert any("“a gift to the ferry company”" in s for s in stems), stems


# "give the person's name" shows its claim as "who said …?" does: never cut before a verb or mid-clause
CUT = ("People turn to the ferry every morning to reach the mainland and see their families and their friends "
       "which is why we will keep the ferry running through the whole of the winter")


def test_give_the_name_never_shows_a_quotation_cut_before_its_verb():
    from quizgen.generate.attribution import name_the_source
    old = ("They are raising the fees every single month. The ferry company has lost half of its "
           "passengers since the spring")
    ctx, att = _harbor(HARBOR.replace(old, CUT), CUT)
    who = who_said(ctx, att)
    it = name_the_source(ctx, att)
    assert who is None or not re.search(r"\bwe…[\"”]?\?", who.stem)
    assert it is None or not re.search(r"\bwe…[\"”]?\?", it.stem), it.stem


def test_give_the_name_never_shows_a_paraphrase_cut_before_its_verb():
    from quizgen.generate.attribution import name_the_source
    claim = ("the council's letter saying the ferry company will lose its licence because of the long dispute "
             "over the harbor fees on Friday of the last week of the summer while the town waits")
    text = HARBOR.replace("\"The harbor belongs to the town,\" Mary Cole said.", f"Mary Cole said {claim}.")
    a = plain_article(text)
    att = _att(a, "Mary Cole", "person", "Mary Cole", "said", claim)
    ctx = _ctx(a, [att], entities=_ents(a, "PERSON", "Mary Cole", "Dale Reed"))
    it = name_the_source(ctx, att)
    assert it is None or not it.stem.split("?")[0].endswith("…"), it.stem


def test_a_stem_ending_on_an_abbreviation_keeps_its_stop():
    from quizgen.generate.attribution import cut_cleanly
    ctx, att = _harbor()
    assert cut_cleanly(att, 'said that the town does not seek to replace the U.S.') == \
        'said that the town does not seek to replace the U.S.'
    assert cut_cleanly(att, 'said that Carson is a "good, decent man,"') == 'said that Carson is a "good, decent man"'


def test_a_supposition_is_no_claim_to_ask_about():
    old = ("They are raising the fees every single month. The ferry company has lost half of its passengers "
           "since the spring")
    for new in ("Let’s say the council wins the vote. Let’s say the fees go up again, wherever they were before",
                "Suppose the council wins the vote in the spring and the ferry fees go up again for everyone here"):
        ctx, att = _harbor(HARBOR.replace(old, new), new)
        assert who_phrase(ctx, att) is None, new


# "that" as the subject of a quotation's first clause ("I know that's still a problem for …", "That is why …")
# points outside the quoted words, as "this" does
def test_a_quotation_opening_on_that_is_points_outside():
    from quizgen.generate.attribution import starts_with_context
    for text in ("I know that's still inconvenient for the council as its fee tour plays in the town",
                 "That's treason against the town and its people",
                 "That is why the town must vote against the plan"):
        assert starts_with_context(text), text
    for text in ("That the council never asked the town is a disgrace",
                 "I know that the council never asked the town"):
        assert not starts_with_context(text), text
