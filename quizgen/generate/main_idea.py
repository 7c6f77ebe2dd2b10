"""Main idea: the sentence that states what the article is about, among true but narrower details.

Options are whole sentences, shortened only at clause boundaries (never "…" mid-phrase). The key
is the one of the top-ranked main-idea sentences in the article's first third that shares most
with the headline (at least two words and three in ten of the headline's), so it states what the
article is about, not a striking detail; no item when none does; the distractors are plain
statements from the later part of the article that do not restate the headline.
"""
from __future__ import annotations

import re

from quizgen.generate.base import (
    Context,
    cite,
    clause_shorten,
    content_words,
    in_quotation,
    make_item,
    overlap,
    sentence_case,
    shuffled_options,
    support_span,
    unquote,
)
from quizgen.generate.distractors import length_matched
from quizgen.generate.key_detail import cut_sentence
from quizgen.model import Item

SKILL = "main_idea"
MAX_WORDS = 28
# sentences that lean on the one before ("But media have said …", "That will …") or are not prose
_DEPENDENT = re.compile(r"^(?:but|and|or|so|yet|also|that|this|these|those|it|its|he|she|they|his|her|their|"
                        r"there|then|however|meanwhile|still|instead|thus|in addition|in fact)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                     r"hundred|thousand|million|billion|dozen)\b", re.I)
_NOT_PROSE = re.compile(r"https?:|www\.|<[a-z/]|@\w|#\w|\|")
# an option that leans on what came before ("At that moment, …", "Later, …") or reads garbled
_CONTEXT = re.compile(r"^(?:at (?:that|this|the same) (?:moment|time|point)|at the time|later|afterwards?|"
                      r"such|the latter|the former|him|we|you|i|our|another|others|here|now|now,)\b", re.I)
_MOJIBAKE = re.compile(r"Ã|â€|Â|\ufffd")
# a headline that argues against a common view ("Israel Not All Doom and Gloom", "The myth of …"):
# the article's opening states the view only to turn from it
_HEADLINE_TURN = re.compile(r"\b(?:not|no|never|isn[’']t|aren[’']t|despite|beyond|myths?|wrong|actually)\b",
                            re.I)
_TURN = re.compile(r"^(?:but|however|yet)\b", re.I)
# a sentence that quotes or reports someone's words: no statement of what the article is about
_QUOTED = re.compile(r"[\"“]([^\"“”]*)[\"”]|‘([^‘’]*)’(?!\w)|(?<!\w)'([^']*)'(?!\w)")
_REPORT = re.compile(r"\b(?:said|says|say|told|tells|according to|stated|states|declared|announced|added|"
                     r"claimed|claims|argued|argues|insisted|boasted|vowed|promised|predicted|predicts|wrote|"
                     r"writes)\b", re.I)
# a verb-like word (for a head left by a phrase cut): an auxiliary, a past form, a common present
VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|"
                      r"must|do|does|did|cannot|can[’']t|won[’']t|(?:do|does|did|is|are|was|were)n[’']t|[a-z]{2,}ed|"
                     r"won|took|gave|made|said|told|ran|held|left|began|came|went|"
                      r"saw|got|became|lost|sent|paid|spent|kept|led|met|set|put|brought|bought|thought|fought|"
                      r"found|stood|fell|rose|grew|knew|drew|wrote|chose|broke|spoke|drove|hit|beat|shot|struck|"
                      r"says|makes|takes|includes?|remains?|faces|plans|wants|needs|gives|gets|shows|seems|"
                      r"becomes|leads|comes|goes|holds|keeps|runs|continues|expects|calls|means|threatens?)\b")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in content_words(text) if len(w) > 2}


def headline_overlap(ctx: Context, text: str) -> int:
    """How many of the headline's content words (roughly stemmed: "shuttles" ~ "shuttle") the text shares."""
    return len(_stems(ctx.article.title) & _stems(text))


def _name_words(ctx: Context) -> set[str]:
    """Words the article writes capitalised inside a sentence and never in lower case: names
    ("Sanders", "Clinton"; not "iodine" of "Iodine Deficiency Disorders")."""
    text = "\n".join(p.text for p in ctx.article.paragraphs)  # not the headline, capitalised as a title
    capital = {w.lower() for w in re.findall(r"(?<=[a-z0-9,;:] )([A-Z][\w'’-]+)", text)}
    lower = {w[:5] for w in re.findall(r"\b[a-z][\w'’-]+", text)}
    return {w for w in capital if w[:5] not in lower}


def point_stems(ctx: Context) -> set[str]:
    """The headline's point: its content words other than names ("earned speaking fees while
    campaigning" of "Carson, Huckabee, Fiorina earned …"; "back", "eventually", "predicts" of
    "Sanders will back Clinton eventually, ex-rival predicts")."""
    names = {n[:5] for n in _name_words(ctx)}
    return {st for st in _stems(ctx.article.title) if st not in names}


