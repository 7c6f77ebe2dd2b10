"""Plain text and Markdown to an Article whose offsets index the text exactly as read.

Layout: an optional front matter block (``---`` lines around ``key: value`` pairs), then the
headline (the front matter's ``title:``, else a ``# `` heading or the first non-empty line),
then body paragraphs separated by blank lines (or by single newlines when the body has no
blank line at all). Lines recognised by :mod:`quizgen.ingest.setaside` (captions, tag lines,
bylines, ...) are peeled off the start and end of each block into ``Article.set_aside``. One
short line under the headline, in the headline's block, is a subtitle: set aside, with a note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.ingest.setaside import byline_name, classify_line, ends_sentence, opening_dateline
from quizgen.ingest.synth import lead_sentence
from quizgen.model import Article, Paragraph

FRONT_MATTER_KEYS = ("title", "source", "author", "date", "url", "license")
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_ATX = re.compile(r"^\s{0,3}#\s+")
_LONG_FIRST_LINE = 40  # words: a first line this long is a paragraph, not a headline


@dataclass
class _Line:
    start: int
    text: str  # without its line break

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Parsed:
    """What the plain-text reader found, before the length and language checks."""

    title: str = ""
    title_start: int = 0
    paragraphs: list[tuple[int, str]] = field(default_factory=list)  # (start, text)
    set_aside: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # for the teacher, in words
    after_heading: bool = False  # the last block was set aside as a heading (a name under a pull quote)


def split_lines(text: str, start: int = 0) -> list[_Line]:
    """Lines of ``text`` from offset ``start`` with their offsets (``\\r\\n``, ``\\r``, ``\\n``)."""
    lines = []
    for m in _LINE.finditer(text, start):
        raw = m.group()
        if not raw:
            break
        lines.append(_Line(m.start(), raw.rstrip("\r\n")))
    return lines


def read_front_matter(lines: list[_Line]) -> tuple[dict[str, str], dict[str, int], int]:
    """Parse a leading ``---`` block of known keys.

    Returns:
        (values, offsets of each value, index of the first line after the block); an
        empty dict and 0 when the text has no front matter.
    """
    if not lines or lines[0].text.strip() != "---":
        return {}, {}, 0
    values: dict[str, str] = {}
    offsets: dict[str, int] = {}
    for i, line in enumerate(lines[1:40], start=1):
        if line.text.strip() == "---":
            return (values, offsets, i + 1) if values else ({}, {}, 0)
        if line.blank:
            continue
        m = _FM_LINE.match(line.text)
        if not m:
            return {}, {}, 0
        key = m.group(1).lower()
        if key in FRONT_MATTER_KEYS and m.group(2):
            value, offset = _unquote(m.group(2), line.start + m.start(2))
            values[key] = value
            offsets[key] = offset
    return {}, {}, 0


def _unquote(value: str, offset: int) -> tuple[str, int]:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1], offset + 1
    return value, offset


def blocks_of(lines: list[_Line]) -> list[list[_Line]]:
    """Group lines into blocks separated by blank lines; one line per block if none is blank."""
    content = [ln for ln in lines if not ln.blank]
    if not content:
        return []
    first = lines.index(content[0])
    last = lines.index(content[-1])
    if not any(ln.blank for ln in lines[first:last + 1]):
        return [[ln] for ln in content]
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for ln in lines:
        if ln.blank:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(ln)
    if current:
        blocks.append(current)
    return blocks


def parse_plain(text: str) -> Parsed:
    """Find the headline, body paragraphs, set-aside lines and front matter of ``text``."""
    out = Parsed()
    lines = split_lines(text)
    meta, offsets, body_from = read_front_matter(lines)
    out.meta = meta
    blocks = blocks_of(lines[body_from:])
    if "title" in meta:
        out.title, out.title_start = meta["title"], offsets["title"]
        # a repeated "# Title" heading or title line opening the body is the same headline
        if blocks and _heading_text(blocks[0][0].text) == meta["title"].strip():
            blocks[0] = blocks[0][1:]
    elif blocks:
        blocks = _take_headline(blocks, out)
    for block in blocks:
        for part in _line_paragraphs(block):
            _add_block(part, text, out)
    return out


_LINE_PARAGRAPH_WORDS = 8


def _line_paragraphs(block: list[_Line]) -> list[list[_Line]]:
    """A block whose every line is a whole sentence or more, and long, is paragraphs one per line (a
    page copied with single line breaks under a headline set off by a blank line), not one hard-wrapped
    paragraph: a wrapped paragraph's lines end mid-sentence. A short subheading line among them ("Republicans'
    Long, Uneasy History With Race", judged blind on T21: eighteen paragraphs read as one ¶1) is a line of its own
    too, when at most one line in ten is such a heading."""
    if len(block) < 3:
        return [block]
    headings = [ln for ln in block if not ends_sentence(ln.text)]
    if any(not _subheading_line(ln.text) for ln in headings) or len(headings) * 10 > len(block):
        return [block]
    prose = [ln for ln in block if ends_sentence(ln.text)]
    if sum(len(ln.text.split()) for ln in prose) < _LINE_PARAGRAPH_WORDS * len(prose):
        return [block]
    return [[ln] for ln in block]


_HEADING_WORD = re.compile(r"[A-Z0-9][\w’'-]*|(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|vs\.?)$")


def _subheading_line(text: str) -> bool:
    """A short line in title case with no stop at its end ("Republicans' Long, Uneasy History With Race")."""
    words = text.strip().split()
    bare = [b for b in (w.strip(",:;—–-\"“”‘’()") for w in words) if b]
    return 1 <= len(words) <= 10 and words[0][:1].isupper() and all(_HEADING_WORD.match(b) for b in bare)


def _heading_text(line: str) -> str:
    return _ATX.sub("", line).strip().rstrip("#").strip()


_NOT_HEADLINES = ("boilerplate", "byline", "dateline", "caption", "credit", "rule")


def _take_headline(blocks: list[list[_Line]], out: Parsed) -> list[list[_Line]]:
    """Take the headline from the first block; lines before a "# " heading are set aside.

    Web boilerplate pasted above the headline ("Advertisement", "By Jane Doe") is set aside.
    """
    for _ in range(5):
        kind = classify_line(blocks[0][0].text)
        if kind not in _NOT_HEADLINES or (len(blocks) == 1 and len(blocks[0]) == 1):
            break
        _set_aside(blocks[0][0].text, kind, out)
        blocks = ([blocks[0][1:]] if len(blocks[0]) > 1 else []) + blocks[1:]
    for i, block in enumerate(blocks[:4]):
        if _ATX.match(block[0].text):
            for earlier in blocks[:i]:
                out.set_aside.extend(ln.text.strip() for ln in earlier)
            return _headline_from(blocks[i:], out)
    return _headline_from(blocks, out)


def _headline_from(blocks: list[list[_Line]], out: Parsed) -> list[list[_Line]]:
    first = blocks[0][0]
    stripped = first.text.strip()
    heading = _ATX.match(first.text)
    if heading:
        inner = _heading_text(first.text)
        out.title = inner
        out.title_start = first.start + first.text.index(inner) if inner else first.start
    elif len(stripped.split()) > _LONG_FIRST_LINE:
        # no headline: the first line is a paragraph; its first sentence stands as the title
        lead = first.text[len(first.text) - len(first.text.lstrip()):]
        out.title = lead_sentence(lead)
        out.title_start = first.start + len(first.text) - len(first.text.lstrip())
        return blocks
    elif len(blocks[0]) == 1 and _site_name(stripped) and (at := _headline_after(blocks)) is not None:
        # "The Japan Times Online" / "ODA looks wasted on China" / …: a page's site name pasted above its headline
        # (and its breadcrumb trail, "Home > News > UK")
        for block in blocks[:at]:
            out.set_aside.extend(ln.text.strip() for ln in block)
        return _headline_from(blocks[at:], out)
    else:
        out.title = stripped
        out.title_start = first.start + len(first.text) - len(first.text.lstrip())
    rest = blocks[0][1:]
    if _is_subtitle(rest, blocks[1:]):
        line = rest[0].text.strip()
        out.set_aside.append(line)
        out.notes.append(
            f"The line under the headline (\u201c{line}\u201d) was read as a subtitle, not as the "
            "first paragraph: it is set aside and never quizzed."
        )
        rest = []
    elif not rest and _is_deck(blocks[1:]):
        # "Reid selected to be Senate Minority Leader" / "Durbin of Illinois elected to be second in charge" /
        # "WASHINGTON (AP) -- Sen. Harry Reid …": a standfirst on its own line under the headline is no paragraph
        line = blocks[1][0].text.strip()
        out.set_aside.append(line)
        out.notes.append(
            f"The line under the headline (\u201c{line}\u201d) was read as a subtitle, not as the "
            "first paragraph: it is set aside and never quizzed."
        )
        return blocks[2:]
    return ([rest] if rest else []) + blocks[1:]


_DECK_WORDS = 25
# a site's name or a page's label above the headline: "The Japan Times Online", "News", "Member Center" (its last word,
# so "Post Office Closes" or "Home Sales Rise" stays a headline)
_SITE_END = re.compile(r"(?:online|news|times|post|herald|daily|journal|tribune|gazette|center|centre|homepage|"
                       r"magazine|report|[\w-]+\.(?:com|org|net|co\.uk))$", re.I)
_HEADLINE_WORDS = 15


def _site_name(line: str) -> bool:
    """A short line in title case naming a site or a page ("The Japan Times Online", "News"), not a headline."""
    words = line.split()
    return 1 <= len(words) <= 6 and not ends_sentence(line) and \
        (len(words) == 1 or _SITE_END.search(line) is not None) and \
        all(w[:1].isupper() or w.lower() in ("the", "of", "and", "&") for w in words)


def _headline_after(blocks: list[list[_Line]]) -> int | None:
    """The index of the block that holds the headline under a site name: the first after it past one-line blocks of
    page furniture, when it reads as a headline and prose follows."""
    at = 1
    while at < len(blocks) and len(blocks[at]) == 1 and classify_line(blocks[at][0].text) in _NOT_HEADLINES:
        at += 1
    return at if at + 1 < len(blocks) and _headline_line(blocks[at]) else None


def _headline_line(block: list[_Line]) -> bool:
    """One line that reads as a headline: at most 15 words, opening on a capital, no stop at its end, and none of the
    lines the set-aside rules know."""
    if len(block) != 1:
        return False
    line = block[0].text.strip()
    return 2 <= len(line.split()) <= _HEADLINE_WORDS and line[:1].isupper() and not ends_sentence(line) and \
        classify_line(line) is None


def _is_deck(blocks: list[list[_Line]]) -> bool:
    """Is the first block after the headline a standfirst: one line of at most 25 words that ends on no stop and holds
    no quotation, with a longer paragraph of prose after it?"""
    if len(blocks) < 2 or len(blocks[0]) != 1:
        return False
    line = blocks[0][0].text.strip()
    nxt = " ".join(ln.text.strip() for ln in blocks[1])
    return (0 < len(line.split()) <= _DECK_WORDS and not ends_sentence(line) and line[:1].isupper()
            and not re.search(r"[\"“”‘’:]", line) and classify_line(line) is None
            and len(nxt.split()) > len(line.split()) and ends_sentence(nxt))


_SUBTITLE_WORDS = 30


def _is_subtitle(rest: list[_Line], later: list[list[_Line]]) -> bool:
    """Whether what follows the headline in its block is a subtitle (a dek), not paragraph 1.

    One short line (30 words at most) under the headline, with the body in later blocks, is
    a subtitle ("Expect economic issues to roar back in the election."). Several lines are a
    hard-wrapped first paragraph; a line the set-aside rules know (a byline, a dateline) is
    left to them.
    """
    if len(rest) != 1 or not later:
        return False
    line = rest[0].text.strip()
    return 0 < len(line.split()) <= _SUBTITLE_WORDS and classify_line(line) is None


# a list item's marker at a paragraph's start: a bullet, a tilde, an asterisk or a hyphen, then a space
_LIST_MARKER = re.compile(r"[~•·*‣▪◦-][ \t\u00a0]+(?=\S)")


# a pair of markup tags around a paragraph: the opening tag with its attributes, the closing tag of the same name
# and what follows it up to the end ("</tweet>.")
_EDGE_TAG = re.compile(r"<([A-Za-z][\w:-]*)(?:\s+[\w:-]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*>\s*")
_EDGE_TAG_END = re.compile(r"\s*</([A-Za-z][\w:-]*)\s*>\W{0,2}$")


# a person's role on a line of its own: "Chilean president", "Former prime minister" (no sentence, no number)
_ROLE_LINE = re.compile(r"[A-Z][a-z]+(?:[ \t]+[a-z]+){1,3}")


def _add_block(block: list[_Line], text: str, out: Parsed) -> None:
    """Peel set-aside lines off both ends of ``block``; the rest is one paragraph."""
    lo, hi = 0, len(block)
    if out.after_heading and len(block) == 1 and _ROLE_LINE.fullmatch(block[0].text.strip()):
        # a pull quote's "Ricardo Lagos" / "Chilean president": the role under a name set aside goes with it
        _set_aside(block[0].text, "heading", out)
        return
    out.after_heading = False
    while lo < hi:
        kind = classify_line(block[lo].text)
        # a tag-like first line of a hard-wrapped sentence continues on the next line
        if kind is None or (kind == "tags" and hi - lo > 1 and not _starts_unit(block[lo + 1].text)):
            break
        _set_aside(block[lo].text, kind, out)
        lo += 1
    tail: list[str] = []
    while hi > lo:
        kind = classify_line(block[hi - 1].text)
        if kind is None or (kind in ("tags", "byline", "dateline") and hi - 1 > lo
                            and not ends_sentence(block[hi - 2].text)
                            and classify_line(block[hi - 2].text) is None):
            break
        tail.append(block[hi - 1].text)
        hi -= 1
    if lo < hi:
        start = block[lo].start + len(block[lo].text) - len(block[lo].text.lstrip())
        end_line = block[hi - 1]
        end = end_line.start + len(end_line.text.rstrip())
        # "BRUSSELS - European leaders …": the dateline is set aside, the paragraph starts at its story (so
        # no sentence, stem or option carries it; offsets stay those of the text as read)
        cut = opening_dateline(text[start:end], early=len(out.paragraphs) < 3)
        if cut and end - start > cut:
            _set_aside(text[start:start + cut].rstrip(" -\u2013\u2014\u2015"), "dateline", out)
            start += cut
        # "~ This woman left her car …", "• The bill passed.": a list item's marker is no word of its paragraph (judged
        # blind, T23: stems quoted "~ Finding the three …")
        marker = _LIST_MARKER.match(text, start, end)
        if marker and end - start > marker.end() - start:
            start = marker.end()
        # '<tweet author="…">Praying for the victims.</tweet>.': markup a feed or an archive left around a paragraph is
        # no word of it (judged blind, T35: students shown the raw tag); a tag inside the text, or one that opens a
        # paragraph about markup ("<b> tags make text bold"), stays as written
        opening = _EDGE_TAG.match(text, start, end)
        closing = _EDGE_TAG_END.search(text, start, end) if opening else None
        if opening and closing and closing.group(1) == opening.group(1) and opening.end() < closing.start():
            start, end = opening.end(), closing.start()
        out.paragraphs.append((start, text[start:end]))
    for line in reversed(tail):
        _set_aside(line, classify_line(line) or "", out)


def _starts_unit(line: str) -> bool:
    s = line.lstrip()
    return bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in "\"'\u201c\u2018(")


def _set_aside(line: str, kind: str, out: Parsed) -> None:
    s = line.strip()
    if kind == "rule":
        return
    if kind == "byline" and "author" not in out.meta:
        out.meta["author"] = byline_name(s)
    out.set_aside.append(s)
    out.after_heading = kind == "heading"


def article_from_parsed(parsed: Parsed, text: str) -> Article:
    """Build the Article value (paragraphs numbered from 1) from a :class:`Parsed`."""
    meta = parsed.meta
    paragraphs = tuple(Paragraph(i, p, start) for i, (start, p) in enumerate(parsed.paragraphs, start=1))
    return Article(
        title=parsed.title,
        paragraphs=paragraphs,
        text=text,
        title_start=parsed.title_start,
        byline=meta.get("author") or None,
        date=meta.get("date") or None,
        source_url=meta.get("url") or None,
        source_name=meta.get("source") or None,
        license=meta.get("license") or None,
        set_aside=tuple(parsed.set_aside),
        notes=tuple(parsed.notes),
    )
