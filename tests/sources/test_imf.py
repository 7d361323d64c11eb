"""IMF source: WEO latest (SDMX 3.0), WEO vintages (DBnomics), DataMapper, other SDMX flows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from econcheck.errors import ResponseFormatError, SeriesNotFound
from econcheck.models import DataMode, SeriesRequest
from econcheck.schemas import SeriesFrame
from econcheck.settings import Settings
from econcheck.sources.fetch import fetch
from econcheck.sources.imf import SDMX_CSV, ImfSource
from econcheck.sources.urls import full_url

IMF = ImfSource()
LATEST = "WEO:latest/RUS.NGDP_RPCH"


def _req(series: str) -> SeriesRequest:
    return SeriesRequest(source="IMF", series=series)


def _value(frame: pd.DataFrame, day: str) -> float:
    return float(frame.loc[frame["date"] == pd.Timestamp(day), "value"].item())


def test_imf_build_request_latest_weo_is_sdmx3_csv() -> None:
    """The latest WEO is asked from api.imf.org's SDMX 3.0 data endpoint, as SDMX-CSV."""
    spec = IMF.build_request(_req(LATEST), Settings())
    assert full_url(spec) == (
        "https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.RES/WEO/+/RUS.NGDP_RPCH.A"
    )
    assert spec.headers["Accept"] == SDMX_CSV == "application/vnd.sdmx.data+csv;version=2.0.0"


def test_imf_build_request_vintage_is_dbnomics() -> None:
    """A WEO release is asked from DBnomics' copy of that release."""
    spec = IMF.build_request(_req("WEO:2024-10/rus.ngdp_rpch"), Settings())
    assert full_url(spec) == (
        "https://api.db.nomics.world/v22/series/IMF/WEO:2024-10/RUS.NGDP_RPCH?observations=1"
    )


def test_imf_build_request_datamapper_and_sdmx_keys() -> None:
    """DATAMAPPER/ and SDMX: keys reach the DataMapper API and any SDMX 3.0 flow."""
    mapper = IMF.build_request(_req("DATAMAPPER/RUS.PCPIPCH"), Settings())
    assert full_url(mapper) == "https://www.imf.org/external/datamapper/api/v1/PCPIPCH/RUS"
    cpi = IMF.build_request(_req("SDMX:IMF.STA/CPI/RUS.CPI._T.YOY_PCH_PA_PT.M"), Settings())
    assert full_url(cpi) == (
        "https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/CPI/+/RUS.CPI._T.YOY_PCH_PA_PT.M"
    )


def test_imf_build_request_each_host_has_its_override() -> None:
    """IMF, IMF_SDMX and DBNOMICS are separate base-URL names."""
    settings = Settings.from_env(
        {
            "ECONCHECK_IMF_BASE_URL": "http://127.0.0.1:1",
            "ECONCHECK_IMF_SDMX_BASE_URL": "http://127.0.0.1:2",
            "ECONCHECK_DBNOMICS_BASE_URL": "http://127.0.0.1:3/dbn",
        }
    )
    assert IMF.build_request(_req("DATAMAPPER/RUS.NGDP_RPCH"), settings).url.startswith(
        "http://127.0.0.1:1/external/datamapper/"
    )
    assert IMF.build_request(_req(LATEST), settings).url.startswith("http://127.0.0.1:2/external/")
    assert IMF.build_request(_req("WEO:2024-04/USA.NGDP_RPCH"), settings).url == (
        "http://127.0.0.1:3/dbn/v22/series/IMF/WEO:2024-04/USA.NGDP_RPCH"
    )


def test_imf_build_request_unknown_key_is_series_not_found() -> None:
    """A key in none of the four forms fails before any request."""
    with pytest.raises(SeriesNotFound, match="WEO:latest"):
        IMF.build_request(_req("NGDP_RPCH"), Settings())


def test_imf_parse_response_sdmx_csv(response: Callable[[str], bytes]) -> None:
    """SDMX-CSV (IMF's STRUCTURE[;] header, rows newest first) gives years dated 1 January."""
    frame = IMF.parse_response(response("imf/sdmx3_WEO_RUS.NGDP_RPCH.A.csv"), _req(LATEST))
    SeriesFrame.validate(frame)
    assert _value(frame, "2025-01-01") == pytest.approx(0.609)
    assert _value(frame, "2026-01-01") == pytest.approx(0.953)


