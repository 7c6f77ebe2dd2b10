"""Item shapes the kept-aside set K30 (15 unseen PolNeAR train articles, judged blind on 5ff03f2) found wrong,
one constructed text each, through the real pipeline."""
from __future__ import annotations

from test_generate_j13 import _ctx

from quizgen.analysis import analyse
from quizgen.generate import attribution, evidence
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

_FILL = ("\n\nThe council will meet again next month to vote on the budget, which includes money for new roads, "
         "two schools and a library in the northern part of the county.\n\n"
         "Sam Reed, a local historian, said the county had not seen such a close race in forty years.\n\n"
         "Dan Webb, a pollster, said most voters had already made up their minds about the two candidates.\n\n"
         "Ann Lowe, a retired judge, said the campaign had been the most expensive in the county's history.\n\n"
         "Polls will open at seven in the morning and close at eight in the evening, and results are expected "
         "before midnight.\n")


def test_a_claim_the_speaker_calls_a_lie_is_never_asked_as_his():
    """K30: '"This is the lie that Ted's campaign is built on," Rubio said: That Cruz is more conservative …'
    was asked as "who said: That Cruz is more conservative than everyone else?", keyed Rubio, who denies it."""
    text = ("Rivals trade blows before the vote\n\n"
            "\"This is the lie that Tom's campaign is built on,\" Lane said: That Hale is more careful with money "
            "than everyone else. \"You have been willing to say anything to get votes,\" Lane said." + _FILL)
    ctx, an = _ctx(text)
    for a in an.attributions:
        if "more careful with money" in a.content:
            body = attribution.who_phrase(ctx, a)
            assert body is None or "That Hale" not in body


def test_a_quotation_run_on_from_the_writers_words_is_no_exact_words_item():
    """K30: 'They want to "create an economy that works for working families …," Sanders said.' keyed "It
    quotes Sanders's exact words": the writer's "They want to" leads into a quoted phrase."""
    text = ("Candidates speak to workers\n\n"
            "The two candidates spoke to union members at a hall in the capital on Saturday.\n\n"
            "They want to \"build an economy that works for working families and not just the very rich,\" Ned "
            "Hale said." + _FILL)
    ctx, an = _ctx(text)
    hale = [a for a in an.attributions if "working families" in a.content]
    assert hale
    for a in hale:
        assert attribution.quote_form(ctx, a) != "quoted"


def test_a_figure_from_a_groups_own_website_is_no_news_report():
    """K30: '… 34, to be exact, according to the website' (the group's own web page) was read as the last outlet
    named before it (a poll's newspaper) and keyed "A report by a news outlet"."""
    text = ("A small coalition for the mayor\n\n"
            "The Coalition for Reyes is not very large, though a Daily Herald poll last month found that most "
            "residents backed the mayor. The group's Web page shows photos of its members.\n\n"
            "Its founder, who owns a bakery in the suburbs, has gathered his own group of Reyes boosters - 34, to be "
            "exact, according to the website." + _FILL)
    ctx, an = _ctx(text)
    site = [a for a in analyse(ctx.article).attributions if "website" in (a.source or "")]
    assert site
    assert all(not (a.source_kind == "news_outlet" and a.kind_confidence >= CONFIDENT) for a in site)
    for it in evidence.generate(ctx):
        if "according to the website" in it.stem:
            assert "news outlet" not in it.options[it.answer]


