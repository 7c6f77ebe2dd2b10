"""Vocabulary in context: what a harder word of the article means in its sentence.

"In ¶4 the article says: "… expunging community beliefs …". Here, "expunging" most nearly means…"
The key is the word's WordNet sense; no item keys a sense another item keys or offers.
Precision first: a word is asked about only when its sense is certain and the definition does not
give the word away ("the quality of being disloyal"), and only a word a 15-year-old may not know
(:data:`MAX_ZIPF`: not "firearms", not "restroom").

- A noun: its one sense in WordNet, or the one its sentence clearly picks. Its distractors are senses
  of other nouns of the same lexicographer file, so exactly one option is a meaning of the word and
  none is absurd beside it: the article's own words first, then, when it lends fewer than three,
  WordNet's words of one sense in that file and of about the word's rarity (a pool held to stricter
  rules: no kin of the key in WordNet's hierarchy, no gloss sharing a word with the key's, its
  category's or its sentence's).
- A verb or an adjective: only a word of one sense (see :func:`sure_sense`). Their glosses give no
  field that keeps another sense from fitting the sentence (WordNet files nearly all adjectives
  together), so their distractors are glosses that cannot be read into it: verbs taking other
  arguments, adjectives of the senses beside an abstract noun (see :func:`far_distractors`).

Adverbs are not asked (their adjective's meaning: "angrily", "with anger"). Without the WordNet data
(see :mod:`quizgen.wordnet`) no vocabulary items are made.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from quizgen import wordnet
from quizgen.generate.base import STOPWORDS, Context, cite, inner_quotes, make_item, shuffled_options, support_for
from quizgen.generate.distractors import seeded
from quizgen.model import Item, VocabWord

SKILL = "vocabulary_in_context"
_TOKEN = re.compile(r"(?<![\w-])[a-z][a-z-]{4,}")
_MAX_DEF_WORDS = 14
_ATTRIBUTIVE = frozenset("a an the and or very most more so too this that his her their its our your my such".split())
_NOUN_PERSON = 18  # WordNet's lexicographer file noun.person
# the commonest word asked about (Zipf frequency, wordfreq): "firearms" (3.9), "nightclub" (3.65)
# are everyday words for a 15-year-old; "demeanor" (3.2), "amicable" (3.0) are worth asking, and so
# are "shortcomings" (3.45), "overt" (3.31), "prosper" (3.45). Over EVERYDAY_ZIPF a word of two
# everyday words is not asked: "restroom" (3.39), "shortcuts" (3.35) (:func:`_compound`)
MAX_ZIPF = 3.5
EVERYDAY_ZIPF = 3.3


def _stems(text: str) -> set[str]:
    """Crude stems (first five letters) of the content words of ``text``."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS and len(w) > 2}


def _variant_senses(wn: wordnet.WordNet, word: str, pos: str) -> list[wordnet.Sense]:
    """The word's senses, with those of its other spellings ("instil" / "instill")."""
    senses = list(wn.senses(word, pos))
    base = wn.base_form(word, pos) or word
    seen = {s.offset for s in senses}
    for s in list(senses):
        for w in s.words:
            w2 = w.replace(" ", "_").lower()
            if w2 != base and w2[:4] == base[:4] and abs(len(w2) - len(base)) <= 1:
                for s2 in wn.senses(w2, pos):
                    if s2.offset not in seen:
                        seen.add(s2.offset)
                        senses.append(s2)
    return senses


def sense_in_context(wn: wordnet.WordNet, word: str, pos: str, context: str = "") -> wordnet.Sense | None:
    """The sense of ``word`` in its sentence ``context``, when that is certain, or None.

    A word of one sense in WordNet (its other spellings included) and none as another part of
    speech has that sense, unless its word family has several fields: WordNet files "flirtation"
    under amorous play alone, but its verb "flirt" also means to toy with something, and "voters'
    flirtations with outsider candidates" are that. A word of several senses takes the one whose
    gloss, examples, synonyms and hypernyms share clearly more words with the sentence than any
    other's (:data:`SENSE_MARGIN`); without such a margin, no sense (Lesk's overlap alone keyed a
    wrong sense too often: "streamline" as shaping a contour).
    Senses as another part of speech count because the tagger may be wrong ("nappy" tagged as an
    adjective is "(of hair) in small tight curls", not a baby's nappy).
    """
    senses = _variant_senses(wn, word, pos)
    others = [s for p in wordnet.POS_FILES if p != pos for s in wn.senses(word, p)]
    if others or not senses:
        return None
    chosen = senses[0] if len(senses) == 1 else _by_context(wn, word, senses, context)
    if chosen is None or _family_drifts(wn, word, pos, chosen):
        return None
    return chosen


# what a verb's or an adjective's one sense is filed under: every verb field, and adjectives that
# describe (adj.all) or are participles (adj.ppl); not "of or relating to the president" (adj.pert)
_ADJ_FIELDS = frozenset({0, 44})


def sure_sense(wn: wordnet.WordNet, v: VocabWord) -> wordnet.Sense | None:
    """The sense of the vocabulary word ``v`` in its sentence when it is certain, or None.

    A noun: :func:`sense_in_context`. A verb or an adjective: only its one sense, as WordNet has
    it for this part of speech and its other spellings, when neither the word as written nor its
    dictionary form has a sense as another part of speech ("tantalizing clues": the tagger's verb
    "tantalize", "harass with persistent criticism", is WordNet's adjective "tantalizing" there).
    The context cannot choose among a verb's or an adjective's senses: their glosses are short and
    their senses shade into each other. (The word family's fields, which keep a noun's one sense
    from being sure (:func:`_family_drifts`), say nothing here: a verb's nouns are filed both as
    the act and as its result, "disparagement" as an act and as a communication.) Further:

    - a verb whose sense is done to "someone" is not asked: verbs are stretched to things in news
      ("forsake campaign donations" is to give them up, not "leave someone who needs you");
    - a verb of acts on things, or a kind of one, is not asked: news uses it figuratively
      ("exhuming out-of-print biographies" is no "dig up for reburial");
    - an adjective negating a word of several senses ("unpledged": "pledge" has several; WordNet's
      one, "not promised in marriage", is not "unpledged superdelegates") is not asked;
    - a gloss narrowed by an "especially" or "usually" is not asked: the option shows the wider
      part only ("forming an end or termination; especially putting an end to doubt"), or the
      narrower part is the only sense ("divisive": "dissenting (especially dissenting with the
      majority opinion)", which "divisive race-baiting" is not).
    """
    if v.pos == "NOUN":
        return sense_in_context(wn, v.lemma, v.pos, v.sentence.text)
    if v.pos not in ("VERB", "ADJ"):
        return None
    senses = _variant_senses(wn, v.lemma, v.pos)
    if len(senses) != 1:
        return None
    forms = {v.lemma.lower(), v.word.lower()}
    if any(wn.senses(f, p) for f in forms for p in wordnet.POS_FILES if p != v.pos):
        return None
    (s,) = senses
    if v.pos == "ADJ" and s.lexname not in _ADJ_FIELDS:
        return None
    if re.search(r"\b(?:especially|usually)\b", s.definition):
        return None
    if v.pos == "VERB" and re.search(r"\b(?:someone|somebody|a person)\b", s.definition):
        return None
    if v.pos == "ADJ" and _negates_a_wide_word(wn, v.word):
        return None
    if v.pos == "VERB" and _acts_on_things(wn, s):
        return None
    return s


