"""Blind-judged failure shapes (dev set G) in claims shown by attribution and certainty items, and in
the lesson's choice among them, each on a constructed article: a claim spliced with a capitalised
"But" after "said that", a claim that lost its subject ("made him doubt …", "would create …"),
"said" for words written in an email, "stated as fact" when the paragraph or the one before credits
a source, a "names a source" statement about a claim that is itself about where something came
from, and three items (or two quoting the same words) on one sentence."""
from __future__ import annotations

import re

from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate import certainty
from quizgen.generate.attribution import claim_text, name_the_source, said_true_false, subjectless, who_said
from quizgen.generate.base import make_item
from quizgen.generate.lesson import select
from quizgen.model import Support

HARBOR = ("Harbor plan advances\n\n"
          "But the port has seen an unusual rise in cargo traffic since the spring, Ann Lee said.\n\n"
          "The new pier, Tom Ruiz said, made him doubt whether the budget could cover the dredging.\n\n"
          "A larger pier would bring more ships. That would create a long summer of delays for the ferry riders, "
          "said Jo Park.\n\n"
          "\"The ferry schedule will change in June for every route on the island,\" Ben Ortiz wrote in an email "
          "to the council.\n\n"
          "Mia Cole said the harbor master would retire at the end of the season after thirty years.\n")


def _harbor(a):
    return [
        _att(a, "Ann Lee", "person", "Ann Lee", "said",
             "But the port has seen an unusual rise in cargo traffic since the spring"),
        # the ledger keeps the claim after the interrupting "Tom Ruiz said,": its subject "The new pier" is lost
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said",
             "made him doubt whether the budget could cover the dredging"),
        # and drops the subject "That" of Jo Park's claim
        _att(a, "Jo Park", "person", "Jo Park", "said",
             "would create a long summer of delays for the ferry riders", cue_after=a.text.index("said Jo")),
        _att(a, "Ben Ortiz", "person", "Ben Ortiz", "wrote",
             "The ferry schedule will change in June for every route on the island", direct=True),
        _att(a, "Mia Cole", "person", "Mia Cole", "said",
             "the harbor master would retire at the end of the season after thirty years"),
    ]


def _harbor_ctx():
    a = plain_article(HARBOR)
    atts = _harbor(a)
    ents = _ents(a, "PERSON", "Ann Lee", "Tom Ruiz", "Jo Park", "Ben Ortiz", "Mia Cole")
    return _ctx(a, atts, entities=ents), atts


def test_subjectless_claims_are_told_from_whole_clauses():
    assert subjectless("made him doubt whether the budget could cover the dredging")
    assert subjectless("would create a long summer of delays")
    assert subjectless("makes him an appealing leader to many voters")
    assert subjectless("who has made a study of the rallies")
    assert subjectless("forcing her to fend off both rivals")
    assert not subjectless("the port has seen an unusual rise in cargo traffic")
    assert not subjectless("that the port has seen an unusual rise")
    assert not subjectless("California has seen a surge of new voters")
    assert not subjectless("voters want a change in the harbor plan")
    assert not subjectless("raising the fares would hurt the ferry riders")


def test_a_capitalised_but_is_never_spliced_after_said_that():
    ctx, atts = _harbor_ctx()
    stems = []
    for truthful in (True, False):
        it = said_true_false(ctx, atts[0], truthful=truthful)
        if it is not None:
            stems.append(it.stem)
    for fn in (who_said, name_the_source):
        it = fn(ctx, atts[0])
        if it is not None:
            stems.append(it.stem)
    assert stems  # the claim without its "But" is a whole clause: items remain
    for stem in stems:
        assert not re.search(r"said that (?:But|And|So|Yet|Or)\b", stem), stem
        assert "said that the port has seen" in stem, stem
    assert not (claim_text(atts[0]) or "").startswith("But ")


def test_a_claim_that_lost_its_subject_is_shown_nowhere():
    ctx, atts = _harbor_ctx()
    for att in atts[1:3]:
        assert who_said(ctx, att) is None
        assert name_the_source(ctx, att) is None
        for truthful in (True, False):
            assert said_true_false(ctx, att, truthful=truthful) is None
        assert claim_text(att) is None
    for it in certainty.generate(ctx):
        assert "made him doubt" not in it.stem and "would create a long summer" not in it.stem, it.stem
    # a whole clause beside them still gets its items
    assert who_said(ctx, atts[4]) is not None


def test_words_written_in_an_email_are_written_not_said():
    ctx, atts = _harbor_ctx()
    it = who_said(ctx, atts[3])
    assert it is not None
    assert 'who wrote, "The ferry schedule' in it.stem, it.stem
    t = said_true_false(ctx, atts[3], truthful=True)
    assert t is not None and 'Ben Ortiz wrote, "The ferry schedule' in t.stem, t.stem
    # a spoken claim is still said
    spoken = who_said(ctx, atts[4])
    assert spoken is not None and "who said" in spoken.stem


