"""The readings a target can carry: how ``compare`` turns a fetched series into figures.

``resolve`` writes one of these into ``Target.reading``; ``compare`` maps it to a
computation. The values are the plain-language labels shown to readers, so a verdict's
``reading`` names the interpretation that was used.
"""

from __future__ import annotations

from enum import StrEnum


class Reading(StrEnum):
    """One interpretation of a claim, and the computation behind it."""

    # Daily and event series (exchange rates, policy rates): the value in force each day.
    IN_FORCE = "official value in force"
    INVERTED = "inverse of the official rate"
    CROSS_QUOTE = "cross rate (derived from two official rates): quote leg"
    CROSS_BASE = "cross rate (derived from two official rates): base leg"
    # Percent series as published, one figure per month, quarter or year.
    YOY = "y/y"
    MOM = "m/m"
    DEC_DEC = "Dec/Dec"
    ANNUAL_AVG = "annual average"
    GDP_YOY = "real GDP growth y/y"
    GDP_SAAR = "real GDP growth q/q, seasonally adjusted annual rate"
    # Computed from a published series.
    MOM_ANNUALIZED = "m/m annualised"
    YTD = "year to date (chained m/m)"
    GDP_PERIOD = "period y/y (mean of quarterly y/y)"
    INDEX_YOY = "y/y (computed from the index)"
    INDEX_MOM = "m/m (computed from the index)"
    INDEX_MOM_ANNUALIZED = "m/m annualised (computed from the index)"
    INDEX_ANNUAL_AVG = "annual average (computed from the index)"
    # Forecasts: the named forecaster's release, or another published forecast of the time.
    FORECAST_NAMED = "forecast as published by the named forecaster"
    FORECAST_OTHER = "published forecast of the time"


DAILY_READINGS = frozenset(
    {Reading.IN_FORCE, Reading.INVERTED, Reading.CROSS_QUOTE, Reading.CROSS_BASE}
)
INDEX_READINGS = frozenset(
    {
        Reading.INDEX_YOY,
        Reading.INDEX_MOM,
        Reading.INDEX_MOM_ANNUALIZED,
        Reading.INDEX_ANNUAL_AVG,
    }
)
FORECAST_READINGS = frozenset({Reading.FORECAST_NAMED, Reading.FORECAST_OTHER})