# verb files of acts on bodies, food, things, places and the weather, and of making things (body,
# consumption, contact, creation, motion, weather)
_CONCRETE_VERB_FILES = frozenset({29, 34, 35, 36, 38, 43})


def _acts_on_things(wn: wordnet.WordNet, s: wordnet.Sense) -> bool:
    """Is the verb, or a verb it is a kind of, an act on things ("exhume": "excavate", verb.contact)?
    News uses such verbs figuratively ("exhuming out-of-print biographies"), where WordNet's gloss,
    "dig up for reburial or for medical investigation", is no meaning of the sentence; so with
    making things ("to streamline processing" is no "contour economically or efficiently")."""
    return s.lexname in _CONCRETE_VERB_FILES or any(
        wn.sense("VERB", h).lexname in _CONCRETE_VERB_FILES for h in _ancestry(wn, "VERB", s.offset))


def _negates_a_wide_word(wn: wordnet.WordNet, word: str) -> bool:
    """"unpledged" / "unsanctioned": a negating prefix on a word WordNet gives several senses
    (as any part of speech), of which the negation's one gloss may keep the wrong one."""
    m = re.match(r"^(?:un|in|im|il|ir|non|dis)-?([a-z]{4,})$", word.lower())
    if m is None:
        return False
    stem = m.group(1)
    return sum(len(wn.senses(stem, p)) for p in wordnet.POS_FILES) > 1


SENSE_MARGIN = 2  # the chosen sense shares at least this many more words with the sentence than the next


def _by_context(wn: wordnet.WordNet, word: str, senses: list[wordnet.Sense], context: str) -> wordnet.Sense | None:
    """The sense whose signature (gloss, examples, synonyms, hypernyms' words and glosses) shares
    at least two words with the sentence and :data:`SENSE_MARGIN` more than any other's; None when
    the sentence does not decide."""
    words = _stems(context) - {word.lower()[:5]}
    if not words:
        return None
    scored = sorted(((len(_signature(wn, s) & words), n) for n, s in enumerate(senses)), reverse=True)
    (best, n), (second, _) = scored[0], scored[1]
    if best < 2 or best - second < SENSE_MARGIN:
        return None
    return senses[n]


def _signature(wn: wordnet.WordNet, s: wordnet.Sense) -> set[str]:
    text = " ".join((s.definition, *s.examples, *s.words))
    for h in s.hypernyms:
        hs = wn.sense(s.pos, h)
        text += " " + " ".join((hs.definition, *hs.words))
    return _stems(text)


def _family_drifts(wn: wordnet.WordNet, word: str, pos: str, sense: wordnet.Sense) -> bool:
    """Does a word derived from the same root as ``word`` in this sense (its verb: "flirt" of
    "flirtation") have senses in more than one WordNet field? Then the word may carry a meaning its
    own entry lacks, and its one listed sense is no sure key."""
    base = (wn.base_form(word, pos) or word).replace("_", " ").lower()
    own = [n + 1 for n, w in enumerate(sense.words) if w.lower() == base]
    for src, tpos, offset, tgt in sense.derived:
        if src and src not in own:
            continue
        target = wn.sense(tpos, offset)
        related = target.words if not tgt or tgt > len(target.words) else (target.words[tgt - 1],)
        for w in related:
            if len({x.lexname for x in wn.senses(w.replace(" ", "_"), tpos)}) > 1:
                return True
    return False


def definition(s: wordnet.Sense) -> str:
    """The sense's first definition, as an option ("remove by erasing or crossing out …").

    A leading usage label goes ("(Islam) a Muslim place of worship" -> "a Muslim place of worship").
    """
    text = s.definition.split(";")[0].strip()
    text = re.sub(r"^\([^)]*\)\s*", "", text)
    short = re.sub(r"\s*\([^)]*\)", "", text)  # asides: "work clothing (usually with a bib …)"
    if len(short.split()) >= 2:
        text = short
    return " ".join(text.split())


def usable_sense(s: wordnet.Sense) -> bool:
    """A common-word sense: not a person or place (a capitalised word or a year in the definition)."""
    d = definition(s)
    return bool(d) and not re.search(r"\b[A-Z][a-z]|\d{3,}", d[1:]) and not any(w[:1].isupper() for w in s.words)


_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non|mis|re|de|over|under|anti)(?=[a-z]{4})")


_SUFFIX = re.compile(r"(?:less|ful|ness|ly|ish|able|ible|ment|ous|ive|al|ic|ity|ation|ed|ing|er)$")


def _gives_away(word: str, lemma: str, text: str) -> bool:
    """The definition uses the word itself or its family: "the quality of being disloyal" for
    "disloyalty", "not diluted" for "undiluted", "archaeology" for "archeological", "not having a
    job" for "jobless", "incapable of being retracted or revoked" for "irrevocable"."""
    roots = {r for w in (word.lower(), lemma.lower()) for r in (w, _PREFIX.sub("", w))}
    bases = {b for r in roots if len(b := _SUFFIX.sub("", r)) >= 3 and b != r}
    for w in re.findall(r"[a-z]+", text.lower()):
        if len(w) < 3:
            continue
        if w in bases or any(len(b) >= 5 and w.startswith(b[:-1]) for b in bases):
            return True
        if len(w) < 4:
            continue
        for r in roots:
            if w[:5] == r[:5] or (w[:4] == r[:4] and SequenceMatcher(None, w, r).ratio() >= 0.7):
                return True
    return False


def named(text: str, word: str) -> bool:
    """Does the article also write ``word`` capitalised inside a sentence ("Mr Crane", "Apple
    said"): a name or a brand, whose common-word sense is no meaning to teach or offer?"""
    return word.strip().lower() in _names_mid_sentence(text)


@lru_cache(maxsize=8)
def _names_mid_sentence(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"(?<=[a-z0-9,;:] )([A-Z][a-z]+)\b", text))


def _candidates(ctx: Context, v: VocabWord) -> Iterable[str]:
    """Other words of the article that may lend a sense: the vocabulary list, then any long word."""
    for o in ctx.analysis.vocabulary:
        if o.pos == v.pos and o.lemma != v.lemma and not named(ctx.article.text, o.lemma):
            yield o.lemma.lower()
    yield from _rare_words(ctx.article.text)


@lru_cache(maxsize=8)
def _rare_words(text: str) -> tuple[str, ...]:
    """The article's words, in order, that are not everyday ones ("yesterday", "place": their glosses
    are ones no reader would pick) and not names: worked out once per article, asked once per word."""
    return tuple(w for w in _TOKEN.findall(text) if w not in STOPWORDS and _zipf(w) <= 4.6 and not named(text, w))


