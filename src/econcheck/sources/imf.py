"""International Monetary Fund: World Economic Outlook (latest and past vintages), other SDMX data.

Series keys and where they are fetched (each host has its own base-URL name):

- ``WEO:latest/<ISO3>.<INDICATOR>``: the current WEO from the IMF's SDMX 3.0 API (``IMF_SDMX``),
  ``GET https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.RES/WEO/+/RUS.NGDP_RPCH.A`` with
  ``Accept: application/vnd.sdmx.data+csv;version=2.0.0`` (``+`` = latest version of the flow).
- ``WEO:<YYYY-MM>/<ISO3>.<INDICATOR>``: the forecast as published in that release, from
  DBnomics' per-release copies (``DBNOMICS``; the IMF API serves only the latest release),
  ``GET https://api.db.nomics.world/v22/series/IMF/WEO:2024-10/RUS.NGDP_RPCH?observations=1``.
- ``DATAMAPPER/<ISO3>.<INDICATOR>``: the current WEO from the DataMapper API (``IMF``),
  ``GET https://www.imf.org/external/datamapper/api/v1/NGDP_RPCH/RUS``.
- ``SDMX:<AGENCY>/<FLOW>/<KEY>``: any other public SDMX 3.0 flow, e.g. monthly CPI
  ``SDMX:IMF.STA/CPI/RUS.CPI._T.YOY_PCH_PA_PT.M``.

Indicators: NGDP_RPCH real GDP growth, PCPIPCH CPI inflation (annual average), PCPIEPCH CPI
inflation (end of period). Docs: https://data.imf.org (SDMX), https://www.imf.org/external/datamapper/api/help,
https://api.db.nomics.world/v22/apidocs
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

from econcheck.errors import SeriesNotFound
from econcheck.models import Frequency, SeriesInfo, SeriesRequest
from econcheck.settings import Settings
from econcheck.sources.base import RequestSpec
from econcheck.sources.parsing import format_error, make_frame, parse_period
from econcheck.sources.sdmx import parse_sdmx
from econcheck.sources.urls import publisher_url

if TYPE_CHECKING:
    import pandas as pd

IMF_URL = "https://www.imf.org"
IMF_SDMX_URL = "https://api.imf.org"
DBNOMICS_URL = "https://api.db.nomics.world"
HOSTS = {"IMF": IMF_URL, "IMF_SDMX": IMF_SDMX_URL, "DBNOMICS": DBNOMICS_URL}
PUBLISHER = "International Monetary Fund"
SDMX_CSV = "application/vnd.sdmx.data+csv;version=2.0.0"
INDICATORS = {
    "NGDP_RPCH": ("real GDP growth", "percent"),
    "PCPIPCH": ("CPI inflation, annual average", "percent"),
    "PCPIEPCH": ("CPI inflation, end of period", "percent"),
}
VINTAGES_PUBLISHED = {
    "2024-04": dt.date(2024, 4, 16),
    "2024-10": dt.date(2024, 10, 22),
    "2025-04": dt.date(2025, 4, 22),
    "2025-10": dt.date(2025, 10, 14),
}
_WEO = re.compile(r"^WEO:(LATEST|\d{4}-\d{2})/([A-Z0-9]{3})\.([A-Z0-9_]+)(?:\.([A-Za-z0-9_]+))?$")
_DATAMAPPER = re.compile(r"^DATAMAPPER/([A-Z0-9]{3})\.([A-Z0-9_]+)$")
_SDMX = re.compile(r"^SDMX:([A-Z0-9_.]+)/([A-Z0-9_]+)/([A-Za-z0-9_.+*]+)$")
_FREQUENCIES = {"A": Frequency.ANNUAL, "Q": Frequency.QUARTERLY, "M": Frequency.MONTHLY}


class ImfSource:
    """The IMF's SDMX 3.0 and DataMapper APIs, and DBnomics for past WEO releases."""

    id = "IMF"
    name = "International Monetary Fund"
    docs_url = "https://data.imf.org/en/Resource-Pages/IMF-API"

    def build_request(self, req: SeriesRequest, settings: Settings) -> RequestSpec:
        """Return the request for a WEO key (latest or a vintage), a DataMapper or SDMX key."""
        series = _normal(req.series)
        if weo := _WEO.match(series):
            vintage, country, indicator, unit = weo.groups()
            if vintage == "LATEST":
                return _sdmx_request(settings, "IMF.RES", "WEO", f"{country}.{indicator}.A")
            mask = f"{country}.{indicator}" + (f".{unit}" if unit else "")
            path = f"/v22/series/IMF/WEO:{vintage}/{mask}"
            url = publisher_url(settings, "DBNOMICS", DBNOMICS_URL, path)
            return RequestSpec(method="GET", url=url, params={"observations": "1"})
        if mapper := _DATAMAPPER.match(series):
            country, indicator = mapper.groups()
            path = f"/external/datamapper/api/v1/{indicator}/{country}"
            return RequestSpec(method="GET", url=publisher_url(settings, self.id, IMF_URL, path))
        if sdmx := _SDMX.match(series):
            return _sdmx_request(settings, *sdmx.groups())
        msg = (
            f"IMF has no series {req.series!r}: pass WEO:latest/RUS.NGDP_RPCH, "
            f"WEO:2024-10/RUS.NGDP_RPCH, DATAMAPPER/RUS.NGDP_RPCH or SDMX:<AGENCY>/<FLOW>/<KEY>"
        )
        raise SeriesNotFound(msg, source_id=self.id)

    def parse_response(self, content: bytes, req: SeriesRequest) -> pd.DataFrame:
        """Return the observations by period start (a year's value is dated 1 January)."""
        series = _normal(req.series)
        if weo := _WEO.match(series):
            vintage, country, indicator, _unit = weo.groups()
            if vintage == "LATEST":
                match = {"COUNTRY": country, "INDICATOR": indicator}
                return parse_sdmx(content, source_id=self.id, match=match)
            return _parse_dbnomics(content, country, indicator)
        if mapper := _DATAMAPPER.match(series):
            return _parse_datamapper(content, *mapper.groups())
        return parse_sdmx(content, source_id=self.id, match={})

    def describe(self, req: SeriesRequest) -> SeriesInfo:
        """Return what the series is, and for a WEO vintage the release and its date."""
        series = _normal(req.series)
        weo = _WEO.match(series) or _DATAMAPPER.match(series)
        if weo is None:
            return _sdmx_info(series)
        if series.startswith("DATAMAPPER/"):
            vintage, (country, indicator) = "LATEST", weo.groups()
        else:
            vintage, country, indicator, _unit = weo.groups()
        label, unit = INDICATORS.get(indicator, (f"indicator {indicator}", "as published"))
        is_latest = vintage == "LATEST"
        return SeriesInfo(
            source=self.id,
            series=req.series.strip(),
            name=f"IMF World Economic Outlook ({'latest' if is_latest else vintage}): "
            f"{label}, {country}",
            publisher=PUBLISHER,
            unit=unit,
            frequency=Frequency.ANNUAL,
            page_url=f"https://www.imf.org/external/datamapper/{indicator}@WEO/{country}"
            if is_latest
            else _weo_page(vintage),
            vintage=None if is_latest else vintage,
            vintage_published=None if is_latest else VINTAGES_PUBLISHED.get(vintage),
        )

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        """Return the WEO key patterns econcheck uses (any ISO3 country works)."""
        rows = []
        for indicator, (label, unit) in INDICATORS.items():
            for pattern, note in (
                (f"WEO:latest/<ISO3>.{indicator}", "latest release, SDMX 3.0"),
                (f"WEO:<YYYY-MM>/<ISO3>.{indicator}", "as published in a release, via DBnomics"),
                (f"DATAMAPPER/<ISO3>.{indicator}", "latest release, DataMapper"),
            ):
                rows.append(
                    SeriesInfo(
                        source=self.id,
                        series=pattern,
                        name=f"IMF WEO {label} ({note})",
                        publisher=PUBLISHER,
                        unit=unit,
                        frequency=Frequency.ANNUAL,
                        page_url="https://www.imf.org/en/Publications/WEO",
                    )
                )
        return tuple(rows)


