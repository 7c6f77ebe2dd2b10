"""Judged blind (stop 37) — each failure shape on a constructed sentence first."""
from __future__ import annotations

from factories import claim as _att
from factories import plain_article

# A true/false item said 'Gingrich said that there was no joy in comparison to Obama': the quotation
# opened a sentence earlier ('Old nominees … "were stiff. They weren't fun. There was no joy" in
# comparison to Obama, Gingrich said.'), so the claim's subject was cut off. A claim that begins
# inside a quotation (a closing mark with no opening one before it) is cut: no item quotes it.
CUT_TEXT = ("Mayor reviews the harbor fair\n\n"
            "Old mayors Jane Roe and Tom Poe \u201cwere dull. They were not lively. There was no spark at "
            "all\u201d in comparison to the new mayor, Dale Brock said.\n\n"
            "Dale Brock said the harbor fair would bring many new visitors to the town.\n")


def test_a_claim_that_begins_inside_a_quotation_is_not_usable():
    from quizgen.generate.attribution import usable

    a = plain_article(CUT_TEXT)
    cut = _att(a, "Dale Brock", "person", "Dale Brock", "said",
               "There was no spark at all\u201d in comparison to the new mayor")
    whole = _att(a, "Dale Brock", "person", "Dale Brock", "said",
                 "the harbor fair would bring many new visitors to the town", after=CUT_TEXT.index("\n\nDale") + 2)
    assert usable(whole)
    assert not usable(cut)


def test_a_quotation_inside_a_claim_is_still_usable():
    from quizgen.generate.attribution import usable

    text = ("Mayor reviews the harbor fair\n\n"
            "Dale Brock said the fair was \u201ca great success\u201d for the whole town this year.\n")
    a = plain_article(text)
    att = _att(a, "Dale Brock", "person", "Dale Brock", "said",
               "the fair was \u201ca great success\u201d for the whole town this year")
    assert usable(att)


KD_FILL = ("The council met on Monday evening to discuss the budget for next year. Residents filled the hall and "
           "many waited outside in the rain for hours before the doors opened.")


def _key_details(text: str) -> list:
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import generate_items

    a = plain_article(text)
    return generate_items(a, analyse(a), rng=random.Random(0), skills=["key_detail"])


def test_a_name_the_sentence_repeats_as_a_possessive_is_no_gap():
    """Judged blind (E37): "… boosting ______, made a major change … after Rubio’s disappointing debate": the
    stem prints the answer."""
    text = ("PAC changes its plans\n\n" + KD_FILL + "\n\n\u201cWe will win this state,\u201d Marco Rubio said in "
            "Nashua on Monday, as Ted Cruz and John Kasich campaigned in Concord.\n\nThe reports show Conservative "
            "Solutions PAC, an outside group spending tens of millions of dollars boosting Rubio, made a major "
            "change in its advertising plans after Rubio\u2019s disappointing debate performance on Saturday.\n\n"
            + KD_FILL)
    stems = [it.stem for it in _key_details(text)]
    assert not any("boosting ______" in s for s in stems), stems
    # the same sentence without the possessive still makes its gap
    plain = text.replace("after Rubio\u2019s disappointing debate performance", "after a disappointing debate")
    assert any("boosting ______" in it.stem for it in _key_details(plain))


def test_a_number_after_no_is_a_label_not_a_detail():
    """Judged blind (E37): "the Clinton, Bush (No. ______) and Obama eras" asked for 43."""
    from quizgen.generate.key_detail import trivia

    s = "He drove it to pursue the stories that helped define the Clinton, Bush (No. 43) and Obama eras."
    at = s.index("43")
    assert trivia(s, at, at + 2)
    s2 = "The team ranked No. 3 in the country last season, its best finish in a decade."
    assert trivia(s2, s2.index("3"), s2.index("3") + 1)
    s3 = "The team won 43 games last season, its best record in a decade."
    assert not trivia(s3, s3.index("43"), s3.index("43") + 2)


def test_a_gap_on_number_two_as_a_whole_is_a_list_marker():
    """Judged blind (E37): the gap covered "Number two" itself ("______, between 2003 and 2012, corporate America
    made $2.7 trillion", asked as "the missing amount")."""
    from quizgen.generate.key_detail import list_marker

    s = "Number two, between 2003 and 2012, corporate America made $2.7 trillion."
    assert list_marker(s, 0, len("Number two"))
    s2 = "But first, number three: the bridge must be rebuilt this year."
    assert list_marker(s2, s2.index("number"), s2.index(":"))
    assert not list_marker("Two hundred people came to the fair on Sunday.", 0, len("Two hundred"))


