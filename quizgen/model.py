"""Shared value types of the generator: small frozen dataclasses, JSON-friendly.

Every fact the analysis finds carries a :class:`Span`: character offsets into
``Article.text`` (the text exactly as read, headline included), end exclusive, so
``article.text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "quizgen.lesson/1"

COMPREHENSION_SKILLS = (
    "main_idea",
    "key_detail",
    "vocabulary_in_context",
    "sequence",
    "cause_effect",
    "inference",
)
SOURCE_SKILLS = (
    "attribution",
    "evidence",
    "certainty",
    "sourcing",
    "corroboration",
    "perspective",
)
SKILLS = COMPREHENSION_SKILLS + SOURCE_SKILLS
ITEM_KINDS = (
    "multiple_choice",
    "true_false",
    "multiple_select",
    "matching",
    "short_answer",
    "open_response",
)
SOURCE_KINDS = ("person", "organisation", "government", "news_outlet", "document", "unnamed_group", "none")
EVIDENCE_KINDS = (
    "statistic",
    "study/report",
    "document",
    "testimony",
    "official statement",
    "expert",
    "news report",
    "observation",
)
CERTAINTIES = ("fact", "attributed", "hedged", "disputed")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph, numbered from 1 as printed on the worksheet."""

    number: int
    text: str
    start: int  # offset of the paragraph's first character in Article.text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[Paragraph, ...]
    text: str  # the full text the offsets refer to (headline, blank lines, body, set-aside lines)
    title_start: int = 0
    byline: str | None = None
    date: str | None = None
    source_url: str | None = None
    source_name: str | None = None  # outlet, e.g. "Wikinews"
    license: str | None = None
    set_aside: tuple[str, ...] = ()  # captions, credits, tag lines, boilerplate: never quizzed
    # where each set-aside line stood: how many body paragraphs came before it (empty: not known)
    set_aside_at: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()  # what the reader could not be sure of, in words for the teacher

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    def paragraph(self, number: int) -> Paragraph:
        return self.paragraphs[number - 1]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


@dataclass(frozen=True)
class Sentence:
    span: Span
    paragraph: int
    index: int  # position in the whole article, from 0


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, DATE, CARDINAL, ...
    span: Span
    paragraph: int


# Ledger confidences at or above this are sure enough to key an item on; below UNSURE a teacher
# sees the entry marked as a guess.
CONFIDENT = 0.8
UNSURE = 0.6


@dataclass(frozen=True)
class Attribution:
    """Who claims what: source, cue, content; direct = verbatim quotation."""

    source: str  # canonical name ("Hua Chunying"), group ("critics") or "" when none
    source_text: str  # as written ("Hua", "he", "Critics of the indoctrination program")
    source_span: Span | None
    source_kind: str  # one of SOURCE_KINDS
    cue: str  # "said", "according to", "is believed"
    cue_span: Span | None
    content: str
    content_spans: tuple[Span, ...]  # two spans when "he said" interrupts the content
    direct: bool
    paragraph: int
    relay: str | None = None  # outlet that relays the claim ("Reuters")
    certainty: str = "attributed"  # one of CERTAINTIES
    hedge: str | None = None  # the hedge words when certainty == "hedged"
    # how sure the ledger is (0-1) of who the source is, and of its kind: see CONFIDENT
    source_confidence: float = 1.0
    kind_confidence: float = 1.0
    # how sure the ledger is (0-1) that this is a claim at all: below CONFIDENT for the broad shapes
    # (a headline's "X: Y", stances, plans, "I think" in an interview) that lessons do not quiz
    claim_confidence: float = 1.0


@dataclass(frozen=True)
class Evidence:
    kind: str  # one of EVIDENCE_KINDS
    span: Span
    paragraph: int
    supports: str | None = None  # the claim it backs, in the article's words
    confidence: float = 1.0  # how sure the ledger is of the kind (0-1): see CONFIDENT


@dataclass(frozen=True)
class Hedge:
    span: Span  # the hedged claim as written
    words: str  # the hedge marker: "is believed to", "reportedly"
    paragraph: int
    confidence: float = 1.0  # how sure the ledger is that the words hedge this claim (0-1)
    claim: int | None = None  # index in Analysis.attributions of the claim the hedge covers, if any


@dataclass(frozen=True)
class Judgment:
    """An evaluative claim the article itself makes with no source."""

    span: Span
    paragraph: int
    loaded_words: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    """Two claims from different sources that contradict each other (indexes into attributions)."""

    a: int
    b: int
    reason: str


@dataclass(frozen=True)
class Quantity:
    kind: str  # "number", "percent", "money", "date", "time"
    span: Span
    paragraph: int


@dataclass(frozen=True)
class VocabWord:
    word: str  # as written
    lemma: str
    pos: str  # NOUN, VERB, ADJ, ADV
    paragraph: int
    sentence: Span
    span: Span
    zipf: float  # word frequency (higher = commoner)


@dataclass(frozen=True)
class Readability:
    grade: float  # Flesch-Kincaid grade
    reading_ease: float
    words: int
    sentences: int
    minutes: int  # estimated reading time


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    attributions: tuple[Attribution, ...]
    evidence: tuple[Evidence, ...]
    hedges: tuple[Hedge, ...]
    judgments: tuple[Judgment, ...]
    conflicts: tuple[Conflict, ...]
    quantities: tuple[Quantity, ...]
    vocabulary: tuple[VocabWord, ...]
    readability: Readability
    main_ideas: tuple[Sentence, ...]  # ranked, best first


@dataclass(frozen=True)
class Support:
    """A span of the article an item's answer rests on, with its paragraph."""

    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class RubricLevel:
    points: int
    label: str  # "Full", "Partial", "Minimal"
    description: str


@dataclass(frozen=True)
class Item:
    """One question.

    ``answer`` by kind: multiple_choice / true_false -> option index (int);
    multiple_select -> sorted list of option indexes; matching -> list of
    [prompt_index, option_index] pairs; short_answer -> list of accepted strings;
    open_response -> list with one model answer (may be empty).
    For true_false, options are ("True", "False").
    For matching, ``prompts`` is the left column (e.g. sources), ``options`` the right.
    """

    id: str
    skill: str
    kind: str
    stem: str
    options: tuple[str, ...]
    answer: Any
    explanation: str
    support: tuple[Support, ...]
    difficulty: str = "medium"  # "easy", "medium", "hard"
    prompts: tuple[str, ...] = ()
    rubric: tuple[RubricLevel, ...] = ()
    points: int = 1


@dataclass(frozen=True)
class VocabEntry:
    word: str
    paragraph: int
    sentence: str


@dataclass(frozen=True)
class Lesson:
    article: Article
    items: tuple[Item, ...]
    reading_level: Readability
    vocabulary: tuple[VocabEntry, ...]
    objectives: tuple[str, ...]
    discussion: tuple[str, ...]
    seed: int
    analysis_summary: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # e.g. "asked for 15 items, 12 passed the quality gate"
    schema: str = SCHEMA_VERSION
