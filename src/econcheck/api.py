"""Notebook-friendly helpers: one call per thing a user wants."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from econcheck.models import SeriesRequest
from econcheck.settings import Settings


def _as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    from econcheck.errors import InputError

    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        msg = f"{name}={value!r} is not a date; use YYYY-MM-DD"
        raise InputError(msg) from exc


def fetch_series(
    source: str,
    series: str,
    *,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    settings: Settings | None = None,
) -> pd.DataFrame:
    """Fetch one series (publisher code or alias) as a validated frame; provenance in ``.attrs``."""
    from econcheck.sources import SNAPSHOT_ONLY, get_source
    from econcheck.sources.fetch import fetch, resolve_series

    settings = settings or Settings.from_env()
    source_id = source.strip().upper()
    if source_id not in SNAPSHOT_ONLY:
        source_id = get_source(source_id).id  # raises UnknownSourceError listing valid ids
    request = SeriesRequest(
        source=source_id,
        series=resolve_series(source_id, series, settings=settings),
        start=_as_date(start, "start"),
        end=_as_date(end, "end"),
    )
    fetched = fetch(request, settings=settings)
    frame = fetched.frame.copy()
    frame.attrs.update(
        source=request.source,
        series=request.series,
        name=fetched.name,
        publisher=fetched.publisher,
        unit=fetched.unit,
        frequency=str(fetched.frequency),
        url=fetched.url,
        page_url=fetched.page_url,
        retrieved_at=fetched.retrieved_at.isoformat(),
        data_mode=str(fetched.data_mode),
        provenance=fetched.provenance,
    )
    return frame
