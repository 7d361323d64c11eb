"""Time expressions in a sentence, resolved against the publication date only.

``find_periods`` returns every time expression with two readings: ``past`` (the claim
states an outcome) and ``future`` (a forecast). They differ only where the text leaves
the year open: "in October" in an article of 2024-11-05 is October 2024, but a forecast
"in March" is March 2025. Rules, all relative to the publication date:

- a weekday is the most recent such day strictly before publication, or the day itself
  when it is today's weekday ("On Wednesday" on Tuesday 2024-11-05 is 2024-10-30);
- a month, quarter or half without a year is the most recent one that has begun;
- "this year" is 1 January to publication (the whole year for a forecast);
- "over the next six months" runs from the day after publication to six months later;
- "since X" runs from the start of X to publication (kind SINCE).

Numbers inside a time expression ("19% in October", "the 1990s") are date parts and never
become claim values; extract.py masks these spans. ``find_dateline`` reads the
publication date from the first lines of an article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from econcheck.claims import dates
from econcheck.claims.dateline import find_dateline
from econcheck.claims.vocab import COUNT_WORDS, MONTHS, ORDINALS, WEEKDAYS
from econcheck.models import Period


__all__ = ["PeriodKind", "PeriodMention", "find_dateline", "find_periods", "resolve_period"]


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


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A time expression: its span, shape, and its past and forecast readings."""

    start: int
    end: int
    kind: PeriodKind
    past: Period
    future: Period

    def reading(self, *, future: bool) -> Period:
        """Return the forecast reading when ``future``, else the past one."""
        return self.future if future else self.past

    @property
    def is_fine(self) -> bool:
        """Return True for periods shorter than a month (days, weeks, day ranges)."""
        return self.kind in (PeriodKind.DAY, PeriodKind.WEEK) or (
            self.past.end - self.past.start
        ) < dt.timedelta(days=27)


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
_YEAR = r"(?<![\d.,$€£])(?:19|20)\d\d(?!\d|\s?%|[.,]\d|s\b)"
_OF_YEAR = rf"(?:\s+(?i:of)\s+(?:(?P<y>{_YEAR})|(?P<yrel>(?i:this|last|next|the))\s+(?i:year)))?"
_ORD = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"

