"""More sure attribution items per article (helper h_attr), each shape on a constructed article: the
first whole sentence of a long quotation as a true/false statement or an option, "In ¶N, which of
these did X say?" when one speaker dominates, and the precision guards that came with them (a quotation
the reporter's sentence carries on, a claim cut on "and", the reporter's words run into a claim, a
phrase with no verb as a statement)."""
from __future__ import annotations

import re

from factories import plain_article
from test_generate_judge5b import _att, _span
from test_generate_judge6b import _ctx

from quizgen.generate.attribution import (
    claim_option,
    generate,
    others_claims,
    quoted_sentence,
    said_true_false,
    what_did_say,
    who_said,
)
from quizgen.model import Attribution

# 1. A long quotation: its first whole sentence is a statement to judge, never one cut "…".
LONG = ("Harbour plan stalls\n\n"
        "\"The harbour needs a new wall before the winter storms arrive. We have asked the council for money "
        "three times this year and every time the answer has been that the budget is already spent on roads, "
        "parks and the new library in the old town centre,\" said Ada Moss, the harbour master.\n\n"
        "Ben Cole, a council member, said the budget would be reviewed again in the autumn.\n\n"
        "Carl Dunn, who runs the ferry, said the boats would keep sailing whatever the council decided.\n\n"
        "Dora Fife, a fisher, said the catch had fallen by half since the old wall cracked.\n")


def _long(a):
    content = a.text[a.text.index("The harbour needs"):a.text.index(",\" said Ada")]
    return [
        _att(a, "Ada Moss", "person", "Ada Moss", "said", content, direct=True, cue_after=a.text.index("said Ada")),
        _att(a, "Ben Cole", "person", "Ben Cole", "said", "the budget would be reviewed again in the autumn"),
        _att(a, "Carl Dunn", "person", "Carl Dunn", "said",
             "the boats would keep sailing whatever the council decided"),
        _att(a, "Dora Fife", "person", "Dora Fife", "said", "the catch had fallen by half since the old wall cracked"),
    ]


def test_a_long_quotation_gives_its_first_whole_sentence_as_a_true_false_statement():
    a = plain_article(LONG)
    atts = _long(a)
    it = said_true_false(_ctx(a, atts), atts[0], truthful=True)
    assert it is not None
    assert "\"The harbour needs a new wall before the winter storms arrive\"" in it.stem
    assert "…" not in it.stem and it.answer == 0


# 2. A quotation broken by its cue: the first part is a whole sentence when the reporter's sentence
# ends there ('"…," Roe said on Monday. "…'), a clause the rest completes when it does not.
SPLIT = ("Library hours cut\n\n"
         "\"The reading room will close at noon on Saturdays,\" Eva Roe said on Monday. \"We cannot pay "
         "the staff for more hours.\"\n\n"
         "\"When the new budget is passed,\" Eva Roe said, \"the room will open all day again.\"\n")


def _split_att(a, first, second, after=0):
    s1, s2 = _span(a, first, after), _span(a, second, after)
    src, cue = _span(a, "Eva Roe", s1.end), _span(a, "said", s1.end)
    return Attribution(source="Eva Roe", source_text="Eva Roe", source_span=src, source_kind="person", cue="said",
                       cue_span=cue, content=f"{first} … {second}", content_spans=(s1, s2), direct=True,
                       paragraph=next(p.number for p in a.paragraphs if p.start <= s1.start < p.end))


def test_a_quotation_broken_at_a_sentence_end_gives_its_first_part():
    a = plain_article(SPLIT)
    whole = _split_att(a, "The reading room will close at noon on Saturdays", "We cannot pay the staff for more hours")
    part = _split_att(a, "When the new budget is passed", "the room will open all day again")
    ctx = _ctx(a, [whole, part])
    assert quoted_sentence(ctx, whole) == "The reading room will close at noon on Saturdays"
    assert quoted_sentence(ctx, part) is None  # a subordinate clause: the rest of the quotation completes it


# 3. Quoted words the reporter's sentence carries on past the closing mark are no whole statement.
RUNS_ON = ("Mill town votes\n\n"
           "Fay Gold added: \"Looking back, whatever the party, we should have seen\" it coming.\n")


def test_quoted_words_carried_on_past_their_closing_mark_are_no_option():
    a = plain_article(RUNS_ON)
    att = _att(a, "Fay Gold", "person", "Fay Gold", "added", "Looking back, whatever the party, we should have seen",
               direct=True)
    assert claim_option(_ctx(a, [att]), att) is None


# 4. One speaker dominates: no "which of these did X say?" with X's own claims from other paragraphs.
ONE_VOICE = ("Mayor sets out plans\n\n"
             "Mayor Gil Hart said the city would plant two thousand trees along the river next spring.\n\n"
             "Gil Hart said the old bus depot would become a market hall with forty stalls.\n\n"
             "Gil Hart said parking fees in the centre would stay the same for another year.\n\n"
             "Gil Hart said the swimming pool would reopen after its roof was repaired in June.\n\n"
             "Ivy Lane, a shop owner, said most traders on the square welcomed the market hall plan.\n")


