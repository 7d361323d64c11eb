"""The period a claim refers to, from its time expression or, with none, from the story.

A time expression gives its past or forecast reading; "since X" runs to publication; with no
time expression, a released indicator takes the period of the release the article reports
(or the one a figure it is compared with implies: "2.9%, from 2.5% in February" is March),
a sentence that refers back takes the previous sentence's, and anything else is dated the
day of publication (a forecast of GDP or inflation: the year of publication).
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims.context import SAME_PERIOD, Draft, SentenceContext
from econcheck.claims.dates import (
    add_months,
    month_period,
    quarter_period,
    rest_of_year,
    year_period,
)
from econcheck.claims.patterns import CueKind
from econcheck.claims.period_rules import PeriodKind, _count
from econcheck.claims.periods import PeriodMention
from econcheck.claims.release_periods import (
    LATER,
    RELEASED,
    relative_after,
    relative_to_release,
    release_period,
)
from econcheck.claims.timing import (
    APPLIES_FROM,
    COMPARED_FIGURE,
    is_month_end,
    owning_figure,
    when_clause,
)
from econcheck.models import Indicator, Period

__all__ = ["BETWEEN_MONTHS", "claim_period"]


def _carried_period(ctx: SentenceContext, draft: Draft) -> Period | None:
    """Return the period a sentence referring back takes for a released figure (or any figure
    "in the same month"), if any."""
    if ctx.carried_period is None or LATER.search(ctx.text):
        return None  # "It has since fallen to 3%": not the period before
    indicator, period = ctx.carried_period
    if SAME_PERIOD.search(ctx.text):
        return period  # "In the same month, the bank held its rate at 14.75%"
    return period if indicator is draft.indicator and indicator in RELEASED else None


def _after_compared(ctx: SentenceContext, draft: Draft) -> Period | None:
    """Return the month (quarter) after the one of the figure a release compares with.

    "accelerated to 2.9%, from 2.5% in February" and "15.5%, compared with 14.5% in June"
    report the following month, if it has started by publication.
    """
    for mention in ctx.periods:
        quarter = mention.kind is PeriodKind.QUARTER or _is_quarter_span(mention)
        if mention.kind is not PeriodKind.MONTH and not quarter:
            continue
        owner = owning_figure(ctx, mention)
        if owner is None or owner.start < draft.end:
            continue  # the compared figure follows the claim's own
        if not COMPARED_FIGURE.search(ctx.text, max(0, owner.start - 20), owner.start):
            continue
        months = 3 if quarter else 1
        base = relative_after(ctx, draft.indicator, owner) or mention.past
        start = add_months(base.start, months)
        if start > ctx.published:
            return None
        return Period(start=start, end=add_months(start, months) - dt.timedelta(days=1))
    return None


def _is_quarter_span(mention: PeriodMention) -> bool:
    """Return True for "the three months to June 2017": a calendar quarter as a span."""
    span = mention.past
    return (
        mention.kind is PeriodKind.SPAN
        and span.start.day == 1
        and span.start.month % 3 == 1
        and add_months(span.start, 3) - dt.timedelta(days=1) == span.end
    )


def _sibling_period(ctx: SentenceContext, draft: Draft) -> Period | None:
    """Return the month or quarter of a sibling figure in the next clause that dates both."""
    text = ctx.text
    for mention in ctx.periods:
        if mention.start < draft.end or mention.kind not in (PeriodKind.MONTH, PeriodKind.QUARTER):
            continue
        owner = owning_figure(ctx, mention)
        if owner is None or owner is draft.quantity or not owner.is_rate:
            return None
        if COMPARED_FIGURE.search(text, max(0, owner.start - 20), owner.start):
            return None
        between = text[draft.end : owner.start]
        if _SIBLING_LINK.search(between) is None or ";" in between:
            return None
        kinds = {c.kind for c in ctx.cues if draft.end <= c.start < owner.start}
        other = kinds & {CueKind.INFLATION, CueKind.GDP} - {_CUE_OF[draft.indicator]}
        return None if other else mention.past
    return None


_CUE_OF = {Indicator.INFLATION: CueKind.INFLATION, Indicator.GDP_GROWTH: CueKind.GDP}


def claim_period(
    ctx: SentenceContext,
    draft: Draft,
    mention: PeriodMention | None,
    *,
    future: bool,
    draft_is_forecast: bool = False,
) -> Period:
    """Return the claim's period: the mention's reading, else publication (or rest of year)."""
    if not future and (relative := relative_to_release(ctx, draft)) is not None:
        return relative  # "after 1.0% in the previous quarter" of the release reported
    if mention is None:
        annual = _annual_forecast(ctx, draft, draft_is_forecast=draft_is_forecast)
        return _year_end_level(
            ctx, draft, draft_is_forecast=draft_is_forecast
        ) or _unmentioned_period(ctx, draft, future=future or annual)
    if mention.kind is PeriodKind.SINCE and when_clause(ctx.text, mention, draft):
        # "since November 2023, when it stood at 12.75%"
        return _since_start(ctx.text, mention, ctx.published)
    period = mention.reading(future=future and not _revision_of_past(ctx, draft, mention))
    if mention.kind is PeriodKind.SPAN:
        month = _month_of_two(ctx, draft, mention, period)
        if month is not None:
            return month
    if mention.kind is PeriodKind.DAY and _takes_effect(ctx, draft, mention):
        period = mention.future  # "effective from 18 September": the coming date
    if future is False and draft_is_forecast and mention.past.end == ctx.published:
        period = mention.future  # "our forecast for this year": the whole year
    if _level_after_moves(ctx, draft, mention, period):
        return Period(start=ctx.published, end=ctx.published)
    if (
        draft.indicator is Indicator.GDP_GROWTH
        and mention.kind is PeriodKind.MONTH
        and _YEAR_ENDING.search(ctx.text, max(0, mention.start - 40), mention.start) is not None
    ):
        # "will shrink by 2% in the year ending March": the twelve months to that month's end
        return Period(start=add_months(period.start, -11), end=period.end)
    return _released_span(ctx, draft, mention, period) or period


# a fiscal year named by its last month (not "the year to June", a quarter's y/y rate)
_YEAR_ENDING = re.compile(
    r"\b(?:fiscal\s+|financial\s+|the\s+)year\s+(?:ending|ended|that\s+ends|that\s+ended)\s+"
    r"(?:in\s+)?$",
    re.IGNORECASE,
)


def _released_span(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention, period: Period
) -> Period | None:
    """Return the year or month a released figure dated at its end refers to: inflation "by
    the end of 2025" is 2025's, "reached 4.4% at the end of July" July's."""
    if mention.kind is PeriodKind.YEAR_END and draft.indicator in (
        Indicator.INFLATION,
        Indicator.GDP_GROWTH,
    ):
        return year_period(period.end.year)
    if draft.indicator in RELEASED and is_month_end(ctx.text, mention, period):
        return Period(start=period.end.replace(day=1), end=period.end)
    if _year_just_ended(ctx, draft, mention, period):
        # "For the year as a whole, GDP fell 2.3%" in March: the year just ended
        return year_period(ctx.published.year - 1)
    if (
        draft.indicator in RELEASED
        and mention.kind is PeriodKind.MONTH
        and period.end == ctx.published
        and period.start.day == 1
    ):
        return mention.future  # "consumer prices rose an annual 2.8% this month": the month
    return None


