"""Pure helpers the source parsers share: safe XML, CSV rows, periods, numbers, frames.

Parsers raise ``ResponseFormatError`` with a message about the bytes; ``fetch`` adds the
source, series and URL.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import defusedxml
import defusedxml.ElementTree as SafeET
import numpy as np
import pandas as pd

from econcheck.errors import ResponseFormatError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-M?(\d{2})$")
_HALF = re.compile(r"^(\d{4})-S([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR = re.compile(r"^(\d{4})(?:-A1?)?$")


def format_error(source_id: str, message: str) -> ResponseFormatError:
    """Return the error a parser raises (the URL is added by ``fetch``)."""
    return ResponseFormatError(message, source_id=source_id)


def parse_xml(content: bytes, *, source_id: str) -> Element:
    """Parse XML with defusedxml: DTDs, entities and external references are refused."""
    try:
        root: Element = SafeET.fromstring(content, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        msg = f"refused unsafe XML ({type(exc).__name__}): the answer is not the publisher's data"
        raise format_error(source_id, msg) from exc
    except SafeET.ParseError as exc:
        msg = f"the answer is not well-formed XML ({exc}); first bytes: {snippet(content)}"
        raise format_error(source_id, msg) from exc
    return root


def read_csv_rows(content: bytes, *, source_id: str) -> list[dict[str, str]]:
    """Return the rows of a UTF-8 CSV (BOM tolerated) as dicts keyed by the header."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"the answer is not UTF-8 text; first bytes: {snippet(content)}"
        raise format_error(source_id, msg) from exc
    reader = csv.DictReader(io.StringIO(text))
    try:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]
    except csv.Error as exc:
        msg = f"the answer is not a readable CSV ({exc})"
        raise format_error(source_id, msg) from exc


def parse_period(text: str) -> dt.date:
    """Return the first day of an SDMX/ISO period.

    >>> [str(parse_period(p)) for p in ("2024", "2024-01", "2024-M03", "2024-Q3", "2024-01-15")]
    ['2024-01-01', '2024-01-01', '2024-03-01', '2024-07-01', '2024-01-15']
    >>> [str(parse_period(p)) for p in ("2024-S2", "2024-W02", "2023-12-18T00:00:00+03:00")]
    ['2024-07-01', '2024-01-08', '2023-12-18']
    """
    value = text.strip()
    if match := _YEAR.match(value):
        return dt.date(int(match[1]), 1, 1)
    if match := _MONTH.match(value):
        return dt.date(int(match[1]), int(match[2]), 1)
    if match := _QUARTER.match(value):
        return dt.date(int(match[1]), 3 * int(match[2]) - 2, 1)
    if match := _HALF.match(value):
        return dt.date(int(match[1]), 6 * int(match[2]) - 5, 1)
    if match := _WEEK.match(value):
        return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    return dt.date.fromisoformat(value[:10])


def parse_decimal(text: str) -> Decimal:
    """Return a number written with a decimal comma or point, spaces allowed.

    >>> parse_decimal("103,4380"), parse_decimal(" 1 234,5 "), parse_decimal("1.0956")
    (Decimal('103.4380'), Decimal('1234.5'), Decimal('1.0956'))
    """
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        msg = f"not a number: {text!r}"
        raise ValueError(msg) from exc


def make_frame(rows: Iterable[tuple[dt.date, float]]) -> pd.DataFrame:
    """Return a SeriesFrame-shaped frame: ``date`` (datetime64[ns]), ``value`` (float64), sorted.

    Rows whose value is NaN are dropped; equal dates keep their order.

    >>> make_frame([(dt.date(2024, 1, 2), 2.0), (dt.date(2024, 1, 1), 1.0)])["value"].tolist()
    [1.0, 2.0]
    """
    data = [(day, value) for day, value in rows if value == value]  # NaN != NaN
    dates = np.array([day.isoformat() for day, _ in data], dtype="datetime64[ns]")
    values = np.array([value for _, value in data], dtype="float64")
    order = np.argsort(dates, kind="stable")
    return pd.DataFrame({"date": dates[order], "value": values[order]})


def is_html(content: bytes) -> bool:
    """Return True when the bytes are an HTML page (an error page served with 200).

    >>> is_html(b"  <!DOCTYPE html><html>"), is_html(b"<?xml version='1.0'?>")
    (True, False)
    """
    head = content[:64].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def snippet(content: bytes, size: int = 80) -> str:
    """Return the first bytes as one short printable line (for messages).

    >>> snippet(b"<html>\\n  <body>oops</body></html>")
    "'<html> <body>oops</body></html>'"
    """
    text = content[:size].decode("utf-8", errors="replace")
    return repr(" ".join(text.split()))
