"""Source resolution: who a source is (canonical name) and what kind of source it is.

An entity registry per article maps surnames, given names and titles to the full name first
met ("Hua" -> "Hua Chunying", "the Home Secretary" -> "Suella Braverman"), pronouns to the most
recent compatible source, and capitals to their governments ("Beijing" -> Chinese government).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.lang.en.stop_words import STOP_WORDS

from quizgen.analysis.lexicon import (
    CAPITALS,
    FEMALE_TITLES,
    MALE_TITLES,
    NEWS_OUTLETS,
    NOT_GIVEN_NAMES,
    ROLE_NOUNS,
)
from quizgen.fastre import word_before_matches

_TITLE_PREFIX = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|rev|sen|rep|gov)\.?\s+", re.I)


_CLEAN_NAME_RE = re.compile(r"['’]s$")
# a generation after a surname: "Jr.", "Sr.", "III"
_GENERATION = re.compile(r"(?:Jr|Sr|JR|SR|II|III|IV|V)\.?,?")


def _clean_name(name: str) -> str:
    name = _CLEAN_NAME_RE.sub("", name.strip())
    return _TITLE_PREFIX.sub("", name).strip(" ,.")


# a capitalised word before a surname that is no given name: "As Politico reported", "When Smith spoke"
_FUNCTION_WORDS = frozenset(STOP_WORDS) - {"will", "bill", "sue", "don", "ben", "mark", "grant", "rich"}

# how alike a lone surname and a known one must be to be one person misspelt (difflib ratio): "Labbot"
# for "Labott" (0.83), "Bauchtman" for "Buchtmann" (0.89)
NEAR_SPELLING = 0.83


@dataclass
class SourceRegistry:
    """Per-article memory of who has been named, and who spoke last."""

    full_names: dict[str, str] = field(default_factory=dict)  # token (lower) -> full name
    roles: dict[str, str] = field(default_factory=dict)  # role noun (lower) -> full name
    last_group: tuple[str, str] | None = None  # (canonical, kind)
    recent: list[str] = field(default_factory=list)  # people as met, most recent last
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m" / "f", from titles and pronouns
    surnames: set[str] = field(default_factory=set)  # tokens of full_names registered as a last name

    def met(self, name: str, written: str = "") -> str:
        """Note that ``name`` (written as ``written``) was just named as a source."""
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)
        first = written.split()[0].lower().rstrip(".") if written.split() else ""
        if first in FEMALE_TITLES:
            self.gender.setdefault(name, "f")
        elif first in MALE_TITLES:
            self.gender.setdefault(name, "m")
        return name

    def pronoun(self, word: str) -> str | None:
        """The most recent person "he" or "she" can refer to (not one known as the other)."""
        want = "m" if word.lower() in ("he", "him", "his") else "f" if word.lower() in ("she", "her") else None
        for name in reversed(self.recent):
            if want is None or self.gender.get(name, want) == want:
                if want:
                    self.gender.setdefault(name, want)
                return name
        return None

    def register_person(self, name: str) -> str:
        name = _clean_name(name)
        parts = name.split()
        if len(parts) > 2 and parts[-1] in ("Jr", "Sr"):
            name += "."  # ("Joseph R. Biden Jr." keeps the full stop the cleaning took)
        while len(parts) > 2 and _GENERATION.fullmatch(parts[-1]):
            parts = parts[:-1]  # "Luther Stan Pate IV": the surname is "Pate", so a later "Pate" is he
        if len(parts) >= 2:
            first, last = parts[0].lower(), parts[-1].lower()
            if last in self.full_names and last not in self.surnames:
                # "John" alone is Tom John, not John Hammond met before him: a surname outranks a given
                # name (answers given so far may have read the given name: forgotten)
                self.full_names[last] = name
                self._answers.clear()
            self.full_names.setdefault(last, name)
            self.surnames.add(last)
            self.full_names.setdefault(first, name)
            return name
        return self.full_names.get(name.lower(), name)

    text: str = ""  # the article body, to find a full name the tagger missed
    # answers already given, by (question, len(full_names)): full_names only gains keys, and when a value
    # changes (a surname taking a token from a given name) the answers are cleared, so its length names
    # its state and an answer given at that length stands
    _answers: dict[tuple[str, str, int], str | None] = field(default_factory=dict, repr=False, compare=False)

    def canonical_person(self, name: str) -> str:
        key = ("canonical", name, len(self.full_names))
        if key not in self._answers:
            self._answers[key] = self._canonical_person(name)
        return self._answers[key] or ""

    def _canonical_person(self, name: str) -> str:
        name = _clean_name(name)
        parts = name.split()
        if len(parts) == 1:
            known = self.full_names.get(parts[0].lower()) or self.near_spelling(parts[0].lower())
            if known:
                return known
            # "Solomon" after "... Council Enver Solomon": the capitalised word before the surname
            m = next(word_before_matches(re.compile(r"\b([A-Z][a-z]+)\s+" + re.escape(parts[0]) + r"\b"),
                                         self.text, parts[0]), None)
            if m and m.group(1) not in NOT_GIVEN_NAMES and m.group(1).lower() not in _FUNCTION_WORDS:
                full = f"{m.group(1)} {parts[0]}"
                self.full_names[parts[0].lower()] = full
                return full
        return name

    def near_spelling(self, token: str) -> str | None:
        """A surname misspelt in the article ("Bauchtman" for "Buchtmann") is the same person."""
        key = ("near", token, len(self.full_names))
        if key not in self._answers:
            self._answers[key] = self._near_spelling(token)
        return self._answers[key]

    def _near_spelling(self, token: str) -> str | None:
        if len(token) < 6:
            return None
        best = max(((SequenceMatcher(None, token, k).ratio(), k) for k in self.full_names if len(k) >= 6),
                   default=(0.0, ""))
        return self.full_names[best[1]] if best[0] >= NEAR_SPELLING else None

    def register_role(self, role_words: list[str], person: str) -> None:
        for w in role_words:
            if w.lower() in ROLE_NOUNS:
                self.roles[w.lower()] = person

    def role(self, word: str) -> str | None:
        return self.roles.get(word.lower())


# a company's legal form written after its name ("Global Crossing Ltd.", "Acme Widgets, Inc.", "Lycos Europe N.V.")
_COMPANY = re.compile(r"\b((?:(?:[A-Z][\w&'’-]*|[A-Z]\.)[ \t]+(?:(?:of|and|&|de|du|la)[ \t]+)?){0,4}[A-Z][\w&'’-]*),?"
                      r"[ \t]+(?:Inc|Ltd|Corp|Co|LLC|L\.L\.C|PLC|plc|N\.V|NV|AG|S\.A|SA|GmbH|L\.P|LP|Limited|"
                      r"Corporation|Incorporated)\b\.?")
_NOT_COMPANY_START = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But",
                                "Earlier", "Later", "When", "While", "After", "Before"})


def company_names(text: str) -> dict[str, str]:
    """The companies ``text`` names with their legal form, by their name without it: the name (lower case) and,
    for a name of two or more words, its first word alone ("Lycos" of "Lycos Europe N.V.") -> the name as
    written without the form ("Lycos Europe"). The tagger often reads the short form as a person's name."""
    out: dict[str, str] = {}
    for m in _COMPANY.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _NOT_COMPANY_START:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        out.setdefault(name.lower(), name)
        if len(words) >= 2 and len(words[0]) >= 4 and words[1][:1].isupper():
            out.setdefault(words[0].lower(), name)
    return out


def capital_government(text: str) -> str | None:
    return CAPITALS.get(text.lower().strip())


def is_outlet_name(text: str) -> bool:
    return text.lower().strip() in NEWS_OUTLETS
