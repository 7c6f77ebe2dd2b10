"""Items judged blind on the kept-aside set J7: a stem printing a speaker's profanity ("There's just a ton of
bullshit with this job"), and an item on the paper's correction notice at the foot of the article."""
from __future__ import annotations

from factories import make_item, plain_article, support

from quizgen.validate import lint_item

TEXT = ("Senator finds his voice\n\n"
        "\u201cThere's just a ton of bullshit with this job,\u201d Murphy said of his first years in the Senate.\n\n"
        "Murphy said the shooting changed how he saw the work of a senator.\n\n"
        "An article in some editions on Thursday about the senator misstated the year he was elected.\n")
ARTICLE = plain_article(TEXT)


def _item(paragraph: int, phrase: str, stem: str):
    return make_item("certainty", "multiple_choice", stem, ["Attributed to a named source", "Stated as fact",
                     "Attributed to people the article does not name", "Hedged"], 0, "Why.",
                     [support(ARTICLE, paragraph, phrase)])


def test_an_item_printing_profanity_is_dropped():
    rude = _item(1, "There's just a ton of bullshit with this job",
                 "How does the article present this claim from ¶1: \"There's just a ton of bullshit with this job\"?")
    plain = _item(2, "Murphy said the shooting changed how he saw the work of a senator",
                  "How does the article present this claim from ¶2: \"the shooting changed how he saw the work of "
                  "a senator\"?")
    assert any("profane" in w for w in lint_item(rude, ARTICLE))
    assert not any("profane" in w for w in lint_item(plain, ARTICLE))


def test_an_item_on_the_correction_notice_is_dropped():
    notice = _item(3, "An article in some editions on Thursday about the senator misstated the year he was elected",
                   "How does the article present this claim from ¶3: \"An article in some editions on Thursday about "
                   "the senator misstated the year he was elected\"?")
    assert any("correction notice" in w for w in lint_item(notice, ARTICLE))


def test_a_titled_form_of_another_family_member_is_not_accepted():
    """Judged blind (J7): "Mr. Obama" (the article's name for Barack Obama) accepted for the gap "whom ______ referred
    to in her prime-time address" (Michelle Obama)."""
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import sure_claims
    from quizgen.generate.base import Context, honorific_name_forms
    from quizgen.generate.key_detail import _name_forms
    from quizgen.model import ITEM_KINDS

    body = "Michelle Obama spoke on Monday. Barack Obama listened. Mr. Obama said it was fine."
    assert "Mr. Obama" not in honorific_name_forms(body, "Michelle Obama")[0]
    assert "Ms. Lee" in honorific_name_forms("Ann Lee spoke. Ms. Lee said the vote was close.", "Ann Lee")[0]
    article = plain_article("First lady speaks\n\n"
                            "Mr. Obama praised the crowd at the convention on Monday night in Philadelphia.\n\n"
                            "The slaves who built the White House, whom Michelle Obama mentioned in her address, "
                            "were the subject of a long aside on the radio.\n\n"
                            "Mr. Obama will speak again on Wednesday night before the vote.\n")
    ctx = Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))
    michelle = next(e for e in ctx.analysis.entities if e.text == "Michelle Obama")
    assert "Mr. Obama" not in _name_forms(ctx, michelle)


def test_a_proposal_is_no_claim_to_weigh():
    """Judged blind (J7): "Alan Hartman … suggested that the health care property company Ventas spin off a major
    division" asked "how does the article present this claim?", keyed "attributed to a named source"."""
    from factories import claim, sentence_context

    from quizgen.generate import certainty

    text = ("Bankers with a personal touch\n\n"
            "Alan Hartman, another partner at the bank, suggested that the harbor company Northport spin off its "
            "ferry division last year.\n\n"
            "Ann Lee, a partner at the bank, said the firm had advised on more than forty deals in the past year.\n")
    article = plain_article(text)
    proposal = claim(article, "Alan Hartman", "person", "Alan Hartman", "suggested",
                     "the harbor company Northport spin off its ferry division last year")
    plain = claim(article, "Ann Lee", "person", "Ann Lee", "said",
                  "the firm had advised on more than forty deals in the past year")
    stems = [it.stem for it in certainty.generate(sentence_context(article, [proposal, plain]))]
    assert any("forty deals" in s for s in stems)
    assert not any("ferry division" in s for s in stems)


def test_a_claim_option_with_another_sources_report_inside_is_no_option():
    """Judged blind (J7): "Local news outlets, the Associated Press reports that Hess …" offered as what someone
    said."""
    from quizgen.generate.attribution import _RELAY_INSIDE

    assert _RELAY_INSIDE.search("Local news outlets, the Associated Press reports that Hess was on board")
    assert not _RELAY_INSIDE.search("The new rules will cost the port two hundred jobs, the mayor said")
    assert not _RELAY_INSIDE.search("The council would vote on the harbor plan in the spring")


