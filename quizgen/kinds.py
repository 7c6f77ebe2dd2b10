"""Item kinds: what an item's answer means, in one place.

``KINDS`` maps each kind name (``Item.kind``) to a :class:`Kind` that knows how that kind's
answer is shaped and read: the structural check, the keyed option indexes and texts, the
answer in words, the key as letters, the key as a teacher types it and its reading back
(:meth:`Kind.key_field` / :meth:`Kind.parse_key`), how a student's response scores
(:meth:`Kind.score`, or ``teacher_graded``), and how a student answers (``shape``, which also
picks the web app's answer widget). The quality gate, the exports, the Markdown preview,
the worksheet and the web app all ask this registry instead of branching on the kind name,
so a new kind is one class here plus one entry in ``KINDS``.

What ``Item.answer`` holds, by kind (see :class:`quizgen.model.Item`):

- ``multiple_choice`` / ``true_false``: the keyed option's index (``int``);
- ``multiple_select``: the sorted list of keyed option indexes;
- ``matching``: ``[prompt_index, option_index]`` pairs, one per prompt;
- ``short_answer``: the accepted answers (strings);
- ``open_response``: a list holding one model answer (may be empty), scored with a rubric.

The option-count rule. :meth:`Kind.check` says what makes an item usable at all: every
consumer (the exports, the worksheet, ``quizgen import``) accepts exactly what it accepts.
A multiple-choice item needs at least 2 options, a choose-all item at least 2, a matching item
at least one prompt, each paired once. ``check(item, strict=True)`` adds the item-writing
standard the quality gate holds generated items to (``lint_item`` reports the same to a
teacher as warnings): multiple choice has exactly :data:`MC_OPTIONS` (4) options,
true/false reads "True"/"False", choose-all has at least 3 options and not all keyed,
matching has at least 2 prompts matched to different options, an open response has a rubric.
"""
from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar

from quizgen.model import Item

LETTERS = string.ascii_uppercase
MC_OPTIONS = 4  # the options a multiple-choice item has when it meets the gate's standard

# How a student answers, which is what most consumers really branch on.
ONE = "one"  # pick one option (bubbles)
MANY = "many"  # pick every option that applies (boxes)
PAIRS = "pairs"  # match each prompt to an option
TEXT = "text"  # type a short answer checked against accepted answers
ESSAY = "essay"  # write an answer a teacher scores with a rubric


def letter(index: int) -> str:
    """Option letter for a 0-based index: A, B, …, Z, then AA, AB, … for very long lists."""
    if index < len(LETTERS):
        return LETTERS[index]
    return letter(index // len(LETTERS) - 1) + letter(index % len(LETTERS))


def is_index(value: Any, size: int) -> bool:
    """True for an ``int`` (not a ``bool``) from 0 to ``size - 1``."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < size


def _options(item: Item) -> list[str]:
    return [str(o) for o in (item.options or ())]


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_INDEX = re.compile(r"-?[0-9]+")
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Case-, space- and punctuation-insensitive form of a short answer."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT.sub(" ", text.replace("_", " "))
    return _SPACE.sub(" ", text).strip()


_NUMBER_KEY = re.compile(r"[0-9][0-9 ]*")
_MAGNITUDE = frozenset("hundred hundreds thousand thousands million millions billion billions trillion trillions "
                       "k m bn".split())


# a decimal written without its leading zero (".3" for "0.3": judged blind, E42, a right answer marked wrong)
_LEAD_POINT = re.compile(r"(^|[^\w.,])\.(?=\d)")


# Units a measured answer is written with, each spelling to one token ("2 km", "2km", "2 kilometres" are one
# answer: judged blind, a right "2km" marked wrong). Only a word right after a number is read as a unit, and
# no one-letter spelling that means something else too ("m": metres or million; "t", "l", "s").
_UNIT_SPELLINGS = {
    "km": "km kms kilometre kilometres kilometer kilometers",
    "cm": "cm cms centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters",
    "metre": "metre metres meter meters",
    "kg": "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes",
    "gram": "g gram grams gramme grammes",
    "lb": "lb lbs pound pounds",
    "mile": "mi mile miles",
    "ft": "ft foot feet",
    "inch": "inch inches",
    "percent": "percent percents pct",
    "hour": "hour hours hr hrs",
    "minute": "minute minutes min mins",
    "year": "year years yr yrs",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "dollar": "dollar dollars",
    "euro": "euro euros",
    "tonne": "tonne tonnes ton tons",
    "acre": "acre acres",
    "hectare": "hectare hectares ha",
    "degree": "degree degrees",
    "litre": "litre litres liter liters",
    "gallon": "gallon gallons gal",
}
_UNIT = {spelling: unit for unit, spellings in _UNIT_SPELLINGS.items() for spelling in spellings.split()}
_GLUED = re.compile(r"\b([0-9]+)([a-z]+)\b")  # "2km" (an ordinal's "st", "th" is no unit: left alone)
_MONEY = re.compile(r"([$€£])\s*([0-9][0-9,.]*(?:\s+(?:thousand|million|billion|trillion|bn|m|k)\b)?)")
_MONEY_WORD = {"$": "dollars", "€": "euros", "£": "pounds"}


def _measure_form(text: str) -> str:
    """An answer with its units spelt one way: "$5 million" -> "5 million dollar", "40%" and "40 per cent" ->
    "40 percent", "2km" and "2 kilometres" -> "2 km". Applied to the key and the response alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _MONEY.sub(lambda m: f"{m.group(2)} {_MONEY_WORD[m.group(1)]}", text)
    text = text.replace("%", " percent ").replace("per cent", "percent")
    words = _GLUED.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2) in _UNIT else m.group(0),
                       normalise_text(text)).split()
    for i in range(1, len(words)):
        if words[i] in _UNIT and (words[i - 1].isdigit() or words[i - 1] in _MAGNITUDE):
            words[i] = _UNIT[words[i]]
    return " ".join(words)


