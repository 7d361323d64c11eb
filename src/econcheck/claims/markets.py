"""Exchange rates no official series records: unofficial markets ("the blue dollar closed at
AR$ 1,230", "1,720 naira on the parallel market") and the counter rates of banks and exchange
offices ("at banks, dollars were being offered at 19.04 pesos"), which carry the dealer's
margin. They are claims about exchange rates, but a verdict must not set them against the
official rate.
"""

from __future__ import annotations

import re
from enum import StrEnum

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


# A bank's or exchange office's buying and selling prices
_COUNTER = (
    r"\b(?:at\s+(?:the\s+)?(?:banks?|bank\s+counters?|exchange\s+(?:houses?|offices?|booths?))|"
    r"exchange\s+(?:houses|offices|booths)|casas?\s+de\s+cambio|"
    r"(?:were|was)\s+being\s+(?:offered|sold|bought|quoted)\s+(?:at|for))\b"
)
_COUNTER_BEFORE = re.compile(_COUNTER, re.IGNORECASE)
_COUNTER_OPENER = re.compile(
    r"\s*(?:At|In)\s+(?:the\s+)?(?:banks?|exchange\s+(?:houses|offices))\b"
)


class Market(StrEnum):
    """A market whose rates no official series records."""

    PARALLEL = "parallel"  # a parallel, black-market or "blue" rate
    COUNTER = "counter"  # a bank's or exchange office's buying or selling price


def unofficial_market(sentence: str, surface: str) -> Market | None:
    """Return the unofficial market the figure ``surface`` of ``sentence`` is quoted in: an
    unofficial-market phrase before it in its own clause or right after it, or a bank's or
    exchange office's counter named before it.

    >>> unofficial_market("A dollar sells for 1,100 pesos in the informal market.", "1,100")
    <Market.PARALLEL: 'parallel'>
    >>> unofficial_market("The blue dollar closed at AR$ 1,230.", "AR$ 1,230")
    <Market.PARALLEL: 'parallel'>
    >>> unofficial_market("At banks in Lima, dollars were being offered at 3.95 soles.", "3.95")
    <Market.COUNTER: 'counter'>
    >>> unofficial_market("The rate was 350 per dollar, while the blue dollar hit 900.", "350")
    >>> unofficial_market("The sol closed at 3.75 per dollar.", "3.75")
    """
    at = sentence.find(surface)
    if at < 0:
        return None
    end = at + len(surface)
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(sentence, 0, at)]
    start = max([0, *breaks, at - 80])
    if _BEFORE.search(sentence, start, at) or _AFTER.match(sentence, end):
        return Market.PARALLEL
    if _COUNTER_OPENER.match(sentence) or _COUNTER_BEFORE.search(sentence, max(0, at - 80), at):
        return Market.COUNTER
    return None
