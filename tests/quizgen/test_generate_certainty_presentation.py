"""Certainty items whose every option a reader can check from how the article presents the claim:
who makes it (a named source, an unnamed one, nobody), a hedge word, and "denied by another
source" only when the article holds an explicit denial of that very claim. Never "no one disputes
it" (a judgment a close reader can argue), never a fragment or a bundle of sentences as the claim,
and "stated as fact" only for a plain, checkable statement in a news report (not a column's
verdict). All texts are constructed."""
from __future__ import annotations

import random
import re

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.certainty import CHOICES, DISPUTED, FACT, HEDGED, NAMED, UNNAMED, one_clause
from quizgen.generate.certainty import generate as certainty_items
from quizgen.model import ITEM_KINDS, Attribution, Hedge, Judgment, Quantity, Span


def _span(article, phrase, after=0):
    i = article.text.index(phrase, after)
    return Span(i, i + len(phrase), phrase)


def _att(article, source, kind, source_text, cue, content, *, direct=False, **kw):
    s = _span(article, source_text)
    c = _span(article, content, s.start) if content in article.text[s.start:] else _span(article, content)
    par = next(p.number for p in article.paragraphs if p.start <= s.start < p.end)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, min(s.start, c.start)), content=content,
                       content_spans=(c,), direct=direct, paragraph=par, **kw)


def _items(article, atts=(), **kw):
    analysis = plain_analysis(article, attributions=tuple(atts), **kw)
    return certainty_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


def _mc(items):
    return [it for it in items if it.kind == "multiple_choice"]


PROTEST = ("Council rejects march plan\n\n"
           "Organiser Ruth Vale said the students will march to the town hall on Friday.\n\n"
           "\"There is nothing to march about,\" said Mayor Ann Lee.\n\n"
           "Councillor Sam Ode said the march would block the bridge for the whole afternoon.\n")


def _vale(a):
    return _att(a, "Ruth Vale", "person", "Organiser Ruth Vale", "said",
                "the students will march to the town hall on Friday")


def _lee(a):
    return _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said", "There is nothing to march about", direct=True)


def test_no_option_says_no_one_disputes_it_and_a_named_claim_keys_named():
    """Another voice pushes back on the same subject: "no one disputes it" would be arguable, so no
    option says it, and "denied by another source" is offered only when a denial is explicit."""
    a = plain_article(PROTEST)
    items = _mc(_items(a, [_vale(a), _lee(a)]))
    assert items
    for it in items:
        assert not any("disput" in o.lower() or "no one" in o.lower() for o in it.options), it.options
        assert DISPUTED not in it.options
    # two named claims in different paragraphs may each get an item (a second per presentation)
    assert any("march to the town hall" in it.stem for it in items if it.options[it.answer] == NAMED)


JOBS = "the new mill will bring two hundred jobs to the valley"
DENIED = ("Mill plan divides town\n\n"
          "Mayor Ann Lee said the new mill will bring two hundred jobs to the valley.\n\n"
          "Union leader Bo Kim denied that the new mill will bring two hundred jobs to the valley.\n")


def test_disputed_is_keyed_only_for_an_explicit_denial_of_that_claim():
    a = plain_article(DENIED)
    mayor = _att(a, "Ann Lee", "person", "Mayor Ann Lee", "said", JOBS)
    kim = _att(a, "Bo Kim", "person", "Union leader Bo Kim", "denied",
               "the new mill will bring two hundred jobs to the valley")
    keyed = {it.options[it.answer]: it for it in _mc(_items(a, [mayor, kim]))}
    assert "two hundred jobs" in keyed[DISPUTED].stem
    assert NAMED not in keyed[DISPUTED].options  # a denied claim is also a named one: never both offered
    # the same two voices, the second only speaking on the subject: no "denied" anywhere
    said = DENIED.replace("denied that the new mill will bring two hundred jobs to the valley",
                          "said the new mill will need two hundred workers from the valley")
    b = plain_article(said)
    mayor = _att(b, "Ann Lee", "person", "Mayor Ann Lee", "said", JOBS)
    kim = _att(b, "Bo Kim", "person", "Union leader Bo Kim", "said",
               "the new mill will need two hundred workers from the valley")
    for it in _mc(_items(b, [mayor, kim])):
        assert DISPUTED not in it.options


def test_the_reporters_doubting_verb_means_no_item_on_the_claim():
    """ "who claimed that …": the reporter's own word casts doubt, which no option describes."""
    text = ("Candidate stumbles\n\n"
            "Dr. Omar Fenn, who claimed at one point that the river dam was built by the army, lost ground.\n")
    a = plain_article(text)
    fenn = _att(a, "Omar Fenn", "person", "Dr. Omar Fenn", "claimed", "the river dam was built by the army")
    assert not [it for it in _items(a, [fenn]) if "dam" in it.stem]


