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
    """One row per claim, as ``CheckResult.to_frame()`` returns it."""

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

    class Config:
        strict = False
        coerce = True
