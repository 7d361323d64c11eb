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
from collections.abc import Callable, Sequence

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
from econcheck.releases import latest_vintage, vintages_from
from econcheck.resolve_tables import (
    CBR_CODES,
    COUNTRY_NAMES,
    CURRENCY_ALIASES,
    ECB_CURRENCIES,
    EURO_AREA,
    EURO_AREA_ALIASES,
    EURO_MEMBERS,
    FORECASTER_ALIASES,
    FORECASTER_COUNTRIES,
    GDP_RUS_ANNUAL,
    GDP_RUS_QUARTERLY,
    IMF_CPI,
    IMF_GDP,
    INFLATION_HAS,
    INFLATION_LEGS,
    MEASURE_WORDS,
    MINEK_SERIES,
    POLICY_SERIES,
    Leg,
)

# Long enough to reach the record in force on the first day (CBR New-Year gaps are 12 days).
FX_LOOKBACK_DAYS = 31
# Policy decisions take effect up to a week after the announcement (ECB: next Wednesday).
POLICY_EFFECT_DAYS = 7

Planned = list[Target] | str


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


# ---- shared helpers -------------------------------------------------------------------


def is_change_only(claim: Claim) -> bool:
    """Return True when the claim states a change but no level ("lost 20%", "doubled")."""
    return claim.change is not None and abs(claim.value) == abs(claim.change.value)


def _actual_kinds(claim: Claim) -> list[CheckKind]:
    kinds = [] if is_change_only(claim) else [CheckKind.VALUE]
    if claim.change is not None:
        kinds.append(CheckKind.CHANGE)
    return kinds


def _targets(
    kinds: Sequence[CheckKind], legs: Sequence[Leg], start: dt.date | None, end: dt.date | None
) -> list[Target]:
    return [
        Target(
            kind=kind,
            request=SeriesRequest(source=source, series=series, start=start, end=end),
            reading=reading.value,
        )
        for kind in kinds
        for source, series, reading in legs
    ]


def _record_targets(claim: Claim, legs: Sequence[Leg], end: dt.date) -> list[Target]:
    if claim.superlative is None or claim.horizon is Horizon.FORECAST:
        return []
    return _targets([CheckKind.RECORD], legs, claim.superlative_since, end)


def _country(code: str | None, *, policy: bool = False) -> str | None:
    if code is None:
        return None
    upper = code.strip().upper()
    if upper in EURO_AREA_ALIASES or (policy and upper in EURO_MEMBERS):
        return EURO_AREA
    return upper


def _country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code, code)


def _year_start(day: dt.date, years_back: int = 1) -> dt.date:
    return dt.date(day.year - years_back, 1, 1)


def is_whole_years(claim: Claim) -> bool:
    """Return True when the claim's period is one or more whole calendar years."""
    period = claim.period
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1,
        1,
        12,
        31,
    )


def _quarter_count(claim: Claim) -> int:
    first = claim.period.start.year * 4 + (claim.period.start.month - 1) // 3
    last = claim.period.end.year * 4 + (claim.period.end.month - 1) // 3
    return last - first + 1


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
    euro = ECB_CURRENCIES | {"EUR"}
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


def _plan_fx(claim: Claim) -> Planned:
    base, quote = _currency(claim.base), _currency(claim.quote)
    if base is None or quote is None or base == quote:
        return "the claim names no currency pair (base and quote currency are needed)"
    legs = fx_legs(base, quote)
    if isinstance(legs, str):
        return legs
    start = claim.period.start - dt.timedelta(days=FX_LOOKBACK_DAYS)
    if claim.horizon is Horizon.FORECAST:
        return _targets([CheckKind.FORECAST_OUTCOME], legs, start, claim.period.end)
    targets = _targets(_actual_kinds(claim), legs, start, claim.period.end)
    return targets + _record_targets(claim, legs, claim.period.end)


# ---- policy rates ---------------------------------------------------------------------


