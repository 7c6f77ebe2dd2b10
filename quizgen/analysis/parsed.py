"""Parsing paragraphs once, and mapping Doc offsets back to Article offsets."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD

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
    # a title-cased headline parsed once more in sentence case, for the ledger only (see :func:`sentence_case`)
    ledger_doc: Doc | None = None

    def span(self, start: int, end: int) -> Span:
        """A Span from paragraph-relative character offsets."""
        return Span(self.start + start, self.start + end, self.text[start:end])

    def docs_made(self) -> list[Doc]:
        """The Docs this paragraph holds now (its own, its ledger copy), none parsed for the asking."""
        return [d for d in (self.doc, self.ledger_doc) if d is not None]


class LaterHeadline(ParsedParagraph):
    """A title-cased headline whose own parse is made only when first read (``doc``): the analysis reads its
    sentence-case copy (``ledger_doc``), and the headline as written only when it has the shape of a headline's
    attribution (:func:`quizgen.analysis.attributions.passes.headline_shaped`), which most have not. Saves
    parsing the headline twice (a dozen words: about 2 ms of CPU, a tenth of what a 1,000-word article's analysis
    costs). The parse made later is the one the batch would have made: spaCy parses each text of a batch alone.
    A third of the development articles' headlines are title-cased, and most of those have no such shape."""

    _doc: Doc | None
    _nlp: Language

    def __init__(self, number: int, start: int, text: str, nlp: Language, article_text: str,
                 ledger_doc: Doc) -> None:
        self._nlp = nlp
        super().__init__(number, start, text, None, article_text, ledger_doc)  # type: ignore[arg-type]  # its own: when read

    @property
    def doc(self) -> Doc:
        if self._doc is None:
            self._doc = self._nlp(self.text)
        return self._doc

    @doc.setter
    def doc(self, value: Doc | None) -> None:
        self._doc = value

    def docs_made(self) -> list[Doc]:
        return [d for d in (self._doc, self.ledger_doc) if d is not None]


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc (each ``for tok in doc`` builds new Token objects); kept in
    its user_data, which nothing else writes."""
    toks = doc.user_data.get("quizgen_tokens")
    if toks is None:
        toks = doc.user_data["quizgen_tokens"] = list(doc)
    return toks


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` (spaCy builds a new Token for each child on each walk), kept once read in a table
    of the Doc's tokens' children in its user_data: left to right, as spaCy gives them. A tuple: callers
    share it."""
    table = tok.doc.user_data.get("quizgen_children")
    if table is None:
        table = tok.doc.user_data["quizgen_children"] = {}
    i = tok.i
    got = table.get(i)
    if got is None:
        got = table[i] = tuple(tok.children)
    return got


def passive_verbs(doc: Doc) -> frozenset[int]:
    """The indexes of the tokens with an "auxpass" child ("was *seen*"), made once per Doc."""
    return heads_of(doc, "auxpass")


def heads_of(doc: Doc, dep: str) -> frozenset[int]:
    """The indexes of the tokens with a child of the dependency ``dep`` (an "auxpass": "was *seen*"; a "poss":
    "his *claim*"), made once per Doc and label from the Doc's arrays of labels and heads: reading each token's
    ``dep_`` and ``head`` builds Tokens and looks strings up, and a test of a token's children builds its
    children (so a pass asks this first of the many tokens it would otherwise test that way)."""
    table = doc.user_data.get("quizgen_heads_of")
    if table is None:
        table = doc.user_data["quizgen_heads_of"] = {}
        # each token's label and head, read once per Doc for every label asked: a head is kept as its offset from
        # the token; as two plain lists (a loop reading numpy's scalars one by one cost twice as much)
        doc.user_data["quizgen_dep_head"] = doc.to_array([DEP, HEAD]).T.astype("int64").tolist()
    got = table.get(dep)
    if got is None:
        label = doc.vocab.strings[dep]
        labels, heads = doc.user_data["quizgen_dep_head"]
        got = table[dep] = frozenset([i + heads[i] for i, d in enumerate(labels) if d == label and heads[i] != 0])
    return got


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's ``lower_`` and lower-cased ``lemma_``, by token index, made once per Doc (several
    passes test every token's word against their lists; spaCy looks the string up on each read)."""
    got = doc.user_data.get("quizgen_words")
    if got is None:
        toks = tokens(doc)
        got = doc.user_data["quizgen_words"] = ([t.lower_ for t in toks], [t.lemma_.lower() for t in toks])
    return got


