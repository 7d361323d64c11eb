"""Measures one figure of a sentence gives another.

- "went up 2.4% in November for a 166% year-on-year", "rose 0.9% in the March quarter and 2.4%
  annually": a figure given with the annual rate beside it is the month's (or the quarter's)
  own change;
- "On a month-on-month basis, consumer prices edged up 0.1 percent, and core consumer prices
  rose by 0.3 percent": a measure put in front of the sentence covers every figure in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from econcheck.claims.context import SentenceContext, clause_start
from econcheck.claims.measures import cue_measure, is_quarter
from econcheck.models import Claim, Indicator, Measure

# "..., for a 166%", "for an annual inflation rate of 3.5%", "bringing the annual rate to 4%",
# "rose 0.9 per cent in the March quarter and 2.4 per cent annually"
_FOR_ANNUAL = re.compile(
    # "taking cumulative 12-month price growth to 3.62%"
    r"\b(?:for|bringing|taking|putting|giving)\s+(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:(?:of|to|at)\s+)?$|\band\s+(?:was\s+|were\s+)?(?:up\s+|down\s+|by\s+|to\s+)?$",
    re.IGNORECASE,
)
_FRONTED = re.compile(
    r"\s*(?:On|In)\s+(?:a|an)\s+(?P<measure>[\w-]+(?:[\s-][\w-]+){0,3}?)\s+(?:basis|terms),",
    re.IGNORECASE,
)
_BETWEEN = 120


def link_measures(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Return ``claims`` with the measures their neighbours in the sentence give them."""
    return _fronted_measure(ctx, _with_annual_companion(ctx, claims))


def _with_annual_companion(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.indicator is not Indicator.INFLATION:
            continue
        months = _months(claim)
        if months is None:
            continue
        own_start = clause_start(ctx.text, claim.start - ctx.offset)
        end = claim.end - ctx.offset
        for later in out[i + 1 :]:
            start = later.start - ctx.offset
            if later.indicator is not claim.indicator or not 0 < start - end <= _BETWEEN:
                continue
            if not (later.measure_stated and later.measure is Measure.YOY):
                continue
            if later.period != claim.period:
                continue  # "3% in May and 4% in June year-on-year": two months, one measure
            link = _FOR_ANNUAL.search(ctx.text, max(0, start - 50), start)
            if link is None:
                continue
            own = ctx.text[own_start : link.start()]
            if cue_measure(own, claim.indicator) is not Measure.UNSPECIFIED:
                break  # the figure names its own measure: "rose 0.3% month on month, for a 3%"
            measure = Measure.MOM if months == 1 else Measure.QOQ
            out[i] = replace(claim, measure=measure, measure_stated=True)
            break
    return out


def _months(claim: Claim) -> int | None:
    """Return 1 for a claim of one month, 3 for a quarter, else None."""
    period = claim.period
    if is_quarter(period):
        return 3
    if period.start.day == 1 and (period.end - period.start).days in (27, 28, 29, 30):
        return 1
    return None


def _fronted_measure(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    match = _FRONTED.match(ctx.text)
    if match is None:
        return claims
    out = []
    for claim in claims:
        measure = cue_measure(match.group(), claim.indicator)
        if claim.measure is Measure.UNSPECIFIED and measure is not Measure.UNSPECIFIED:
            claim = replace(claim, measure=measure, measure_stated=True)
        out.append(claim)
    return out
