"""The lesson around the items: selection of a balanced set, objectives, discussion, vocabulary, digest."""
from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from quizgen import kinds
from quizgen.generate.attribution import is_quote_form_item
from quizgen.generate.base import (
    HEDGE_MARKERS,
    by_identity,
    content_words,
    name_re,
    overlap,
    quote,
    sentence_case,
    source_mid,
    unquote,
)
from quizgen.generate.base import norm as _norm
from quizgen.generate.own_words import is_claims_open
from quizgen.generate.venue import is_venue_item, venue_words
from quizgen.model import (
    COMPREHENSION_SKILLS,
    CONFIDENT,
    SKILLS,
    SOURCE_SKILLS,
    Analysis,
    Article,
    Item,
    VocabEntry,
)

# the pairs test of :func:`select` compares every item with every other: each text is normalised once
norm = lru_cache(maxsize=16384)(_norm)

SOURCE_SHARE = 0.4
MIN_ITEMS = 10  # a default lesson has 10-15 items: fewer rather than doubtful ones
# the order items are printed in: reading first, then weighing sources, open responses last
_PRINT_ORDER = {s: i for i, s in enumerate(SKILLS)}


def select(kept: list[Item], count: int) -> list[Item]:
    """Pick ``count`` items: every skill once before any twice, ≥40% source evaluation, varied kinds,
    at least one open response; then order them for printing.

    A lesson still short of its 10 items is picked again without each chosen item that left out two or
    more others by giving their answers away (a main-idea option holding the answers of two key-detail
    gaps): the longer lesson wins, so two sound items are not lost to one.

    An item on a sentence a chosen item already asks about comes only when no other item can take its place,
    and never makes a lesson shorter.
    """
    chosen = _pick(kept, count)
    if len(chosen) >= min(count, MIN_ITEMS):
        return chosen
    left_out = [it for it in kept if all(it is not c for c in chosen)]
    best = chosen
    for it in chosen:
        blocked = sum(1 for o in left_out if gives_away(it, o) or gives_away(o, it) or speaker_restated(it, o)
                      or speaker_restated(o, it))
        if blocked < 2:
            continue
        alt = _pick([k for k in kept if k is not it], count)
        if len(alt) > len(best):
            best = alt
    return best


def _pick(kept: list[Item], count: int) -> list[Item]:
    """A lesson whose items ask about sentences no other item asks about, where the article allows; never
    shorter for it: picked again without that preference, the longer lesson wins. (A pick in which the
    preference never turned an item down is the same without it: not picked again.)"""
    _UNTOLD.clear()
    chosen = _select(kept, count)
    untold = bool(_UNTOLD) and _UNTOLD[0] is kept
    _UNTOLD.clear()
    if len(chosen) < count and not untold:
        plain = _choose(kept, count, vary=False)
        if len(plain) > len(chosen):
            return plain
    return chosen


# the items of the latest pick with the preference for unasked sentences in which that preference never told
# against an item (:func:`_choose`): picked without it, the same lesson
_UNTOLD: list[list[Item]] = []


def _clash_pairs(kept: list[Item]) -> dict[int, set[int]]:
    """For each item of ``kept`` (by id), the items of ``kept`` it may not stand beside in one lesson: one gives
    the other's answer away, both key the same words of one sentence, one prints the other's venue, restates its
    speaker, or asks the kind of the same sentence. The same for every pick over the same items (a lesson is
    picked twice, with and without its preference for unasked sentences): worked out once for the latest list,
    matched item by item by identity. Callers must not change the sets."""
    global _CLASHES
    memo = _CLASHES  # one tuple, read once: another thread's lesson replaces it whole, never half
    if memo and len(memo[0]) == len(kept) and all(a is b for a, b in zip(memo[0], kept, strict=True)):
        return memo[1]
    # pairs where one item answers the other ("… up ______ since then" and a main-idea option "the
    # dollar is up 40 percent since then"): never both in a lesson
    clash: dict[int, set[int]] = {id(it): set() for it in kept}
    # :func:`gives_away` needs an answer of the one standing as whole words in, and not as the whole of,
    # the other's stem, an option or a prompt: that test first, on texts normalised once
    answers = [[f" {n} " for n in map(norm, _answer_texts(it)) if n] for it in kept]
    segments = [[f" {norm(seg)} " for seg in (it.stem, *it.options, *it.prompts)] for it in kept]

    answer_sets = [set(ans) for ans in answers]
    # an item's venue words ("on CNN's"), as :func:`_prints_venue` looks for them in another's segments
    venue_seen = [f" {norm(w)} " if (w := venue_words(it)) else None for it in kept]

    # each item's segments in one text (no answer holds the NUL between them): an answer in none of them is
    # found in none by one test
    joined = ["\x00".join(segs) for segs in segments]

    def may_give(i: int, j: int) -> bool:
        whole = joined[j]
        for ans in answers[i]:  # plain loops: asked of every pair, where generators cost more than the tests
            if ans in whole:
                for seg in segments[j]:
                    if ans in seg and seg != ans:
                        return True
        return False

    def same_answer(i: int, j: int) -> bool:
        """The same keyed words of the sentence (judged on J14: "Who does ¶5 describe as the British Prime
        Minister?" and "According to ¶5, who said …?", both keyed Theresa May): on one sentence, one question
        asked twice. A category ("Attributed to a named source") is no words of the sentence."""
        both = answer_sets[i] & answer_sets[j]
        return bool(both) and any(ans in f" {norm(sup.text)} " for ans in both for sup in kept[i].support)

    def prints_venue(i: int, j: int) -> bool:
        """:func:`_prints_venue` of the ``i``-th and ``j``-th items, from what was found of each once."""
        w = venue_seen[i]
        return w is not None and any(w in seg for seg in segments[j])

    # what the pair tests below ask first of each item, read once: a venue item (:func:`_verb_tells_venue`), a
    # who-said item and a main-idea item (:func:`speaker_restated`), a certainty item (:func:`_named_after_who_said`)
    venue = [is_venue_item(it) for it in kept]
    who_said = [it.skill == "attribution" and it.kind == "multiple_choice" for it in kept]
    main_idea = [it.skill == "main_idea" for it in kept]
    certainty = [it.skill == "certainty" for it in kept]

    for i, a in enumerate(kept):
        for j in range(i + 1, len(kept)):
            b = kept[j]
            if answers[i] and may_give(i, j) and gives_away(a, b) or answers[j] and may_give(j, i) and \
                    gives_away(b, a) or same_answer(i, j) and _same_sentence(a, b) or \
                    prints_venue(i, j) or prints_venue(j, i) or venue[i] and _verb_tells_venue(a, b) or \
                    venue[j] and _verb_tells_venue(b, a) or \
                    who_said[i] and main_idea[j] and speaker_restated(a, b) or \
                    who_said[j] and main_idea[i] and speaker_restated(b, a) or \
                    _kinds_of_one_sentence(a, b) or certainty[j] and _named_after_who_said(a, b) or \
                    certainty[i] and _named_after_who_said(b, a) or (
                        a.skill == b.skill == "attribution" and answer_sets[i] & answer_sets[j]
                        and same_claim_retold(a.stem, b.stem)):
                # "where were these words said?" beside an item printing the words that tell it ("… said on
                # CNN's …")
                clash[id(a)].add(id(b))
                clash[id(b)].add(id(a))
    _CLASHES = (tuple(kept), clash)
    return clash