def covers_point(ctx: Context, text: str, lede: bool = False) -> bool:
    """Does the text state the headline's point, not just name who it is about: two of the
    headline's non-name content words (its one, when it has one)? A detail about one of three
    people ("Huckabee's campaign acknowledged …") or a background sentence that shares only the
    names ("Sanders and Clinton face off in Tuesday's primaries") does not."""
    point = point_stems(ctx)
    if not point:
        return True
    shared = len(point & _stems(text))
    if shared >= min(2, len(point)):
        return True
    # the lede may word the point its own way ("defeated" for "win"): it names everyone the
    # headline names (two at least) and shares one more of its words
    names = _stems(ctx.article.title) - point
    return lede and len(names) >= 2 and names <= _stems(text) and shared >= 1


def _lede(ctx: Context):
    """The article's first sentence, when it is in ¶1."""
    first = ctx.analysis.sentences[:1]
    return first[0] if first and first[0].paragraph == ctx.article.paragraphs[0].number else None


def _quotes(text: str) -> bool:
    """Does the text quote someone's words: it opens with a quotation mark, its marks do not pair
    up, or a quoted part is longer than a term ("a silver medal for 'courageous achievement'" is a
    term, "'We are going to win so much,' Trump said" a quotation)?"""
    t = text.strip()
    if t[:1] in "\"“‘'" or t.count("\"") % 2 or t.count("“") != t.count("”"):
        return True
    return any(len(next(g for g in m.groups() if g is not None).split()) > 4 for m in _QUOTED.finditer(t))


_FINDING = re.compile(r",\s+(?:(?:the|a|an|new|some|many)\s+)?(?:[a-z]+\s+){0,2}(?:researchers|scientists|"
                      r"experts|officials|authorities|doctors|analysts|report|study|survey|figures|data)\s+"
                      r"(?:say|says|said|show|shows|showed|find|finds|found)\.?$")


def _finding_lede(text: str) -> bool:
    """A wire-style lede that states the story's finding in the writer's words with a short trailing
    attribution to a body of people or a document ("Almost half of the children are iodine
    deficient, researchers say"): the finding is what the article is about, and no one's words
    are quoted. Never a quotation, nor a named person's claim ("…, Trump said at his party")."""
    return not _quotes(text) and _FINDING.search(text.strip()) is not None and \
        not _REPORT.search(_FINDING.sub("", text.strip()))


def _reported(ctx: Context, s) -> bool:
    """Does the sentence quote someone (quotation marks) or report someone's words ("…, Trump said
    at his victory party", "according to …", an attribution cue the analysis found in it)?"""
    text = s.span.text.replace("''", "\"")
    if _quotes(text) or _REPORT.search(text):
        return True
    return any(a.cue_span is not None and s.span.start <= a.cue_span.start < s.span.end
               for a in ctx.analysis.attributions)


def whole_cut(text: str, short: str | None) -> str | None:
    """``short`` when it reads as a whole sentence: the sentence itself, or a head cut at a clause
    boundary that is not inside a list ("…: rebuilding the military, taking care of veterans" of
    a list of four pledges) and keeps a verb ("The nose cap and the trainer for the museum at
    the base" is a subject alone). None otherwise: the option is dropped, not cut badly."""
    if short is None:
        return None
    full = " ".join(unquote(text).split())
    if len(short) >= len(full.rstrip(". ")):
        return short
    rest = full[len(short):] if full.startswith(short) else ""
    if ":" in short:
        return None  # the list or the explanation the colon opened was cut
    segments = [g.strip() for g in re.split(r",", re.split(r"[;—–]| -- ", rest)[0])]
    item_next = len(segments) > 1 and re.match(r"(?:[a-z]+ing|with)\b", segments[1]) is not None
    if rest.lstrip().startswith(",") and item_next and any(re.match(r"(?:and|or)\b", g) for g in segments[2:]):
        return None  # "X, Y, | Z, and W": a list cut after its first items
    last = re.split(r",\s+(?:but|and|yet|or|while)\s+", short)
    if len(last) > 1 and not VERBISH.search(last[-1]):
        return None  # "…, but teams from Sudan, Iran and Yemen": a clause cut before its verb
    head_last = short.rsplit(",", 1)[-1].split()[:1] if "," in short else []
    rest_first = segments[1].split()[:1] if len(segments) > 1 else []
    if head_last and rest_first and head_last[0].endswith("ing") and rest_first[0].endswith("ing"):
        return None  # "…, taking care of veterans, | building a wall": parallel items of a list
    if not rest.lstrip().startswith((",", ";", "—", "–", "-")) and not VERBISH.search(short):
        return None  # a phrase cut that left only a subject
    return short


def _unfit_option(text: str) -> bool:
    """An option a teacher would not hand out: garbled characters or a start that needs context."""
    return bool(_MOJIBAKE.search(text) or _CONTEXT.match(text) or _DEPENDENT.match(text))


