"""Resolve seasons: "last summer", "this winter", "in the autumn of 2022", "early spring".

Seasons are the meteorological ones of the northern hemisphere, where most English news
about the indicators is written: spring March-May, summer June-August, autumn (fall)
September-November, winter December-February. Winter ``Y`` runs from December ``Y`` to
February ``Y+1``. "Early", "mid" and "late" narrow a season to its first, middle or last
month. Like every period rule, a season resolves against the publication date only.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims import dates
from econcheck.claims.period_rules import Handler, PeriodKind, Resolved, _year
from econcheck.models import Period

# First month of each season.
_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_PART_MONTH = {"early": 0, "mid": 1, "late": 2}


def season_period(season: str, year: int) -> Period:
    """Return the three months of ``season`` in ``year`` (winter runs into ``year + 1``).

    >>> season_period("winter", 2023)
    Period(start=datetime.date(2023, 12, 1), end=datetime.date(2024, 2, 29))
    """
    start = dt.date(year, _FIRST_MONTH[season], 1)
    last = dates.add_months(start, 2)
    return Period(start=start, end=dates.month_period(last.year, last.month).end)


def _recent(season: str, published: dt.date, *, future: bool) -> Period:
    """Return the season begun by publication (past) or not yet over at publication (future)."""
    for year in range(published.year - 1, published.year + 2):
        period = season_period(season, year)
        if future and period.end >= published:
            return period
    return next(
        p
        for y in range(published.year, published.year - 3, -1)
        if (p := season_period(season, y)).start <= published
    )


def _season(match: re.Match[str], published: dt.date) -> Resolved | None:
    season = match["s"].lower()
    rel = " ".join((match["rel"] or "").lower().split())
    year = _year(match, published)
    if year is not None:
        past = future = season_period(season, year)
    elif rel in ("last", "the past", "the previous"):
        past = next(
            p
            for y in range(published.year, published.year - 3, -1)
            if (p := season_period(season, y)).end < published
        )
        future = past
    elif rel in ("next", "the coming", "the next"):
        past = future = next(
            p
            for y in range(published.year - 1, published.year + 2)
            if (p := season_period(season, y)).start > published
        )
    elif rel == "this":
        past = future = _recent(season, published, future=True)
    else:
        past, future = (
            _recent(season, published, future=False),
            _recent(season, published, future=True),
        )
    part = _PART_MONTH.get((match["part"] or "").lower())
    if part is not None:
        past, future = _month_of(past, part), _month_of(future, part)
    return PeriodKind.SPAN, past, future


def _month_of(period: Period, index: int) -> Period:
    day = dates.add_months(period.start, index)
    return dates.month_period(day.year, day.month)


HANDLERS: dict[str, Handler] = {"season": _season}
