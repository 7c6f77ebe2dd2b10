"""The speed caches (a Doc's tokens and text kept in its user_data, quotation marks scanned only
where a mark may start, word senses remembered) give what the plain computations give."""
from __future__ import annotations

import dataclasses

from quizgen.analysis.attributions.syntax import doc_text
from quizgen.analysis.parsed import tokens
from quizgen.analysis.quotes import _scan


def _plain_scan(text: str) -> list[tuple]:
    """The character-by-character scan the fast one replaced."""
    out: list[tuple] = []
    opened = None
    width = 1
    i = 0
    while i < len(text):
        ch = text[i]
        two = text.startswith("''", i) and (i == 0 or text[i - 1] != "'") and not text.startswith("'''", i)
        mark = 2 if two else 1 if ch in ('"', "\u201c", "\u201d") else 0
        three = text.startswith("'" * 3, i) and (i == 0 or text[i - 1] != "'") and not text.startswith("'" * 4, i)
        if three and opened is not None and width == 2:  # a single quotation's mark, then the '' one's
            out.append((opened + 2, i + 1, opened, False))
            opened = None
            i += 3
            continue
        if three and opened is None and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([\u2014\u2013-"):
            mark = 2
        if mark == 2 and opened is None and i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([\u2014\u2013-"):
            mark = 0
        if ch == "\u201c" or (mark and ch != "\u201d" and opened is None):
            if opened is None:
                opened, width = i, mark
        elif mark and opened is not None:
            out.append((opened + width, i, opened, False))
            opened = None
        i += max(mark, 1)
    if opened is not None and len(text) - opened > width:
        out.append((opened + width, len(text.rstrip()), opened, True))
    return out


def test_quote_scan_matches_the_plain_scan():
    texts = [
        'The coach said "we won" and left.',
        "''Follow us,'' she said, ''now.''",
        "It's the players' ''best'' year, he said '''really'''.",
        "\u201cWe will build it,\u201d the mayor said. \u201cAnd more",
        'He wrote: "one "two" three',
        "''I'd say 'old-school,''' he said, and '''Old' is fine,'' she said.",
        "A (''quoted'') word and a closing'' with nothing open.",
        "",
    ]
    for text in texts:
        assert [dataclasses.astuple(q) for q in _scan(text)] == _plain_scan(text), text


def test_doc_tokens_and_text_are_the_docs_own(nlp):
    doc = nlp("The council approved the plan on Monday, the mayor said.")
    assert [t.i for t in tokens(doc)] == [t.i for t in doc]
    assert tokens(doc) is tokens(doc)  # made once
    assert doc_text(doc) == doc.text
    other = nlp("A different sentence about the harbour wall.")
    assert doc_text(other) == other.text and [t.text for t in tokens(other)] == [t.text for t in other]
