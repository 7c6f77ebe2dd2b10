"""Unsourced judgments: evaluative claims the article itself makes, with their loaded words."""
from __future__ import annotations

from quizgen.analysis.parsed import ParsedParagraph, sents_of, token_words, tokens
from quizgen.model import Attribution, Hedge, Judgment

LOADED = {
    "orwellian", "draconian", "brutal", "horrific", "horrifying", "inhumane", "invasive", "oppressive",
    "disastrous", "catastrophic", "shameful", "outrageous", "appalling", "heroic", "courageous",
    "tremendous", "shocking", "scandalous", "notorious", "infamous", "ruthless", "barbaric", "sinister",
    "alarming", "devastating", "tragic", "reckless", "radical", "extremist", "dangerous", "corrupt",
    "disgraceful", "heinous", "atrocious", "vicious", "egregious", "callous", "cruel", "savage",
    "landmark", "historic", "remarkable", "stunning", "incredible", "extraordinary", "dramatic",
    "crippling", "chaotic", "failed", "failing", "disgrace", "regime", "propaganda", "crackdown",
    "choreographed", "bulldozed", "erase", "repressive", "authoritarian", "totalitarian", "dystopian",
    "terrible", "awful", "excellent", "wonderful", "magnificent", "shoddy", "absurd", "ridiculous",
    "blatant", "flagrant", "deplorable", "abhorrent", "unacceptable", "inexcusable", "baseless",
    "unprecedented", "massive", "sweeping", "draconic", "harsh", "hardline", "controversial",
    "troubling", "dire", "grim", "bleak", "lavish", "meagre", "meager", "so-called", "quackery",
    "pseudoscience", "suppression", "oppression", "restive", "disproportionate", "genocide",
}


def find_judgments(
    parsed: list[ParsedParagraph], attributions: list[Attribution], hedges: list[Hedge]
) -> list[Judgment]:
    """Sentences with loaded words that no attribution or hedge covers."""
    covered = [(s.start, s.end) for a in attributions for s in a.content_spans]
    covered += [(a.source_span.start, a.cue_span.end) for a in attributions
                if a.source_span and a.cue_span and a.cue_span.end > a.source_span.start]
    out = []
    for pp in parsed:
        toks = tokens(pp.doc)  # made once per Doc (iterating a sentence makes new Token objects)
        lowers, lemmas = token_words(pp.doc)
        for sent in sents_of(pp.doc):
            loaded = []
            for k in range(sent.start, sent.end):
                if lowers[k] in LOADED or lemmas[k] in LOADED:
                    tok = toks[k]
                    start = pp.start + tok.idx
                    if any(a <= start < b for a, b in covered):
                        continue
                    if tok.pos_ in ("ADJ", "NOUN", "VERB", "PROPN") and tok.ent_type_ not in ("PERSON", "ORG"):
                        loaded.append(tok.text)
            if loaded:
                span = pp.span(sent.start_char, sent.end_char)
                # a sentence that is itself an attribution's frame is sourced
                if any(a <= span.start and span.end <= b for a, b in covered):
                    continue
                out.append(Judgment(span, pp.number, tuple(dict.fromkeys(loaded))))
    return out