def test_a_fragment_or_a_bundle_of_sentences_is_no_claim():
    text = ("Visa rules questioned\n\n"
            "The President cautioned against \"a betrayal of our deepest values\" in his speech.\n\n"
            "\"You will see many protests in the city. I do not like arrests. But the rules are unjust,\" "
            "said organiser Ruth Vale.\n")
    a = plain_article(text)
    pres = _att(a, "The President", "person", "The President", "cautioned", "a betrayal of our deepest values",
                direct=True)
    vale = _att(a, "Ruth Vale", "person", "organiser Ruth Vale", "said",
                "You will see many protests in the city. I do not like arrests. But the rules are unjust",
                direct=True)
    # the bundle is never quoted as one claim; its first sentence alone may be (stop 48: a quotation of several
    # sentences is one speaker's, so is its first sentence)
    items = _items(a, [pres, vale])
    assert not any("betrayal" in it.stem or "arrests" in it.stem or "unjust" in it.stem for it in items), items
    assert all("You will see many protests in the city\"" in it.stem for it in items), items
    assert not one_clause("a betrayal of our deepest values")
    assert not one_clause("You will see many protests in the city. I do not like arrests.")
    assert not one_clause("the town council's draft budget language")
    assert one_clause("the new mill will bring two hundred jobs to the valley")
    assert one_clause("the committee has held 75 interviews since May")
    assert one_clause("We run every name against the watch lists")


def test_every_stem_ends_with_punctuation():
    a = plain_article(PROTEST)
    items = _items(a, [_vale(a), _lee(a)])
    assert items
    for it in items:
        assert re.search(r"[.?!][\"”’']?$", it.stem), it.stem


COLUMN = ("Why the old party can survive\n\n"
          "The party is a natural heir of the Whigs, minus their heroic stature.\n\n"
          "The party held its first convention in 1856 in the city of Philadelphia.\n\n"
          "We should ask what the party stands for before it is too late.\n\n"
          "Jo Marsh, a retired teacher, taught history at the state college for thirty years.\n")


def test_a_columns_verdict_is_never_keyed_stated_as_fact():
    a = plain_article(COLUMN)
    verdict = _span(a, "The party is a natural heir of the Whigs, minus their heroic stature.")
    dated = _span(a, "1856")
    items = _items(a, judgments=(Judgment(verdict, 1, ("heroic",)),),
                   quantities=(Quantity("date", dated, 2),))
    assert not [it for it in _mc(items) if it.options[it.answer] == FACT]


NEWS = ("Bridge opens\n\n"
        "The county opened the new river bridge to traffic on 4 May 2019.\n\n"
        "The old bridge was a disgraceful relic of a failed era.\n\n"
        "The river was reportedly polluted by the old mill.\n")


def test_stated_as_fact_only_for_a_plain_checkable_statement():
    a = plain_article(NEWS)
    loaded = _span(a, "The old bridge was a disgraceful relic of a failed era.")
    items = _items(a, judgments=(Judgment(loaded, 2, ("disgraceful", "failed")),),
                   quantities=(Quantity("date", _span(a, "4 May 2019"), 1),),
                   hedges=(Hedge(_span(a, "The river was reportedly polluted by the old mill."), "reportedly", 3,
                                 confidence=0.95),))
    keyed = {it.options[it.answer]: it for it in _mc(items)}
    assert "opened the new river bridge" in keyed[FACT].stem
    assert "polluted" in keyed[HEDGED].stem
    assert not any("disgraceful" in it.stem for it in items)
    for it in _mc(items):
        assert set(it.options) <= set(CHOICES) and len(it.options) == 4


def test_an_unnamed_source_keys_unnamed():
    text = ("Screening questioned\n\n"
            "Federal officials said the agency has not checked social media posts of visa applicants.\n")
    a = plain_article(text)
    off = _att(a, "federal officials", "unnamed_group", "Federal officials", "said",
               "the agency has not checked social media posts of visa applicants")
    keyed = {it.options[it.answer]: it for it in _mc(_items(a, [off]))}
    assert "social media" in keyed[UNNAMED].stem
    # and a true/false "the article names a source" is never asked of it: "officials" is a source, unnamed
    assert not [it for it in _items(a, [off]) if it.kind == "true_false"]


def test_the_noun_disputes_is_no_denial():
    """ "territorial disputes and human rights abuses": a noun, not someone denying the claim."""
    text = ("Relations sour\n\n"
            "Spokeswoman Mai Lin said there were no human rights abuses taking place in the northern region.\n\n"
            "Relations have worsened amid trade tensions, territorial disputes and human rights abuses taking "
            "place in the northern region.\n")
    a = plain_article(text)
    lin = _att(a, "Mai Lin", "person", "Spokeswoman Mai Lin", "said",
               "there were no human rights abuses taking place in the northern region", certainty="disputed")
    for it in _mc(_items(a, [lin])):
        assert it.options[it.answer] != DISPUTED


def test_a_quotation_interrupted_by_its_speaker_is_one_clause():
    """ "The plan itself, Lee argued, is mostly a mirage.": one sentence, one claim, in two pieces."""
    text = "Tax plan doubted\n\nThe new tax plan itself, Mayor Ann Lee argued, is mostly a mirage for the town.\n"
    a = plain_article(text)
    first, second = _span(a, "The new tax plan itself"), _span(a, "is mostly a mirage for the town")
    lee = Attribution(source="Ann Lee", source_text="Mayor Ann Lee", source_span=_span(a, "Mayor Ann Lee"),
                      source_kind="person", cue="argued", cue_span=_span(a, "argued"),
                      content="The new tax plan itself … is mostly a mirage for the town",
                      content_spans=(first, second), direct=False, paragraph=1)
    keyed = {it.options[it.answer]: it for it in _mc(_items(a, [lee]))}
    assert "mirage" in keyed[NAMED].stem