_REVISE = re.compile(r"\brevis(?:e|es|ed|ing|ion)\b", re.IGNORECASE)
_FORECAST_NOUN = re.compile(r"\b(?:forecasts?|projections?|outlook|targets?|goals?)\b", re.I)


def _revision_of_past(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for an expected revision of an outcome: "expectations that Washington
    would revise up GDP growth for the third quarter to 4.3%" is of the quarter just past."""
    before = ctx.text[: draft.quantity.start]
    return (
        mention.kind in (PeriodKind.QUARTER, PeriodKind.MONTH)
        and mention.past.end < ctx.published
        and _REVISE.search(before) is not None
        and _FORECAST_NOUN.search(before) is None
    )


def _year_just_ended(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention, period: Period
) -> bool:
    """Return True for an outcome "for the year" told in the first quarter, before any of
    the new year's figures are out: the year just ended."""
    return (
        draft.indicator in (Indicator.INFLATION, Indicator.GDP_GROWTH)
        and mention.kind is PeriodKind.YEAR
        and period.start == dt.date(ctx.published.year, 1, 1)
        and period.end == ctx.published
        and ctx.published.month <= 3
        and not ctx.text[mention.start : mention.end].lower().startswith("this")
    )


_MONTH_NAME = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)", re.IGNORECASE
)

