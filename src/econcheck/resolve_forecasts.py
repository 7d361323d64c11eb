"""Forecast claims -> targets: the forecasters' releases of the time and the outcome series.

A named forecaster whose releases we hold (IMF WEO, the Russian economy ministry) is
planned alone, from its latest release before the article (FORECAST_NAMED), or the release
before that for the earlier forecast a revision replaced ("to 3.6% from 3.5%"); otherwise every
forecaster publishing for the country is planned (FORECAST_OTHER), so compare can say
whether the claim is consistent with each. The outcome is the national series for the
forecast period (Russia's GDP and CPI, other national CPI), else the IMF's own estimate in
the releases after the article.
"""

from __future__ import annotations

from econcheck.models import CheckKind, Claim, Indicator, SeriesRequest, Target
from econcheck.readings import Reading
from econcheck.releases import latest_vintage, previous_vintage, vintages_from
from econcheck.resolve_common import (
    Planned,
    country_name,
    is_whole_years,
    make_targets,
    year_start,
)
from econcheck.resolve_tables import (
    CONSENSUS_WORDS,
    FORECASTER_ALIASES,
    FORECASTER_COUNTRIES,
    GDP_RUS_ANNUAL,
    GDP_RUS_QUARTERLY,
    IMF_CPI,
    IMF_GDP,
    INFLATION_LEGS,
    MINEK_SERIES,
    UNPUBLISHED_WORDS,
    Leg,
)


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


def is_unpublished(claim: Claim) -> bool:
    """Return True for a forecast the article does not tie to a published release.

    Hedged reports ("reportedly", "leaked memos reveal") and attributions to leaks, drafts
    or anonymous sources count as unpublished, even when they name a forecaster.

    >>> from econcheck.models import Indicator, Period
    >>> from decimal import Decimal
    >>> import datetime as dt
    >>> day = dt.date(2024, 11, 5)
    >>> claim = Claim(id="c", sentence="", surface="", start=0, end=0,
    ...     indicator=Indicator.GDP_GROWTH, value=Decimal("-15"), value_text="15", unit="%",
    ...     period=Period(start=day, end=day), published=day,
    ...     forecaster="Ministry of Economic Development", attributed_to="leaked memos")
    >>> is_unpublished(claim)
    True
    """
    source = (claim.attributed_to or "").lower()
    return claim.hedged or any(word in source for word in UNPUBLISHED_WORDS)


def credited_elsewhere(claim: Claim) -> bool:
    """Return True when the article credits the figure to a poll or to market people rather
    than to the forecaster it names ("according to a poll prediction, growth will be 1.3%,
    below the IMF's 1.5%")."""
    source = (claim.attributed_to or "").lower()
    return any(word in source for word in CONSENSUS_WORDS) and forecaster_id(source) is None


def _published_forecasts(claim: Claim, country: str, topic: Indicator) -> list[Target]:
    named = forecaster_id(claim.forecaster)
    available = [f for f in ("IMF", "MINEK") if _publishes(f, country, topic)]
    is_named = (
        named is not None
        and named in available
        and not is_unpublished(claim)
        and not credited_elsewhere(claim)
    )
    chosen = [named] if named is not None and is_named else available
    reading = Reading.FORECAST_NAMED if is_named else Reading.FORECAST_OTHER
    targets = []
    for forecaster in chosen:
        vintage = latest_vintage(forecaster, claim.published)
        if vintage is not None and claim.earlier_forecast:
            vintage = previous_vintage(forecaster, vintage)  # the forecast a revision replaced
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
    start = year_start(claim.period.start)
    targets = make_targets([CheckKind.FORECAST_OUTCOME], legs, start, claim.period.end)
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


def plan_forecast(claim: Claim, country: str, topic: Indicator) -> Planned:
    targets = _published_forecasts(claim, country, topic) + _outcome_targets(claim, country, topic)
    if not targets:
        return (
            f"no published {topic.value} forecast or outcome series for "
            f"{country_name(country)} in the data"
        )
    return targets
