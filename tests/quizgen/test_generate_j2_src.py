"""Sourcing judged blind on set J2 (PolNeAR dev, unseen): "Which of these people does the article quote?" keyed
Henry Crespo as "only mentioned, never quoted" while the next paragraph quoted him as '"No one is writing songs for
her," he said.' (the ledger had not given him the pronoun's quotation)."""
from __future__ import annotations

from factories import labelled_entities, plain_article, sentence_context

from quizgen.generate.sourcing import _quoted_by_pronoun_after, quiet_names

TEXT = ("Campaign worries about its base\n\n"
        "The slow start concerns Henry Crespo, president of the county caucus.\n\n"
        "\u201cNo one is writing songs for her,\u201d he said.\n\n"
        "Ruth Dale, a retired teacher in Troy, has voted in every election since 1970.\n\n"
        "The campaign opened two offices in Troy last week and hired four organisers.\n")


def test_a_person_a_pronouns_quotation_may_belong_to_is_no_quiet_name():
    ctx = sentence_context(plain_article(TEXT), [], labelled_entities(plain_article(TEXT), "PERSON",
                                                                       "Henry Crespo", "Ruth Dale"))
    assert _quoted_by_pronoun_after(ctx, "Henry Crespo")
    assert not _quoted_by_pronoun_after(ctx, "Ruth Dale")
    quiet = quiet_names(ctx)
    assert "Henry Crespo" not in quiet
