"""Publication dates (``as_of``) of revised estimates, from their descriptions and the calendar.

The reference describes each estimate in words ("first estimate (Rosstat, 2023-02-20)",
"first estimate (2025)", "estimate before 2024-04-05") and lists a period's estimates in
publication order. The rules (docs/snapshot.md):

* a full publication date is the estimate's ``as_of`` (``as_of_basis`` ``stated``);
* otherwise the text gives a window ("2025", "Feb 2024", "mid-2021") or an upper bound
  ("before D", "as cited Aug 2025", "confirmed Dec 2023", "as of mid-2023"), and ``as_of`` is
  the EARLIEST date consistent with it, with the publisher's usual release calendar for the
  period (``econcheck.releases``: a first estimate no earlier than ``RELEASE_LAG_DAYS`` after
  the period, a revision no earlier than ``REVISION_LAG_DAYS``) and with the previous estimate
  (a later estimate is published at least a day after it): ``as_of_basis`` ``approximate``,
  and ``note`` says which bound set the date;
* a text without any date (no year) leaves ``as_of`` empty;
* every date is capped by the next estimate's (a period's estimates are listed in publication
  order) and is never before the end of the period.

Earliest, not latest: an approximate date must never make a figure look unpublished when it
may already have been out (compare's release-timing check).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from snapshot_common import MONTHS, check

# Words before a date that make it an upper bound: the estimate was out by then.
BOUND_WORDS = re.compile(r"\b(?:before|as cited|as of|confirmed)\b")
# Words that describe an estimate as a revision of an earlier one.
REVISION_WORDS = re.compile(r"\b(?:revised|revision|second|third|later)\b")
FULL_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
MID_YEAR = re.compile(r"\bmid-(\d{4})\b")
MONTH_YEAR = re.compile(r"\b([A-Z][a-z]{2})[a-z]*\.? (\d{4})\b")
BARE_YEAR = re.compile(r"(?<!Q\d-)\b((?:19|20)\d{2})\b(?!-\d)")


@dataclass(frozen=True)
class Dated:
    """The publication date of one estimate: ISO ``as_of`` ('' if unknown), basis and note."""

    as_of: str
    basis: str
    note: str


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _first_date(text: str) -> tuple[int, dt.date, dt.date] | None:
    """Return the most precise date expression of ``text`` as (position, first day, last day).

    A full date wins over "mid-YYYY", which wins over "<Mon> YYYY", which wins over a bare year.
    """
    for found in FULL_DATE.finditer(text):
        day = dt.date.fromisoformat(found[0])
        return found.start(), day, day
    for found in MID_YEAR.finditer(text):
        year = int(found[1])
        return found.start(), dt.date(year, 6, 1), dt.date(year, 7, 31)
    for found in MONTH_YEAR.finditer(text):
        month = MONTHS.get(found[1].lower())
        if month:
            return (found.start(), *_month_span(int(found[2]), month))
    for found in BARE_YEAR.finditer(text):
        year = int(found[1])
        return found.start(), dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def estimate_window(text: str) -> tuple[dt.date | None, dt.date | None]:
    """Return the earliest and latest publication date an estimate's text allows (None: open).

    The most precise date expression counts: a full date, else "mid-YYYY" (June-July), else
    "<Mon> YYYY", else a bare year. Preceded by "before", it is an exclusive upper bound; by
    "as cited", "as of" or "confirmed", an inclusive one. A year inside "Q4-2024" names a
    quarter, not a date.

    >>> estimate_window("first estimate (Rosstat, 2023-02-20)")
    (datetime.date(2023, 2, 20), datetime.date(2023, 2, 20))
    >>> estimate_window("estimate before 2024-04-05")
    (None, datetime.date(2024, 4, 4))
    >>> estimate_window("preliminary (2024-05-17), confirmed Sep 2024")
    (datetime.date(2024, 5, 17), datetime.date(2024, 5, 17))
    >>> estimate_window("first estimate (Feb 2024)")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> estimate_window("confirmed Dec 2023"), estimate_window("revised estimate as of mid-2021")
    ((None, datetime.date(2023, 12, 31)), (None, datetime.date(2021, 7, 31)))
    >>> estimate_window("revised (Rosstat, 2025)")
    (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    >>> estimate_window("revised with 2023 second annual estimate (2024-04-05)")
    (datetime.date(2024, 4, 5), datetime.date(2024, 4, 5))
    >>> estimate_window("as cited with Q2-2025 release (2025-08-13)")
    (None, datetime.date(2025, 8, 13))
    >>> estimate_window("revised (cited with Q4-2024 release)")
    (None, None)
    """
    found = _first_date(text)
    if found is None:
        return None, None
    start, first, last = found
    bounds = BOUND_WORDS.findall(text[:start])
    if not bounds:
        return first, last
    if bounds[-1] == "before":
        return None, first - dt.timedelta(days=1)
    return None, last


def is_revision(text: str, position: int) -> bool:
    """Return True for an estimate that revises an earlier one (by its words or its place).

    >>> is_revision("first estimate (2025)", 0), is_revision("revised (Rosstat, 2025)", 0)
    (False, True)
    >>> is_revision("estimate as of mid-2023", 1)
    True
    """
    return position > 0 or REVISION_WORDS.search(text) is not None


@dataclass(frozen=True)
class Calendar:
    """A publisher's usual release calendar for one period (earliest first and revised estimate)."""

    publisher: str
    period: str
    period_end: dt.date
    first: dt.date
    revision: dt.date


def _approximate(
    text: str, position: int, previous: dt.date | None, cal: Calendar
) -> tuple[dt.date, str] | None:
    """Return the earliest date consistent with the text, the calendar and the previous estimate."""
    earliest, latest = estimate_window(text)
    if earliest is None and latest is None:
        return None
    revision = is_revision(text, position)
    usual = cal.revision if revision else cal.first
    kind = "revises" if revision else "first estimates of"
    lags = (usual - cal.period_end).days
    bounds = [
        (usual, f"{cal.publisher} {kind} {cal.period} no earlier than {lags} days after its end"),
        (cal.period_end, "the end of the period"),
    ]
    if earliest is not None:
        bounds.append((earliest, "the first day of the date the text gives"))
    if previous is not None:
        bounds.append((previous + dt.timedelta(days=1), "the day after the previous estimate"))
    day, why = max(bounds, key=lambda bound: bound[0])
    if latest is not None and day > latest:
        day, why = latest, "the latest date the text allows"
    return day, why


def date_estimates(texts: Sequence[str], cal: Calendar) -> list[Dated]:
    """Date the estimates of one period, given in publication order (see the module doc).

    >>> cal = Calendar(publisher="Rosstat", period="a quarter", period_end=dt.date(2024, 6, 30),
    ...                first=dt.date(2024, 8, 9), revision=dt.date(2024, 9, 8))
    >>> texts = ["preliminary (Aug 2024)", "first estimate (2024-09-13)", "as cited Aug 2025"]
    >>> [(d.as_of, d.basis) for d in date_estimates(texts, cal)]
    [('2024-08-09', 'approximate'), ('2024-09-13', 'stated'), ('2024-09-14', 'approximate')]
    >>> date_estimates(texts, cal)[2].note
    'as_of approximate (earliest plausible date): the day after the previous estimate'
    """
    dated: list[Dated] = []
    previous: dt.date | None = None
    for position, text in enumerate(texts):
        earliest, latest = estimate_window(text)
        if earliest is not None and earliest == latest:
            check(earliest >= cal.period_end, f"{text!r}: published before its period ended")
            dated.append(Dated(earliest.isoformat(), "stated", ""))
            previous = earliest
            continue
        found = _approximate(text, position, previous, cal)
        if found is None:
            dated.append(Dated("", "", ""))
            continue
        day, why = found
        note = f"as_of approximate (earliest plausible date): {why}"
        dated.append(Dated(day.isoformat(), "approximate", note))
        previous = day
    return _capped(dated)


def _capped(dated: list[Dated]) -> list[Dated]:
    """Cap each date by the next estimate's: an estimate was public no later than its successor."""
    capped = list(dated)
    for i in range(len(capped) - 2, -1, -1):
        here, after = capped[i], capped[i + 1]
        if here.as_of and after.as_of and after.as_of < here.as_of:
            note = here.note or "as_of capped by the next estimate's date"
            capped[i] = Dated(after.as_of, here.basis, note)
    return capped
