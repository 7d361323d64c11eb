"""Bank of Russia (cbr.ru): official exchange rates, the key rate, inflation. Pure: no I/O.

- Rates over a range:
  ``GET /scripts/XML_dynamic.asp?date_req1=DD/MM/YYYY&date_req2=DD/MM/YYYY&VAL_NM_RQ=R01235``
  (one ``Record`` per record date, the date from which a newly set rate applies).
- Rates on one day: ``GET /scripts/XML_daily.asp?date_req=DD/MM/YYYY``. Used when start == end,
  because the Bank answers a weekend or holiday with the set in force (a range holding only a
  Sunday would be empty).
- Currency directory: ``GET /scripts/XML_val.asp?d=0`` (R-codes of the currencies set daily).
  It is authoritative; ``CURRENCIES`` below is a small built-in copy of common codes so that
  ``USD`` works offline.
- Key rate: SOAP 1.1 ``POST /DailyInfoWebServ/DailyInfo.asmx`` (``KeyRateXML``), one row per day.
- Inflation (``INFLATION``, y/y CPI by month as the Bank republishes it): the HTML table of
  ``/hd_base/infl/``, see ``cbr_infl.py``.

Answers are windows-1251 XML with decimal commas; a rate is quoted per ``Nominal`` units
(100 AMD, 10 CNY in 2020), so the value stored is ``Value / Nominal``.
Docs: https://www.cbr.ru/development/SXML/ and https://www.cbr.ru/DailyInfoWebServ/DailyInfo.asmx
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from econcheck.errors import SeriesNotFound
from econcheck.models import Frequency, SeriesInfo, SeriesRequest
from econcheck.settings import Settings
from econcheck.sources import cbr_infl
from econcheck.sources.base import RequestSpec
from econcheck.sources.parsing import format_error, make_frame, parse_decimal, parse_xml
from econcheck.sources.urls import publisher_url

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    import pandas as pd

BASE_URL = "https://www.cbr.ru"
HOSTS = {"CBR": BASE_URL}  # base-URL name -> default (ECONCHECK_CBR_BASE_URL)
KEY_RATE = "KEY_RATE"
FIRST_RATE_DAY = dt.date(1992, 7, 1)
FIRST_KEY_RATE_DAY = dt.date(2013, 9, 13)
PUBLISHER = "Bank of Russia"
_R_CODE = re.compile(r"^R\d{5}[A-Z]?$")
_SOAP_ACTION = '"http://web.cbr.ru/KeyRateXML"'
_SOAP_BODY = """<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <KeyRateXML xmlns="http://web.cbr.ru/">
      <fromDate>{start}</fromDate>
      <ToDate>{end}</ToDate>
    </KeyRateXML>
  </soap:Body>
