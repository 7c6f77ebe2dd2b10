"""Analysis and generation run with the cyclic collector paused (``quizgen.nlp.gc_paused``), the parse does
not; the collector is restored as it was after nested, failing and concurrent pauses, and a paused lesson is
the lesson made with the collector running."""
from __future__ import annotations

import gc
import threading

import pytest

from quizgen.analysis import analyse_parsed
from quizgen.analysis.parsed import parse_with_title
from quizgen.generate import build_lesson
from quizgen.ingest import article_from_text
from quizgen.nlp import gc_paused

TEXT = """Town Opens a New Library

The town of Norbury opened its new library on Monday, the mayor said.

"It is the best thing we have built in twenty years," said Mayor Ada Finch. She said the building cost
4 million dollars.

Critics said the money should have gone to the roads. "The roads are falling apart," said Tom Reyes, a
local builder.

The library has room for 90,000 books and a reading garden. Officials said it will stay open until nine
o'clock on weekdays, and a study by the county found that visits to libraries rose by 12 percent last year.

"Children need a quiet place to read," said Lina Ortiz, who runs the reading program. The council voted
five to two to approve the building in 2022, according to the town records.
"""


def test_pause_disables_and_restores() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause does not end the outer one
    assert gc.isenabled()


def test_pause_restores_after_an_error() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_pause_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_concurrent_pauses_restore_once_the_last_ends() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    assert inside.wait(5)
    with gc_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause is still open
    release.set()
    t.join(5)
    assert gc.isenabled()


def test_analysis_and_generation_paused_parse_not(nlp, monkeypatch) -> None:
    import quizgen.analysis as analysis_pkg
    import quizgen.generate as generate_pkg

    seen: dict[str, bool] = {}
    real_find, real_select = analysis_pkg.find_attributions, generate_pkg.select

    def find(*args, **kwargs):
        seen["analysis"] = gc.isenabled()
        return real_find(*args, **kwargs)

    def select(*args, **kwargs):
        seen["generation"] = gc.isenabled()
        return real_select(*args, **kwargs)

    monkeypatch.setattr(analysis_pkg, "find_attributions", find)
    monkeypatch.setattr(generate_pkg, "select", select)
    article = article_from_text(TEXT)
    parsed, title = parse_with_title(article, nlp)
    assert gc.isenabled()  # the parse ran with the collector as the caller had it
    build_lesson(article, analysis=analyse_parsed(article, parsed, title=title))
    assert seen == {"analysis": False, "generation": False}
    assert gc.isenabled()


def test_paused_lesson_equals_lesson_with_collector_running(nlp, monkeypatch) -> None:
    import contextlib

    import quizgen.analysis as analysis_pkg
    import quizgen.generate as generate_pkg

    article = article_from_text(TEXT)
    paused = build_lesson(article, analysis=_analyse(article, nlp), seed=3)
    monkeypatch.setattr(analysis_pkg, "gc_paused", contextlib.nullcontext)
    monkeypatch.setattr(generate_pkg, "gc_paused", contextlib.nullcontext)
    gc.collect()
    running = build_lesson(article, analysis=_analyse(article, nlp), seed=3)
    assert paused.items and paused == running


def _analyse(article, nlp):
    parsed, title = parse_with_title(article, nlp)
    return analyse_parsed(article, parsed, title=title)


def test_young_garbage_is_collected_as_the_pause_ends() -> None:
    """A cycle made inside the pause is gone once the pause ends, before any other allocation counts."""
    import weakref

    class Node:
        pass

    gc.collect()
    with gc_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None  # only the collector frees a cycle
    assert gone() is None