def _normal(series: str) -> str:
    """Return the key with upper-case country and indicator (DBnomics units stay as given).

    >>> _normal("weo:latest/rus.ngdp_rpch"), _normal("WEO:2025-04/npl.NGDP_RPCH.pcent_change")
    ('WEO:LATEST/RUS.NGDP_RPCH', 'WEO:2025-04/NPL.NGDP_RPCH.pcent_change')
    """
    head, sep, tail = series.strip().partition("/")
    head = head.upper()
    if head.startswith(("WEO:", "DATAMAPPER")):
        parts = tail.split(".")
        tail = ".".join([p.upper() for p in parts[:2]] + parts[2:])
    return head + sep + tail


def _sdmx_request(settings: Settings, agency: str, flow: str, key: str) -> RequestSpec:
    path = f"/external/sdmx/3.0/data/dataflow/{agency}/{flow}/+/{key}"
    url = publisher_url(settings, "IMF_SDMX", IMF_SDMX_URL, path)
    return RequestSpec(method="GET", url=url, headers={"Accept": SDMX_CSV})


def _parse_dbnomics(content: bytes, country: str, indicator: str) -> pd.DataFrame:
    docs = _json(content, ("series", "docs"))
    if not isinstance(docs, list):
        msg = "expected a DBnomics answer with series.docs"
        raise format_error(ImfSource.id, msg)
    chosen = [
        d
        for d in docs
        if d.get("dimensions", {}).get("weo-country", country) == country
        and d.get("dimensions", {}).get("weo-subject", indicator) == indicator
    ]
    if len(chosen) > 1:
        codes = ", ".join(str(d.get("series_code")) for d in chosen[:5])
        msg = f"the mask matches {len(chosen)} series ({codes}); add the unit to the key"
        raise format_error(ImfSource.id, msg)
    if not chosen:
        return make_frame([])
    doc = chosen[0]
    periods = doc.get("period_start_day") or doc.get("period") or []
    values = doc.get("value") or []
    try:
        return make_frame(
            (parse_period(str(p)), float(v))
            for p, v in zip(periods, values, strict=True)
            if v not in (None, "NA", "")
        )
    except (ValueError, TypeError) as exc:
        msg = f"unreadable observation in the DBnomics series ({exc})"
        raise format_error(ImfSource.id, msg) from exc


