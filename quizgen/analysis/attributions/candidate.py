"""A claim found in one paragraph, before it becomes an :class:`~quizgen.model.Attribution`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

Range = tuple[int, int]  # paragraph-relative character offsets, end exclusive

QUOTE_CHARS = "\"“”"
_TRIM = " \t\r\n,;:—–-" + QUOTE_CHARS
# "said only that the plan …" (judged blind, J39: a stem quoting "only that his numbers don't add up"): the claim
# is what follows "that"
_COMPLEMENTISERS = ("that ", "that, ", "and that ", "only that ", "simply that ", "merely that ", "just that ")


@dataclass
class Candidate:
    """One claim: its source (as resolved), cue and content ranges in the paragraph."""

    src: Range | None  # where the source is written
    src_text: str  # the source as written
    source: str  # canonical source ("" when unnamed)
    kind: str  # source kind
    cue: str
    cue_span: Range | None
    content: list[Range]
    direct: bool = False
    relay: str | None = None
    certainty: str = "attributed"
    hedge: str | None = None
    cue_i: int = -1  # token index of the cue
    content_head: Token | None = None  # the head of the cue's clausal/object content, when parsed
    source_confidence: float = 1.0  # how sure the source's resolution is (0-1)
    kind_confidence: float = 1.0  # how sure its kind is
    claim_confidence: float = 1.0  # how sure it is a claim at all (the broad shapes are not)
    continues: bool = False  # a paragraph's quotation that only goes on with the previous speaker's
    listed_only: bool = False  # a recall pass's entry: never the paragraph's speaker for the next quotation
    # a claim whose subject cannot speak ("trade deals are rejecting ...", "footage shows ..."), or a stance on a
    # bare name ("who endorses Vance"): listed, unsure, and kept as any sure claim is (not folded into another)
    muted: bool = False
    to_come: bool = False  # a saying someone is expected or going to make ("expects Reyes to announce"): unsure


def trim(text: str, start: int, end: int) -> Range:
    """``text[start:end]`` without surrounding punctuation, quotation marks or a leading "that"."""
    quoted = False
    while start < end and (text[start] in _TRIM or text.startswith("''", start)):
        quoted = quoted or text[start] in QUOTE_CHARS or text.startswith("''", start)
        start += 2 if text.startswith("''", start) else 1
    while end > start and (text[end - 1] in _TRIM or (end - start >= 2 and text[end - 2:end] == "''")):
        end -= 2 if text[end - 2:end] == "''" else 1
    start, end = _balanced(text, start, end)
    # a content never starts with its complementiser
    low = text[start:end].lower()
    if text[start:start + 5] == "That " and (quoted or (start > 0 and text[start - 1] in QUOTE_CHARS + "'‘")):
        return start, end  # '"That can go a long way," he said': the quotation's own first word
    for lead in _COMPLEMENTISERS:
        if low.startswith(lead):
            start += len(lead)
            while start < end and text[start] in _TRIM:
                start += 1
            break
    return start, end


def _unbalanced(seg: str) -> bool:
    return seg.count('"') % 2 == 1 or seg.count("“") != seg.count("”") or seg.count("''") % 2 == 1


def _balanced(text: str, start: int, end: int) -> Range:
    """'said the plan had "gone wrong" ...' cut after "wrong", or '"Boots on the ground" would be ...' opened
    on its mark: a content that holds half a quotation keeps the mark its trimming took off, at its end
    (the mark right after it) or else at its start (the mark right before it)."""
    if not _unbalanced(text[start:end]):
        return start, end
    stop = end + 1 if text[end:end + 1] in (".", ",", "!", "?") else end  # 'much.''': the mark after the stop
    for width in (1, 2):
        mark = text[stop:stop + width]
        if (width == 1 and mark in ('"', "”")) or (width == 2 and mark == "''"):
            if not _unbalanced(text[start:stop + width]):
                return start, stop + width
        mark = text[max(start - width, 0):start]
        if start >= width and ((width == 1 and mark in ('"', "“")) or (width == 2 and mark == "''")):
            if not _unbalanced(text[start - width:end]):
                return start - width, end
    return start, end