_CLASHES: tuple[tuple[Item, ...], dict[int, set[int]]] | tuple[()] = ()  # the latest (items, clashes) of
# :func:`_clash_pairs`


def _select(kept: list[Item], count: int) -> list[Item]:
    """One pick of :func:`select`: an item on a sentence a chosen item already asks about is taken only when no
    other item can take its place (judged blind: a who-said item, a "how does the article present this claim"
    item and a key-detail gap all on one sentence)."""
    return _choose(kept, count, vary=True)


def _choose(kept: list[Item], count: int, *, vary: bool) -> list[Item]:
    """The items of a lesson; with ``vary`` (:func:`_select`), an item on a sentence a chosen item asks about
    comes after the others. A pick with ``vary`` in which that preference never told against an item is the one
    made without it: its items are then left in :data:`_UNTOLD`."""
    told = [False]
    pools: dict[str, list[Item]] = {}
    # items only for a lesson still short of its 10 ("how did X say this?"): they join the pools for the
    # last fill, so they never take the place of another item nor change a full lesson's balance
    filler = [it for it in kept if is_venue_item(it)]
    # "how does the article give what X said?" (quoted or in its own words): a lesson's filler too, after them
    filler += [it for it in kept if is_quote_form_item(it)]
    # and "name two people and a claim of each" (written), after them: at most one, as a lesson's first or
    # second written answer
    filler += [it for it in kept if is_claims_open(it)][:1]
    for it in kept:
        if all(it is not f for f in filler):
            pools.setdefault(it.skill, []).append(it)
    chosen: list[Item] = []
    used_skill: Counter[str] = Counter()
    used_kind: Counter[str] = Counter()
    has_both = any(s in pools for s in SOURCE_SKILLS) and any(s in pools for s in COMPREHENSION_SKILLS)

    used_spans: list = []
    clash = _clash_pairs(kept)
    # each item's keyed text, read once for the many tests of a pick
    keyed = {id(it): _keyed_text(it) for it in kept}
    venue_items = {id(it) for it in filler}
    left = {id(it) for it in kept}

    def clashes(it: Item) -> int:
        """How many items still available taking ``it`` would leave out."""
        return len(clash[id(it)] & left - venue_items)  # a filler left out costs nothing

    def take(it: Item) -> None:
        chosen.append(it)
        if it.kind != "open_response":
            used_spans.extend(it.support)
        pools[it.skill].remove(it)
        left.discard(id(it))
        for pool in pools.values():  # an item answering this one, or answered by it, is left out
            pool[:] = [x for x in pool if id(x) not in clash[id(it)]]
        left.difference_update(clash[id(it)])
        used_skill[it.skill] += 1
        used_kind[it.kind] += 1

    # for each item asked about: how many of the chosen items were looked at, those on its sentence, how many of
    # those rest on one passage each, and how many of those were compared claim by claim and whether one showed
    # the same claim (the chosen items are only ever added to, so each is looked at once per item, and once one
    # shows the same claim, one always does)
    same_of: dict[int, list[Any]] = {}

    def crowded(it: Item) -> int:
        """2 when ``it`` would be a third item on one sentence, 1 when a second on the same quoted
        claim, else 0. (Judged blind: who-said, "how is it presented" and "names a source" all on one
        sentence; the same quote twice.) A second item on a claim is taken only when nothing else
        brings the lesson to its 10 items; a third on a sentence never."""
        if it.kind == "open_response":
            return 0
        got = same_of.get(id(it))
        if got is None:
            got = same_of[id(it)] = [0, [], 0, 0, False]
        if got[0] < len(chosen):
            new = [c for c in chosen[got[0]:] if c.kind != "open_response" and same_sentence(c, it)]
            got[0] = len(chosen)
            if new:
                got[1] += new
                # items that compare or match several passages rest on no one sentence: not counted there
                if len(it.support) == 1:
                    got[2] += sum(1 for c in new if len(c.support) == 1)
        if got[2] >= 2:
            return 2
        same = got[1]
        if not got[4] and got[3] < len(same):
            got[4] = any(same_claim(c, it) for c in same[got[3]:])
            got[3] = len(same)
        return int(got[4])

    # the tests of a pair of items, asked again at every pick: each pair answered once
    pair_sentence: dict[tuple[int, int], bool] = {}
    claim_words: dict[int, tuple[frozenset[str], ...]] = {}

    def same_sentence(a: Item, b: Item) -> bool:
        key = (id(a), id(b))
        if key not in pair_sentence:
            pair_sentence[key] = _same_sentence(a, b)
        return pair_sentence[key]

    def same_claim(a: Item, b: Item) -> bool:
        for it in (a, b):
            if id(it) not in claim_words:
                claim_words[id(it)] = _claim_words(it)
        return _same_claim_words(claim_words[id(a)], claim_words[id(b)])

    # for each item asked about: how many of the used spans were looked at, and whether one overlaps its
    # support (the used spans are only ever added to: once one overlaps, one always does)
    overlap_of: dict[int, list[Any]] = {}

    def overlaps(it: Item) -> bool:
        got = overlap_of.get(id(it))
        if got is None:
            got = overlap_of[id(it)] = [0, False]
        if not got[1] and got[0] < len(used_spans):
            new = used_spans[got[0]:]
            got[1] = any(s.start < c.end and c.start < s.end for s in it.support for c in new)
            got[0] = len(used_spans)
        return bool(got[1])

    # for each item asked about: how many of the chosen items were looked at, and whether the support of one
    # (asking about one place of the article) meets its own (judged blind: a who-said item, a "how does the
    # article present this claim" item and a key-detail gap all on one sentence of ¶7): an item on a sentence no
    # chosen item asks about comes first
    asked_of: dict[int, list[Any]] = {}

    def repeats(it: Item) -> bool:
        if not vary or not _narrow(it):
            return False
        got = asked_of.get(id(it))
        if got is None:
            got = asked_of[id(it)] = [0, False]
        if not got[1] and got[0] < len(chosen):
            got[1] = any(_spans_meet(c, it) for c in chosen[got[0]:] if _narrow(c))
            got[0] = len(chosen)
        if got[1]:
            told[0] = True
        return bool(got[1])

    opens = [it for it in kept if it.kind == "open_response" and all(it is not f for f in filler)]
    if opens and count >= 3:
        take(opens[0])
    # A balanced lesson first (caps per skill and kind, when the article offers a varied mix);
    # filler beyond the caps only up to the 10 items a default lesson needs at the least.
    varied = sum(1 for pool in pools.values() if pool) >= 4
    _fill(chosen, pools, count, varied, has_both, used_skill, used_kind, used_spans, take, keyed, clashes=clashes,
          crowded=crowded, overlaps=overlaps, repeats=repeats)
    _fill(chosen, pools, min(count, MIN_ITEMS) if varied else count, False, has_both, used_skill, used_kind,
          used_spans, take, keyed, skill_capped=varied, clashes=clashes, crowded=crowded, overlaps=overlaps,
          repeats=repeats)
    # still short of the 10 items a lesson needs: a fourth item of a skill rather than too few; then the
    # items kept for a lesson still short
    _fill(chosen, pools, min(count, MIN_ITEMS), False, has_both, used_skill, used_kind, used_spans, take, keyed,
          skill_capped=False, open_ok=True, clashes=clashes, crowded=crowded, crowded_ok=True, overlaps=overlaps,
          repeats=repeats)
    # in their order, those on a sentence no chosen item asks about first; never a third item on a sentence nor
    # one venue keyed twice
    filler = [it for it in filler if not repeats(it)] + [it for it in filler if repeats(it)]
    for it in filler:
        if len(chosen) >= min(count, MIN_ITEMS):
            break
        if it.kind == "open_response":
            # "… several claims made by Ben Carson": never beside an item keyed to him ("who said …?" answered
            # "Ben Carson", a name gap on "Carson")
            stem = f" {norm(it.stem)} "
            named = any(f" {norm(ans)} " in stem or f" {norm(ans).split()[-1]} " in stem
                        for c in chosen for ans in _answer_texts(c) if norm(ans) and ans[:1].isupper())
            if id(it) in left and used_kind[it.kind] < 2 and not named:
                pools.setdefault(it.skill, []).append(it)
                take(it)
            continue
        if id(it) not in left or crowded(it) > 1 or any(
                id(c) in venue_items and (keyed[id(c)] == keyed[id(it)] or same_sentence(c, it)) for c in chosen):
            continue
        pools.setdefault(it.skill, []).append(it)
        take(it)
    if vary and not told[0]:
        _UNTOLD[:] = [kept]
    return sorted(chosen, key=lambda it: (it.kind == "open_response", _PRINT_ORDER[it.skill], kept.index(it)))


