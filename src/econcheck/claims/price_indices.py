"""Price indices other than the consumer price index a figure may be of.

"The PCE price index rose 2.7% year-over-year", "the CPIH climbed 3.2%", "CPIF inflation
was 1.2%": inflation claims, but of an index the record does not hold. A verdict must not set
them against the CPI; resolve.py names the index and leaves them unverifiable.
"""

from __future__ import annotations

import re

__all__ = ["other_price_index"]

# name as written -> the name a reason gives
_INDICES = {
    "pce": "personal consumption expenditures (PCE) price index",
    "personal consumption expenditures": "personal consumption expenditures (PCE) price index",
    "cpih": "CPIH (the CPI including owner occupiers' housing costs)",
    "cpif": "CPIF (the CPI with a fixed interest rate)",
    "cpix": "CPIX",
    "rpi": "retail prices index (RPI)",
    "rpix": "retail prices index (RPI)",
    "retail prices index": "retail prices index (RPI)",
    "retail price index": "retail prices index (RPI)",
}
_NAME = re.compile(
    r"\b(?:PCE|CPIH|CPIF|CPIX|RPIX?|(?i:personal\s+consumption\s+expenditures?|"
    r"retail\s+prices?\s+index))\b"
)
_CPI = re.compile(r"\b(?:CPI|(?i:consumer\s+prices?(?:\s+index)?))\b")


def other_price_index(sentence: str, surface: str) -> str | None:
    """Return the index other than the CPI named nearest before the claim's figure, if any.

    >>> other_price_index("The PCE price index rose 0.3% in August and 2.7% y/y.", "2.7%")
    'personal consumption expenditures (PCE) price index'
    >>> other_price_index("Both the RPI and the CPI rose, the CPI by 2%.", "2%") is None
    True
    """
    end = sentence.find(surface)
    if end < 0:
        return None
    found = None
    for match in _NAME.finditer(sentence, 0, end):
        found = match
    if found is None:
        return None
    if any(m.start() > found.end() for m in _CPI.finditer(sentence, found.end(), end)):
        return None  # the CPI is named after it, nearer the figure
    name = " ".join(found.group().lower().split()).removesuffix("s")
    return _INDICES.get(name) or _INDICES.get(name + "s")
