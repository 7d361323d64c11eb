"""Exchange rates of unofficial markets: "the blue dollar closed at AR$ 1,230", "1,720 naira
on the parallel market". They are claims about exchange rates, but no official series records
them, so a verdict must not set them against the official rate.
"""

from __future__ import annotations

import re

from econcheck.claims.patterns import CLAUSE_BREAK_RE

_MARKET = (
    r"\b(?:blue\s+(?:dollar|rate|market)|parallel(?:\s*|-)market|parallel\s+(?:exchange\s+)?rate|"
    r"black(?:\s*|-)market|unofficial\s+(?:exchange\s+)?(?:rate|market)|informal\s+market|"
    r"(?:curb|kerb|street)\s+(?:market|rate)|bureaux?\s+de\s+change)\b"
)
_BEFORE = re.compile(_MARKET, re.IGNORECASE)
# "1,720 per dollar on the parallel market", "89,000 to the US dollar in the black market": up
# to four words, none ending a clause, between the figure and the market
_AFTER = re.compile(
    r"(?:\s+[^\s,;]+){0,4}?\s+(?:on|in|at)\s+(?:the\s+)?" + _MARKET,
    re.IGNORECASE,
)


def is_parallel_market(sentence: str, surface: str) -> bool:
    """Return True when an unofficial-market phrase names the figure ``surface`` of
    ``sentence``: before it in its own clause, or right after it.

    >>> is_parallel_market("A dollar sells for 1,100 pesos in the informal market.", "1,100")
    True
    >>> is_parallel_market("The blue dollar closed at AR$ 1,230.", "AR$ 1,230")
    True
    >>> is_parallel_market("The rate was 350 per dollar, while the blue dollar hit 900.", "350")
    False
    """
    at = sentence.find(surface)
    if at < 0:
        return False
    end = at + len(surface)
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(sentence, 0, at)]
    start = max([0, *breaks, at - 80])
    return (
        _BEFORE.search(sentence, start, at) is not None or _AFTER.match(sentence, end) is not None
    )