def _parse_datamapper(content: bytes, country: str, indicator: str) -> pd.DataFrame:
    data = _json(content, ())
    if not isinstance(data, dict) or ("api" not in data and "values" not in data):
        msg = "expected a DataMapper answer with 'values' (or only 'api' when empty)"
        raise format_error(ImfSource.id, msg)
    years = data.get("values", {}).get(indicator, {}).get(country, {})
    try:
        return make_frame(
            (dt.date(int(year), 1, 1), float(value))
            for year, value in years.items()
            if value is not None
        )
    except (ValueError, TypeError) as exc:
        msg = f"unreadable DataMapper value ({exc})"
        raise format_error(ImfSource.id, msg) from exc


def _json(content: bytes, path: tuple[str, ...]) -> Any:
    try:
        node: Any = json.loads(content)
        for name in path:
            node = node[name]
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"expected JSON with {'.'.join(path) or 'an object'}"
        raise format_error(ImfSource.id, msg) from exc
    return node


def _weo_page(vintage: str) -> str:
    year, month = vintage.split("-")
    name = {"04": "April", "10": "October"}.get(month, month)
    return f"https://www.imf.org/en/Publications/WEO/weo-database/{year}/{name}"


def _sdmx_info(series: str) -> SeriesInfo:
    key = series.rsplit("/", 1)[-1]
    frequency = _FREQUENCIES.get(key.rsplit(".", 1)[-1], Frequency.MONTHLY)
    return SeriesInfo(
        source=ImfSource.id,
        series=series,
        name=f"IMF SDMX series {series}",
        publisher=PUBLISHER,
        unit="as published",
        frequency=frequency,
        page_url="https://data.imf.org",
    )
