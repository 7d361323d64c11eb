"""The earlier forecast a revision replaces: a claim of its own.

"The IMF raised its growth forecast to 3.6% from 3.5%" says two checkable things: the new
forecast (3.6%) and the forecaster's earlier one (3.5%), for the same economy and period.
The earlier one becomes a claim with ``earlier_forecast`` set, so that compare checks it
against the forecaster's release before the current one. Only GDP growth and inflation
forecasts in a sentence about a forecast being revised qualify: in "expected to raise the
rate from 5.25% to 5.5%" the 5.25% is the rate in force, context rather than a forecast.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.context import SentenceContext
from econcheck.claims.finish import claim_id
from econcheck.models import Claim, Horizon, Indicator, Qualifier

_TOPICS = (Indicator.GDP_GROWTH, Indicator.INFLATION)
# A policy-rate forecast's earlier figure ("seen at 5.75%, up from the 5.50% seen last
# month") is context, as the from-value of any rate move is: dropped, not checked.
_CONTEXT_ONLY = (Indicator.POLICY_RATE,)
# A sentence about a revised forecast: a forecast word and a word of revision or of the
# earlier release ("previously", "in its July update").
_FORECAST_WORD = re.compile(
    r"\b(?:forecast|projection|projected|outlook|estimate|prediction|expectation|prognos|sees|"
    r"seen)"
    # "now expects 0.8% for the March quarter, up from 0.5% previously" (not "traders expect
    # the statistics office to revise GDP growth to 0.6 percent from 0.4 percent": data)
    r"|\bexpects?\b(?=[^.;]*\b(?:previously|earlier)\b)",
    re.IGNORECASE,
)
_REVISION_WORD = re.compile(
    r"\b(?:revis|rais|lift|upgrad|downgrad|cut|lower|trim|reduc|adjust|hik|nudg|pare|slash|"
    r"increas|boost|"
    r"previous|earlier|prior|update)"
    r"|\b(?:its|their)\s+(?:[A-Z]\w+\s+)?(?:projections|forecasts|outlook|report)\b"
    # the forecast itself moved: "expectations for consumer inflation dropped to 5.27%"
    r"|\b(?:expectations?|forecasts?|projections?|estimates?)\b[^.;]{0,50}?"
    r"\b(?:dropped|fell|rose|climbed|increased|decreased|declined|edged|slipped|eased|went)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"[-−]?\d+(?:[.,]\d+)?")
_DIGIT = re.compile(r"[-−+]?\d")
_NUMBER = re.compile(r"(?<![\w.,])[-−]?\d+(?:[.,]\d+)?(?:\s?(?:per\s?cent|percent)\b|%)?")


def add_earlier_forecasts(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Return ``claims`` with the earlier forecast of each revised forecast after it.

    An earlier figure already read as a claim of its own because a month follows it ("to 5%
    from 4.6% in April") is the forecast of that month's release, for the same period.
    """
    claims = _without_context_figures(ctx, claims)
    if not _FORECAST_WORD.search(ctx.text) or not _REVISION_WORD.search(ctx.text):
        return claims
    out = list(claims)
    index = 0
    while index < len(out):
        claim = out[index]
        index += 1
        if claim.horizon is not Horizon.FORECAST or claim.indicator not in _TOPICS:
            continue
        if claim.earlier_forecast:
            continue
        following = out[index] if index < len(out) else None
        if following is not None and _is_move_target(claim, following):
            # "increased its forecast ... from 4.5% to 5.1%": the claim read first is the
            # starting point (5.1%'s span starts where 4.5% does), so it is the earlier one
            out[index - 1] = _as_earlier(following, claim)
            index += 1
            continue
        if following is not None and _is_earlier(ctx, claim, following):
            out[index] = _as_earlier(claim, following)
            index += 1
            continue
        change = claim.change
        if change is None or change.from_value is None:
            continue
        if all(c.value != change.from_value for c in out if c is not claim):
            earlier = _earlier(ctx, claim, change.from_value)
            if earlier is not None:
                out.insert(index, earlier)
                index += 1
    return out


