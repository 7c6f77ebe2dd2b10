"""Source-evaluation items (certainty, evidence, sourcing) judged blind on unseen articles: no
certainty item about a columnist's own sentences, a quoted claim that keeps its main clause (and,
for evidence, the evidence itself), and a sourcing claim a student can read on its own, keyed to
a role the passage shows. All texts are constructed."""
from __future__ import annotations

import random
import re

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.certainty import FACT, HEDGED, NAMED
from quizgen.generate.certainty import generate as certainty_items
from quizgen.generate.evidence import generate as evidence_items
from quizgen.generate.sourcing import OFFICIAL, kind_of_source, quote_marks
from quizgen.model import ITEM_KINDS, Attribution, Evidence, Hedge, Quantity, Sentence, Span


def _span(article, phrase, after=0):
    i = article.text.index(phrase, after)
    return Span(i, i + len(phrase), phrase)


def _par(article, offset):
    return next(p.number for p in article.paragraphs if p.start <= offset < p.end)


def _att(article, source, kind, source_text, cue, contents, *, direct=False, after=0):
    """An attribution whose content is one span, or several (a quotation "he said" interrupts)."""
    contents = (contents,) if isinstance(contents, str) else contents
    spans = []
    at = after
    for c in contents:
        spans.append(_span(article, c, at))
        at = spans[-1].end
    s = _span(article, source_text, after)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, after), content=" … ".join(contents),
                       content_spans=tuple(spans), direct=direct, paragraph=_par(article, s.start))


def _ctx(article, **kw):
    return Context(article, plain_analysis(article, **kw), random.Random(0), frozenset(ITEM_KINDS))


def _keyed(items):
    return {it.options[it.answer]: it for it in items if it.kind == "multiple_choice"}


# ---------------------------------------------------------------- 1. a writer's own voice

COLUMN = ("Why the river deserves better\n\n"
          "Every spring the town promises to clean the river, and every spring nothing happens.\n\n"
          "Apparently the council does not care about the river at all.\n\n"
          "We are not surprised. Our two groups have counted the dead fish along the bank since 2019.\n\n"
          "Mayor Ann Lee said the cleanup will begin in the summer of next year.\n\n"
          "Jo Marsh is the founder of River Watch. Tim Rowe is the head of the Valley Anglers Club.\n")


def test_no_hedge_or_fact_item_on_a_columnists_own_sentence():
    """"Apparently" in a signed column that speaks as "we": irony or the writers' verdict, not a
    hedge a reader can check; "stated as fact" and "the named authors" are defensible too. A claim
    the column credits to someone else keeps its item."""
    a = plain_article(COLUMN)
    lee = _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said", "the cleanup will begin in the summer of next year")
    hedge = Hedge(_span(a, "Apparently the council does not care about the river at all."), "Apparently", 2,
                  confidence=0.95)
    items = certainty_items(_ctx(a, attributions=(lee,), hedges=(hedge,),
                                 quantities=(Quantity("date", _span(a, "2019"), 3),)))
    assert not any("Apparently" in it.stem or "dead fish" in it.stem for it in items), [it.stem for it in items]
    keyed = _keyed(items)
    assert HEDGED not in keyed and FACT not in keyed
    assert "cleanup will begin" in keyed[NAMED].stem


def test_the_same_hedge_in_a_news_report_still_keys_hedged():
    """The control: a news report with no first person and no author line keeps its hedge item."""
    text = ("River cleanup delayed\n\n"
            "The council apparently does not plan to pay for the river cleanup this year.\n\n"
            "Mayor Ann Lee said the cleanup will begin in the summer of next year.\n")
    a = plain_article(text)
    hedge = Hedge(_span(a, "The council apparently does not plan to pay for the river cleanup this year."),
                  "apparently", 1, confidence=0.95)
    keyed = _keyed(certainty_items(_ctx(a, hedges=(hedge,))))
    assert "does not plan to pay" in keyed[HEDGED].stem


# ---------------------------------------------------------------- 2. the main clause kept

LONG_FACT = ("Quiet race in the valley\n\n"
             "Apart from two banners hanging outside the old Grand Hall hotel, the venue of Tuesday's council "
             "debate, there are not any posters for the election along the riverside road.\n")


def test_a_certainty_claim_is_never_cut_before_its_main_clause():
    """The sentence opens with an adverbial clause: cut at its comma, the stem would show only
    "Apart from two banners …", not the claim ("there are not any posters …")."""
    a = plain_article(LONG_FACT)
    items = certainty_items(_ctx(a, quantities=(Quantity("number", _span(a, "two"), 1),)))
    asked = [it for it in items if "banners" in it.stem]
    assert asked, [it.stem for it in items]
    for it in asked:
        assert "there are not any posters" in it.stem, it.stem


POLL = ("Immigration and the race\n\n"
        "The candidates' promises to close the border and hire more guards have put the issue of immigration "
        "at the center of this year's campaign, but the statewide survey finds immigration is a minor issue "
        "for voters in every county.\n")


def test_an_evidence_item_shows_the_evidence_not_only_the_reporters_opening_clause():
    a = plain_article(POLL)
    ev = Evidence("study/report", _span(a, "the statewide survey"), 1, confidence=0.95)
    items = evidence_items(_ctx(a, evidence=(ev,)))
    assert items, "a cited survey in a 33-word sentence: shown whole, not skipped"
    for it in items:
        assert "the statewide survey finds" in it.stem, it.stem