def _number_with_unit(given: str, keys: list[str]) -> bool:
    """Is the answer a bare-number key followed by one unit word ("75,000 dollars" for "75,000": the stem asked
    for the number, and the unit is what the sentence counts)? Never a word that changes the size ("75
    thousand" for "75")."""
    head, _, unit = given.rpartition(" ")
    return bool(head) and unit.isalpha() and unit not in _MAGNITUDE and \
        any(_NUMBER_KEY.fullmatch(k) is not None and head == k for k in keys)


def as_int(value: Any) -> int | None:
    """An index as a response holds it: an ``int`` (not a ``bool``) or a string of ASCII digits
    (as a form posts it); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INDEX.fullmatch(value.strip()):
        return int(value.strip())
    return None


class KeyTextError(ValueError):
    """The key as a teacher typed it (see :meth:`Kind.parse_key`) does not fit the item; the
    message says what to type instead."""


def _letter_index(token: str, n: int) -> int:
    t = token.strip().upper()
    if len(t) == 1 and t in LETTERS[:n]:
        return LETTERS.index(t)
    raise KeyTextError(f"“{token.strip()}” is not one of the option letters A–{letter(n - 1)}.")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def _int_set(value: Any) -> set[int] | None:
    if not isinstance(value, (list, tuple)):
        return None
    out = {as_int(v) for v in value}
    return None if None in out else {i for i in out if i is not None}


def _pair_map(value: Any) -> dict[int, int]:
    """Matching response as {prompt: option}; the first pair given for a prompt wins."""
    out: dict[int, int] = {}
    if not isinstance(value, (list, tuple)):
        return out
    for pair in value:
        if isinstance(pair, (list, tuple)) and len(pair) == 2:
            p, o = as_int(pair[0]), as_int(pair[1])
            if p is not None and o is not None and p not in out:
                out[p] = o
    return out


class Kind:
    """One item kind. Subclasses set the class attributes and override what differs.

    Every method takes any item, including a malformed or half-edited one: reading
    methods skip what does not fit instead of raising (run :meth:`check` to know why).
    """

    name: ClassVar[str]
    label: ClassVar[str]  # for people: "Multiple choice"
    shape: ClassVar[str]  # ONE, MANY, PAIRS, TEXT or ESSAY
    hint: ClassVar[str]  # the worksheet's instruction to the student
    minutes: ClassVar[float]  # a typical student's time for one item, for time estimates
    shuffles: ClassVar[bool] = False  # options may be put in another order (worksheet versions)
    teacher_graded: ClassVar[bool] = False  # scored by a teacher with a rubric, not by :meth:`score`
    fixed_options: ClassVar[tuple[str, ...]] = ()  # options every item of the kind has ("True", "False")

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        """Why the item's options and answer do not fit this kind (empty when they do).

        Args:
            item: any item of this kind.
            strict: also apply the item-writing standard the quality gate holds generated
                items to (see the module docstring).

        Returns:
            One sentence per problem, lower case, naming the bad value.
        """
        raise NotImplementedError

    def keyed_indexes(self, item: Item) -> list[int]:
        """Indexes of the keyed options, ascending (empty for kinds without keyed options)."""
        return []

    def keyed_texts(self, item: Item) -> list[str]:
        """The words of the keyed answer that come from the article: the keyed options of a
        choice item, the accepted short answers. Empty for true/false (its options carry no
        content of their own), matching and open response."""
        options = _options(item)
        return [options[i] for i in self.keyed_indexes(item)]

    def answer_text(self, item: Item) -> str:
        """The keyed answer in words: ``B. text``, ``A. x, C. y``, ``prompt → option; …``,
        accepted answers joined by `` | `` (empty when there is none)."""
        options = _options(item)
        return ", ".join(f"{letter(i)}. {options[i]}" for i in self.keyed_indexes(item))

    def key_line(self, item: Item) -> str:
        """The answer as a printed key states it: ``B  text``, ``1 – B; 2 – A``."""
        options = _options(item)
        return "; ".join(f"{letter(i)}  {options[i]}" for i in self.keyed_indexes(item))

    def key_brief(self, item: Item) -> str:
        """The answer in a few characters, for a one-glance grid: ``B``, ``A, C``, ``1B 2A``."""
        return ", ".join(letter(i) for i in self.keyed_indexes(item))

    def key_field(self, item: Item) -> str:
        """The key as a teacher types it in a form: ``B``, ``A, C``, ``1-A, 2-C``, or the
        accepted answers one a line."""
        return ", ".join(letter(i) for i in self.keyed_indexes(item))

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        """Read the key as a teacher types it (the inverse of :meth:`key_field`) into an answer.

        Args:
            text: the key field's text.
            options: the item's options; prompts: its prompts (matching).

        Raises:
            KeyTextError: the text does not fit, with a message the teacher can act on.
        """
        raise NotImplementedError

    def reordered(self, item: Item, order: Sequence[int]) -> Item:
        """The item with its options put in ``order`` (``order[new] = old``) and its answer
        remapped to match; a kind that does not shuffle returns the item as it is."""
        if not self.shuffles:
            return item
        new_of_old = {old: new for new, old in enumerate(order)}
        options = tuple(item.options[old] for old in order)
        return replace(item, options=options, answer=self._remap(item.answer, new_of_old))

    def _remap(self, answer: Any, new_of_old: dict[int, int]) -> Any:
        raise NotImplementedError

    def score(self, item: Item, response: Any, *, mode: str = "partial") -> tuple[float, bool]:
        """Points earned and whether ``response`` is right, for a response that is not None
        (the web app's grader, :func:`webapp.grading.grade`, states the rules and handles a
        missing response and teacher-graded kinds). Never raises: a malformed response scores 0.

        Args:
            item: the item with its key.
            response: the student's answer, shaped like ``item.answer`` (indexes may be strings
                of digits, as a form posts them).
            mode: "partial" or "all_or_nothing" (only choose-all items read it).
        """
        return 0.0, False

    def response_text(self, item: Item, value: Any) -> str:
        """A student's response (as stored: index, indexes, pairs or text) in words."""
        options = _options(item)
        if is_index(value, len(options)):
            return options[value]
        if isinstance(value, list):
            return "; ".join(options[i] for i in value if is_index(i, len(options)))
        return "" if value is None else str(value)


