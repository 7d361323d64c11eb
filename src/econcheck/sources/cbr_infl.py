"""The Bank of Russia's "Inflation and key rate" table: y/y CPI as the Bank publishes it. Pure.

``GET /hd_base/infl/?UniDbQuery.Posted=True&UniDbQuery.From=DD.MM.YYYY&UniDbQuery.To=DD.MM.YYYY``
(English page: ``/eng/hd_base/infl/``) answers an HTML page whose ``<table class="data">`` has
a header row (date, key rate % p.a., inflation % y/y, inflation target %) and one row per
month, newest first, dated ``MM.YYYY``. The Russian page writes decimal commas, the English
one points. The Bank republishes Rosstat's y/y CPI here.

There is no machine API for this table: the query parameters are those of the page's own
form, as public scrapers send them (full dates; the Bank answers the months they cover).
Page: https://www.cbr.ru/eng/hd_base/infl/
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from econcheck.models import Frequency, SeriesInfo, SeriesRequest
from econcheck.sources.base import RequestSpec
from econcheck.sources.parsing import format_error, make_frame, parse_decimal, snippet
from econcheck.sources.urls import publisher_url

if TYPE_CHECKING:
    import pandas as pd

    from econcheck.settings import Settings

INFLATION = "INFLATION"
PAGE_PATH = "/hd_base/infl/"
PAGE_URL = "https://www.cbr.ru/eng/hd_base/infl/"
# The page's table starts with the Bank's inflation-targeting data; older months are not shown.
FIRST_MONTH = dt.date(2013, 1, 1)
_MONTH = re.compile(r"^(\d{1,2})\.(\d{4})$")
_EMPTY = frozenset({"", "-", "\u2013", "\u2014"})
Row = list[tuple[str, str]]  # (tag, text) of each cell: tag "th" or "td"


class _TableParser(HTMLParser):
    """Collect every table's class attribute and rows of (tag, text) cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[tuple[str, list[Row]]] = []
        self._depth = 0
        self._cell: list[str] | None = None
        self._cell_tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append((dict(attrs).get("class") or "", []))
        elif self._depth == 1 and tag == "tr":
            self.tables[-1][1].append([])
        elif self._depth == 1 and tag in ("td", "th") and self.tables[-1][1]:
            self._cell, self._cell_tag = [], tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._depth = max(self._depth - 1, 0)
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1][1][-1].append((self._cell_tag, " ".join("".join(self._cell).split())))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def build_request(req: SeriesRequest, settings: Settings, *, today: dt.date) -> RequestSpec:
    """Return the page's query for the months from ``req.start`` to ``req.end`` (inclusive)."""
    start = (req.start or FIRST_MONTH).replace(day=1)
    end = req.end or today
    end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    params = {
        "UniDbQuery.Posted": "True",
        "UniDbQuery.From": start.strftime("%d.%m.%Y"),
        "UniDbQuery.To": end.strftime("%d.%m.%Y"),
    }
    url = publisher_url(settings, "CBR", "https://www.cbr.ru", PAGE_PATH)
    return RequestSpec(method="GET", url=url, params=params, is_html_page=True)


def parse_response(content: bytes, source_id: str) -> pd.DataFrame:
    """Return y/y inflation by month (first day), oldest first, from the page's data table."""
    parser = _TableParser()
    parser.feed(_decode(content))
    parser.close()
    for _css, rows in sorted(parser.tables, key=lambda t: "data" not in t[0].split()):
        header = next((row for row in rows if any(tag == "th" for tag, _ in row)), None)
        columns = _columns(header or [])
        if columns is not None:
            return _frame(rows, columns, source_id)
    msg = (
        "no 'Inflation and key rate' table (a table with date and inflation columns) in the "
        f"page; first bytes: {snippet(content)}"
    )
    raise format_error(source_id, msg)


def describe(source_id: str, publisher: str) -> SeriesInfo:
    """Return what the Bank's inflation series is."""
    return SeriesInfo(
        source=source_id,
        series=INFLATION,
        name="Russia CPI inflation, % y/y, as the Bank of Russia publishes it (from Rosstat)",
        publisher=publisher,
        unit="percent",
        frequency=Frequency.MONTHLY,
        page_url=PAGE_URL,
        aliases=("CPI", "CPI_YOY", "INFL"),
    )


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("windows-1251", errors="replace")


def _columns(header: Row) -> tuple[int, int] | None:
    """Return the indexes of the date and inflation columns, or None when absent.

    >>> _columns([("th", "Date"), ("th", "Key rate, % p.a."), ("th", "Inflation, % YoY"),
    ...           ("th", "Inflation target, %")])
    (0, 2)
    >>> _columns([("th", ""), ("th", "Дата"), ("th", "Цель по инфляции, %"),
    ...           ("th", "Инфляция, % г/г")])
    (1, 3)
    >>> _columns([("th", "Date"), ("th", "Key rate")]) is None
    True
    """
    texts = [text.lower() for _, text in header]
    date = next((i for i, t in enumerate(texts) if "дата" in t or "date" in t), None)
    infl = next(
        (
            i
            for i, t in enumerate(texts)
            if ("инфляц" in t or "inflation" in t) and not ("цель" in t or "target" in t)
        ),
        None,
    )
    return None if date is None or infl is None else (date, infl)


def _frame(rows: list[Row], columns: tuple[int, int], source_id: str) -> pd.DataFrame:
    date_at, value_at = columns
    data = []
    for row in rows:
        cells = [text for tag, text in row if tag == "td"]
        if len(cells) != len(row) or len(cells) <= max(columns):
            continue  # the header row, or a spacer row
        if cells[value_at] in _EMPTY:
            continue  # a month the Bank lists before Rosstat's figure is out
        try:
            data.append((_month(cells[date_at]), float(parse_decimal(cells[value_at]))))
        except ValueError as exc:
            msg = f"unreadable inflation row {cells}: {exc}"
            raise format_error(source_id, msg) from exc
    return make_frame(data)


def _month(text: str) -> dt.date:
    """Return the first day of a ``MM.YYYY`` month.

    >>> _month("10.2024"), _month("1.2025")
    (datetime.date(2024, 10, 1), datetime.date(2025, 1, 1))
    """
    match = _MONTH.match(text.strip())
    if match is None or not 1 <= int(match[1]) <= 12:
        msg = f"unreadable month {text!r} (expected MM.YYYY)"
        raise ValueError(msg)
    return dt.date(int(match[2]), int(match[1]), 1)