</soap:Envelope>
"""

# (R-code, ISO code, English name) of commonly quoted currencies, from XML_daily / XML_val.
CURRENCIES: tuple[tuple[str, str, str], ...] = (
    ("R01235", "USD", "US dollar"),
    ("R01239", "EUR", "euro"),
    ("R01375", "CNY", "Chinese yuan"),
    ("R01035", "GBP", "pound sterling"),
    ("R01820", "JPY", "Japanese yen"),
    ("R01775", "CHF", "Swiss franc"),
    ("R01700J", "TRY", "Turkish lira"),
    ("R01335", "KZT", "Kazakhstan tenge"),
    ("R01090B", "BYN", "Belarusian rouble"),
    ("R01270", "INR", "Indian rupee"),
    ("R01230", "AED", "UAE dirham"),
    ("R01200", "HKD", "Hong Kong dollar"),
    ("R01720", "UAH", "Ukrainian hryvnia"),
)
_BY_CODE = {code: (iso, name) for code, iso, name in CURRENCIES}


class CbrSource:
    """The Bank of Russia's XML services and its DailyInfo SOAP web service."""

    id = "CBR"
    name = "Bank of Russia"
    docs_url = "https://www.cbr.ru/development/SXML/"

    def build_request(self, req: SeriesRequest, settings: Settings) -> RequestSpec:
        """Return XML_daily (one day), XML_dynamic (a range) or the KeyRateXML SOAP call."""
        series = req.series.strip().upper()
        if series == KEY_RATE:
            return _key_rate_request(req, settings)
        if series == cbr_infl.INFLATION:
            return cbr_infl.build_request(req, settings, today=_today())
        if not _R_CODE.match(series):
            msg = (
                f"CBR has no series {req.series!r}: pass an R-code such as R01235, an alias "
                f"such as USD, KEY_RATE or INFLATION (codes: {BASE_URL}/scripts/XML_val.asp?d=0)"
            )
            raise SeriesNotFound(msg, source_id=self.id)
        if req.start is not None and req.start == req.end:
            url = publisher_url(settings, self.id, BASE_URL, "/scripts/XML_daily.asp")
            return RequestSpec(method="GET", url=url, params={"date_req": _ddmmyyyy(req.start)})
        url = publisher_url(settings, self.id, BASE_URL, "/scripts/XML_dynamic.asp")
        params = {
            "date_req1": _ddmmyyyy(req.start or FIRST_RATE_DAY),
            "date_req2": _ddmmyyyy(req.end or _today()),
            "VAL_NM_RQ": series,
        }
        return RequestSpec(method="GET", url=url, params=params)

    def parse_response(self, content: bytes, req: SeriesRequest) -> pd.DataFrame:
        """Return the rates (RUB per 1 unit) by record date, the key rate by day, or inflation."""
        series = req.series.strip().upper()
        if series == cbr_infl.INFLATION:
            return cbr_infl.parse_response(content, self.id)
        root = parse_xml(content, source_id=self.id)
        if series == KEY_RATE:
            return _parse_key_rate(root)
        if _local(root.tag) != "ValCurs":
            msg = f"expected <ValCurs>, found <{_local(root.tag)}>"
            raise format_error(self.id, msg)
        if root.find("Valute") is not None:
            return _parse_daily(root, series)
        return _parse_dynamic(root, series)

    def describe(self, req: SeriesRequest) -> SeriesInfo:
        """Return what the series is: an official rate, the key rate or inflation."""
        series = req.series.strip().upper()
        if series == KEY_RATE:
            return _key_rate_info()
        if series == cbr_infl.INFLATION:
            return cbr_infl.describe(self.id, PUBLISHER)
        iso, name = _BY_CODE.get(series, (series, f"currency {series}"))
        return SeriesInfo(
            source=self.id,
            series=series,
            name=f"Bank of Russia official exchange rate, {name}",
            publisher=PUBLISHER,
            unit=f"RUB per 1 {iso}",
            frequency=Frequency.DAILY,
            page_url="https://www.cbr.ru/currency_base/dynamics/",
            aliases=(iso,) if series in _BY_CODE else (),
        )

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        """Return the built-in currencies, the key rate and inflation."""
        rates = tuple(self.describe(SeriesRequest(source=self.id, series=c)) for c in _BY_CODE)
        return (*rates, _key_rate_info(), cbr_infl.describe(self.id, PUBLISHER))


def directory_request(settings: Settings) -> RequestSpec:
    """Return the request for the Bank's currency directory (currencies set daily)."""
    url = publisher_url(settings, CbrSource.id, BASE_URL, "/scripts/XML_val.asp")
    return RequestSpec(method="GET", url=url, params={"d": "0"})


def parse_directory(content: bytes) -> dict[str, str]:
    """Return ISO letter code -> R-code from an XML_val.asp answer."""
    root = parse_xml(content, source_id=CbrSource.id)
    if _local(root.tag) != "Valuta":
        msg = f"expected the currency directory <Valuta>, found <{_local(root.tag)}>"
        raise format_error(CbrSource.id, msg)
    codes: dict[str, str] = {}
    for item in root.iter("Item"):
        iso = (item.findtext("ISO_Char_Code") or "").strip().upper()
        code = (item.get("ID") or "").strip()
        if iso and code:
            codes.setdefault(iso, code)
    return codes


