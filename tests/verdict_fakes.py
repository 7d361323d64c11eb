"""Hand-built claims and fetched series for the resolve and compare tests (offline, tiny)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from econcheck.models import (
    Claim,
    ClaimPlan,
    DataMode,
    FetchedSeries,
    Frequency,
    Indicator,
    Period,
    SeriesRequest,
    Verdict,
)
from econcheck.settings import CachePolicy, Settings

PUBLISHED = dt.date(2024, 11, 5)
RETRIEVED = dt.datetime(2025, 1, 2, 12, 0, tzinfo=dt.UTC)


def day(text: str) -> dt.date:
    """Return the date of an ISO text."""
    return dt.date.fromisoformat(text)


def span(start: str, end: str | None = None) -> Period:
    """Return the inclusive period ``start..end`` (one day when ``end`` is omitted)."""
    return Period(start=day(start), end=day(end or start))


def make_claim(indicator: Indicator, value: str, period: Period, **fields: Any) -> Claim:
    """Return a claim with the evidence fields filled with placeholders."""
    base: dict[str, Any] = {
        "id": fields.pop("id", "c1"),
        "sentence": fields.pop("sentence", "A test sentence."),
        "surface": fields.pop("surface", value),
        "start": 0,
        "end": len(value),
        "indicator": indicator,
        "value": Decimal(value),
        "value_text": fields.pop("value_text", value),
        "unit": fields.pop("unit", "%"),
        "period": period,
        "published": fields.pop("published", PUBLISHED),
    }
    return Claim(**base, **fields)


def fx_claim(value: str, period: Period, base: str = "USD", quote: str = "RUB", **f: Any) -> Claim:
    """Return an exchange-rate claim (quote units per one base unit)."""
    return make_claim(
        Indicator.FX_RATE, value, period, base=base, quote=quote, unit=f"{quote} per {base}", **f
    )


def frame(rows: Sequence[tuple[str, float]], **extra: Sequence[Any]) -> pd.DataFrame:
    """Return a SeriesFrame-shaped frame from (ISO date, value) rows."""
    data: dict[str, Any] = {
        "date": pd.to_datetime([d for d, _ in rows]),
        "value": [float(v) for _, v in rows],
    }
    data.update({name: list(values) for name, values in extra.items()})
    return pd.DataFrame(data)


def series(
    key: str,
    data: pd.DataFrame,
    frequency: Frequency,
    *,
    name: str = "Test series",
    publisher: str = "Test publisher",
    vintage: str | None = None,
    mode: DataMode = DataMode.SNAPSHOT,
) -> FetchedSeries:
    """Return a fetched series ``SOURCE/series`` wrapping ``data``."""
    source, _, code = key.partition("/")
    request = SeriesRequest(source=source, series=code)
    return FetchedSeries(
        request=request,
        frame=data,
        name=name,
        publisher=publisher,
        unit="unit",
        frequency=frequency,
        url=f"https://example.test/api/{request.key}",
        page_url=f"https://example.test/page/{request.key}",
        retrieved_at=RETRIEVED,
        data_mode=mode,
        vintage=vintage,
    )


def settings() -> Settings:
    """Return default settings that never touch the network."""
    return Settings(data_dir=Path("/nonexistent"), policy=CachePolicy.OFFLINE, retries=0)


def fetched_for(
    plan: ClaimPlan, by_key: Mapping[str, FetchedSeries | Exception]
) -> dict[SeriesRequest, FetchedSeries | Exception]:
    """Map every planned request to the fake series (or exception) given for its key."""
    return {t.request: by_key[t.request.key] for t in plan.targets if t.request.key in by_key}


def check_kinds(verdict: Verdict) -> dict[str, str]:
    """Return {check kind: status} of a verdict."""
    return {c.kind.value: c.status.value for c in verdict.checks}