def _turn_index(ctx: Context) -> int | None:
    """The index of the sentence where the article turns from its opening ("But, in many areas
    Israel excels" in ¶3 after "Israel faces many threats …"): a "But"/"However"/"Yet" sentence
    in ¶2–¶4. None when the opening is not set up to be argued against."""
    for s in ctx.analysis.sentences:
        if 2 <= s.paragraph <= 4 and _TURN.match(s.span.text.strip()):
            return s.index
        if s.paragraph > 4:
            break
    return None


def generate(ctx: Context) -> list[Item]:
    """One MC item: the main-idea sentence vs detail sentences from later paragraphs."""
    if not ctx.allows("multiple_choice") or not ctx.analysis.main_ideas:
        return []
    # the key comes from the first third of the article (at least its first two paragraphs): a later
    # sentence, however close to the headline, is a detail a judge would not take for the main idea
    lead = max(2, -(-len(ctx.article.paragraphs) // 3))
    found = []  # (headline words shared, -rank, shortened text, sentence)
    lede = _lede(ctx) if ctx.article.paragraphs else None
    ranked = list(ctx.analysis.main_ideas[:4])
    if lede is not None and lede not in ranked:
        ranked.append(lede)  # the lede is a candidate even when the ranker missed it
    turn = _turn_index(ctx)
    if turn is None and _HEADLINE_TURN.search(ctx.article.title):
        return []  # the headline argues against something: the opening may be the premise, not the point
    for rank, s in enumerate(ranked):
        text = s.span.text
        if s.paragraph > lead:
            continue
        if turn is not None and s.index <= turn:
            continue  # the opening before the turn is the premise the article argues against
        if _unfit_option(text):
            continue
        if text.lower().startswith("according to") or in_quotation(ctx.article, s.span.start):
            continue
        if _reported(ctx, s) and not (s is lede and _finding_lede(text)):
            continue  # a quotation (its marks would be stripped) or "X said …": someone's words, not the point
        if _DEPENDENT.match(text) or _NOT_PROSE.search(text) or cut_sentence(ctx.analysis, s):
            continue
        short = whole_cut(text, clause_shorten(text, MAX_WORDS))
        if short and headline_overlap(ctx, short) < headline_overlap(ctx, text):
            short = whole_cut(text, clause_shorten(text, 40))  # the cut dropped what the headline names
            if short and headline_overlap(ctx, short) < headline_overlap(ctx, text):
                continue
        if short and len(short.split()) >= 8 and covers_point(ctx, short, s is lede):
            found.append((headline_overlap(ctx, short), -rank, sentence_case(short), s))
    if not found:
        return []
    # the lede, when it states the headline's point, is the key (the ranker may prefer a detail)
    at_lede = [f for f in found if f[3] is lede]
    shared, _, keyed, best = at_lede[0] if at_lede else max(found, key=lambda t: (t[0], t[1]))
    if shared < max(2, -(-3 * len(_stems(ctx.article.title)) // 10)):
        return []  # no sentence states the headline's subject well: the key would be a guess
    if any(headline_overlap(ctx, s.span.text) > shared for s in ctx.analysis.sentences if s.paragraph <= lead):
        return []  # another opening sentence states the headline better: the key is doubtful
    sup = support_span(ctx.article, best.span)
    if sup is None:
        return []
    top = {s.index for s in ctx.analysis.main_ideas}
    n_par = len(ctx.article.paragraphs)
    pool = []
    for s in ctx.analysis.sentences:
        text = s.span.text.strip()
        if s.index in top or s.paragraph <= max(1, n_par // 3) or len(text.split()) < 8:
            continue
        if text[:1] in "\"“'‘" or in_quotation(ctx.article, s.span.start) or "\"" in text or "“" in text:
            continue
        if _unfit_option(text) or _NOT_PROSE.search(text) or text.endswith("?") or cut_sentence(ctx.analysis, s):
            continue
        if overlap(text, best.span.text) >= 0.3 or headline_overlap(ctx, text) >= 2:
            continue  # a second statement of the main idea would be defensible too
        short = whole_cut(text, clause_shorten(text, MAX_WORDS))
        if short and len(short.split()) >= 8:
            pool.append(sentence_case(short))
    pool = sorted(set(pool))
    ctx.rng.shuffle(pool)
    # sentences with no number first: a number in an option is often another item's answer
    # ("killing all seven astronauts" beside "killing all ______ astronauts"), and the lesson leaves
    # out one of two such items
    pool.sort(key=lambda t: bool(_NUMBER.search(t)))
    distractors = length_matched(keyed, pool, 3, ratio=1.6)
    if len(distractors) < 3:
        return []
    # every option ends the same way: no final period (a shortened sentence has none)
    keyed = keyed.rstrip(".")
    distractors = [d.rstrip(".") for d in distractors]
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    explanation = (f"{cite(sup, 30)} — this states what the whole article is about; the other sentences are "
                   "true details from later paragraphs.")
    stem = "Which sentence best states the main idea of the article?"
    return [make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup])]