def test_a_small_count_after_the_is_a_group_already_named():
    """Judged blind (E37): "The ______ men intended to reopen the site …": the count of people the paragraph
    named one by one, no key detail."""
    from quizgen.generate.key_detail import trivia

    s = "The three men intended to reopen the site as a mall and spa, according to a lawsuit."
    assert trivia(s, 4, 9)
    s2 = "Police said the two women had left the building before the fire started."
    assert trivia(s2, s2.index("two"), s2.index("two") + 3)
    s3 = "The city hired three new teachers for the school this year."
    assert not trivia(s3, s3.index("three"), s3.index("three") + 5)


def test_a_reported_claim_split_after_an_opening_phrase_is_not_quoted_as_said_that():
    """Judged blind (E37): "who said that Like his comments about Mr. Curiel Mr. Trump's jabs … were entirely
    unacceptable?": the claim's opening phrase ("Like …, Mr. Graham said, …") joined to its clause."""
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import generate_items

    text = ("Senators split over the mayor\n\n" + KD_FILL + "\n\nSen. Lindsey Graham spoke on Monday. Sen. John "
            "Allen and Rep. Mike Coffman spoke on Tuesday.\n\nLike his comments about the judge, Mr. Graham said, "
            "the mayor\u2019s jabs at the two parents were entirely unacceptable.\n\nMike Coffman said the mayor "
            "should apologise to the parents this week.\n\n" + KD_FILL)
    a = plain_article(text)
    items = generate_items(a, analyse(a), rng=random.Random(0), skills=["attribution", "certainty", "sourcing"])
    assert not any("that Like" in it.stem or "said Like" in it.stem for it in items), [it.stem for it in items]
    assert any("apologise" in it.stem for it in items)  # the plain claim beside it is still asked


def _ctx(text: str):
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import sure_claims
    from quizgen.generate.base import Context
    from quizgen.model import ITEM_KINDS

    a = plain_article(text)
    return Context(a, sure_claims(analyse(a)), random.Random(0), frozenset(ITEM_KINDS))


def test_a_party_defended_after_a_complaint_about_something_else_is_not_criticised():
    """Judged blind (E37): "Biden complained about the dour tone of the primary but defended Bernie Sanders as a
    mainstream candidate" gave the model answer "the writer gives criticism of or accusations against Sanders"."""
    from quizgen.generate.perspective import _criticised

    text = ("Mayor visits the station\n\nMayor Ann Cole complained about the gloomy tone of the council race but "
            "defended Bo Kim as a sensible candidate, and praised the new station.\n\n" + KD_FILL + "\n\nBo Kim "
            "spoke on Tuesday.\n")
    assert "Kim" not in _criticised(_ctx(text))
    text2 = text.replace("complained about the gloomy tone of the council race but defended Bo Kim as",
                         "complained about the gloomy campaign of Bo Kim, calling him")
    assert "Kim" in _criticised(_ctx(text2))


def test_an_interview_transcript_is_no_opinion_piece():
    """Judged blind (E37): a Q&A ("Q: …" / "A: I think …") was called "an opinion piece" whose writer leaves a
    perspective out; the first person there is the interviewee's, in answers."""
    from quizgen.generate.perspective import opinion_piece

    answers = ["I think the town is doing better than people say.", "I am surprised by the gloomy tone.",
               "I believe the budget will pass this year.", "I regret a few of my votes, but not many."]
    # answers run on in paragraphs of their own, with no "A:" (as a transcript prints them)
    body = "\n\n".join(f"Q: What do you make of question {i}?\n\nA: {ans}\n\n{ans}" for i, ans in enumerate(answers, 1))
    text = "Q&A with Mayor Ann Cole\n\nMayor Ann Cole spent Thursday at the new station.\n\n" + body + "\n"
    assert not opinion_piece(_ctx(text))
    column = "My view of the town\n\n" + "\n\n".join(answers) + "\n"
    assert opinion_piece(_ctx(column))


def test_according_to_after_a_writers_concession_is_not_asked_as_the_sources_whole_claim():
    """Judged blind (E37): "Even if some of the network's shows drive the brothers bananas, it is still a major cash
    generator …, according to Brian Wieser, an analyst": the quoted claim ran the writer's aside into the analyst's
    figure."""
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import generate_items

    sentence = ("Even if some of the station\u2019s shows drive the owners mad, it is still a major source of cash for "
                "the company, with $1.6 billion in profit in 2015, according to Brian Weller, an analyst at Pivot "
                "Research.")
    text = ("The station and its owners\n\n" + KD_FILL + "\n\n" + sentence + "\n\nMayor Ann Cole said the station "
            "would stay in the town for many years.\n\n" + KD_FILL)
    a = plain_article(text)
    items = generate_items(a, analyse(a), rng=random.Random(0), skills=["sourcing"])
    assert not any("Even if" in it.stem for it in items), [it.stem for it in items]
    plain = text.replace("Even if some of the station\u2019s shows drive the owners mad, it", "The station")
    a2 = plain_article(plain)
    assert any("Weller" in " ".join([it.stem, it.explanation]) or "1.6 billion" in it.stem
               for it in generate_items(a2, analyse(a2), rng=random.Random(0), skills=["sourcing"]))
