"""Attribution items judged blind on set J1 (PolNeAR dev, unseen): "In ¶15, how does the article give what Times
wrote?" with options "Times's point", "names Times as the speaker": a newspaper's words are a piece's (there, one
of 1995), not a speaker's, so the quoted-or-reported item is asked of people and bodies only."""
from __future__ import annotations

from factories import claim, plain_article, sentence_context

from quizgen.generate.attribution import quoted_or_reported

TEXT = ("Senator rails against the plan\n\n"
        "Senator Ada Vale spoke in Troy on Monday about the harbor plan.\n\n"
        "\u201cThe harbor plan will cost the town its beaches,\u201d Vale said.\n\n"
        "\u201cThe plan was a mistake from the start,\u201d the Times wrote.\n")


def _item(source, kind, source_text, content):
    article = plain_article(TEXT)
    a = claim(article, source, kind, source_text, "said" if source_text == "Vale" else "wrote", content, direct=True,
              after=article.text.index(content) - 2)
    return quoted_or_reported(sentence_context(article, [a]), a)


def test_a_person_quoted_whole_gets_the_item():
    item = _item("Ada Vale", "person", "Vale", "The harbor plan will cost the town its beaches")
    assert item is not None and "what Ada Vale said" in item.stem


def test_a_newspaper_quoted_gets_none():
    assert _item("Times", "news_outlet", "the Times", "The plan was a mistake from the start") is None


def test_figures_beside_the_papers_own_analysis_are_not_keyed_unsourced():
    """Judged blind (J1): "In August, Democratic groups raised $64.8 million …" keyed "stated as fact, no source"
    right after "A USA TODAY analysis of super PACs … shows …" in the same paragraph."""
    from factories import support

    from quizgen.generate.certainty import _sourced_nearby

    text = ("Super PAC money surges\n\n"
            "Democrats are spending heavily. A Daily Star analysis of filings shows Democratic groups ahead. "
            "In August, Democratic groups raised $64 million to $45 million for Republican groups.\n\n"
            "The race is close in Ohio and in Iowa this fall.\n\n"
            "Both parties sent their nominees to Ohio this week.\n")
    article = plain_article(text)
    ctx = sentence_context(article, [])
    figures = support(article, 1, "In August, Democratic groups raised $64 million to $45 million for Republican "
                                  "groups.")
    assert _sourced_nearby(ctx, figures)
    assert not _sourced_nearby(ctx, support(article, 3, "Both parties sent their nominees to Ohio this week."))


def test_a_clause_inside_the_sentence_is_no_place_to_cut():
    """Judged blind (J1): "Republicans were also incensed that the immunity deals" (cut at ", which …", the
    main verb "did not require" after it) was a fragment offered as a claim."""
    from quizgen.generate.base import clause_shorten

    inside = ("Republicans were also angry that the harbor deals, which now cover five town staffers at the heart "
              "of the row, did not require the staff to answer the council, people who read them told the paper")
    assert not (clause_shorten(inside) or "").endswith("harbor deals")
    at_end = ("The mayor signed the budget for the coming year on Tuesday night at the old city hall, which had "
              "been closed for repairs since the storm hit the coast in late May")
    assert clause_shorten(at_end) == at_end.split(", which")[0]


def test_a_cue_set_inside_the_sentence_gives_no_who_said_stem():
    """Judged blind (J2): "According to ¶16, who argues, there are other tools in the toolbox?" from "If this
    argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox." """
    from quizgen.generate.attribution import who_said

    text = ("Harbor plan splits the town\n\n"
            "If the harbor plan fails, Mr. Vale argues, there are other tools in the town's box.\n\n"
            "Ana Ruiz said the harbor plan would cost the town its beaches.\n\n"
            "Tom Berg said the plan would bring two hundred jobs to the port.\n\n"
            "Lena Holt said the council had not read the study of the harbor.\n\n"
            "Sam Okafor said the vote should wait until the spring.\n")
    article = plain_article(text)
    said = [("Ana Ruiz", "the harbor plan would cost the town its beaches"),
            ("Tom Berg", "the plan would bring two hundred jobs to the port"),
            ("Lena Holt", "the council had not read the study of the harbor"),
            ("Sam Okafor", "the vote should wait until the spring")]
    atts = [claim(article, "Ed Vale", "person", "Mr. Vale", "argues", "there are other tools in the town's box"),
            *(claim(article, who, "person", who, "said", what) for who, what in said)]
    ctx = sentence_context(article, atts)
    assert who_said(ctx, atts[0]) is None
    made = who_said(ctx, atts[1])
    assert made is not None and "Ana Ruiz" in made.options


def test_a_who_said_stem_is_never_cut_before_its_verb():
    """Judged blind (J3): "According to ¶7, who … and suggested that it would…?" """
    from quizgen.generate.attribution import _CUT_BEFORE_VERB

    assert _CUT_BEFORE_VERB.search("said the country would leave the union and suggested that it would…")
    assert _CUT_BEFORE_VERB.search("warned that they…")
    assert not _CUT_BEFORE_VERB.search("said the harbor plan would cost the town its beaches…")
