"""Attribution capacity (helper hattr): sure claims the filters refused though their speaker is certain,
and generate() offering more of the items it can make, each on constructed text.

- "Mr. Reed said he would beat Tom Haas": a subject "he" never means a name its own clause goes on to
  give, so Haas named after it leaves the "he" the speaker's (not when a "he" follows Haas's name, nor
  when Haas is named before the claim).
- Not extended to "his"/"her" ("Reed took a shot at Haas, saying his plan was wrong": "his" is Haas's,
  and a tagger that misses Haas as a person leaves nothing to tell): never asked "who said his …?".
- "Lee spokesman Sam Cole said …": a mention ending on the speaker's full name is that person whatever
  names lead into it (not "Even Reed, a stalwart Lee ally"); the led-in name is never a wrong option.
- "Those who … have no plan": "those" with its relative clause needs no context ("Those are …" does).
- True/false: when the keys are level and the wanted key gives no item, the other key is tried.
- "Give the person's name": two at most, keyed to two different people.
"""
from __future__ import annotations

import random

from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate import attribution
from quizgen.generate.attribution import (
    _candidates,
    headed_by_full_name,
    mention_names_another,
    self_claim,
    starts_with_context,
    who_said,
)
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS


def _people(a, *names):
    ents = [e for name in names for e in _ents(a, "PERSON", name)]
    # the longest name at each place ("Dale Reed", not also "Reed" inside it)
    return [e for e in ents if not any(o is not e and o.span.start <= e.span.start and e.span.end <= o.span.end
                                       and len(o.text) > len(e.text) for o in ents)]


# 1. A name the claim's own clause gives after its subject "he".
VOTE = ("Harbor vote\n\n"
        "The council met on Monday to discuss the harbor.\n\n"
        "Dale Reed said he would beat Tom Haas in the spring vote.\n\n"
        "Mr. Reed has run the ferry for ten years.\n")


def test_a_name_after_the_subject_he_leaves_he_the_speaker():
    a = plain_article(VOTE)
    att = _att(a, "Dale Reed", "person", "Dale Reed", "said", "he would beat Tom Haas in the spring vote")
    ctx = _ctx(a, [att], entities=_people(a, "Dale Reed", "Reed", "Tom Haas"))
    assert self_claim(ctx, att)
    assert att in _candidates(ctx)


def test_a_he_after_the_other_name_may_be_his():
    text = VOTE.replace("he would beat Tom Haas in the spring vote",
                        "he would meet Tom Haas after he returns from the coast")
    a = plain_article(text)
    att = _att(a, "Dale Reed", "person", "Dale Reed", "said",
               "he would meet Tom Haas after he returns from the coast")
    ctx = _ctx(a, [att], entities=_people(a, "Dale Reed", "Reed", "Tom Haas"))
    assert not self_claim(ctx, att)


def test_the_other_man_named_before_the_claim_still_makes_he_unsure():
    text = VOTE.replace("The council met on Monday to discuss the harbor.\n\nDale Reed said",
                        "The council met on Monday to discuss the harbor. Tom Haas spoke first. Dale Reed said")
    text = text.replace("he would beat Tom Haas in the spring vote", "he would win the spring vote easily")
    a = plain_article(text)
    att = _att(a, "Dale Reed", "person", "Dale Reed", "said", "he would win the spring vote easily")
    ctx = _ctx(a, [att], entities=_people(a, "Dale Reed", "Reed", "Tom Haas"))
    assert not self_claim(ctx, att)


# 2. A claim whose subject opens on "his"/"her" is no self claim, even with the other man untagged.
SHOT = ("Harbor vote\n\n"
        "The council met on Monday to discuss the harbor.\n\n"
        "Dale Reed took the stage with a shot at Haas, saying his plan for the harbor was wrong and costly.\n\n"
        "Mr. Reed has run the ferry for ten years.\n")


def test_his_after_a_shot_at_another_is_never_the_speakers():
    a = plain_article(SHOT)
    att = _att(a, "Dale Reed", "person", "Dale Reed", "saying", "his plan for the harbor was wrong and costly")
    ctx = _ctx(a, [att], entities=_people(a, "Dale Reed", "Reed"))  # "Haas" not tagged as a person
    assert not self_claim(ctx, att)
    assert att not in _candidates(ctx)
    assert not any("his plan" in it.stem for it in attribution.generate(ctx))


# 3. A mention ending on the speaker's full name.
SPOKESMAN = ("Harbor fees\n\n"
             "Ann Lee leads the harbor board.\n\n"
             "Lee spokesman Sam Cole said the fees would rise again in the autumn.\n\n"
             "Tom Ruiz said the ferry line had carried more riders this year than ever before.\n\n"
             "Dan Webb said the cranes would be replaced next year.\n\n"
             "Ian Marsh said the silt had closed the north channel twice.\n\n"
             "Eli Park said the new pier would open in the summer.\n\n"
             "Mr. Cole has worked for the board since 2010.\n")
SPOKES_NAMES = ("Ann Lee", "Lee", "Sam Cole", "Cole", "Tom Ruiz", "Dan Webb", "Ian Marsh", "Eli Park")


def _spokesman(text=SPOKESMAN, source_text="Lee spokesman Sam Cole", source="Sam Cole"):
    a = plain_article(text)
    atts = [_att(a, source, "person", source_text, "said", "the fees would rise again in the autumn"),
            _att(a, "Tom Ruiz", "person", "Tom Ruiz", "said",
                 "the ferry line had carried more riders this year than ever before"),
            _att(a, "Dan Webb", "person", "Dan Webb", "said", "the cranes would be replaced next year"),
            _att(a, "Ian Marsh", "person", "Ian Marsh", "said", "the silt had closed the north channel twice"),
            _att(a, "Eli Park", "person", "Eli Park", "said", "the new pier would open in the summer")]
    return atts, _ctx(a, atts, entities=_people(a, *SPOKES_NAMES))