def balance_keys(items: list[Item], seed: int, article_text: str) -> list[Item]:
    """Move each single-answer choice item's keyed option so the keyed letters are balanced.

    Generators place keys with their own seeded draws, which repeat from article to article (the
    main idea was always "A"). Here the multiple-choice items, in printed order, take their keyed
    positions from blocks of A, B, C and D, each block shuffled by a generator seeded with the
    lesson's seed and the article's text: every letter is keyed about equally often in every
    lesson (within one per letter), and the same article and seed give the same letters.
    The distractors keep their order; only the keyed option moves.
    """
    digest = hashlib.sha1(article_text.encode(), usedforsecurity=False).hexdigest()[:16]
    rng = random.Random(f"{seed}:{digest}:keys")
    out: list[Item] = []
    block: list[int] = []
    for it in items:
        n = len(it.options)
        if it.kind != "multiple_choice" or not isinstance(it.answer, int) or not 0 <= it.answer < n or n < 2:
            out.append(it)
            continue
        if not block:
            block = list(range(4))
            rng.shuffle(block)
        target = block.pop()
        if target >= n:
            target = rng.randrange(n)
        order = [i for i in range(n) if i != it.answer]
        order.insert(target, it.answer)
        out.append(kinds.KINDS["multiple_choice"].reordered(it, order))
    return out


