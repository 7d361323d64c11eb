"""A move counted from an event no calendar date names.

"The shekel weakened by about 1.8% since the previous interest rate decision", "the kyat has
dropped more than 40 percent since the military took power": the move is a claim, but its start
is an event, not a date, and the extractor leaves such a move dated to the publication day. A
verdict must not read it as a one-day move; resolve.py names the event and leaves it
unverifiable.
"""

from __future__ import annotations

import re

__all__ = ["undated_start"]

# "since" then words that are no date: "the military took power", "the previous decision"
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?P<event>(?:the|its|their|a|an|[A-Z]\w+['’]s)\s+"
    r"(?!(?:start|beginning|end|middle|turn)\s+of\b)[^,;.]{3,60})",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_DATE_WORD = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|year|month|week|quarter|today|yesterday)\b"
)


def undated_start(sentence: str, surface: str) -> str | None:
    """Return the event a move is counted from ("since the military took power"), when no date
    word names it; None otherwise.

    >>> undated_start("The kyat fell 40 percent since the military took power.", "40 percent")
    'since the military took power'
    >>> undated_start("The lira fell 20% since the start of the year.", "20%") is None
    True
    >>> undated_start("The won fell 2% since the Aug. 22 decision.", "2%") is None
    True
    """
    at = sentence.find(surface)
    if at < 0:
        return None
    match = _SINCE_EVENT.search(sentence, at + len(surface))
    if match is None or _DATE_WORD.search(match.group("event")) or _DIGIT.search(match.group()):
        return None  # "since the Aug. 22 decision", "since the 22nd": a date of sorts
    return match.group().strip()