class MultipleChoice(Kind):
    name = "multiple_choice"
    label = "Multiple choice"
    shape = ONE
    hint = "Fill in one bubble."
    minutes = 1.0
    shuffles = True

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        n = len(_options(item))
        out = []
        if strict and n != MC_OPTIONS:
            out.append(f"multiple choice should have {MC_OPTIONS} options, not {n}")
        elif not strict and n < 2:
            out.append(f"multiple choice needs at least 2 options, not {n}")
        if not is_index(item.answer, n):
            out.append(f"the answer {item.answer!r} is not the index of an option")
        return out

    def keyed_indexes(self, item: Item) -> list[int]:
        return [item.answer] if is_index(item.answer, len(_options(item))) else []

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        text = (text or "").strip()
        if not text:
            raise KeyTextError("Give the letter of the right option.")
        return _letter_index(text, len(options))

    def score(self, item: Item, response: Any, *, mode: str = "partial") -> tuple[float, bool]:
        ok = as_int(response) is not None and as_int(response) == as_int(item.answer)
        return (float(item.points) if ok else 0.0), ok

    def _remap(self, answer: Any, new_of_old: dict[int, int]) -> Any:
        return new_of_old[answer]


class TrueFalse(MultipleChoice):
    name = "true_false"
    label = "True / false"
    minutes = 0.75
    shuffles = False  # "True, False" stays in that order
    fixed_options = ("True", "False")

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        word = (text or "").strip().lower()
        if word in ("true", "false"):
            return 0 if word == "true" else 1
        return super().parse_key(text, options, prompts)

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        options = _options(item)
        out = []
        if strict and [o.lower() for o in options] != ["true", "false"]:
            out.append("true/false options must be \"True\" and \"False\"")
        elif not strict and len(options) != 2:
            out.append(f"true/false needs 2 options, not {len(options)}")
        if not is_index(item.answer, 2):
            out.append(f"the answer {item.answer!r} must be 0 (True) or 1 (False)")
        return out

    def keyed_texts(self, item: Item) -> list[str]:
        return []

    def key_value(self, item: Item) -> bool | None:
        """Whether the keyed answer is True, when the options read True and False (any order)."""
        labels = [o.strip().lower() for o in _options(item)]
        if sorted(labels) != ["false", "true"] or not is_index(item.answer, 2):
            return None
        return labels[item.answer] == "true"


