"""Resolve relative and open time expressions: spans, "this year", weekdays, fiscal years.

The calendar forms (dates, months, quarters, halves) are in ``period_rules.py``; the rules
are summarised in ``periods.py``. Nothing here reads today's date.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims import dates
from econcheck.claims.period_rules import (
    Handler,
    PeriodKind,
    Resolved,
    _count,
    _month_number,
    _same,
    _year,
)
from econcheck.claims.vocab import WEEKDAYS
from econcheck.models import Period


def _first_months(match: re.Match[str], published: dt.date) -> Resolved | None:
    count = _count(match["n"])
    if count is not None and match["u"].lower() in ("weeks", "days"):
        return _first_days(count * (7 if match["u"].lower() == "weeks" else 1), match, published)
    if count is not None and match["u"].lower() == "quarters":
        count *= 3  # "the first three quarters of 2017": January to September
    if count is None or not 1 <= count <= 12:
        return None
    year = _year(match, published)
    past = year or (published.year if published.month > count else published.year - 1)
    future = year or published.year
    return (
        PeriodKind.YTD,
        dates.months_period(past, 1, count),
        dates.months_period(future, 1, count),
    )


def _first_days(days: int, match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the first two weeks of the year": January 1 to 14 of that year (a year must be named:
    "the first two weeks of May" is read by its month)."""
    if match["fmon"]:  # "the first 21 days of September": of the latest September
        if not 1 <= days <= 31:
            return None
        month = _month_number(match["fmon"])
        year = (
            int(match["fy"]) if match["fy"] else dates.recent_year(month, published, future=False)
        )
        start = dt.date(year, month, 1)
        end = min(start + dt.timedelta(days=days - 1), dates.month_period(year, month).end)
        return _same(PeriodKind.SPAN, Period(start=start, end=end))
    if match["mrel"]:  # "the first 15 days of the month": of the month of publication
        if not 1 <= days <= 31:
            return None
        start = published.replace(day=1)
        end = min(
            start + dt.timedelta(days=days - 1), dates.month_period(start.year, start.month).end
        )
        return _same(PeriodKind.SPAN, Period(start=start, end=end))
    if not 1 <= days <= 366 or not (match["y"] or match["yrel"]):
        return None
    year = _year(match, published) or published.year
    start = dt.date(year, 1, 1)
    period = Period(start=start, end=start + dt.timedelta(days=days - 1))
    return _same(PeriodKind.SPAN, period)


