"""Test doubles and paths shared by the source tests (imported by conftest and tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from econcheck.errors import CacheMiss
from econcheck.models import DataMode, FetchedSeries, Frequency, SeriesInfo, SeriesRequest

RESPONSES = Path(__file__).resolve().parents[1] / "data" / "responses"


class FakeSnapshot:
    """A snapshot holding the series it is given (SnapshotSource's has/load/series_catalog)."""

    id = "SNAPSHOT"
    name = "fake snapshot"
    docs_url = "docs/snapshot.md"

    def __init__(self, series: dict[str, list[tuple[str, float]]] | None = None) -> None:
        self.series = series or {}
        self.loaded: list[SeriesRequest] = []

    def has(self, req: SeriesRequest) -> bool:
        return req.key in self.series

    def load(self, req: SeriesRequest) -> FetchedSeries:
        if req.key not in self.series:
            raise CacheMiss(f"fake snapshot has no {req.key}", source_id=req.source)
        self.loaded.append(req)
        rows = self.series[req.key]
        frame = pd.DataFrame(
            {
                "date": pd.to_datetime([d for d, _ in rows]).astype("datetime64[ns]"),
                "value": [v for _, v in rows],
            }
        )
        return FetchedSeries(
            request=req,
            frame=frame,
            name=req.key,
            publisher="fake",
            unit="x",
            frequency=Frequency.DAILY,
            url="snapshot",
            page_url="snapshot",
            retrieved_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
            data_mode=DataMode.SNAPSHOT,
        )

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        return ()

    def snapshot_as_of(self) -> dt.date:
        return dt.date(2025, 1, 1)


def fetch_in_child(data_dir: str, base_url: str, series: str) -> str:
    """Fetch one CBR series in a fresh process; return its data_mode and first value."""
    from econcheck.settings import Settings
    from econcheck.sources.fetch import fetch

    settings = Settings(
        data_dir=Path(data_dir), retries=0, timeout_s=10, base_urls={"CBR": base_url}
    )
    request = SeriesRequest(
        source="CBR", series=series, start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 20)
    )
    fetched = fetch(request, settings=settings)
    return f"{fetched.data_mode}:{fetched.frame['value'].iloc[0]}"
