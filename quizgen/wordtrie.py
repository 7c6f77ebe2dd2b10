"""One regular expression for a set of literal strings, written as a trie ("abc(?: news(?: australia)?)?"
for "abc", "abc news", "abc news australia"): it matches exactly the strings the plain alternation
("abc|abc news|abc news australia") matches, but ``re`` tries at most one branch per character instead of
every string at each position, and can skip ahead to the strings' first characters."""
from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key that marks a string ending at a node (no character is the empty string)


def trie_pattern(strings: Iterable[str]) -> str:
    """A pattern (no groups) matching exactly the given non-empty strings, for ``search``-is-there tests:
    which of several strings starting at one place it prefers may differ from a plain alternation's."""
    root: dict[str, dict] = {}
    for s in strings:
        if not s:
            raise ValueError("an empty string matches everywhere")
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _node_pattern(root)


def _node_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:  # a string ends here: what follows is optional
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
    return body

