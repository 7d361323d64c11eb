"""Periods read in a country's reporting conventions, once the claim's country is known.

- Fiscal years and their quarters: "FY25", "Q3 at 5.7%" after "2024-25", and in India (where
  statistics and the central bank number quarters in the fiscal year) a bare "first quarter".
- Quarterly CPI: in Australia and New Zealand "2.4% in the year to December" is the December
  quarter.

fiscal.py reads a fiscal label in a country's convention; this module decides which time
expressions of a sentence are fiscal, and adjusts the claim's period.
"""

from __future__ import annotations

import re

from econcheck.claims.context import SentenceContext
from econcheck.claims.dates import add_months, calendar_months
from econcheck.claims.fiscal import fiscal_half, fiscal_period, fiscal_quarter
from econcheck.claims.periods import PeriodKind, PeriodMention
from econcheck.claims.subjects import to_alpha2
from econcheck.claims.vocab_places import FISCAL_QUARTER_NEWS, QUARTERLY_CPI
from econcheck.models import Period

_FY_SUFFIX = re.compile(r"[-–/]\d\d(?!\d)")


def in_fiscal_years(
    ctx: SentenceContext,
    mention: PeriodMention,
    period: Period,
    country: str | None,
    *,
    future: bool = False,
) -> Period:
    """Return ``period`` read in ``country``'s fiscal years where the sentence speaks of them.

    A fiscal-year mention ("FY25", "2024-25", "the current fiscal") becomes that fiscal year;
    "Q3" in a sentence that names a fiscal year ("for 2024-25 ... Q3 at 5.7%") is its quarter.
    """
    alpha2 = None if country is None else to_alpha2(country)
    if mention.kind is PeriodKind.FISCAL:
        label = ctx.text[mention.start : mention.end]
        return fiscal_period(label, period, alpha2, ctx.published)
    if alpha2 is None:
        return period
    if mention.kind is PeriodKind.HALF:
        return _fiscal_half(ctx, mention, period, alpha2)
    if mention.kind is not PeriodKind.QUARTER:
        return period
    suffix = _FY_SUFFIX.match(ctx.text, mention.end)
    if suffix is not None:  # "Q1 2022-23": a quarter of the fiscal year 2022-23
        label = ctx.text[mention.start : suffix.end()]
        year = fiscal_period(label, mention.past, alpha2, ctx.published)
        quarter = fiscal_quarter(ctx.text[mention.start : mention.end], year)
        return period if quarter is None or year == mention.past else quarter
    fiscal = min(  # the nearest: "Q1 2022-23", not the base year of "at (2011-12) prices"
        (m for m in ctx.periods if m.kind is PeriodKind.FISCAL),
        key=lambda m: min(abs(m.start - mention.end), abs(mention.start - m.end)),
        default=None,
    )
    if fiscal is None:
        named = _in_named_fiscal_year(ctx, mention, period, alpha2)
        if named is period and alpha2 in FISCAL_QUARTER_NEWS:
            return _bare_fiscal_quarter(ctx, mention, alpha2, future=future) or period
        return named
    label = ctx.text[fiscal.start : fiscal.end]
    year = fiscal_period(label, fiscal.past, alpha2, ctx.published)
    if year == fiscal.past:
        return period  # the calendar year: quarters are calendar quarters
    quarter = fiscal_quarter(ctx.text[mention.start : mention.end], year)
    return period if quarter is None else quarter


def _fiscal_half(
    ctx: SentenceContext, mention: PeriodMention, period: Period, alpha2: str
) -> Period:
    """Return "the first half" of a fiscal year the sentence names ("in the first half of the
    2020-2021 fiscal year", "... of the fiscal year and 9% in the first half")."""
    fiscal = min(
        (m for m in ctx.periods if m.kind is PeriodKind.FISCAL),
        key=lambda m: min(abs(m.start - mention.end), abs(mention.start - m.end)),
        default=None,
    )
    if fiscal is None:
        return period
    year = fiscal_period(ctx.text[fiscal.start : fiscal.end], fiscal.past, alpha2, ctx.published)
    if year == fiscal.past:
        return period  # the calendar year: halves are calendar halves
    half = fiscal_half(ctx.text[mention.start : mention.end], year)
    return period if half is None else half


def quarter_of_month(period: Period, country: str | None) -> Period:
    """Return the quarter a quarter-end month stands for where CPI is quarterly: "2.4% in the
    year to December" in Australia is the December quarter."""
    alpha2 = None if country is None else to_alpha2(country)
    if alpha2 not in QUARTERLY_CPI or calendar_months(period) != 1 or period.start.month % 3:
        return period
    return Period(start=add_months(period.start, -2), end=period.end)


def _bare_fiscal_quarter(
    ctx: SentenceContext, mention: PeriodMention, alpha2: str, *, future: bool
) -> Period | None:
    """Return "the second quarter" with no year as a quarter of the fiscal year, in a country
    whose news numbers quarters that way: the latest such quarter started by publication for
    an outcome, the next one not yet ended for a forecast."""
    label = ctx.text[mention.start : mention.end]
    if _YEAR_DIGITS.search(label):
        return None
    current = fiscal_period("the current fiscal", mention.past, alpha2, ctx.published)
    quarter = fiscal_quarter(label, current)
    if quarter is None:
        return None
    if future and quarter.end < ctx.published:
        return fiscal_quarter(label, _shift_year(current, 1))
    if not future and quarter.start > ctx.published:
        return fiscal_quarter(label, _shift_year(current, -1))
    return quarter


_YEAR_DIGITS = re.compile(r"\d{2}")


def _shift_year(period: Period, years: int) -> Period:
    months = 12 * years
    return Period(start=add_months(period.start, months), end=add_months(period.end, months))


def _in_named_fiscal_year(
    ctx: SentenceContext, mention: PeriodMention, period: Period, alpha2: str
) -> Period:
    """Return quarter ``mention`` in the fiscal year of an earlier "Q1 2023-24", if any.

    "5% in the first quarter of 2023-24 and 5.4% in the second": the second quarter of the
    same fiscal year.
    """
    for earlier in reversed([m for m in ctx.periods if m.end <= mention.start]):
        suffix = _FY_SUFFIX.match(ctx.text, earlier.end)
        if earlier.kind is PeriodKind.QUARTER and suffix is not None:
            label = ctx.text[earlier.start : suffix.end()]
            year = fiscal_period(label, earlier.past, alpha2, ctx.published)
            if year == earlier.past:
                return period
            quarter = fiscal_quarter(ctx.text[mention.start : mention.end], year)
            return period if quarter is None else quarter
    return period