def _transparent(word: str) -> bool:
    """A prefix on an everyday word ("un" + "crowded", "un" + "thankful"): nothing to teach."""
    m = re.match(r"^(un|in|im|non|dis|over|under|re)(.{4,})$", word.lower())
    return m is not None and _zipf(m.group(2)) >= 3.5


def _compound(word: str) -> bool:
    """Is the word two everyday words run together ("rest" + "room", "short" + "cuts")?"""
    w = word.lower()
    return any(_zipf(w[:i]) >= 4.0 and _zipf(w[i:]) >= 4.0 for i in range(3, len(w) - 2))


def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency of the analysis
        return 0.0
    return zipf_frequency(word, "en")


def near_sense(keyed: wordnet.Sense, s: wordnet.Sense) -> bool:
    """Is ``s`` so close to the keyed sense that its gloss might fit the word in its sentence too:
    the key's hypernym or hyponym, a sister under one hypernym, or an adjective "similar to" it or
    to the same head ("harmless" offered for "innocuous")?"""
    if s.offset in keyed.hypernyms or keyed.offset in s.hypernyms or set(s.hypernyms) & set(keyed.hypernyms):
        return True
    return s.offset in keyed.similar or keyed.offset in s.similar or bool(set(s.similar) & set(keyed.similar))


_LENGTH_BAND = 1.6  # no distractor gloss more than 1.6 times longer or shorter than the key


def distractor_definitions(ctx: Context, wn: wordnet.WordNet, v: VocabWord, keyed: wordnet.Sense,
                           exclude: frozenset[str] = frozenset()) -> list[str]:
    """Three definitions of other words of the same part of speech and the same WordNet
    lexicographer file as the key (acts with acts, feelings with feelings: "brainchild" is never
    offered "tendons at the back of the knee"), unlike the key and unlike each other; never one of
    ``exclude`` (the senses other items of the lesson key), never a sense next to the key's in
    WordNet (a near-synonym might fit the sentence too), and each within a band of the key's
    length, so that the key is not the one long or short option. When the article lends fewer than
    three, WordNet's own words of the field fill the rest (:func:`_pool_senses`). Senses of other
    fields are never offered: with fewer than three of the key's field the caller makes no item."""
    own_words = {w.lower() for s in _variant_senses(wn, v.lemma, v.pos) for w in s.words}
    own_offsets = {s.offset for s in _variant_senses(wn, v.lemma, v.pos)}
    key_def = definition(keyed)
    key_stems = _stems(key_def)
    context = _stems(v.sentence.text) - {v.word.lower()[:5]}
    kl = max(1, len(key_def))
    in_sentence = _sentence_bases(wn, v.sentence.text)
    same_field: list[str] = []
    seen_lemmas = {v.lemma.lower()}
    for w in _candidates(ctx, v):
        base = wn.base_form(w, v.pos)
        if base is None or base in seen_lemmas or base.replace("_", " ") in own_words:
            continue
        seen_lemmas.add(base)
        senses = wn.senses(base, v.pos)
        if not senses or (len({x.lexname for x in senses}) != 1 and len(senses) > 2):
            continue  # a word of many senses in several fields lends none: the article may use another
            # ("dominance" of a party), and WordNet's first, "superior development of one side of the
            # body", is absurd beside "his calm demeanor"
        s = senses[0]
        if s.lexname != keyed.lexname or s.offset in own_offsets or own_words & {x.lower() for x in s.words}:
            continue
        if not usable_sense(s) or near_sense(keyed, s) or _in_line(wn, keyed, s):
            continue  # a hypernym of the key however far up ("impairment of normal physiological
            # function", a disease, beside "eczema") describes the word in its sentence too
        if _related_words(wn, s.pos, s.offset) & in_sentence:
            continue  # the meaning of a word of the sentence ("burying the misdeeds": "concealing
            # something under the ground") is not the word's, but the sentence leads a reader to it
        d = definition(s)
        if d in exclude or max(len(d), kl) / max(1, min(len(d), kl)) > _LENGTH_BAND:
            continue
        n = len(d.split())
        if not 3 <= n <= _MAX_DEF_WORDS or _gives_away(base, base, d):
            continue  # ("engaged in": a fragment, not a meaning)
        stems = _stems(d)
        if key_stems and stems and len(key_stems & stems) / len(key_stems | stems) > 0.2:
            continue
        if stems & context:
            continue  # a gloss sharing words with the sentence might fit it too
        same_field.append(d)
    out: list[str] = []
    _pick(seeded(ctx, same_field), kl, out)
    if len(out) < 3:
        pool = _pool_senses(ctx, wn, v, keyed, exclude | set(out))
        by_kind = list(out)
        _pick_pool(pool, kl, by_kind, by_kind=True)
        if len(by_kind) == 3 and lengths_balanced(key_def, by_kind):
            return by_kind
        _pick_pool(pool, kl, out, by_kind=False)  # the key's kind gives no three of its length
    return out


def _pick(found: list[str], kl: int, out: list[str]) -> None:
    """Add to ``out``, up to three, the definitions of ``found`` closest to the key's length ``kl``
    (in ``found``'s order within a band), each unlike those already chosen."""
    for d in sorted(found, key=lambda d: round(2 * abs(len(d) - kl) / kl)):
        if len(out) == 3:
            break
        if any(_stems(d) & _stems(o) and len(_stems(d) & _stems(o)) / len(_stems(d) | _stems(o)) > 0.3
               for o in out):
            continue
        out.append(d)


def _pick_pool(found: list[tuple[int, str, wordnet.Sense]], kl: int, out: list[str], by_kind: bool) -> None:
    """Fill ``out`` up to three from the pool's ``(tier, definition, sense)``: those closest to the
    key's length ``kl`` first, the key's own kind (tier 0) before the rest when ``by_kind`` (else
    within one band of length only); none sharing a word with an option already chosen or a
    hypernym with another pool sense ("paralysis of one side of the body" beside "a slight or
    partial paralysis" would be two of a kind)."""
    def order(t: tuple[int, str, wordnet.Sense]) -> tuple[int, int]:
        band = round(2 * abs(len(t[1]) - kl) / kl)
        return (t[0], band) if by_kind else (band, t[0])

    parents: set[int] = set()
    for _, d, s in sorted(found, key=order):
        if len(out) == 3:
            break
        if parents & set(s.hypernyms) or any(_stems(d) & _stems(o) for o in out):
            continue
        out.append(d)
        parents |= set(s.hypernyms)


# A word lends a pool distractor when it is about as rare as the word asked about: from
# POOL_BELOW under its Zipf frequency to POOL_ABOVE over it, never under POOL_MIN_ZIPF (a word
# almost nobody writes has a specialist's gloss: "abasia", "an inability to walk").
POOL_BELOW, POOL_ABOVE, POOL_MIN_ZIPF = 0.6, 0.8, 1.5
_POOL_TRIES = 200  # senses looked at per item, at most (a field's band holds hundreds to thousands)
_POOL_FOUND = 12  # enough passing senses to choose three of about the key's length, unlike each other
_KIN = 3  # a sense sharing a hypernym within this many steps of both the key and itself is its kin
# a hypernym this many steps below WordNet's root or more is a kind ("physical condition", "structure",
# "tissue"), not a top category ("artifact", "condition", "state")
_KIND_DEPTH = 5
# the tops under which kinds are distinct things: another disease, structure or tissue is plainly
# not the word's meaning; abstract kinds shade into each other ("a truce" beside "rapprochement")
_CONCRETE = frozenset({"physical entity", "physical condition"})
# glosses that open as a fragment ("dealing with the geographical distribution of animals",
# "involving the lungs with progressive wasting of the body")
_FRAGMENT = frozenset("dealing relating concerned pertaining involving affecting resembling consisting containing "
                      "of in with by for from to used made having being characterized marked".split())
