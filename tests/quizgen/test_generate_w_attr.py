"""An indirect claim whose "he"/"she" subject is surely its speaker (helper w_attr): asked as "who told
reporters he …?" (every option of that gender) or as a true/false "X said he …", never shown as an
option on its own; not when another person the pronoun could point to is in sight. Constructed text."""
from __future__ import annotations

from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate.attribution import (
    _candidates,
    aside_trimmed,
    claim_option,
    said_true_false,
    self_claim,
    who_phrase,
    who_said,
)

FERRY = ("Ferry fares to rise\n\n"
         "The town council met on Monday to discuss the harbour.\n\n"
         "Tom Hale told reporters he would raise the ferry fares in the spring.\n\n"
         "Mr. Hale has run the ferry for ten years.\n\n"
         "Sam Reed, a council member, said the fares were already too high for most families. "
         "Mr. Reed voted against the plan.\n\n"
         "Ian Cole said the harbour wall needed repairs before the winter storms. Mr. Cole is an engineer.\n\n"
         "Dan Webb, a fisher, said the catch had fallen by half since last year. Mr. Webb sells fish.\n\n"
         "Ann Bell said the council had ignored her letters. Ms. Bell lives by the harbour.\n\n"
         "Mr. Reed criticised Mr. Webb again. Ian Cole said he was wrong about the wall.\n")

NAMES = ("Tom Hale", "Hale", "Sam Reed", "Reed", "Ian Cole", "Cole", "Dan Webb", "Webb", "Ann Bell", "Bell")


def _atts(a):
    return [
        _att(a, "Tom Hale", "person", "Tom Hale", "told", "he would raise the ferry fares in the spring"),
        _att(a, "Sam Reed", "person", "Sam Reed", "said", "the fares were already too high for most families"),
        _att(a, "Ian Cole", "person", "Ian Cole", "said", "the harbour wall needed repairs before the winter storms"),
        _att(a, "Dan Webb", "person", "Dan Webb", "said", "the catch had fallen by half since last year"),
        _att(a, "Ann Bell", "person", "Ann Bell", "said", "the council had ignored her letters"),
        _att(a, "Ian Cole", "person", "Ian Cole", "said", "he was wrong about the wall",
             after=a.text.index("criticised")),
    ]


def _setup():
    a = plain_article(FERRY)
    atts = _atts(a)
    ents = [e for name in NAMES for e in _ents(a, "PERSON", name)]
    # keep the longest name at each place ("Tom Hale", not also "Hale" inside it)
    ents = [e for e in ents if not any(o is not e and o.span.start <= e.span.start and e.span.end <= o.span.end
                                       and len(o.text) > len(e.text) for o in ents)]
    return a, atts, _ctx(a, atts, entities=ents)


def test_he_right_after_the_speakers_own_cue_is_the_speaker():
    a, atts, ctx = _setup()
    assert self_claim(ctx, atts[0])
    assert atts[0] in _candidates(ctx)


def test_who_said_he_keeps_every_option_a_man():
    a, atts, ctx = _setup()
    it = who_said(ctx, atts[0])
    assert it is not None
    assert it.stem == "According to ¶2, who told reporters he would raise the ferry fares in the spring?"
    assert it.options[it.answer] == "Tom Hale"
    assert "Ann Bell" not in it.options


def test_false_statement_names_another_man():
    a, atts, ctx = _setup()
    it = said_true_false(ctx, atts[0], truthful=False)
    assert it is not None and it.answer == 1
    assert "he would raise the ferry fares" in it.stem
    assert "Tom Hale" not in it.stem and "Ann Bell" not in it.stem


def test_a_he_claim_is_never_an_option_on_its_own():
    a, atts, ctx = _setup()
    assert claim_option(ctx, atts[0]) is None


def test_another_man_named_just_before_makes_he_unsure():
    a, atts, ctx = _setup()
    # "Mr. Reed criticised Mr. Webb again. Ian Cole said he was wrong …": he may be Webb
    assert not self_claim(ctx, atts[5])
    assert who_said(ctx, atts[5]) is None
    assert atts[5] not in _candidates(ctx)


def test_a_pronoun_of_the_other_gender_is_no_self_claim():
    a = plain_article(FERRY.replace("Ann Bell said the council had ignored her letters",
                                    "Ann Bell said he had ignored her letters"))
    att = _att(a, "Ann Bell", "person", "Ann Bell", "said", "he had ignored her letters")
    ctx = _ctx(a, [att], entities=_ents(a, "PERSON", "Ann Bell"))
    assert not self_claim(ctx, att)


# A claim said in a participle clause that the ledger ran on into a dash's aside: cut at the dash when
# the sentence's own verb resumes after the aside; never when the claim's words go on after it.
ASIDE = ("Ferry fares rise\n\n"
         "The council met on Monday.\n\n"
         "Tom Hale, after first saying he would keep the old fares for the whole year - the ferry lost money "
         "last winter - raised them in May.\n\n"
         "Tom Hale says he is so tired of the council - a circus, he calls it - that he may sell the ferry.\n")


def test_a_claim_cut_at_an_aside_when_the_main_verb_resumes():
    a = plain_article(ASIDE)
    first = _att(a, "Tom Hale", "person", "Tom Hale", "saying",
                 "he would keep the old fares for the whole year - the ferry lost money")
    ctx = _ctx(a, [first], entities=_ents(a, "PERSON", "Tom Hale"))
    cut = aside_trimmed(ctx, first)
    assert cut.content == "he would keep the old fares for the whole year"
    assert self_claim(ctx, cut) and not self_claim(ctx, first)
    assert cut in _candidates(ctx)
    assert who_phrase(ctx, cut) == "said he would keep the old fares for the whole year"


def test_no_cut_when_the_claim_goes_on_after_the_aside():
    a = plain_article(ASIDE)
    later = _att(a, "Tom Hale", "person", "Tom Hale", "says", "he is so tired of the council",
                 after=a.text.index("Tom Hale says"))
    ctx = _ctx(a, [later], entities=_ents(a, "PERSON", "Tom Hale"))
    assert aside_trimmed(ctx, later) is later
    assert not self_claim(ctx, later)