def test_a_ledes_opening_time_clause_alone_is_never_the_main_idea_key():
    """K30: "Four days after the Republicans raised a war cry in their debate in Las Vegas" (the lede's opening
    clause, cut from its main clause about the Democrats) was keyed as the main idea."""
    from factories import plain_article, sentence_context

    from quizgen.generate.main_idea import news_lede_keys
    body = ("\n\nWhere the council members sought to outdo each other in toughness, the candidates stressed the need "
            "for a practical approach built on cooperation with the neighbouring towns.\n\n"
            "The mayor spoke of a recent visit to a shelter on the north side of the city.\n\n"
            "The council members had sparred over a range of issues, from taxes to the new bridge.\n\n"
            "Several hundred residents watched the debate in the hall of the old library on Saturday.\n\n"
            "The candidates will meet again in two weeks at a school in the southern district.\n\n"
            "Polls show the race for mayor is close, with many voters still undecided.\n")
    lede = ("RIVERTON - Four days after the Republicans raised a war cry in their debate in the town hall, the "
            "Democratic contenders on Saturday presented a very different view of how a mayor should handle the "
            "flooding issue that is rattling the electorate.")
    article = plain_article("Democratic candidates pivot sharply from GOP script on tackling floods\n\n" + lede + body)
    ctx = sentence_context(article, [])
    keys = [k for k, _ in news_lede_keys(ctx)]
    assert keys, "the lede states the headline's point: some form of it is a key"
    assert all(not k.startswith("Four days after") or "presented" in k for k in keys)


def test_an_opening_time_clause_cut_from_its_main_clause_is_told_apart():
    from quizgen.generate.main_idea import opening_clause_alone
    body = ("Four days after the Republicans raised a war cry in their debate in Las Vegas, the Democratic "
            "contenders on Saturday presented a very different view of how a president should handle terrorism")
    assert opening_clause_alone("Four days after the Republicans raised a war cry in their debate in Las Vegas", body)
    assert not opening_clause_alone(body, body)
    assert not opening_clause_alone("The Democratic contenders on Saturday presented a very different view",
                                    body)
    lede = "The council approved the bridge budget on Monday, ending a year of delays"
    assert not opening_clause_alone("The council approved the bridge budget on Monday", lede)


def test_a_word_the_article_writes_only_inside_a_phrase_is_no_distractor_word():
    """K30: "masse" (of "en masse", a billiards shot alone in WordNet) offered among "Which of these words from
    the article means 'a feeling of intense dislike'?": no word of the article, as the student read it."""
    import re as _re

    from quizgen import wordnet
    from quizgen.generate import vocabulary
    wn = wordnet.load()
    text = "Voters left the party en masse after the vote, with distaste for its leaders."
    m = _re.search(r"masse", text)
    assert vocabulary.in_phrase(wn, text, m.start(), m.end())
    assert vocabulary.only_in_phrases(wn, text, "masse")
    assert not vocabulary.only_in_phrases(wn, text, "distaste")


def test_a_surname_the_tagger_reads_as_a_plural_noun_is_the_person_named_before():
    """K30: "Sanders said, …" (the tagger: NNS, a plural of "sander") after "Bernie Sanders" was an unnamed group,
    and a 967-word article with 20 sure claims gave a lesson of 2 items."""
    text = ("Candidates answer union\n\nBernie Sanders and Hillary Clinton answered a questionnaire from the union, "
            "which asked about pay and pensions for federal workers across the country.\n\n"
            "Sanders said, \"For far too long, the extreme right wing has demonized the federal workforce.\"\n\n"
            "Sanders also backed a minimum wage of $15 an hour, while Clinton favors $12 an hour for most workers.\n\n"
            "The union represents hundreds of thousands of federal employees in offices, prisons and hospitals "
            "across the country, and it has not yet decided which candidate to endorse in the primary race this "
            "spring. Its leaders will meet in the capital next month to talk about the answers and to hear from "
            "members in every state before they make up their minds, a process that took four months the last "
            "time the union chose a candidate.\n")
    an = analyse(article_from_text(text))
    said = [a for a in an.attributions if "demonized" in a.content]
    assert said and said[0].source == "Bernie Sanders" and said[0].source_kind == "person"
    # a plural noun no one of the article is named by stays a group
    text2 = text.replace("Sanders said, \"For far too long", "Officials said, \"For far too long")
    said2 = [a for a in analyse(article_from_text(text2)).attributions if "demonized" in a.content]
    assert said2 and said2[0].source_kind != "person"


def test_a_gloss_never_ends_on_etc():
    """K30: "act of relinquishing property or authority etc" printed as the key of "handover"."""
    from quizgen import wordnet
    from quizgen.generate import vocabulary
    wn = wordnet.load()
    (sense,) = wn.senses("handover", "NOUN")
    assert vocabulary.definition(sense) == "act of relinquishing property or authority"
