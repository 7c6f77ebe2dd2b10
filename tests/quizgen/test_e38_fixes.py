"""Shapes found in stop 37's blind judging and review, each on a constructed article first."""
from __future__ import annotations

from test_capacity34_venue import _COLUMN
from test_generate_j13 import _ctx

from quizgen import kinds
from quizgen.generate import venue
from quizgen.validate import validate


def test_the_written_venue_key_is_not_dropped_as_a_long_key_beside_spoken_venues():
    # "…," Holt wrote: keyed "in writing" among three spoken venues; the label of the written venue must not
    # be so much longer than the spoken ones that the quality gate drops it as a giveaway
    ctx, an = _ctx(_COLUMN)
    items = [it for it in venue.generate(ctx) if "cost every family" in it.stem]
    assert items, "no venue item on the column's quotation"
    assert kinds.keyed_texts(items[0]) == [venue.VENUES["writing"]]
    kept, dropped = validate(items, ctx.article, an)
    assert kept, [r for _, r in dropped]


def test_a_meaning_whose_dictionary_gloss_is_split_into_bare_parts_is_no_key():
    # judged blind twice (E37, E38): "disavow these comments" keyed "refuse to acknowledge", the first of three
    # partial glosses ("refuse to acknowledge; disclaim knowledge of; responsibility for, or association with"):
    # the speaker plainly acknowledges the comments, so the bare part reads as wrong; the later parts are
    # fragments ending on a preposition, no option either
    from quizgen import wordnet
    from quizgen.generate.vocabulary import key_definition

    wn = wordnet.load()
    disavow = wn.senses("disavow", "VERB")[0]
    assert disavow.definition.count(";") >= 2
    assert key_definition(wn, "disavow", "disavow", disavow) is None
    # a whole first gloss stays the key, also one of two parts ("excuse, overlook, …; be lenient with")
    condone = wn.senses("condone", "VERB")[0]
    assert key_definition(wn, "condone", "condone", condone) == "excuse, overlook, or make allowances for"
    demote = wn.senses("demote", "VERB")[0]
    assert key_definition(wn, "demote", "demote", demote) == "assign to a lower position"


def test_a_quoted_sentence_shown_in_a_stem_drops_the_next_quotation_s_opening_mark():
    # judged blind (E38): the sentence split kept the next quotation's opening marks ("… Mr. Ryan said. ''"),
    # printed as a dangling '' in the stem
    from quizgen.generate.vocabulary import _around

    text = "''I disavow these comments,'' Mr. Ryan said. ''"
    shown = _around(text, 4, 11)
    assert shown.rstrip('"').endswith("said."), shown
    assert "disavow" in shown
    for opener in ("“", "\""):
        text = f"“I disavow these comments,” Ryan said. {opener}"
        assert _around(text, 3, 10).endswith('said."'), _around(text, 3, 10)
    # a closing mark after the sentence's end stays: it closes what the sentence opened
    text = "Ryan said: “I disavow these comments.”"
    assert _around(text, 14, 21).endswith('comments.’"'), _around(text, 14, 21)  # inner quotes as single marks


_REBUKE = ("Speaker rebukes candidate over judge remarks\n\n"
           "House Speaker Paul Ryan on Tuesday said that Donald Trump's remarks about a federal judge were the "
           "textbook definition of a racist comment, in a rare rebuke of his party's likely nominee.\n\n"
           "Mr. Ryan spoke at a job training center in Washington, where he had planned to unveil an anti-poverty "
           "plan.\n\n"
           "Senator Tim Scott of South Carolina said the remarks were \"racially toxic\" and could hurt the party in "
           "the fall.\n\n"
           "\"Claiming a person can't do their job because of their race is sort of like the textbook definition of "
           "a racist comment,\" Mr. Ryan said of Mr. Trump's criticism of the judge.\n\n"
           "Senator Bob Corker of Tennessee said he was disappointed by the comments but would still back Mr. Trump "
           "in November.\n\n"
           "Former Florida governor Jeb Bush said on Twitter that the attacks on the judge were \"wrong\" and that "
           "Mr. Trump should apologize.\n\n"
           "Mr. Trump said in a statement that his comments had been \"misconstrued\" and that he did not think the "
           "judge could be fair.\n\n"
           "Senator Mark Kirk of Illinois said he would no longer support Mr. Trump, calling the remarks \"dead "
           "wrong\" and \"un-American.\"\n\n"
           "The judge, who was born in Indiana, is hearing a lawsuit against Trump University in San Diego.\n\n"
           "Mr. Ryan said he still planned to vote for Mr. Trump because the party needed to win the White House in "
           "November.\n")


def test_one_claim_told_in_the_lede_and_quoted_later_is_asked_who_said_once():
    # judged blind (E38): "who said that Trump's remarks … were the textbook definition of a racist comment?" (¶1)
    # beside "who said, '… the textbook definition of a racist comment'?" (¶4): one claim, one answer, twice
    from quizgen import load_article
    from quizgen.generate import build_lesson_report

    lesson = build_lesson_report(load_article(_REBUKE), count=15, seed=0).lesson
    textbook = [it for it in lesson.items if it.skill == "attribution" and "textbook definition" in it.stem]
    assert len(textbook) == 1, [it.stem for it in textbook]
    # other claims of the same speaker are still asked ("would still vote for Mr. Trump" is no other wording of it)
    from quizgen.generate.lesson import same_claim_retold

    a = "According to ¶1, who said that the remarks were the textbook definition of a racist comment?"
    b = ("According to ¶4, who said, \"Claiming a person can't do their job is the textbook definition of a racist "
         "comment\"?")
    c = "According to ¶11, who said he still planned to vote for Mr. Trump because the party needed to win?"
    assert same_claim_retold(a, b)
    assert not same_claim_retold(a, c) and not same_claim_retold(b, c)
    assert not same_claim_retold("According to ¶2, who said the plan would cost the town more than it could save?",
                                 "According to ¶5, who said the plan would be ready by the end of the year?")