# a verb's or an adjective's gloss opening so relates it to something else, not a meaning to offer
_FRAGMENT_OTHER = frozenset("relating pertaining concerned dealing used".split())
# words a class of 15-year-olds should not meet as a stray distractor in a news lesson
_UNFIT = re.compile(r"\b(?:sex|sexual\w*|erotic\w*|genital\w*|penis|vagina\w*|anus|anal|rectum|buttocks?|"
                    r"masturbat\w*|orgasm\w*|copulat\w*|coitus|intercourse|prostitut\w*|brothel|rape\w*|incest|"
                    r"sadis\w*|masoch\w*|homosexual\w*|lesbian\w*|gay|porn\w*|obscen\w*|excrement|fec\w*|"
                    r"faec\w*|urin\w*|defecat\w*|menstrua\w*|testic\w*|scrotum|nipples?|breasts?|fetish\w*|"
                    r"lust\w*|adulter\w*|venereal|syphilis|gonorrh\w*|suicid\w*|offensive|slang|vulgar|"
                    r"disparaging|derogatory|ethnic slur|amorous\w*|flirt\w*|seduc\w*|beloved|lovers?|"
                    r"retard\w*|idiot\w*|idiocy|imbecil\w*|moron\w*|cretin\w*|kill\w*|murder\w*|slaughter\w*|"
                    r"massacre\w*|mating|breed\w*|strik\w*|whip\w*|stab\w*|violen\w*|forcibl\w*|fists?|"
                    r"flay\w*|butt|entrails|slaves?|slavery|enslav\w*|pubic|pubis)\b", re.IGNORECASE)


def _pool_senses(ctx: Context, wn: wordnet.WordNet, v: VocabWord, keyed: wordnet.Sense,
                 exclude: Iterable[str]) -> list[tuple[int, str, wordnet.Sense]]:
    """Distractors from WordNet itself, ``(tier, definition, sense)``, for a key whose article
    lends fewer than three: tier 0 for a sense of the key's kind when the key is a thing or an
    illness (another illness for "goiter", not "a fault in a computer program" of the same
    lexicographer file; :data:`_KIND_DEPTH`, :data:`_CONCRETE`), 1 for the rest.

    Each is the one sense of a word (WordNet is sure what it means; the article need not use it)
    in the key's lexicographer file, about as rare as the word asked about (:data:`POOL_BELOW`,
    :data:`POOL_ABOVE`), a leaf of WordNet's hierarchy (a category's gloss, "impairment of normal
    physiological function", fits any disease), taken in the order ``ctx.rng`` shuffles the band
    into. Stricter than the article's own words, since the pool is large: never the key's
    ancestor or descendant, nor its kin (a hypernym within :data:`_KIN` steps of both: "vibe", "a
    distinctive emotional aura", beside "demeanor"), nor a kind right under one of the key's
    ancestors ("accessory wearing apparel" for "beanie"); never a gloss sharing a word with the
    key's gloss, its synonyms, its hypernyms' words or its sentence (for "a serious deficiency",
    "the state of needing something", no "lack of normal skin pigmentation": another lack could
    fit the sentence too), never the meaning of a word of the sentence ("concealing something
    under the ground" beside "burying the misdeeds"), never one naming the word asked about; no
    fragment, no gloss unfit for a school lesson."""
    pool = _field_pool(wn, keyed.pos, keyed.lexname)
    lo = bisect.bisect_left(pool, (max(POOL_MIN_ZIPF, v.zipf - POOL_BELOW),))
    hi = bisect.bisect_right(pool, (v.zipf + POOL_ABOVE, "\uffff"))
    band = [(lemma, off) for _, lemma, off in pool[lo:hi]]
    ctx.rng.shuffle(band)
    own = _variant_senses(wn, v.lemma, v.pos)
    own_words = {w.lower() for s in own for w in s.words}
    own_offsets = {s.offset for s in own}
    key_def = definition(keyed)
    kl = max(1, len(key_def))
    key_up = _ancestry(wn, keyed.pos, keyed.offset)
    words = " ".join(w for off in key_up if key_up[off] <= _KIN for w in wn.sense(keyed.pos, off).words)
    banned = _stems(key_def) | _stems(words + " " + " ".join(keyed.words)) | (
        _stems(v.sentence.text) - {v.word.lower()[:5]})
    in_sentence = _sentence_bases(wn, v.sentence.text)
    excluded = set(exclude)
    kinds = _kinds(wn, keyed.pos, key_up)
    found: list[tuple[int, str, wordnet.Sense]] = []
    for lemma, off in band[:_POOL_TRIES]:
        entry = _pool_entry(wn, keyed.pos, lemma, off)
        if entry is None or off in own_offsets:
            continue
        d, stems, s = entry
        if own_words & {w.lower() for w in s.words} or d in excluded or any(d == f[1] for f in found):
            continue
        if max(len(d), kl) / max(1, min(len(d), kl)) > _LENGTH_BAND or stems & banned:
            continue
        if _gives_away(v.word, v.lemma, d) or near_sense(keyed, s):
            continue
        up = _ancestry(wn, s.pos, off)
        if keyed.offset in up or off in key_up or _related_words(wn, s.pos, off) & in_sentence:
            continue
        if any(c <= 1 or (k <= _KIN and c <= _KIN) for k, c in ((key_up[x], up[x]) for x in up.keys() & key_up.keys())):
            continue
        found.append((0 if kinds & up.keys() else 1, d, s))
        if sum(1 for f in found if f[0] == 0 or not kinds) == _POOL_FOUND:
            break
    return found


# The fields a verb's distractor comes from, never the key's own: any but bodily acts and eating,
# which read as mockery beside a politician's doings ("secrete saliva"); violence is kept out too
# (:data:`_UNFIT`). Each distractor takes other arguments than the key (:func:`_other_valency`).
_VERB_FIELDS = frozenset({30, 31, 32, 33, 35, 36, 37, 38, 39, 40, 41, 42, 43})
# WordNet's verb frames with a direct object ("Somebody ----s something", "… somebody PP") and
# those with none ("Somebody ----s", "Somebody ----s PP"); the others take a clause, an
# infinitive or a gerund
_OBJECT_FRAMES = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})
_NO_OBJECT_FRAMES = frozenset({1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27})


def _valency(s: wordnet.Sense) -> str | None:
    """"object" for a verb WordNet frames only with a direct object, "none" for one framed only
    without one, else None."""
    frames = set(s.frames)
    if frames and frames <= _OBJECT_FRAMES:
        return "object"
    if frames and frames <= _NO_OBJECT_FRAMES:
        return "none"
    return None