def test_a_mention_ending_on_the_speakers_full_name_is_that_speaker():
    atts, ctx = _spokesman()
    assert headed_by_full_name(atts[0])
    assert not mention_names_another(ctx, atts[0])
    assert atts[0] in _candidates(ctx)
    it = who_said(ctx, atts[0])
    assert it is not None and it.options[it.answer] == "Sam Cole"
    assert not any("Lee" in o for o in it.options), it.options  # whom he speaks for is never a wrong answer


def test_an_appositive_naming_another_is_still_refused():
    text = SPOKESMAN.replace("Lee spokesman Sam Cole said", "Even Cole, a stalwart Lee ally, said")
    atts, ctx = _spokesman(text, "Even Cole, a stalwart Lee", "Ann Lee")
    assert not headed_by_full_name(atts[0])
    assert mention_names_another(ctx, atts[0])
    assert atts[0] not in _candidates(ctx)


def test_a_name_not_at_the_end_of_the_mention_is_still_refused():
    # the ledger's speaker "Ann Lee" for "Lee spokesman Sam Cole": the mention's head is Cole, not Lee
    atts, ctx = _spokesman(source="Ann Lee")
    assert not headed_by_full_name(atts[0])
    assert mention_names_another(ctx, atts[0])


# 4. "Those who …"
def test_those_with_its_relative_clause_needs_no_context():
    assert not starts_with_context("Those who run down the harbor have no plan of their own")
    assert starts_with_context("Those are the facts about the harbor and the fees")
    assert starts_with_context("We fixed it in two days and the boats run again")
    assert starts_with_context("They will not vote for the plan under any circumstances")


# 5. True/false with one speaker (no false speaker to offer) and 6. two "give the person's name" items.
ONE_VOICE = ("Pier plans\n\n"
             "The council met on Monday.\n\n"
             "The ferry line had carried more riders this year than ever before, Tom Ruiz said.\n\n"
             "The new pier would open in the summer after long delays, Tom Ruiz said.\n\n"
             "The cranes at the old dock would be replaced next year, Tom Ruiz said.\n")
ONE_CLAIMS = ("The ferry line had carried more riders this year than ever before",
              "The new pier would open in the summer after long delays",
              "The cranes at the old dock would be replaced next year")


def _one_voice(seed, text=ONE_VOICE, speakers=("Tom Ruiz",) * 3, kinds=ITEM_KINDS):
    a = plain_article(text)
    atts = [_att(a, who, "person", who, "said", c, after=a.text.index(c), cue_after=a.text.index(c))
            for who, c in zip(speakers, ONE_CLAIMS, strict=True)]
    ctx = _ctx(a, atts, entities=_people(a, *set(speakers)))
    return Context(ctx.article, ctx.analysis, random.Random(seed), frozenset(kinds))


def test_one_speaker_still_gets_a_true_statement_whichever_key_comes_first():
    for seed in range(8):
        tfs = [it for it in attribution.generate(_one_voice(seed)) if it.kind == "true_false"]
        assert len(tfs) == 1 and tfs[0].answer == 0, (seed, [t.stem for t in tfs])


def test_two_give_the_name_items_keyed_to_two_people():
    text = ONE_VOICE.replace("ever before, Tom Ruiz", "ever before, Ann Bell")
    ctx = _one_voice(0, text, ("Ann Bell", "Tom Ruiz", "Tom Ruiz"), kinds=("short_answer",))
    keys = [it.answer[0] for it in attribution.generate(ctx) if it.kind == "short_answer"]
    assert sorted(keys) == ["Ann Bell", "Tom Ruiz"], keys


def test_give_the_name_never_keys_one_person_twice():
    for seed in range(4):
        keys = [it.answer[0] for it in attribution.generate(_one_voice(seed, kinds=("short_answer",)))]
        assert keys == ["Tom Ruiz"], keys


# 7. Mojibake written with a combining tilde ("GA\u0303 1⁄4len") is as garbled as "GÃ¼len".
def test_mojibake_with_a_combining_tilde_is_garbled():
    from quizgen.generate.attribution import garbled
    assert garbled("the United States extradite GA\u03031\u20444len")
    assert garbled("the United States extradite G\u00c3\u00bclen")
    assert not garbled("the United States extradite Gulen")
    assert not garbled("S\u00e3o Paulo said the port would open")  # a real tilde on a lower-case a


GARBLED = ("Harbor tax\n\n"
           "Stefan KA\u0303\u0083ln said the harbor tax was far too low for the town.\n\n"
           "Tom Ruiz said the ferry line had carried more riders this year than ever before.\n\n"
           "Dan Webb said the cranes would be replaced next year.\n\n"
           "Ian Marsh said the silt had closed the north channel twice.\n")


def test_a_garbled_name_is_never_a_who_said_option():
    a = plain_article(GARBLED)
    people = ("Stefan KA\u0303\u0083ln", "Tom Ruiz", "Dan Webb", "Ian Marsh")
    claims = ("the harbor tax was far too low for the town",
              "the ferry line had carried more riders this year than ever before",
              "the cranes would be replaced next year", "the silt had closed the north channel twice")
    atts = [_att(a, who, "person", who, "said", c) for who, c in zip(people, claims, strict=True)]
    ctx = _ctx(a, atts, entities=_people(a, *people))
    it = who_said(ctx, atts[1])  # two clean names beside the key: no item rather than a garbled option
    assert it is None or not any("\u0303" in o for o in it.options), it.options