_SPAN_BEFORE = re.compile(
    r"\bin\s+(?P<y>\w+)\s+years?(?:\s+and\s+(?P<m>\w+)\s+months?)?\s+(?:since\s+)?$", re.I
)

_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")

_DAY_NUMBER = re.compile(r"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\d)")


def _since_start(text: str, mention: PeriodMention, published: dt.date) -> Period:
    """Return the day, month or year a "since" phrase starts from: the time of its "when"
    clause. With no year written, a stated span before it fixes the year ("the lowest in five
    years and seven months since July 2" is July 2 five years and seven months back)."""
    start = mention.past.start
    span = _SPAN_BEFORE.search(text, max(0, mention.start - 50), mention.start)
    if span is not None and not _YEAR_WRITTEN.search(text, mention.start, mention.end):
        years, months = _count(span["y"]) or 0, _count(span["m"] or "0") or 0
        back = add_months(published.replace(day=1), -(12 * years + months))
        day = min(start.day, 28) if start.month == 2 else start.day  # no 29 Feb in most years
        start = start.replace(year=back.year, day=day)
    if _DAY_NUMBER.search(text, mention.start, mention.end):
        return Period(start=start, end=start)  # "since July 2, when it settled at 1,228.4"
    if _MONTH_NAME.search(text, mention.start, mention.end):
        return month_period(start.year, start.month)
    if _QUARTER_NAMED.search(text, mention.start, mention.end):
        # "since the first quarter of 2014, when the economy shrank 0.4 per cent"
        return quarter_period(start.year, (start.month - 1) // 3 + 1)
    return year_period(start.year)


_QUARTER_NAMED = re.compile(r"\bquarter\b|\bQ[1-4]\b", re.IGNORECASE)


def _unmentioned_period(ctx: SentenceContext, draft: Draft, *, future: bool) -> Period:
    """Return the period of a claim with no time expression of its own."""
    if not future and draft.indicator in RELEASED:
        inferred = _after_compared(ctx, draft) or _sibling_period(ctx, draft)
        if inferred is not None:
            return inferred
    # "It was up 2.6% on the year", "The rate was forecast to rise to 10.2%": the figure of
    # the previous sentence's period, or the consensus for it
    carried = _carried_period(ctx, draft)
    release = release_period(ctx, draft.indicator)
    if future:
        if carried and _CONSENSUS_PAST.search(ctx.text):
            return carried
        if release and _POLLED_PAST.search(ctx.text):
            return release  # "Economists expected 3.1% growth": the consensus for the release
        met = carried or release
        if met is not None and _MET_CONSENSUS.search(ctx.text):
            return met  # "This matched the consensus of 0.1% growth": the release's period
        quarter = next((p for p in (carried, release) if p is not None and _is_a_quarter(p)), None)
        if quarter is not None and _QUARTERLY.search(ctx.text):
            return quarter  # "Westpac is tipping quarterly growth of 0.5%": the coming release
        if draft.indicator in _ANNUAL_FORECASTS:
            return year_period(ctx.published.year)  # "the IMF expects growth of 2%": this year
        return rest_of_year(ctx.published)
    return carried or release or Period(start=ctx.published, end=ctx.published)


_ANNUAL_FORECASTS = frozenset({Indicator.GDP_GROWTH, Indicator.INFLATION})


def _annual_forecast(ctx: SentenceContext, draft: Draft, *, draft_is_forecast: bool) -> bool:
    """Return True for a growth or inflation forecast with no time of its own, which is for
    this year ("has forecast 3.0 per cent growth"), unless it is a consensus for a release the
    article reports; a year-end or full-year forecast is for the year whatever month the article
    reports ("revised its year-end inflation forecast")."""
    return (
        draft_is_forecast
        and draft.indicator in _ANNUAL_FORECASTS
        and (
            (_carried_period(ctx, draft) is None and release_period(ctx, draft.indicator) is None)
            or _WHOLE_YEAR_FORECAST.search(ctx.text) is not None
        )
    )


def _year_end_level(
    ctx: SentenceContext, draft: Draft, *, draft_is_forecast: bool
) -> Period | None:
    """Return December 31 for a rate forecast named "year-end" with no time of its own ("its
    year-end policy rate forecast, which it kept at 35 per cent")."""
    if (
        draft_is_forecast
        and draft.indicator in (Indicator.POLICY_RATE, Indicator.FX_RATE)
        and _YEAR_END_FORECAST.search(ctx.text) is not None
    ):
        end = dt.date(ctx.published.year, 12, 31)
        return Period(start=end, end=end)
    return None


_YEAR_END_FORECAST = re.compile(
    r"\b(?:year-end|end-year|end-of-year)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|projections?|"
    r"estimates?|calls?|targets?)\b",
    re.IGNORECASE,
)
_WHOLE_YEAR_FORECAST = re.compile(
    r"\b(?:year-end|end-year|end-of-year|full-year|whole-year)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:forecasts?|projections?|estimates?|targets?)\b",
    re.IGNORECASE,
)


def _level_after_moves(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention, period: Period
) -> bool:
    """Return True for a rate's level after moves made "this year": "has cut four times this
    year, bringing its rate to 3.75%" is the level now, not over the year; so is "has raised
    the rate three times since June, to 1.75 percent"."""
    is_level = not draft.is_change_only
    return (
        is_level
        and draft.indicator in (Indicator.POLICY_RATE, Indicator.FX_RATE)
        and (
            mention.kind is PeriodKind.YEAR
            or (
                "since" in ctx.text
                and _MOVES_SINCE.search(ctx.text, max(0, mention.start - 60), mention.start)
                is not None
            )
        )
        and period.end == ctx.published
        and period.start < ctx.published
        and mention.end <= draft.start
        # "earlier this year, one dollar bought about 35 rubles": a time in the year, not now
        and not _EARLIER_BEFORE.search(ctx.text, max(0, mention.start - 9), mention.start)
    )


_EARLIER_BEFORE = re.compile(r"\bearlier\s+$", re.IGNORECASE)
# "three times since June", "three successive rate cuts since October", "by a cumulative 515
# basis points since December 2021": moves counted up to now
_MOVES_SINCE = re.compile(
    r"\b(?:(?:\w+|\d+)\s+times|(?:rate\s+)?(?:cuts|hikes|increases|reductions|rises)|"
    r"cumulative\s+[\d.]+\s*(?:basis\s+points|bps?|percentage\s+points))\s+since\s+$",
    re.IGNORECASE,
)


def _month_of_two(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention, period: Period
) -> Period | None:
    """Return the one month of a two-month span a figure belongs to: "from July to August"
    is the change over August; in "Between February and March, inflation decreased from 1.5
    to 1.3%", 1.5 is February's and 1.3 March's."""
    second = period.end.replace(day=1)
    if (second - period.start).days not in (28, 29, 30, 31):
        return None
    if _MONTH_TO_NEXT.fullmatch(ctx.text, mention.start, mention.end):
        return Period(start=second, end=period.end)
    if not BETWEEN_MONTHS.fullmatch(ctx.text, mention.start, mention.end):
        return None
    if draft.quantity.from_value is not None:
        return Period(start=second, end=period.end)
    if _FROM_BEFORE.search(ctx.text, max(0, draft.quantity.start - 8), draft.quantity.start):
        return Period(start=period.start, end=second - dt.timedelta(days=1))
    return None


_MONTH_TO_NEXT = re.compile(r"(?i:from)\s+[A-Z][a-z]+\.?\s+(?i:to)\s+[A-Z][a-z]+\.?")
# "Between February and March": also read by rates.py, which dates each end of such a move
BETWEEN_MONTHS = re.compile(r"(?i:between)\s+[A-Z][a-z]+\.?\s+(?i:and)\s+[A-Z][a-z]+\.?")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)

