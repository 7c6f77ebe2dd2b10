"""Stance and intention shapes the other passes leave out, each an unsure claim (listed, never quizzed).

The cue-verb pass reads a verb of judging or stance with a long object ("criticized the mayor's plan to
close the depot") and the broad pass a few verbs whose short object is still a view ("endorsed her"). These
are the rest, by verb class, whatever the length of what the stance is on:

- a finite verb of judging or rejecting with its object ("applauded the ruling", "condemned the bill's
  passage", "rejected the offer"), run on to the reason given ("praised him for speaking out");
- a verb of backing in a relative clause whose subject is the relative word ("groups that have endorsed her",
  "Acme, which opposed the bill"; not "the fees, which Berg bemoaned": the scene, told in passing);
- a verb of proposing or recalling with a gerund or an object ("proposed banning cars", "declined comment");
- a verb of holding someone to be something ("considers Lane untrustworthy");
- a verb of stance with the preposition that brings what it is on ("warned of a battle", "campaigned
  against the treaty", "agreed on a commission").

Every shape keeps the checks of :func:`~quizgen.analysis.attributions.passes.from_cue` on who the subject
is (a name, a pronoun, a body or people; never a thing, never a question, never a denial of a view).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.analysis.attributions.candidate import Candidate, Range
from quizgen.analysis.attributions.syntax import (
    is_cue,
    is_passive,
    subtree_range,
    with_reason,
)
from quizgen.analysis.parsed import children

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quizgen.analysis.attributions.resolve import Resolver
    from quizgen.analysis.quotes import Quote

# verbs of judging, backing or rejecting: their object, however short, is what the stance is on
JUDGING_OBJECT = frozenset({
    "applaud", "condemn", "welcome", "hail", "praise", "criticize", "criticise", "blast", "slam", "denounce",
    "decry", "lambaste", "assail", "deride", "mock", "ridicule", "insult", "savage", "berate", "rebuke", "scold",
    "reject", "dismiss", "refute", "dispute", "tout", "accuse", "blame", "thank", "congratulate", "commend",
    "salute", "laud",
    "admire", "like", "love", "hate", "dislike", "distrust", "trust", "fear", "question", "challenge", "compare",
    "liken", "regret", "bemoan", "lament", "trumpet", "bash", "knock", "chide", "excoriate", "castigate",
    "disparage", "belittle", "denigrate", "vilify", "demonize", "demonise", "chastise", "reprimand", "admonish",
    "upbraid",
})
# verbs of backing whose short object is a stance only in a relative clause ("groups that have endorsed her", "a
# firm, which opposed the bill"), which the broad pass leaves out; elsewhere it reads them with its own checks
# ("the parents support their children" is no stance)
RELATIVE_STANCE = frozenset({"support", "oppose", "endorse", "favor", "favour", "champion"})
# verbs of proposing, recalling and repeating: a gerund after them, or their object
PROPOSING = frozenset({"propose", "suggest", "recommend", "advocate", "recall", "repeat", "reiterate", "renew",
                       "cite", "mention", "demand", "request", "urge", "predict", "promise", "pledge", "vow",
                       "offer", "decline", "remember"})
HOLDING = frozenset({"consider", "deem", "regard", "find", "call", "label", "brand", "dub"})
PREP_STANCE = frozenset({("warn", "of"), ("warn", "against"), ("agree", "on"), ("campaign", "against"),
                         ("campaign", "for"), ("argue", "against"), ("argue", "for"), ("speak", "against"),
                         ("rail", "against"), ("lash", "out"), ("comment", "on"),
                         ("weigh", "in"), ("complain", "of"), ("rally", "behind"), ("rally", "around"),
                         ("stand", "with"), ("stand", "by"), ("side", "against"),
                         ("talk", "of"), ("boast", "of"), ("insist", "upon"), ("call", "on"),
                         ("push", "back"), ("fire", "back"), ("hit", "back"), ("apologize", "to"),
                         ("balk", "at"), ("gush", "about"), ("gush", "over"), ("scoff", "at"), ("bristle", "at"),
                         ("expand", "on"), ("spar", "over"), ("sound", "off")})
_NO_OBJECT = frozenset({"it", "this", "that", "something", "anything", "nothing", "everything", "one", "them",
                        "these", "those", "what", "which", "who", "whom"})
_OBJECT_PREPS = ("as", "for", "to", "of")
_PARTICLE_PREPS = ("against", "for", "about", "on", "at", "behind", "with")  # "lashed out at", "stood up for"


def stance_content(cue: Token) -> tuple[list[Range], Token | None]:
    """The content of a verb in the stance shapes above, or ([], None)."""
    if is_passive(cue) or (cue.dep_ in ("acl", "amod") and cue.tag_ in ("VBG", "VBN")):
        return [], None  # "groups supporting her gathered ...": the participle names the groups, no stance
    lemma = cue.lemma_.lower()
    kids = list(children(cue))
    dobj = [c for c in kids if c.dep_ == "dobj" and c.i > cue.i]
    if _judged_object(cue, lemma, kids, dobj):
        d = dobj[0]  # "applauded the ruling", "praised him for speaking out", "likened the levy to a toll"
        a, b = with_reason(cue, d)
        preps = [c for c in kids if c.dep_ == "prep" and c.i > d.i and c.lower_ in _OBJECT_PREPS]
        if preps:
            b = max(b, subtree_range(preps[0])[1])
        return [(a, b)], d
    if lemma in PROPOSING:
        found = _proposed(cue, kids, dobj)
        if found is not None:
            return [subtree_range(found)], found
    if lemma in HOLDING:
        comp = [c for c in kids if c.dep_ in ("ccomp", "oprd") and c.i > cue.i]
        if comp and comp[0].pos_ in ("ADJ", "NOUN", "AUX", "VERB") and dobj and dobj[0].i < comp[0].i:
            return [(subtree_range(dobj[0])[0], subtree_range(comp[0])[1])], comp[0]  # "considers Moss unfit"
        if comp and comp[0].dep_ == "ccomp" and comp[0].pos_ == "ADJ":
            return [subtree_range(comp[0])], comp[0]
    obj = _prep_object(cue, lemma, kids)
    if obj is not None:
        return [subtree_range(obj)], obj
    return [], None


def _judged_object(cue: Token, lemma: str, kids: list[Token], dobj: list[Token]) -> bool:
    """Is the verb's object what a judgment or a stance is on? A finite verb of judging in a clause of its own
    ("After Hale criticized the mayor, Berg shot back": the scene, told in passing; "used her column to praise
    the candidate": a purpose), or a verb of backing in a relative clause; never an "it"."""
    if not dobj or dobj[0].lower_ in _NO_OBJECT:
        return False
    if lemma in RELATIVE_STANCE:
        return cue.dep_ == "relcl"
    if lemma not in JUDGING_OBJECT or any(c.dep_ == "mark" for c in kids):
        return False
    finite = cue.tag_ != "VBG" or any(c.dep_ == "aux" for c in kids)
    # ("Bemoaning the "phony system," Trump accused Holt of ...": an opening participle before its subject's own
    # saying is that speaker's judgment too)
    opening = cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.i < cue.head.i and is_cue(cue.head) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
    return (finite or opening) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)


