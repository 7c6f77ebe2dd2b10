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


# --- set D1 (13 unseen articles, judged blind): 12 of 36 key-detail gaps read as trivia, two as "who said it" ---

def _trivia_at(sentence: str, gap: str) -> bool:
    at = sentence.index(gap)
    return trivia(sentence, at, at + len(gap))


def test_numbers_in_passing_are_trivia():
    # a round figure of speech, not a count
    assert _trivia_at("All they have to do is repeat, 10,000 times, 'Safe Streets' and 'Lower Rents.'", "10,000")
    assert not _trivia_at("The mayor has now vetoed bills 12 times this year.", "12")
    assert not _trivia_at("The senator has cast votes 10,421 times since 1990.", "10,421")  # a count
    # a number opening a quoted title
    assert _trivia_at("This is the eighth part of '16 And Counting, the paper's series on the race.", "16")
    assert not _trivia_at("This is the eighth part of the paper's series, which has 16 parts.", "16")
    # counts of followers, views and retweets
    assert _trivia_at("His posts, shared with his more than 403,000 followers, often make news.", "403,000")
    assert _trivia_at("The clip was retweeted 3,200 times within a day.", "3,200")
    assert _trivia_at("The video has gone viral with over 2 million views.", "2 million")
    assert not _trivia_at("About 40,000 fans filled the stadium for the rally.", "40,000")
    assert not _trivia_at("The fund sold 10,000 shares of the company on Monday.", "10,000")
    # a place's fixed count of counties or states
    assert _trivia_at("Volunteers gave pep talks to workers in Harbour State's 99 counties.", "99")
    assert _trivia_at("He has campaigned in all 50 states since May.", "50")
    assert not _trivia_at("He won 27 counties and lost 12 on Tuesday.", "27")


def test_a_name_the_stem_spells_out_in_another_word_is_no_gap():
    from quizgen.generate.key_detail import named_in_derivative
    s = "As for Carson, he was, well, Carsonian."
    assert named_in_derivative(gap_item(s, "Carson"))
    assert named_in_derivative(gap_item("The plan was Obama's, and the Obamacare rules went with it.", "Obama"))
    assert not named_in_derivative(gap_item("As for Carson, he said the Carsons had moved to Ohio.", "Carson"))
    assert not named_in_derivative(gap_item("As for Carson, he was, well, unlike anyone else.", "Carson"))


def test_a_gap_on_the_speaker_of_its_sentence_is_asked_as_attribution():
    from quizgen.generate.key_detail import speaker_gap
    assert speaker_gap(gap_item("Nora Hale has described the dinner as the capital celebrating itself.", "Nora Hale"))
    assert speaker_gap(gap_item("Matt Ross, executive director of the group Progress Harbour, has accused Lee of "
                                "stalling.", "Matt Ross"))
    assert not speaker_gap(gap_item("The council met Nora Hale on Monday to discuss the plan.", "Nora Hale"))
    assert not speaker_gap(gap_item("Nora Hale, the mayor, opened the new ferry terminal on Monday.", "Nora Hale"))


def test_an_outlet_as_the_answer_is_a_side_detail():
    s = "Sanders admitted at an MSNBC forum on Monday night that it would be very hard to win."
    assert side_detail(gap_item(s, "MSNBC"), 20)
    s = "And how about this headline from the Washington Post, which hits close to home."
    assert side_detail(gap_item(s, "Washington Post"), 20)
    s = "Officials in Harbour County said on Monday that 300 jobs would go."
    assert not side_detail(gap_item(s, "Harbour County"), 20)


def test_a_speaker_gap_joins_the_attribution_items_after_their_own():
    from quizgen.generate import generate_items
    title = "Harbour Council Votes To Close The Old Ferry Yard"
    paras = [
        "The Harbour council voted on Monday to close the old ferry yard after Mayor Nora Hale backed the plan, ending "
        "a dispute that had run for ten years and cost the town more than $4 million in legal fees.",
        "Councillor Tom Reyes has described the vote as the town finally choosing its future over its past.",
        "Reyes, who chairs the yard's trust, will meet the workers next week to talk about jobs at the new port.",
        "The yard employed 300 people at its height in the 1980s, but only 40 work there now, the council said.",
        "Workers at the yard said they would ask the council to find them jobs at the new port on the east side.",
        "The council will meet again next month to choose a builder for the homes and the park.",
    ]
    ctx, an = analysed_context(title + "\n\n" + "\n\n".join(paras) + "\n")
    items = generate_items(ctx.article, an, rng=__import__("random").Random(0))
    skills = [it.skill for it in items]
    retold = [i for i, it in enumerate(items)
              if it.skill == "attribution" and it.stem.startswith("Complete the detail")]
    assert retold, "the gap on the speaker of ¶2 is asked as attribution"
    assert all("Tom Reyes" in items[i].answer for i in retold)
    assert any(it.skill == "key_detail" and "300" in it.answer for it in items)  # the yard's jobs: a key detail still
    # after every item the attribution generator made itself, before the next skill's
    own = [i for i, it in enumerate(items) if it.skill == "attribution" and i not in retold
           and not it.stem.startswith("True or false? The article names")]
    assert not own or min(retold) > max(own)
    assert all(s != "key_detail" for s in skills[min(retold):])
