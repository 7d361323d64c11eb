"""Frames -> figures: carry records to calendar days, pick the rows of a period, derive readings.

Series stay as their publisher sets them (one row per record date or per period start).
Aligning them to calendar days is the explicit step ``to_daily``, applied here at
comparison time and never inside a parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from econcheck.models import Frequency, Period
from econcheck.readings import Reading

_COLUMNS = ["date", "value", "record_date"]
# ``as_of_basis`` of a publication date the source does not state (docs/snapshot.md).
APPROXIMATE = "approximate"


@dataclass(frozen=True, slots=True, kw_only=True)
class Observation:
    """One official figure: the period it describes and, for revised series, its estimate.

    ``as_of`` is when the figure was published; ``is_as_of_approx`` marks a date the source
    does not state (the snapshot's earliest plausible date, ``as_of_basis`` approximate).
    """

    period: Period
    value: float
    record_date: dt.date | None = None
    as_of: dt.date | None = None
    estimate: str | None = None
    vintage: str | None = None
    is_as_of_approx: bool = False


def as_timestamps(values: Iterable[object]) -> pd.Series:
    """Return naive nanosecond timestamps normalised to midnight."""
    if isinstance(values, pd.Series):
        series = values.reset_index(drop=True)
    else:
        series = pd.Series(list(values), dtype="object")
    stamps = pd.to_datetime(series, errors="coerce")
    if stamps.dt.tz is not None:
        stamps = stamps.dt.tz_localize(None)
    return stamps.dt.normalize().astype("datetime64[ns]")


def to_daily(
    frame: pd.DataFrame,
    *,
    start: dt.date,
    end: dt.date,
    max_carry_days: int | None = None,
) -> pd.DataFrame:
    """Carry each record forward to every calendar day from ``start`` to ``end``.

    A record dated D applies from D until the next record: the Bank of Russia's record
    date is the day from which a rate applies (set on a business day, in force from the
    next calendar day), so Sunday and Monday carry Saturday's record. Days before the first
    record, or more than ``max_carry_days`` after the last one, get no row. Returns the
    columns ``date``, ``value`` and ``record_date``.

    >>> records = pd.DataFrame({"date": pd.to_datetime(["2024-10-26", "2024-10-29"]),
    ...                         "value": [96.6657, 97.23]})
    >>> daily = to_daily(records, start=dt.date(2024, 10, 27), end=dt.date(2024, 10, 29))
    >>> daily["value"].tolist()
    [96.6657, 96.6657, 97.23]
    >>> [d.day for d in daily["record_date"]]
    [26, 26, 29]
    """
    records = pd.DataFrame(
        {
            "record_date": as_timestamps(frame["date"]).to_numpy(),
            "value": pd.to_numeric(frame["value"], errors="coerce").astype("float64").to_numpy(),
        }
    )
    records = records.dropna().drop_duplicates("record_date", keep="last")
    records = records.sort_values("record_date").reset_index(drop=True)
    days = pd.DataFrame(
        {
            "date": pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="D").astype(
                "datetime64[ns]"
            )
        }
    )
    if records.empty or days.empty:
        return pd.DataFrame({name: pd.Series(dtype="float64") for name in _COLUMNS})
    out = pd.merge_asof(days, records, left_on="date", right_on="record_date")
    out = out.dropna(subset=["value"])
    if max_carry_days is not None:
        limit = records["record_date"].iloc[-1] + pd.Timedelta(days=max_carry_days)
        out = out[out["date"] <= limit]
    return out[_COLUMNS].reset_index(drop=True)


def in_force(
    frame: pd.DataFrame, period: Period, *, max_carry_days: int | None = None
) -> list[Observation]:
    """Return one observation per record in force during ``period`` (with the days it covers)."""
    daily = to_daily(frame, start=period.start, end=period.end, max_carry_days=max_carry_days)
    found = []
    for _, days in daily.groupby("record_date", sort=True):
        found.append(
            Observation(
                period=Period(start=days["date"].iloc[0].date(), end=days["date"].iloc[-1].date()),
                value=float(days["value"].iloc[0]),
                record_date=days["record_date"].iloc[0].date(),
            )
        )
    return found


def row_period(start: dt.date, frequency: Frequency) -> Period:
    """Return the period a row dated ``start`` describes.

    >>> row_period(dt.date(2024, 10, 1), Frequency.QUARTERLY).end
    datetime.date(2024, 12, 31)
    """
    months = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.ANNUAL: 12}.get(frequency)
    if months is None:
        return Period(start=start, end=start)
    after = (pd.Timestamp(start) + pd.DateOffset(months=months)).date()
    return Period(start=start, end=after - dt.timedelta(days=1))


def _optional_date(value: object) -> dt.date | None:
    if value is None:
        return None
    stamp = as_timestamps([value]).iloc[0]
    return None if pd.isna(stamp) else stamp.date()


def _optional_text(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)  # type: ignore[call-overload]


def all_rows(frame: pd.DataFrame, frequency: Frequency) -> list[Observation]:
    """Return every row as an observation (revised figures keep one row per estimate)."""
    dates = as_timestamps(frame["date"])
    values = pd.to_numeric(frame["value"], errors="coerce")
    found = []
    for i in range(len(frame)):
        if pd.isna(dates.iloc[i]) or pd.isna(values.iloc[i]):
            continue
        row = frame.iloc[i]
        found.append(
            Observation(
                period=row_period(dates.iloc[i].date(), frequency),
                value=float(values.iloc[i]),
                as_of=_optional_date(row.get("as_of")),
                estimate=_optional_text(row.get("estimate")),
                vintage=_optional_text(row.get("vintage")),
                is_as_of_approx=row.get("as_of_basis") == APPROXIMATE,
            )
        )
    return found


def _overlap_days(a: Period, b: Period) -> int:
    first, last = max(a.start, b.start), min(a.end, b.end)
    return max((last - first).days + 1, 0)


def select_rows(
    rows: Iterable[Observation], period: Period, *, last_only: bool = False
) -> list[Observation]:
    """Return the rows mostly inside ``period`` (else any that overlap it).

    A period of a year or more is only read from rows holding at least half of it: the
    fiscal year April 2023 to March 2024 is the 2023 row, never 2024's.

    ``last_only`` keeps only the latest period (a year's y/y is December's).
    """
    rows = list(rows)
    overlaps = [(row, _overlap_days(row.period, period)) for row in rows]
    chosen = [row for row, days in overlaps if days * 2 >= _length(row.period)]
    if not chosen and _length(period) >= 365:
        # a (fiscal) year is never read from a year that holds less than half of it
        chosen = [row for row, days in overlaps if days * 2 >= _length(period)]
    chosen = chosen or [row for row, days in overlaps if days > 0 and _length(period) < 365]
    if last_only and chosen:
        latest = max(row.period.start for row in chosen)
        chosen = [row for row in chosen if row.period.start == latest]
    return chosen


def _length(period: Period) -> int:
    return (period.end - period.start).days + 1


# ---- derived readings -----------------------------------------------------------------


def _monthly(frame: pd.DataFrame) -> pd.Series:
    stamps = as_timestamps(frame["date"]).dt.to_period("M").dt.to_timestamp()
    values = pd.to_numeric(frame["value"], errors="coerce").astype("float64")
    series = pd.Series(values.to_numpy(), index=pd.DatetimeIndex(stamps.to_numpy()))
    series = series[~series.index.duplicated(keep="last")].sort_index()
    return series.dropna()


def _frame(series: pd.Series, decimals: int) -> pd.DataFrame:
    series = series.dropna()
    return pd.DataFrame(
        {"date": series.index.astype("datetime64[ns]"), "value": series.round(decimals).to_numpy()}
    ).reset_index(drop=True)


def _index_change(index: pd.Series, months: int) -> pd.Series:
    earlier = index.shift(months, freq="MS").reindex(index.index)
    return (index / earlier - 1.0) * 100.0


def _annualise(monthly_pct: pd.Series) -> pd.Series:
    return ((1.0 + monthly_pct / 100.0) ** 12 - 1.0) * 100.0


def _year_to_date(monthly_pct: pd.Series) -> pd.Series:
    factors = 1.0 + monthly_pct / 100.0
    years = pd.DatetimeIndex(factors.index).year
    return (factors.groupby(years).cumprod() - 1.0) * 100.0


def _annual_average(index: pd.Series) -> pd.Series:
    by_year = index.groupby(pd.DatetimeIndex(index.index).year)
    means = by_year.mean()[by_year.count() == 12]
    change = (means / means.shift(1) - 1.0) * 100.0
    change = change[means.index.to_series().diff() == 1]
    return pd.Series(
        change.to_numpy(),
        index=pd.DatetimeIndex([pd.Timestamp(int(y), 1, 1) for y in change.index]),
    )


_DERIVED = frozenset(
    {
        Reading.INDEX_YOY,
        Reading.INDEX_MOM,
        Reading.INDEX_MOM_ANNUALIZED,
        Reading.INDEX_ANNUAL_AVG,
        Reading.MOM_ANNUALIZED,
        Reading.YTD,
    }
)


def derive(frame: pd.DataFrame, reading: Reading) -> tuple[pd.DataFrame, Frequency] | None:
    """Return the frame a computed reading gives, or None when the reading is as published.

    Figures computed from the US CPI index are rounded to 1 decimal, as BLS publishes them.

    >>> index = pd.DataFrame({"date": pd.date_range("2023-01-01", periods=13, freq="MS"),
    ...                       "value": [100.0] * 12 + [103.0]})
    >>> derive(index, Reading.INDEX_YOY)[0]["value"].tolist()
    [3.0]
    """
    if reading not in _DERIVED:
        return None
    monthly = _monthly(frame)
    computed = {
        Reading.INDEX_YOY: lambda: _frame(_index_change(monthly, 12), 1),
        Reading.INDEX_MOM: lambda: _frame(_index_change(monthly, 1), 1),
        Reading.INDEX_MOM_ANNUALIZED: lambda: _frame(_annualise(_index_change(monthly, 1)), 1),
        Reading.MOM_ANNUALIZED: lambda: _frame(_annualise(monthly), 2),
        Reading.YTD: lambda: _frame(_year_to_date(monthly), 2),
    }
    if reading in computed:
        return computed[reading](), Frequency.MONTHLY
    return _frame(_annual_average(monthly), 1), Frequency.ANNUAL