_PREPOSITIONS = frozenset("to at on in with as for from about over into onto by of against up out off down back "
                          "through across after around".split())
_NOUN_OPENERS = frozenset("the a an his her their its our your my this that these those them him us me it "
                          "some many all every each no".split())


def verb_valency(wn: wordnet.WordNet, keyed: wordnet.Sense, text: str, end: int) -> str | None:
    """Whether the verb ending at ``end`` of ``text`` is used with a direct object here ("object":
    "berated security guards") or without ("none": "alluding to think tanks", "has materialized",
    "derided as a scam PAC", whose object is the subject), as WordNet's frames allow; None when
    unclear (a verb WordNet frames both ways, with no object after it), or when the sentence gives
    it an object WordNet frames it without ("conflating donations … into support": WordNet's
    "conflate" is framed only without one, and a verb with an object, "convert code into ordinary
    language", would fit there)."""
    m = _NEXT_WORD.match(text, end)
    framed = _valency(keyed)
    if m is None or m.group(1) in _PREPOSITIONS:
        return framed  # no object after it: as framed ("derided as", passive: its object is the subject)
    w = m.group(1)
    if w in _NOUN_OPENERS or wn.senses(w, "NOUN") or wn.senses(w, "ADJ"):
        return None if framed == "none" else "object"
    return None


def _other_valency(valency: str | None, s: wordnet.Sense) -> bool:
    """Does the distractor verb take other arguments than the key (``valency``), so that it cannot
    be read into the key's sentence? A verb of social or mental life with the key's arguments may
    fit it as well as the key ("has berated security guards for not ejecting protesters": "lock up
    or confine, in or as in a jail"; "widely derided as a scam PAC": "accuse formally of a crime");
    one without an object cannot stand for a verb with one ("show submission or fear" for
    "decries super PACs"), nor one with an object for a verb without ("place side by side" for
    "has materialized")."""
    d = _valency(s)
    return valency is not None and d is not None and valency != d


_FAR_TRIES = 400  # pool senses looked at per verb or adjective item, at most


def far_distractors(ctx: Context, wn: wordnet.WordNet, v: VocabWord, keyed: wordnet.Sense,
                    exclude: frozenset[str] = frozenset(), head: str | None = None,
                    valency: str | None = None) -> list[str]:
    """Three distractors for a verb or an adjective key: glosses of WordNet's one-sense words of
    the same part of speech (whose meaning WordNet is sure of), each of another meaning than the
    key's and none that could be read into the key's sentence, so that exactly one option is
    defensible there. A word's glosses share no field with it to go by (WordNet files nearly all
    adjectives together; a verb of another field may still fit: "lock up or confine, in or as in a
    jail" beside "has berated security guards for not ejecting protesters"), so:

    - a verb's distractors are verbs of other fields (:data:`_VERB_FIELDS`), about as rare as the
      word, that take other arguments than the key takes in its sentence (``valency``, from
      :func:`verb_valency`; :func:`_other_valency`): "show submission or fear" for "decries super
      PACs". Without a sure valency, none;
    - an adjective's are adjectives of the senses (:func:`_sensory_pool`: "having surface
      roughness"), offered only when the key stands before an abstract noun (``head``, from
      :func:`head_noun`; :func:`_abstract_noun`: "impassioned speeches"), which no such gloss can
      describe, and none whose WordNet examples speak of the head's kind (:func:`_example_fields`),
      none "similar to", antonym or head of the key, none placed by the key (:func:`_adj_far`).
      Without such a head, none.

    Both: no gloss sharing a word with the key's gloss, its synonyms or the sentence, nor with a
    word next to those in WordNet (:func:`_gloss_kin`: "freed from illness or injury" beside
    "substandard health care"); never the meaning of a word of the sentence, never a word of the
    key's prefix ("reassess" for "reiterate"), none with a rare word in it (:func:`_plain_gloss`),
    none unfit for a school lesson; none sharing a word with another."""
    pos = keyed.pos
    if (pos == "ADJ" and (head is None or not _abstract_noun(wn, head))) or (pos == "VERB" and valency is None):
        return []
    head_fields = _head_fields(wn, head) if head else frozenset()
    if pos == "VERB":
        pools = [_field_pool(wn, pos, f) for f in sorted(_VERB_FIELDS - {keyed.lexname})]
        below, above = POOL_BELOW, POOL_ABOVE
    else:
        pools, below, above = [_sensory_pool(wn)], 9.0, 9.0  # a few dozen: all of them, however rare
    band: list[tuple[str, int]] = []
    for pool in pools:
        lo = bisect.bisect_left(pool, (max(POOL_MIN_ZIPF, v.zipf - below),))
        hi = bisect.bisect_right(pool, (v.zipf + above, "\uffff"))
        band += [(lemma, off) for _, lemma, off in pool[lo:hi]]
    band.sort()
    ctx.rng.shuffle(band)
    own = _variant_senses(wn, v.lemma, v.pos)
    own_words = {w.lower() for x in own for w in x.words}
    key_def = definition(keyed)
    kl = max(1, len(key_def))
    own_stem = {v.word.lower()[:5], v.lemma.lower()[:5]}
    banned = (_stems(key_def) | _stems(" ".join(keyed.words)) | _gloss_kin(wn, key_def)
              | ((_stems(v.sentence.text) | _gloss_kin(wn, v.sentence.text)) - own_stem))
    in_sentence = _sentence_bases(wn, v.sentence.text)
    key_near = _adj_cluster(wn, keyed) if pos == "ADJ" else frozenset()
    key_domain = _adj_domain(wn, keyed.offset) if pos == "ADJ" else {}
    out: list[str] = []
    used_stems: set[str] = set()
    for lemma, off in band[:_FAR_TRIES]:
        if len(out) == 3:
            break
        entry = _pool_entry(wn, pos, lemma, off)
        if entry is None:
            continue
        d, stems, s = entry
        if s.offset == keyed.offset or own_words & {w.lower() for w in s.words} or d in exclude or d in out:
            continue
        if max(len(d), kl) / max(1, min(len(d), kl)) > _LENGTH_BAND or stems & (banned | used_stems):
            continue
        if _gives_away(v.word, v.lemma, d) or near_sense(keyed, s) or _related_words(wn, pos, off) & in_sentence:
            continue
        if pos == "VERB" and not _other_valency(valency, s):
            continue
        if pos == "ADJ" and (_adj_cluster(wn, s) & key_near or not _adj_far(wn, key_domain, s.offset)):
            continue
        if _gloss_kin(wn, d) & (_stems(key_def) | _stems(" ".join(keyed.words))):
            continue
        if _same_prefix(v.lemma, lemma) or not _plain_gloss(d) or re.search(r"[`'\"]", d):
            continue
        if pos == "ADJ" and _example_fields(wn, s.offset) & head_fields:
            continue  # "an acrimonious dispute": said of what "impassioned speeches" are (communication)
        out.append(d)
        used_stems |= stems
    return out