_CONSENSUS_PAST = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:forecast|forecasted|expected|projected|predicted|seen)\b", re.I
)

# a consensus stated in the past tense: "Economists expected 3.1% growth", "a Reuters poll had
# forecast 0.3%"
_POLLED_PAST = re.compile(
    r"\b(?:economists|analysts|forecasters|markets|traders|poll|polled|consensus)\b[^.;]{0,40}?"
    r"\b(?:had\s+)?(?:expected|predicted|forecast|forecasted|anticipated|projected|estimated)\b"
    # "exceeded the average prediction by economists of 6 percent": the reading's consensus
    r"|\b(?:exceed\w*|beat\w*|beating|miss\w*|topp?\w*|above|below|short\s+of|in\s+line\s+with)"
    r"\s+(?:the\s+|an?\s+)?(?:average\s+|median\s+|consensus\s+)?(?:prediction|forecast|"
    r"estimate|expectation)s?\s+(?:by|of|from|among)\s+(?:economists|analysts|forecasters)\b",
    re.IGNORECASE,
)

_QUARTERLY = re.compile(r"\bquarterly\b|\bquarter[- ]on[- ]quarter\b|\bq/q\b", re.IGNORECASE)


def _is_a_quarter(period: Period) -> bool:
    days = (period.end - period.start).days
    return period.start.day == 1 and period.start.month in (1, 4, 7, 10) and 88 <= days <= 91


