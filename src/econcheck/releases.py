"""Release calendars: forecast vintages and the earliest dates official figures come out.

Static data shared by ``resolve`` (which vintage was the latest before an article) and
``compare`` (was a figure already published when the article appeared).
"""

from __future__ import annotations

import datetime as dt

# IMF World Economic Outlook: April and October releases. Known dates; others assumed the 15th.
IMF_WEO_PUBLISHED = {
    "2024-04": dt.date(2024, 4, 16),
    "2024-10": dt.date(2024, 10, 22),
    "2025-04": dt.date(2025, 4, 22),
    "2025-10": dt.date(2025, 10, 14),
}
# IMF World Economic Outlook Updates: January and July, a shorter table of revised forecasts
# for the main economies. The record holds no Update, so a forecast quoted after one may come
# from it. Known dates; others the earliest such an Update has come out (January 16, July 8).
IMF_WEO_UPDATE_PUBLISHED = {
    "2024-01": dt.date(2024, 1, 30),
    "2024-07": dt.date(2024, 7, 16),
    "2025-01": dt.date(2025, 1, 17),
    "2025-07": dt.date(2025, 7, 29),
}
_UPDATE_EARLIEST = {1: 16, 7: 8}
# Ministry of Economic Development (MINEK): April scenario conditions, September forecast.
MINEK_PUBLISHED = {
    "2024-09": dt.date(2024, 9, 9),
    "2025-09": dt.date(2025, 9, 24),
}
_CALENDARS = {
    "IMF": (IMF_WEO_PUBLISHED, (4, 10), 2000),
    "MINEK": (MINEK_PUBLISHED, (4, 9), 2023),
}
# The newest release the project knows about; later ones are assumed not to exist yet.
LATEST_KNOWN = {"IMF": "2025-10", "MINEK": "2025-09"}
FORECASTER_NAMES = {
    "IMF": "IMF World Economic Outlook",
    "MINEK": "Russian Ministry of Economic Development",
}

# Earliest typical publication lag after the end of the period, in days. A figure whose
# period ended less than this many days before an article cannot have been published yet.
# The lags are deliberately short (the earliest release seen), so only sure cases are flagged.
# scripts/build_snapshot.py dates vaguely dated estimates with the same table (docs/snapshot.md).
# Rosstat GDP: the flash estimate of a quarter comes 44-47 days after its end (2024Q1
# 2024-05-17, 2025Q2 2025-08-13); the first estimate of a year in early February.
RELEASE_LAG_DAYS = {
    "ROSSTAT/CPI_MOM": 9,
    "ROSSTAT/CPI_YOY": 9,
    "CBR/INFLATION": 9,  # the Bank's table repeats Rosstat's y/y once Rosstat has published it
    "ROSSTAT/CPI_DEC_DEC": 9,
    "ROSSTAT/GDP_QUARTERLY": 40,
    "ROSSTAT/GDP_ANNUAL": 35,
    "FRED/CPIAUCNS": 9,
    "FRED/CPIAUCSL": 9,
    "ONS/D7G7": 14,
    "TURKSTAT/CPI_YOY": 2,
    "ECB/ICP/M.U2.N.000000.4.ANR": 0,
}


# Seasonally adjusted series whose past months are revised after publication, and how: a
# month-on-month figure as first published may differ from today's by a tenth or two.
SEASONAL_REVISIONS = {
    "FRED/CPIAUCSL": "BLS revises seasonal factors every February for the five years before",
}


# Earliest lag of a *revised* estimate after the end of the period, in days, for series whose
# every estimate is kept. Rosstat GDP: quarterly figures are first revised about a month after
# the flash (2024Q2: 2024-09-13, 75 days); a year's second estimate comes in early April
# (2023: 2024-04-05, 96 days).
REVISION_LAG_DAYS = {
    "ROSSTAT/GDP_QUARTERLY": 70,
    "ROSSTAT/GDP_ANNUAL": 90,
}