# At most this many items of one skill / one kind in a default lesson, while others are available.
_SKILL_CAP = {"vocabulary_in_context": 2, "perspective": 1}
_DEFAULT_SKILL_CAP = 3
_KIND_CAP = {"open_response": 1, "short_answer": 3, "multiple_choice": 9}


@by_identity
def _keyed_text(it: Item) -> str:
    """The keyed option's text of a single-answer choice item ("" for other kinds)."""
    if it.kind == "multiple_choice":
        return next(iter(kinds.keyed_texts(it)), "").lower()
    return ""


_BLANK = "______"


@by_identity
def _answer_texts(it: Item) -> list[str]:
    """What a student must find: the keyed option of a choice, the accepted written answers."""
    if it.kind == "multiple_choice":
        out = list(kinds.keyed_texts(it))
    elif it.kind == "short_answer" and isinstance(it.answer, (list, tuple)):
        out = [a for a in it.answer if isinstance(a, str)]
    else:
        return []
    return [a for a in out if len(norm(a)) >= 2 and norm(a) not in ("true", "false", "yes", "no", "not given")]


_PERSON_NAME = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")
_QUOTED_RE = re.compile(r"[\"“](.+)[\"”]")
_PARAGRAPH_MARK = re.compile(r"¶\d+")


def _quoted(text: str) -> str:
    """The article's words an item quotes (not its template: "Complete the detail from …")."""
    m = _QUOTED_RE.search(text)
    return m.group(1) if m else text


# "what kind of evidence does this sentence give?" and "what kind of source gives this claim?"
_ONE_SENTENCE_PAIRS = frozenset({frozenset({"evidence", "sourcing"}), frozenset({"evidence", "certainty"})})


def _kinds_of_one_sentence(a: Item, b: Item) -> bool:
    """An evidence item and a sourcing item on one sentence (judged blind, stop 46: "what kind of evidence does
    this sentence give for the claim …?", a report by a news outlet, beside "what kind of source gives this
    claim?", a news outlet): one question asked twice, the one answering the other; never both in a lesson.
    ("How does the article present this claim?" beside "who said …?" on one claim stays a pair taken only to
    bring a lesson to its 10 items: never both cost 8 of 138 lessons their tenth item.)
    Likewise an evidence item and a certainty item on one sentence (judged blind, T16): the evidence stem prints the
    whole sentence, "according to a report in the Register" with it, which answers "how does the article present
    this claim?"."""
    return frozenset((a.skill, b.skill)) in _ONE_SENTENCE_PAIRS and _same_sentence(a, b)


_NAMED_KEY = "attributed to a named source"


def _named_after_who_said(a: Item, b: Item) -> bool:
    """A who-said item (or a true/false one on who said it) and, on the same sentence, a certainty item keyed
    "Attributed to a named source" (judged blind on every set, T8 six times: "who said the ¶3 Paris sentence?" then
    "how is that sentence presented?"): the first names the source, so the second answers itself. Never both in a
    lesson, whatever its length (four more of the drops set's 138 owed lessons fall short of 10: 40 to 44)."""
    return (a.skill == "attribution" or _names_who(a)) and a.kind != "open_response" and b.skill == "certainty" and \
        _keyed_text(b).startswith(_NAMED_KEY) and _same_sentence(a, b)


def _names_who(it: Item) -> bool:
    """The true/false "The article names who made this claim (¶N): …" (tagged sourcing): it tells whether a source is
    named, as a who-said item does."""
    return it.kind == "true_false" and it.stem.startswith("True or false? The article names who made this claim")


def _narrow(it: Item) -> bool:
    """Does the item ask about one place of the article (one sentence, or a quotation over two)? Not a written
    answer, a choose-all or a matching item over several passages."""
    return it.kind not in ("open_response", "multiple_select", "matching") and 0 < len(it.support) <= 2


def _spans_meet(a: Item, b: Item) -> bool:
    """Do two items' supports share any of the article's characters?"""
    return any(x.start < y.end and y.start < x.end for x in a.support for y in b.support)


