""""In ¶N, how does the article give what X said?": no throwaway option. Judged blind: "It names X as the
speaker but does not say what X said." is an option nobody picks. The fourth option now says the words
come from a written statement, offered only when no written source is named near the words nor beside
their speaker (so it can never be true of the paragraph asked); else the fourth option says another person
retells the words (never so where the ledger gives them to the speaker with no relay). Constructed text."""
from __future__ import annotations

from factories import attribution, plain_article, sentence_context

from quizgen.generate.attribution import quoted_or_reported
from quizgen.validate import validate

SPOKEN = ("Town bridge to reopen\n\n"
          "The old river bridge has been closed since a flood damaged its pillars in March.\n\n"
          "\"The bridge will reopen before the winter storms arrive, and the repairs are paid for,\" Ana Lind "
          "said on Tuesday.\n\n"
          "Ana Lind said the council had found the money for new pillars in its road budget.\n\n"
          "Engineers will inspect the pillars again in the spring.\n")


def _item(text: str, which: int):
    a = plain_article(text)
    p2 = a.text.index("\"The bridge")
    p3 = a.text.index("Ana Lind said the council")
    atts = [
        attribution(a, "Ana Lind", "Ana Lind", "said",
                    ["The bridge will reopen before the winter storms arrive, and the repairs are paid for,"],
                    direct=True, start=p2),
        attribution(a, "Ana Lind", "Ana Lind", "said",
                    ["the council had found the money for new pillars in its road budget"], start=p3),
    ]
    ctx = sentence_context(a, atts)
    it = quoted_or_reported(ctx, atts[which])
    if it is not None:  # the quality gate keeps it (no two options "say nearly the same thing")
        kept, dropped = validate([it], a, ctx.analysis)
        assert kept == [it], dropped
    return it


def test_no_option_says_the_speaker_is_named_without_her_words():
    for which in (0, 1):
        it = _item(SPOKEN, which)
        assert it is not None
        assert not any("does not say what" in o for o in it.options), it.options


def test_the_written_statement_option_stands_where_the_article_names_no_written_source():
    it = _item(SPOKEN, 0)
    assert it is not None and len(it.options) == 4
    assert it.options[it.answer] == "It quotes Ana Lind's exact words, inside quotation marks."
    assert "It quotes Ana Lind's exact words and says they come from a written statement." in it.options


def test_a_written_statement_near_the_words_or_beside_the_speaker_gives_the_retelling_option():
    # the words may come from it: "a written statement" may be true, so the fourth option is another, wrong
    # whenever the ledger gives the words to the speaker with no relay
    near = SPOKEN.replace("The old river bridge has been closed since a flood damaged its pillars in March.",
                          "The council published a written statement on the bridge repairs.")
    beside = SPOKEN.replace("Engineers will inspect the pillars again in the spring.",
                            "Ana Lind later sent an email to residents about the repairs.")
    for text in (near, beside):
        for which in (0, 1):
            it = _item(text, which)
            assert it is not None and len(it.options) == 4
            assert not any("written statement" in o for o in it.options), it.options
            assert "It quotes another person retelling what Ana Lind said." in it.options


def test_a_written_source_far_from_the_words_and_the_speaker_leaves_the_item():
    text = SPOKEN.replace("Engineers will inspect the pillars again in the spring.",
                          "Engineers will inspect the pillars again in the spring.\n\n"
                          "The engineers' firm posted its schedule online.")
    it = _item(text, 0)
    assert it is not None and len(it.options) == 4
