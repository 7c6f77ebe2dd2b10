"""Key-detail distractors judged blind on set J1 (PolNeAR dev, unseen): the presidential nominee offered as "president
of the United Federation of Teachers", the Democratic nominee as "the White House Press Secretary" and as a "Justice
Department congressional liaison": a story's principals, known by their own office, are absurd for another one."""
from __future__ import annotations

from factories import labelled_entities, plain_article, sentence_context

from quizgen.generate.key_detail import _noun_before, _principal_elsewhere, identity_items, name_items

TEXT = ("Teachers rally for school funds\n\n"
        "Republican presidential nominee Donald Trump spoke in Ohio on Monday about jobs and trade.\n\n"
        "Teachers marched in Albany on Thursday to ask the state for more school money.\n\n"
        "The march was led by Keron Blair, the director of the parents' alliance, and by Megan Hester.\n\n"
        "Dana Wills, a teacher at the Riverton school, carried a sign about class sizes.\n\n"
        "Ruth Okafor, a nurse from Troy, said the cuts hurt children in her town.\n\n"
        "Michael Mulgrew, the president of the teachers union, spoke to the crowd on the steps.\n\n"
        "The union met with state budget liaison Peter Kadzik to discuss the money on Friday.\n\n"
        "Mulgrew said the state owes the schools four billion dollars under a court ruling.\n")
PEOPLE = ("Donald Trump", "Keron Blair", "Megan Hester", "Dana Wills", "Ruth Okafor", "Michael Mulgrew",
          "Peter Kadzik", "Trump", "Mulgrew")


def _ctx():
    article = plain_article(TEXT)
    return sentence_context(article, [], labelled_entities(article, "PERSON", *PEOPLE))


def test_a_nominee_is_a_principal_for_any_other_office():
    ctx = _ctx()
    assert _principal_elsewhere(ctx, "Donald Trump", "president")
    assert _principal_elsewhere(ctx, "Donald Trump", "liaison")
    assert not _principal_elsewhere(ctx, "Dana Wills", "president")
    assert not _principal_elsewhere(ctx, "Donald Trump", "nominee")  # nominees among nominees stay


def test_the_union_president_is_never_offered_the_nominee():
    ctx = _ctx()
    items = [it for it in identity_items(ctx, set()) if "Mulgrew" in str(it.answer) or "Michael Mulgrew" in it.options]
    assert items, "the role item on the union president is still made"
    for it in items:
        assert "Donald Trump" not in it.options, it.options


def test_a_role_noun_before_a_name_gap_keeps_principals_out():
    assert _noun_before("met with state budget liaison ") == "liaison"
    assert _noun_before("the union met with ") == ""
    assert _noun_before("said ") == ""
    ctx = _ctx()
    for it in name_items(ctx, set()):
        if "liaison ______" in it.stem:
            assert "Donald Trump" not in it.options, it.options


def test_a_title_before_the_gap_allows_only_people_so_titled():
    """Judged blind (J2): "By 9 a.m. Sunday, the Rev. ______ began taking calls …" offered "Donald J. Trump"."""
    from quizgen.generate.key_detail import _TITLE_BEFORE_GAP, _titled

    text = ("The Rev. Al Sharpton took calls on his radio show. Rev. Sharpton said the vote mattered. "
            "Donald Trump spoke in Ohio. The Rev. Jesse Jackson spoke in Chicago.")
    assert _TITLE_BEFORE_GAP.search("By 9 a.m. Sunday, the Rev. ").group(1) == "Rev"
    assert _titled(text, "Jesse Jackson", "Rev")
    assert not _titled(text, "Donald Trump", "Rev")


def test_an_international_body_is_offered_only_among_bodies_the_article_names():
    """Judged blind (J3): "NATO" among UNESCO, ASEAN and OPEC (none in the article) for who would send troops."""
    from factories import support

    from quizgen.generate.key_detail import _org_options

    article = plain_article("Leaders meet on the border\n\n"
                            "NATO will send four battalions to the Baltic states next year, officials said.\n\n"
                            "The troops will train with local forces near the border for six months.\n")
    ctx = sentence_context(article, [])
    sent = ctx.analysis.sentences[0]
    assert support(article, 1, "NATO will send four battalions")
    assert _org_options(ctx, sent, "NATO", "alliance") == []
    assert len(_org_options(ctx, sent, "CNN", "outlet")) == 3  # outlets still have their well-known fillers
