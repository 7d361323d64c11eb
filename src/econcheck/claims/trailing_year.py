"""Inflation "over the past 12 months" is the latest release, not the year to publication.

"The all items index increased 2.5% over the last 12 months" in a story of 11 September 2024
is August's year-on-year rate: the statistics office measures twelve months to the month it
has just released, and the article reports that release. So is "averaging 3.9% over the past
12 months" (the twelve months to that month). A span of days ending on the publication date
would ask the record for a month not yet released.

The month is the latest one the sentence names before publication ("rose 0.3% in August ...,
and 2.5% over the last 12 months"), else the release the article reports
(``SentenceContext.release_periods``), else the month before publication.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims.context import SentenceContext
from econcheck.claims.dates import add_months
from econcheck.claims.period_rules import PeriodKind
from econcheck.claims.periods import PeriodMention
from econcheck.models import Indicator, Measure, Period

__all__ = ["trailing_year_release"]

_ONE_DAY = dt.timedelta(days=1)
_SLACK = dt.timedelta(days=2)  # (a span ending the day before publication is the same)

_TRAILING_YEAR = re.compile(
    r"(?:(?:in|over|during|for)\s+)?(?:(?:the\s+)?(?:past|last|previous|preceding)\s+(?:12|twelve)\s+"
    # "consumer inflation jumped 7.9% over the past year" (but "last year" is a calendar year)
    r"months|the\s+(?:past|last)\s+year)",
    re.IGNORECASE,
)


def trailing_year_release(
    ctx: SentenceContext,
    indicator: Indicator,
    mention: PeriodMention | None,
    measure: Measure,
    period: Period,
    *,
    future: bool,
) -> tuple[Period, Measure] | None:
    """Return the month of the release an inflation rate "over the past 12 months" reports
    (the twelve months to it for an average) and its measure, which the words state (a
    twelve-month change is y/y); None for any other claim."""
    if indicator is not Indicator.INFLATION or future or mention is None:
        return None
    if not _TRAILING_YEAR.fullmatch(ctx.text, mention.start, mention.end):
        return None
    if period.end < ctx.published - _SLACK:
        return None  # a span dated by something else than the publication date
    month = _release_month(ctx, mention)
    if measure is Measure.ANNUAL_AVG:
        return Period(start=add_months(month.start, -11), end=month.end), measure
    return month, Measure.YOY if measure is Measure.UNSPECIFIED else measure


def _release_month(ctx: SentenceContext, trailing: PeriodMention) -> Period:
    named = [
        m.past
        for m in ctx.periods
        if m is not trailing and m.kind is PeriodKind.MONTH and m.past.end < ctx.published
    ]
    if named:
        return max(named, key=lambda p: p.end)
    released = dict(ctx.release_periods).get(Indicator.INFLATION)
    if released is not None and (released.end - released.start).days < 31:
        return released
    first = ctx.published.replace(day=1)
    start = add_months(first, -1)
    return Period(start=start, end=first - _ONE_DAY)
