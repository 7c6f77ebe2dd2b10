"""Helpers for the worksheet tests: lessons made here, and reading PDFs back with pypdf."""
from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from factories import make_item, plain_article, support
from pypdf import PdfReader

from quizgen.model import Lesson, Readability, RubricLevel, VocabEntry

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
FOOTER = re.compile(r"(Answer key · )?Version ([A-Z]) · Page (\d+) of (\d+)")
WORDS = (
    "council river budget teachers harbour festival report mayor district plan water school "
    "farmers market bridge library weather station museum hospital engineers residents road "
    "study officials transport garden season committee survey railway village province"
).split()


def squash(text: str) -> str:
    """Text without any whitespace, so line breaks in the PDF do not matter."""
    return re.sub(r"\s+", "", text)


@dataclass
class Section:
    pages: list[int] = field(default_factory=list)  # 1-based page numbers in the PDF
    text: str = ""


def read_pdf(data: bytes) -> tuple[PdfReader, dict[str, Section]]:
    """The reader and its pages grouped by footer: "A" (student copy A), "key A", ..."""
    reader = PdfReader(io.BytesIO(data))
    sections: dict[str, Section] = {}
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        m = FOOTER.search(text)
        if m:
            name = ("key " if m.group(1) else "") + m.group(2)
        elif "blank on purpose" in text:
            name = "blank"
        else:
            name = "other"
        section = sections.setdefault(name, Section())
        section.pages.append(number)
        section.text += text + "\n"
    return reader, sections


def answers_in_key(key_text: str) -> list[str]:
    """What follows each "Answer:" in a key, in order (one per question)."""
    return [m.group(1).strip() for m in re.finditer(r"Answer:\s*([^\n]*)", key_text)]


def big_lesson(words: int = 5000, items: int = 20, seed: int = 3) -> Lesson:
    """A synthetic lesson: an article of at least ``words`` words in 96-word paragraphs, ``items`` items."""
    rng = random.Random(seed)
    paragraphs = []
    for p in range(-(-words // 96)):  # 96 words a paragraph, rounded up
        sentences = [f"Paragraph marker {p + 1} opens this part."]
        for _ in range(10):
            sentences.append(" ".join(rng.choice(WORDS) for _ in range(9)).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    text = "A Long Report on the River District Council\n\n" + "\n\n".join(paragraphs) + "\n"
    article = plain_article(text, source_name="Test Gazette", byline="A. Writer", date="2024-05-01")
    made = []
    kinds = ("multiple_choice", "true_false", "multiple_select", "matching", "short_answer", "open_response")
    skills = ("key_detail", "attribution", "inference", "evidence", "main_idea", "certainty", "sequence",
              "sourcing", "cause_effect", "corroboration")
    for i in range(items):
        kind = kinds[i % len(kinds)]
        n = i * 2 + 1
        sup = [support(article, n, f"Paragraph marker {n} opens this part.")]
        stem = f"Question {i + 1} about paragraph {n}: what does the report say there?"
        kw = {}
        if kind == "multiple_choice":
            options, answer = [f"Choice {i}-{k} about the river" for k in range(4)], 2
        elif kind == "true_false":
            options, answer = ["True", "False"], 0
        elif kind == "multiple_select":
            options, answer = [f"Option {i}-{k} on the budget" for k in range(5)], [1, 3]
        elif kind == "matching":
            options = [f"Statement {i}-{k} from the survey" for k in range(3)]
            answer = [[0, 1], [1, 2], [2, 0]]
            kw["prompts"] = (f"Mayor {i}", f"Council {i}", f"Residents {i}")
        elif kind == "short_answer":
            options, answer = [], [f"river {i}"]
        else:
            options, answer = [], [f"Model answer number {i} about the missing voices."]
            kw["points"] = 3
            kw["rubric"] = (RubricLevel(3, "Full", f"Rubric full description {i}."),
                            RubricLevel(1, "Minimal", f"Rubric minimal description {i}."))
        made.append(make_item(skills[i % len(skills)], kind, stem, options, answer,
                              f"Explanation number {i}: see ¶{n}.", sup, **kw))
    return Lesson(
        article=article,
        items=tuple(made),
        reading_level=Readability(grade=8.0, reading_ease=60.0, words=article.word_count, sentences=500,
                                  minutes=25),
        vocabulary=(VocabEntry("harbour", 1, "The harbour is near the council."),),
        objectives=("Read a long report.",),
        discussion=(),
        seed=seed,
    )


ACCENTED = (
    "Hua Chunying Meets Mayors of São Paulo and Łódź\n\n"
    "Foreign ministry spokesperson Hua Chunying met the mayors of São Paulo and Łódź on Monday – "
    "a meeting “long overdue”, she said — according to the Agência Brasil.\n\n"
    "The mayor of Łódź, Hanna Zdanowska, said the city’s ‘twin’ plan would go ahead; "
    "Zürich’s and Kraków’s envoys also attended, as did Ñuño Pérez of Málaga.\n"
)


def accented_lesson() -> Lesson:
    article = plain_article(ACCENTED, source_name="Agência Brasil", byline="João Gonçalves")
    items = (
        make_item("attribution", "multiple_choice", "Who called the meeting “long overdue”?",
                  ["Hua Chunying", "Hanna Zdanowska", "Ñuño Pérez", "The mayor of São Paulo"], 0,
                  "¶1: Hua Chunying called it “long overdue”.",
                  [support(article, 1, "a meeting “long overdue”, she said")]),
        make_item("key_detail", "short_answer", "Which city’s mayor is Hanna Zdanowska?", [], ["Łódź"],
                  "¶2: “The mayor of Łódź, Hanna Zdanowska”.",
                  [support(article, 2, "The mayor of Łódź, Hanna Zdanowska")]),
    )
    return Lesson(article=article, items=items,
                  reading_level=Readability(grade=9.0, reading_ease=55.0, words=article.word_count,
                                            sentences=3, minutes=1),
                  vocabulary=(), objectives=(), discussion=(), seed=11)
