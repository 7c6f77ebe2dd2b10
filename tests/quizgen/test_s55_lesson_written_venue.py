"""Items on the same words that answer each other never stand in one lesson: "who wrote '…'?" beside "where were these
words said or written?" keyed to writing (judged blind, T11). Constructed items."""
from __future__ import annotations

from quizgen.generate.lesson import select
from quizgen.model import Item, Support

_VENUES = ("In writing (a column, letter, e-mail, article or post)", "Speaking to reporters",
           "In an interview with a news outlet", "On a television or radio programme")


def _sup(n: int) -> tuple[Support, ...]:
    text = f"\"The ferry plan number {n} has two problems,\" writes Nora Quist{n}, a columnist for the Harbor Star."
    return (Support(n, n * 200, n * 200 + len(text), text),)


def _who(n: int, verb: str) -> Item:
    return Item(id=f"a{n}", skill="attribution", kind="multiple_choice",
                stem=f"According to ¶{n}, who {verb}, \"The ferry plan number {n} has two problems\"?",
                options=(f"Nora Quist{n}", f"Person{n}B", f"Person{n}C", f"Person{n}D"), answer=0, explanation="",
                support=_sup(n))


def _venue(n: int, key: str = _VENUES[0]) -> Item:
    options = (key,) + tuple(v for v in _VENUES if v != key)[:3]
    return Item(id=f"v{n}", skill="sourcing", kind="multiple_choice",
                stem=f"According to ¶{n}, where were these words said or written: \"The ferry plan number {n} has two "
                     "problems\"?", options=options, answer=0, explanation="", support=_sup(n))


def _detail(n: int) -> Item:
    return Item(id=f"k{n}", skill="key_detail", kind="short_answer",
                stem=f"Complete the detail from ¶{n}: \"The ferry stop number {n} opens in ______.\" Write the missing "
                     "name.", options=(), answer=[f"Town{n}"], explanation="", support=(Support(
                         n + 50, (n + 50) * 200, (n + 50) * 200 + 40, f"The ferry stop number {n} opens in Town{n}."),))


def _ids(items: list[Item]) -> set[str]:
    return {it.id for it in items}


def test_who_wrote_and_where_written_never_stand_together():
    # eight other items: both would be taken to bring the lesson to 10, but never together
    kept = [_who(1, "wrote"), _venue(1)] + [_detail(n) for n in range(2, 10)]
    chosen = _ids(select(kept, 15))
    assert not {"a1", "v1"} <= chosen, chosen


def test_who_said_and_where_written_may_stand_together():
    kept = [_who(1, "said"), _venue(1)] + [_detail(n) for n in range(2, 10)]
    chosen = _ids(select(kept, 15))
    assert {"a1", "v1"} <= chosen, chosen

