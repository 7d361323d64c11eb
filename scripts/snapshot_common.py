"""Shared helpers of the snapshot builders: the Table type, reading, checks, period dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pandas as pd

SNAPSHOT_AS_OF_NOTE = (
    "latest as_of of any series: the date of the newest figure in the compiled reference "
    "(not a download date; nothing was fetched live)"
)
NOT_LIVE = (
    "Not fetched live by econcheck: compiled offline (no network) into the project's reference "
    "folder and embedded by scripts/build_snapshot.py; see docs/snapshot.md."
)
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}


@dataclass(frozen=True)
class Table:
    """One stored file: text columns (``date`` ISO first) and the series it holds."""

    file: str
    frequency: str
    frame: pd.DataFrame
    entries: tuple[dict[str, Any], ...]
    inputs: tuple[str, ...]


def read(reference: Path, name: str) -> pd.DataFrame:
    """Read a reference CSV as text, with empty strings for empty cells."""
    return pd.read_csv(reference / name, dtype=str, keep_default_na=False)


def split_refs(cell: str) -> list[str]:
    """Split a source_ref cell at top-level semicolons (not inside parentheses or quotes).

    >>> split_refs('a.org/1 (x; y); b.org/2 ("p; q")')
    ['a.org/1 (x; y)', 'b.org/2 ("p; q")']
    """
    parts, depth, quoted, current = [], 0, False, ""
    for char in cell:
        quoted = not quoted if char == '"' else quoted
        depth += (char == "(") - (char == ")") if not quoted else 0
        if char == ";" and depth == 0 and not quoted:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [part for part in (*parts, current.strip()) if part]


def refs(values: Iterable[str]) -> str:
    """Join the distinct source references of some cells, in order of first appearance."""
    return "; ".join(dict.fromkeys(ref for cell in values for ref in split_refs(cell)))


def check(condition: bool, message: str) -> None:
    """Stop the build with ``message`` when a property of the reference does not hold."""
    if not condition:
        raise SystemExit(f"reference check failed: {message}")


def check_sorted(frame: pd.DataFrame, what: str) -> None:
    """Stop unless ``date`` is strictly increasing and every value is a number."""
    dates = pd.to_datetime(frame["date"])
    check(bool(dates.is_monotonic_increasing and dates.is_unique), f"{what}: dates not sorted")
    check(bool(pd.to_numeric(frame["value"]).notna().all()), f"{what}: non-numeric value")


def month_start(month: str) -> str:
    """Return the first day of a ``YYYY-MM`` month.

    >>> month_start("2024-10")
    '2024-10-01'
    """
    return f"{month}-01"


def quarter_start(quarter: str) -> str:
    """Return the first day of a ``YYYYQn`` quarter.

    >>> quarter_start("2023Q3")
    '2023-07-01'
    """
    year, q = quarter.split("Q")
    return f"{year}-{3 * int(q) - 2:02d}-01"


def round_published(value: str) -> str:
    """Round a WEO database value half-up to one decimal, as the IMF's tables print it.

    >>> round_published("1.347"), round_published("2.765"), round_published("1.25")
    ('1.3', '2.8', '1.3')
    >>> round_published("-0.04"), round_published("0.953")
    ('0.0', '1.0')
    """
    rounded = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return "0.0" if rounded == 0 else str(rounded)


def entry(source: str, series: str, **fields: Any) -> dict[str, Any]:
    """Return a manifest entry (``source``, ``series`` first, then the given fields)."""
    return {"source": source, "series": series, **fields}


def simple_table(
    file: str, frequency: str, frame: pd.DataFrame, meta: dict[str, Any], inputs: tuple[str, ...]
) -> Table:
    """Return a one-series table after checking its dates and values."""
    check_sorted(frame, meta["series"])
    return Table(file, frequency, frame.reset_index(drop=True), (meta,), inputs)