def _same_sentence(a: Item, b: Item) -> bool:
    """Do the two items rest on one sentence: support spans that overlap by most of the shorter?
    (A choose-all item over the whole article's sources rests on no one sentence.)"""
    if "multiple_select" in (a.kind, b.kind):
        return False
    for x in a.support:
        for y in b.support:
            common = min(x.end, y.end) - max(x.start, y.start)
            if common > 0 and common >= 0.6 * min(x.end - x.start, y.end - y.start):
                return True
    return False


# "According to the article, which of these did X say?": its options are claims of the article
_CLAIMS_OFFERED = re.compile(r"According to the article, which of these did\b")


def _claim_words(it: Item) -> tuple[frozenset[str], ...]:
    """The claims an item shows, each as its content words: the stem's quoted words (or its words, when it
    quotes nothing), and each claim a matching item or "which of these did X say?" offers (judged blind: a
    claim of a matching item asked again by "who said …?" was one quotation asked twice)."""
    out = [frozenset(content_words(_quoted(it.stem)))]
    if it.kind == "matching" or _CLAIMS_OFFERED.match(it.stem):
        out += [frozenset(content_words(o)) for o in it.options]
    return tuple(out)


def _same_claim(a: Item, b: Item) -> bool:
    """Do two items on one sentence show the same claim: most of the shorter one's quoted words (or
    stem words, when it quotes nothing) in the other's?"""
    return _same_claim_words(_claim_words(a), _claim_words(b))


def _same_claim_words(xa: tuple[frozenset[str], ...], xb: tuple[frozenset[str], ...]) -> bool:
    return any(len(wa) >= 3 and len(wb) >= 3 and len(wa & wb) >= 0.6 * min(len(wa), len(wb))
               for wa in xa for wb in xb)


_STEM_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# words of the "who said" templates, never a sign of one claim told twice
_TEMPLATE_WORDS = frozenset("according said says wrote writes told who give person person's name article".split())


@lru_cache(maxsize=4096)
def _telling_runs(stem: str) -> frozenset[tuple[str, ...]]:
    """The stem's runs of four words holding two or more content words and no word of the templates."""
    toks = _STEM_WORD.findall(stem.lower().replace("’", "'"))
    return frozenset(run for i in range(len(toks) - 3) if not _TEMPLATE_WORDS & set(run := tuple(toks[i:i + 4]))
                     and len(content_words(" ".join(run))) >= 2)


def same_claim_retold(a: str, b: str) -> bool:
    """Do two "who said" stems tell one claim, in two places of the article (the lede's "said that X's remarks
    were the textbook definition of a racist comment" and a later quotation "… the textbook definition of a
    racist comment")? A run of four words of the claim in both (judged blind, E38: one question asked twice)."""
    return bool(_telling_runs(a) & _telling_runs(b))


_WORD_AMONG_WORDS = re.compile(r"Which of these words from the article means\b")


def gives_away(a: Item, b: Item) -> bool:
    """Does item ``b``'s stem or an option state ``a``'s answer in ``a``'s context? ("The dollar is up
    40 percent since then" as a main-idea option beside "… up ______ since then"). An option that
    is just the answer ("Rand Paul" among names) offers it, and gives nothing away."""
    answers = _answer_texts(a)
    if not answers or _WORD_AMONG_WORDS.match(a.stem) and a.skill == "vocabulary_in_context":
        # "which of these words from the article means …?": four words of the article; the keyed one printed
        # in another stem tells nothing of its meaning
        return False
    if _same_sentence(a, b):
        # two items on one sentence: the answer in the other item's stem, key or an option made of
        # that sentence gives it away (a ¶14 name gap beside a ¶14 "who said" item quoting the
        # sentence with the name in it); a distractor from elsewhere that names it only offers it
        shared = " ".join(sup.text for sup in a.support)
        keyed = set(kinds.keyed_texts(b)) if b.kind in ("multiple_choice", "multiple_select") else set()
        segs = [b.stem, *b.prompts, *(o for o in b.options if o in keyed or overlap(o, shared) >= 0.3)]
        # a person's surname alone counts too when the sentence writes it alone (judged on J13: '"…," said
        # Joseph, who has ______ children' beside "who said '…'?" keyed Amelize Joseph)
        surnames = [ans.split()[-1] for ans in answers if _PERSON_NAME.fullmatch(ans)
                    and name_re(rf"\b{re.escape(ans.split()[-1])}\b").search(shared)]
        for seg in segs:
            ns = f" {norm(seg)} "
            if any(norm(ans) and f" {norm(ans)} " in ns and ns.strip() != norm(ans) for ans in answers + surnames):
                return True
    context = _quoted(a.stem).replace(_BLANK, " ")
    # the other item is on the same paragraph ("According to Tom Molomby in ¶6" beside a ¶6 name gap)
    marks = _PARAGRAPH_MARK.findall(b.stem)
    same_par = any(f"¶{sup.paragraph}" in marks for sup in a.support)
    near: list[str] = []
    quoted = _quoted(a.stem)
    if _BLANK in quoted:
        i = quoted.index(_BLANK)
        near = norm(quoted[:i]).split()[-1:] + norm(quoted[i + len(_BLANK):]).split()[:1]
    for seg in (b.stem, *b.options, *b.prompts):
        ns = f" {norm(seg)} "
        for ans in answers:
            na = norm(ans)
            if not na or ns.strip() == na or f" {na} " not in ns:
                continue
            if same_par or any(f" {w} {na} " in ns or f" {na} {w} " in ns for w in near) or \
                    overlap(_quoted(seg), context) >= 0.3 or _DISTINCT_FIGURE.fullmatch(ans.strip()):
                return True
    # "who said '…'?" keyed Morton Blackwell beside a main-idea option "Blackwell said that …" restating the words:
    # the speaker's surname with the quoted words tells who said them
    return _name_described(quoted, answers, b)


