"""Time expressions counted from an earlier one: "two months later", "a year later".

"slashed the rate in March 2020 before cutting it again two months later": the second cut is
May 2020, counted from the period named before it in the sentence, not from publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from econcheck.claims.numbers import parse_value
from econcheck.claims.period_rules import PeriodKind
from econcheck.models import Period

if TYPE_CHECKING:
    from econcheck.claims.periods import PeriodMention

__all__ = ["later_periods"]

_LATER = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<unit>days?|weeks?|months?|quarters?|years?)\s+(?:later|afterwards?)\b",
    re.IGNORECASE,
)
# Which counts can move a period of each shape and keep its shape
_MOVABLE = {
    PeriodKind.DAY: ("day", "week", "month", "year"),
    PeriodKind.MONTH: ("month", "year"),
    PeriodKind.QUARTER: ("quarter", "year"),
    PeriodKind.YEAR: ("year",),
}


def later_periods(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Add "N units later" as the period named before it, moved on by N units.

    A count that cannot keep the earlier period's shape ("a week later" after a month) or
    with no dated period before it is left out.
    """
    out = list(mentions)
    for match in _LATER.finditer(text):
        earlier = [m for m in out if m.end <= match.start() and m.kind in _MOVABLE]
        if not earlier or any(m.start < match.end() and m.end > match.start() for m in out):
            continue
        anchor = earlier[-1]
        unit = match["unit"].lower().rstrip("s")
        if unit not in _MOVABLE[anchor.kind]:
            continue
        count = 1 if match["n"].lower() in {"a", "an"} else parse_value(match["n"])
        if count is None:
            continue
        moved = _moved(anchor.past, anchor.kind, unit, int(count))
        out.append(replace(anchor, start=match.start(), end=match.end(), past=moved, future=moved))
    out.sort(key=lambda m: m.start)
    return out


_STEP = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "year": relativedelta(years=1),
}
_LENGTH = {
    PeriodKind.MONTH: relativedelta(months=1),
    PeriodKind.QUARTER: relativedelta(months=3),
    PeriodKind.YEAR: relativedelta(years=1),
}


def _moved(period: Period, kind: PeriodKind, unit: str, count: int) -> Period:
    start: dt.date = period.start + _STEP[unit] * count
    if kind is PeriodKind.DAY:
        return Period(start=start, end=start)
    end: dt.date = start + _LENGTH[kind] - dt.timedelta(days=1)
    return Period(start=start, end=end)