# an outcome set against its consensus: "This matched the consensus expectation of 0.1% growth"
_MET_CONSENSUS = re.compile(
    r"\b(?:matched|beat|exceeded|missed|topped|undershot|overshot|(?:was|were)\s+in\s+line\s+"
    r"with)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:consensus|expectations?|forecasts?|"
    r"estimates?)\b",
    re.IGNORECASE,
)


def _takes_effect(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the day a decision takes effect: "effective from 18 September", a policy
    rate "to 8.9% from 1 January"."""
    window = max(0, mention.start - 25)
    return _EFFECTIVE.search(ctx.text, window, mention.start) is not None or (
        draft.indicator is Indicator.POLICY_RATE
        and APPLIES_FROM.search(ctx.text, window, mention.start) is not None
    )


_EFFECTIVE = re.compile(
    r"\b(?:effective|with\s+effect|takes?\s+effect|applies|apply)\s+(?:from\s+|on\s+|as\s+of\s+)?$",
    re.IGNORECASE,
)


# Between a figure and a sibling in a later clause that dates both: "at 2.8%, while France
# eased to 0.9% in February", "climbed to 2.7%, ..., and core inflation hit 2.8% in September"
_SIBLING_LINK = re.compile(r",?\s+(?:while|and|whereas|but)\b", re.IGNORECASE)
