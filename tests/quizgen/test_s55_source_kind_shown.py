""""What kind of source gives this claim?" only where the passage shown holds the claim and the source gives it
directly (judged blind, T12): not on unnamed sources who reach the reader through a named paper's story ("… remarked
upon a recent Harbour Star story in which council sources said …"), nor on a long sentence the stem cuts right after
its source ("…, according to officials…"), so that the officials' claim is never shown. Constructed texts."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_generate_j13 import _ctx  # noqa: E402

from quizgen.generate.sourcing import _claim_shown, kind_of_source  # noqa: E402

FILLER = ("The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
          "The council will vote on the plan at its meeting next month, and the state has offered to pay half of "
          "the cost if the town raises the rest.\n\n"
          "Fishing boats have moored in the next town since the spring, when the last storm broke the old wall in "
          "two places and flooded the square.\n\n"
          "\"We have waited twenty years for this wall,\" said Paul Garner, who runs the fish market.\n\n"
          "The old wall was built in 1911 and repaired twice since then, most recently after the great storm of "
          "1987, when the sea reached the steps of the town hall.\n\n")


def _asked(paragraph: str, words: str):
    ctx, _ = _ctx("Harbour wall plan stalls\n\n" + paragraph + "\n\n" + FILLER)
    return [it for it in kind_of_source(ctx) if words in it.stem]


def test_unnamed_sources_inside_a_named_papers_story_are_not_asked():
    assert not _asked("During a rally on Tuesday night, Mayor Ann Holt remarked upon a recent Harbour Star story in "
                      "which council sources said the town could delay the sea wall until the summer.", "sea wall")


def test_unnamed_sources_said_directly_are_still_asked():
    assert _asked("Council sources said on Tuesday that the town could delay the sea wall until the summer because "
                  "the state has not yet paid its half of the cost.", "sea wall")


def test_a_passage_cut_right_after_its_source_is_not_asked():
    long = ("The rise of the harbour wall plan and the wave of anger it has stirred in the fishing families of the "
            "old town have alarmed the council so much that it has moved two of its senior planners to other posts "
            "and, according to officials, is now drawing up a new plan to win back the fish market before the vote "
            "next spring.")
    assert not _asked(long, "rise of the harbour wall")


def test_the_claims_words_must_be_in_the_passage_shown():
    assert _claim_shown("the town could delay the sea wall",
                        '"Council sources said the town could delay the sea wall."')
    assert not _claim_shown("the town is drawing up a new plan to win back the fish market",
                            '"The council moved two planners and, according to officials…"')