def test_imf_parse_response_sdmx_json_same_as_csv(response: Callable[[str], bytes]) -> None:
    """The SDMX-JSON answer gives the same frame as the CSV one."""
    from_json = IMF.parse_response(response("imf/sdmx3_WEO_RUS.NGDP_RPCH.A.json"), _req(LATEST))
    from_csv = IMF.parse_response(response("imf/sdmx3_WEO_RUS.NGDP_RPCH.A.csv"), _req(LATEST))
    pd.testing.assert_frame_equal(from_json, from_csv)


def test_imf_parse_response_empty_selection(response: Callable[[str], bytes]) -> None:
    """The api.imf.org empty answer (one row of blank codes) is an empty frame."""
    assert IMF.parse_response(response("imf/sdmx3_WEO_empty.csv"), _req(LATEST)).empty


def test_imf_parse_response_several_series_is_format_error() -> None:
    """A selection holding several series is refused rather than mixed."""
    content = (
        b"STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,FREQUENCY,TIME_PERIOD,OBS_VALUE\n"
        b"dataflow,IMF.STA:CPI(5.0.0),R,RUS,CPI,M,2024-M01,7.4\n"
        b"dataflow,IMF.STA:CPI(5.0.0),R,USA,CPI,M,2024-M01,3.1\n"
    )
    with pytest.raises(ResponseFormatError, match="2 series"):
        IMF.parse_response(content, _req("SDMX:IMF.STA/CPI/RUS+USA.CPI.M"))


def test_imf_parse_response_monthly_sdmx_period() -> None:
    """An SDMX monthly period (2024-M03) is dated the first of the month."""
    content = (
        b"STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDEX_TYPE,FREQUENCY,TIME_PERIOD,OBS_VALUE\n"
        b"dataflow,IMF.STA:CPI(5.0.0),R,RUS,CPI,M,2024-M03,7.7\n"
    )
    frame = IMF.parse_response(content, _req("SDMX:IMF.STA/CPI/RUS.CPI.M"))
    assert _value(frame, "2024-03-01") == pytest.approx(7.7)


def test_imf_parse_response_dbnomics_vintage(response: Callable[[str], bytes]) -> None:
    """The DBnomics copy of the October 2024 WEO gives its forecasts; 'NA' is dropped."""
    req = _req("WEO:2024-10/RUS.NGDP_RPCH")
    frame = IMF.parse_response(response("imf/dbnomics_WEO_2024-10_RUS.NGDP_RPCH.json"), req)
    SeriesFrame.validate(frame)
    assert len(frame) == 3
    assert _value(frame, "2024-01-01") == pytest.approx(3.625)
    assert _value(frame, "2025-01-01") == pytest.approx(1.347)


def test_imf_parse_response_datamapper(response: Callable[[str], bytes]) -> None:
    """The DataMapper answer gives the indicator for the country by year."""
    req = _req("DATAMAPPER/RUS.NGDP_RPCH")
    frame = IMF.parse_response(response("imf/datamapper_NGDP_RPCH_RUS.json"), req)
    SeriesFrame.validate(frame)
    assert _value(frame, "2026-01-01") == pytest.approx(0.953)


def test_imf_parse_response_datamapper_unknown_is_empty() -> None:
    """DataMapper answers an unknown code with only its 'api' member: an empty frame."""
    content = b'{"api":{"version":"1","output-method":"json"}}'
    assert IMF.parse_response(content, _req("DATAMAPPER/XXX.NGDP_RPCH")).empty


def test_imf_describe_vintage_has_release_date() -> None:
    """A WEO vintage names its release and publication date; latest has none."""
    info = IMF.describe(_req("WEO:2024-10/RUS.NGDP_RPCH"))
    assert (info.vintage, info.vintage_published) == ("2024-10", dt.date(2024, 10, 22))
    assert "real GDP growth" in info.name
    assert IMF.describe(_req(LATEST)).vintage is None


@pytest.mark.network
def test_imf_network_vintage_from_dbnomics(tmp_path: Path) -> None:
    """DBnomics still serves the October 2024 WEO with Russia's 2025 growth at 1.347."""
    req = _req("WEO:2024-10/RUS.NGDP_RPCH")
    fetched = fetch(req, settings=Settings(data_dir=tmp_path, retries=1))
    assert fetched.data_mode == DataMode.LIVE
    assert _value(fetched.frame, "2025-01-01") == pytest.approx(1.347)
