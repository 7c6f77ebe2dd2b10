"""Question generation: from an Article and its Analysis to a validated Lesson.

A skill is one module with ``generate(ctx) -> list[Item]`` plus one entry in :data:`GENERATORS`
(the registry, CTFd-style). :func:`generate_items` collects every generator's candidates,
:func:`quizgen.validate.validate` applies the quality gate, and :func:`build_lesson` picks a
balanced set of the survivors and adds the lesson's reading level, vocabulary, objectives and
discussion questions.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.generate import (
    attribution,
    cause_effect,
    certainty,
    corroboration,
    evidence,
    inference,
    key_detail,
    main_idea,
    name_lists,
    own_words,
    perspective,
    sequence,
    sourcing,
    venue,
    vocabulary,
)
from quizgen.generate.base import Context, forget_memos, item_id
from quizgen.generate.lesson import (
    MIN_ITEMS,
    balance_keys,
    discussion_questions,
    lesson_vocabulary,
    objectives,
    select,
    short_lesson_note,
)
from quizgen.generate.lesson import summary as analysis_digest
from quizgen.model import CONFIDENT, ITEM_KINDS, SKILLS, Analysis, Article, Item, Lesson
from quizgen.nlp import gc_paused

__all__ = ["GENERATORS", "GenerationOptionError", "LessonReport", "build_lesson", "build_lesson_report",
           "explain", "generate_items"]


def key_details(ctx: Context) -> list[Item]:
    """The key-detail gaps, then the choose-all items on lists of people (:mod:`name_lists`), each on a
    sentence no gap asks about: a lesson takes them after the gaps, when it still has room."""
    items = key_detail.generate(ctx)
    used = {it.support[0].start for it in items if it.support}
    return items + name_lists.list_items(ctx, used)


def attribution_items(ctx: Context) -> list[Item]:
    """The attribution items, then "which of these does the article give in X's own words?" (:mod:`own_words`),
    after them: a lesson takes those when it still has room."""
    items = attribution.generate(ctx)
    return items + own_words.generate(ctx, [sup for it in items for sup in it.support])


def sourcing_items(ctx: Context) -> list[Item]:
    """The sourcing items, then "how did X say this?" (:mod:`venue`: on air, in a statement, to a crowd …)
    after them: a lesson takes those when it still has room."""
    return sourcing.generate(ctx) + venue.generate(ctx)


GENERATORS: dict[str, Callable[[Context], list[Item]]] = {
    "main_idea": main_idea.generate,
    "key_detail": key_details,
    "vocabulary_in_context": vocabulary.generate,
    "sequence": sequence.generate,
    "cause_effect": cause_effect.generate,
    "inference": inference.generate,
    "attribution": attribution_items,
    "evidence": evidence.generate,
    "certainty": certainty.generate,
    "sourcing": sourcing_items,
    "corroboration": corroboration.generate,
    "perspective": perspective.generate,
}
MAX_COUNT = 60


class GenerationOptionError(QuizgenError):
    """An unknown skill or kind, or an impossible item count."""


@dataclass(frozen=True)
class LessonReport:
    """A lesson with what the quality gate dropped (for ``--explain``)."""

    lesson: Lesson
    dropped: tuple[tuple[Item, tuple[str, ...]], ...]
    candidates: int


def _check(values: Sequence[str] | None, allowed: Sequence[str], what: str) -> tuple[str, ...]:
    if values is None:
        return tuple(allowed)
    values = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
    bad = [v for v in values if v not in allowed]
    if bad:
        raise GenerationOptionError(
            f"unknown {what} {', '.join(map(repr, bad))}; choose from: {', '.join(allowed)}"
        )
    if not values:
        raise GenerationOptionError(f"no {what} given; choose from: {', '.join(allowed)}")
    return values


def sure_claims(analysis: Analysis) -> Analysis:
    """The analysis with only the attributions sure to be claims (``claim_confidence`` at least
    CONFIDENT): lessons never quiz a stance, a plan or a headline the ledger lists as unsure. The
    hedges' and conflicts' indexes are remapped to the shorter list (they point at sure claims only)."""
    sure_at = [i for i, a in enumerate(analysis.attributions) if a.claim_confidence >= CONFIDENT]
    if len(sure_at) == len(analysis.attributions):
        return analysis
    new = {old: k for k, old in enumerate(sure_at)}
    return replace(
        analysis,
        attributions=tuple(analysis.attributions[i] for i in sure_at),
        hedges=tuple(replace(h, claim=new.get(h.claim)) if h.claim is not None else h for h in analysis.hedges),
        conflicts=tuple(replace(c, a=new[c.a], b=new[c.b]) for c in analysis.conflicts
                        if c.a in new and c.b in new),
    )


def generate_items(
    article: Article,
    analysis: Analysis,
    *,
    rng: random.Random,
    skills: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
) -> list[Item]:
    """Every candidate item for the chosen skills and kinds, each skill's best first (not validated).

    Each skill draws from its own generator seeded from ``rng``, so choosing fewer skills does
    not change the items of the others.
    """
    skills = _check(skills, SKILLS, "skill")
    kinds_ = frozenset(_check(kinds, ITEM_KINDS, "item kind"))
    analysis = sure_claims(analysis)
    forget_memos()  # what the generators remember of the last lesson's objects
    base = rng.getrandbits(32)
    made: list[tuple[tuple[int, bool], Item]] = []
    for at, skill in enumerate(SKILLS):  # registry order is fixed, whatever order the caller used
        if skill not in skills:
            continue
        ctx = Context(article, analysis, random.Random(f"{base}:{skill}"), kinds_)
        # an item a generator tags with a later skill (a key-detail gap on a speaker's name, asked as attribution)
        # comes after that skill's own items; one tagged with an earlier skill stays where its generator put it
        for it in GENERATORS[skill](ctx):
            if it.kind in kinds_ and it.skill in skills:
                tagged = SKILLS.index(it.skill)
                made.append(((max(at, tagged), tagged > at), replace(it, id=item_id(it.skill, it.stem, article.text))))
    return [it for _, it in sorted(made, key=lambda m: m[0])]


def build_lesson_report(
    article: Article,
    *,
    count: int = 15,
    skills: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    nlp: Any = None,
    analysis: Analysis | None = None,
) -> LessonReport:
    """Like :func:`build_lesson`, also returning the dropped candidates with their reasons."""
    if not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise GenerationOptionError(f"the item count must be between 1 and {MAX_COUNT}, not {count!r}")
    if analysis is None:
        from quizgen.analysis import analyse

        analysis = analyse(article, nlp=nlp)
    with gc_paused():  # not the parse: only what follows it
        try:
            return _report(article, analysis, count, skills, kinds, seed)
        finally:
            # what the generators remembered of this lesson's objects is dropped here, before the young
            # collection that ends the pause, rather than walked by it and kept until the next lesson
            forget_memos()


def _report(article: Article, analysis: Analysis, count: int, skills: Sequence[str] | None,
            kinds: Sequence[str] | None, seed: int) -> LessonReport:
    from quizgen.validate import validate

    analysis = sure_claims(analysis)  # validation and the objectives see what the items see
    candidates = generate_items(article, analysis, rng=random.Random(seed), skills=skills, kinds=kinds)
    kept, dropped = validate(candidates, article, analysis)
    chosen = select(kept, count)
    chosen = balance_keys(chosen, seed, article.text)
    notes = []
    if len(chosen) < min(count, MIN_ITEMS):
        notes.append(short_lesson_note(chosen, candidates, dropped, _check(skills, SKILLS, "skill"), analysis, count))
    elif len(chosen) < count:
        notes.append(f"Asked for {count} items; {len(chosen)} went into the lesson "
                     f"({len(kept)} of {len(candidates)} candidates passed the quality gate). Questions are "
                     "written only where the analysis is sure of the answer (who said it, what kind of source "
                     "or evidence, what a word means): fewer items rather than a doubtful one.")
    lesson = Lesson(
        article=article,
        items=tuple(chosen),
        reading_level=analysis.readability,
        vocabulary=lesson_vocabulary(analysis),
        objectives=objectives(chosen, analysis),
        discussion=discussion_questions(article, analysis),
        seed=seed,
        analysis_summary=analysis_digest(analysis),
        notes=tuple(notes),
    )
    return LessonReport(lesson, tuple((it, tuple(r)) for it, r in dropped), len(candidates))


def build_lesson(
    article: Article,
    *,
    count: int = 15,
    skills: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    nlp: Any = None,
    analysis: Analysis | None = None,
) -> Lesson:
    """Analyse (unless ``analysis`` is given), generate, validate and assemble a lesson.

    Args:
        article: the article to teach.
        count: how many items to aim for (fewer when not enough pass the quality gate; ``notes`` says so).
        skills: skill names to draw on (default: every skill the article supports).
        kinds: item kinds allowed (default: all).
        seed: the same article and seed always give the same lesson.
        nlp: a loaded spaCy pipeline (default: :func:`quizgen.nlp.load`).
        analysis: a precomputed analysis of ``article``.

    Returns:
        The lesson.

    Raises:
        GenerationOptionError: an unknown skill or kind, or a count out of range.
    """
    return build_lesson_report(
        article, count=count, skills=skills, kinds=kinds, seed=seed, nlp=nlp, analysis=analysis
    ).lesson


def explain(dropped: Sequence[tuple[Item, Sequence[str]]]) -> list[str]:
    """One line per dropped item: its skill, kind, stem and why it was dropped."""
    lines = []
    for item, reasons in dropped:
        stem = item.stem if len(item.stem) <= 90 else item.stem[:89] + "…"
        lines.append(f"[{item.skill}/{item.kind}] {stem} — {'; '.join(reasons)}")
    return lines