def _proposed(cue: Token, kids: list[Token], dobj: list[Token]) -> Token | None:
    """What a verb of proposing or recalling puts forward: a gerund right after it ("proposed closing the
    pier"), or an object of two words or more ("recalled her opposition"; not from a participle: "...,
    offering an olive branch" is an act as often as a saying)."""
    ger = [c for c in kids if c.dep_ in ("xcomp", "pcomp", "ccomp") and c.left_edge.i == cue.i + 1 and c.tag_ == "VBG"]
    if ger:
        return ger[0]
    if dobj and dobj[0].lower_ not in _NO_OBJECT and len(list(dobj[0].subtree)) >= 2 and cue.tag_ != "VBG":
        return dobj[0]
    return None


_PREP_REACH = 3  # the preposition stands at most this many words after its verb ("campaigned hard against")


def _prep_object(cue: Token, lemma: str, kids: list[Token]) -> Token | None:
    """The object of a verb of stance's preposition ("warned of a long fight", "campaigned against the treaty"),
    or of the preposition after its particle ("lashed out at the board"); not a date ("agreed on Tuesday")."""
    for c in kids:
        if c.i <= cue.i or c.i > cue.i + _PREP_REACH or (lemma, c.lower_) not in PREP_STANCE:
            continue
        if c.dep_ == "prep":
            preps = [c]
        elif c.dep_ in ("prt", "advmod"):
            preps = [p for p in [*c.children, *kids] if p.dep_ == "prep" and p.i > c.i and p.lower_ in _PARTICLE_PREPS]
        else:
            continue
        for p in preps:
            objs = [o for o in p.children if o.dep_ in ("pobj", "pcomp")]
            if objs and objs[0].lower_ not in _NO_OBJECT and objs[0].ent_type_ not in ("DATE", "TIME"):
                return objs[0]
    return None


def stance_claim(cue: Token, text: str, quotes: list[Quote], resolver: Resolver) -> Candidate | None:
    """The unsure claim of a verb in a stance shape (read as the broad shapes are), or None."""
    if cue.pos_ != "VERB" or not stance_content(cue)[0]:
        return None  # (most verbs: before the import below, which costs a microsecond a call)
    from quizgen.analysis.attributions.passes import from_cue

    # the entry changes no one else's source: the speakers met so far stay as they were ("President Obama
    # condemned the test" must not make Obama the "he" of the next quotation, which the sure passes decide)
    reg = resolver.reg
    spoken, recent, group = len(resolver.spoken), list(reg.recent), reg.last_group
    gender, roles = dict(reg.gender), dict(reg.roles)
    try:
        return from_cue(cue, text, quotes, resolver, broad=True, finder=stance_content)
    finally:
        del resolver.spoken[spoken:]
        reg.recent[:] = recent
        reg.last_group = group
        reg.gender.clear()
        reg.gender.update(gender)
        reg.roles.clear()
        reg.roles.update(roles)

