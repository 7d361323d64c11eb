"""Federal Reserve Bank of St. Louis, FRED: the keyless graph CSV download. Pure: no I/O.

``GET https://fred.stlouisfed.org/graph/fredgraph.csv?id=<ID>&cosd=YYYY-MM-DD&coed=YYYY-MM-DD``
answers ``observation_date,<ID>`` (``DATE,<ID>`` before late 2024) and one row per observation;
a missing value is ``.`` (or empty). Docs: https://fred.stlouisfed.org/docs/api/fred/ (the
keyless CSV is the one behind every series page's "Download" button).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from econcheck.errors import SeriesNotFound
from econcheck.models import Frequency, SeriesInfo, SeriesRequest
from econcheck.settings import Settings
from econcheck.sources.base import RequestSpec
from econcheck.sources.parsing import format_error, make_frame, read_csv_rows
from econcheck.sources.urls import publisher_url

if TYPE_CHECKING:
    import pandas as pd

BASE_URL = "https://fred.stlouisfed.org"
HOSTS = {"FRED": BASE_URL}  # base-URL name -> default (ECONCHECK_FRED_BASE_URL)
DATE_COLUMNS = ("observation_date", "DATE")
PUBLISHER = "Federal Reserve Bank of St. Louis (FRED)"
_ID = re.compile(r"^[A-Z0-9_]{1,40}$")
_MISSING = frozenset({"", "."})
# id -> (name, unit, frequency, aliases)
_KNOWN: dict[str, tuple[str, str, Frequency, tuple[str, ...]]] = {
    "DFEDTARU": (
        "Federal funds target range, upper limit",
        "percent per annum",
        Frequency.EVENT,
        ("FED FUNDS UPPER", "FED_FUNDS_UPPER"),
    ),
    "DFEDTARL": (
        "Federal funds target range, lower limit",
        "percent per annum",
        Frequency.EVENT,
        ("FED FUNDS LOWER", "FED_FUNDS_LOWER"),
    ),
    "FEDFUNDS": (
        "Effective federal funds rate, monthly average",
        "percent per annum",
        Frequency.MONTHLY,
        ("FED FUNDS", "EFFR MONTHLY"),
    ),
    "DFF": ("Effective federal funds rate, daily", "percent per annum", Frequency.DAILY, ("EFFR",)),
    "CPIAUCNS": (
        "US CPI-U, all items, not seasonally adjusted (1982-84=100)",
        "index",
        Frequency.MONTHLY,
        ("CPI", "US CPI"),
    ),
    "CPIAUCSL": (
        "US CPI-U, all items, seasonally adjusted (1982-84=100)",
        "index",
        Frequency.MONTHLY,
        ("CPI SA",),
    ),
    "CPILFENS": (
        "US CPI-U less food and energy, not seasonally adjusted (1982-84=100)",
        "index",
        Frequency.MONTHLY,
        ("CORE CPI",),
    ),
    "CPILFESL": (
        "US CPI-U less food and energy, seasonally adjusted (1982-84=100)",
        "index",
        Frequency.MONTHLY,
        ("CORE CPI SA",),
    ),
    "A191RL1Q225SBEA": (
        "US real GDP, percent change from preceding quarter, seasonally adjusted annual rate",
        "percent",
        Frequency.QUARTERLY,
        ("GDP SAAR",),
    ),
    "A191RO1Q156NBEA": (
        "US real GDP, percent change from quarter one year ago",
        "percent",
        Frequency.QUARTERLY,
        ("GDP YOY",),
    ),
    "DEXUSEU": ("US dollars per euro (noon buying rates)", "USD per 1 EUR", Frequency.DAILY, ()),
    "DEXJPUS": ("Japanese yen per US dollar", "JPY per 1 USD", Frequency.DAILY, ()),
    "DEXCHUS": ("Chinese yuan per US dollar", "CNY per 1 USD", Frequency.DAILY, ()),
    "DEXUSUK": ("US dollars per pound sterling", "USD per 1 GBP", Frequency.DAILY, ()),
}


class FredSource:
    """FRED's keyless CSV download (``fredgraph.csv``)."""

    id = "FRED"
    name = "FRED (Federal Reserve Bank of St. Louis)"
    docs_url = "https://fred.stlouisfed.org/docs/api/fred/"

    def build_request(self, req: SeriesRequest, settings: Settings) -> RequestSpec:
        """Return the fredgraph.csv download of one series, over the window when given."""
        series = req.series.strip().upper()
        if not _ID.match(series):
            msg = f"FRED has no series {req.series!r}: pass a FRED id such as DFEDTARU or CPIAUCNS"
            raise SeriesNotFound(msg, source_id=self.id)
        params = {"id": series}
        if req.start is not None:
            params["cosd"] = req.start.isoformat()
        if req.end is not None:
            params["coed"] = req.end.isoformat()
        url = publisher_url(settings, self.id, BASE_URL, "/graph/fredgraph.csv")
        return RequestSpec(method="GET", url=url, params=params)

    def parse_response(self, content: bytes, req: SeriesRequest) -> pd.DataFrame:
        """Return the observations; accepts both the ``DATE`` and ``observation_date`` headers."""
        series = req.series.strip().upper()
        rows = read_csv_rows(content, source_id=self.id)
        if not rows:
            if content.strip().split(b",")[0].strip() in (b"observation_date", b"DATE"):
                return make_frame([])
            msg = "expected a CSV headed observation_date (or DATE) and the series id"
            raise format_error(self.id, msg)
        header = list(rows[0])
        date_column = next((c for c in DATE_COLUMNS if c in header), None)
        if date_column is None or len(header) < 2:
            msg = f"expected a CSV headed observation_date (or DATE), got {header[:3]}"
            raise format_error(self.id, msg)
        value_column = series if series in header else header[1]
        try:
            return make_frame(
                (dt.date.fromisoformat(r[date_column]), float(r[value_column]))
                for r in rows
                if r[value_column] not in _MISSING
            )
        except ValueError as exc:
            msg = f"unreadable observation ({exc})"
            raise format_error(self.id, msg) from exc

    def describe(self, req: SeriesRequest) -> SeriesInfo:
        """Return name, unit and frequency (known series), else FRED's page for the id."""
        series = req.series.strip().upper()
        name, unit, frequency, aliases = _KNOWN.get(
            series, (f"FRED series {series}", "as published", Frequency.DAILY, ())
        )
        return SeriesInfo(
            source=self.id,
            series=series,
            name=name,
            publisher=PUBLISHER,
            unit=unit,
            frequency=frequency,
            page_url=f"https://fred.stlouisfed.org/series/{series}",
            aliases=aliases,
        )

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        """Return the FRED series econcheck knows by name."""
        return tuple(self.describe(SeriesRequest(source=self.id, series=k)) for k in _KNOWN)
