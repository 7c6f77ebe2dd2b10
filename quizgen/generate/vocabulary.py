"""Vocabulary in context: the article's harder words, asked as a gap in their own sentence."""
from __future__ import annotations

from quizgen.generate.base import Context, cite, cloze, make_item, norm, shuffled_options, support_for
from quizgen.generate.distractors import seeded
from quizgen.model import Item, VocabWord

SKILL = "vocabulary_in_context"


def _form(word: str) -> str:
    """A rough inflection class, so options share the keyed word's ending (no grammar giveaway)."""
    w = word.lower()
    for suffix in ("ing", "ed", "ly", "s"):
        if w.endswith(suffix):
            return suffix
    return ""


def _stem(v: VocabWord, ctx: Context, *, question: bool = True) -> str | None:
    s = v.sentence
    if not (s.start <= v.span.start and v.span.end <= s.end) or not v.word[:1].islower():
        return None
    local = cloze(s.text, v.span.start - s.start, v.span.end - s.start)
    if question:
        return f"Which word best completes this sentence from ¶{v.paragraph}? \"{local}\""
    return f"Write the word from ¶{v.paragraph} that completes this sentence: \"{local}\""


def generate(ctx: Context) -> list[Item]:
    """MC gaps with same-part-of-speech distractors; a short-answer gap when too few of those."""
    items: list[Item] = []
    vocab = sorted(ctx.analysis.vocabulary, key=lambda v: (v.zipf, v.span.start))
    seen = set()
    for v in vocab:
        if v.lemma in seen:
            continue
        stem = _stem(v, ctx)
        sup = support_for(ctx.article, v.sentence.start, v.sentence.end)
        if stem is None or sup is None:
            continue
        seen.add(v.lemma)
        sentence_words = set(norm(v.sentence.text).split())
        pool = [
            o.word for o in vocab
            if o.pos == v.pos and o.lemma != v.lemma and (v.pos == "ADJ" or _form(o.word) == _form(v.word))
            and norm(o.word) not in sentence_words and o.word[:1].islower() and v.word[:1].islower()
        ]
        distractors = []
        for w in seeded(ctx, pool):
            if norm(w) not in {norm(d) for d in distractors}:
                distractors.append(w)
            if len(distractors) == 3:
                break
        explanation = f"{cite(sup, 30)}"
        if len(distractors) == 3 and ctx.allows("multiple_choice"):
            options, answer = shuffled_options(ctx.rng, v.word, distractors)
            items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
        elif ctx.allows("short_answer"):
            sa_stem = _stem(v, ctx, question=False)
            hint = f" (It starts with \"{v.word[0]}\" and has {len(v.word)} letters.)"
            accepted = list(dict.fromkeys([v.word, v.word.lower()]))
            items.append(make_item(SKILL, "short_answer", f"{sa_stem}{hint}", [], accepted, explanation, [sup]))
    return items
