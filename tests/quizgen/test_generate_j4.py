"""Items judged blind on set J4 (eight unseen PolNeAR train articles of 1,400–1,900 words, on the stop's final code):
"which of these did Frankel say?" keyed '"…," Grayson said, according to Frankel.'; "denunciation" glossed "a public
act of denouncing". (Also fixed, untested: "123 percent", a growth, offered as a share of support; "the Islam" as a
missing voice.)"""
from __future__ import annotations

from factories import claim, plain_article, sentence_context

from quizgen.generate.attribution import _RELAYED_BY, what_did_say
from quizgen.generate.vocabulary import _gives_away


def test_words_one_person_says_another_said_are_not_the_relayers_own():
    assert _RELAYED_BY.search("\u201cShe will have my name,\u201d Grayson said, according to Frankel.")
    assert _RELAYED_BY.search("According to Frankel, Grayson said she would have his name.")
    assert not _RELAYED_BY.search("The harbor plan will cost the town its beaches, Frankel said.")
    text = ("Harbor fight turns personal\n\n"
            "\u201cShe will have my name on every ad in the state,\u201d Grayson said, according to Frankel.\n\n"
            "Ana Ruiz said the harbor plan would cost the town its beaches.\n\n"
            "Tom Berg said the plan would bring two hundred jobs to the port.\n\n"
            "Lena Holt said the council had not read the study of the harbor.\n")
    article = plain_article(text)
    relayed = claim(article, "Lois Frankel", "person", "Frankel", "said",
                    "She will have my name on every ad in the state", direct=True)
    others = [claim(article, who, "person", who, "said", what) for who, what in (
        ("Ana Ruiz", "the harbor plan would cost the town its beaches"),
        ("Tom Berg", "the plan would bring two hundred jobs to the port"),
        ("Lena Holt", "the council had not read the study of the harbor"))]
    assert what_did_say(sentence_context(article, [relayed, *others]), relayed) is None


def test_a_gloss_using_the_words_root_gives_it_away():
    assert _gives_away("denunciation", "denunciation", "a public act of denouncing")
    assert not _gives_away("missteps", "misstep", "an unintentional but embarrassing blunder")



def test_a_candidate_and_his_own_staff_are_never_keyed_as_contradicting():
    """Judged blind (J4): Trump (¶23) and "his campaign chairman, Paul Manafort" (¶27) keyed "They contradict
    each other" while both defended Trump: corroboration asks :func:`speaks_for_other` before a contradiction."""
    from quizgen.generate.attribution import speaks_for_other

    text = ("Manafort defends remarks\n\nPaul Manafort, Mr. Trump's campaign chairman, said on Sunday that the "
            "remarks were fair.\n\nAnn Lee, a senator from Ohio, said they were not.\n")
    ctx = sentence_context(plain_article(text), [])
    assert speaks_for_other(ctx, "Donald Trump", "Paul Manafort")
    assert not speaks_for_other(ctx, "Donald Trump", "Ann Lee")
    conway = sentence_context(plain_article("Conway speaks\n\nTrump's campaign manager Kellyanne Conway spoke.\n"), [])
    assert speaks_for_other(conway, "Donald Trump", "Kellyanne Conway")
