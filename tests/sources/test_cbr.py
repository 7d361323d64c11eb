"""Bank of Russia source: exact requests, parsing of recorded answers, safe XML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from econcheck.errors import ResponseFormatError, SeriesNotFound
from econcheck.models import DataMode, SeriesRequest
from econcheck.schemas import SeriesFrame
from econcheck.settings import Settings
from econcheck.sources import resolve_alias
from econcheck.sources.cbr import CbrSource, parse_directory
from econcheck.sources.fetch import fetch
from econcheck.sources.urls import full_url

CBR = CbrSource()
SETTINGS = Settings()


def _req(series: str, start: dt.date | None = None, end: dt.date | None = None) -> SeriesRequest:
    return SeriesRequest(source="CBR", series=series, start=start, end=end)


def _value(frame: object, day: str) -> float:
    import pandas as pd

    assert isinstance(frame, pd.DataFrame)
    return float(frame.loc[frame["date"] == pd.Timestamp(day), "value"].item())


def test_cbr_build_request_range_uses_xml_dynamic() -> None:
    """A date range asks XML_dynamic.asp for that range and R-code, dates as DD/MM/YYYY."""
    spec = CBR.build_request(_req("R01235", dt.date(2025, 1, 1), dt.date(2025, 1, 20)), SETTINGS)
    assert spec.method == "GET"
    assert full_url(spec) == (
        "https://www.cbr.ru/scripts/XML_dynamic.asp"
        "?date_req1=01/01/2025&date_req2=20/01/2025&VAL_NM_RQ=R01235"
    )


def test_cbr_build_request_single_day_uses_xml_daily() -> None:
    """One day asks XML_daily.asp, which answers weekends with the rates then in force."""
    day = dt.date(2025, 4, 4)
    spec = CBR.build_request(_req("r01235", day, day), SETTINGS)
    assert full_url(spec) == "https://www.cbr.ru/scripts/XML_daily.asp?date_req=04/04/2025"


def test_cbr_build_request_open_range_starts_with_the_history() -> None:
    """Without a start the range begins on 1 July 1992, the first official rate."""
    spec = CBR.build_request(_req("R01239", end=dt.date(2024, 12, 31)), SETTINGS)
    assert spec.params["date_req1"] == "01/07/1992"
    assert spec.params["date_req2"] == "31/12/2024"


def test_cbr_build_request_key_rate_is_a_soap_post() -> None:
    """KEY_RATE is the KeyRateXML SOAP 1.1 call with its SOAPAction header and ISO dates."""
    req = _req("KEY_RATE", dt.date(2024, 10, 1), dt.date(2024, 11, 1))
    spec = CBR.build_request(req, SETTINGS)
    assert (spec.method, spec.url) == ("POST", "https://www.cbr.ru/DailyInfoWebServ/DailyInfo.asmx")
    assert spec.headers["SOAPAction"] == '"http://web.cbr.ru/KeyRateXML"'
    assert spec.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert spec.body is not None
    assert b"<fromDate>2024-10-01</fromDate>" in spec.body
    assert b"<ToDate>2024-11-01</ToDate>" in spec.body
    assert b'<KeyRateXML xmlns="http://web.cbr.ru/">' in spec.body


def test_cbr_build_request_honours_base_url_override() -> None:
    """ECONCHECK_CBR_BASE_URL replaces scheme and host; the publisher's path is appended."""
    settings = Settings.from_env({"ECONCHECK_CBR_BASE_URL": "http://127.0.0.1:8080"})
    spec = CBR.build_request(_req("R01235", dt.date(2025, 1, 1), dt.date(2025, 1, 2)), settings)
    assert full_url(spec).startswith("http://127.0.0.1:8080/scripts/XML_dynamic.asp?date_req1=")


def test_cbr_build_request_unknown_code_is_series_not_found() -> None:
    """A code that is neither an R-code nor KEY_RATE fails before any request is made."""
    with pytest.raises(SeriesNotFound, match="R-code"):
        CBR.build_request(_req("DOLLAR"), SETTINGS)


def test_cbr_parse_response_dynamic_recorded(response: Callable[[str], bytes]) -> None:
    """The captured XML_dynamic answer gives one row per record date with the published values."""
    content = response("cbr/xml_dynamic_R01235_2025-01-01_2025-01-20.xml")
    frame = CBR.parse_response(content, _req("R01235"))
    SeriesFrame.validate(frame)
    assert len(frame) == 7
    assert _value(frame, "2025-01-10") == pytest.approx(102.2911)
    assert _value(frame, "2025-01-15") == pytest.approx(103.4380)
    assert _value(frame, "2025-01-18") == pytest.approx(102.4137)


