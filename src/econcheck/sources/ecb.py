"""European Central Bank: SDMX data API (csvdata) and the euro reference-rate history file.

- ``<FLOW>/<KEY>``, e.g. ``EXR/D.USD.EUR.SP00.A``:
  ``GET https://data-api.ecb.europa.eu/service/data/EXR/D.USD.EUR.SP00.A?format=csvdata``
  with ``startPeriod``/``endPeriod`` when given. One row per observation; ``TIME_PERIOD`` is
  daily (``2024-01-02``), monthly (``2024-01``) or quarterly (``2024-Q1``).
  Docs: https://data.ecb.europa.eu/help/api/data
- ``EUROFXREF-HIST/<CUR>``: the published history of euro reference rates,
  ``GET https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip`` (one CSV, newest first,
  ``N/A`` where a currency was not quoted). Host name for overrides: ``ECB_WWW``.
  Docs: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import TYPE_CHECKING

from econcheck.errors import SeriesNotFound
from econcheck.models import Frequency, SeriesInfo, SeriesRequest
from econcheck.settings import Settings
from econcheck.sources.base import RequestSpec
from econcheck.sources.parsing import format_error, make_frame, parse_period, read_csv_rows
from econcheck.sources.urls import publisher_url

if TYPE_CHECKING:
    import pandas as pd

BASE_URL = "https://data-api.ecb.europa.eu"
WWW_URL = "https://www.ecb.europa.eu"
HOSTS = {"ECB": BASE_URL, "ECB_WWW": WWW_URL}  # base-URL name -> default
HIST = "EUROFXREF-HIST"
PUBLISHER = "European Central Bank"
MAX_UNZIPPED_BYTES = 32 * 1024 * 1024
_KEY = re.compile(r"^([A-Z0-9_]+)/([A-Za-z0-9_.+]+)$")
_HIST_KEY = re.compile(r"^EUROFXREF-HIST/([A-Z]{3})$")
_FREQUENCIES = {
    "D": Frequency.DAILY,
    "B": Frequency.EVENT,
    "M": Frequency.MONTHLY,
    "Q": Frequency.QUARTERLY,
    "A": Frequency.ANNUAL,
}
_KNOWN: dict[str, tuple[str, str, Frequency, tuple[str, ...]]] = {
    "FM/B.U2.EUR.4F.KR.DFR.LEV": (
        "ECB deposit facility rate",
        "percent per annum",
        Frequency.EVENT,
        ("DFR", "DEPOSIT RATE"),
    ),
    "FM/B.U2.EUR.4F.KR.MRR_FR.LEV": (
        "ECB main refinancing operations rate",
        "percent per annum",
        Frequency.EVENT,
        ("MRO", "REFI RATE"),
    ),
    "FM/B.U2.EUR.4F.KR.MLFR.LEV": (
        "ECB marginal lending facility rate",
        "percent per annum",
        Frequency.EVENT,
        ("MLF",),
    ),
    "ICP/M.U2.N.000000.4.ANR": (
        "Euro-area HICP, annual rate of change",
        "percent",
        Frequency.MONTHLY,
        ("HICP",),
    ),
    "ICP/M.U2.N.XEF000.4.ANR": (
        "Euro-area HICP excluding energy, food, alcohol and tobacco, annual rate of change",
        "percent",
        Frequency.MONTHLY,
        ("CORE HICP",),
    ),
}
_CATALOG_RATES = ("USD", "GBP", "JPY", "CHF", "CNY", "TRY")


class EcbSource:
    """The ECB Data Portal's SDMX REST API and the reference-rate history file."""

    id = "ECB"
    name = "European Central Bank"
    docs_url = "https://data.ecb.europa.eu/help/api/data"

    def build_request(self, req: SeriesRequest, settings: Settings) -> RequestSpec:
        """Return the csvdata query for an SDMX key, or the history file's URL."""
        series = req.series.strip()
        if _HIST_KEY.match(series.upper()):
            path = "/stats/eurofxref/eurofxref-hist.zip"
            return RequestSpec(method="GET", url=publisher_url(settings, "ECB_WWW", WWW_URL, path))
        match = _KEY.match(series)
        if match is None:
            msg = (
                f"ECB has no series {req.series!r}: pass FLOW/KEY such as EXR/D.USD.EUR.SP00.A "
                f"or EUROFXREF-HIST/USD"
            )
            raise SeriesNotFound(msg, source_id=self.id)
        url = publisher_url(settings, self.id, BASE_URL, f"/service/data/{match[1]}/{match[2]}")
        params = {"format": "csvdata"}
        if req.start is not None:
            params["startPeriod"] = req.start.isoformat()
        if req.end is not None:
            params["endPeriod"] = req.end.isoformat()
        return RequestSpec(method="GET", url=url, params=params)

    def parse_response(self, content: bytes, req: SeriesRequest) -> pd.DataFrame:
        """Return the observations (value per period start), oldest first."""
        hist = _HIST_KEY.match(req.series.strip().upper())
        if hist is not None:
            return _parse_history(content, hist[1])
        if not content.strip():
            return make_frame([])  # an empty selection
        rows = read_csv_rows(content, source_id=self.id)
        if rows and not {"TIME_PERIOD", "OBS_VALUE"} <= rows[0].keys():
            msg = f"expected SDMX csvdata with TIME_PERIOD and OBS_VALUE, got {list(rows[0])[:6]}"
            raise format_error(self.id, msg)
        try:
            return make_frame(
                (parse_period(r["TIME_PERIOD"]), float(r["OBS_VALUE"]))
                for r in rows
                if r["OBS_VALUE"] not in ("", "NaN")
            )
        except ValueError as exc:
            msg = f"unreadable observation ({exc})"
            raise format_error(self.id, msg) from exc

    def describe(self, req: SeriesRequest) -> SeriesInfo:
        """Return name, unit and frequency of the requested ECB series."""
        series = req.series.strip()
        hist = _HIST_KEY.match(series.upper())
        if hist is not None:
            return _rate_info(series.upper(), hist[1], Frequency.DAILY, "(history file)")
        if series in _KNOWN:
            name, unit, frequency, aliases = _KNOWN[series]
            return SeriesInfo(
                source=self.id,
                series=series,
                name=name,
                publisher=PUBLISHER,
                unit=unit,
                frequency=frequency,
                page_url=_page_url(series),
                aliases=aliases,
            )
        parts = series.split("/", 1)[-1].split(".")
        if series.startswith("EXR/") and len(parts) == 5:
            frequency = _FREQUENCIES.get(parts[0], Frequency.DAILY)
            return _rate_info(series, parts[1], frequency, "")
        return SeriesInfo(
            source=self.id,
            series=series,
            name=f"ECB series {series}",
            publisher=PUBLISHER,
            unit="as published",
            frequency=_FREQUENCIES.get(parts[0], Frequency.DAILY),
            page_url=_page_url(series),
        )

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        """Return the reference rates of common currencies and the key ECB series."""
        rates = tuple(
            self.describe(SeriesRequest(source=self.id, series=f"EXR/D.{cur}.EUR.SP00.A"))
            for cur in _CATALOG_RATES
        )
        known = tuple(self.describe(SeriesRequest(source=self.id, series=k)) for k in _KNOWN)
        return (*rates, *known)


