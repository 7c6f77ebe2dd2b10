"""What the PDFs say, read back with pypdf: copies hold every question and no answers; keys match."""
from __future__ import annotations

import re

import pytest
from factories import sample_lesson
from ws_helpers import answers_in_key, read_pdf, squash

from quizgen.worksheet import ordered_for_print, render_worksheet, shuffle_lesson

LETTERS = "ABCDEFGHIJ"


@pytest.fixture(scope="module")
def lesson():
    return sample_lesson()


@pytest.fixture(scope="module")
def three_versions(lesson):
    main, key = render_worksheet(lesson, versions=3, key="separate")
    return read_pdf(main)[1], read_pdf(key)[1]


def test_each_copy_holds_every_stem_and_option_of_its_version_in_its_order(lesson, three_versions):
    copies, _ = three_versions
    for letter in "ABC":
        text = squash(copies[letter].text)
        items = ordered_for_print(shuffle_lesson(lesson, letter))
        stem_at = [text.index(squash(i.stem)) for i in items]
        assert stem_at == sorted(stem_at), f"version {letter}: questions out of order"
        for item, start in zip(items, stem_at, strict=True):
            for prompt in item.prompts:
                assert squash(prompt) in text[start:]
            # the options follow the stem, in the version's order
            positions = [text.index(squash(o), start) for o in item.options]
            assert positions == sorted(positions), f"version {letter}, {item.stem!r}: options out of order"


def test_no_answer_explanation_or_rubric_in_any_student_copy(lesson, three_versions):
    copies, _ = three_versions
    secrets = []
    for item in lesson.items:
        secrets.append(item.explanation)
        secrets += [level.description for level in item.rubric]
        if item.kind == "open_response":
            secrets += item.answer
    assert len(secrets) == len(lesson.items) + 3 + 1
    for letter in "ABC":
        text = squash(copies[letter].text)
        for secret in secrets:
            assert squash(secret) not in text, f"version {letter} shows {secret!r}"
        assert "Answerkey" not in text and "Modelanswer" not in text and "Why:" not in text


def test_each_key_matches_its_versions_shuffled_letters(lesson, three_versions):
    _, keys = three_versions
    original = {i.id: i for i in lesson.items}
    for letter in "ABC":
        printed = ordered_for_print(shuffle_lesson(lesson, letter))
        answers = answers_in_key(keys[f"key {letter}"].text)
        assert len(answers) == len(printed)
        for item, answer in zip(printed, answers, strict=True):
            want = original[item.id]
            if item.kind in ("multiple_choice", "true_false"):
                chosen = LETTERS.index(answer[0])
                assert item.options[chosen] == want.options[want.answer]
                assert squash(answer[1:]) == squash(want.options[want.answer])
            elif item.kind == "multiple_select":
                chosen = re.findall(r"(?:^|; )([A-Z])\s", answer)
                assert sorted(item.options[LETTERS.index(c)] for c in chosen) == sorted(
                    want.options[a] for a in want.answer)
            elif item.kind == "matching":
                pairs = re.findall(r"(\d+) – ([A-Z])", answer)
                got = sorted((item.prompts[int(p) - 1], item.options[LETTERS.index(o)]) for p, o in pairs)
                assert got == sorted((want.prompts[p], want.options[o]) for p, o in want.answer)
            elif item.kind == "short_answer":
                assert answer == "amicable"


def test_versions_hold_the_same_items_in_different_orders(lesson, three_versions):
    copies, _ = three_versions
    stems = {i.id: squash(i.stem) for i in lesson.items}
    orders = []
    for letter in "ABC":
        text = squash(copies[letter].text)
        assert all(squash(i.stem) in text for i in lesson.items)
        assert len(re.findall(r"\dpoints?·", text)) == len(lesson.items)  # one skill line per question
        orders.append(tuple(sorted((i.id for i in lesson.items), key=lambda i: text.index(stems[i]))))
    assert len(set(orders)) == 3


def test_paragraph_numbers_in_the_text_match_those_the_key_cites(lesson, three_versions):
    copies, keys = three_versions
    text = squash(copies["A"].text)
    text = text[text.index("Thearticle"):]  # the vocabulary box before it quotes paragraphs too
    article = lesson.article
    # every paragraph is printed with its number right before its first words, in order
    at = [text.index(f"¶{p.number}" + squash(p.text[:40])) for p in article.paragraphs]
    assert at == sorted(at)
    cited = re.findall(r"¶(\d+) “([^”]+)”", keys["key A"].text)
    assert len(cited) >= len(lesson.items)
    for number, quote in cited:
        paragraph = article.paragraph(int(number))
        assert squash(quote) in squash(paragraph.text), f"¶{number} does not hold {quote!r}"
        # and the student copy shows that quote after the same ¶ number, before the next one
        start = text.index(f"¶{number}" + squash(paragraph.text[:40]))
        assert squash(quote) in text[start:start + len(squash(paragraph.text)) + 10]


def test_key_holds_reason_quote_and_rubric(lesson, three_versions):
    _, keys = three_versions
    text = squash(keys["key B"].text)
    for item in lesson.items:
        assert squash(item.explanation) in text
        for level in item.rubric:
            assert squash(level.description) in text
    assert squash("Current detainees or Xinjiang residents") in text


def test_footer_names_the_version_and_page_on_every_page(lesson):
    main, _ = render_worksheet(lesson, versions=2, key="appended")
    reader, sections = read_pdf(main)
    assert set(sections) <= {"A", "B", "key A", "key B", "blank"}
    for name in ("A", "B", "key A", "key B"):
        pages = sections[name].pages
        footers = re.findall(r"Version [AB] · Page (\d+) of (\d+)", sections[name].text)
        assert [int(p) for p, _ in footers] == list(range(1, len(pages) + 1))
        assert {int(n) for _, n in footers} == {len(pages)}
    for page in reader.pages:
        assert re.search(r"Version [AB]", page.extract_text())


def test_cover_shows_source_reading_level_time_and_score_lines(lesson):
    main, _ = render_worksheet(lesson, key="none")
    first = read_pdf(main)[0].pages[0].extract_text()
    for words in ("Name", "Class", "Date", "Score", "/ 9", "Version A", "source not recorded",
                  "Reading level: grade 12", "min to read", "Words to know", "restive"):
        assert words in first, words
