"""Attribution: which statement the article gives in a named person's own words, among the writer's own.

"Which of these does the article give in Chris Christie's own words, inside quotation marks?" tells a
speaker's quotation from the reporter's narration, a first step in weighing a source. The key is sure by
the marks alone: the keyed words stand in the article inside quotation marks that the ledger, sure of the
speaker, gives to that person; every wrong option is a whole sentence of the writer's with no quotation
mark, no verb of saying and no source in it, from another paragraph, that does not name the speaker. A
quotation that opens on "he" or "this" gives no "who said" stem (who is he?), but shown here as an option
beside the speaker's name it asks nothing of the pronoun: an article built on one speaker gets an item a
fourth "who said" keyed to the same name could not give.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.generate.attribution import _candidates, personal_name, quotation_sentences, who_said, who_said_stem
from quizgen.generate.base import (
    Context,
    attribution_support,
    cite,
    in_quotation,
    make_item,
    mojibake,
    norm,
    overlap,
    rubric,
    shuffled_options,
    source_label,
    unquote,
)
from quizgen.generate.distractors import length_matched, same_entity, seeded
from quizgen.generate.key_detail import boilerplate, garbled
from quizgen.model import CONFIDENT, Attribution, Item, RubricLevel, Span, Support

SKILL = "attribution"
MAX_ITEMS = 2  # each on a different speaker
MIN_WORDS, MAX_WORDS = 6, 25
# the writer's words that report or weigh someone's: a sentence with one may be a source's account
_SAYING = re.compile(
    r"\b(?:said|says|saying|say|told|tells|telling|wrote|writes|added|adds|according|stated|states|announced|"
    r"argued|argues|claimed|claims|called|calls|asked|asks|insisted|noted|notes|warned|urged|reported|reports|"
    r"tweeted|posted|explained|described|accused|praised|criticized|criticised|blamed|believes|believed|"
    r"thinks|thought|suggested|suggests|recalled|replied|responded|remarked|quoted|spokesman|spokeswoman|"
    r"statement|interview|speech|remarks|comments)\b", re.I)
# an option must read as a statement on its own: no pronoun or conjunction pointing outside it, no question
_OUTSIDE_START = re.compile(r"^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|But|And|Or|So|Yet|Still|"
                            r"Also|Instead|Then|Meanwhile|However|Who|Which|Has|Have|Had|Is|Are|Was|Were)\b")
_PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|(?i:me|my|we|we're|we’re|our|us|you|your|"
                       r"you're|you’re))\b")
# a dateline ("BEIJING - …"), a credit or a print line ("As published in …"), an aside in brackets: no statement
# to set beside a quotation
_NOT_A_STATEMENT = re.compile(r"^[A-Z][A-Z .,'’-]{2,}\s*[-–—]|\b(?:published|edition|correction|contributed|"
                              r"photo|pictured|caption)\b|[()\[\]]", re.I)
_STATEMENT_END = re.compile(r"[.!]$")
# a person's pronoun anywhere, or "it"/"they" as the subject after an opening clause: a wrong option would
# lean on a sentence outside it
_POINTS_OUTSIDE = re.compile(r"\b(?:he|she|him|his|her|hers)\b|^[^,]{0,80},\s+(?:it|they|this|that)\s", re.I)


def _speaker_ok(a: Attribution) -> bool:
    """A named person the ledger is sure said these words, in quotation marks, not relayed."""
    return (a.direct and a.source_kind == "person" and bool(a.source) and " " in a.source.strip()
            and a.relay is None and a.source_confidence >= CONFIDENT and a.kind_confidence >= CONFIDENT
            and bool(a.content_spans) and a.source[:1].isupper())


def _first_sentence(ctx: Context, a: Attribution) -> str | None:
    """The quotation's first sentence as the article prints it inside the marks, of 6 to 25 words, spoken
    in the third person (an "I" or "we" would set it apart from the writer's sentences at a glance)."""
    span = a.content_spans[0]
    sentences = quotation_sentences(unquote(span.text))  # "Mrs." and "U.S." end no sentence
    if not sentences:
        return None
    first = sentences[0].strip(" \"“”'’‘")
    if not MIN_WORDS <= len(first.split()) <= MAX_WORDS or first.endswith("?") or garbled(first):
        return None
    at = ctx.article.text.find(first, span.start)
    if at < 0 or at > span.end or not in_quotation(ctx.article, at):
        return None
    if _PERSONAL.search(first) or re.search(r"[\"“”‘’]|''", first) or first.endswith(",") or mojibake(first) \
            or _NOT_A_STATEMENT.search(first):
        return None
    return first.rstrip(".!")


def _writers_sentences(ctx: Context, a: Attribution, speaker: str, claimed: Sequence[Span]) -> list[str]:
    """Whole sentences of the writer's: no quotation mark, no verb of saying, no claim the ledger lists, not
    the speaker's paragraph nor naming the speaker, nor the closing paragraph, each a statement standing on its
    own (``claimed``: the cue and content spans of every claim the ledger lists)."""
    surname = speaker.split()[-1]
    last = len(ctx.article.paragraphs)  # a closing line about the writer ("Jo Roe is a senior editor at …")
    out = []
    for s in ctx.analysis.sentences:
        t = " ".join(s.span.text.split())
        if s.paragraph in (a.paragraph, last) or not MIN_WORDS <= len(t.split()) <= MAX_WORDS + 5:
            continue
        if not _STATEMENT_END.search(t) or re.search(r"[\"“”‘’]|''", t) or _SAYING.search(t):
            continue
        if _NOT_A_STATEMENT.search(t) or any(in_quotation(ctx.article, at)
                                             for at in (s.span.start, (s.span.start + s.span.end) // 2)):
            continue  # a sentence inside a quotation of several sentences carries no mark of its own
        if _OUTSIDE_START.match(t) or _PERSONAL.search(t) or re.search(rf"\b{re.escape(surname)}\b", t):
            continue
        m = _POINTS_OUTSIDE.search(s.span.text)
        if m is not None and not any(e.label == "PERSON" and s.span.start <= e.span.start < s.span.start + m.start()
                                     for e in ctx.analysis.entities):
            continue  # "The only regret he acknowledged …", "Although …, it is poised …": whom it means lies
            # outside (not "Mr. Ryan is shaping an agenda that he plans …": the sentence names him first)
        if garbled(t) or mojibake(t) or boilerplate(ctx, s) or any(s.span.start < sp.end and sp.start < s.span.end
                                                    for sp in claimed):
            continue
        out.append(t.rstrip(".!"))
    return out


def generate(ctx: Context, asked: Sequence[Support] = ()) -> list[Item]:
    """Up to two items, each on a different speaker, never on a quotation another attribution item asks about
    (``asked``: their supports; the quality gate drops a second item on one claim as a near-duplicate);
    quotations that give no "who said" item first."""
    opened = claims_open(ctx)
    if not ctx.allows("multiple_choice"):
        return [opened] if opened else []
    # the attribution skill's candidates: no speaker with another name between it and its cue, no quotation
    # at a boundary where it may be another speaker's, no mention naming someone else (its safety rules)
    atts = [a for a in _candidates(ctx) if _speaker_ok(a)]
    atts.sort(key=lambda a: (who_said(ctx, a) is not None, a.paragraph))
    items: list[Item] = []
    done: set[str] = set()
    claimed = [sp for b in ctx.analysis.attributions for sp in (b.cue_span, *b.content_spans) if sp is not None]
    for a in atts:
        speaker = source_label(a)
        if norm(speaker) in done:
            continue
        keyed = _first_sentence(ctx, a)
        sup = attribution_support(ctx.article, a)
        if keyed is None or sup is None or any(o.start < sup.end and sup.start < o.end for o in asked):
            continue
        pool = [t for t in seeded(ctx, _writers_sentences(ctx, a, speaker, claimed)) if norm(t) != norm(keyed)]
        # sentences with no figure first: a number gap on the same sentence would be given away by the option
        pool.sort(key=lambda t: bool(re.search(r"\d", t)))
        distractors = length_matched(keyed, pool, 3, ratio=1.6)
        if len(distractors) < 3:
            continue
        stem = f"Which of these does the article give in {speaker}'s own words, inside quotation marks?"
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        explanation = (f"{cite(sup)} — these are {speaker}'s words, in quotation marks; the other statements are "
                       "the writer's own, with no quotation marks.")
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
        done.add(norm(speaker))
        if len(items) == MAX_ITEMS:
            break
    return items + ([opened] if opened else [])


# ---------------------------------------------------------------- who said what, written (a lesson's filler)

OPEN_STEM = ("Name two people whose words the article reports. For each, write one claim the article says that "
             "person made, in your own words or quoted, and the paragraph (¶) where it appears.")
MAX_SHOWN = 4  # the model answer's examples
# words that open no claim: an interjection, an order, a thanks ("Oh well, …", "Look at what you did")
_NO_CLAIM = re.compile(r"(?:oh|well|yes|no|look|thank|thanks|please|let|hey|okay|ok|wow)\b", re.I)


def is_claims_open(it: Item) -> bool:
    """Is ``it`` a written "name two people and a claim of each" (or "two claims of X") item? A lesson takes it
    only when it is still short of its 10 items, after every other item."""
    return it.skill == SKILL and it.kind == "open_response" and (
        it.stem == OPEN_STEM or it.stem.startswith(_ONE_STEM_START) and it.stem.endswith(_ONE_STEM_END))


_ONE_STEM_START = "The article reports several claims made by "
_ONE_STEM_END = (". Write two of them, in your own words or quoted, and give the paragraph (¶) where each "
                 "appears.")


def claims_open(ctx: Context) -> Item | None:
    """Open response: two people the article reports, each with a claim of theirs and its paragraph; in a story
    with one such person, two claims of that person. The model answer lists, as examples, claims whose
    "According to ¶N, who …?" stem passes every test of the who-said item (:func:`who_said_stem`: the ledger
    sure of the speaker and of the claim, the words shown whole or cut cleanly, no second speaker of them): a
    story with few speakers gives few who-said items (too few other people to offer), but still this one."""
    if not ctx.allows("open_response"):
        return None
    people: list[list[tuple[str, str, str, Support]]] = []  # per person: (label, where, body, support)
    for a in sorted(_candidates(ctx), key=lambda a: a.paragraph):
        label = source_label(a)
        if a.source_kind != "person" or not personal_name(label) or a.relay:
            continue
        asked = who_said_stem(ctx, a)
        if asked is None:
            continue
        stem, body, sups, sup = asked
        said = re.sub(r"^[\w'’-]+(?:\s+(?:that|reporters|on|for))?,?\s+", "", body).strip(" \"“”'‘’…")
        if len(said.split()) < 8 or "?" in body or _NO_CLAIM.match(said):
            continue  # "said, 'What has happened basically…'", "'Oh well, I don't wanna say so …'": no claim shown
        where = stem[len("According to "):stem.index(", who ")]
        # "Harry B. Harris Jr" and "Admiral Harris" are one person; two Clintons may be either: one entry
        mine = next((claims for claims in people if any(same_entity(label, c[0]) for c in claims)), None)
        if mine is None:
            people.append([(label, where, body, sup)])
        elif all(c[3].paragraph != sup.paragraph and overlap(c[2], body) < 0.3 for c in mine):
            mine.append((label, where, body, sup))
    if len(people) >= 2:
        shown = [claims[0] for claims in people[:MAX_SHOWN]]
        stem = OPEN_STEM
        lead = "Any two people the article reports, each with a claim it gives to that person and its ¶."
        levels = ("Names two people, each with a claim the article gives to that person, and the right ¶ for each.",
                  "Names two people with their claims but a ¶ missing or wrong, or one person with a claim and its ¶.",
                  # judged blind (E41c): a point for a claim given to the wrong person rewarded the very mistake
                  "Names people the article reports but no claim of theirs (a claim given to someone the article "
                  "does not credit with it earns nothing).")
    elif people and len(people[0]) >= 2 and len({c[0] for c in people[0]}) == 1:
        # one person, named one way throughout (a title here and a full name there would need telling apart)
        shown = people[0][:MAX_SHOWN]
        who = shown[0][0]
        stem = f"{_ONE_STEM_START}{who}{_ONE_STEM_END}"
        lead = f"Any two claims the article gives to {who}, each with its ¶."
        levels = (f"Gives two claims the article gives to {who}, each with the right ¶.",
                  "Gives two claims with a ¶ missing or wrong, or one claim with its ¶.",
                  f"Gives only a topic, no claim (a claim the article does not give to {who} earns nothing).")
    else:
        return None
    examples = "; ".join(f"{who} ({where}) {body.rstrip(' ,;:')}" for who, where, body, _ in shown)
    model = f"{lead} For example: {examples}{'' if examples.endswith(('.', '…')) else '.'}"
    return make_item(
        SKILL, "open_response", stem, [], [model],
        "; ".join(f"{cite(sup)} — {who}" for who, _, _, sup in shown) + ".", [sup for *_, sup in shown],
        difficulty="easy", points=3,
        rubric=rubric(*levels) + (RubricLevel(0, "None", "No answer, no person the article reports, or only claims "
                                                          "credited to the wrong person."),),
    )