# an office before a name gap, short or in full, as another stem may call the same person ("Gov." / "the governor")
_OFFICES = {"gov": "governor", "governor": "governor", "sen": "senator", "senator": "senator",
            "rep": "representative", "representative": "representative", "congressman": "congressman",
            "congresswoman": "congresswoman", "mayor": "mayor", "secretary": "secretary", "ambassador": "ambassador",
            "president": "president", "minister": "minister", "chancellor": "chancellor", "judge": "judge",
            "speaker": "speaker", "governors": "governor"}


def _name_described(quoted: str, answers: list[str], b: Item) -> bool:
    """Does ``b``'s stem name the person a name gap asks for, by surname, beside the office the gap's sentence gives
    him just before the blank? ("… dismissed Wisconsin Gov. ______ as …" beside "Trump went after Walker hours after
    the Wisconsin governor …": judged blind, T34, the other stem tells who the governor is.)"""
    if _BLANK not in quoted:
        return False
    names = [ans for ans in answers if _PERSON_NAME.fullmatch(ans.strip())]
    if not names:
        return False
    before = re.findall(r"[A-Za-z]+", quoted[:quoted.index(_BLANK)])[-2:]
    offices = {_OFFICES[w.lower()] for w in before if w.lower() in _OFFICES}
    if not offices:
        return False
    words = set(norm(b.stem).split())
    stem_offices = {_OFFICES[w] for w in words if w in _OFFICES}
    return bool({norm(ans).split()[-1] for ans in names} & words) and bool(offices & stem_offices)


def speaker_restated(a: Item, b: Item) -> bool:
    """Does a main-idea option of ``b`` restate the words a "who said …?" item ``a`` quotes, naming the speaker it
    keys ("Blackwell said that the Democrats will …" beside "who said 'The Democrats will …'?" keyed Morton
    Blackwell; "Trump called the senator a nasty guy, …" beside "who called the senator a 'nasty guy' …?")? The
    surname with the words tells who said them."""
    if b.skill != "main_idea" or a.skill != "attribution" or a.kind != "multiple_choice":
        return False
    context = _quoted(a.stem)
    for ans in kinds.keyed_texts(a):
        if not _PERSON_NAME.fullmatch(ans):
            continue
        sur = norm(ans.split()[-1])
        if sur and any(f" {sur} " in f" {norm(seg)} " and overlap(seg, context) >= 0.3 for seg in b.options):
            return True
    return False


