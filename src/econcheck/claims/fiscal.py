"""Fiscal years: "FY25", "2024-25", "fiscal 2024", read in the claim's country's convention.

A fiscal-year mention is found without knowing the country (periods.py reads it in the
calendar); once the claim's country is known, ``fiscal_period`` moves it to that country's
fiscal year (``FISCAL_YEARS`` in vocab_places.py). Countries whose fiscal year is the
calendar year, and claims without a country, keep the calendar reading.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims.dates import add_months
from econcheck.claims.vocab_places import FISCAL_YEARS
from econcheck.models import Period

_YEARS = re.compile(r"\d{2,4}")


_RELATIVE = re.compile(
    r"\b(?:this|current|ongoing|next|coming|last|previous)\b|^the\s+(?:fiscal|financial)\s+year",
    re.IGNORECASE,
)
_OFFSETS = {"next": 1, "coming": 1, "last": -1, "previous": -1}


def fiscal_period(
    label: str, calendar: Period, country_alpha2: str | None, published: dt.date | None = None
) -> Period:
    """Return the fiscal year named by ``label`` in ``country_alpha2``'s convention.

    A relative label ("the current fiscal", "next fiscal year") counts from ``published``.

    >>> cal = Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    >>> fiscal_period("FY25", cal, "IN")
    Period(start=datetime.date(2024, 4, 1), end=datetime.date(2025, 3, 31))
    >>> fiscal_period("fiscal 2025", cal, "JP")
    Period(start=datetime.date(2025, 4, 1), end=datetime.date(2026, 3, 31))
    >>> split = Period(start=dt.date(2023, 1, 1), end=dt.date(2024, 12, 31))
    >>> fiscal_period("2023/24", split, "EG")
    Period(start=datetime.date(2023, 7, 1), end=datetime.date(2024, 6, 30))
    >>> fiscal_period("FY25", cal, "DE") == cal
    True
    """
    convention = None if country_alpha2 is None else FISCAL_YEARS.get(country_alpha2)
    if convention is None:
        return calendar
    first_month, named_by = convention
    if first_month == 1:
        return calendar
    relative = _RELATIVE.search(label)
    if relative is not None and published is not None and not _YEARS.search(label):
        offset = _OFFSETS.get(relative.group().lower(), 0)
        first = published.year - (published.month < first_month) + offset
        start = dt.date(first, first_month, 1)  # "the current fiscal" in India, 2015-04-07
        return Period(start=start, end=add_months(start, 12) - dt.timedelta(days=1))
    years = [_full_year(y, calendar.start.year) for y in _YEARS.findall(label)]
    if not years:
        return calendar
    if len(years) >= 2 and years[1] == years[0] + 1:
        first_year = years[0]  # "2024-25": the fiscal year that starts in 2024
    elif named_by == "end":
        first_year = years[0] - 1
    else:
        first_year = years[0]
    start = dt.date(first_year, first_month, 1)
    return Period(start=start, end=add_months(start, 12) - dt.timedelta(days=1))


def _full_year(written: str, century_from: int) -> int:
    """Return a four-digit year: "25" is 2025 (the century of the calendar reading)."""
    return int(written) if len(written) == 4 else century_from // 100 * 100 + int(written)


_QUARTER_NUMBER = re.compile(
    r"Q(?P<q>[1-4])|(?P<q2>[1-4])Q|(?P<w>first|second|third|fourth)", re.IGNORECASE
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def fiscal_quarter(label: str, fiscal_year: Period) -> Period | None:
    """Return quarter ``label`` ("Q3", "the third quarter") of ``fiscal_year``, else None.

    >>> fy = Period(start=dt.date(2024, 4, 1), end=dt.date(2025, 3, 31))
    >>> fiscal_quarter("Q3", fy)
    Period(start=datetime.date(2024, 10, 1), end=datetime.date(2024, 12, 31))
    """
    match = _QUARTER_NUMBER.search(label)
    if match is None:
        return None
    number = int(match["q"] or match["q2"] or _ORDINALS[match["w"].lower()])
    start = add_months(fiscal_year.start, 3 * (number - 1))
    return Period(start=start, end=add_months(start, 3) - dt.timedelta(days=1))


_HALF_NUMBER = re.compile(r"H(?P<h>[12])|(?P<w>first|second)", re.IGNORECASE)


def fiscal_half(label: str, fiscal_year: Period) -> Period | None:
    """Return half ``label`` ("H1", "the second half") of ``fiscal_year``, else None.

    >>> fy = Period(start=dt.date(2020, 7, 1), end=dt.date(2021, 6, 30))
    >>> fiscal_half("the first half", fy)
    Period(start=datetime.date(2020, 7, 1), end=datetime.date(2020, 12, 31))
    """
    match = _HALF_NUMBER.search(label)
    if match is None:
        return None
    number = int(match["h"]) if match["h"] else _ORDINALS[match["w"].lower()]
    start = add_months(fiscal_year.start, 6 * (number - 1))
    return Period(start=start, end=add_months(start, 6) - dt.timedelta(days=1))
