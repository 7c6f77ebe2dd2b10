"""The venue options say no more than the article: "said in a statement" is a statement, not a written one."""
from __future__ import annotations

from quizgen.generate.venue import VENUES


def test_a_statement_is_keyed_as_a_statement_not_a_written_one():
    """Judged blind (D4): "Khan said in a statement" keyed "In a written statement", which the article does not say
    (a statement may be read out to the press)."""
    assert VENUES["statement"] == "In a statement"
    assert all("written statement" not in label for label in VENUES.values())


def test_an_email_to_a_newspaper_offers_no_interview_beside_writing():
    """Judged blind (T13): '"…," X wrote in an email to POLITICO' keyed "in writing" beside "in an interview with a news
    outlet", which an e-mail to a paper may fairly be called; and the key names e-mail."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_generate_j13 import _ctx

    from quizgen import kinds
    from quizgen.generate import venue

    text = ("Harbour wall plan stalls\n\n"
            "Mayor Ann Holt on Sunday defended the plan to build a new sea wall along the old harbour.\n\n"
            "\"The wall is the only plan that protects the fish market before next winter,\" Lolita Grayson wrote "
            "in an email to the Harbour Star.\n\n"
            "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
            "\"Every family on the harbour front will sleep better once the wall stands,\" Carl Dunmore told a crowd "
            "at a rally on the quay.\n\n"
            "The council will vote on the plan at its meeting next month.\n\n"
            "The state has offered to pay half of the cost if the town raises the rest, and fishing boats have "
            "moored in the next town since the spring, when the last storm broke the old wall in two places.\n")
    ctx, _ = _ctx(text)
    items = [it for it in venue.generate(ctx) if "only plan that protects" in it.stem]
    assert items
    assert kinds.keyed_texts(items[0]) == [VENUES["writing"]] and "e-mail" in VENUES["writing"]
    assert VENUES["interview"] not in items[0].options