def vintage_published(forecaster: str, vintage: str) -> dt.date:
    """Return the publication date of a vintage ``YYYY-MM`` (the 15th when not known).

    >>> vintage_published("IMF", "2024-10")
    datetime.date(2024, 10, 22)
    >>> vintage_published("IMF", "2023-04")
    datetime.date(2023, 4, 15)
    """
    known = _CALENDARS[forecaster][0]
    if vintage in known:
        return known[vintage]
    year, month = (int(part) for part in vintage.split("-"))
    return dt.date(year, month, 15)


def _vintages(forecaster: str, last_year: int) -> list[str]:
    _, months, first_year = _CALENDARS[forecaster]
    return [f"{year}-{month:02d}" for year in range(first_year, last_year + 1) for month in months]


def latest_vintage(forecaster: str, day: dt.date) -> str | None:
    """Return the newest vintage published on or before ``day`` (None before the first).

    Past the newest known vintage the calendar still says which release was current.

    >>> latest_vintage("IMF", dt.date(2024, 11, 5))
    '2024-10'
    >>> latest_vintage("MINEK", dt.date(2024, 11, 5))
    '2024-09'
    >>> latest_vintage("IMF", dt.date(2026, 5, 1))
    '2026-04'
    """
    before = [v for v in _vintages(forecaster, day.year) if vintage_published(forecaster, v) <= day]
    return before[-1] if before else None


def previous_vintage(forecaster: str, vintage: str) -> str | None:
    """Return the release before ``vintage`` (None before the first).

    >>> previous_vintage("IMF", "2024-10"), previous_vintage("MINEK", "2024-09")
    ('2024-04', '2024-04')
    """
    earlier = [v for v in _vintages(forecaster, int(vintage[:4])) if v < vintage]
    return earlier[-1] if earlier else None


def vintages_from(forecaster: str, day: dt.date) -> list[str]:
    """Return the vintage current on ``day`` and every later known vintage, oldest first.

    >>> vintages_from("IMF", dt.date(2025, 1, 10))
    ['2024-10', '2025-04', '2025-10']
    """
    current = latest_vintage(forecaster, day)
    last = LATEST_KNOWN[forecaster]
    later = [
        v
        for v in _vintages(forecaster, int(last[:4]))
        if v <= last and vintage_published(forecaster, v) > day
    ]
    return ([current] if current else []) + later


def release_lag_days(key: str) -> int | None:
    """Return the earliest publication lag of series ``SOURCE/series``, if known."""
    return RELEASE_LAG_DAYS.get(key)


def earliest_release(key: str, period_end: dt.date, *, revision: bool = False) -> dt.date | None:
    """Return the earliest usual date of a first (or revised) estimate for a period, if known.

    >>> earliest_release("ROSSTAT/GDP_QUARTERLY", dt.date(2024, 12, 31))
    datetime.date(2025, 2, 9)
    >>> earliest_release("ROSSTAT/GDP_ANNUAL", dt.date(2024, 12, 31), revision=True)
    datetime.date(2025, 3, 31)
    >>> earliest_release("CBR/R01235", dt.date(2024, 12, 31)) is None
    True
    """
    lag = (REVISION_LAG_DAYS if revision else RELEASE_LAG_DAYS).get(key)
    return None if lag is None else period_end + dt.timedelta(days=lag)


def update_between(forecaster: str, vintage: str, day: dt.date) -> tuple[str, dt.date] | None:
    """Return (month, publication date) of an interim release the record does not hold that
    came out after ``vintage`` and on or before ``day``: the IMF's WEO Update.

    >>> update_between("IMF", "2024-04", dt.date(2024, 7, 31))
    ('2024-07', datetime.date(2024, 7, 16))
    >>> update_between("IMF", "2024-04", dt.date(2024, 7, 1)) is None
    True
    """
    if forecaster != "IMF":
        return None
    after = vintage_published(forecaster, vintage)
    found = None
    for year in range(after.year, day.year + 1):
        for month, earliest in _UPDATE_EARLIEST.items():
            key = f"{year}-{month:02d}"
            published = IMF_WEO_UPDATE_PUBLISHED.get(key, dt.date(year, month, earliest))
            if after < published <= day:
                found = (key, published)
    return found
