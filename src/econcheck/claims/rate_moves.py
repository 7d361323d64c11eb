"""Moves said of every decision in a period: "cut by 25 basis points at each of its last four
meetings", "raised rates by 75 bp apiece". The figure is the size of each move, not their sum.
"""

from __future__ import annotations

import re

from econcheck.claims.patterns import CLAUSE_BREAK_RE

_EACH = re.compile(
    r"\b(?:each|apiece|every\s+(?:(?:rate|rate-setting|policy|monetary\s+policy)\s+)?"
    r"(?:meeting|session|decision|review)s?)\b",
    re.IGNORECASE,
)
_REACH = 80


def is_per_decision(sentence: str, surface: str) -> bool:
    """Return True when the move ``surface`` of ``sentence`` is said of each decision.

    >>> is_per_decision("It cut by 25 bp at each of its last four meetings.", "25 bp")
    True
    >>> is_per_decision("The bank raised rates by 75 bp apiece in June and July.", "75 bp")
    True
    >>> is_per_decision("It cut by 50 basis points in total; each cut hurt.", "50 basis points")
    False
    """
    at = sentence.find(surface)
    if at < 0:
        return False
    end = at + len(surface)
    stop = CLAUSE_BREAK_RE.search(sentence, end, end + _REACH)
    limit = stop.start() if stop is not None else min(len(sentence), end + _REACH)
    return _EACH.search(sentence, end, limit) is not None