_PREFIXES = ("re", "over", "under", "out", "un", "dis", "mis", "de", "pre", "counter", "inter", "super", "non")


def _same_prefix(key: str, other: str) -> bool:
    """Do the two words open with one prefix ("reiterate" / "reassess": "again" in both)?"""
    return any(key.startswith(p) and other.startswith(p) for p in _PREFIXES)


_GLOSS_MIN_ZIPF = 2.5


def _plain_gloss(gloss: str) -> bool:
    """Is every content word of the gloss one a reader meets ("transport by dematerializing at one
    point": no)? A distractor is read, not studied."""
    return all(_zipf(w) >= _GLOSS_MIN_ZIPF for w in re.findall(r"[a-z]+", gloss.lower()) if w not in STOPWORDS)


# An adjective's distractors are adjectives of the senses ("of a light shade of red", "easily
# squashed", "having no odor"), offered only beside a word said of an abstract noun ("amicable
# rapport", "impassioned speeches"): such a gloss cannot describe that noun, so it is never a second
# defensible reading, while any adjective said of people, acts or institutions may be ("a convention
# that is lacking official approval" for "evenhanded", "a sometimes-cocky exchange" for "testy").
# Each sense is a WordNet noun, named with its hypernym. Not the senses that turn into common
# figures of speech: temperature ("a heated exchange"), sound ("a shrill speech"), place ("a
# peripheral role").
_SENSORY = (("visual property", "property"), ("tactile property", "property"), ("taste property", "property"),
            ("olfactory property", "property"), ("consistency", "property"), ("sensation", "perception"),
            ("illumination", "state"), ("wetness", "condition"), ("luminosity", "physical property"))
# ... none placed also among bodies, living things or health ("swollen with fat", "resembling a
# serpent in form": beside a politician's doings they read as mockery) or the figures of speech
_NOT_SENSORY = frozenset({"bodily property", "physical condition", "living thing", "body part", "person",
                          "complexion", "physical property", "sound property", "spatial property"})
# what a sensory adjective's WordNet examples may not speak of (each noun in its first sense): a
# body or a person ("chapped lips", "a hyperactive child"), nor acts, attributes, thoughts, words,
# feelings, groups, motives, possessions, relations or states, of which it is said figuratively
# ("unpalatable truths", "the dimmed houselights brought a hush of anticipation")
_NOT_SAID_OF = frozenset({4, 7, 8, 9, 10, 12, 14, 16, 18, 21, 24, 26})
# nor a gloss that reaches past the senses ("acceptable to the taste or mind", "dark and gloomy")
_FIGURATIVE = re.compile(r"\b(?:mind|feelings?|gloom\w*|grandeur|pleasant|unpleasant|disagreeable|affected)\b")


@lru_cache(maxsize=4)
def _sensory_adjectives(wn: wordnet.WordNet) -> frozenset[int]:
    """The adjectives of the senses (:data:`_SENSORY`): those the nouns below them name as their
    attributes or derive, with the satellites of each head adjective. Found from the nouns' side,
    a few hundred synsets read once."""
    layer = {s.offset for name, parent in _SENSORY for s in wn.senses(name.replace(" ", "_"), "NOUN")
             if s.words[0] == name and any(parent in wn.sense("NOUN", h).words for h in s.hypernyms)}
    nouns: set[int] = set()
    while layer:
        nouns |= layer
        layer = {h for n in layer for h in wn.sense("NOUN", n).hyponyms} - nouns
    adjectives = set()
    for n in nouns:
        s = wn.sense("NOUN", n)
        adjectives |= set(s.attributes) | {t for _, tpos, t, _ in s.derived if tpos == "ADJ"}
    for a in list(adjectives):
        head = wn.sense("ADJ", a)
        if not head.satellite:
            adjectives |= set(head.similar)
    return frozenset(adjectives)


def _not_sensory(wn: wordnet.WordNet, offset: int) -> bool:
    """Is the adjective placed also where no adjective of the senses is offered (:data:`_NOT_SENSORY`)?"""
    names = {wn.sense("NOUN", n).words[0].lower() for n in _adj_domain(wn, offset)}
    return bool(names & _NOT_SENSORY)


@lru_cache(maxsize=4)
def _sensory_pool(wn: wordnet.WordNet) -> tuple[tuple[float, str, int], ...]:
    """``(zipf, lemma, offset)`` of WordNet's one-sense adjectives of the senses
    (:func:`_sensory_adjectives`) that WordNet shows in use (it has examples: what they are said
    of is known: no body, person or abstract thing, :data:`_NOT_SAID_OF`), placed nowhere else
    (:func:`_not_sensory`), whose gloss has no usage label ("(of bone) resembling stone in
    hardness": said of one kind of thing only) and reaches no further (:data:`_FIGURATIVE`);
    rarest first. Built once, from the nouns' side (:func:`_sensory_adjectives`)."""
    senses = _sensory_adjectives(wn)
    return tuple(p for p in _field_pool(wn, "ADJ", 0)
                 if p[2] in senses and not wn.sense("ADJ", p[2]).definition.startswith("(")
                 and _example_fields(wn, p[2]) and not _example_fields(wn, p[2]) & _NOT_SAID_OF
                 and not _not_sensory(wn, p[2]) and not _FIGURATIVE.search(wn.sense("ADJ", p[2]).definition))


_PHYSICAL_ENTITY = "physical entity"


def _abstract_noun(wn: wordnet.WordNet, noun: str) -> bool:
    """Is the noun, in its first :data:`_HEAD_SENSES` senses, no physical thing ("rapport",
    "speech", "party"; not "bandanna")?"""
    for s in wn.senses(noun, "NOUN")[:_HEAD_SENSES]:
        if any(_PHYSICAL_ENTITY in wn.sense("NOUN", h).words for h in _ancestry(wn, "NOUN", s.offset)):
            return False
    return True


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def head_noun(wn: wordnet.WordNet, text: str, end: int) -> str | None:
    """The noun an adjective ending at ``end`` of ``text`` modifies, when it stands right before
    it ("impassioned speeches"): a word WordNet has as a noun and not as an adjective. None for
    an adjective after its noun ("a convention that is evenhanded"), whose noun is not looked for."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return None
    w = m.group(1)
    if w in STOPWORDS or not wn.senses(w, "NOUN") or wn.senses(w, "ADJ"):
        return None
    return wn.base_form(w, "NOUN")


_HEAD_SENSES = 3  # a noun's senses looked at: the commonest, where its use in news lies


def _head_fields(wn: wordnet.WordNet, noun: str) -> frozenset[int]:
    """The lexicographer files of the noun's first :data:`_HEAD_SENSES` senses."""
    return frozenset(s.lexname for s in wn.senses(noun, "NOUN")[:_HEAD_SENSES])


@lru_cache(maxsize=16_384)
def _example_fields(wn: wordnet.WordNet, offset: int) -> frozenset[int]:
    """The lexicographer files of the nouns in an adjective's WordNet examples ("an acrimonious
    dispute": communication), each noun in its first sense: the kinds of thing it is said of."""
    s = wn.sense("ADJ", offset)
    own = {w.lower() for x in s.words for w in x.split()}
    out = set()
    for ex in s.examples:
        for w in re.findall(r"[a-z]{3,}", ex.lower()):
            if w in STOPWORDS or w in own:
                continue
            senses = wn.senses(w, "NOUN")
            if senses:
                out.add(senses[0].lexname)
    return frozenset(out)