def token_pos(doc: Doc) -> list[str]:
    """Each token's ``pos_``, by token index, made once per Doc: the passes that walk a paragraph's tokens for
    a few parts of speech pick those out of this list, reading no other token (spaCy looks the string up on
    each read of ``pos_``)."""
    got = doc.user_data.get("quizgen_pos")
    if got is None:
        got = doc.user_data["quizgen_pos"] = [t.pos_ for t in tokens(doc)]
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


def know_texts(parsed: Sequence[ParsedParagraph]) -> None:
    """Keep each body paragraph's text as its Doc's (under the key :func:`span_text` reads): a Doc's text is the
    string it was parsed from, and ``doc.text`` joins every token anew (about 2% of the analysis, once per
    Doc). Body paragraphs only: a headline read in sentence case holds a Doc of another text than its own."""
    for pp in parsed:
        pp.doc.user_data.setdefault("quizgen_text", pp.text)


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


def release_docs(parsed: Sequence[ParsedParagraph], title: ParsedParagraph | None = None) -> None:
    """Drop what this module and the analysis kept in the Docs' user_data (token lists, children tables,
    sentences, entities: each holds Tokens or Spans, which hold their Doc). Those made each Doc part of a
    reference cycle, freed only when the cyclic collector next ran a full collection, so the Docs of every
    article analysed since (their token arrays too) stayed in memory; without the cycle a Doc is freed as
    soon as the last reference to it goes. For Docs nothing will read again: a later read makes the table anew."""
    for pp in [*parsed, *([title] if title is not None else [])]:
        for doc in pp.docs_made():  # (a headline's own parse not made is not made now)
            for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("quizgen_")]:
                del doc.user_data[key]


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
    cased = sentence_case(title, article.text[at + len(title):])
    if cased is not None:
        from quizgen.analysis.attributions.passes import headline_shaped  # (that package imports this module)

        if not headline_shaped(title):  # the headline as written is read only in those shapes: parsed if asked
            docs = list(nlp.pipe([cased, *(p.text for p in article.paragraphs)]))
            parsed = [ParsedParagraph(p.number, p.start, p.text, doc, article.text)
                      for p, doc in zip(article.paragraphs, docs[1:], strict=True)]
            return parsed, LaterHeadline(0, at, title, nlp, article.text, docs[0])
    extra = [cased] if cased is not None else []
    docs = list(nlp.pipe([title, *extra, *(p.text for p in article.paragraphs)]))
    parsed = [ParsedParagraph(p.number, p.start, p.text, doc, article.text)
              for p, doc in zip(article.paragraphs, docs[1 + len(extra):], strict=True)]
    return parsed, ParsedParagraph(0, at, title, docs[0], article.text, docs[1] if extra else None)


TITLE_CASE_WORDS = 5  # a headline of this many words or more ...
TITLE_CASE_CAPITALS = 2  # ... with this many words capitalised that are no names is written in title case
_SMALL_WORDS = frozenset("a an the of to in on for and or but with at by from as is are was were into over after "
                         "about that this it its his her their when if not".split())
_WORD = re.compile(r"[A-Za-z][\w’'.&-]*")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'&-]*")


def sentence_case(title: str, body: str) -> str | None:
    """"New Poll Shows Minor Bump For Clinton" as "New poll shows minor bump for Clinton": a title-cased
    headline (the tagger reads every word of one as a name) with each word lower-cased but its first, words
    in capitals and the body's names (words it writes capitalised mid-sentence, or never in lower case). None
    when the headline is not in title case or lower-casing would change its length (offsets into it must hold)."""
    words = list(_WORD.finditer(title))
    if len(words) < TITLE_CASE_WORDS or any(w.group()[:1].islower() and w.group() not in _SMALL_WORDS for w in words):
        return None  # prose ("Trump questions the fairness of ..."); a title may keep its small words small
    seen = {m.group().rstrip(".’'") for m in _WORD.finditer(body)}
    names = {w for w in seen if w[:1].isupper() and w.lower() not in seen} | \
        {m.group().rstrip(".’'") for m in _MID_SENTENCE_CAPITAL.finditer(body)}
    capitals = sum(1 for w in words[1:] if w.group()[:1].isupper() and w.group().rstrip(".’'") not in names)
    if capitals < TITLE_CASE_CAPITALS:
        return None
    out = list(title)
    for w in words[1:]:
        word = w.group()
        if word.rstrip(".’'") in names or word.isupper() or any(c.isupper() for c in word[1:]):
            continue
        if out[w.start() - 1:w.start()] in (["‘"], ["“"], ['"'], ["'"]) or \
                title[:w.start()].rstrip()[-1:] in (":", ".", "?", "!"):
            continue  # a quotation's or a new sentence's first word keeps its capital
        low = word.lower()
        if len(low) != len(word):
            return None
        out[w.start():w.end()] = low
    cased = "".join(out)
    return cased if cased != title else None