def _parse_history(content: bytes, currency: str) -> pd.DataFrame:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            member = next(i for i in archive.infolist() if i.filename.endswith(".csv"))
            if member.file_size > MAX_UNZIPPED_BYTES:
                msg = f"the history file unpacks to {member.file_size} bytes; refused"
                raise format_error(EcbSource.id, msg)
            text = archive.read(member)
    except (zipfile.BadZipFile, StopIteration, EOFError) as exc:
        msg = "expected eurofxref-hist.zip holding one CSV"
        raise format_error(EcbSource.id, msg) from exc
    rows = read_csv_rows(text, source_id=EcbSource.id)
    if rows and "Date" not in rows[0]:
        msg = f"expected a Date column in the history file, got {list(rows[0])[:4]}"
        raise format_error(EcbSource.id, msg)
    if rows and currency not in rows[0]:
        msg = f"the ECB publishes no reference rate for {currency}"
        raise SeriesNotFound(msg, source_id=EcbSource.id)
    try:
        return make_frame(
            (dt.date.fromisoformat(r["Date"]), float(r[currency]))
            for r in rows
            if r[currency] not in ("", "N/A")
        )
    except ValueError as exc:
        msg = f"unreadable row in the history file ({exc})"
        raise format_error(EcbSource.id, msg) from exc


def _rate_info(series: str, currency: str, frequency: Frequency, note: str) -> SeriesInfo:
    return SeriesInfo(
        source=EcbSource.id,
        series=series,
        name=f"ECB euro reference exchange rate, {currency} per EUR {note}".strip(),
        publisher=PUBLISHER,
        unit=f"{currency} per 1 EUR",
        frequency=frequency,
        page_url=_page_url(f"EXR/D.{currency}.EUR.SP00.A"),
        aliases=(currency,) if series.startswith("EXR/D.") else (),
    )


def _page_url(series: str) -> str:
    flow, _, key = series.partition("/")
    return f"https://data.ecb.europa.eu/data/datasets/{flow}/{flow}.{key}"
