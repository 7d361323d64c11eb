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
    return _node_pattern(root)[0] or "(?!)"


def _node_pattern(node: dict[str, dict]) -> tuple[str, int]:  # type: ignore[type-arg]
    """Return the pattern below ``node`` and the length of its longest word.

    Longer branches come first so that the longest alternative wins; the depths are
    computed in the same bottom-up pass (a separate depth walk per node was quadratic).
    """
    optional = _END in node
    children = {c: _node_pattern(child) for c, child in node.items() if c != _END}
    if not children:
        return "", 0
    branches = []
    for char in sorted(children, key=lambda c: (-children[c][1], c)):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + children[char][0])
    depth = 1 + max(d for _, d in children.values())
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return (body if len(branches) > 1 or _is_atom(body) else f"(?:{body})") + "?", depth
    return body, depth


def _is_atom(pattern: str) -> bool:
    return len(pattern) == 1 or (len(pattern) == 2 and pattern[0] == "\\")


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
