"""Judged blind on set D2 (11 unseen PolNeAR articles): "A redacted copy of the 2013 FDIC inspector general's memo
seen by Reuters said investigators were unable to determine …" keyed "a news outlet" (the ledger gave the claim to
Reuters, which only saw the memo), and the certainty item's explanation said the article attributes it to Reuters.
Constructed sentences of the same shape."""
from __future__ import annotations

import pytest
from factories import paragraph_ledger

FILLER = ("The harbour authority runs the port, its ferries and its customs office, and it employs about 900 people "
          "across the region. Its budget is set each spring by the regional council after a public hearing.")


def _ledger(sentence: str):
    return paragraph_ledger(sentence, "Harbour Authority Lost Files In 2013", FILLER)


@pytest.mark.parametrize("sentence", [
    "A redacted copy of the 2013 harbour authority memo seen by Reuters said inspectors could not tell which files "
    "had been taken from the agency's computers.",
    "A copy of the inspector general's letter obtained by The Washington Post said the files were never found.",
])
def test_a_written_thing_an_outlet_only_saw_is_the_source_a_document(sentence):
    (a,) = [a for a in _ledger(sentence) if "files" in a.content]
    assert a.source_kind == "document"
    assert "Reuters" not in a.source and "Washington Post" not in a.source


@pytest.mark.parametrize("sentence, outlet", [
    ("Reuters said inspectors could not tell which files had been taken from the agency's computers.", "Reuters"),
    ("A Reuters report said inspectors could not tell which files had been taken from the agency's computers.",
     "Reuters"),
])
def test_an_outlet_that_speaks_is_still_the_source(sentence, outlet):
    (a,) = [a for a in _ledger(sentence) if "files" in a.content]
    assert a.source_kind == "news_outlet" and outlet in a.source


def _claim(content: str):
    from quizgen.model import Attribution, Span
    return Attribution("Harbour Daily", "Harbour Daily", Span(0, 13, "Harbour Daily"), "news_outlet", "reported",
                       Span(20, 28, "reported"), content, (Span(40, 40 + len(content), content),), False, 1)


def test_a_participle_phrase_with_a_name_s_possessive_is_no_claim_to_ask_who_said():
    # judged blind (D2): "who said that eventually even discussing a walkout in the event of Mr. Ailes's ouster?"
    from quizgen.generate.attribution import participle_phrase
    assert participle_phrase(_claim("eventually even discussing a walkout in the event of Mr. Lee's ouster"))
    assert not participle_phrase(_claim("Lee's going to resign before the council meets again"))  # a contraction
    assert not participle_phrase(_claim("Lee's staff was discussing a walkout in the event of his ouster"))


def test_a_cause_cut_from_its_own_words_is_no_gap():
    # judged blind (D2): 'because of ______ to, among other things, block funding …' and a cause option opening inside
    # a quotation ('… is poison pill" measures added by Republicans')
    from quizgen.generate.cause_effect import cut_cause
    text = ("Democrats left the talks because of spending cuts to, among other things, block funding for the port. "
            "The bill failed because of \u201cpoison pill\u201d measures added by Republicans. "
            "The ferry was stopped because of the heavy storm on Monday.")
    assert cut_cause("spending cuts", text, 0)
    assert cut_cause("poison pill\u201d measures added by Republicans", text, 0)
    assert not cut_cause("the heavy storm", text, 0)
    text2 = "Farmers had a good harvest due to careful planning, which has so far eluded the estates."
    assert not cut_cause("careful planning", text2, 0)  # a comma's aside on the whole cause


def test_a_kind_of_doctor_quoted_is_one_of_the_doctors():
    # judged blind (D2): "doctors" suggested as the missing voice beside a quoted pediatrician
    from quizgen.generate.perspective import _member_speaks
    assert _member_speaks("doctors", "a pediatrician and director of the Harbour Center for Disaster Preparedness")
    assert _member_speaks("teachers", "an educator at Harbour High School")
    assert not _member_speaks("doctors", "a lawyer for the harbour authority")


def test_a_sum_in_a_named_country_s_dollars_is_right_in_plain_dollars():
    # judged blind (D2): "1.7 billion Canadian dollars" accepted only with "Canadian"
    from quizgen.generate.key_detail import _as_asked
    from quizgen.model import Item
    from webapp.grading import grade
    keyed = "1.7 billion Canadian dollars"
    forms = _as_asked(keyed, [keyed, "1,700,000,000 Canadian dollars"])
    assert "1.7 billion dollars" in forms and keyed in forms
    item = Item("i", "key_detail", "short_answer", "Q?", (), forms, "", ())
    for typed in ("1.7 billion dollars", "$1.7 billion", "1.7 billion Canadian dollars"):
        assert grade(item, typed).correct, typed
    assert not grade(item, "1.7 million dollars").correct
    assert "170 dollars" not in _as_asked("170 euros", ["170 euros"])  # another currency keeps its name


def test_a_three_digit_figure_printed_in_another_item_gives_the_gap_away():
    # judged blind (D2): "Of the 121 people detained in the New Year's weekend enforcement actions, ______ have been
    # deported" beside "… the raids in which ______ adults and children were taken into custody"
    from quizgen.generate.lesson import gives_away
    from quizgen.model import Item, Support
    gap = Item("a", "key_detail", "short_answer", 'Complete the detail from ¶2: "…condemned the raids in which ______ '
               'adults and children were taken into custody over the weekend." Write the missing number.', (),
               ["121", "one hundred twenty-one"], "", (Support(2, 100, 190, "x" * 90),))
    other = Item("b", "key_detail", "short_answer", 'Complete the detail from ¶10: "Of the 121 people detained in the '
                 'weekend raids, ______ have been deported." Write the missing number.', (), ["77"], "",
                 (Support(10, 900, 980, "y" * 80),))
    assert gives_away(gap, other)
    round_gap = Item("c", "key_detail", "short_answer", gap.stem, (), ["300"], "", gap.support)
    round_other = Item("d", "key_detail", "short_answer", other.stem.replace("121", "300"), (), ["77"], "",
                       other.support)
    assert not gives_away(round_gap, round_other)  # a round hundred may be any count


def test_how_the_article_gives_someone_s_words_is_tagged_attribution():
    # judged blind twice (T4 and D3) a misfit under attribution; then under certainty a misfit on every set since (SF,
    # J11, T8, T9, and five of five on D4 and D5, whose judges had the design card's tags and named attribution)
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_generate_y_attr import _bridge

    from quizgen.generate.attribution import quoted_or_reported
    _, atts, ctx = _bridge()
    it = quoted_or_reported(ctx, atts[0])
    assert it is not None and it.stem.startswith("In ¶2, how does the article give what Ana Lind said?")
    assert it.skill == "attribution"