def _without_context_figures(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Drop the earlier forecast a policy-rate forecast is compared with (a figure of its own
    time, "from 21% in October", is the rate then: a claim)."""
    out: list[Claim] = []
    for claim in claims:
        last = out[-1] if out else None
        if (
            last is not None
            and last.indicator in _CONTEXT_ONLY
            and last.horizon is claim.horizon is Horizon.FORECAST
            and _is_from_value(ctx, last, claim)
        ):
            continue
        out.append(claim)
    return out


# "to 5% from 4.6% in April", "at 2.1% for 2017, up from 1.9% in the previous update",
# "compared with previous forecasts of 3.7%"
_FROM_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|against)\s+(?:(?:the|an?|its|their)\s+)?"
    r"(?:(?:previous|earlier|prior|initial)\s+)?(?:(?:forecasts?|estimates?|projections?|"
    r"expectations?)\s+"
    r"(?:of\s+)?)?\+?$",  # "to 0% from +0.2%"
    re.IGNORECASE,
)


def _is_from_value(ctx: SentenceContext, claim: Claim, following: Claim) -> bool:
    """Return True when ``following`` is the figure a forecast ``claim`` is compared with,
    right after it behind "from" or "versus" ("up from the 5.50% seen last month")."""
    start = following.start - ctx.offset
    return (
        following.indicator is claim.indicator
        and following.value_max is None  # "with estimates ranging from 7% to 8%": a range
        and following.start - claim.end <= 60
        and _FROM_BEFORE.search(ctx.text, max(0, start - 50), start) is not None
    )


def _is_earlier(ctx: SentenceContext, claim: Claim, following: Claim) -> bool:
    """Return True when ``following`` is the figure a revised forecast ``claim`` replaced: the
    same indicator, right after it behind "from", dated the same period or an earlier month
    (the earlier release's)."""
    if following.indicator is not claim.indicator or following.earlier_forecast:
        return False
    start = following.start - ctx.offset
    if following.start - claim.end > 60 or not _FROM_BEFORE.search(
        ctx.text, max(0, start - 50), start
    ):
        return False
    if claim.change is not None and claim.change.from_value not in (None, following.value):
        return False
    if following.period == claim.period:
        return True
    # "a 2024 forecast of 5%, up from 4.6% in April": the month of the earlier release
    yearly = (claim.period.end - claim.period.start).days >= 360
    month = (following.period.end - following.period.start).days < 32
    return yearly and month and following.period.end < claim.published


def _is_move_target(claim: Claim, following: Claim) -> bool:
    """Return True when ``following`` is a move "from ``claim`` to it" of one forecast: its
    span starts at the earlier figure and runs past it."""
    return (
        following.indicator is claim.indicator
        and following.horizon is Horizon.FORECAST
        and not following.earlier_forecast
        and following.start == claim.start
        and following.end > claim.end
        and following.period == claim.period
    )


def _as_earlier(claim: Claim, read: Claim) -> Claim:
    """Return ``read`` (the earlier figure) as the earlier forecast behind ``claim``."""
    return replace(
        read,
        horizon=Horizon.FORECAST,
        period=claim.period,
        measure=claim.measure,
        measure_stated=claim.measure_stated,
        country=claim.country,
        forecaster=claim.forecaster,
        attributed_to=claim.attributed_to,
        hedged=claim.hedged,
        change=None,
        earlier_forecast=True,
    )


def _earlier(ctx: SentenceContext, claim: Claim, value: Decimal) -> Claim | None:
    span = _from_span(ctx, claim, value)
    if span is None:
        return None
    start, end = span
    surface = ctx.text[start:end]
    return replace(
        _as_earlier(claim, claim),
        id=claim_id(ctx.published, ctx.offset + start, claim.indicator, surface),
        surface=surface,
        start=ctx.offset + start,
        end=ctx.offset + end,
        value=value,
        value_text=figure.group() if (figure := _FIGURE.match(surface)) else str(value),
        value_max=None,
        qualifier=Qualifier.EXACT,
        superlative=None,
        superlative_since=None,
    )


def _from_span(ctx: SentenceContext, claim: Claim, value: Decimal) -> tuple[int, int] | None:
    """Return the span of the earlier figure: the number nearest the claim worth ``value``,
    looked for only inside the sentence's quantities (the finder has read them already)."""
    here = claim.start - ctx.offset
    best: tuple[int, int, int] | None = None
    for quantity in ctx.quantities:
        if value not in (quantity.value, quantity.from_value):
            continue
        if quantity.value == value and not _DIGIT.match(ctx.text, quantity.start):
            # "to 8.5 per cent from eight per cent": a figure in words is its whole span
            distance = abs(quantity.start - here)
            if distance <= 80 and (best is None or distance < best[0]):
                best = (distance, quantity.start, quantity.end)
            continue
        for match in _NUMBER.finditer(ctx.text, quantity.start, quantity.per_end):
            token = _FIGURE.match(match.group()).group()  # type: ignore[union-attr]
            if Decimal(token.replace("−", "-").replace(",", ".")) != value:
                continue
            distance = abs(match.start() - here)
            if distance <= 80 and (best is None or distance < best[0]):
                best = (distance, match.start(), match.end())
    return None if best is None else (best[1], best[2])
