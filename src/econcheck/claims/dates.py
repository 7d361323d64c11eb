"""Calendar arithmetic for period resolution: months, quarters, weeks, weekdays.

Every function takes the publication date explicitly; nothing here reads today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt

from econcheck.models import Period

ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift ``day`` by whole months, clamping to the month's last day.

    >>> add_months(dt.date(2024, 11, 5), 6), add_months(dt.date(2024, 8, 31), 6)
    (datetime.date(2025, 5, 5), datetime.date(2025, 2, 28))
    >>> add_months(dt.date(2024, 3, 31), -1)
    datetime.date(2024, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def month_period(year: int, month: int, first: int = 1, last: int | None = None) -> Period:
    """Return the period of a month, or of days ``first``..``last`` within it."""
    end_day = calendar.monthrange(year, month)[1]
    return Period(
        start=dt.date(year, month, min(first, end_day)),
        end=dt.date(year, month, min(last or end_day, end_day)),
    )


def year_period(year: int) -> Period:
    """Return 1 January .. 31 December of ``year``."""
    return Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))


def months_between(start: dt.date, end: dt.date) -> int:
    """Return how many calendar months a span from ``start`` to ``end`` touches."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def months_period(year: int, first: int, last: int) -> Period:
    """Return the period from the start of month ``first`` to the end of month ``last``."""
    return Period(start=dt.date(year, first, 1), end=month_period(year, last).end)


def quarter_period(year: int, quarter: int) -> Period:
    """Return the period of calendar quarter ``quarter`` (1-4) of ``year``."""
    return months_period(year, 3 * quarter - 2, 3 * quarter)


def half_period(year: int, half: int) -> Period:
    """Return the period of half-year ``half`` (1-2) of ``year``."""
    return months_period(year, 6 * half - 5, 6 * half)


def recent_year(month: int, published: dt.date, *, future: bool) -> int:
    """Return the year of the most recent ``month`` not after publication (next, if future).

    >>> recent_year(10, dt.date(2024, 11, 5), future=False)
    2024
    >>> recent_year(12, dt.date(2024, 11, 5), future=False)
    2023
    >>> recent_year(3, dt.date(2024, 11, 5), future=True)
    2025
    """
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def recent_day(month: int, day: int, published: dt.date, *, future: bool) -> dt.date | None:
    """Return the most recent ``month``/``day`` on or before publication (next, if future)."""
    for year in (
        (published.year - 1, published.year, published.year + 1)
        if future
        else (
            published.year,
            published.year - 1,
        )
    ):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def month_day(day: int, published: dt.date, *, future: bool) -> dt.date | None:
    """Resolve "on the 21st" (a day of an unnamed month): the most recent such day on or
    before publication, or the next on or after it for a forecast; None for no such day.

    >>> month_day(21, dt.date(2025, 11, 24), future=False)
    datetime.date(2025, 11, 21)
    >>> month_day(28, dt.date(2025, 11, 24), future=False)
    datetime.date(2025, 10, 28)
    >>> month_day(31, dt.date(2025, 12, 5), future=False)  # November has no 31st
    datetime.date(2025, 10, 31)
    >>> month_day(3, dt.date(2025, 11, 24), future=True)
    datetime.date(2025, 12, 3)
    """
    if not 1 <= day <= 31:
        return None
    step = 1 if future else -1
    month_start = published.replace(day=1)
    for offset in range(3):  # a 31st is at most two months away
        first = add_months(month_start, step * offset)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def recent_part(parts: int, index: int, published: dt.date, *, future: bool) -> int:
    """Return the year of part ``index`` of ``parts`` per year (quarters: 4) that has begun.

    For a forecast, the first such part that has not ended.

    >>> recent_part(4, 3, dt.date(2024, 11, 5), future=False)
    2024
    >>> recent_part(4, 4, dt.date(2024, 8, 1), future=False)
    2023
    >>> recent_part(2, 1, dt.date(2024, 11, 5), future=True)
    2025
    """
    months = 12 // parts
    first_month = months * (index - 1) + 1
    last_month = months * index
    if future:
        return published.year if published.month <= last_month else published.year + 1
    return published.year if published.month >= first_month else published.year - 1


def weekday_date(weekday: int, published: dt.date, *, future: bool) -> dt.date:
    """Resolve "on Wednesday": that weekday strictly before publication, or the day itself.

    A forecast ("will meet on Friday") reads forward instead.

    >>> weekday_date(2, dt.date(2024, 11, 5), future=False)  # Wednesday before Tue 5 Nov
    datetime.date(2024, 10, 30)
    >>> weekday_date(1, dt.date(2024, 11, 5), future=False)  # Tuesday on a Tuesday
    datetime.date(2024, 11, 5)
    >>> weekday_date(4, dt.date(2024, 11, 5), future=True)
    datetime.date(2024, 11, 8)
    """
    gap = (weekday - published.weekday()) % 7
    if future:
        return published + dt.timedelta(days=gap)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def business_day_before(day: dt.date) -> dt.date:
    """Return the weekday before ``day``: a market report on Monday compares with Friday.

    >>> business_day_before(dt.date(2024, 11, 4)), business_day_before(dt.date(2024, 11, 5))
    (datetime.date(2024, 11, 1), datetime.date(2024, 11, 4))
    """
    day -= dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def week_period(published: dt.date, offset: int, *, to_date: bool) -> Period:
    """Return Monday..Sunday of the week ``offset`` weeks from publication's week."""
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    end = monday + dt.timedelta(days=6)
    if to_date and offset == 0:
        end = published
    return Period(start=monday, end=end)


def span_after(published: dt.date, months: int = 0, days: int = 0) -> Period:
    """Return the period from the day after publication to ``months``/``days`` later.

    >>> span_after(dt.date(2024, 11, 5), months=6)
    Period(start=datetime.date(2024, 11, 6), end=datetime.date(2025, 5, 5))
    """
    end = add_months(published, months) + dt.timedelta(days=days)
    return Period(start=published + ONE_DAY, end=max(end, published + ONE_DAY))


def span_before(published: dt.date, months: int = 0, days: int = 0) -> Period:
    """Return the period of ``months``/``days`` ending on the publication date."""
    start = add_months(published, -months) - dt.timedelta(days=days) + ONE_DAY
    return Period(start=min(start, published), end=published)


def year_to_date(published: dt.date) -> Period:
    """Return 1 January .. the publication date."""
    return Period(start=dt.date(published.year, 1, 1), end=published)


def rest_of_year(published: dt.date) -> Period:
    """Return the day after publication .. 31 December (next year's end on 31 December)."""
    end = dt.date(published.year, 12, 31)
    if end <= published:
        end = dt.date(published.year + 1, 12, 31)
    return Period(start=published + ONE_DAY, end=end)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def calendar_months(period: Period) -> int | None:
    """Return 1, 3, 6 or 12 when ``period`` is that many whole months from a first day.

    >>> calendar_months(month_period(2024, 2)), calendar_months(quarter_period(2024, 4))
    (1, 3)
    >>> calendar_months(Period(start=dt.date(2024, 1, 5), end=dt.date(2024, 2, 4))) is None
    True
    """
    if period.start.day != 1:
        return None
    for months in (1, 3, 6, 12):
        if add_months(period.start, months) - dt.timedelta(days=1) == period.end:
            return months
    return None
