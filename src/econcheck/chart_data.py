"""What a chart shows, decided without matplotlib: windows, points, records, titles, captions.

``charts.py`` only draws what these pure helpers return, so they are tested on their own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from econcheck.models import (
    CheckResult,
    Claim,
    FetchedSeries,
    Frequency,
    Horizon,
    Superlative,
    Verdict,
)
from econcheck.report_text import (
    claim_label,
    format_claimed,
    format_deviation,
    status_word,
    unit_label,
)

#: How far before the claimed period and after it a chart shows the series.
WINDOWS: dict[Frequency, tuple[pd.DateOffset, pd.DateOffset]] = {
    Frequency.DAILY: (pd.DateOffset(months=4), pd.DateOffset(months=1)),
    Frequency.MONTHLY: (pd.DateOffset(months=24), pd.DateOffset(months=4)),
    Frequency.QUARTERLY: (pd.DateOffset(years=4), pd.DateOffset(years=1)),
    Frequency.ANNUAL: (pd.DateOffset(years=7), pd.DateOffset(years=2)),
    Frequency.EVENT: (pd.DateOffset(years=2), pd.DateOffset(months=4)),
}

#: Where a period's value is drawn: in the middle of the month, quarter or year it covers.
_MIDPOINTS: dict[Frequency, pd.DateOffset] = {
    Frequency.MONTHLY: pd.DateOffset(days=14),
    Frequency.QUARTERLY: pd.DateOffset(days=45),
    Frequency.ANNUAL: pd.DateOffset(days=182),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Point:
    """A dated value to mark on a chart."""

    when: pd.Timestamp
    value: float


def merge_series(series: Sequence[FetchedSeries]) -> tuple[FetchedSeries, ...]:
    """Join fetches of the same series (e.g. a window and the full history) into one line.

    A verdict may use one series twice: around the claimed date, and over its whole history
    for a record. Rows are united (duplicates dropped, revisions kept) in first-seen order.
    """
    groups: dict[tuple[str, str | None], list[FetchedSeries]] = {}
    for item in series:
        groups.setdefault((item.request.key, item.vintage), []).append(item)
    merged = []
    for items in groups.values():
        if len(items) == 1:
            merged.append(items[0])
            continue
        frame = pd.concat([item.frame for item in items], ignore_index=True)
        keys = [name for name in ("date", "value", "as_of", "estimate") if name in frame.columns]
        frame = frame.drop_duplicates(subset=keys).sort_values("date", kind="stable")
        request = dataclasses.replace(items[0].request, start=None, end=None)
        merged.append(
            dataclasses.replace(items[0], request=request, frame=frame.reset_index(drop=True))
        )
    return tuple(merged)


def is_forecast_chart(claim: Claim, series: Sequence[FetchedSeries]) -> bool:
    """Return True when the chart compares forecast vintages with the outcome."""
    return claim.horizon is Horizon.FORECAST or any(item.vintage for item in series)


def primary_series(series: Sequence[FetchedSeries], verdict: Verdict | None) -> FetchedSeries:
    """Return the series the verdict names (by key, code or name), else the first."""
    wanted = (verdict.series or "") if verdict is not None else ""
    for item in series:
        if wanted in {item.request.key, item.request.series, item.name}:
            return item
    return series[0]


def plotted(fetched: FetchedSeries) -> pd.DataFrame:
    """Return ``date``/``value`` to draw: the latest estimate per date, at period midpoints."""
    frame = fetched.frame[["date", "value"]].copy()
    frame["date"] = pd.to_datetime(frame["date"])
    frame = frame.dropna().drop_duplicates("date", keep="last").sort_values("date")
    frame["date"] = frame["date"] + _MIDPOINTS.get(fetched.frequency, pd.DateOffset(days=0))
    return frame.reset_index(drop=True)


def earlier_estimates(fetched: FetchedSeries) -> pd.DataFrame:
    """Return revised-away estimates (all but the last row of a date), at period midpoints."""
    frame = fetched.frame[["date", "value"]].copy()
    frame["date"] = pd.to_datetime(frame["date"])
    earlier = frame[frame.duplicated("date", keep="last")].copy()
    earlier["date"] = earlier["date"] + _MIDPOINTS.get(fetched.frequency, pd.DateOffset(days=0))
    return earlier.reset_index(drop=True)


def midpoint(start: dt.date, end: dt.date) -> pd.Timestamp:
    """Return the middle of an inclusive date interval.

    >>> midpoint(dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    Timestamp('2024-10-16 00:00:00')
    """
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    return first + (last - first) / 2


def window(
    claim: Claim, verdict: Verdict | None, fetched: FetchedSeries
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Return the date range to draw: around the claim, or the history a record is judged on."""
    before, after = WINDOWS.get(fetched.frequency, WINDOWS[Frequency.MONTHLY])
    first, last = pd.Timestamp(claim.period.start), pd.Timestamp(claim.period.end)
    if verdict is not None and verdict.observed is not None:
        first = min(first, pd.Timestamp(verdict.observed.start))
        last = max(last, pd.Timestamp(verdict.observed.end))
    dates = pd.to_datetime(fetched.frame["date"])
    if claim.superlative is not None:
        since = claim.superlative_since
        start = pd.Timestamp(since) if since is not None else dates.min()
    else:
        start = first - before
    return _trim_to_data(start, last + after, dates, first, last)


def _trim_to_data(
    start: pd.Timestamp,
    end: pd.Timestamp,
    dates: pd.Series,
    first: pd.Timestamp,
    last: pd.Timestamp,
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Drop blank stretches before and after the data, keeping the claim and a margin."""
    if not dates.empty:
        pad = (end - start) * 0.03
        start = max(start, min(dates.min(), first) - pad)
        end = min(end, max(dates.max(), last) + pad)
    margin = (end - start) * 0.03  # marks at the claim stay clear of the frame
    return min(start, first - margin), max(end, last + margin)


def clip(frame: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """Return rows inside [start, end], keeping the row just before ``start`` (step series)."""
    inside = frame[(frame["date"] >= start) & (frame["date"] <= end)]
    before = frame[frame["date"] < start].tail(1)
    return pd.concat([before, inside]).reset_index(drop=True)


def record_point(claim: Claim, fetched: FetchedSeries) -> Point | None:
    """Return the record high or low of the series since ``superlative_since`` (or ever)."""
    if claim.superlative is None:
        return None
    frame = plotted(fetched)
    if claim.superlative_since is not None:
        frame = frame[frame["date"] >= pd.Timestamp(claim.superlative_since)]
    if frame.empty:
        return None
    values = frame["value"].to_numpy()
    high = claim.superlative is Superlative.RECORD_HIGH
    pick = int(values.argmax() if high else values.argmin())  # the first day it was reached
    return Point(when=pd.Timestamp(frame["date"].iloc[pick]), value=float(values[pick]))


def recorded_point(verdict: Verdict | None) -> Point | None:
    """Return the recorded value at the middle of its observation period, if any."""
    if verdict is None or verdict.recorded is None or verdict.observed is None:
        return None
    when = midpoint(verdict.observed.start, verdict.observed.end)
    return Point(when=when, value=verdict.recorded)


def title(claim: Claim, verdict: Verdict | None, *, width: int = 70) -> str:
    """Return the chart title: the claim's words, the claimed value, and the status."""
    words = claim_label(claim, width=48)
    text = f"“{words}”: claimed {format_claimed(claim)}, {status_word(verdict)}"
    return textwrap.fill(text, width=width)


def shorten(text: str, width: int = 58) -> str:
    """Return ``text`` cut with an ellipsis to fit a legend column.

    >>> shorten("Ministry of Economic Development of the Russian Federation forecast", 30)
    'Ministry of Economic Developm…'
    """
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def series_label(fetched: FetchedSeries) -> str:
    """Return a legend label: the series name, or publisher and vintage for forecasts."""
    if fetched.vintage:
        return shorten(f"{fetched.publisher} forecast, {fetched.vintage}")
    return shorten(fetched.name)


def caption(series: Sequence[FetchedSeries], verdict: Verdict | None, *, width: int = 120) -> str:
    """Return the source line: publishers and series, then data mode and retrieval date(s)."""
    sources = [f"{item.publisher}, {item.name} ({item.request.key})" for item in series]
    modes = [
        f"{item.data_mode.value}, retrieved {item.retrieved_at.date().isoformat()}"
        for item in series
    ]
    if not sources and verdict is not None and verdict.publisher:
        sources.append(", ".join(part for part in (verdict.publisher, verdict.series) if part))
    text = "Source: " + ("; ".join(dict.fromkeys(sources)) or "none found") + "."
    if modes:
        text += " Data: " + "; ".join(dict.fromkeys(modes)) + "."
    return textwrap.fill(text + " Chart: econcheck.", width=width)


def chart_name(index: int, claim: Claim) -> str:
    """Return a file stem for a claim's chart: its position and a filesystem-safe id."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", claim.id).strip("-.") or "claim"
    return f"claim-{index:02d}-{safe[:60]}"


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryRow:
    """One claim in the summary chart."""

    label: str
    claimed: float
    recorded: float | None
    status: str
    note: str


def summary_groups(result: CheckResult) -> dict[str, list[SummaryRow]]:
    """Group the claims by unit (one panel each), so every axis has one real unit."""
    groups: dict[str, list[SummaryRow]] = {}
    pairs = zip(result.claims, result.verdicts, strict=True)
    for index, (claim, verdict) in enumerate(pairs, 1):
        status = status_word(verdict)
        deviation = format_deviation(verdict)
        row = SummaryRow(
            label=f"{index}. {claim_label(claim, width=28)}",
            claimed=float(claim.value),
            recorded=None if verdict is None else verdict.recorded,
            status=status,
            note=f"{status} ({deviation})" if deviation else status,
        )
        groups.setdefault(unit_label(claim.unit), []).append(row)
    return groups
