"""Perspective items judged blind on set J1 (PolNeAR dev, unseen): a model answer that only said a party "is
never quoted" earned Partial under its own rubric; "parents" offered as unheard while a quoted mother was
one of "she and other parents"; "the Justice" cut from "the Justice deals" beside "the Justice Department"."""
from __future__ import annotations

from factories import HARBOR_FILLER
from factories import claim as _att
from factories import missing_voice_answer as _model

from quizgen.generate.perspective import _name_head, _one_of, _would_add

FILLER = HARBOR_FILLER


def test_the_model_answer_says_what_the_missing_account_would_add():
    text = ("Ada Merkin signs the harbor deal\n\n"
            "Chancellor Ada Merkin signed the harbor deal with the islands on Monday.\n\n"
            "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
            "Merkin has pushed the harbor deal for two years.\n\n"
            "Port owners accused Merkin of hiding the cost of the deal.\n\n" + FILLER)
    model = _model(text, lambda a: [_att(a, "Zoe Lark", "person", "Zoe Lark", "said",
                                         "the harbor bill would bring new jobs to the town")],
                   ("Ada Merkin", "Merkin", "Zoe Lark"))
    assert model is not None and "Ada Merkin" in model
    assert ("hearing from Ada Merkin would give readers Merkin's own account, not only what others say "
            "about Merkin") in model
    assert "weigh that side" not in model  # judged blind (J16): the only source may be the party's ally


def test_a_group_answer_that_says_how_it_affects_them_gets_no_second_reason():
    why = "what the headline reports concerns them directly, yet none of them is quoted, so their own account " \
          "of how it affects them is missing"
    assert _would_add("students", why) == ""
    assert _would_add("Ada Merkin", "the article names her again in ¶3 but never reports her own account")


PARENTS = ("Parents rally to save school funds\n\n"
           "Ana Ruiz loves the school her daughter attends in Riverton.\n\n"
           "\u201cWe need the money for the school to go on,\u201d said Ruiz.\n\n"
           "On Thursday, she and other parents marched to the state office.\n\n"
           "Parents and teachers held signs outside the office.\n\n" + FILLER)


def test_a_group_one_of_whose_members_speaks_is_heard():
    assert _one_of(PARENTS, "parents", ["Ana Ruiz", "Ruiz"])
    assert not _one_of(PARENTS.replace("she and other parents", "hundreds of parents"), "parents", ["Ana Ruiz"])
    model = _model(PARENTS, lambda a: [_att(a, "Ana Ruiz", "person", "Ruiz", "said",
                                            "We need the money for the school to go on", direct=True)],
                   ("Ana Ruiz", "Ruiz"))
    assert model is None or "parents (" not in model.lower(), model


def test_a_lone_word_that_heads_a_longer_name_is_a_cut_name():
    text = "The Justice deals were narrow. The Justice Department said little. Congress met."
    assert _name_head(text, "Justice")
    assert not _name_head(text, "Congress")
    assert not _name_head("Justice Is served, said the judge.", "Justice")


def test_a_group_whose_quoted_members_are_named_after_it_is_heard():
    """Judged blind (J2): "Florida voters are never quoted" while "two voters, Tyresha McClenney and Bryan
    Anderson, who saw Kaine speak" were quoted in the paragraphs after."""
    text = "The slump is plain in two voters, Tia Marsh and Bryan Dole, who saw the senator speak in Troy."
    assert _one_of(text, "voters", ["Tia Marsh", "Bryan Dole"])
    assert not _one_of(text, "voters", ["Ana Ruiz"])


def test_a_group_the_headline_says_is_speaking_is_no_missing_voice():
    """Judged blind (J3): "Latinos Share Their Most Honest Thoughts …", an article of Latinos' quotations, got
    "Latinos (¶1): … none of them is quoted" as its model answer."""
    from factories import plain_article, sentence_context

    from quizgen.generate.perspective import _identity_groups

    body = ("\n\nLatinos across the country told us how they see the race this fall.\n\n"
            "\u201cI have never felt so unwelcome,\u201d one woman in Texas said.\n\n" + FILLER)
    speaking = sentence_context(plain_article("Latinos Share Their Most Honest Thoughts On The Race" + body), [])
    assert _identity_groups(speaking, "") == []
    about = sentence_context(plain_article("A New Poll Of Latinos Finds Deep Worry About The Race" + body), [])
    assert [g for g, *_ in _identity_groups(about, "")], "the headline's group is offered when it is not speaking"


def test_the_question_asks_for_the_paragraph_citation_its_full_rubric_level_requires():
    # judged blind (K31): the rubric's Full level asked for "citing a ¶" that the question never asked for
    from factories import labelled_entities, plain_article, sentence_context

    from quizgen.generate.perspective import missing_voice

    text = ("Ada Merkin signs the harbor deal\n\n"
            "Chancellor Ada Merkin signed the harbor deal with the islands on Monday.\n\n"
            "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
            "Merkin has pushed the harbor deal for two years.\n\n"
            "Port owners accused Merkin of hiding the cost of the deal.\n\n" + FILLER)
    a = plain_article(text)
    ents = labelled_entities(a, "PERSON", "Ada Merkin", "Merkin", "Zoe Lark")
    atts = [_att(a, "Zoe Lark", "person", "Zoe Lark", "said", "the harbor bill would bring new jobs to the town")]
    item = missing_voice(sentence_context(a, atts, ents))
    assert item is not None
    full = next(level for level in item.rubric if level.label == "Full")
    assert "citing a ¶" in full.description
    assert "citing a paragraph (¶)" in item.stem
