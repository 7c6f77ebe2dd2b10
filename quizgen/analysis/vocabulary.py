"""Vocabulary candidates (rare for a grade-9 reader, by word frequency) and quantities."""
from __future__ import annotations

from functools import lru_cache

from quizgen.analysis.parsed import ParsedParagraph, ents_of, sent_of, token_pos, token_words, tokens
from quizgen.model import Quantity, VocabWord

# Words rarer than this (Zipf scale: 3 = once per million words) are worth teaching; the floor
# keeps typos and odd spellings out unless the lemma itself is known.
ZIPF_MAX = 4.1
ZIPF_MIN = 1.0
# the rarest words first, as many as a long article has worth asking: the vocabulary items take a word
# of the list only when its sense in the sentence is sure, and most rare words are names, typos or of
# several senses, so a short list left most articles without one (the lesson's "Words to know" box
# shows the rarest eight of it)
MAX_WORDS = 40
_POS = {"NOUN", "VERB", "ADJ", "ADV"}
_ENT_SKIP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
_QUANTITY_KIND = {
    "CARDINAL": "number",
    "QUANTITY": "number",
    "PERCENT": "percent",
    "MONEY": "money",
    "DATE": "date",
    "TIME": "time",
}


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=8192)
def _misspelt(word: str, z: float) -> bool:
    """"recieve": a swap of two neighbouring letters gives a far commoner word."""
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if swapped != word and _zipf(swapped) >= z + 1.5:
            return True
    return False


def find_vocabulary(parsed: list[ParsedParagraph], *, limit: int = MAX_WORDS) -> list[VocabWord]:
    """The rarest teachable words, one per lemma, first occurrence, rarest first."""
    seen: set[str] = set()
    # (Zipf, reading order, paragraph, token index): a word's record is made only if it is among the rarest
    # ``limit`` (most rare words found are not)
    found: list[tuple[float, int, ParsedParagraph, int]] = []
    for pp in parsed:
        lowers, lemmas = token_words(pp.doc)  # each token's lower_ (its text lower-cased) and lemma, lower-cased
        pos = token_pos(pp.doc)
        toks = tokens(pp.doc)
        # lower-casing makes no text shorter: a text whose lower case is shorter than five is too, so its
        # token is never read
        for k in [k for k, low in enumerate(lowers) if len(low) >= 5]:
            low = lowers[k]
            # the string tests first: they are cheaper than the token's text, tag and entity lookups. An ASCII
            # lower-cased text is the text's own length, letters and hyphens (only the Kelvin sign, a letter,
            # lower-cases to ASCII from another character), so it is tested in its place
            word = low if low.isascii() else toks[k].text
            if len(word) < 5 or not word.replace("-", "").isalpha() or word.startswith("-") or word.endswith("-"):
                continue
            lemma = lemmas[k]
            if lemma in seen or low in seen:
                continue
            if pos[k] not in _POS or toks[k].ent_type_ in _ENT_SKIP:
                continue
            z = max(_zipf(low), _zipf(lemma))
            if not (ZIPF_MIN <= z <= ZIPF_MAX) or _misspelt(low, z):
                continue
            seen.update((lemma, low))
            found.append((z, len(found), pp, k))
    # rarest first (Zipf scale), first occurrence breaking ties
    found.sort(key=lambda t: (t[0], t[1]))
    chosen = [_vocab_word(pp, k, z) for z, _, pp, k in found[:limit]]
    return sorted(chosen, key=lambda v: v.span.start)


def _vocab_word(pp: ParsedParagraph, k: int, z: float) -> VocabWord:
    """The record of the word at token ``k`` of the paragraph, of Zipf frequency ``z``."""
    tok = tokens(pp.doc)[k]
    text = tok.text
    sent = sent_of(tok)
    return VocabWord(
        word=text,
        lemma=token_words(pp.doc)[1][k],
        pos=token_pos(pp.doc)[k],
        paragraph=pp.number,
        sentence=pp.span(sent.start_char, sent.end_char),
        span=pp.span(tok.idx, tok.idx + len(text)),
        zipf=round(z, 2),
    )


def find_quantities(parsed: list[ParsedParagraph]) -> list[Quantity]:
    """Numbers, percentages, money, dates and times (including relative ones: "last week")."""
    out = []
    for pp in parsed:
        for ent in ents_of(pp.doc):
            kind = _QUANTITY_KIND.get(ent.label_)
            if kind:
                out.append(Quantity(kind, pp.span(ent.start_char, ent.end_char), pp.number))
    return out
