"""attr38: a lawsuit the ledger reads as the source ("the suit says …", "the lawsuit claims …") is a court filing:
the kind-of-source item keys it a document (constructed article)."""
from __future__ import annotations

_SUIT = ("Fired aide sues county over dismissal\n\n"
         "A former aide to the county executive has sued the county, saying she was fired for reporting waste in "
         "the roads department.\n\n"
         "The lawsuit, filed on Monday in federal court, says the aide was dismissed two weeks after she sent her "
         "report to the county auditor.\n\n"
         "County officials declined to comment on the case because it is still pending.\n\n"
         "Tom Reyes, a lawyer who is not involved in the case, said such suits often settle before a trial.\n\n"
         "The county executive's office has faced two other lawsuits from former staff members in the past five "
         "years, according to court records.\n\n"
         "The county board is expected to discuss the case in a closed session next week, and a hearing in the "
         "federal court has been set for the middle of next month.\n")


def test_a_lawsuit_is_keyed_a_document():
    from test_generate_j13 import _ctx

    from quizgen.generate import sourcing

    ctx, an = _ctx(_SUIT)
    suit = [a for a in an.attributions if "dismissed two weeks" in a.content]
    assert suit and suit[0].source_kind == "document", [(a.source, a.source_kind) for a in an.attributions]
    assert sourcing.source_category(ctx, suit[0]) == sourcing.DOCUMENT