def _key_rate_request(req: SeriesRequest, settings: Settings) -> RequestSpec:
    start = req.start or FIRST_KEY_RATE_DAY
    end = req.end or _today()
    body = _SOAP_BODY.format(start=start.isoformat(), end=end.isoformat()).encode("utf-8")
    url = publisher_url(settings, CbrSource.id, BASE_URL, "/DailyInfoWebServ/DailyInfo.asmx")
    headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": _SOAP_ACTION}
    return RequestSpec(method="POST", url=url, headers=headers, body=body)


def _parse_dynamic(root: Element, series: str) -> pd.DataFrame:
    rows = []
    for record in root.iter("Record"):
        if (record.get("Id") or series).upper() != series:
            msg = f"asked for {series}, the answer holds {record.get('Id')}"
            raise format_error(CbrSource.id, msg)
        rows.append((_record_date(record.get("Date")), _per_unit(record)))
    return make_frame(rows)


def _parse_daily(root: Element, series: str) -> pd.DataFrame:
    day = _record_date(root.get("Date"))
    rows = [(day, _per_unit(v)) for v in root.iter("Valute") if (v.get("ID") or "") == series]
    return make_frame(rows)


def _parse_key_rate(root: Element) -> pd.DataFrame:
    fault = next((e for e in root.iter() if _local(e.tag) == "faultstring"), None)
    if fault is not None:
        msg = f"the web service answered with a SOAP fault: {(fault.text or '').strip()[:120]}"
        raise format_error(CbrSource.id, msg)
    if not any(_local(e.tag) == "KeyRate" for e in root.iter()):
        msg = "expected a KeyRateXMLResponse holding <KeyRate>"
        raise format_error(CbrSource.id, msg)
    rows = []
    for kr in (e for e in root.iter() if _local(e.tag) == "KR"):
        fields = {_local(child.tag): (child.text or "").strip() for child in kr}
        try:
            day = dt.date.fromisoformat(fields["DT"][:10])
            rows.append((day, float(parse_decimal(fields["Rate"]))))
        except (KeyError, ValueError) as exc:
            msg = f"unreadable key-rate row {fields}"
            raise format_error(CbrSource.id, msg) from exc
    return make_frame(rows)


def _per_unit(node: Element) -> float:
    try:
        value = parse_decimal(node.findtext("Value") or "")
        nominal = parse_decimal(node.findtext("Nominal") or "1")
    except ValueError as exc:
        msg = f"unreadable rate in <{node.tag} {dict(node.attrib)}>: {exc}"
        raise format_error(CbrSource.id, msg) from exc
    if nominal <= 0:
        msg = f"nominal {nominal} in <{node.tag} {dict(node.attrib)}> is not positive"
        raise format_error(CbrSource.id, msg)
    return float(value / nominal)


def _record_date(text: str | None) -> dt.date:
    try:
        return dt.datetime.strptime(text or "", "%d.%m.%Y").date()
    except ValueError as exc:
        msg = f"unreadable record date {text!r} (expected DD.MM.YYYY)"
        raise format_error(CbrSource.id, msg) from exc


def _key_rate_info() -> SeriesInfo:
    return SeriesInfo(
        source=CbrSource.id,
        series=KEY_RATE,
        name="Bank of Russia key rate",
        publisher=PUBLISHER,
        unit="percent per annum",
        frequency=Frequency.EVENT,
        page_url="https://www.cbr.ru/hd_base/KeyRate/",
        aliases=("KEYRATE", "KEY RATE", "POLICY_RATE"),
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ddmmyyyy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _today() -> dt.date:
    # Open-ended ranges end today; the cache finds yesterday's answer by request, not URL.
    return dt.date.today()
