"""Judged blind on unseen articles (JV2): a vocabulary stem quoted "… his general point was correct<tweet/>." —
markup left in the pasted text, which a student reads as words. An item printing a tag is dropped by the quality
gate; a sentence with a bare "<" or ">" (a comparison) is no markup."""
from __future__ import annotations

from factories import make_item, plain_article, support

from quizgen.validate import lint_item

TEXT = ("Fact check on jobs\n\n"
        "The senator said that his general point was correct<tweet/>. Aides repeated the claim on Monday.\n\n"
        "The share of young workers without a job fell from 12% to < 9% in two years, the report said.\n\n"
        "The mayor said the park would open in May.<br> Work on the gates began last week.\n")
ARTICLE = plain_article(TEXT)


def _item(paragraph: int, phrase: str):
    return make_item("vocabulary_in_context", "multiple_choice",
                     f"In ¶{paragraph} the article says: \"{phrase}\" In this sentence, what does \"general\" most "
                     "nearly mean?",
                     ["applying to most cases", "a high military officer", "a small amount", "a kind of song"], 0,
                     "Why.", [support(ARTICLE, paragraph, phrase)])


def test_an_item_printing_a_tag_is_dropped():
    tagged = _item(1, "The senator said that his general point was correct<tweet/>.")
    assert any("markup" in w for w in lint_item(tagged, ARTICLE))
    br = _item(3, "The mayor said the park would open in May.<br>")
    assert any("markup" in w for w in lint_item(br, ARTICLE))


def test_a_comparison_sign_is_no_markup():
    plain = _item(2, "The share of young workers without a job fell from 12% to < 9% in two years, the report said.")
    assert not any("markup" in w for w in lint_item(plain, ARTICLE))
