"""Source-evaluation widening (se36), on constructed articles: the writer's own clause hedged on its main
verb by "is expected to", "may" or "appears to" is a hedged claim with no source; never when a name opens
it, a source beside it or in the next paragraph may be its source, or the modal is advice."""
from __future__ import annotations

from factories import plain_article
from test_generate_certainty import _att, _ctx

from quizgen.generate.certainty import HEDGED, attributed_next, modal_hedges
from quizgen.generate.certainty import generate as certainty_items
from quizgen.model import Support

HEDGED_TEXT = ("Mill plan moves ahead\n\n"
               "The new river mill is expected to open its doors to workers in the spring of 2027.\n\n"
               "Farmer Bo Kim said last week that the harvest this year was the best in a decade.\n\n"
               "The harbor ferry may stop running for two months during the repairs next winter.\n\n"
               "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n")


def _farmer(a):
    return _att(a, "Bo Kim", "person", "Farmer Bo Kim", "said", "the harvest this year was the best in a decade")


def _mayor(a):
    return _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said",
                "the new mill will bring two hundred jobs to the valley")


def _hedged_stems(text, atts):
    a = plain_article(text)
    items = certainty_items(_ctx(a, atts(a)))
    return [it.stem for it in items if it.kind == "multiple_choice" and it.options[it.answer] == HEDGED]


def test_expected_to_and_may_on_the_main_verb_are_hedged_claims_with_no_source():
    stems = _hedged_stems(HEDGED_TEXT, lambda a: [_farmer(a)])
    assert any("river mill is expected to open" in s for s in stems), stems
    assert any("harbor ferry may stop running" in s for s in stems), stems


def test_the_hedge_words_found_are_the_main_verbs():
    a = plain_article(HEDGED_TEXT)
    found = {sup.text.split()[2]: words for sup, words in modal_hedges(_ctx(a, [_farmer(a)]))}
    assert found == {"river": "is expected to", "ferry": "may"}, found


def test_a_named_subject_advice_or_a_reader_is_no_hedged_claim():
    text = ("Mill plan moves ahead\n\n"
            "The Harbor Board may close the ferry for two months during the repairs next winter.\n\n"
            "Farmer Bo Kim said last week that the harvest this year was the best in a decade.\n\n"
            "The town might as well close the old ferry for good after the repairs next winter.\n\n"
            "Some readers may recall the old ferry that sank in the harbor in 1988.\n\n"
            "The ferry, which is expected to close, carried two hundred people a day last year.\n")
    a = plain_article(text)
    assert modal_hedges(_ctx(a, [_farmer(a)])) == []


def test_a_source_in_the_next_paragraph_on_the_same_matter_may_be_the_hedges_source():
    text = ("Mill plan moves ahead\n\n"
            "The new river mill is expected to bring two hundred jobs to the valley by 2027.\n\n"
            "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n")
    assert _hedged_stems(text, lambda a: [_mayor(a)]) == []


def test_the_next_paragraph_check_is_loose_only_for_the_new_hedges():
    text = ("Mill plan moves ahead\n\n"
            "The old river mill closed in 2004 after the flood.\n\n"
            "Mayor Ann Lee said the river flood had cost the town its best years.\n")
    a = plain_article(text)
    ctx = _ctx(a, [_att(a, "Ann Lee", "person", "Mayor Ann Lee", "said",
                        "the river flood had cost the town its best years")])
    p = a.paragraphs[0]
    sup = Support(p.number, p.start, p.end, p.text)
    assert attributed_next(ctx, sup, loose=True)  # "river", "flood" shared
    assert not attributed_next(ctx, sup)  # a plain fact a claim only touches stays the article's own



def test_a_hedged_clause_someone_denies_is_no_hedged_item():
    text = ("Mill plan moves ahead\n\n"
            "The new river mill is expected to open its doors to workers in the spring of 2027.\n\n"
            "Farmer Bo Kim said last week that the harvest this year was the best in a decade.\n\n"
            "The mill company denied that the new river mill will open its doors to workers in 2027.\n")
    a = plain_article(text)
    assert modal_hedges(_ctx(a, [_farmer(a)])) == []
    assert _hedged_stems(text, lambda a: [_farmer(a)]) == []
