"""Shapes a blind judge found on the kept-aside set (stop 29), one constructed text each."""
from __future__ import annotations

import random

from factories import plain_article
from test_generate_judge5a import _analysis
from test_generate_judge8a import GLOOM

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


def test_an_exhortation_headline_gives_no_main_idea_keyed_on_the_opening():
    """"Don't let the media and Marco Rubio fool you": the opening states the fact (Rubio came third) that
    the piece argues about; the key was that fact, and the thesis stood among the distractors."""
    text = GLOOM.replace("But, in many areas the harbour town excels.", "The harbour town has three hotels.")
    plain = plain_article(text.replace("Harbour town not all doom and gloom", "Harbour town faces threats"))
    assert main_idea.generate(_ctx(plain, _analysis(plain)))  # a plain headline: the lede is keyed
    for headline in ("Don't let the harbour town's threats fool you", "Stop calling the harbour town doomed"):
        urged = plain_article(text.replace("Harbour town not all doom and gloom", headline))
        assert main_idea.generate(_ctx(urged, _analysis(urged))) == []


def test_a_verb_in_a_passive_is_not_asked_by_its_doers_gloss():
    """"With rival Bernie Sanders vanquished, …" was asked with the key "come out better in a competition":
    read into the sentence, the key said Sanders won."""
    from quizgen.generate.vocabulary import passive_use

    def at(text, word):
        i = text.index(word)
        return passive_use(text, i, i + len(word))

    assert at("With rival Bernie Sanders vanquished, Clinton turned to the fall.", "vanquished")
    assert at("The rebels were vanquished in a single day.", "vanquished")
    assert at("The rebels were quickly vanquished in a single day.", "vanquished")
    assert at("The plan was decried by business leaders.", "decried")
    assert at("The bill, decried by business leaders, passed.", "decried")
    assert not at("Clinton vanquished her rival in the spring.", "vanquished")
    assert not at("Business leaders decried the new law on Monday.", "decried")


def test_a_name_followed_by_its_family_tie_is_no_name_gap():
    """"______, son of the Republican presidential front-runner, …" keyed Eric Trump among Hillary Clinton and
    Ted Cruz: the relation gives the family away, and other families' names are absurd beside it."""
    from quizgen.generate.key_detail import _KIN_AFTER_GAP

    assert _KIN_AFTER_GAP.match(", son of the Republican presidential front-runner, said")
    assert _KIN_AFTER_GAP.match(", the eldest daughter of the governor, spoke")
    assert not _KIN_AFTER_GAP.match(", a friend of the governor, spoke")
    assert not _KIN_AFTER_GAP.match(" said the son of the mayor")


def test_a_name_only_a_quotation_uses_is_no_missing_voice():
    """The model answer of a missing-voice item named "Crooked Hillary" (the nickname a candidate's tweets
    used, quoted in the article) as the party to hear from."""
    from test_generate_judge5b import _ctx as att_ctx

    from quizgen.generate.perspective import _suggestible

    text = ("Candidate's son says the race is rigged\n\n"
            "The candidate's son told reporters on Monday that the party rules were unfair to his father.\n\n"
            "\"Crooked Hillary will never win in November,\" the candidate wrote on Twitter the same night.\n\n"
            "Hillary Clinton's campaign did not answer a request for comment on the son's remarks.\n\n"
            "Party officials in the state said the rules had been published months before the vote.\n")
    ctx = att_ctx(plain_article(text))
    assert not _suggestible(ctx, "Crooked Hillary")
    assert _suggestible(ctx, "Party officials")  # named outside any quotation: may be suggested