# a figure of four or more digits is the article's own: printed in any other item it gives the gap away
# ("the ______ delegates needed to win outright" beside "… needs 61 percent of remaining delegates to reach
# 1,237", judged blind on K32), and so is one of three digits that is no round hundred (judged blind, D2: "Of the
# 121 people detained in the New Year's weekend …" beside "… the raids in which ______ adults and children were …")
_DISTINCT_FIGURE = re.compile(r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d{4,}(?:\.\d+)?|\$?[1-9](?!00\b)\d\d(?:\.\d+)?")


# a verb in a stem that tells how the words came ("who wrote, '…'?", "who tweeted …?"), and the venues it gives away
_WRITTEN_VERB = re.compile(r"\b(?:wrote|writes|written|write|penned)\b", re.I)
_POSTED_VERB = re.compile(r"\b(?:tweeted|tweets|posted|posts)\b", re.I)


def _verb_tells_venue(a: Item, b: Item) -> bool:
    """Is ``a`` a "where were these words said or written?" item keyed to writing or a post, and ``b`` an item on the
    same words whose stem says they were written or posted ("According to ¶10, who wrote, '…'?")? Judged blind (T11):
    the one answers the other."""
    if not is_venue_item(a) or not _spans_meet(a, b):
        return False
    keyed = _keyed_text(a)  # (lower case)
    verb = _WRITTEN_VERB if keyed.startswith("in writing") else _POSTED_VERB if "social media" in keyed else None
    return verb is not None and verb.search(b.stem) is not None


def _prints_venue(a: Item, b: Item) -> bool:
    """Is ``a`` a "where were these words said?" item whose venue words ("on CNN's", "told a crowd") ``b``
    prints in its stem, an option or a prompt?"""
    words = venue_words(a)
    if not words:
        return False
    w = f" {norm(words)} "
    return any(w in f" {norm(seg)} " for seg in (b.stem, *b.options, *b.prompts))


def _fill(chosen, pools, count, capped, has_both, used_skill, used_kind, used_spans, take, keyed, *,
          skill_capped=None, open_ok=False, clashes=lambda it: 0, crowded=lambda it: 0,
          crowded_ok=False, overlaps, repeats=lambda it: False) -> None:
    skill_capped = capped if skill_capped is None else skill_capped
    passed: set[int] = set()  # items on an asked sentence whose place went to an item over its cap
    while len(chosen) < count and any(pools.values()):
        n_source = sum(1 for it in chosen if it.skill in SOURCE_SKILLS)
        need_source = has_both and n_source < SOURCE_SHARE * count + 0.5 and (
            count - len(chosen) <= SOURCE_SHARE * count - n_source + 1 or n_source <= len(chosen) / 2
        )
        best: tuple[Any, ...] | None = None
        spare: tuple[Any, ...] | None = None  # the best item over a cap, on a sentence no chosen item asks about
        chosen_keyed = {keyed[id(c)] for c in chosen} if capped else set()
        # the categories certainty items keyed so far ("Attributed to a named source"): a second item keyed the same
        # only to reach the lesson's 10 items (judged (set SF): 14 of 15 certainty items keyed "named source", a
        # pattern a student learns to guess)
        cert_keyed = {keyed[id(c)] for c in chosen if c.skill == "certainty"} if not crowded_ok else set()
        tf_answers = [c.answer for c in chosen if c.kind == "true_false"]  # (read once per pick, not per item)
        for skill, pool in pools.items():
            # a skill or kind at its cap gives an item only in place of one on a sentence a chosen item asks about
            # (a fourth key detail rather than a second question on one sentence; never a third vocabulary item)
            over_skill = skill_capped and used_skill[skill] >= _SKILL_CAP.get(skill, _DEFAULT_SKILL_CAP)
            if over_skill and skill in _SKILL_CAP:
                continue
            for rank, it in enumerate(pool[:4]):
                over_kind = capped and used_kind[it.kind] >= _KIND_CAP.get(it.kind, count)
                if over_kind and it.kind == "open_response":
                    continue
                if (over_skill or over_kind) and repeats(it):
                    continue
                if it.kind == "open_response" and used_kind[it.kind] >= (2 if open_ok else 1):
                    continue  # one written answer per lesson (a second only to reach the 10 items)
                if cert_keyed and it.skill == "certainty" and keyed[id(it)] in cert_keyed:
                    continue
                is_crowded = crowded(it)
                if is_crowded > 1 or (is_crowded and not crowded_ok):
                    continue  # a third item on one sentence, or the same quote again: only to reach 10 items
                source = it.skill in SOURCE_SKILLS
                overlap = overlaps(it)
                score = (
                    -3 * used_skill[skill]
                    - (7 if overlap else 0)
                    - 1.2 * used_kind[it.kind]
                    + (2 if used_kind[it.kind] == 0 else 0)
                    - 0.5 * rank
                    + (2.5 if need_source and source else 0)
                    - (40 if it.kind == "open_response" and used_kind["open_response"] >= 1 else 0)
                    - 2.5 * clashes(it)  # taking it would leave out items that give its answer away
                    - (30 if is_crowded else 0)
                )
                if it.kind == "true_false" and tf_answers and all(a == it.answer for a in tf_answers):
                    score -= 2.5  # every statement "True" (judged blind): a student learns to guess
                if capped and keyed[id(it)] and keyed[id(it)] in chosen_keyed:
                    score -= 6  # the same answer again ("Cres Eastman" three times) teaches guessing
                # an item on a sentence a chosen item already asks about: only when no other item can take the place
                # (the same claim again, taken only to reach 10 items, comes after all others too)
                tier = 0 if is_crowded or repeats(it) else 1 if over_skill or over_kind else 2
                if tier == 1:
                    if spare is None or (score, -rank) > spare[0]:
                        spare = ((score, -rank), it)
                    continue
                if id(it) in passed:
                    continue
                key = (tier, score, -_PRINT_ORDER[skill], -rank)
                if best is None or key > best[0]:
                    best = (key, it)
        if best is None:
            break
        if best[0][0] == 0 and spare is not None and used_skill[best[1].skill]:
            # the place goes to an item over its cap, the repeat waiting for a later pass (not a skill's first item:
            # a lesson keeps its main idea rather than a fifth who-said item)
            passed.add(id(best[1]))
            take(spare[1])
            continue
        take(best[1])


def lesson_vocabulary(analysis: Analysis, limit: int = 8) -> tuple[VocabEntry, ...]:
    """The rarest words (one per lemma), listed in reading order with their ¶ and sentence."""
    seen: set[str] = set()
    picked = []
    for v in sorted(analysis.vocabulary, key=lambda v: (v.zipf, v.span.start)):
        if v.lemma in seen:
            continue
        seen.add(v.lemma)
        picked.append(v)
        if len(picked) == limit:
            break
    picked.sort(key=lambda v: v.span.start)
    return tuple(VocabEntry(v.word, v.paragraph, " ".join(v.sentence.text.split())) for v in picked)


def objectives(items: list[Item], analysis: Analysis) -> tuple[str, ...]:
    """2–3 learning objectives matched to the skills the lesson practises."""
    skills = {it.skill for it in items}
    out = ["Summarise the main idea of a news article and recall its key details."]
    if skills & {"attribution", "sourcing"}:
        out.append("Identify who makes each claim in the article and what kind of source each is.")
    if skills & {"certainty", "inference"}:
        out.append("Tell claims the article states as fact from claims it attributes to a source or hedges.")
    if len(out) < 3 and skills & {"evidence", "corroboration"}:
        out.append("Judge the evidence behind a claim and notice where sources disagree.")
    if len(out) < 3 and "vocabulary_in_context" in skills:
        words = [v.word for v in lesson_vocabulary(analysis, 2)]
        if words:
            out.append(f"Work out the meaning of unfamiliar words (such as \"{words[0]}\") from context.")
    if len(out) < 2:
        out.append("Explain whose views a news article includes and whose it leaves out.")
    return tuple(out[:3])


def discussion_questions(article: Article, analysis: Analysis) -> tuple[str, ...]:
    """2–3 questions for class discussion, grounded in the article's conflicts, judgments and hedges."""
    out = []
    atts = analysis.attributions
    for c in analysis.conflicts:
        if 0 <= c.a < len(atts) and 0 <= c.b < len(atts) and atts[c.a].source and atts[c.b].source:
            a, b = atts[c.a], atts[c.b]
            out.append(f"{sentence_case(source_mid(a))} (¶{a.paragraph}) and {source_mid(b)} "
                       f"(¶{b.paragraph}) disagree. Which account does the article support better, and what would "
                       "you need to know to decide?")
            break
    for j in analysis.judgments:
        words = j.loaded_words[0] if j.loaded_words else ""
        phrase = f"uses the words \"{words}\"" if words else f"says {quote(j.span.text, 12)}"
        out.append(f"In ¶{j.paragraph} the article {phrase} without naming a source. Is that fair "
                   "reporting? Why might a writer choose such words?")
        break
    for h in analysis.hedges:
        if not HEDGE_MARKERS.search(h.words):
            continue
        out.append(f"¶{h.paragraph} hedges a claim with \"{unquote(h.words)}\". Why might the reporter be unable "
                   "to confirm it, and how should readers treat such claims?")
        break
    if len(out) < 3:
        out.append("Which source in the article do you find most convincing, and why? Whose voice would you add?")
    if len(out) < 2:
        out.append(f"What questions would you ask to check the story behind \"{article.title}\"?")
    return tuple(out[:3])


def summary(analysis: Analysis) -> dict[str, Any]:
    """A small JSON-able digest of the analysis: counts and the sources heard."""
    sources: list[str] = []
    for a in analysis.attributions:
        if a.source and a.source not in sources:
            sources.append(a.source)
    kinds = Counter(a.source_kind for a in analysis.attributions)
    certainty = Counter(a.certainty for a in analysis.attributions)
    return {
        "attributions": len(analysis.attributions),
        "evidence": len(analysis.evidence),
        "hedges": len(analysis.hedges),
        "judgments": len(analysis.judgments),
        "conflicts": len(analysis.conflicts),
        "sources": sources,
        "source_kinds": {k: kinds[k] for k in sorted(kinds)},
        "certainty": {k: certainty[k] for k in sorted(certainty)},
        "evidence_kinds": sorted({e.kind for e in analysis.evidence}),
        "reading_grade": round(analysis.readability.grade, 1),
    }


def short_lesson_note(chosen: list[Item], candidates: list[Item],
                      dropped: list[tuple[Item, list[str]]] | tuple[tuple[Item, tuple[str, ...]], ...],
                      skills: tuple[str, ...], analysis: Analysis, count: int) -> str:
    """Why a lesson has fewer than its 10 items, for the teacher: how many attributed claims the
    analysis is sure of (and of how many it is sure who made them: who-said-what and kinds-of-source
    questions need both), the skills that found nothing sure to ask in this article, the questions the
    quality gate dropped (its commonest reasons) and those left out because they would give another
    question's answer away or ask about a sentence two questions already use."""
    made = Counter(it.skill for it in candidates)
    gone = Counter(it.skill for it, _ in dropped)
    in_lesson = Counter(it.skill for it in chosen)
    n, claims = len(chosen), len(analysis.attributions)
    parts = [f"Asked for {count} items; {n} went into the lesson, fewer than the {MIN_ITEMS} a lesson aims for. "
             "Questions are written only where the analysis is sure of the answer, fewer items rather than a doubtful "
             "one: it is sure of "
             f"{claims} attributed claim{'' if claims == 1 else 's'} in this article"]
    if claims:
        # who-said-what and kinds-of-source questions are asked only of a claim whose speaker is sure too
        speakers = sum(1 for a in analysis.attributions if getattr(a, "source_confidence", 0.0) >= CONFIDENT)
        parts[0] += (" and of who made it" if claims == 1 and speakers else
                     " but of who made none of them" if not speakers else
                     f" and of who made {'all' if speakers == claims else speakers} of them")
    parts[0] += "."
    nothing = [SKILL_NAMES.get(s, s) for s in skills if not made[s]]
    if nothing:
        parts[0] += (" It found nothing it could ask with a sure answer for " + ", ".join(nothing[:-1])
                     + (" or " if len(nothing) > 1 else "") + nothing[-1] + ".")
    if dropped:
        reasons: Counter[str] = Counter(re.sub(r"\s*\(.*$|\s+of item \S+.*$", "", rs[0]) for _, rs in dropped if rs)
        top = "; ".join(f"{r} ({k})" for r, k in reasons.most_common(3))
        parts.append(f"The quality gate dropped {len(dropped)} of the {len(candidates)} questions written ({top}).")
    spare = sum(max(0, made[s] - gone[s] - in_lesson[s]) for s in made)
    if spare:
        parts.append(f"{spare} more passed the gate but {'was' if spare == 1 else 'were'} left out: each would give "
                     "away another question's answer or ask about a sentence two questions already use.")
    parts.append("Add your own questions when you review the lesson.")
    return " ".join(parts)


# skills as a teacher reads them in a sentence
SKILL_NAMES = {
    "main_idea": "the main idea", "key_detail": "key details", "vocabulary_in_context": "vocabulary",
    "sequence": "the order of events", "cause_effect": "cause and effect", "inference": "inference",
    "attribution": "who said what", "evidence": "evidence", "certainty": "hedged or disputed claims",
    "sourcing": "kinds of source", "corroboration": "sources that agree or disagree",
    "perspective": "missing perspectives",
}
