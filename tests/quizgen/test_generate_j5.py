"""Items judged blind on set J5 (eight unseen PolNeAR train articles of 1,400–1,900 words): a certainty item on the
noun phrase after "argued for" keyed "attributed to a named source"; a "names who made this claim" item whose
cited sentence showed only "he said"; a count gap whose sentence lists the people it counts ("The ______ scholars --
Mr. Tribe, Ms. Epstein and Mr. Amar --"); a newsletter's welcome line keyed as the main idea."""
from __future__ import annotations

import random

from factories import plain_article

from quizgen.analysis import analyse
from quizgen.generate import certainty, main_idea, sure_claims
from quizgen.generate.attribution import claim_like
from quizgen.generate.base import Context
from quizgen.generate.key_detail import gives_away
from quizgen.model import ITEM_KINDS, Attribution


def _ctx(text: str) -> Context:
    article = plain_article(text)
    return Context(article, sure_claims(analyse(article)), random.Random(0), frozenset(ITEM_KINDS))


def _att(cue: str, content: str) -> Attribution:
    return Attribution(source="Eric Holder", source_text="Eric Holder", source_span=None, source_kind="person",
                       cue=cue, cue_span=None, content=content, content_spans=(), direct=False, paragraph=1)


def test_the_object_of_argued_for_is_no_claim_to_weigh():
    assert not claim_like(_att("argued for", "the extrajudicial killing of American citizens"))
    assert not claim_like(_att("warned against", "a rush to judgment on the deal"))
    assert not claim_like(_att("called for", "an end to the long war"))
    assert claim_like(_att("argued", "the killing of citizens abroad was lawful"))
    assert claim_like(_att("said", "the deal would cost the town its port"))
    ctx = _ctx("Primary fight\n\n"
               "Sanders largely ignored the dark side of the Obama years that many early supporters have since "
               "criticized. Former Attorney General Eric Holder publicly argued for the extrajudicial killing of "
               "American citizens. A few weeks later, the forces bombed a hospital in the north.\n\n"
               "Maria Lopez, a senator from Ohio, said the vote on the treaty would be very close this year.\n\n"
               "Tom Reed, the mayor of Akron, said the city council would meet again in the spring.\n")
    stems = [it.stem for it in certainty.generate(ctx)]
    assert any("vote on the treaty" in s or "council would meet" in s for s in stems)  # the generator does ask
    assert not any("extrajudicial" in s for s in stems)


def test_a_named_source_is_shown_in_the_cited_passage():
    ctx = _ctx("Rivals trade blows\n\n"
               "Vice President Joe Biden weighed in as well, telling a reporter in an interview published on "
               "Monday, \u201cBut gosh almighty, they\u2019re both very well qualified for the job,\u201d he said, "
               "adding that the race would be close.\n\n"
               "Maria Lopez, a senator from Ohio, said the vote on the treaty would be very close this year.\n\n"
               "The city council will meet again in the spring to vote on the budget for the new port.\n")
    asked = [it for it in certainty.generate(ctx) if "both very well qualified" in it.stem]
    assert asked, "the claim is asked about"
    for it in asked:
        assert any("Biden" in s.text for s in it.support), it.support


def test_a_count_of_the_titled_names_after_it_gives_itself_away():
    s = ("The three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed there are "
         "qualified candidates.")
    assert gives_away(s, 4, 9)
    s2 = "Two senators, Sen. Ann Lee and Gov. Bo Kim, voted against the bill."
    assert gives_away(s2, 0, 3)
    assert not gives_away("Five scholars agreed there are qualified candidates, Mr. Tribe and Ms. Epstein said.", 0, 4)


def test_a_newsletters_welcome_line_is_never_the_main_idea():
    ctx = _ctx("Harbor Town Culture-Business Report: The difficulty of dumping Trump\n\n"
               "Welcome to Harbor Town's Culture-Business Report, a weekly digest of news from Harbor Town\u2019s "
               "arts and entertainment industries.\n\n"
               "Want to receive this in your inbox? Sign up by entering your email:\n\n"
               "An interfaith rally by the town\u2019s leaders on Wednesday had one message: \"Dump Trump.\"\n\n"
               "But dumping Trump is easier said than done in Harbor Town. With town-issued contracts to run two "
               "ice rinks and a golf course, Trump has a firm foothold in the town\u2019s entertainment venues.\n\n"
               "The mayor has called the candidate\u2019s remarks offensive, but the contracts hold no clause that "
               "would let the town end them over speech, officials said.\n\n"
               "A gallery in the old market district signed a lease for a ground floor space near the river.\n\n"
               "The opera house will open its season with a new production of an old work in October.\n")
    for it in main_idea.generate(ctx):
        keyed = it.options[it.answer] if isinstance(it.answer, int) and it.options else str(it.answer)
        assert not keyed.lower().startswith("welcome"), keyed