_PATTERNS: dict[str, str] = {
    "iso": r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
    "dmy": rf"(?<![\d.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
    "mdy": rf"(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|[.,]\d|\s?%|\s+(?i:per|percent))(?:,?\s+(?P<y>{_YEAR}))?",
    "mpart": rf"(?P<part>(?i:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of|end|start))[- ]?\s*(?P<mon>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
    "mrange": rf"(?:(?i:between|from)\s+)?(?P<mon>{_MONTH})\s*(?:[-–]|\s(?i:and|to|through)\s)\s*(?P<mon2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
    "month": rf"(?P<rel>(?i:last|this|next)\s+)?(?P<mon>{_MONTH})(?:(?:\s+of)?,?\s+(?P<y>{_YEAR})|\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?",
    "quarter": rf"(?<![\w])(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s*['’](?P<yy>\d\d)|\s+(?P<y>{_YEAR})|(?P<yy2>\d\d))?(?![\w])",
    "oquarter": rf"(?:(?i:the)\s+)?(?P<ord>{_ORD})[- ](?i:quarter){_OF_YEAR}",
    "rquarter": r"(?P<rel>(?i:last|this|next|the\s+previous|the\s+current|the\s+coming))\s+(?i:quarter)(?!s)",
    "half": rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd))[- ](?i:half){_OF_YEAR}",
    "hhalf": rf"(?<![\w])(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s*['’](?P<yy>\d\d)|\s+(?P<y>{_YEAR})|(?P<yy2>\d\d))?(?![\w])",
    "firstn": rf"(?:(?i:the)\s+)?(?i:first)\s+(?P<n>\d+|[a-z]+)\s+(?i:months){_OF_YEAR}",
    "ytd": rf"(?i:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|so\s+far\s+this\s+year|(?:in\s+the\s+)?year[- ]to[- ]date|this\s+year\s+so\s+far|so\s+far\s+in\s+(?P<y>{_YEAR}))",
    "yearend": rf"(?i:(?:by|at|toward|towards|before)\s+(?:the\s+)?(?:end\s+of\s+(?:(?P<y>{_YEAR})|(?P<yrel>this|next|the)\s+year)|year[- ]end|year['’]s\s+end)|end[- ](?P<y2>{_YEAR}))",
    "span": r"(?i:(?:over|in|during|within|for|throughout)\s+)?(?i:the\s+)?(?P<dir>(?i:next|coming|following|past|last|previous|prior))\s+(?P<n>\d+|[a-z-]+)\s+(?P<unit>(?i:days?|weeks?|months?|years?|quarters?))\b",
    "within": r"(?i:within)\s+(?P<n>\d+|[a-z-]+)\s+(?P<unit>(?i:days?|weeks?|months?|years?))\b",
    "ryear": r"(?P<rel>(?i:this|last|next|the\s+current|the\s+previous|the\s+coming|the\s+next|the\s+past|the\s+last))\s+(?i:year)(?![\w-])",
    "week": r"(?P<rel>(?i:this|last|next|earlier\s+this|later\s+this|the\s+past|the\s+previous))\s+(?i:week)(?![\w])",
    "rmonth": r"(?P<rel>(?i:this|last|next|the\s+previous|the\s+past))\s+(?i:month)(?![\w])",
    "dayword": r"\b(?P<w>(?i:today|yesterday|tomorrow))\b",
    "weekday": r"(?:(?P<rel>(?i:last|this|next|on))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])",
    "decade": r"(?:(?i:the)\s+)?(?:(?P<c>(?:19|20)\d)0s|['’](?P<c2>\d)0s)\b",
    "yrange": rf"(?P<y>{_YEAR})[-–/](?P<y2>\d\d(?:\d\d)?)(?!\d)",
    "year": rf"(?P<pre>(?i:fiscal|FY|calendar)\s*)?(?P<y>{_YEAR})",
}
_COMPILED = {name: re.compile(source) for name, source in _PATTERNS.items()}
_SINCE = re.compile(r"(?i:since)\s+(?:(?:early|late|mid)[- ]?\s*)?$")
_MAY_CONTEXT = re.compile(
    r"(?i:in|of|since|by|until|through|during|for|from|late|early|mid|end|start|and|to)[-\s]+$"
)

Handler = Callable[[re.Match[str], dt.date], tuple[PeriodKind, Period, Period] | None]


def find_periods(text: str, published: dt.date) -> list[PeriodMention]:
    """Return the time expressions in ``text`` (longest wins on overlap), in order.

    >>> [(m.kind.value, str(m.past.start), str(m.past.end))
    ...  for m in find_periods("On Wednesday prices rose in October", dt.date(2024, 11, 5))]
    [('day', '2024-10-30', '2024-10-30'), ('month', '2024-10-01', '2024-10-31')]
    """
    found: list[PeriodMention] = []
    for name, pattern in _COMPILED.items():
        handler = _HANDLERS[name]
        for match in pattern.finditer(text):
            resolved = handler(match, published)
            if resolved is not None:
                kind, past, future = resolved
                found.append(PeriodMention(match.start(), match.end(), kind, past, future))
    chosen: list[PeriodMention] = []
    for mention in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(_since(text, mention, published))
    return sorted(chosen, key=lambda m: m.start)


def resolve_period(text: str, published: dt.date, *, future: bool = False) -> Period | None:
    """Resolve the first time expression in ``text``, or return None.

    >>> resolve_period("over the next six months", dt.date(2024, 11, 5))
    Period(start=datetime.date(2024, 11, 6), end=datetime.date(2025, 5, 5))
    """
    mentions = find_periods(text, published)
    return mentions[0].reading(future=future) if mentions else None


def _since(text: str, mention: PeriodMention, published: dt.date) -> PeriodMention:
    if not _SINCE.search(text, max(0, mention.start - 20), mention.start):
        return mention
    if mention.past.start > published:
        return mention
    span = Period(start=mention.past.start, end=published)
    return replace(mention, kind=PeriodKind.SINCE, past=span, future=span)


