"""A small reader of the WordNet 3.0 database files (Princeton's ``index.*`` and ``data.*``).

Why WordNet 3.0 from Debian's ``wordnet-base``: it is the standard English lexical database
(senses grouped as synsets, each with a gloss written for learners of the word's meaning, and
senses listed most frequent first), it ships as plain text files under ``/usr/share/wordnet``
installed by the system package manager (``make sysdeps``), its licence allows redistribution,
and nothing is downloaded at run time. The reader is ours: a dictionary of index lines per part
of speech, read once, and a seek into the data file for each synset asked about. ``cntlist.rev`` (in the
same package) gives how often the sense-tagged corpus met each sense (:meth:`WordNet.sense_counts`); the
data lines give each verb's sentence frames (:attr:`Sense.frames`).

When the files are missing, :func:`load` returns ``None`` and callers make no meaning items.
``QUIZGEN_WORDNET_DIR`` names another folder holding the same files.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_DIRS = ("/usr/share/wordnet", "/usr/share/wordnet/dict", "/usr/local/share/wordnet")
# spaCy's coarse tags -> WordNet's file suffixes
POS_FILES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}
_SS_TYPE = {"n": "NOUN", "v": "VERB", "a": "ADJ", "s": "ADJ", "r": "ADV"}
_KEY_POS = {"1": "NOUN", "2": "VERB", "3": "ADJ", "4": "ADV", "5": "ADJ"}  # a sense key's synset type


@dataclass(frozen=True)
class Sense:
    """One synset: its words (underscores as spaces), its definition and its example sentences."""

    offset: int
    pos: str  # NOUN, VERB, ADJ, ADV
    lexname: int  # the lexicographer file number (e.g. 35 = verb.contact)
    words: tuple[str, ...]
    definition: str
    examples: tuple[str, ...]
    hypernyms: tuple[int, ...] = ()
    similar: tuple[int, ...] = ()  # adjectives' "similar to" (&) and "see also" (^) pointers, same part of speech
    # derivationally related forms (+): (source word number, target pos, target offset, target word
    # number); word numbers count from 1, 0 meaning every word of the synset
    derived: tuple[tuple[int, str, int, int], ...] = ()
    frames: tuple[int, ...] = ()  # a verb's sentence frames (1 "Something ----s" … 35), for any of its words
    domains: tuple[int, ...] = ()  # topic domains (;c), noun synsets: "battle" is filed under "military"


class WordNet:
    """Look-ups in one WordNet folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index: dict[str, dict[str, tuple[int, ...]]] = {}
        self._tagged: dict[str, dict[str, int]] = {}  # per part of speech: lemma -> senses tagged in SemCor
        self._exceptions: dict[str, dict[str, str]] = {}
        self._senses: dict[tuple[str, int], Sense] = {}
        self._bases: dict[tuple[str, str], str | None] = {}  # base_form's answers: asked again and again
        self._sense_lists: dict[tuple[str, str], tuple[Sense, ...]] = {}  # senses' answers: asked as often
        self._counts: dict[tuple[str, str], dict[int, int]] | None = None  # (lemma, pos) -> sense number -> count
        self._hyponyms: dict[str, dict[int, tuple[int, ...]]] = {}  # per part of speech: offset -> hyponyms
        self._below: dict[tuple[str, int], int] = {}

    def _load_index(self, pos: str) -> dict[str, tuple[int, ...]]:
        if pos not in self._index:
            table: dict[str, tuple[int, ...]] = {}
            tagged: dict[str, int] = {}
            path = self.folder / f"index.{POS_FILES[pos]}"
            with path.open(encoding="utf-8", errors="replace") as f:
                for line in f:
                    if line.startswith(" "):  # the licence header
                        continue
                    parts = line.split()
                    if len(parts) < 6:
                        continue
                    try:
                        n_ptr = int(parts[3])
                        n_senses = int(parts[2])
                        offsets = tuple(int(x) for x in parts[4 + n_ptr + 2: 4 + n_ptr + 2 + n_senses])
                        n_tagged = int(parts[4 + n_ptr + 1])
                    except (ValueError, IndexError):
                        continue
                    table[parts[0]] = offsets
                    if n_tagged:
                        tagged[parts[0]] = n_tagged
            self._index[pos] = table
            self._tagged[pos] = tagged
        return self._index[pos]

    def _load_exceptions(self, pos: str) -> dict[str, str]:
        if pos not in self._exceptions:
            table: dict[str, str] = {}
            path = self.folder / f"{POS_FILES[pos]}.exc"
            if path.exists():
                with path.open(encoding="utf-8", errors="replace") as f:
                    for line in f:
                        parts = line.split()
                        if len(parts) >= 2:
                            table.setdefault(parts[0], parts[1])
            self._exceptions[pos] = table
        return self._exceptions[pos]

    def base_form(self, word: str, pos: str) -> str | None:
        """The word's dictionary form in WordNet for ``pos`` (exceptions, then regular endings), or None."""
        key = (word, pos)
        try:
            return self._bases[key]
        except KeyError:
            got = self._bases[key] = self._base_form(word, pos)
            return got

    def _base_form(self, word: str, pos: str) -> str | None:
        if pos not in POS_FILES:
            return None
        w = word.lower().replace(" ", "_")
        index = self._load_index(pos)
        if w in index:
            return w
        exc = self._load_exceptions(pos).get(w)
        if exc and exc in index:
            return exc
        for suffix, repl in _ENDINGS.get(pos, ()):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                cand = w[: len(w) - len(suffix)] + repl
                if cand in index:
                    return cand
        return None

    def has_entry(self, lemma: str, pos: str) -> bool:
        """Does WordNet list ``lemma`` itself (its dictionary form, no inflection undone) as a ``pos``?"""
        return pos in POS_FILES and lemma.lower().replace(" ", "_") in self._load_index(pos)

    def tagged_senses(self, lemma: str, pos: str) -> int:
        """How many of the word's senses for ``pos`` the sense-tagged corpus behind WordNet (SemCor) met: 0 for
        a word only a dictionary knows in this part of speech ("dominant" as a noun, "the fifth note of the
        diatonic scale"), more for one in common use ("challenge" as a verb)."""
        base = self.base_form(lemma, pos)
        if base is None:
            return 0
        self._load_index(pos)
        return self._tagged[pos].get(base, 0)

    def sense_counts(self, lemma: str, pos: str) -> tuple[int, ...]:
        """How often the sense-tagged corpus behind WordNet (SemCor) met each of the word's senses for ``pos``,
        in the order of :meth:`senses` ("firewall": 1, 0, 0 — its first sense, "the application of maximum
        thrust", was met once, and that is all). All zeros when ``cntlist.rev`` is not in the folder: then no
        sense is known to be the common one."""
        base = self.base_form(lemma, pos)
        if base is None:
            return ()
        counts = self._load_counts().get((base, pos), {})
        return tuple(counts.get(n, 0) for n in range(1, len(self._load_index(pos)[base]) + 1))

    def _load_counts(self) -> dict[tuple[str, str], dict[int, int]]:
        if self._counts is None:
            table: dict[tuple[str, str], dict[int, int]] = {}
            path = self.folder / "cntlist.rev"
            if path.exists():
                with path.open(encoding="utf-8", errors="replace") as f:
                    for line in f:
                        parts = line.split()
                        if len(parts) != 3 or "%" not in parts[0]:
                            continue
                        lemma, _, key = parts[0].partition("%")
                        pos = _KEY_POS.get(key[:1])
                        if pos is None or not (parts[1].isdigit() and parts[2].isdigit()):
                            continue
                        table.setdefault((lemma, pos), {})[int(parts[1])] = int(parts[2])
            self._counts = table
        return self._counts

    def senses(self, lemma: str, pos: str) -> tuple[Sense, ...]:
        """The word's senses for ``pos``, most frequent first (empty when WordNet lacks it)."""
        key = (lemma, pos)
        got = self._sense_lists.get(key)
        if got is None:
            base = self.base_form(lemma, pos)
            got = () if base is None else tuple(self.sense(pos, off) for off in self._load_index(pos)[base])
            self._sense_lists[key] = got
        return got

    def descendants(self, pos: str, offset: int) -> int:
        """How many synsets stand below the synset in WordNet's hierarchy (hyponyms and instances, all the way
        down): "act" has some 6,900, "feeling" some 450, "attempt" under a hundred. Read once per part of
        speech from the data file (its hypernym pointers), counted per synset asked about."""
        key = (pos, offset)
        if key not in self._below:
            below = self._load_hyponyms(pos)
            seen: set[int] = set()
            frontier = [offset]
            while frontier:
                nxt = [h for x in frontier for h in below.get(x, ()) if h not in seen]
                seen.update(nxt)
                frontier = nxt
            self._below[key] = len(seen)
        return self._below[key]

    def hyponyms(self, pos: str) -> dict[int, tuple[int, ...]]:
        """Each synset's hyponyms and instances (offsets) for ``pos``, read once from the data file."""
        return self._load_hyponyms(pos)

    def _load_hyponyms(self, pos: str) -> dict[int, tuple[int, ...]]:
        if pos not in self._hyponyms:
            table: dict[int, list[int]] = {}
            with (self.folder / f"data.{POS_FILES[pos]}").open(encoding="utf-8", errors="replace") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split("|", 1)[0].split()
                    try:
                        i = 4 + 2 * int(parts[3], 16)
                        n_ptr = int(parts[i])
                        off = int(parts[0])
                    except (ValueError, IndexError):
                        continue
                    for k in range(n_ptr):
                        if parts[i + 1 + 4 * k] in ("@", "@i"):
                            table.setdefault(int(parts[i + 2 + 4 * k]), []).append(off)
            self._hyponyms[pos] = {k: tuple(v) for k, v in table.items()}
        return self._hyponyms[pos]

    def sense(self, pos: str, offset: int) -> Sense:
        key = (pos, offset)
        got = self._senses.get(key)
        if got is None:
            with (self.folder / f"data.{POS_FILES[pos]}").open("rb") as f:
                f.seek(offset)
                line = f.readline().decode("utf-8", errors="replace")
            got = self._senses[key] = _parse(line, offset)
        return got


