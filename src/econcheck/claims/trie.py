"""Build compact regex alternations from word lists (a trie, so matching stays fast)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    r"""Return a regex matching exactly the given words, longest alternative first.

    Spaces in a word match any run of whitespace.

    >>> trie_pattern(["key rate", "key", "keys"])
    'key(?:\\s+rate|s)?'
    >>> bool(re.fullmatch(trie_pattern(["a b", "ab"]), "a   b"))
    True
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(root) or "(?!)"


def _node_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    optional = _END in node
    branches = []
    depths = {c: _depth(child) for c, child in node.items() if c != _END}
    for char in sorted(depths, key=lambda c: (-depths[c], c)):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _node_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return (body if len(branches) > 1 or _is_atom(body) else f"(?:{body})") + "?"
    return body


def _is_atom(pattern: str) -> bool:
    return len(pattern) == 1 or (len(pattern) == 2 and pattern[0] == "\\")


def _depth(node: dict[str, dict]) -> int:  # type: ignore[type-arg]
    """Return the length of the longest word below ``node`` (iteratively: tries are deep)."""
    depth, level = 0, [node]
    while level:
        level = [child for n in level for key, child in n.items() if key != _END]
        depth += 1
    return depth


def first_chars(words: Iterable[str]) -> str:
    r"""Return a lookahead on the first characters of ``words`` ("" when it cannot help).

    Put in front of a pattern, it rejects most positions of a scan at once (speed only:
    the matches stay the same). Case folding follows the flags of the enclosing pattern.

    >>> first_chars(["key rate", "inflation", "-1"])
    '(?=[\\-ik])'
    >>> first_chars(["", "a"])
    ''
    """
    firsts = {word[0] if word else "" for word in words}
    if not firsts or "" in firsts or any(c.isspace() for c in firsts):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def has_any_word(text: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Return True when one of ``words`` occurs in ``text``, ignoring case.

    ``pattern`` must be the same words as a case-insensitive alternation: it decides for
    non-ASCII text, where regex case folding ("ſ" matches "s") differs from ``str.lower``.
    ASCII text takes the fast path of substring tests (a pre-check before costlier scans).

    >>> words = ("if", "unless")
    >>> pattern = re.compile("if|unless", re.IGNORECASE)
    >>> has_any_word("IF rates rise", words, pattern), has_any_word("rates rise", words, pattern)
    (True, False)
    """
    if text.isascii():
        low = text.lower()
        return any(word in low for word in words)
    return pattern.search(text) is not None