def test_a_claim_option_is_no_scrap():
    """Judged blind (J4): "Government efforts to combat it will ''destroy our economy" and "It may be entertaining,
    but it doesn't…" offered as what someone said."""
    from factories import claim, sentence_context

    from quizgen.generate.attribution import claim_option

    text = ("Harbor vote\n\n"
            "\u201cIt may be entertaining, but it does not change the vote,\u201d said Ann Lee.\n\n"
            "Bo Kim said the new rules will ''destroy our economy and the port.\n\n"
            "Cy Ray said the council would vote on the harbor plan in the spring.\n")
    article = plain_article(text)
    scrap = claim(article, "Ann Lee", "person", "Ann Lee", "said",
                  "It may be entertaining, but it does not change the vote", direct=True)
    open_mark = claim(article, "Bo Kim", "person", "Bo Kim", "said",
                      "the new rules will ''destroy our economy and the port")
    whole = claim(article, "Cy Ray", "person", "Cy Ray", "said",
                  "the council would vote on the harbor plan in the spring")
    ctx = sentence_context(article, [scrap, open_mark, whole])
    assert claim_option(ctx, scrap) is None
    assert claim_option(ctx, open_mark) is None
    assert claim_option(ctx, whole) is not None


def test_a_relatives_name_is_no_name_gap():
    """Judged blind (J4): "her son, ______" keyed Humayun Khan among Paul Manafort, a judge and a governor."""
    from quizgen.generate.key_detail import _KIN_BEFORE_GAP

    assert _KIN_BEFORE_GAP.search("Mrs. Khan stood silent beside her husband as he spoke of their son, ")
    assert _KIN_BEFORE_GAP.search("The council heard from Mr. Lee's late wife ")
    assert not _KIN_BEFORE_GAP.search("The council heard from the mayor, ")
    assert not _KIN_BEFORE_GAP.search("He met the son of the mayor, ")


def test_a_public_figures_name_gap_offers_no_private_person():
    """Judged blind (J4): "in this case ______" keyed Bernie Sanders among two voters the article describes by
    age and trade."""
    from quizgen.generate.key_detail import name_items

    ctx = _ctx("Voters weigh the primary in California\n\n"
               "Courtney Johnson, 34, a nurse from Fresno, waited two hours to vote on Tuesday morning at a school.\n\n"
               "Karen Janes, 61, a retired teacher, waited in the same line at the school with her neighbors.\n\n"
               "Courtney Johnson has voted in every election since 2000, and Karen Janes has voted in most of them.\n\n"
               "Bernie Sanders held a rally in Fresno on Monday night before the vote, his third in the city.\n\n"
               "Hillary Clinton spent the day in Los Angeles with donors and union leaders.\n\n"
               "Jerry Brown endorsed Hillary Clinton last week, a blow to the rival campaign in the state.\n\n"
               "In the north of the state, Bernie Sanders won most counties by a wide margin on Tuesday.\n")
    asked = [it for it in name_items(ctx, set()) if "Los Angeles" in it.stem]
    assert asked, "Clinton's gap is asked"
    for it in asked:
        assert not any(o in ("Courtney Johnson", "Karen Janes") for o in it.options), it.options


def test_a_main_idea_option_leaning_on_the_sentence_before_is_unfit():
    """Judged blind (J5b): the keyed main idea opened "Despite that, …", pointing back to a sentence students
    do not see."""
    from quizgen.generate.main_idea import _unfit_option

    assert _unfit_option("Despite that, Trump has kept his lead in the national polls this month")
    assert _unfit_option("Because of this, the council will vote again on the plan")
    assert not _unfit_option("Despite the rain, thousands marched to the capitol on Sunday")
    assert not _unfit_option("Trump has kept his lead in the national polls this month")


def _evidence_items(text: str):
    from quizgen.generate import evidence

    return [it for it in evidence.generate(_ctx(text)) if it.skill == "evidence"]


def test_a_government_bodys_report_is_not_set_against_an_officials_statement():
    """Judged blind (J5b): "A 2014 House Intelligence Committee report found …" keyed "the results of research"
    beside "a statement by an official"."""
    items = _evidence_items(
        "Guard chief breaks silence on the harbor raid\n\n"
        "The former guard chief spoke for the first time about the night of the raid on the harbor.\n\n"
        "The question of whether someone issued a \"hold back\" order has loomed over the raid since its first days. "
        "The early talk centered on whether an official in the capital had slowed the rescue, a charge rejected by "
        "a series of inquiries. A 2014 House Harbor Committee report found \"no evidence that there was either a "
        "hold back order or a denial of available boats.\"\n\n"
        "The book tells the story of the men who fought at the harbor that night, and it sold well in the spring.\n\n"
        "The guard chief said he had waited years to tell his side of the story.\n")
    for it in items:
        assert not any("statement by an official" in o.lower() for o in it.options), it.options