def _plan_policy(claim: Claim) -> Planned:
    country = _country(claim.country, policy=True)
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
        return _targets([CheckKind.FORECAST_OUTCOME], legs, None, end)
    return _targets(_actual_kinds(claim), legs, None, end) + _record_targets(claim, legs, end)


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
    if claim.basket is not None and claim.basket.value == "core":
        return "core inflation is not in the data (only headline CPI)"
    country = _country(claim.country)
    if country is None:
        return "the claim names no country for the inflation figure"
    if claim.horizon is Horizon.FORECAST:
        return _plan_forecast(claim, country, Indicator.INFLATION)
    kind = "year" if is_whole_years(claim) else "month"
    legs = INFLATION_LEGS.get((country, kind, claim.measure.value))
    if legs is None:
        return _inflation_fallback(claim, country, kind)
    targets = _targets(
        _actual_kinds(claim), legs, _year_start(claim.period.start), claim.period.end
    )
    return targets + _record_targets(claim, legs, claim.period.end)


def _inflation_fallback(claim: Claim, country: str, kind: str) -> Planned:
    measure = claim.measure
    if kind == "year" and measure in (Measure.UNSPECIFIED, Measure.ANNUAL_AVG):
        if country == EURO_AREA or len(country) != 3:
            return f"no annual inflation series for {country} in the data"
        return _imf_legs(claim, country, IMF_CPI, Reading.ANNUAL_AVG)
    name = _country_name(country)
    if country in INFLATION_HAS:
        return (
            f"{MEASURE_WORDS[measure.value]} inflation for {name} over this period is not in the "
            "data; "
            f"it holds {INFLATION_HAS[country]}"
        )
    return (
        f"monthly inflation for {name} is not in the data; only IMF WEO annual averages "
        "are, so the claim would need a calendar year"
    )


# ---- GDP growth -----------------------------------------------------------------------


def _plan_gdp(claim: Claim) -> Planned:
    country = _country(claim.country)
    if country is None:
        return "the claim names no country for the GDP figure"
    if claim.horizon is Horizon.FORECAST:
        return _plan_forecast(claim, country, Indicator.GDP_GROWTH)
    if claim.measure in (Measure.QOQ, Measure.ANNUALIZED):
        return (
            f"{MEASURE_WORDS[claim.measure.value]} GDP growth for {_country_name(country)} "
            "is not in the data "
            "(only y/y growth)"
        )
    if country == "RUS":
        return _plan_gdp_russia(claim)
    if not is_whole_years(claim):
        return (
            f"quarterly GDP for {_country_name(country)} is not in the data "
            "(only IMF WEO annual growth)"
        )
    if country == EURO_AREA or len(country) != 3:
        return f"no GDP series for {country} in the data"
    return _imf_legs(claim, country, IMF_GDP, Reading.GDP_YOY)


def _plan_gdp_russia(claim: Claim) -> Planned:
    start = _year_start(claim.period.start)
    if is_whole_years(claim):
        legs: list[Leg] = [(*GDP_RUS_ANNUAL, Reading.GDP_YOY)]
    else:
        legs = [(*GDP_RUS_QUARTERLY, Reading.GDP_YOY)]
        if _quarter_count(claim) > 1:
            legs.append((*GDP_RUS_QUARTERLY, Reading.GDP_PERIOD))
    targets = _targets(_actual_kinds(claim), legs, start, claim.period.end)
    return targets + _record_targets(claim, legs, claim.period.end)


# ---- forecasts ------------------------------------------------------------------------


def forecaster_id(name: str | None) -> str | None:
    """Return our id of a named forecaster ("the IMF" -> "IMF"), None when unknown.

    >>> forecaster_id("International Monetary Fund"), forecaster_id("leaked memos")
    ('IMF', None)
    """
    if not name:
        return None
    low = name.lower()
    return next((fid for alias, fid in FORECASTER_ALIASES if alias in low), None)