def _one_voice(a):
    hart = ["the city would plant two thousand trees along the river next spring",
            "the old bus depot would become a market hall with forty stalls",
            "parking fees in the centre would stay the same for another year",
            "the swimming pool would reopen after its roof was repaired in June"]
    return [_att(a, "Gil Hart", "person", "Gil Hart", "said", claim, after=a.paragraph(n).start)
            for n, claim in enumerate(hart, 1)] + [
        _att(a, "Ivy Lane", "person", "Ivy Lane", "said", "most traders on the square welcomed the market hall plan")]


def test_one_speaker_dominating_gets_no_which_did_x_say_item_offering_his_own_other_claims():
    # Judged blind twice: "In ¶3, which of these did Gil Hart say?" with his ¶1 and ¶4 claims as wrong
    # options has more than one defensible answer (he said those too); only the paragraph number decides.
    a = plain_article(ONE_VOICE)
    atts = _one_voice(a)
    it = what_did_say(_ctx(a, atts), atts[2])
    if it is not None:
        hart = {o.content.lower() for o in atts if o.source == "Gil Hart"}
        wrong = [o.lower() for i, o in enumerate(it.options) if i != it.answer]
        assert not any(w in hart for w in wrong), it.options


def test_the_generator_asks_no_true_false_on_a_claim_already_asked():
    a = plain_article(LONG)
    items = generate(_ctx(a, _long(a)))
    seen = []
    for it in items:
        if it.kind in ("true_false", "short_answer"):
            assert all((s.start, s.end) not in seen for s in it.support), it.stem
        if it.kind != "matching":
            seen += [(s.start, s.end) for s in it.support]


# 5. Precision guards: a claim cut on "and", the reporter's words run into the claim, a phrase as a statement.
GUARDS = ("Council row\n\n"
          "Jack Reed announced that the clerk was careless with the records and.\n\n"
          "Kim Vale has said that the audit would be hard for the clerk to pass, but downplayed the issue.\n\n"
          "Leo West said would make \"a bad budget even worse.\"\n\n"
          "Mia Ross said the council would meet again on the first day of the month.\n\n"
          "Ned Shaw said the clerk should be given more time to finish the audit.\n")


def test_a_claim_cut_on_and_the_reporters_words_or_a_phrase_make_no_item():
    a = plain_article(GUARDS)
    atts = [
        _att(a, "Jack Reed", "person", "Jack Reed", "announced", "the clerk was careless with the records and"),
        _att(a, "Kim Vale", "person", "Kim Vale", "has said", "the audit would be hard for the clerk to pass, but "
             "downplayed the issue"),
        _att(a, "Leo West", "person", "Leo West", "said", "a bad budget even worse", direct=True),
        _att(a, "Mia Ross", "person", "Mia Ross", "said", "the council would meet again on the first day of the month"),
        _att(a, "Ned Shaw", "person", "Ned Shaw", "said", "the clerk should be given more time to finish the audit"),
    ]
    ctx = _ctx(a, atts)
    for att in atts[:2]:
        assert who_said(ctx, att) is None, att.content
    for att in atts[:3]:
        assert said_true_false(ctx, att, truthful=True) is None, att.content
    assert all(not re.search(r"\band\?$", it.stem) for it in generate(ctx))


# 6. One source under two names ("Associated Press", "AP") never gives a "which did X say?" distractor.
TWO_NAMES = ("Storm hits coast\n\n"
             "The Associated Press reported that the storm had closed every school on the coast.\n\n"
             "AP reported that the ferries would stay in port until the wind dropped.\n\n"
             "Olga Berg said the sea wall had held through the worst of the night.\n\n"
             "Piet Moor said the power lines along the coast road were back up by noon.\n\n"
             "Rosa Lind said the shelters in the town hall had room for two hundred people.\n")


def test_one_source_under_two_names_gives_no_distractor_for_itself():
    a = plain_article(TWO_NAMES)
    atts = [
        _att(a, "Associated Press", "news_outlet", "The Associated Press", "reported",
             "the storm had closed every school on the coast"),
        _att(a, "AP", "news_outlet", "AP", "reported", "the ferries would stay in port until the wind dropped"),
        _att(a, "Olga Berg", "person", "Olga Berg", "said", "the sea wall had held through the worst of the night"),
        _att(a, "Piet Moor", "person", "Piet Moor", "said",
             "the power lines along the coast road were back up by noon"),
        _att(a, "Rosa Lind", "person", "Rosa Lind", "said",
             "the shelters in the town hall had room for two hundred people"),
    ]
    pool = others_claims(_ctx(a, atts), atts[0], [atts[0].content])
    assert pool and not any("ferries" in p for p in pool)
