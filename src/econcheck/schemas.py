"""Pandera schemas enforced at stage boundaries (parsers' output, reports' input)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series


class SeriesFrame(pa.DataFrameModel):
    """A series as its publisher sets it: one row per record date (period start).

    Optional columns: ``vintage`` (the release a figure belongs to), ``as_of`` (the date
    the figure was first published, for revised series), ``note``.
    """

    date: Series[pd.Timestamp] = pa.Field(nullable=False)
    value: Series[float] = pa.Field(nullable=False)

    class Config:
        strict = False
        coerce = True

    @pa.dataframe_check
    @classmethod
    def has_rows_sorted(cls, frame: pd.DataFrame) -> bool:
        """Dates are sorted ascending (ties allowed for revised figures)."""
        return bool(frame["date"].is_monotonic_increasing)


class VerdictFrame(pa.DataFrameModel):
    """One row per claim, as ``CheckResult.to_frame()`` returns it.

    The required columns come first. The optional ones (``report.to_frame`` writes them all)
    repeat the JSON output's claim and verdict fields, flattened: ``observed_start``/``_end``
    from ``observed``, ``tolerance_lower``/``_upper`` from ``tolerance``. A null ``status``
    means the claim was not checked (``extract``).
    """

    id: Series[str]
    indicator: Series[str] = pa.Field(isin=["fx_rate", "inflation", "gdp_growth", "policy_rate"])
    surface: Series[str]
    value: Series[float]
    period_start: Series[pd.Timestamp]
    period_end: Series[pd.Timestamp]
    status: Series[str] = pa.Field(
        nullable=True, isin=["match", "close", "contradicted", "unverifiable", "error"]
    )
    recorded: Series[float] = pa.Field(nullable=True)
    deviation: Series[float] = pa.Field(nullable=True)

    measure: Series[str] | None
    horizon: Series[str] | None = pa.Field(isin=["actual", "forecast"])
    country: Series[str] | None = pa.Field(nullable=True)
    sentence: Series[str] | None
    unit: Series[str] | None
    reading: Series[str] | None = pa.Field(nullable=True)
    recorded_min: Series[float] | None = pa.Field(nullable=True)
    recorded_max: Series[float] | None = pa.Field(nullable=True)
    observed_start: Series[pd.Timestamp] | None = pa.Field(nullable=True)
    observed_end: Series[pd.Timestamp] | None = pa.Field(nullable=True)
    deviation_unit: Series[str] | None = pa.Field(nullable=True, isin=["pct", "pp"])
    tolerance_lower: Series[float] | None = pa.Field(nullable=True)
    tolerance_upper: Series[float] | None = pa.Field(nullable=True)
    publisher: Series[str] | None = pa.Field(nullable=True)
    series: Series[str] | None = pa.Field(nullable=True)
    url: Series[str] | None = pa.Field(nullable=True)
    data_mode: Series[str] | None = pa.Field(
        nullable=True, isin=["live", "cache", "snapshot", "mixed"]
    )
    vintage: Series[str] | None = pa.Field(nullable=True)
    reason: Series[str] | None = pa.Field(nullable=True)

    class Config:
        strict = False
        coerce = True
