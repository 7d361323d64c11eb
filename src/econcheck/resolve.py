"""Claim -> ClaimPlan: the series to fetch and the role each plays. Pure and table-driven.

For every indicator the planner picks the series (tables in resolve_tables.py), the
readings ``compare`` will compute from them (readings.py), the checks they feed
(value, change, record, forecast as published, outcome) and a date window:

- exchange rates and policy rates: the rate in force, with a window reaching back far
  enough to find the record in force on the first day (full history for records);
- monthly and annual figures: from January of the year before the claim's period, so
  that y/y from an index, year-to-date and changes can be computed;
- forecasts: the named forecaster's latest release before the article, or every
  published forecaster of the time when the forecaster is unnamed or unpublished.

What cannot be planned becomes ``ClaimPlan(unresolved_reason=...)`` naming what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from econcheck.claims.markets import Market, unofficial_market
from econcheck.claims.price_indices import other_price_index
from econcheck.claims.undated import undated_start
from econcheck.models import (
    CheckKind,
    Claim,
    ClaimPlan,
    Horizon,
    Indicator,
    Measure,
    SeriesRequest,
    Target,
)
from econcheck.readings import Reading
from econcheck.releases import vintages_from
from econcheck.resolve_common import (
    Planned,
    actual_kinds,
    alternative_targets,
    country_code,
    country_name,
    is_change_only,
    is_fiscal_year,
    is_imf_year,
    is_whole_years,
    make_targets,
    quarter_count,
    record_targets,
    year_start,
)
from econcheck.resolve_forecasts import forecaster_id, plan_forecast
from econcheck.resolve_tables import (
    CBR_CODES,
    CORE_HAS,
    CORE_LEGS,
    CURRENCY_ALIASES,
    ECB_CURRENCIES,
    ECB_FORMER_CURRENCIES,
    EURO_AREA,
    GDP_RUS_ANNUAL,
    GDP_RUS_QUARTERLY,
    GDP_US_SAAR,
    GDP_US_YOY,
    IMF_CPI,
    IMF_GDP,
    INFLATION_HAS,
    INFLATION_LEGS,
    MEASURE_WORDS,
    POLICY_SERIES,
    Leg,
)

__all__ = ["forecaster_id", "fx_legs", "is_change_only", "is_whole_years", "plan_claim"]

# Long enough to reach the record in force on the first day (CBR New-Year gaps are 12 days).
FX_LOOKBACK_DAYS = 31
# Policy decisions take effect up to a week after the announcement (ECB: next Wednesday).
POLICY_EFFECT_DAYS = 7


def plan_claim(claim: Claim) -> ClaimPlan:
    """Return the targets that check ``claim``, or the reason none can.

    >>> from decimal import Decimal
    >>> from econcheck.models import Period
    >>> day = dt.date(2024, 10, 30)
    >>> claim = Claim(id="c1", sentence="", surface="", start=0, end=0,
    ...     indicator=Indicator.FX_RATE, value=Decimal("140"), value_text="140",
    ...     unit="RUB per USD", period=Period(start=day, end=day),
    ...     published=dt.date(2024, 11, 5), base="USD", quote="RUB")
    >>> [t.request.key for t in plan_claim(claim).targets]
    ['CBR/R01235']
    """
    planned = _PLANNERS[claim.indicator](claim)
    if isinstance(planned, str):
        return ClaimPlan(claim_id=claim.id, unresolved_reason=planned)
    if not planned:
        reason = f"no series in the data can check this {claim.indicator.value} claim"
        return ClaimPlan(claim_id=claim.id, unresolved_reason=reason)
    return ClaimPlan(claim_id=claim.id, targets=tuple(dict.fromkeys(planned)))


# ---- exchange rates -------------------------------------------------------------------


def _currency(code: str | None) -> str | None:
    if code is None:
        return None
    upper = code.strip().upper()
    return CURRENCY_ALIASES.get(upper, upper)


def fx_legs(base: str, quote: str) -> tuple[Leg, ...] | str:
    """Return the official series giving ``quote`` per 1 ``base``, or what is missing.

    >>> fx_legs("USD", "RUB")
    (('CBR', 'R01235', <Reading.IN_FORCE: 'official value in force'>),)
    >>> [leg[1] for leg in fx_legs("USD", "JPY")]
    ['EXR/D.JPY.EUR.SP00.A', 'EXR/D.USD.EUR.SP00.A']
    """
    if quote == "RUB" and base in CBR_CODES:
        return (("CBR", CBR_CODES[base], Reading.IN_FORCE),)
    if base == "RUB" and quote in CBR_CODES:
        return (("CBR", CBR_CODES[quote], Reading.INVERTED),)
    if "RUB" in (base, quote):
        other = quote if base == "RUB" else base
        return f"no official {other}/RUB rate in the data: the Bank of Russia table has no {other}"
    euro = ECB_CURRENCIES | ECB_FORMER_CURRENCIES | {"EUR"}
    missing = [code for code in (base, quote) if code not in euro]
    if missing:
        names = " and ".join(missing)
        return (
            f"no official {base}/{quote} rate in the data: {names} is not among the "
            "Bank of Russia or ECB reference rates"
        )
    if base == "EUR":
        return (("ECB", _exr(quote), Reading.IN_FORCE),)
    if quote == "EUR":
        return (("ECB", _exr(base), Reading.INVERTED),)
    return (("ECB", _exr(quote), Reading.CROSS_QUOTE), ("ECB", _exr(base), Reading.CROSS_BASE))


def _exr(currency: str) -> str:
    return f"EXR/D.{currency}.EUR.SP00.A"


_UNOFFICIAL = {
    Market.PARALLEL: (
        "an unofficial market's rate (a parallel, black-market or 'blue' rate): no official "
        "series records it, and the official rate would not test it"
    ),
    Market.COUNTER: (
        "a bank's or exchange office's buying or selling price: it carries the dealer's "
        "margin, so the official reference rate would not test it"
    ),
}


def _undated_move(claim: Claim) -> str | None:
    """Return the event a move is counted from when only that names its start ("since the
    military took power"): the extractor dates such a move to the publication day alone."""
    if claim.change is None or claim.period.start != claim.period.end:
        return None
    return undated_start(claim.sentence, claim.surface)


def _plan_fx(claim: Claim) -> Planned:
    market = unofficial_market(claim.sentence, claim.surface)
    if market is not None:
        return _UNOFFICIAL[market]
    event = _undated_move(claim)
    if event is not None:
        return (
            f"the move is counted from an event the record cannot date ('{event}'), so its "
            "start is unknown"
        )
    base, quote = _currency(claim.base), _currency(claim.quote)
    if base is None or quote is None or base == quote:
        return "the claim names no currency pair (base and quote currency are needed)"
    legs = fx_legs(base, quote)
    if isinstance(legs, str):
        return legs
    start = claim.period.start - dt.timedelta(days=FX_LOOKBACK_DAYS)
    if claim.horizon is Horizon.FORECAST:
        return make_targets([CheckKind.FORECAST_OUTCOME], legs, start, claim.period.end)
    targets = make_targets(actual_kinds(claim), legs, start, claim.period.end)
    return targets + record_targets(claim, legs, claim.period.end)


# ---- policy rates ---------------------------------------------------------------------


def _plan_policy(claim: Claim) -> Planned:
    country = country_code(claim.country, policy=True)
    if country is None:
        return "the claim names no country or central bank for the policy rate"
    series = POLICY_SERIES.get(country)
    if series is None:
        known = ", ".join(sorted(POLICY_SERIES))
        return f"no policy-rate series for {country} in the data (available: {known})"
    legs = [(source, key, Reading.IN_FORCE) for source, key in series]
    # Event series are short: fetch the whole history so the rate in force is always found.
    end = claim.period.end + dt.timedelta(days=POLICY_EFFECT_DAYS)
    if claim.horizon is Horizon.FORECAST:
        return make_targets([CheckKind.FORECAST_OUTCOME], legs, None, end)
    return make_targets(actual_kinds(claim), legs, None, end) + record_targets(claim, legs, end)


# ---- inflation ------------------------------------------------------------------------


def _imf_legs(claim: Claim, country: str, indicator: str, reading: Reading) -> list[Target]:
    return [
        Target(
            kind=CheckKind.VALUE,
            request=SeriesRequest(source="IMF", series=f"WEO:{vintage}/{country}.{indicator}"),
            reading=reading.value,
            forecaster="IMF",
            vintage=vintage,
        )
        for vintage in vintages_from("IMF", claim.published)
    ]


def _plan_inflation(claim: Claim) -> Planned:
    core = claim.basket is not None and claim.basket.value == "core"
    country = country_code(claim.country)
    if country is None:
        return "the claim names no country for the inflation figure"
    other = other_price_index(claim.sentence, claim.surface)
    if other is not None:
        return f"the figure is of the {other}, not the consumer price index the data hold"
    if core and (claim.horizon is Horizon.FORECAST or (country, "month") not in CORE_HAS):
        held = "; ".join(CORE_HAS.values())
        return f"core inflation for {country_name(country)} is not in the data (it holds {held})"
    if claim.horizon is Horizon.FORECAST:
        return plan_forecast(claim, country, Indicator.INFLATION)
    kind = "year" if is_whole_years(claim) else "month"
    table = CORE_LEGS if core else INFLATION_LEGS
    legs = table.get((country, kind, claim.measure.value))
    if legs is None:
        if core:
            what = f"{MEASURE_WORDS[claim.measure.value]} core inflation".strip()
            held = CORE_HAS[(country, "month")]
            return (
                f"{what} for {country_name(country)} over this period is not in the data ({held})"
            )
        return _inflation_fallback(claim, country, kind)
    start, end = year_start(claim.period.start), claim.period.end
    other_legs = _other_readings(country, kind, legs, table)
    if not claim.measure_stated or claim.measure is Measure.UNSPECIFIED:
        # The text does not say which measure (the y/y of "inflation was 8.5% in October" is a
        # convention): every plain reading of the period is a candidate and the closest
        # decides; an annualised monthly rate must be stated ("at an annual rate") to decide.
        pool = (*legs, *other_legs)
        legs = tuple(leg for leg in pool if leg[2] not in _STATED_ONLY) or pool
        other_legs = tuple(leg for leg in pool if leg not in legs)
    targets = make_targets(actual_kinds(claim), legs, start, end)
    others = alternative_targets(claim, other_legs, start, end)
    return targets + others + record_targets(claim, legs, end)


_STATED_ONLY = frozenset({Reading.MOM_ANNUALIZED, Reading.INDEX_MOM_ANNUALIZED})


def _other_readings(
    country: str,
    kind: str,
    legs: tuple[Leg, ...],
    table: dict[tuple[str, str, str], tuple[Leg, ...]] = INFLATION_LEGS,
) -> tuple[Leg, ...]:
    """Return the readings besides a stated measure's, listed so the verdict can show them.

    They are the readings of an unspecified measure (y/y, m/m, annualised m/m for a month;
    Dec/Dec, December's y/y, the annual average for a year, where the data have them). A
    measure outside that set (year to date) has none: the others describe other spans.

    >>> stated_mom = INFLATION_LEGS[("RUS", "month", "mom")]
    >>> [leg[2].value for leg in _other_readings("RUS", "month", stated_mom)]
    ['y/y', 'm/m annualised']
    >>> _other_readings("RUS", "month", INFLATION_LEGS[("RUS", "month", "ytd")])
    ()
    """
    every = table.get((country, kind, Measure.UNSPECIFIED.value), ())
    if not set(legs) <= set(every):
        return ()
    return tuple(leg for leg in every if leg not in legs)


def _inflation_fallback(claim: Claim, country: str, kind: str) -> Planned:
    measure = claim.measure
    if kind == "year" and measure in (Measure.UNSPECIFIED, Measure.ANNUAL_AVG):
        if country == EURO_AREA or len(country) != 3:
            return f"no annual inflation series for {country} in the data"
        return _imf_legs(claim, country, IMF_CPI, Reading.ANNUAL_AVG)
    name = country_name(country)
    days = (claim.period.end - claim.period.start).days + 1
    if days <= 31 and len(country) == 3 and country not in INFLATION_HAS:
        monthly = _imf_monthly(claim, country)
        if monthly is not None:
            return monthly
    if country in INFLATION_HAS:
        return (
            f"{MEASURE_WORDS[measure.value]} inflation for {name} over this period is not in the "
            "data; "
            f"it holds {INFLATION_HAS[country]}"
        )
    span = "monthly" if days <= 31 else "quarterly" if days <= 92 else "sub-annual"
    return (
        f"{span} inflation for {name} is not in the data; only IMF WEO annual averages "
        "are, so the claim would need a calendar year"
    )


def _imf_cpi_leg(country: str, transform: str, reading: Reading) -> Leg:
    """The IMF's monthly CPI of one economy (SDMX flow IMF.STA/CPI, all items)."""
    return ("IMF", f"SDMX:IMF.STA/CPI/{country}.CPI._T.{transform}.M", reading)


def _imf_monthly(claim: Claim, country: str) -> Planned | None:
    """Plan a month's inflation from the IMF's CPI flow: y/y and m/m as published for every
    economy that reports to the IMF; the stated measure decides, else the closer of the two."""
    yoy = _imf_cpi_leg(country, "YOY_PCH_PA_PT", Reading.YOY)
    mom = _imf_cpi_leg(country, "POP_PCH_PA_PT", Reading.MOM)
    stated = claim.measure_stated and claim.measure is not Measure.UNSPECIFIED
    legs: tuple[Leg, ...]
    others: tuple[Leg, ...]
    if not stated:
        legs, others = (yoy, mom), ()
    elif claim.measure is Measure.YOY:
        legs, others = (yoy,), (mom,)
    elif claim.measure is Measure.MOM:
        legs, others = (mom,), (yoy,)
    else:
        return None
    start, end = year_start(claim.period.start), claim.period.end
    targets = make_targets(actual_kinds(claim), legs, start, end)
    return targets + alternative_targets(claim, others, start, end)


# ---- GDP growth -----------------------------------------------------------------------


def _plan_gdp(claim: Claim) -> Planned:
    country = country_code(claim.country)
    if country is None:
        return "the claim names no country for the GDP figure"
    if claim.horizon is Horizon.FORECAST:
        return plan_forecast(claim, country, Indicator.GDP_GROWTH)
    if country == "USA" and not is_whole_years(claim) and claim.measure is not Measure.QOQ:
        us = _plan_gdp_us(claim)
        if us is not None:
            return us
    if claim.measure in (Measure.QOQ, Measure.ANNUALIZED):
        return (
            f"{MEASURE_WORDS[claim.measure.value]} GDP growth for {country_name(country)} "
            "is not in the data "
            "(only y/y growth)"
        )
    if country == "RUS":
        return _plan_gdp_russia(claim)
    return _plan_gdp_imf(claim, country)


def _plan_gdp_imf(claim: Claim, country: str) -> Planned:
    """Plan a year's growth from the IMF WEO (calendar years, and fiscal years the WEO uses)."""
    if is_fiscal_year(claim) and not is_imf_year(claim, country):
        return (
            f"fiscal-year GDP for {country_name(country)} ({claim.period.label()}) is not in "
            "the data (the IMF WEO series is by calendar year)"
        )
    if not is_imf_year(claim, country):
        if claim.period.start == claim.period.end == claim.published:
            return (
                f"the claim names no period for {country_name(country)}'s growth, and only "
                "IMF WEO annual growth is in the data"
            )
        return (
            f"quarterly GDP for {country_name(country)} is not in the data "
            "(only IMF WEO annual growth)"
        )
    if country == EURO_AREA or len(country) != 3:
        return f"no GDP series for {country} in the data"
    return _imf_legs(claim, country, IMF_GDP, Reading.GDP_YOY)


def _plan_gdp_us(claim: Claim) -> Planned | None:
    """Plan a US quarter's growth from BEA's series on FRED: the annualised q/q rate the US
    headline uses and the change from a year earlier; unstated, the closer decides. A period
    of no whole quarters (a claim dated by the article) is left to the annual rules."""
    if quarter_count(claim) < 1 or claim.period.start.month % 3 != 1 or claim.period.start.day != 1:
        return None
    if claim.measure is Measure.ANNUALIZED:
        legs: tuple[Leg, ...] = (GDP_US_SAAR,)
    elif claim.measure is Measure.YOY and claim.measure_stated:
        legs = (GDP_US_YOY,)
    else:
        legs = (GDP_US_SAAR, GDP_US_YOY)
    start, end = year_start(claim.period.start), claim.period.end
    return make_targets(actual_kinds(claim), legs, start, end)


def _plan_gdp_russia(claim: Claim) -> Planned:
    """Plan Rosstat's annual or quarterly y/y; several quarters also get the period's growth.

    For several quarters a stated y/y is the period's own growth (over the same quarters a year
    earlier); each quarter's y/y is then listed as another reading.
    """
    start, end = year_start(claim.period.start), claim.period.end
    others: list[Leg] = []
    if is_whole_years(claim):
        legs: list[Leg] = [(*GDP_RUS_ANNUAL, Reading.GDP_YOY)]
    else:
        legs = [(*GDP_RUS_QUARTERLY, Reading.GDP_YOY)]
        if quarter_count(claim) > 1:
            legs.append((*GDP_RUS_QUARTERLY, Reading.GDP_PERIOD))
        if quarter_count(claim) > 1 and claim.measure is Measure.YOY:
            legs, others = legs[1:], legs[:1]
    targets = make_targets(actual_kinds(claim), legs, start, end)
    targets += alternative_targets(claim, others, start, end)
    return targets + record_targets(claim, legs, end)


_PLANNERS: dict[Indicator, Callable[[Claim], Planned]] = {
    Indicator.FX_RATE: _plan_fx,
    Indicator.POLICY_RATE: _plan_policy,
    Indicator.INFLATION: _plan_inflation,
    Indicator.GDP_GROWTH: _plan_gdp,
}