class MultipleSelect(Kind):
    name = "multiple_select"
    label = "Choose all that apply"
    shape = MANY
    hint = "Fill in every box that applies."
    minutes = 1.5
    shuffles = True

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        n = len(_options(item))
        answer = item.answer
        low = 3 if strict else 2
        out = []
        if n < low:
            out.append(f"multiple select needs at least {low} options")
        if not isinstance(answer, list) or not answer:
            out.append("multiple select needs a list of correct option indexes")
        elif not all(is_index(a, n) for a in answer) or len(set(map(str, answer))) != len(answer):
            out.append(f"the answer {answer!r} has an index that is not an option, or a repeat")
        elif strict and len(answer) == n:
            out.append("every option is correct")
        return out

    def keyed_indexes(self, item: Item) -> list[int]:
        n = len(_options(item))
        answer = item.answer if isinstance(item.answer, list) else []
        return sorted({a for a in answer if is_index(a, n)})

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        tokens = (text or "").strip().replace(";", ",").split(",")
        picks = sorted({_letter_index(t, len(options)) for t in tokens if t.strip()})
        if not picks:
            raise KeyTextError("Give the letters of the right options, e.g. “A, C”.")
        return picks

    def score(self, item: Item, response: Any, *, mode: str = "partial") -> tuple[float, bool]:
        full = float(item.points)
        key = _int_set(item.answer) or set()
        got = _int_set(response)
        if got is None or not key:
            return 0.0, False
        exact = got == key
        if mode == "all_or_nothing":
            return (full if exact else 0.0), exact
        right, wrong = len(got & key), len(got - key)
        return full * max(0, right - wrong) / len(key), exact

    def _remap(self, answer: Any, new_of_old: dict[int, int]) -> Any:
        return sorted(new_of_old[a] for a in answer)