_ENDINGS = {
    "NOUN": (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")),
    "VERB": (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "ADJ": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "ADV": (),
}


def _parse(line: str, offset: int) -> Sense:
    head, _, gloss = line.partition("|")
    parts = head.split()
    lexname = int(parts[1])
    pos = _SS_TYPE.get(parts[2], "NOUN")
    n_words = int(parts[3], 16)
    words = tuple(parts[4 + 2 * i].replace("_", " ") for i in range(n_words))
    words = tuple(re.sub(r"\([a-z]+\)$", "", w) for w in words)  # adjective markers: "galore(ip)"
    i = 4 + 2 * n_words
    n_ptr = int(parts[i])
    hypernyms = []
    similar = []
    derived = []
    domains = []
    for k in range(n_ptr):
        symbol, target, target_pos = parts[i + 1 + 4 * k], parts[i + 2 + 4 * k], parts[i + 3 + 4 * k]
        if symbol in ("@", "@i"):
            hypernyms.append(int(target))
        elif symbol in ("&", "^") and _SS_TYPE.get(target_pos, "NOUN") == pos:
            similar.append(int(target))
        elif symbol == ";c" and target_pos == "n":
            domains.append(int(target))
        elif symbol == "+":
            st = parts[i + 4 + 4 * k]
            derived.append((int(st[:2], 16), _SS_TYPE.get(target_pos, "NOUN"), int(target), int(st[2:], 16)))
    frames: list[int] = []
    j = i + 1 + 4 * n_ptr
    if pos == "VERB" and j < len(parts) and parts[j].isdigit():
        for k in range(int(parts[j])):
            f = parts[j + 2 + 3 * k] if j + 2 + 3 * k < len(parts) else ""
            if f.isdigit() and int(f) not in frames:
                frames.append(int(f))
    gloss = gloss.strip()
    examples = tuple(m.strip() for m in re.findall(r"\"([^\"]*)\"", gloss))
    definition = re.sub(r"\"[^\"]*\"", "", gloss)
    definition = "; ".join(p.strip() for p in definition.split(";") if p.strip())
    return Sense(offset, pos, lexname, words, definition, examples, tuple(hypernyms), tuple(similar), tuple(derived),
                 tuple(sorted(frames)), tuple(domains))


def find_folder() -> Path | None:
    """The folder with WordNet's index and data files: ``QUIZGEN_WORDNET_DIR`` when set (and only
    it), else the first of :data:`DEFAULT_DIRS` that has them; None when there is none."""
    env = os.environ.get("QUIZGEN_WORDNET_DIR")
    found = _FOUND.get(env)
    if found is not None:
        return found  # looked up already: eight stat calls each time a generator asks were a hot spot
    for d in (env,) if env else DEFAULT_DIRS:
        p = Path(d)
        if all((p / f"{kind}.{suffix}").is_file() for kind in ("index", "data") for suffix in POS_FILES.values()):
            _FOUND[env] = p
            return p
    return None  # not remembered: the database may be installed while the app runs


_FOUND: dict[str | None, Path] = {}


@lru_cache(maxsize=4)
def _load(folder: str) -> WordNet:
    return WordNet(Path(folder))


def load() -> WordNet | None:
    """The WordNet reader, or None when the database is not installed."""
    folder = find_folder()
    return _load(str(folder)) if folder is not None else None
