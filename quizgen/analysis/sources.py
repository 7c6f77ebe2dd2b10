"""Source resolution: who a source is (canonical name) and what kind of source it is.

An entity registry per article maps surnames, given names and titles to the full name first
met ("Hua" -> "Hua Chunying", "the Home Secretary" -> "Suella Braverman"), pronouns to the most
recent compatible source, and capitals to their governments ("Beijing" -> Chinese government).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

CAPITALS = {
    "beijing": "Chinese government", "washington": "U.S. government", "moscow": "Russian government",
    "london": "British government", "kyiv": "Ukrainian government", "kiev": "Ukrainian government",
    "tehran": "Iranian government", "pyongyang": "North Korean government",
    "seoul": "South Korean government", "tokyo": "Japanese government", "new delhi": "Indian government",
    "paris": "French government", "berlin": "German government", "brussels": "European Union",
    "canberra": "Australian government", "ottawa": "Canadian government", "jerusalem": "Israeli government",
    "ankara": "Turkish government", "riyadh": "Saudi government", "islamabad": "Pakistani government",
    "kabul": "Afghan government", "damascus": "Syrian government", "taipei": "Taiwanese government",
    "hanoi": "Vietnamese government", "caracas": "Venezuelan government", "havana": "Cuban government",
    "cairo": "Egyptian government", "baghdad": "Iraqi government", "rome": "Italian government",
    "madrid": "Spanish government", "manila": "Philippine government", "jakarta": "Indonesian government",
    "nairobi": "Kenyan government", "pretoria": "South African government", "brasilia": "Brazilian government",
    "mexico city": "Mexican government", "bangkok": "Thai government", "minsk": "Belarusian government",
    "warsaw": "Polish government", "budapest": "Hungarian government", "whitehall": "British government",
    "downing street": "British government", "the kremlin": "Russian government", "kremlin": "Russian government",
    "the white house": "U.S. government", "white house": "U.S. government",
}
NEWS_OUTLETS = {
    "reuters", "ap", "associated press", "afp", "agence france-presse", "bbc", "bbc news", "cnn", "fox news",
    "nbc", "nbc news", "abc", "abc news", "cbs", "cbs news", "npr", "the new york times", "new york times",
    "the washington post", "washington post", "the guardian", "guardian", "the times", "the telegraph",
    "sky news", "gb news", "the i", "the independent", "bloomberg", "the wall street journal",
    "wall street journal", "al jazeera", "xinhua", "tass", "the economist", "politico", "axios",
    "the sydney morning herald", "sydney morning herald", "the age", "financial times", "the financial times",
    "dpa", "kyodo", "yonhap", "global times", "the global times", "daily mail", "the daily mail", "the sun",
    "le monde", "der spiegel", "usa today", "los angeles times", "the atlantic", "vox", "wikinews",
    "channel 4 news", "itv news", "the hill", "the observer", "the australian", "abc news australia",
}
OUTLET_NOUNS = {"newspaper", "media", "outlet", "broadcaster", "paper", "press", "tabloid", "magazine",
                "agency", "reporter", "reporters", "journalist", "journalists", "report", "reports", "website"}
DOCUMENT_NOUNS = {"report", "study", "letter", "document", "documents", "figures", "data", "survey",
                  "results", "statement", "research", "analysis", "poll", "paper", "findings", "review",
                  "memo", "email", "records", "filing", "ruling", "judgment", "guidance", "policy", "audit",
                  "assessment", "estimate", "estimates", "statistics", "census", "article", "articles",
                  "book", "website", "notice", "order", "questionnaire", "investigation", "inquiry", "minutes"}
GOVERNMENT_NOUNS = {"government", "ministry", "department", "administration", "office", "cabinet",
                    "parliament", "congress", "senate", "council", "authorities", "authority", "regime",
                    "police", "military", "army", "court", "prosecutors", "prosecution", "crown", "state",
                    "commission", "embassy", "agency", "white", "kremlin", "nasa", "who", "un", "eu",
                    "nato", "pentagon", "treasury", "officials", "official", "spokesperson", "spokesman",
                    "spokeswoman", "minister", "secretary", "ambassador", "president", "governor",
                    "senator", "mayor", "chancellor", "premier"}
GROUP_NOUNS = {"critics", "officials", "experts", "residents", "inmates", "researchers", "scientists",
               "activists", "analysts", "witnesses", "sources", "people", "supporters", "opponents",
               "campaigners", "observers", "diplomats", "doctors", "teachers", "parents", "students",
               "lawmakers", "legislators", "protesters", "protestors", "locals", "villagers", "workers",
               "authors", "organisers", "organizers", "investigators", "economists", "advocates", "groups",
               "detainees", "refugees", "victims", "families", "members", "leaders", "insiders", "aides",
               "others", "many", "some", "most", "several", "commentators", "academics"}
ROLE_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "ambassador", "president",
              "governor", "senator", "mayor", "professor", "doctor", "dr", "chief", "director", "chairman",
              "chairwoman", "chair", "ceo", "administrator", "coach", "prosecutor", "judge", "lawyer",
              "barrister", "campaigner", "researcher", "leader", "official", "premier", "chancellor",
              "commissioner", "general", "captain", "head", "founder", "member", "author", "expert",
              "scientist", "analyst", "attorney", "sheriff", "inspector", "manager", "principal"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
PLURAL_PRONOUNS = {"they", "them", "we"}
_FEMALE_TITLES = {"ms", "mrs", "miss", "madam", "dame", "lady", "sister"}
_MALE_TITLES = {"mr", "sir", "lord", "brother"}
_NOT_GIVEN_NAMES = {
    "The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Professor", "Prof", "Sir", "Dame", "Lord", "Lady", "Senator",
    "President", "Minister", "Secretary", "Governor", "Ambassador", "Judge", "Justice", "General", "Chief",
    "Director", "Council", "Office", "Department", "Ministry", "Party", "Prime", "Home", "Foreign", "State",
    "Labour", "Republican", "Democrat", "Democratic", "Conservative", "Liberal", "Officer", "Captain", "Coach",
    "Administrator", "Spokesperson", "Spokesman", "Spokeswoman", "Commissioner", "Mayor", "Rep", "Sen",
    "According", "Said", "Says", "By", "When", "While", "After", "Before", "But", "And", "If", "In", "On",
}
_TITLE_PREFIX = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|rev|sen|rep|gov)\.?\s+", re.I)


def _clean_name(name: str) -> str:
    name = re.sub(r"['’]s$", "", name.strip())
    return _TITLE_PREFIX.sub("", name).strip(" ,.")


@dataclass
class SourceRegistry:
    """Per-article memory of who has been named, and who spoke last."""

    full_names: dict[str, str] = field(default_factory=dict)  # token (lower) -> full name
    roles: dict[str, str] = field(default_factory=dict)  # role noun (lower) -> full name
    last_group: tuple[str, str] | None = None  # (canonical, kind)
    recent: list[str] = field(default_factory=list)  # people as met, most recent last
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m" / "f", from titles and pronouns

    @property
    def last_person(self) -> str | None:
        return self.recent[-1] if self.recent else None

    def met(self, name: str, written: str = "") -> str:
        """Note that ``name`` (written as ``written``) was just named as a source."""
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)
        first = written.split()[0].lower().rstrip(".") if written.split() else ""
        if first in _FEMALE_TITLES:
            self.gender.setdefault(name, "f")
        elif first in _MALE_TITLES:
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
        if len(parts) >= 2:
            for tok in (parts[0], parts[-1]):
                self.full_names.setdefault(tok.lower(), name)
            return name
        return self.full_names.get(name.lower(), name)

    text: str = ""  # the article body, to find a full name the tagger missed

    def canonical_person(self, name: str) -> str:
        name = _clean_name(name)
        parts = name.split()
        if len(parts) == 1:
            known = self.full_names.get(parts[0].lower()) or self._near_spelling(parts[0].lower())
            if known:
                return known
            # "Solomon" after "... Council Enver Solomon": the capitalised word before the surname
            m = re.search(r"\b([A-Z][a-z]+)\s+" + re.escape(parts[0]) + r"\b", self.text)
            if m and m.group(1) not in _NOT_GIVEN_NAMES:
                full = f"{m.group(1)} {parts[0]}"
                self.full_names[parts[0].lower()] = full
                return full
        return name

    def _near_spelling(self, token: str) -> str | None:
        """A surname misspelt in the article ("Bauchtman" for "Buchtmann") is the same person."""
        if len(token) < 6:
            return None
        best = max(((SequenceMatcher(None, token, k).ratio(), k) for k in self.full_names if len(k) >= 6),
                   default=(0.0, ""))
        return self.full_names[best[1]] if best[0] >= 0.85 else None

    def register_role(self, role_words: list[str], person: str) -> None:
        for w in role_words:
            if w.lower() in ROLE_NOUNS:
                self.roles[w.lower()] = person

    def role(self, word: str) -> str | None:
        return self.roles.get(word.lower())


def capital_government(text: str) -> str | None:
    return CAPITALS.get(text.lower().strip())


def is_outlet_name(text: str) -> bool:
    return text.lower().strip() in NEWS_OUTLETS