class Matching(Kind):
    name = "matching"
    label = "Matching"
    shape = PAIRS
    hint = "Write the letter of the matching statement on each line."
    minutes = 2.0
    shuffles = True  # the right-hand column; the prompts keep their order

    def pairs(self, item: Item) -> list[tuple[int, int]]:
        """The well-formed ``(prompt, option)`` pairs of the answer, in prompt order."""
        answer = item.answer if isinstance(item.answer, list) else []
        n, m = len(item.prompts or ()), len(_options(item))
        return sorted((p[0], p[1]) for p in answer
                      if isinstance(p, (list, tuple)) and len(p) == 2 and is_index(p[0], n) and is_index(p[1], m))

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        prompts, n = list(item.prompts or ()), len(_options(item))
        out = []
        if strict and len(prompts) < 2:
            out.append("matching needs at least 2 prompts")
        elif not prompts:
            out.append("matching needs at least 1 prompt")
        if strict and n < len(prompts):
            out.append("matching needs at least as many options as prompts")
        pairs = item.answer if isinstance(item.answer, list) else []
        shaped = all(isinstance(p, (list, tuple)) and len(p) == 2 and all(is_index(x, 10**9) for x in p)
                     for p in pairs)
        if not shaped or not pairs:
            out.append("matching answer must be a list of [prompt, option] index pairs")
            return out
        lefts, rights = [p[0] for p in pairs], [p[1] for p in pairs]
        if strict and (sorted(lefts) != list(range(len(prompts))) or len(set(rights)) != len(rights)):
            out.append("each prompt must be matched exactly once, each option at most once")
        elif not strict and sorted(lefts) != list(range(len(prompts))):
            out.append("each prompt must be matched exactly once")
        if any(r >= n for r in rights):
            out.append("a matching pair [prompt, option] points to an option that does not exist")
        return out

    def _remap(self, answer: Any, new_of_old: dict[int, int]) -> Any:
        return sorted([p, new_of_old[o]] for p, o in answer)

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        pairs = []
        for token in (t for t in (text or "").strip().replace(";", ",").split(",") if t.strip()):
            left, sep, right = token.partition("-")
            if not sep or not left.strip().isdigit():
                raise KeyTextError(f"“{token.strip()}” should look like “1-A” (prompt number, option letter).")
            p = int(left) - 1
            if not 0 <= p < len(prompts):
                raise KeyTextError(f"There is no prompt number {p + 1}.")
            pairs.append([p, _letter_index(right, len(options))])
        if len(pairs) != len(prompts) or len({p for p, _ in pairs}) != len(prompts):
            raise KeyTextError("Match every prompt exactly once, e.g. “1-B, 2-A, 3-C”.")
        return sorted(pairs)

    def score(self, item: Item, response: Any, *, mode: str = "partial") -> tuple[float, bool]:
        key_pairs, got_pairs = _pair_map(item.answer), _pair_map(response)
        if not key_pairs:
            return 0.0, False
        hits = sum(1 for p, o in key_pairs.items() if got_pairs.get(p) == o)
        return float(item.points) * hits / len(key_pairs), hits == len(key_pairs)

    def answer_text(self, item: Item) -> str:
        options, prompts = _options(item), list(item.prompts)
        return "; ".join(f"{prompts[p]} → {options[o]}" for p, o in self._answer_order(item))

    def key_line(self, item: Item) -> str:
        return "; ".join(f"{p + 1} – {letter(o)}" for p, o in self.pairs(item))

    def key_brief(self, item: Item) -> str:
        return " ".join(f"{p + 1}{letter(o)}" for p, o in self.pairs(item))

    def key_field(self, item: Item) -> str:
        return ", ".join(f"{p + 1}-{letter(o)}" for p, o in self._answer_order(item))

    def response_text(self, item: Item, value: Any) -> str:
        options, prompts = _options(item), list(item.prompts)
        if not isinstance(value, list):
            return "" if value is None else str(value)
        return "; ".join(f"{prompts[p[0]]} → {options[p[1]]}" for p in value
                         if isinstance(p, (list, tuple)) and len(p) == 2
                         and is_index(p[0], len(prompts)) and is_index(p[1], len(options)))

    def _answer_order(self, item: Item) -> list[tuple[int, int]]:
        """Well-formed pairs in the order the answer lists them."""
        valid = set(self.pairs(item))
        answer = item.answer if isinstance(item.answer, list) else []
        return [(p[0], p[1]) for p in answer
                if isinstance(p, (list, tuple)) and len(p) == 2 and (p[0], p[1]) in valid]


