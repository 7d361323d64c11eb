"""Resolve a matched time expression against the publication date (past and forecast).

Every handler returns ``(kind, past reading, forecast reading)`` or None; see the rules
in ``periods.py``. Nothing here reads today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum

from econcheck.claims import dates
from econcheck.claims.vocab import COUNT_WORDS, MONTHS, ORDINALS
from econcheck.models import Period


class PeriodKind(StrEnum):
    """The shape of a time expression."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    SPAN = "span"
    YTD = "ytd"
    YEAR_END = "year_end"
    SINCE = "since"
    DECADE = "decade"
    FISCAL = "fiscal"  # a fiscal year: read in the calendar until the country is known


Resolved = tuple[PeriodKind, Period, Period]
Handler = Callable[[re.Match[str], dt.date], Resolved | None]
_MAY_CONTEXT = re.compile(
    r"(?i:in|of|since|by|until|through|during|for|from|late|early|mid|end|start|and|to)[-\s]+$"
    # a list of months: "over April, May, and June"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,\s+$"
)
# ...or a month named right after it in a list: "May, June and July"
_MAY_LIST_AFTER = re.compile(
    r"\s*,?\s+(?:and\s+|or\s+|to\s+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b"
)


def _same(kind: PeriodKind, period: Period | None) -> Resolved | None:
    return None if period is None else (kind, period, period)


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _year(match: re.Match[str], published: dt.date, group: str = "y") -> int | None:
    """Return the explicit year of a match: a four-digit year, 'yy', or this/last/next year."""
    groups = match.groupdict()
    if groups.get(group):
        return int(groups[group])
    for short in ("yy", "yy2"):
        if groups.get(short):
            return 2000 + int(groups[short])
    rel = (groups.get("yrel") or groups.get("yrel2") or "").lower()
    return {"this": published.year, "last": published.year - 1, "next": published.year + 1}.get(rel)


def _iso(match: re.Match[str], published: dt.date) -> Resolved | None:
    day = dates.safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return _same(PeriodKind.DAY, None if day is None else Period(start=day, end=day))


def _day(match: re.Match[str], published: dt.date) -> Resolved | None:
    month, day = _month_number(match["mon"]), int(match["d"])
    year = _year(match, published)
    if year is not None:
        found = dates.safe_date(year, month, day)
        return _same(PeriodKind.DAY, None if found is None else Period(start=found, end=found))
    past = dates.recent_day(month, day, published, future=False)
    future = dates.recent_day(month, day, published, future=True)
    if past is None or future is None:
        return None
    if past != future and (future - published).days <= _DAYS_AHEAD:
        # "the official rate for January 17", written on the 14th: the coming day, not a
        # year ago
        past = future
    return PeriodKind.DAY, Period(start=past, end=past), Period(start=future, end=future)


_DAYS_AHEAD = 10


