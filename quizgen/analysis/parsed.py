"""Parsing paragraphs once, and mapping Doc offsets back to Article offsets."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.model import Article, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass
class ParsedParagraph:
    number: int
    start: int  # offset of the paragraph in Article.text
    text: str
    doc: Doc  # the paragraph text, parsed
    article_text: str

    def span(self, start: int, end: int) -> Span:
        """A Span from paragraph-relative character offsets."""
        return Span(self.start + start, self.start + end, self.text[start:end])


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc (each ``for tok in doc`` builds new Token objects); kept in
    its user_data, which nothing else writes."""
    toks = doc.user_data.get("quizgen_tokens")
    if toks is None:
        toks = doc.user_data["quizgen_tokens"] = list(doc)
    return toks


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's ``lower_`` and lower-cased ``lemma_``, by token index, made once per Doc (several
    passes test every token's word against their lists; spaCy looks the string up on each read)."""
    got = doc.user_data.get("quizgen_words")
    if got is None:
        toks = tokens(doc)
        got = doc.user_data["quizgen_words"] = ([t.lower_ for t in toks], [t.lemma_.lower() for t in toks])
    return got


def sents_of(doc: Doc) -> list[SpacySpan]:
    """``list(doc.sents)``, made once per Doc; kept in its user_data."""
    got = doc.user_data.get("quizgen_sents")
    if got is None:
        got = doc.user_data["quizgen_sents"] = list(doc.sents)
    return got


def ents_of(doc: Doc) -> Sequence[SpacySpan]:
    """``doc.ents`` (a new tuple of new Spans on each read), made once per Doc; kept in its user_data."""
    got = doc.user_data.get("quizgen_ents")
    if got is None:
        got = doc.user_data["quizgen_ents"] = _without_gerunds(doc.ents)
    return got


def _without_gerunds(ents: Sequence[SpacySpan]) -> Sequence[SpacySpan]:
    """The entities, each without a gerund the tagger ran into its start ("Entrusting Donald Trump with the
    codes is a risk": the person is "Donald Trump"; the act of entrusting him names no one)."""
    if not any(e[0].tag_ == "VBG" and e[0].pos_ == "VERB" for e in ents):
        return ents
    out = []
    for e in ents:
        start = e.start
        while start < e.end and e.doc[start].tag_ == "VBG" and e.doc[start].pos_ == "VERB":
            start += 1
        if start == e.start:
            out.append(e)
        elif start < e.end:
            out.append(_span(e, start))
    return tuple(out)


def _span(e: SpacySpan, start: int) -> SpacySpan:
    from spacy.tokens import Span as SpacySpanType

    return SpacySpanType(e.doc, start, e.end, label=e.label_)


def sent_of(tok: Token) -> SpacySpan:
    """``tok.sent`` (spaCy walks the Doc to both sentence bounds on each read), looked up in a table of
    the Doc's sentences by token made once per Doc."""
    doc = tok.doc
    table = doc.user_data.get("quizgen_sent_of")
    if table is None:
        table = []
        for s in sents_of(doc):
            table.extend([s] * (s.end - s.start))
        doc.user_data["quizgen_sent_of"] = table
    return table[tok.i]


def span_text(span: SpacySpan) -> str:
    """``span.text`` (spaCy joins the span's tokens on each read), as a slice of the Doc's text made once
    per Doc (the key ``doc_text`` in the attributions package also keeps it under)."""
    doc = span.doc
    text = doc.user_data.get("quizgen_text")
    if text is None:
        text = doc.user_data["quizgen_text"] = doc.text
    return text[span.start_char:span.end_char]


def sent_tokens(sent: SpacySpan) -> list[Token]:
    """The tokens of a sentence (or any span), from the Doc's token list made once (see :func:`tokens`)."""
    return tokens(sent.doc)[sent.start:sent.end]


def parse_article(article: Article, nlp: Language) -> list[ParsedParagraph]:
    texts = [p.text for p in article.paragraphs]
    docs = nlp.pipe(texts)
    return [
        ParsedParagraph(p.number, p.start, p.text, doc, article.text)
        for p, doc in zip(article.paragraphs, docs, strict=True)
    ]


def parse_with_title(article: Article, nlp: Language) -> tuple[list[ParsedParagraph], ParsedParagraph | None]:
    """:func:`parse_article`, and the headline parsed in the same batch as paragraph 0 (body paragraphs
    keep their numbers); None when there is none or it is not written at ``title_start`` in the text."""
    title, at = article.title, article.title_start
    if not title.strip() or article.text[at:at + len(title)] != title:
        return parse_article(article, nlp), None
    docs = list(nlp.pipe([title, *(p.text for p in article.paragraphs)]))
    parsed = [ParsedParagraph(p.number, p.start, p.text, doc, article.text)
              for p, doc in zip(article.paragraphs, docs[1:], strict=True)]
    return parsed, ParsedParagraph(0, at, title, docs[0], article.text)