class ShortAnswer(Kind):
    name = "short_answer"
    label = "Short answer"
    shape = TEXT
    hint = "Write your answer on the line."
    minutes = 1.5

    def accepted(self, item: Item) -> list[str]:
        """The accepted answers as written (blank ones included), or none when malformed."""
        return [str(a) for a in item.answer] if isinstance(item.answer, list) else []

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        if not any(a.strip() for a in self.accepted(item)):
            return ["short answer needs at least one accepted answer"]
        return []

    def keyed_texts(self, item: Item) -> list[str]:
        return self.accepted(item)

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        accepted = _lines(text)
        if not accepted:
            raise KeyTextError("Give at least one accepted answer (one a line).")
        return accepted

    def score(self, item: Item, response: Any, *, mode: str = "partial") -> tuple[float, bool]:
        if not isinstance(response, str):
            return 0.0, False
        accepted = item.answer if isinstance(item.answer, (list, tuple)) else [item.answer]
        given = normalise_text(_LEAD_POINT.sub(r"\g<1>0.", response))
        keys = [normalise_text(_LEAD_POINT.sub(r"\g<1>0.", str(a))) for a in accepted if a is not None]
        ok = bool(given) and (given in keys or _number_with_unit(given, keys))
        if not ok and given and any(ch.isdigit() for ch in response):  # a measure written another way
            measure = _measure_form(_LEAD_POINT.sub(r"\g<1>0.", response))
            ok = any(measure == _measure_form(_LEAD_POINT.sub(r"\g<1>0.", str(a))) for a in accepted if a is not None)
        return (float(item.points) if ok else 0.0), ok

    def answer_text(self, item: Item) -> str:
        return " | ".join(self.accepted(item))

    def key_line(self, item: Item) -> str:
        return " / ".join(self.accepted(item)) or "(any answer the support justifies)"

    def key_brief(self, item: Item) -> str:
        accepted = self.accepted(item)
        return accepted[0] if accepted else "—"

    def key_field(self, item: Item) -> str:
        return "\n".join(self.accepted(item))

    def response_text(self, item: Item, value: Any) -> str:
        if isinstance(value, list):
            return " / ".join(str(v) for v in value)
        return "" if value is None else str(value)


class OpenResponse(ShortAnswer):
    name = "open_response"
    label = "Open response (teacher-graded)"
    shape = ESSAY
    hint = "Write your answer in the box."
    minutes = 6.0
    teacher_graded = True

    def parse_key(self, text: str, options: Sequence[str], prompts: Sequence[str]) -> Any:
        return _lines(text)[:1]  # the model answer, optional

    def score(self, item: Item, response: Any, *, mode: str = "partial") -> tuple[float, bool]:
        return 0.0, False  # never asked: a teacher scores it (see ``teacher_graded``)

    def model_answer(self, item: Item) -> str:
        """The model answer, stripped (empty when there is none)."""
        accepted = self.accepted(item)
        return accepted[0].strip() if accepted else ""

    def check(self, item: Item, *, strict: bool = False) -> list[str]:
        out = []
        if strict and len(item.rubric or ()) < 2:
            out.append("open response needs a rubric (3 levels)")
        if item.answer is not None and not isinstance(item.answer, list):
            out.append("an open response's answer must be a list holding one model answer")
        return out

    def keyed_texts(self, item: Item) -> list[str]:
        return []

    def key_line(self, item: Item) -> str:
        return "Scored with the rubric below."

    def key_brief(self, item: Item) -> str:
        return "rubric"


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (MultipleChoice(), TrueFalse(), MultipleSelect(), Matching(), ShortAnswer(), OpenResponse())
}


def kind_of(item: Item) -> Kind | None:
    """The registry entry for the item's kind, or None for a kind Quizgen does not know."""
    return KINDS.get(item.kind) if isinstance(item.kind, str) else None


def check(item: Item, *, strict: bool = False) -> list[str]:
    """:meth:`Kind.check` for any item; an unknown kind is one problem naming the known ones."""
    kind = kind_of(item)
    if kind is None:
        return [f"unknown kind {item.kind!r} (one of {', '.join(KINDS)})"]
    return kind.check(item, strict=strict)


def keyed_indexes(item: Item) -> list[int]:
    """:meth:`Kind.keyed_indexes` for any item (empty for an unknown kind)."""
    kind = kind_of(item)
    return kind.keyed_indexes(item) if kind else []


def keyed_texts(item: Item) -> list[str]:
    """:meth:`Kind.keyed_texts` for any item (empty for an unknown kind)."""
    kind = kind_of(item)
    return kind.keyed_texts(item) if kind else []


def answer_text(item: Item) -> str:
    """:meth:`Kind.answer_text` for any item (empty for an unknown kind)."""
    kind = kind_of(item)
    return kind.answer_text(item) if kind else ""


def has_shape(item: Item, *shapes: str) -> bool:
    """Whether the item is of a known kind answered in one of ``shapes`` (ONE, MANY, …)."""
    kind = kind_of(item)
    return kind is not None and kind.shape in shapes



def teacher_graded(kind: str) -> bool:
    """Whether items of the kind named ``kind`` are scored by a teacher (False for an unknown kind)."""
    return kind in KINDS and KINDS[kind].teacher_graded


def true_false_key(item: Item) -> bool | None:
    """For a true/false item whose options read True and False, whether the key is True."""
    kind = kind_of(item)
    return kind.key_value(item) if isinstance(kind, TrueFalse) else None