def _publishes(forecaster: str, country: str, topic: Indicator) -> bool:
    countries = FORECASTER_COUNTRIES[forecaster]
    if forecaster == "IMF":
        return len(country) == 3 and country != "WLD"
    return countries is not None and country in countries and topic.value in MINEK_SERIES


def _forecast_request(
    forecaster: str, vintage: str, country: str, topic: Indicator
) -> SeriesRequest:
    if forecaster == "IMF":
        indicator = IMF_GDP if topic is Indicator.GDP_GROWTH else IMF_CPI
        return SeriesRequest(source="IMF", series=f"WEO:{vintage}/{country}.{indicator}")
    return SeriesRequest(source="MINEK", series=f"FORECAST:{vintage}/{MINEK_SERIES[topic.value]}")


def _published_forecasts(claim: Claim, country: str, topic: Indicator) -> list[Target]:
    named = forecaster_id(claim.forecaster)
    available = [f for f in ("IMF", "MINEK") if _publishes(f, country, topic)]
    is_named = named is not None and named in available
    chosen = [named] if named is not None and is_named else available
    reading = Reading.FORECAST_NAMED if is_named else Reading.FORECAST_OTHER
    targets = []
    for forecaster in chosen:
        vintage = latest_vintage(forecaster, claim.published)
        if vintage is None:
            continue
        request = _forecast_request(forecaster, vintage, country, topic)
        targets.append(
            Target(
                kind=CheckKind.FORECAST_PUBLISHED,
                request=request,
                reading=reading.value,
                forecaster=forecaster,
                vintage=vintage,
            )
        )
    return targets


def _outcome_legs(claim: Claim, country: str, topic: Indicator) -> list[Leg]:
    if topic is Indicator.GDP_GROWTH and country == "RUS":
        annual: Leg = (*GDP_RUS_ANNUAL, Reading.GDP_YOY)
        if is_whole_years(claim):
            return [annual]
        return [annual, (*GDP_RUS_QUARTERLY, Reading.GDP_YOY)]
    if topic is Indicator.INFLATION:
        if not is_whole_years(claim):
            return list(INFLATION_LEGS.get((country, "month", "yoy"), ()))
        # Prefer the annual average (what the IMF forecasts), else December on December.
        for measure in ("annual_avg", "dec_dec"):
            legs = INFLATION_LEGS.get((country, "year", measure))
            if legs:
                return list(legs)
    return []


def _outcome_targets(claim: Claim, country: str, topic: Indicator) -> list[Target]:
    legs = _outcome_legs(claim, country, topic)
    start = _year_start(claim.period.start)
    targets = _targets([CheckKind.FORECAST_OUTCOME], legs, start, claim.period.end)
    if legs or not _publishes("IMF", country, topic):
        return targets
    # Elsewhere the outcome is the IMF's own estimate in the releases after the article.
    indicator = IMF_GDP if topic is Indicator.GDP_GROWTH else IMF_CPI
    reading = Reading.GDP_YOY if topic is Indicator.GDP_GROWTH else Reading.ANNUAL_AVG
    later = vintages_from("IMF", claim.published)[1:]
    return [
        Target(
            kind=CheckKind.FORECAST_OUTCOME,
            request=SeriesRequest(source="IMF", series=f"WEO:{v}/{country}.{indicator}"),
            reading=reading.value,
            forecaster="IMF",
            vintage=v,
        )
        for v in later
    ]


def _plan_forecast(claim: Claim, country: str, topic: Indicator) -> Planned:
    targets = _published_forecasts(claim, country, topic) + _outcome_targets(claim, country, topic)
    if not targets:
        return (
            f"no published {topic.value} forecast or outcome series for "
            f"{_country_name(country)} in the data"
        )
    return targets


_PLANNERS: dict[Indicator, Callable[[Claim], Planned]] = {
    Indicator.FX_RATE: _plan_fx,
    Indicator.POLICY_RATE: _plan_policy,
    Indicator.INFLATION: _plan_inflation,
    Indicator.GDP_GROWTH: _plan_gdp,
}
