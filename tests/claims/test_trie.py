"""Tests of the regex helpers in claims/trie.py."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from econcheck.claims.trie import first_chars, has_any_word, trie_pattern

_WORDS = ("if", "unless", "suppose", "+/-")
_HINT = re.compile("|".join(re.escape(w) for w in _WORDS), re.IGNORECASE)
_TEXT = st.text(alphabet=st.sampled_from("ifunlesUSPOE+/- ſKİı\u212aabc"), max_size=30)


@given(_TEXT)
def test_has_any_word_agrees_with_case_insensitive_search(text: str) -> None:
    """The ASCII fast path and the regex path give the regex's answer on any text."""
    assert has_any_word(text, _WORDS, _HINT) == (_HINT.search(text) is not None)


@given(_TEXT)
def test_first_chars_lookahead_keeps_the_matches(text: str) -> None:
    """A pattern with the first-character lookahead finds exactly what the plain one finds."""
    words = ["suppose", "key rate", "if", "unless"]
    plain = re.compile(rf"\b(?:{trie_pattern(words)})", re.IGNORECASE)
    fast = re.compile(rf"{first_chars(words)}\b(?:{trie_pattern(words)})", re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_chars_gives_up_on_empty_or_space_words() -> None:
    """No lookahead is built when a word is empty or starts with a space."""
    assert first_chars(["", "a"]) == ""
    assert first_chars([" a", "b"]) == ""
