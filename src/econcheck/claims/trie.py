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