def test_an_evidence_sentence_too_long_to_show_whole_is_skipped_when_a_cut_drops_the_evidence():
    text = ("Immigration and the race\n\n"
            "The candidates' many promises to close the long southern border, to hire thousands more guards and to "
            "build new fences along the river have put the issue of immigration at the very center of this year's "
            "campaign, but the statewide survey finds immigration is a minor issue for voters in every county.\n")
    a = plain_article(text)
    ev = Evidence("study/report", _span(a, "the statewide survey"), 1, confidence=0.95)
    for it in evidence_items(_ctx(a, evidence=(ev,))):
        assert "statewide survey" in it.stem, it.stem


# ---------------------------------------------------------------- 3. a sourcing claim that stands alone

def _sourcing(text, *args, **kw):
    a = plain_article(text)
    att = _att(a, *args, **kw)
    return kind_of_source(_ctx(a, attributions=(att,)))


ROLE_FIRST = "Senator Tom Reyes chairs the party's campaign committee this year.\n\n"
FILLER = ("The valley has voted for the same party for forty years.\n\n"
          "Turnout in the valley was low at the last election.\n\n")


def test_a_quotation_running_across_its_said_tag_into_another_sentence_is_asked_about_its_first_sentence():
    """The ledger's claim runs on past "said Senator Tom Reyes." into a second quotation: shown from
    inside the first, the stem's marks pair wrongly ("…,' said Reyes. 'The company …"). Only the
    first sentence, which names him, is shown, whole and with its marks."""
    text = ("Senate race\n\n" + ROLE_FIRST + FILLER +
            "\"The valley will never accept the new dam; the farmers will never accept it,\" said Senator Tom Reyes. "
            "\"The company has made its choice and must live with it.\"\n")
    items = _sourcing(text, "Tom Reyes", "person", "Tom Reyes", "said",
                      ("The valley will never accept the new dam; the farmers will never accept it",
                       "The company has made its choice and must live with it."), direct=True,
                      after=text.index("\"The valley will never"))
    assert [it.options[it.answer] for it in items] == [OFFICIAL]
    assert "made its choice" not in items[0].stem
    assert "\"'The valley will never accept the new dam; the farmers will never accept it,' said Senator Tom Reyes.\"" \
        in items[0].stem


def test_quotation_marks_out_of_step_are_found():
    assert quote_marks('"The dam will hold," she said.') is True
    assert quote_marks("''The dam will hold,'' she said.") is True
    assert quote_marks('She said, "The dam will hold and') is False  # runs on into the next paragraph
    assert quote_marks('The dam will hold," Reyes said. "It will') is None
    assert quote_marks('The dam will hold,\u201d Reyes said. \u201cIt will\u201d') is None


def test_a_claim_opening_on_a_pronoun_or_too_short_is_not_sourced():
    for claim in ("That's not how the valley does things and never will be",
                  "He has made his choice and must live with it now",
                  "The dam is a mistake"):
        text = "Senate race\n\n" + f"\"{claim},\" said Senator Tom Reyes.\n"
        items = _sourcing(text, "Tom Reyes", "person", "Tom Reyes", "said", claim, direct=True)
        assert items == [], (claim, [it.stem for it in items])


def test_a_persons_role_keys_official_only_when_the_passage_or_the_sentence_before_states_it():
    claim = "The new dam will flood the whole valley and ruin the farms"
    far = "Senate race\n\n" + ROLE_FIRST + FILLER + f"\"{claim},\" Reyes said.\n"
    assert _sourcing(far, "Tom Reyes", "person", "Reyes", "said", claim, direct=True, after=far.index(claim)) == []
    near = "Senate race\n\n" + FILLER + f"\"{claim},\" said Senator Tom Reyes.\n"
    items = _sourcing(near, "Tom Reyes", "person", "Tom Reyes", "said", claim, direct=True)
    assert [it.options[it.answer] for it in items] == [OFFICIAL]
    before = "Senate race\n\n" + FILLER + "Senator Tom Reyes spoke at the town hall on Monday.\n\n" + \
        f"\"{claim},\" Reyes said.\n"
    items = _sourcing(before, "Tom Reyes", "person", "Reyes", "said", claim, direct=True,
                      after=before.index(claim))
    assert [it.options[it.answer] for it in items] == [OFFICIAL]


def test_a_shown_passage_always_has_paired_quotation_marks():
    claim = "The new dam will flood the whole valley and ruin the farms"
    near = "Senate race\n\n" + FILLER + f"\"{claim},\" said Senator Tom Reyes.\n"
    for it in _sourcing(near, "Tom Reyes", "person", "Tom Reyes", "said", claim, direct=True):
        body = re.search(r"says: \"(.*)\" What kind", it.stem).group(1)
        assert body.count("'") % 2 == 0 and "\"" not in body, it.stem


def test_the_next_quotations_opening_mark_is_not_left_at_the_end_of_the_passage():
    """A sentence split may end a sentence on the next quotation's opening mark ("… Reyes said. ''"):
    the passage shown stops at the full stop, its own marks paired."""
    claim = "The new dam will flood the whole valley and ruin the farms"
    text = ("Senate race\n\n" + FILLER + f"''{claim},'' said Senator Tom Reyes. ''Stop the dam.''\n")
    a = plain_article(text)
    p = a.paragraphs[-1]
    cut = p.text.index("''Stop the dam") + 2  # the opening mark ends the first sentence
    sents = (*plain_analysis(a).sentences[:2],
             Sentence(Span(p.start, p.start + cut, p.text[:cut]), p.number, 2),
             Sentence(Span(p.start + cut, p.end, p.text[cut:]), p.number, 3))
    att = _att(a, "Tom Reyes", "person", "Tom Reyes", "said", (claim, "Stop the dam."), direct=True)
    items = kind_of_source(_ctx(a, attributions=(att,), sentences=sents))
    assert len(items) == 1
    assert f"says: \"'{claim},' said Senator Tom Reyes.\" What kind" in items[0].stem, items[0].stem