def test_cbr_parse_response_daily_divides_by_nominal(response: Callable[[str], bytes]) -> None:
    """XML_daily values are per Nominal units: 100 AMD cost 21.5637 RUB, so 1 AMD 0.215637."""
    content = response("cbr/xml_daily_2025-04-04.xml")
    amd = CBR.parse_response(content, _req("R01060"))
    usd = CBR.parse_response(content, _req("R01235"))
    SeriesFrame.validate(usd)
    assert _value(amd, "2025-04-04") == pytest.approx(0.215637)
    assert _value(usd, "2025-04-04") == pytest.approx(84.3830)
    assert _value(CBR.parse_response(content, _req("R01239")), "2025-04-04") == pytest.approx(
        93.1608
    )


def test_cbr_parse_response_dynamic_nominal_ten() -> None:
    """A record quoted per 10 units (CNY on 22 May 2020: 99,8916 per 10) is stored per unit."""
    content = (
        '<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01375" DateRange1="22.05.2020"'
        ' DateRange2="22.05.2020" name="Foreign Currency Market Dynamic"><Record Date="22.05.2020"'
        ' Id="R01375"><Nominal>10</Nominal><Value>99,8916</Value></Record></ValCurs>'
    ).encode("cp1251")
    frame = CBR.parse_response(content, _req("R01375"))
    assert _value(frame, "2020-05-22") == pytest.approx(9.98916)


def test_cbr_parse_response_empty_range_is_empty() -> None:
    """A range with no record (e.g. a holiday) is an empty frame, not an error."""
    content = (
        b'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01235" DateRange1="01.01.2025"'
        b' DateRange2="05.01.2025" name="Foreign Currency Market Dynamic"></ValCurs>'
    )
    assert CBR.parse_response(content, _req("R01235")).empty


def test_cbr_parse_response_key_rate_oldest_first(response: Callable[[str], bytes]) -> None:
    """The key-rate SOAP answer (newest first) becomes one row per day, oldest first."""
    frame = CBR.parse_response(
        response("cbr/keyratexml_2023-12-15_2023-12-18.xml"), _req("KEY_RATE")
    )
    SeriesFrame.validate(frame)
    assert [str(d.date()) for d in frame["date"]] == ["2023-12-15", "2023-12-18"]
    assert frame["value"].tolist() == [15.0, 16.0]


def test_cbr_parse_response_soap_fault_is_format_error() -> None:
    """A SOAP fault is reported with its fault string."""
    content = (
        b'<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
        b"<soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Bad date"
        b"</faultstring></soap:Fault></soap:Body></soap:Envelope>"
    )
    with pytest.raises(ResponseFormatError, match="Bad date"):
        CBR.parse_response(content, _req("KEY_RATE"))


def test_cbr_parse_response_refuses_xxe() -> None:
    """An external entity (XXE) is refused, never resolved."""
    content = (
        b'<?xml version="1.0"?><!DOCTYPE ValCurs [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<ValCurs><Record Date="01.01.2025" Id="R01235"><Nominal>1</Nominal>'
        b"<Value>&x;</Value></Record></ValCurs>"
    )
    with pytest.raises(ResponseFormatError, match="unsafe XML"):
        CBR.parse_response(content, _req("R01235"))


def test_cbr_parse_response_other_xml_is_format_error() -> None:
    """XML that is not a ValCurs answer is a format error naming the element found."""
    with pytest.raises(ResponseFormatError, match="ValCurs"):
        CBR.parse_response(b"<error>maintenance</error>", _req("R01235"))


def test_cbr_parse_directory_maps_iso_codes(response: Callable[[str], bytes]) -> None:
    """The currency directory maps ISO letter codes to the Bank's R-codes."""
    codes = parse_directory(response("cbr/xml_val_d0_excerpt.xml"))
    assert codes["USD"] == "R01235"
    assert codes["TRY"] == "R01700J"
    assert codes["KZT"] == "R01335"


def test_cbr_resolve_alias_friendly_names() -> None:
    """USD, eur and 'key rate' resolve to the Bank's own codes; R-codes pass through."""
    assert resolve_alias("cbr", "usd") == "R01235"
    assert resolve_alias("CBR", "EUR") == "R01239"
    assert resolve_alias("CBR", "key rate") == "KEY_RATE"
    assert resolve_alias("CBR", "R01820") == "R01820"


def test_cbr_describe_rate_unit_names_currency() -> None:
    """The unit of an official rate is RUB per one unit of the currency."""
    info = CBR.describe(_req("R01375"))
    assert info.unit == "RUB per 1 CNY"
    assert info.publisher == "Bank of Russia"


@pytest.mark.network
def test_cbr_network_dynamic_matches_recorded(tmp_path: Path) -> None:
    """The live XML_dynamic answer for January 2025 still holds the recorded values."""
    req = _req("R01235", dt.date(2025, 1, 1), dt.date(2025, 1, 20))
    fetched = fetch(req, settings=Settings(data_dir=tmp_path, retries=1))
    assert fetched.data_mode == DataMode.LIVE
    assert _value(fetched.frame, "2025-01-15") == pytest.approx(103.4380)