def test_an_outlets_own_analysis_of_filings_is_no_news_report_item():
    """Judged blind (J5b): "…, The Post found" after "a Washington Post analysis of campaign finance filings"
    keyed "a report by a news outlet" beside "a document"."""
    items = _evidence_items(
        "Air war for the Senate\n\n"
        "Independent groups have spent more than $23.5 million on congressional races, according to a Washington "
        "Post analysis of campaign finance filings.\n\n"
        "There will be more to come. Seventy super PACs focused on Senate and House races had collected $144 "
        "million by the end of February, The Post found.\n\n"
        "The candidates will meet for a debate in the fall in the state capital.\n")
    assert not any(it.options[it.answer] == "A report by a news outlet" for it in items)


def test_a_link_the_sentence_denies_is_no_cause():
    """Judged blind (J6): "… there's no evidence that anything really bad happened as a result of ______." asked
    "What reason does the article give?"."""
    from quizgen.generate.cause_effect import find_links

    ctx = _ctx("Server review ends\n\n"
               "But other experts say there is no evidence that anything really bad happened as a result of her "
               "private server.\n\n"
               "The river flooded the lower town as a result of three days of heavy rain in the hills.\n\n"
               "The council will meet again in the spring to vote on the budget for the new port.\n")
    texts = [link.sentence.span.text for link in find_links(ctx)]
    assert any("river flooded" in t for t in texts)
    assert not any("no evidence" in t for t in texts)


def test_a_title_opened_by_its_possessor_takes_no_article():
    """Judged blind (J6): "Who does ¶3 describe as the Hillary Clinton's campaign manager?"."""
    from quizgen.generate.key_detail import _title_phrase

    assert _title_phrase("Hillary Clinton\u2019s campaign manager") == "Hillary Clinton\u2019s campaign manager"
    assert _title_phrase("Indiana Gov.") == "the Indiana governor"


def test_a_correction_notice_is_boilerplate():
    """Judged blind (J6): a key detail asked from the paper's correction notice at the foot of the article."""
    from quizgen.generate.key_detail import _boilerplate_sentence

    assert _boilerplate_sentence("Because of an editing error, an article on Wednesday about the race misidentified, "
                                 "in some editions, the campaign that Roy Neel ran for Al Gore in 1992.")
    assert _boilerplate_sentence("An article on Monday about the harbor vote misstated the age of the mayor.")
    assert not _boilerplate_sentence("The mayor said an article on Monday about the harbor vote was unfair.")


def test_a_denials_explaining_tail_is_not_what_it_denies():
    """Judged blind (J6): Bennett "denied the notion that a campaign shakeup is coming, explaining that he was unaware
    of Carson's interview" keyed as contradicting a June report that "the Carson campaign was coming apart"."""
    from factories import claim, sentence_context

    from quizgen.generate.certainty import denied_by

    text = ("Campaign chief speaks\n\n"
            "A reporter had written in June that the Carson campaign was coming apart.\n\n"
            "The candidate spent the week in Iowa, where he held four rallies.\n\n"
            "His staff said the crowds were the largest of the year.\n\n"
            "Barry Bennett denied the notion that a campaign shakeup is coming, explaining that he was unaware of "
            "Carson's interview.\n\n"
            "Ann Lee denied that the Carson campaign was coming apart in the summer.\n")
    article = plain_article(text)
    june = claim(article, "Jane Roe", "person", "A reporter", "had written", "the Carson campaign was coming apart")
    bennett = claim(article, "Barry Bennett", "person", "Barry Bennett", "denied",
                    "the notion that a campaign shakeup is coming, explaining that he was unaware of Carson's "
                    "interview")
    lee = claim(article, "Ann Lee", "person", "Ann Lee", "denied", "the Carson campaign was coming apart in the summer",
                after=text.index("Ann Lee"))
    assert denied_by(sentence_context(article, [june, bennett]), 0) is None
    assert denied_by(sentence_context(article, [june, lee]), 0) == 1


def test_an_outlet_the_article_never_calls_news_is_no_news_report_key():
    """Judged blind (J6): "…, according to Bloomberg." keyed "A report by a news outlet": the article never says
    what Bloomberg is."""
    from quizgen.generate.evidence import _unglossed_outlet

    ctx = _ctx("Markets fall on the leak\n\nThe Dow plummeted in minutes, wiping out $136 billion in market value, "
               "according to Bloomberg.\n\nTraders said the fall was the worst of the year.\n")
    assert _unglossed_outlet(ctx, "according to Bloomberg")
    glossed = _ctx("Markets fall on the leak\n\nThe Dow plummeted in minutes, according to Bloomberg.\n\n"
                   "Bloomberg News first reported the leak on Monday.\n")
    assert not _unglossed_outlet(glossed, "according to Bloomberg")
    assert not _unglossed_outlet(ctx, "according to CNN")
    assert not _unglossed_outlet(ctx, "according to The Washington Post")
