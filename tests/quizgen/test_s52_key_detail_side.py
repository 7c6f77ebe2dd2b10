"""Judged blind on set KD (74 key-detail gaps of 24 unseen articles, each rated central, supporting or trivia):
29 read as trivia, among them a number inside a dash aside ("Florida -- the nation's leader in golf courses with more
than ______ --"), a poll's breakdown ("including ______ who say …", "______ of Republicans, 28% of independents and
12% of Democrats"), a size written as a modifier ("the ______ Colony West Golf Club": 275-acre), an interviewer's
name ("in an interview with CNN's ______"), a gap in the last paragraph (a kicker, a caption run in) and a poll's
sample size with the group named ("a poll of ______ registered Latino voters"). The sample size is trivia now; the
others are asked after a tier's other details (a lesson with room for three takes the first three). Constructed
sentences of the same shapes."""
from __future__ import annotations

from factories import analysed_context, make_item

from quizgen.generate import key_detail
from quizgen.generate.key_detail import side_detail, trivia
from quizgen.model import Support


def gap_item(sentence: str, answer: str, paragraph: int = 3):
    at = sentence.index(answer)
    stem = f'Complete the detail from ¶{paragraph}: "{sentence[:at]}______{sentence[at + len(answer):]}" Write it.'
    sup = Support(paragraph, 100, 100 + len(sentence), sentence)
    return make_item("key_detail", "short_answer", stem, (), [answer], "", [sup])


def test_a_poll_sample_with_the_group_named_between_is_trivia():
    s = "Few like the plan, according to a poll of 400 registered Latino voters released on Monday."
    at = s.index("400")
    assert trivia(s, at, at + 3)
    s = "Few like the plan, according to a poll of 400 registered voters released on Monday."
    assert trivia(s, s.index("400"), s.index("400") + 3)  # as before
    s = "Officials counted 400 registered Latino voters at the harbour rally on Monday."
    assert not trivia(s, s.index("400"), s.index("400") + 3)  # a count of the story, no poll's sample


def test_a_number_inside_a_dash_or_bracket_aside_is_a_side_detail():
    s = "The season began in Florida -- the state with more than 1,000 golf courses -- with record closures."
    assert side_detail(gap_item(s, "1,000"), 20)
    s = "The season began in Florida (the state with more than 1,000 golf courses) with record closures."
    assert side_detail(gap_item(s, "1,000"), 20)
    # after the aside has closed, the sentence's own number
    s = "Florida -- the state with the most golf courses -- saw 158 of them close last year."
    assert not side_detail(gap_item(s, "158"), 20)
    s = "In 2013 alone, 158 golf courses closed and just 14 opened."
    assert not side_detail(gap_item(s, "158"), 20)


def test_a_part_of_a_total_just_given_is_a_side_detail():
    s = "Most voters, 56%, dislike the plan, including 18% who say they are angry about it."
    assert side_detail(gap_item(s, "18%"), 20)
    s = "That result includes 64 percent of independent voters."
    assert side_detail(gap_item(s, "64 percent"), 20)
    s = "Republicans were most worried: 45% of them, against 28% of independents and 12% of Democrats."
    assert side_detail(gap_item(s, "45%"), 20)
    # the total itself, with one part beside it: the sentence's point
    s = "For the mayor, 38% of likely voters would be worried, a bit more than the 28% who would be glad."
    assert not side_detail(gap_item(s, "38%"), 20)


def test_a_size_as_a_modifier_and_an_interviewer_are_side_details():
    s = "To avoid the same fate, the city bought the 275-acre Harbour Park Golf Club outright."
    assert side_detail(gap_item(s, "275-acre"), 20)
    s = "Lee said in an interview with Harbour Radio's Tom Reyes that the plan was dead."
    assert side_detail(gap_item(s, "Tom Reyes"), 20)
    s = "Lee told Harbour Radio host Tom Reyes that the plan was dead."
    assert side_detail(gap_item(s, "Tom Reyes"), 20)
    s = "Lee told the council that 300 jobs would go when the yard closed."
    assert not side_detail(gap_item(s, "300"), 20)
    s = "The 9-year-old girl was found safe on Sunday."
    assert not side_detail(gap_item(s, "9-year-old"), 20)  # an age: asked as one (the lede's age) or not at all


def test_a_gap_in_the_last_paragraph_of_a_longer_article_is_a_side_detail():
    s = "The council will meet again on the plan next spring, with 12 members present."
    assert side_detail(gap_item(s, "12", paragraph=9), 9)
    assert not side_detail(gap_item(s, "12", paragraph=8), 9)
    assert not side_detail(gap_item(s, "12", paragraph=4), 4)  # a short article's last paragraph is no kicker


def test_the_generator_asks_a_side_detail_after_the_tier_s_other_details():
    title = "Harbour Golf Courses Close As Players Drift Away"
    paras = [
        "Golf courses across the harbour region are closing as fewer players take up the game, owners said on Monday.",
        "The decline began in Florida -- the state with more than 1,000 golf courses -- and spread north in a year.",
        "Almost 650 golf courses have closed since 2006, the golf foundation says in its yearly report.",
        "Owners blame the cost of water, the long rounds and a younger public with less free time for the game.",
        "Some clubs have turned their land into parks, while others have sold it to builders who plan new homes there.",
        "A few owners are trying shorter courses, night play and cheaper lessons to bring families back to the greens.",
        "Club managers meet in the spring to share what has worked, and most expect the closures to go on for years.",
    ]
    ctx, _ = analysed_context(title + "\n\n" + "\n\n".join(paras) + "\n")
    items = key_detail.generate(ctx)
    gaps = [a for it in items for a in (it.answer if isinstance(it.answer, list) else [])]
    assert "650" in gaps and "1,000" in gaps
    assert gaps.index("650") < gaps.index("1,000")
