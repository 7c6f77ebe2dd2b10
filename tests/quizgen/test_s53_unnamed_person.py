"""s53: one person by a party or a role, written with "a", "an", "one" or "another" and named nowhere in the phrase
("a New Hampshire Republican said", "a senior campaign aide said") is a sure unnamed source in the claim ledger,
not the party's organisation; bodies and named people keep their kinds (constructed sentences)."""
from __future__ import annotations

import pytest

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

FILLER = ("The county board met on Monday evening to discuss the road budget for next year. "
          "Residents filled the hall and many waited outside in the snow for hours. ") * 5


def _claim(nlp, paragraph: str, words: str):
    text = "Primary Race Tightens\n\n" + "\n\n".join([FILLER, paragraph])
    found = [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph >= 2]
    hits = [a for a in found if words in a.content]
    assert hits, [a.content for a in found]
    return hits[0]


UNNAMED = [
    # (sentence, words of its claim): the party shape
    ("A Vermont Republican said the governor would not seek a third term.", "would not seek a third term"),
    ("An Ohio Democrat said the caucus rules were unfair to small towns.", "unfair to small towns"),
    ("One Maine Democrat said the primary would be decided by a few hundred votes.", "few hundred votes"),
    ("Another Republican said the tax bill would stall in committee.", "would stall in committee"),
    ("A Republican familiar with the talks said the deal was nearly done.", "deal was nearly done"),
    ("An independent said the ballot measure had confused voters.", "measure had confused voters"),
    # the role shape
    ("A longtime adviser to the governor said the campaign was short of cash.", "short of cash"),
    ("A senior campaign aide said the candidate would skip the second debate.", "skip the second debate"),
    ("A senior official said the talks over the canal had stalled.", "canal had stalled"),
    ("A Democratic strategist said the radio ads were misleading.", "radio ads were misleading"),
    ("One donor said he had stopped giving money to the county party.", "stopped giving money"),
    ("A Republican operative in Kansas said turnout would be low in the west.", "turnout would be low"),
    ("A delegate from Oregon said the convention floor would be chaotic.", "floor would be chaotic"),
    ("A party insider said the chairman would resign before spring.", "chairman would resign"),
    ("A source close to the campaign said the candidate was exhausted.", "candidate was exhausted"),
    ("A former committee staffer said the inquiry had cost far too much.", "inquiry had cost far too much"),
]


@pytest.mark.parametrize(("paragraph", "words"), UNNAMED)
def test_one_unnamed_person_is_a_sure_unnamed_source(nlp, paragraph, words):
    a = _claim(nlp, paragraph, words)
    assert a.source_kind == "unnamed_group"
    assert a.source_confidence >= CONFIDENT and a.kind_confidence >= CONFIDENT


KEPT = [
    # (sentence, words of its claim, kind it keeps): a body, a group, a named person
    ("The Ohio Democratic Party said the count would be finished on Tuesday.", "count would be finished",
     "organisation"),
    ("The Republican National Committee said the debate rules would not change.", "rules would not change",
     "organisation"),
    ("Republicans in Congress said the tax bill would fail.", "tax bill would fail", "organisation"),
    ("Ned Harrow, an Ohio Democrat, said the caucus rules were unfair.", "caucus rules were unfair", "person"),
    ("An Ohio Democrat, Ned Harrow, said the caucus rules were unfair.", "caucus rules were unfair", "person"),
    ("Another adviser, Ruth Calloway, said the plan would change.", "plan would change", "person"),
]


@pytest.mark.parametrize(("paragraph", "words", "kind"), KEPT)
def test_bodies_and_named_people_keep_their_kind(nlp, paragraph, words, kind):
    a = _claim(nlp, paragraph, words)
    assert a.source_kind == kind


NOT_SURE_UNNAMED = [
    # a body named before the role word, or two people joined: not made a sure unnamed source
    ("A White House official said the talks over the canal had stalled.", "canal had stalled"),
    ("A Republican and a Democrat said the tax bill would pass.", "tax bill would pass"),
    ("A group of Ohio Democrats said the caucus rules were unfair.", "caucus rules were unfair"),
]


@pytest.mark.parametrize(("paragraph", "words"), NOT_SURE_UNNAMED)
def test_near_misses_are_not_made_sure_unnamed_sources(nlp, paragraph, words):
    a = _claim(nlp, paragraph, words)
    assert not (a.source_kind == "unnamed_group" and a.source_confidence >= CONFIDENT
                and a.kind_confidence >= CONFIDENT)


_RACE = ("Senate race in Vermont tightens as primary nears\n\n"
         "The race for the open Senate seat in Vermont has tightened in the last month, a new poll shows.\n\n"
         "Governor Alma Reyes said on Monday that she would not endorse either candidate before the primary.\n\n"
         "A party insider said the front-runner would skip the second debate in Burlington.\n\n"
         "The debate, planned for next Thursday, was to be broadcast on public radio across the state.\n\n"
         "Dale Pike, the state party chairman, said the party would stay neutral until the votes were counted.\n\n"
         "Both candidates have spent more than $2 million on television ads since the start of the year.\n\n"
         "Turnout in the last primary was low, with fewer than a third of registered voters casting ballots.\n\n"
         "The primary will be held on the second Tuesday of August, and results are expected that night.\n")


def test_a_party_insider_is_asked_as_an_unnamed_source():
    from test_generate_j13 import _ctx

    from quizgen.generate import sourcing

    ctx, _ = _ctx(_RACE)
    got = {it.stem: it.options[it.answer] for it in sourcing.kind_of_source(ctx)}
    insider = [k for s, k in got.items() if "skip the second debate" in s]
    assert insider == [sourcing.UNNAMED]