def _same(kind: PeriodKind, period: Period | None) -> tuple[PeriodKind, Period, Period] | None:
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
    rel = (groups.get("yrel") or "").lower()
    return {"this": published.year, "last": published.year - 1, "next": published.year + 1}.get(rel)


def _iso(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    day = dates.safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return _same(PeriodKind.DAY, None if day is None else Period(start=day, end=day))


def _day(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    month, day = _month_number(match["mon"]), int(match["d"])
    year = _year(match, published)
    if year is not None:
        found = dates.safe_date(year, month, day)
        return _same(PeriodKind.DAY, None if found is None else Period(start=found, end=found))
    past = dates.recent_day(month, day, published, future=False)
    future = dates.recent_day(month, day, published, future=True)
    if past is None or future is None:
        return None
    return PeriodKind.DAY, Period(start=past, end=past), Period(start=future, end=future)


def _month_of(
    match: re.Match[str], published: dt.date, build: Callable[[int], Period], kind: PeriodKind
) -> tuple[PeriodKind, Period, Period]:
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


def _month(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    is_bare = not (match["rel"] or match["y"] or match["yrel"])
    if match["mon"].startswith("May") and is_bare:
        if not _MAY_CONTEXT.search(match.string, max(0, match.start() - 12), match.start()):
            return None
    return _month_of(match, published, lambda y: dates.month_period(y, _month_number(match["mon"])), PeriodKind.MONTH)


_PARTS = {"early": (1, 10), "start": (1, 7), "beginning": (1, 7), "mid": (11, 20),
          "middle": (11, 20), "late": (21, 31), "end": (24, 31)}  # fmt: skip


def _month_part(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    words = match["part"].lower().split()
    first, last = _PARTS[words[1] if words[0] == "the" else words[0]]
    month = _month_number(match["mon"])
    return _month_of(match, published, lambda y: dates.month_period(y, month, first, last), PeriodKind.SPAN)


def _month_range(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    first, last = _month_number(match["mon"]), _month_number(match["mon2"])
    if last < first:
        return None
    year = _year(match, published)
    past = year or dates.recent_year(last, published, future=False)
    future = year or dates.recent_year(last, published, future=True)
    return PeriodKind.SPAN, dates.months_period(past, first, last), dates.months_period(future, first, last)


def _part_of_year(
    match: re.Match[str], published: dt.date, parts: int, index: int
) -> tuple[PeriodKind, Period, Period] | None:
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


def _quarter(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    return _part_of_year(match, published, 4, int(match["q"] or match["q2"]))


def _ordinal_quarter(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    return _part_of_year(match, published, 4, ORDINALS[match["ord"].lower()])


def _relative_quarter(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    rel = match["rel"].lower().split()[-1]
    shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    index = (published.month - 1) // 3 + shift
    year, index = published.year + index // 4, index % 4 + 1
    return _same(PeriodKind.QUARTER, dates.quarter_period(year, index))


def _half(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    return _part_of_year(match, published, 2, ORDINALS[match["ord"].lower()])


def _h_half(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    return _part_of_year(match, published, 2, int(match["h"] or match["h2"]))


def _count(text: str) -> int | None:
    low = text.lower()
    return int(low) if low.isdigit() else COUNT_WORDS.get(low)


def _first_months(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    count = _count(match["n"])
    if count is None or not 1 <= count <= 12:
        return None
    year = _year(match, published)
    past = year or (published.year if published.month > count else published.year - 1)
    future = year or published.year
    return PeriodKind.YTD, dates.months_period(past, 1, count), dates.months_period(future, 1, count)


def _ytd(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    year = _year(match, published)
    if year is not None and year != published.year:
        return _same(PeriodKind.YTD, dates.year_period(year))
    return _same(PeriodKind.YTD, dates.year_to_date(published))


def _year_end(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    year = _year(match, published) or _year(match, published, "y2") or published.year
    day = dt.date(year, 12, 31)
    return _same(PeriodKind.YEAR_END, Period(start=day, end=day))


_UNIT_MONTHS = {"day": 0, "week": 0, "month": 1, "quarter": 3, "year": 12}
_UNIT_DAYS = {"day": 1, "week": 7}


def _span(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    count = _count(match["n"])
    unit = match["unit"].lower().rstrip("s")
    if count is None or count > 120:
        return None
    months, days = _UNIT_MONTHS[unit] * count, _UNIT_DAYS.get(unit, 0) * count
    direction = (match.groupdict().get("dir") or "next").lower()
    if direction in ("next", "coming", "following"):
        return _same(PeriodKind.SPAN, dates.span_after(published, months, days))
    return _same(PeriodKind.SPAN, dates.span_before(published, months, days))


def _relative_year(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    rel = " ".join(match["rel"].lower().split())
    year = published.year
    if rel in ("this", "the current"):
        return PeriodKind.YEAR, dates.year_to_date(published), dates.year_period(year)
    if rel in ("last", "the previous"):
        return _same(PeriodKind.YEAR, dates.year_period(year - 1))
    if rel == "next":
        return _same(PeriodKind.YEAR, dates.year_period(year + 1))
    if rel in ("the coming", "the next"):
        return _same(PeriodKind.SPAN, dates.span_after(published, 12))
    return _same(PeriodKind.SPAN, dates.span_before(published, 12))


def _week(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    rel = match["rel"].lower().split()[-1]
    if rel in ("past",):
        return _same(PeriodKind.WEEK, dates.span_before(published, days=7))
    offset = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    past = dates.week_period(published, offset, to_date=True)
    return PeriodKind.WEEK, past, dates.week_period(published, offset, to_date=False)


def _relative_month(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    rel = match["rel"].lower().split()[-1]
    if rel == "past":
        return _same(PeriodKind.SPAN, dates.span_before(published, months=1))
    shifted = dates.add_months(published.replace(day=1), {"last": -1, "previous": -1, "next": 1}.get(rel, 0))
    whole = dates.month_period(shifted.year, shifted.month)
    if rel == "this":
        return PeriodKind.MONTH, Period(start=whole.start, end=published), whole
    return _same(PeriodKind.MONTH, whole)


def _day_word(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    day = published + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[match["w"].lower()])
    return _same(PeriodKind.DAY, Period(start=day, end=day))


def _weekday(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    weekday = WEEKDAYS[match["wd"].lower()]
    rel = (match["rel"] or "").lower()
    past = dates.weekday_date(weekday, published, future=False)
    future = dates.weekday_date(weekday, published, future=True)
    if rel == "last" and past == published:
        past = past - dt.timedelta(days=7)
    if rel == "next":
        future = future + dt.timedelta(days=7) if future == published else future
        past = future
    return PeriodKind.DAY, Period(start=past, end=past), Period(start=future, end=future)


def _decade(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    if match["c"]:
        first = int(match["c"]) * 10
    else:
        first = 1900 + int(match["c2"]) * 10
        first = first + 100 if first + 100 <= published.year else first
    return _same(PeriodKind.DECADE, Period(start=dt.date(first, 1, 1), end=dt.date(first + 9, 12, 31)))


def _year_range(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    first, tail = int(match["y"]), match["y2"]
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 10:
        return None
    return _same(PeriodKind.SPAN, Period(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31)))


def _plain_year(match: re.Match[str], published: dt.date) -> tuple[PeriodKind, Period, Period] | None:
    return _same(PeriodKind.YEAR, dates.year_period(int(match["y"])))


_HANDLERS: dict[str, Handler] = {
    "iso": _iso, "dmy": _day, "mdy": _day, "mpart": _month_part, "mrange": _month_range,
    "month": _month, "quarter": _quarter, "oquarter": _ordinal_quarter,
    "rquarter": _relative_quarter, "half": _half, "hhalf": _h_half, "firstn": _first_months,
    "ytd": _ytd, "yearend": _year_end, "span": _span, "within": _span, "ryear": _relative_year,
    "week": _week, "rmonth": _relative_month, "dayword": _day_word, "weekday": _weekday,
    "decade": _decade, "yrange": _year_range, "year": _plain_year,
}  # fmt: skip
