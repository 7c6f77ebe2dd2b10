"""A title-cased headline is parsed only in its sentence-case copy unless it has a headline's shape of
attribution (then its own parse is read too): the same ledger, one parse fewer."""
from __future__ import annotations

from factories import plain_article

from quizgen.analysis.attributions.passes import headline_shaped
from quizgen.analysis.parsed import LaterHeadline, parse_with_title, release_docs

_BODY = ("The council voted on Tuesday to close the old bridge, the mayor said.\n\n"
         "\"We cannot wait for a collapse,\" said Dana Reyes, who chairs the transport committee.\n\n"
         "Engineers found cracks in three of the five supports last spring, a county report said.\n")


def _facts(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


def test_headline_shapes() -> None:
    assert headline_shaped("Dana Reyes: The Bridge Must Close Before It Falls")
    assert headline_shaped("Mayor Says Town Will Close Old Bridge Next Spring")
    assert headline_shaped("Bridge will close next spring, mayor says")
    assert not headline_shaped("Council Votes to Close Old Bridge After Cracks Found")


def test_title_cased_headline_parsed_only_when_read(nlp) -> None:
    article = plain_article("Council Votes to Close Old Bridge After Cracks Found\n\n" + _BODY)
    parsed, title = parse_with_title(article, nlp)
    assert isinstance(title, LaterHeadline)
    assert title.ledger_doc is not None and title.docs_made() == [title.ledger_doc]  # the copy only
    assert title.ledger_doc.text == "Council votes to close old bridge after cracks found"
    release_docs(parsed, title)
    assert title.docs_made() == [title.ledger_doc]  # releasing parses nothing
    assert _facts(title.doc) == _facts(nlp(article.title))  # read: the parse the batch would have made
    assert len(title.docs_made()) == 2


def test_headline_of_a_saying_shape_parsed_in_the_batch(nlp) -> None:
    article = plain_article("Mayor Says Town Will Close Old Bridge Next Spring\n\n" + _BODY)
    _, title = parse_with_title(article, nlp)
    assert title is not None and not isinstance(title, LaterHeadline) and title.ledger_doc is not None
    assert len(title.docs_made()) == 2