def _adj_cluster(wn: wordnet.WordNet, s: wordnet.Sense) -> frozenset[int]:
    """The adjective's head synsets and their antonyms: the meanings it is one of or opposite to."""
    heads = set(s.similar) if s.satellite else {s.offset}
    out = set(heads) | set(s.antonyms)
    for h in heads:
        out |= set(wn.sense("ADJ", h).antonyms)
    return frozenset(out)


@lru_cache(maxsize=8192)
def _adj_domain(wn: wordnet.WordNet, offset: int) -> dict[int, int]:
    """Where an adjective sits among WordNet's nouns: its attributes ("size" of "large") and the
    nouns derived from it ("amicability"), its head's too for a satellite, with every hypernym of
    those and the fewest steps to it (the nouns themselves at 0)."""
    s = wn.sense("ADJ", offset)
    senses = [s] + ([wn.sense("ADJ", h) for h in s.similar] if s.satellite else [])
    nouns = {a for x in senses for a in x.attributes}
    nouns |= {t for x in senses for _, tpos, t, _ in x.derived if tpos == "NOUN"}
    out: dict[int, int] = {}
    for n in nouns:
        out[n] = 0
        for h, k in _ancestry(wn, "NOUN", n).items():
            out[h] = min(out.get(h, k), k)
    return out


def _adj_far(wn: wordnet.WordNet, key_domain: dict[int, int], offset: int) -> bool:
    """Is the adjective placed in WordNet's nouns, and far from the key's place: no noun within
    :data:`_ADJ_KIN` steps of both ("friendliness" and "sociability" share "trait" nearby)? A key
    with no place takes only placed distractors."""
    domain = _adj_domain(wn, offset)
    if not domain:
        return False
    return not any(key_domain[n] <= _ADJ_KIN and domain[n] <= _ADJ_KIN for n in domain.keys() & key_domain.keys())


# adjectives whose places share a noun this near to both are too alike: "bluish" and "greenish"
# (chromatic color); a sense is far from a feeling or a size (they meet at "property", two steps up)
_ADJ_KIN = 1


@lru_cache(maxsize=4096)
def _gloss_kin(wn: wordnet.WordNet, text: str) -> frozenset[str]:
    """Stems of the words next to the text's content words in WordNet, each in its first sense as
    a noun, a verb or an adjective: its synonyms, antonyms and derived words ("feeling" of
    "emotion", "cordial" of "friendly", "illness" of "health"). A gloss using one says nearly what
    the other says, or is drawn to the sentence's topic ("freed from illness or injury" beside
    "substandard health care")."""
    out: set[str] = set()
    for w in set(re.findall(r"[a-z]{3,}", text.lower())):
        if w in STOPWORDS:
            continue
        for p in ("NOUN", "VERB", "ADJ"):
            senses = wn.senses(w, p)
            if senses:
                out |= _near_words(wn, p, senses[0].offset)
    return frozenset(out)


@lru_cache(maxsize=16_384)
def _near_words(wn: wordnet.WordNet, pos: str, offset: int) -> frozenset[str]:
    s = wn.sense(pos, offset)
    words = list(s.words)
    for a in s.antonyms:
        words += wn.sense(pos, a).words
    for _, tpos, target, _ in s.derived:
        words += wn.sense(tpos, target).words
    return frozenset(_stems(" ".join(words)))


@lru_cache(maxsize=50_000)
def _pool_entry(wn: wordnet.WordNet, pos: str, lemma: str, offset: int
                ) -> tuple[str, frozenset[str], wordnet.Sense] | None:
    """What the pool needs of one word's sense whatever the key, worked out once: its definition,
    the definition's stems and the sense; None for a sense that is never offered (a category with
    kinds, a name, a fragment, a gloss that is too short or too long, unfit for school or using the
    word itself)."""
    s = wn.sense(pos, offset)
    if s.hyponyms or not usable_sense(s):
        return None
    d = definition(s)
    fragment = _FRAGMENT if pos == "NOUN" else _FRAGMENT_OTHER
    if not 3 <= len(d.split()) <= _MAX_DEF_WORDS or d.split()[0].lower() in fragment or d.endswith(" etc"):
        return None  # ("main force of a blow etc": unfinished)
    if _UNFIT.search(s.definition) or _UNFIT.search(" ".join(s.words)) or _gives_away(lemma, lemma, d):
        return None
    return d, frozenset(_stems(d)), s


def _kinds(wn: wordnet.WordNet, pos: str, up: dict[int, int]) -> set[int]:
    """The hypernyms of ``up`` (a key's ancestry) that are kinds (:data:`_KIND_DEPTH`), when the
    key is a thing or an illness (:data:`_CONCRETE`); else none."""
    if not any(w in _CONCRETE for off in up for w in wn.sense(pos, off).words):
        return set()
    return {off for off in up if max(_ancestry(wn, pos, off).values(), default=0) >= _KIND_DEPTH}


def _family(wn: wordnet.WordNet, sense: wordnet.Sense) -> set[str]:
    """Words derived from the sense's words in WordNet ("denounce" of "denunciation, denouncement")."""
    out = set()
    for _, tpos, offset, tgt in sense.derived:
        target = wn.sense(tpos, offset)
        out |= set(target.words if not tgt or tgt > len(target.words) else (target.words[tgt - 1],))
    return {w.lower() for w in out if " " not in w}


def _family_gives_away(wn: wordnet.WordNet, lemma: str, sense: wordnet.Sense, text: str) -> bool:
    """Does ``text`` use a word derived from the sense that looks like the word asked about
    ("denouncing" of "denounce", for "denunciation"; not "bitter" of "bitterness", for "rancor")?"""
    family = [d for d in _family(wn, sense) if len(d) >= 4 and d[:3] == lemma.lower()[:3]]
    return any(w[:5] == d[:5] or (w[:4] == d[:4] and SequenceMatcher(None, w, d).ratio() >= 0.7)
               for w in re.findall(r"[a-z]{4,}", text.lower()) for d in family)


def _in_line(wn: wordnet.WordNet, a: wordnet.Sense, b: wordnet.Sense) -> bool:
    """Is one sense the other's hypernym, however many steps up?"""
    return a.offset in _ancestry(wn, b.pos, b.offset) or b.offset in _ancestry(wn, a.pos, a.offset)


@lru_cache(maxsize=64)
def _sentence_bases(wn: wordnet.WordNet, text: str) -> frozenset[str]:
    """The dictionary forms, as noun and as verb, of the sentence's content words (once a sentence)."""
    out = set()
    for w in re.findall(r"[a-z]{3,}", text.lower()):
        if w in STOPWORDS:
            continue
        for pos in ("NOUN", "VERB"):
            b = wn.base_form(w, pos)
            if b:
                out.add(b)
    return frozenset(out)


