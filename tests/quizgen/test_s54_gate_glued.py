"""Judged blind (T9, kept aside): a live blog's widget text run into the story ("Zach CarterFlagShareLikeReplyPaige
Lavender", "5ptsmoderatorFeaturedFebruary 6, 2016") made a key-detail gap keyed on the glued words. The quality gate
drops an item printing words run together so; brand names written in one word stay. Constructed items."""
from __future__ import annotations

from factories import make_item, plain_article

from quizgen.model import Support
from quizgen.validate import lint_item

_TEXT = ("Harbour debate live\n\nThe debate began at nine, and the candidates argued over the ferry plan for an hour, "
         "with the moderator asking each of them about the cost of the new pier.\n")


def _gap(sentence: str, answer: str):
    article = plain_article(_TEXT)
    stem = f'Complete the detail from ¶1: "{sentence.replace(answer, "______")}" Write the missing name.'
    return make_item("key_detail", "short_answer", stem, (), [answer], "", [Support(1, 0, 40, _TEXT[20:60])]), article


def test_words_run_together_from_a_page_s_widgets_drop_the_item():
    item, article = _gap("Posted by Zach CarterFlagShareLikeReplyPaige Lavender at the debate.",
                         "Zach CarterFlagShareLikeReplyPaige Lavender")
    assert any("run together" in r for r in lint_item(item, article))
    item, article = _gap("The 5ptsmoderatorFeaturedFebruary post asked Lee about the pier.", "Lee")
    assert any("run together" in r for r in lint_item(item, article))


def test_a_brand_written_as_one_word_is_no_glued_text():
    for sentence, answer in (("FiveThirtyEight gave Lee a small lead in the race.", "Lee"),
                             ("Lee raised money on GoFundMe and at the McDonald family's farm.", "Lee"),
                             ("The PricewaterhouseCoopers audit was read out by Lee.", "Lee")):
        item, article = _gap(sentence, answer)
        assert not any("run together" in r for r in lint_item(item, article)), sentence
