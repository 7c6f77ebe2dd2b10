"""Assemble an Article from a title and paragraph texts found in HTML, .docx or PDF.

``Article.text`` is synthesised as the title, a blank line, the body paragraphs separated by
blank lines, and then (after another blank line) the set-aside lines, one per line: captions,
bylines and boilerplate are kept in the text, after the body, so that nothing the file showed
is lost, but they are never paragraphs.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.ingest.setaside import (
    byline_name,
    classify_line,
    ends_sentence,
    is_interview_line,
    is_teaser_list,
    opening_dateline,
    web_boilerplate,
)
from quizgen.model import Article, Paragraph

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\s*\n\s*")
# a sentence end: not after an initial or an abbreviation ("U.S.", "J. Smith", "Dr."), and
# followed by a capital, a quotation mark or the end of the text
_SENTENCE_END = re.compile(
    r"(?<!\.[A-Z])(?<![\s.][A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bMrs)(?<!\bNo)"
    r"[.!?][\"'\u201d\u2019)]*(?=\s+[A-Z\"'\u201c\u2018(]|\s*$)"
)
TITLE_WORDS = 25


def lead_sentence(block: str) -> str:
    """The first sentence of ``block``, cut after TITLE_WORDS words: an exact prefix of it."""
    m = _SENTENCE_END.search(block)
    end = m.end() if m else len(block)
    words = list(re.finditer(r"\S+", block[:end]))
    if len(words) > TITLE_WORDS:
        end = words[TITLE_WORDS - 1].end()
    return block[:end]


def _first_sentence(block: str) -> str:
    lead = lead_sentence(block)
    cut = len(lead) < len(block) and not _SENTENCE_END.match(block, len(lead) - 1)
    return lead.replace("\n", " ") + (" \u2026" if cut else "")


def clean_block(text: str) -> str:
    """Collapse runs of spaces and strip; keep single line breaks, drop empty lines inside."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = _SPACES.sub(" ", text)
    return _BLANKS.sub("\n", text).strip()


def assemble(
    title: str,
    blocks: list[str],
    *,
    set_aside: Sequence[str | tuple[str, int]] | None = None,
    byline: str | None = None,
    date: str | None = None,
    source_url: str | None = None,
    source_name: str | None = None,
    license: str | None = None,
    classify: bool = True,
    web: bool = False,
    notes: tuple[str, ...] = (),
) -> Article:
    """Build an Article from a title and body blocks (each becomes one paragraph).

    Args:
        title: the headline; when empty, a short first block (25 words at most, no final
            period) becomes it, else the first sentence of the first paragraph stands in.
        blocks: candidate paragraphs in reading order; empty ones are dropped, and when
            ``classify`` is true the ones :func:`classify_line` recognises (captions,
            bylines, ...) go to ``set_aside`` instead.
        set_aside: lines already known not to be body text (subheadings, say); a line given
            as ``(line, i)`` stood just before ``blocks[i]`` (its place is kept in
            ``Article.set_aside_at``; a plain line is placed after the last paragraph).
        byline, date, source_url, source_name, license: metadata found by the reader.
        classify: whether to apply the set-aside rules to ``blocks``.
        web: the blocks come from a web page: every line of every block is also judged by
            :func:`web_boilerplate` (newsletter prompts, contributors' credits, embedded posts,
            ...), and a block that is a list of short headline-like lines is a teaser list.
        notes: what the reader could not be sure of, for the teacher.
    """
    title = clean_block(title).replace("\n", " ")
    placed: dict[int, list[str]] = {}
    unplaced: list[str] = []
    for given in set_aside or []:
        line, where = given if isinstance(given, tuple) else (given, -1)
        if clean_block(line):
            (placed.setdefault(where, []) if 0 <= where < len(blocks) else unplaced).append(clean_block(line))
    aside: list[str] = []
    aside_at: list[int] = []
    body: list[str] = []
    for bi, raw in enumerate(blocks):
        for line in placed.get(bi, ()):
            aside.append(line)
            aside_at.append(len(body))
        lines = clean_block(raw).split("\n")
        kinds = [classify_line(line) if classify else None for line in lines]
        if web and classify:
            kinds = [kind or web_boilerplate(line) for kind, line in zip(kinds, lines, strict=True)]
            if is_teaser_list(lines):
                kinds = [kind or "teaser" for kind in kinds]
        lo, hi = 0, len(lines)
        while lo < hi and kinds[lo] is not None:
            lo += 1
        while hi > lo and kinds[hi - 1] is not None:
            hi -= 1
        inner: list[str] = []
        dropped: list[tuple[str, str]] = []
        for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
            if kind is not None and (web or not lo <= i < hi):
                dropped.append((line, kind))  # web pages: judged line by line, anywhere
            elif lo <= i < hi:
                inner.append(line)
        for line, kind in dropped:
            if kind == "byline" and not byline:
                byline = byline_name(line)
            if kind != "rule":
                aside.append(line)
                aside_at.append(len(body))
        block = "\n".join(inner)
        if not block or (not body and block == title):
            continue  # empty, or the headline repeated as the first paragraph
        if not title and not body and len(block.split()) <= 25 and not block.endswith("."):
            title = block.replace("\n", " ")  # a short first line is the headline
            continue
        if web and classify and body and "\n" not in block and len(block.split()) <= 10 \
                and not ends_sentence(block) and not is_interview_line(block):
            aside.append(block)  # a short unfinished line between paragraphs: subheading or caption
            aside_at.append(len(body))
            continue
        cut = opening_dateline(block, early=len(body) < 3)
        if cut and len(block) > cut:  # "BRUSSELS - European leaders …": the dateline set aside, as on its own line
            aside.append(block[:cut].rstrip(" -\u2013\u2014\u2015"))
            aside_at.append(len(body))
            block = block[cut:]
        body.append(block)
    aside += unplaced
    aside_at += [len(body)] * len(unplaced)
    if not title:
        title = _first_sentence(body[0]) if body else "Untitled article"
    parts = [title]
    paragraphs: list[Paragraph] = []
    pos = len(title)
    for block in body:
        pos += 2
        paragraphs.append(Paragraph(len(paragraphs) + 1, block, pos))
        parts.append(block)
        pos += len(block)
    text = "\n\n".join(parts)
    if aside:
        text += "\n\n" + "\n".join(a.replace("\n", " ") for a in aside)
    return Article(
        title=title,
        paragraphs=tuple(paragraphs),
        text=text + "\n",
        title_start=0,
        byline=byline or None,
        date=date or None,
        source_url=source_url or None,
        source_name=source_name or None,
        license=license or None,
        set_aside=tuple(a.replace("\n", " ") for a in aside),
        set_aside_at=tuple(aside_at),
        notes=notes,
    )