FERRY = ("Ferry line grows\n\n"
         "The ferry line opened in 1998 with two boats on the northern route.\n\n"
         "Ridership figures are correct, the port authority confirmed on Tuesday.\n\n"
         "Cargo traffic on the ferry line rose by 12 percent in 2019 at the main harbor.\n\n"
         "The harbor board met on Friday in the old customs house.\n\n"
         "Weekend service to the island began in 2004 after a long campaign.\n")


def test_stated_as_fact_only_when_no_source_is_credited_nearby():
    a = plain_article(FERRY)
    ents = _ents(a, "DATE", "1998", "2019", "2004", "Tuesday", "Friday")
    ctx = _ctx(a, (), entities=ents)
    facts = [s.text for s in certainty._plain_facts(ctx)]
    # ¶3 follows a paragraph where the port authority confirmed the figures: the claim may be theirs
    assert not any("12 percent" in f for f in facts), facts
    # plain statements with no source near them stay
    assert any("opened in 1998" in f for f in facts), facts
    # ¶2 itself credits a source
    assert not any("Ridership" in f for f in facts), facts


ORIGIN = ("Figure in dispute\n\n"
          "Ann Lee said the 40 percent figure came from the transport ministry in Ottawa.\n\n"
          "Tom Ruiz said the new ferry would carry more than two hundred cars on each crossing.\n\n"
          "Weekend service to the island began in 2004 after a long campaign.\n")


def test_no_names_a_source_statement_about_a_claim_on_where_something_came_from():
    a = plain_article(ORIGIN)
    atts = [
        _att(a, "Ann Lee", "person", "Ann Lee", "said", "the 40 percent figure came from the transport ministry "
             "in Ottawa"),
        _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said", "the new ferry would carry more than two hundred cars on "
             "each crossing"),
    ]
    ctx = _ctx(a, atts, entities=_ents(a, "DATE", "2004"))
    tfs = [it for it in certainty.generate(ctx) if it.kind == "true_false"]
    assert not any("came from" in it.stem for it in tfs), [it.stem for it in tfs]
    # another claim is asked (as "how is it presented?" when that item asks it: never both on one claim)
    assert any("two hundred cars" in it.stem for it in certainty.generate(ctx))
    alone = _ctx(a, atts[:1], entities=_ents(a, "DATE", "2004"))
    tfs = [it for it in certainty.generate(alone) if it.kind == "true_false"]
    assert not any("came from" in it.stem for it in tfs), [it.stem for it in tfs]


def _sup(n, start, text):
    return Support(n, start, start + len(text), text)


def _lesson_pool(extra: int):
    """Three items on one sentence (two quoting the same words), and ``extra`` items on other sentences."""
    s = _sup(4, 400, "Clinton has a strong ground game in the state, said Mindy Romero.")
    items = [
        make_item("attribution", "multiple_choice", 'According to ¶4, who said, "Clinton has a strong ground '
                  'game in the state"?', ["Mindy Romero", "Ann Lee", "Tom Ruiz", "Jo Park"], 0, "x", [s]),
        make_item("certainty", "true_false", 'The article names a source for this claim in ¶4: "Clinton has a '
                  'strong ground game in the state".', ["True", "False"], 0, "x", [s]),
        make_item("inference", "multiple_choice", "What does ¶4 suggest about the campaign in the state?",
                  ["It is well organised", "It has no staff", "It has left the state", "It has no money"], 0, "x",
                  [s]),
    ]
    skills = ["main_idea", "vocabulary_in_context", "sourcing", "evidence", "inference", "corroboration",
              "perspective", "key_detail", "sourcing", "evidence", "inference", "corroboration"]
    for k in range(extra):
        sup = _sup(10 + k, 1000 + 100 * k, f"Sentence number {k} on a topic of its own here.")
        kind = "open_response" if skills[k] == "perspective" else ("multiple_choice", "true_false")[k % 2]
        opts = {"open_response": [], "true_false": ["True", "False"]}.get(
            kind, [f"answer {k}", f"other {k} a", f"other {k} b", f"other {k} c"])
        items.append(make_item(skills[k], kind, f"Question {k} about topic {k} in ¶{10 + k}?", opts,
                               None if kind == "open_response" else 0, "x", [sup]))
    return items


def _on_sentence(chosen):
    return [it for it in chosen if it.support[0].start == 400]


def test_at_most_one_item_per_quoted_claim_when_others_exist():
    kept = _lesson_pool(10)
    chosen = select(kept, 13)
    on = _on_sentence(chosen)
    assert len(on) <= 2, [it.stem for it in on]
    # the who-said and the "names a source" items quote the same words: one of them at most
    assert not ({"attribution", "certainty"} <= {it.skill for it in on}), [it.stem for it in on]


def test_a_second_item_on_one_claim_only_to_reach_ten_items_and_never_a_third():
    kept = _lesson_pool(8)
    chosen = select(kept, 15)
    assert len(chosen) == 10  # the 8 others, the inference item and one of the two on the same quote
    assert len(_on_sentence(chosen)) == 2
    kept = _lesson_pool(7)
    chosen = select(kept, 15)
    assert len(chosen) == 9  # a third item on one sentence never, even to reach 10
    assert len(_on_sentence(chosen)) == 2