@lru_cache(maxsize=8192)
def _related_words(wn: wordnet.WordNet, pos: str, offset: int) -> frozenset[str]:
    """The sense's words and those of the senses derived from it ("burial": "bury"), lower case."""
    s = wn.sense(pos, offset)
    out = {w.lower().replace(" ", "_") for w in s.words}
    for _, tpos, target, _ in s.derived:
        out |= {w.lower().replace(" ", "_") for w in wn.sense(tpos, target).words}
    return frozenset(out)


@lru_cache(maxsize=4096)
def _ancestry(wn: wordnet.WordNet, pos: str, offset: int) -> dict[int, int]:
    """Every hypernym of a sense, up to the top, with the fewest steps to it."""
    steps: dict[int, int] = {}
    layer = set(wn.sense(pos, offset).hypernyms)
    n = 1
    while layer:
        for h in layer:
            steps[h] = n
        layer = {h for off in layer for h in wn.sense(pos, off).hypernyms} - steps.keys()
        n += 1
    return steps


@lru_cache(maxsize=64)
def _field_pool(wn: wordnet.WordNet, pos: str, lexname: int) -> tuple[tuple[float, str, int], ...]:
    """``(zipf, lemma, offset)`` of the one-sense words of a lexicographer file that are one plain
    word ("goiter", not "thyroid gland" or "x-ray") people write (Zipf over 0), rarest first: worked
    out once per file with wordfreq's word list, the frequencies the analysis gives the article's words."""
    table = _frequencies()
    out = []
    for lemma, off in wn.one_sense_lemmas(pos, lexname):
        if lemma.isalpha():
            z = _zipf_of(lemma, table)
            if z > 0:
                out.append((z, lemma, off))
    return tuple(sorted(out))


def _frequencies() -> dict[str, float] | None:
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a dependency of the analysis
        return None
    return get_frequency_dict("en", "best")  # as zipf_frequency asks for it: the same cached table


def _zipf_of(word: str, table: dict[str, float] | None) -> float:
    """wordfreq's Zipf frequency of a plain lower-case word: from its word list when loaded
    (a dictionary look-up; ``zipf_frequency`` tokenises each word first, 40 µs a word)."""
    if table is None:
        return _zipf(word)
    f = table.get(word, 0.0)
    return round(math.log10(f) + 9, 2) if f > 0 else 0.0


def lengths_balanced(keyed: str, distractors: list[str]) -> bool:
    """Is the key neither clearly the longest option nor clearly the shortest? A dictionary sense
    that is always the longest, most technical option is picked without reading the sentence."""
    longest = max(len(d) for d in distractors)
    shortest = min(len(d) for d in distractors)
    return len(keyed) <= 1.2 * longest and len(keyed) >= 0.75 * shortest


def _around(text: str, start: int, end: int, window: int = 16) -> str:
    """The sentence in double quotes, cut to ``window`` words either side of the word asked about,
    so the word is always in what the student reads."""
    before, word, after = text[:start].split(), text[start:end], text[end:].split()
    left = ("…" if len(before) > window else "") + " ".join(before[-window:])
    right = " ".join(after[:window]) + ("…" if len(after) > window else "")
    sep_l = " " if text[:start][-1:].isspace() else ""
    sep_r = " " if text[end:][:1].isspace() else ""
    return "\"" + inner_quotes((left + sep_l + word + sep_r + right).strip()) + "\""


def generate(ctx: Context) -> list[Item]:
    """One MC item per clear word: the sense in context among senses of other words."""
    wn = wordnet.load()
    if wn is None or not ctx.allows("multiple_choice"):
        return []
    items: list[Item] = []
    seen = set()
    # every sense an item may key: none of them is ever another item's distractor
    keyable = frozenset(definition(k) for v in ctx.analysis.vocabulary if (k := sure_sense(wn, v)) is not None)
    keyed_defs: set[str] = set()
    offered: set[str] = set()
    for v in sorted(ctx.analysis.vocabulary, key=lambda v: (v.zipf, v.span.start)):
        if v.lemma in seen or not v.word[:1].islower() or v.pos not in ("NOUN", "VERB", "ADJ"):
            continue  # adverbs are their adjective's meaning ("angrily": "with anger")
        if v.zipf > MAX_ZIPF or (v.zipf > EVERYDAY_ZIPF and _compound(v.word)):
            continue  # "firearms", "restroom": a word a 15-year-old knows teaches nothing
        if _transparent(v.word):
            continue  # "uncrowded", "unbeaten": the parts give the meaning away
        if named(ctx.article.text, v.word) or named(ctx.article.text, v.lemma):
            continue  # "crane" beside "Mr Crane": a name in this article, not only a word
        s = v.sentence
        if not (s.start <= v.span.start and v.span.end <= s.end):
            continue
        sup = support_for(ctx.article, s.start, s.end)
        if sup is None or len(s.text.split()) < 6 or not s.text.rstrip().rstrip("\"”’' ").endswith((".", "!", "?")):
            continue  # a heading ("Cosplay celebration of craftsmanship") is no sentence to read a word in
        before = ctx.article.text[max(s.start, v.span.start - 12):v.span.start].split()[-1:]
        if v.pos == "VERB" and v.word.lower().endswith(("ing", "ed")) and before and before[0].lower() in _ATTRIBUTIVE:
            continue  # "a glib and horrifying comment": an adjective here, and a verb's sense would not fit
        sense = sure_sense(wn, v)
        if sense is None or not usable_sense(sense):
            continue
        if sense.pos == "NOUN" and sense.lexname == _NOUN_PERSON:
            continue  # words for people are used loosely: a refugee "campaigner" is no politician on a ballot
        keyed = definition(sense)
        if not 2 <= len(keyed.split()) <= _MAX_DEF_WORDS or _gives_away(v.word, v.lemma, keyed):
            continue
        if _family_gives_away(wn, v.lemma, sense, keyed):
            continue  # "a public act of denouncing" for "denunciation": its verb gives it away
        if keyed in keyed_defs:
            continue  # two items keying one definition: the second is no new question
        if v.pos == "NOUN":
            distractors = distractor_definitions(ctx, wn, v, sense, keyable - {keyed})
        else:  # never a gloss an earlier item offered: one lesson's options do not repeat
            head = head_noun(wn, ctx.article.text, v.span.end) if v.pos == "ADJ" else None
            valency = verb_valency(wn, sense, ctx.article.text, v.span.end) if v.pos == "VERB" else None
            distractors = far_distractors(ctx, wn, v, sense, (keyable - {keyed}) | offered, head, valency)
        if len(distractors) < 3 or not lengths_balanced(keyed, distractors):
            continue
        seen.add(v.lemma)
        keyed_defs.add(keyed)
        offered.update(distractors)
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        stem = (f"In ¶{v.paragraph} the article says: {_around(s.text, v.span.start - s.start, v.span.end - s.start)} "
                f"In this sentence, what does \"{v.word}\" most nearly mean?")
        explanation = (f"{cite(sup, 40)} — here \"{v.word}\" means \"{keyed}\" (WordNet 3.0). "
                       "The other options are meanings of other words.")
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
    return items