def _day_range(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "September 15-21": those days of the month (the latest such by publication, for an
    outcome; the next, for a forecast)."""
    first, last = int(match["d"]), int(match["d2"])
    if not 1 <= first < last <= 31:
        return None
    start = _day(match, published)
    if start is None:
        return None
    _, past, future = start
    readings = []
    for day in (past.start, future.start):
        end = dates.safe_date(day.year, day.month, last)
        if end is None:
            return None
        readings.append(Period(start=day, end=end))
    return PeriodKind.SPAN, readings[0], readings[1]


def _month_of(
    match: re.Match[str], published: dt.date, build: Callable[[int], Period], kind: PeriodKind
) -> Resolved:
    month = _month_number(match["mon"])
    year = _year(match, published)
    if year is not None:
        return kind, build(year), build(year)
    rel = (match.groupdict().get("rel") or "").strip().lower()
    past_year = dates.recent_year(month, published, future=False)
    future_year = dates.recent_year(month, published, future=True)
    if rel == "last" and past_year == published.year and month == published.month:
        past_year -= 1
    if rel == "next" and future_year == published.year and month == published.month:
        future_year += 1
    if rel == "next":
        past_year = future_year
    return kind, build(past_year), build(future_year)


def _month(match: re.Match[str], published: dt.date) -> Resolved | None:
    is_bare = not (match["rel"] or match["y"] or match["yrel"])
    is_may = match["mon"].startswith("May") and is_bare
    if (
        is_may
        and not _MAY_CONTEXT.search(match.string, max(0, match.start() - 12), match.start())
        and not _MAY_LIST_AFTER.match(match.string, match.end())
    ):
        return None  # "may" the verb, capitalised at the start of a sentence
    return _month_of(
        match,
        published,
        lambda y: dates.month_period(y, _month_number(match["mon"])),
        PeriodKind.MONTH,
    )


_PARTS = {
    "early": (1, 10),
    "start": (1, 7),
    "beginning": (1, 7),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (31, 31),  # "at end-December": month-end, its last day
    "first": (1, 15),  # "the first half of October": a fortnight
    "second": (16, 31),
}


def _month_part(match: re.Match[str], published: dt.date) -> Resolved | None:
    words = (match["part"] or match["half"]).lower().split()
    first, last = _PARTS[words[1] if words[0] == "the" else words[0]]
    month = _month_number(match["mon"])
    return _month_of(
        match, published, lambda y: dates.month_period(y, month, first, last), PeriodKind.SPAN
    )


def _month_range(match: re.Match[str], published: dt.date) -> Resolved | None:
    first, last = _month_number(match["mon"]), _month_number(match["mon2"])
    if last < first:
        return None
    year = _year(match, published)
    past = year or dates.recent_year(last, published, future=False)
    future = year or dates.recent_year(last, published, future=True)
    return (
        PeriodKind.SPAN,
        dates.months_period(past, first, last),
        dates.months_period(future, first, last),
    )


def _part_of_year(
    match: re.Match[str], published: dt.date, parts: int, index: int
) -> Resolved | None:
    build = dates.quarter_period if parts == 4 else dates.half_period
    kind = PeriodKind.QUARTER if parts == 4 else PeriodKind.HALF
    year = _year(match, published) or _year(match, published, "y2")
    if year is None and (match.groupdict().get("yrel") or "").lower() == "the":
        year = None
    if year is not None:
        return kind, build(year, index), build(year, index)
    past = dates.recent_part(parts, index, published, future=False)
    future = dates.recent_part(parts, index, published, future=True)
    return kind, build(past, index), build(future, index)


def _quarter(match: re.Match[str], published: dt.date) -> Resolved | None:
    return _part_of_year(match, published, 4, int(match["q"] or match["q2"]))


def _ordinal_quarter(match: re.Match[str], published: dt.date) -> Resolved | None:
    return _part_of_year(match, published, 4, ORDINALS[match["ord"].lower()])


def _last_quarter_of(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the last quarter of 2023", "the final quarter of the previous year": its fourth."""
    if match["y"]:
        year = int(match["y"])
    else:
        year = published.year - (0 if match["yrel"].lower() == "this" else 1)
    span = dates.quarter_period(year, 4)
    return PeriodKind.QUARTER, span, span


def _year_quarter(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "2017's third quarter"."""
    span = dates.quarter_period(int(match["y"]), ORDINALS[match["ord"].lower()])
    return PeriodKind.QUARTER, span, span


def _relative_quarter(match: re.Match[str], published: dt.date) -> Resolved | None:
    rel = match["rel"].lower().split()[-1]
    shift = {"last": -1, "previous": -1, "prior": -1, "preceding": -1, "next": 1, "coming": 1}.get(
        rel, 0
    )
    if rel in ("the", "latest", "recent"):
        shift = -1  # "in the quarter", "the latest quarter": the last one completed
    index = (published.month - 1) // 3 + shift
    year, index = published.year + index // 4, index % 4 + 1
    return _same(PeriodKind.QUARTER, dates.quarter_period(year, index))


def _half(match: re.Match[str], published: dt.date) -> Resolved | None:
    return _part_of_year(match, published, 2, ORDINALS[match["ord"].lower()])


def _h_half(match: re.Match[str], published: dt.date) -> Resolved | None:
    return _part_of_year(match, published, 2, int(match["h"] or match["h2"]))


def _count(text: str) -> int | None:
    low = text.lower()
    return int(low) if low.isdigit() else COUNT_WORDS.get(low)


HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "dmy": _day,
    "mdy": _day,
    "mdrange": _day_range,
    "mpart": _month_part,
    "mrange": _month_range,
    "month": _month,
    "quarter": _quarter,
    "oquarter": _ordinal_quarter,
    "lastq": _last_quarter_of,
    "yquarter": _year_quarter,
    "rquarter": _relative_quarter,
    "half": _half,
    "hhalf": _h_half,
}