def test_no_said_true_false_on_a_name_the_speaker_echoes():
    """Judged blind (J8): "Biden, echoing Erdogan, called on Kurds not to cross …" credited to Erdogan, so "In ¶9,
    Joe Biden called on Kurds …" was keyed False."""
    from factories import claim, sentence_context

    from quizgen.generate.attribution import said_true_false

    text = ("Talks on the river\n\n"
            "Biden, echoing Erdogan, called on the militias not to cross to the west bank of the river.\n\n"
            "Ann Lee, a senator from Ohio, said the talks on the river would go on into the spring.\n\n"
            "Tom Reed, the mayor of Akron, said the city would send aid to the region next month.\n")
    article = plain_article(text)
    wrong = claim(article, "Recep Tayyip Erdogan", "person", "Erdogan", "called on",
                  "the militias not to cross to the west bank of the river")
    lee = claim(article, "Ann Lee", "person", "Ann Lee", "said", "the talks on the river would go on into the spring")
    reed = claim(article, "Tom Reed", "person", "Tom Reed", "said", "the city would send aid to the region next month")
    ctx = sentence_context(article, [wrong, lee, reed])
    assert said_true_false(ctx, wrong, truthful=True) is None
    assert said_true_false(ctx, wrong, truthful=False) is None
    assert said_true_false(ctx, lee, truthful=True) is not None


def test_a_speaker_counting_points_off_is_no_number_gap():
    """Judged blind (J8): "Number two, …" in an interview asked as "the missing amount (number and unit)"."""
    from quizgen.generate.key_detail import list_marker

    s = "Number two, we have to make sure the plan is paid for by the people who can afford it."
    assert list_marker(s, 7, 10)
    assert list_marker("\u201cNumber three: the bridge must be rebuilt.\u201d", 8, 13)
    assert not list_marker("The number two official at the agency resigned on Monday.", 11, 14)


def test_a_part_is_never_offered_above_its_whole():
    """Judged blind (J8): "won ______ of the 138 seats" offered 400 and 2,500 beside the key 137."""
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import key_detail, sure_claims
    from quizgen.generate.base import Context
    from quizgen.generate.distractors import numeric_value
    from quizgen.model import ITEM_KINDS

    article = plain_article("Opposition wins the city\n\n"
                            "The opposition won 137 of the 138 seats on the city council in the 2005 election, "
                            "the board said.\n\n"
                            "About 400 people marched in the capital after the vote, and 2,500 more joined them the "
                            "next day.\n\n"
                            "The party had won 12 seats in the previous election, held in 2000.\n\n"
                            "The government said 193 people died in the protests that followed the vote in the city.\n")
    ctx = Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))
    seats = [it for it in key_detail.generate(ctx) if "of the 138 seats" in it.stem]
    assert seats, "the seats gap is asked"
    for it in seats:
        assert all((numeric_value(o) or 0) < 138 for o in it.options), it.options


def test_a_claim_cut_by_its_tag_is_never_quoted_as_one():
    """Judged blind (J8): "… sharing a 1,100-mile border, the two nations, Xi said, now have a 'golden opportunity' …"
    quoted in the stem with "Xi said" cut out and no mark of the cut."""
    from factories import attribution, sentence_context

    from quizgen.generate import certainty

    text = ("Leaders meet at the border\n\n"
            "Bound together by long years of trade and sharing a 1,100-mile border, the two nations, Xi said, now "
            "have a golden opportunity to deepen their friendship in 2016.\n\n"
            "The talks will go on in the capital next week, officials said on Monday.\n")
    article = plain_article(text)
    xi = attribution(article, "Xi Jinping", "Xi", "said",
                     ["Bound together by long years of trade and sharing a 1,100-mile border, the two nations,",
                      "now have a golden opportunity to deepen their friendship in 2016"])
    stems = [it.stem for it in certainty.generate(sentence_context(article, [xi]))]
    assert not any("the two nations now have" in s or "the two nations, now have" in s for s in stems), stems
    assert any("the two nations \u2026 now have" in s for s in stems), stems


def test_an_area_is_answered_as_an_area():
    """Judged blind (J8): "a two-square-mile free-trade zone" accepted "2 miles" and "two-mile" (lengths) and refused
    "2 square miles"."""
    from quizgen.generate.key_detail import _area_forms

    forms = _area_forms("two-square-mile", ["two-square-mile", "2-mile", "2 miles", "two-mile", "two miles"])
    assert "2 square miles" in forms and "two square miles" in forms and "two-square-mile" in forms
    assert not any(f in forms for f in ("2 miles", "two-mile", "two miles", "2-mile"))
    assert "9,000 square feet" in _area_forms("9,000 square feet", ["9,000 square feet", "9000 square feet", "9000"])