def _last_months(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the final three months of 2013": October to December 2013 (a quarter when three)."""
    count = _count(match["n"])
    if count is not None and match["u"].lower().startswith("quarter"):
        count *= 3
    if count is None or not 1 <= count <= 12:
        return None
    year = _year(match, published)
    if year is None:
        return None
    period = dates.months_period(year, 13 - count, 12)
    return _same(PeriodKind.QUARTER if count == 3 else PeriodKind.SPAN, period)


def _ytd(match: re.Match[str], published: dt.date) -> Resolved | None:
    if match["mtd"]:  # "since the start of the month": the first of the month to publication
        return _same(PeriodKind.SINCE, Period(start=published.replace(day=1), end=published))
    year = _year(match, published) or _year(match, published, "y2")
    if year is not None and year != published.year:
        return _same(PeriodKind.YTD, dates.year_period(year))
    return _same(PeriodKind.YTD, dates.year_to_date(published))


def _year_end(match: re.Match[str], published: dt.date) -> Resolved | None:
    groups = match.groupdict()
    rel2 = (groups.get("yrel2") or "").lower()
    year = (
        _year(match, published)
        or _year(match, published, "y2")
        or _year(match, published, "y3")
        or _year(match, published, "y4")
        or (published.year if rel2 in ("this", "the") else None)
        or published.year
    )
    day = dt.date(year, 12, 31)
    if day < published and _is_base(match):
        # "has lost 11.3% since the end of last year", "compared to the end of 2021": from
        # that day to publication
        return _same(PeriodKind.SINCE, Period(start=day, end=published))
    if rel2 == "the" and match.group().lower().startswith(_PAST_VERBS) and published < day:
        # "the won ended the year at 1,472.5", written in January: the year just over
        past = dt.date(year - 1, 12, 31)
        return PeriodKind.YEAR_END, Period(start=past, end=past), Period(start=day, end=day)
    return _same(PeriodKind.YEAR_END, Period(start=day, end=day))


_PAST_VERBS = ("ended", "closed")
_FROM_YEAR_END = re.compile(r"(?:since|as\s|compared|relative)", re.IGNORECASE)


def _is_base(match: re.Match[str]) -> bool:
    """Return True for a year's end a change is counted from: "since the end of 2021", "as
    compared to the end of last year"."""
    return _FROM_YEAR_END.match(match.group()) is not None


def _fiscal(match: re.Match[str], published: dt.date) -> Resolved | None:
    end = dates.month_period(int(match["y"]), _month_number(match["mon"])).end
    start = dates.add_months(end.replace(day=1), -11)
    return _same(PeriodKind.SPAN, Period(start=start, end=end))


_YEAR_PARTS = {
    "early": (1, 4),
    "start": (1, 3),
    "beginning": (1, 3),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (10, 12),
}


def _year_part(match: re.Match[str], published: dt.date) -> Resolved | None:
    words = match["part"].lower().split()
    first, last = _YEAR_PARTS[words[1] if words[0] == "the" else words[0]]
    year = _year(match, published)
    if year is None:
        return None
    return _same(PeriodKind.SPAN, dates.months_period(year, first, last))


_UNIT_MONTHS = {"day": 0, "week": 0, "month": 1, "quarter": 3, "year": 12}
_UNIT_DAYS = {"day": 1, "week": 7}


# "over the past few months": read as three, the count English uses "a few" for
_VAGUE_COUNTS = {"few": 3}


def _span(match: re.Match[str], published: dt.date) -> Resolved | None:
    count = _VAGUE_COUNTS.get(match["n"].lower()) or _count(match["n"])
    unit = match["unit"].lower().rstrip("s")
    if count is None or count > 120:
        return None
    months, days = _UNIT_MONTHS[unit] * count, _UNIT_DAYS.get(unit, 0) * count
    direction = (match.groupdict().get("dir") or "next").lower()
    if direction in ("next", "coming", "following"):
        return _same(PeriodKind.SPAN, dates.span_after(published, months, days))
    return _same(PeriodKind.SPAN, dates.span_before(published, months, days))


def _sessions(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "In the last three sessions", "in four consecutive days": that many market days ending
    on the article's day (a change over them starts at the close before the first)."""
    count = _count(match["n"])
    text = match.group().lower()
    plain_days = "session" not in text and "trading" not in text
    if count is None or not 1 < count <= 30:
        return None
    if plain_days and not any(w in text for w in ("consecutive", "straight", "successive")):
        return None  # "in the past four days" is the span rule's
    first = published
    for _ in range(count - 1):
        first = dates.business_day_before(first)
    return _same(PeriodKind.SPAN, Period(start=first, end=published))


def _relative_year(match: re.Match[str], published: dt.date) -> Resolved | None:
    rel = " ".join(match["rel"].lower().split())
    year = published.year
    if rel in ("this", "the current", "the"):
        # "down 3% for the year": so far this year; in a forecast, the whole year
        return PeriodKind.YEAR, dates.year_to_date(published), dates.year_period(year)
    if rel in ("the entire", "the whole", "the full"):
        return _same(PeriodKind.YEAR, dates.year_period(year))  # "growth for the (entire) year"
    if rel in ("last", "the previous"):
        return _same(PeriodKind.YEAR, dates.year_period(year - 1))
    if rel in ("next", "the following"):
        # ("the following year" after another year is that one's next: see periods.py)
        return _same(PeriodKind.YEAR, dates.year_period(year + 1))
    if rel in ("the coming", "the next"):
        return _same(PeriodKind.SPAN, dates.span_after(published, 12))
    return _same(PeriodKind.SPAN, dates.span_before(published, 12))


def _next_year(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "this year and next": the year after publication's."""
    return _same(PeriodKind.YEAR, dates.year_period(published.year + 1))


def _week(match: re.Match[str], published: dt.date) -> Resolved | None:
    rel = "this" if match["rel"] is None else match["rel"].lower().split()[-1]
    if rel in ("past",):
        return _same(PeriodKind.WEEK, dates.span_before(published, days=7))
    offset = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    return _same(PeriodKind.WEEK, dates.week_period(published, offset, to_date=False))


def _relative_month(match: re.Match[str], published: dt.date) -> Resolved | None:
    rel = match["rel"].lower().split()[-1]
    if rel == "past":
        return _same(PeriodKind.SPAN, dates.span_before(published, months=1))
    shifted = dates.add_months(
        published.replace(day=1),
        {
            "last": -1,
            "previous": -1,
            "preceding": -1,
            "prior": -1,
            "next": 1,
            "the": -1,  # "prices rose 0.4% in the month": the month reported
            "latest": -1,
            "recent": -1,
        }.get(rel, 0),
    )
    whole = dates.month_period(shifted.year, shifted.month)
    if rel == "this":
        return PeriodKind.MONTH, Period(start=whole.start, end=published), whole
    return _same(PeriodKind.MONTH, whole)


def _unit_before(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the year before": the last one before publication, until a period named earlier in
    the sentence re-reads it (periods._previous_quarter)."""
    unit = match["unit"].lower()
    if unit == "year":
        return _same(PeriodKind.YEAR, dates.year_period(published.year - 1))
    first = dates.add_months(published.replace(day=1), -(1 if unit == "month" else 3))
    if unit == "month":
        return _same(PeriodKind.MONTH, dates.month_period(first.year, first.month))
    quarter = (first.month - 1) // 3 + 1
    return _same(PeriodKind.QUARTER, dates.quarter_period(first.year, quarter))


def _previous_session(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the previous session", "last close", "a day earlier": the business day before
    publication (periods._previous_session re-reads it against a day the sentence names)."""
    day = dates.business_day_before(published)
    return _same(PeriodKind.DAY, Period(start=day, end=day))


# the base of a move just before: "from $1.2015 ", "from around 1.2710 "
_FROM_FIGURE_BEFORE = re.compile(r"\b(?i:from)\s+(?:(?i:around|about|roughly)\s+)?\S{1,14}\s+$")


def _late_session(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "from $1.2015 in late U.S. trade": the business day before publication, when the
    phrase dates the base of a move; otherwise no date of its own (the day reported)."""
    start = match.start()
    if _FROM_FIGURE_BEFORE.search(match.string, max(0, start - 40), start) is None:
        return None
    day = dates.business_day_before(published)
    return _same(PeriodKind.DAY, Period(start=day, end=day))


def _week_back(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "a week ago": seven days before publication ("a week earlier" is re-read against a day
    the sentence names, periods._previous_session)."""
    day = published - dt.timedelta(days=7)
    return _same(PeriodKind.DAY, Period(start=day, end=day))


def _ago(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "a month ago", "two years ago": the day that long before publication."""
    count = 1 if match["n"].lower() in ("a", "an") else _count(match["n"])
    if count is None:
        return None
    unit = match["unit"].lower().rstrip("s")
    if unit == "decade":  # "three decades ago": about that year, no day in particular
        return _same(PeriodKind.YEAR, dates.year_period(published.year - 10 * count))
    if unit == "day":
        day = published - dt.timedelta(days=count)
    elif unit == "week":
        day = published - dt.timedelta(days=7 * count)
    else:
        day = dates.add_months(published, -count * (12 if unit == "year" else 1))
    return _same(PeriodKind.DAY, Period(start=day, end=day))


def _day_word(match: re.Match[str], published: dt.date) -> Resolved | None:
    word = match["w"].lower().split()[0]
    day = published + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return _same(PeriodKind.DAY, Period(start=day, end=day))


def _month_day(match: re.Match[str], published: dt.date) -> Resolved | None:
    past = dates.month_day(int(match["d"]), published, future=False)
    future = dates.month_day(int(match["d"]), published, future=True)
    if past is None or future is None:
        return None
    return PeriodKind.DAY, Period(start=past, end=past), Period(start=future, end=future)


def _weekday(match: re.Match[str], published: dt.date) -> Resolved | None:
    weekday = WEEKDAYS[match["wd"].lower()]
    rel = (match["rel"] or "").lower()
    past = dates.weekday_date(weekday, published, future=False)
    future = dates.weekday_date(weekday, published, future=True)
    if rel == "last" and past == published:
        past = past - dt.timedelta(days=7)
    if rel == "next":
        future = future + dt.timedelta(days=7) if future == published else future
        past = future
    if rel == "for" or rel.startswith(("effective", "starting")):
        past = future  # "the official rate set for Tuesday", "effective Thursday": coming days
    return PeriodKind.DAY, Period(start=past, end=past), Period(start=future, end=future)


def _decade(match: re.Match[str], published: dt.date) -> Resolved | None:
    if match["c"]:
        first = int(match["c"]) * 10
    else:
        first = 1900 + int(match["c2"]) * 10
        first = first + 100 if first + 100 <= published.year else first
    return _same(
        PeriodKind.DECADE, Period(start=dt.date(first, 1, 1), end=dt.date(first + 9, 12, 31))
    )


def _year_range(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "2016-2020" is a span; "2024-25" and "fiscal 2024/2025" are a fiscal year."""
    first, tail = int(match["y"]), match["y2"]
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 10:
        return None
    is_fiscal = last == first + 1 and (len(tail) == 2 or match["pre"] is not None)
    kind = PeriodKind.FISCAL if is_fiscal else PeriodKind.SPAN
    return _same(kind, Period(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31)))


def _fy(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "FY25" (the calendar year 2025 until the country's fiscal year is known), "FY24-25"."""
    first = 2000 + int(match["yy"])
    last = first if match["yy2"] is None else 2000 + int(match["yy2"])
    if last not in (first, first + 1):
        return None
    return _same(PeriodKind.FISCAL, Period(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31)))


FISCAL_OFFSETS = {"next": 1, "coming": 1, "last": -1, "previous": -1}


def _full_year(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "a full-year forecast": the year of publication."""
    return _same(PeriodKind.YEAR, dates.year_period(published.year))


def _relative_fiscal(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the current fiscal" (the calendar year until the country's fiscal year is known)."""
    offset = FISCAL_OFFSETS.get(match["rel"].lower().split()[-1], 0)
    return _same(PeriodKind.FISCAL, dates.year_period(published.year + offset))


def _month_quarter(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the December quarter": the quarter that ends in that month."""
    quarter = _month_number(match["mon"]) // 3
    year = _year(match, published) or _year(match, published, "y2")
    past = year or dates.recent_part(4, quarter, published, future=False)
    future = year or dates.recent_part(4, quarter, published, future=True)
    return (
        PeriodKind.QUARTER,
        dates.quarter_period(past, quarter),
        dates.quarter_period(future, quarter),
    )


def _plain_year(match: re.Match[str], published: dt.date) -> Resolved | None:
    kind = (
        PeriodKind.FISCAL
        if (match["pre"] or "").strip().lower() in ("fiscal", "fy")
        else (PeriodKind.YEAR)
    )
    return _same(kind, dates.year_period(int(match["y"])))


def _month_end(match: re.Match[str], published: dt.date) -> Resolved | None:
    month = _month_number(match["mon"])
    past = dates.month_period(dates.recent_year(month, published, future=False), month).end
    future = dates.month_period(dates.recent_year(month, published, future=True), month).end
    return PeriodKind.DAY, Period(start=past, end=past), Period(start=future, end=future)


def _months_to(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the three months to September" (a quarter); "the 12 months to October" is October."""
    count = _count(match["n"])
    if count is None or not 1 <= count <= 12:
        return None
    month = _month_number(match["mon"])
    if match["day"] and int(match["day"]) < dates.month_period(published.year, month).end.day:
        return None  # "the 12-month period ending March 20": a span to a day, not to a month

    def build(year: int) -> Period:
        end = dates.month_period(year, month)
        if count == 12:
            return end
        return Period(start=dates.add_months(end.start, 1 - count), end=end.end)

    year = _year(match, published)
    past = year or dates.recent_year(month, published, future=False)
    future = year or dates.recent_year(month, published, future=True)
    kind = PeriodKind.MONTH if count in (1, 12) else PeriodKind.SPAN
    return kind, build(past), build(future)


def _fiscal_year(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the fiscal year that ended in June", "the fiscal year that began in July"."""
    month = _month_number(match["mon"])
    begins = match["verb"].lower().startswith(("bega", "begi", "star"))

    def build(year: int) -> Period:
        if begins:
            start = dt.date(year, month, 1)
            return Period(start=start, end=dates.add_months(start, 12) - dt.timedelta(days=1))
        end = dates.month_period(year, month).end
        return Period(start=dates.add_months(end.replace(day=1), -11), end=end)

    year = _year(match, published)
    past = year or dates.recent_year(month, published, future=False)
    future = year or dates.recent_year(month, published, future=True)
    if match["verb"].lower() in ("ended", "began", "started"):
        future = past  # the past tense fixes the year
    return PeriodKind.SPAN, build(past), build(future)


def _quarter_ending(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "the quarter ending in September": the calendar quarter that ends in that month."""
    if _month_number(match["mon"]) % 3:
        return None  # "the quarter ending in November" is no calendar quarter
    return _month_quarter(match, published)


# a forecast's words before "in three months": the horizon is ahead, not behind
_FORECAST_BEFORE = re.compile(
    r"\b(?:expected|expects?|forecasts?|forecasted|predicted|predicts?|projected|projects?|"
    r"sees?|seen|will|would|could|likely|poll|estimates?|estimated)\b",
    re.IGNORECASE,
)


def _in_span(match: re.Match[str], published: dt.date) -> Resolved | None:
    """ "expected to ease to $1.10 in three months", "in a year's time": the span from the
    article's day to that horizon. Outside a forecast ("the lowest in two years", "rose 5% in
    three months") the phrase is left to the other rules."""
    text = match.string
    if not match["time"] and not _FORECAST_BEFORE.search(
        text, max(0, match.start() - 80), match.start()
    ):
        return None
    return _span(match, published)  # no direction word: the span ahead


HANDLERS: dict[str, Handler] = {
    "qending": _quarter_ending,
    "inspan": _in_span,
    "firstn": _first_months,
    "lastn": _last_months,
    "ytd": _ytd,
    "yearend": _year_end,
    "fiscal": _fiscal,
    "rfiscal": _relative_fiscal,
    "fullyear": _full_year,
    "mquarter": _month_quarter,
    "fyear": _fiscal_year,
    "monthend": _month_end,
    "monthsto": _months_to,
    "ypart": _year_part,
    "span": _span,
    "within": _span,
    "sessions": _sessions,
    "ryear": _relative_year,
    "nextyear": _next_year,
    "week": _week,
    "rmonth": _relative_month,
    "dayword": _day_word,
    "prevday": _previous_session,
    "latetrade": _late_session,
    "weekback": _week_back,
    "agoback": _ago,
    "before": _unit_before,
    "weekday": _weekday,
    "mday": _month_day,
    "decade": _decade,
    "yrange": _year_range,
    "fy": _fy,
    "year": _plain_year,
}
