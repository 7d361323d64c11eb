"""ECB source: SDMX csvdata requests and the reference-rate history file."""

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
from econcheck.sources import resolve_alias
from econcheck.sources.ecb import EcbSource
from econcheck.sources.fetch import fetch
from econcheck.sources.urls import full_url

ECB = EcbSource()
HIST = "ecb/eurofxref-hist_2024_excerpt.zip"


def _req(series: str, start: dt.date | None = None, end: dt.date | None = None) -> SeriesRequest:
    return SeriesRequest(source="ECB", series=series, start=start, end=end)


def _value(frame: pd.DataFrame, day: str) -> float:
    return float(frame.loc[frame["date"] == pd.Timestamp(day), "value"].item())


def test_ecb_build_request_sdmx_csvdata_with_window() -> None:
    """An SDMX key becomes the csvdata query with startPeriod and endPeriod."""
    req = _req("EXR/D.USD.EUR.SP00.A", dt.date(2024, 1, 2), dt.date(2024, 1, 3))
    assert full_url(ECB.build_request(req, Settings())) == (
        "https://data-api.ecb.europa.eu/service/data/EXR/D.USD.EUR.SP00.A"
        "?format=csvdata&startPeriod=2024-01-02&endPeriod=2024-01-03"
    )


def test_ecb_build_request_without_window_asks_everything() -> None:
    """Without dates only the format is sent."""
    spec = ECB.build_request(_req("ICP/M.U2.N.000000.4.ANR"), Settings())
    assert full_url(spec) == (
        "https://data-api.ecb.europa.eu/service/data/ICP/M.U2.N.000000.4.ANR?format=csvdata"
    )


def test_ecb_build_request_history_file_and_its_override() -> None:
    """EUROFXREF-HIST/<CUR> asks for the history zip on www.ecb.europa.eu (override ECB_WWW)."""
    spec = ECB.build_request(_req("eurofxref-hist/usd"), Settings())
    assert full_url(spec) == "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
    moved = Settings(base_urls={"ECB_WWW": "http://127.0.0.1:9/mirror"})
    assert ECB.build_request(_req("EUROFXREF-HIST/USD"), moved).url == (
        "http://127.0.0.1:9/mirror/stats/eurofxref/eurofxref-hist.zip"
    )


def test_ecb_build_request_malformed_key_is_series_not_found() -> None:
    """A key without FLOW/KEY fails before any request."""
    with pytest.raises(SeriesNotFound, match="FLOW/KEY"):
        ECB.build_request(_req("D.USD.EUR.SP00.A"), Settings())


def test_ecb_parse_response_daily_csvdata(response: Callable[[str], bytes]) -> None:
    """Daily csvdata gives the reference rates by day."""
    content = response("ecb/exr_D.USD.EUR.SP00.A_2024-01-02_2024-01-03.csv")
    frame = ECB.parse_response(content, _req("EXR/D.USD.EUR.SP00.A"))
    SeriesFrame.validate(frame)
    assert _value(frame, "2024-01-02") == pytest.approx(1.0956)
    assert _value(frame, "2024-01-03") == pytest.approx(1.0919)


def test_ecb_parse_response_monthly_period_is_first_day(response: Callable[[str], bytes]) -> None:
    """A monthly TIME_PERIOD (2024-01) is dated the first day of the month."""
    frame = ECB.parse_response(
        response("ecb/exr_M.USD.EUR.SP00.A.csv"), _req("EXR/M.USD.EUR.SP00.A")
    )
    SeriesFrame.validate(frame)
    assert _value(frame, "2024-01-01") == pytest.approx(1.0905)


def test_ecb_parse_response_history_file(response: Callable[[str], bytes]) -> None:
    """The history file gives one currency's rates, oldest first, agreeing with the SDMX API."""
    frame = ECB.parse_response(response(HIST), _req("EUROFXREF-HIST/USD"))
    SeriesFrame.validate(frame)
    assert frame["date"].is_monotonic_increasing
    assert _value(frame, "2024-01-02") == pytest.approx(1.0956)
    assert _value(frame, "2024-11-05") == pytest.approx(1.0897)


def test_ecb_parse_response_history_skips_not_available(response: Callable[[str], bytes]) -> None:
    """N/A rows are dropped: the ECB stopped quoting RUB after 1 March 2022."""
    frame = ECB.parse_response(response(HIST), _req("EUROFXREF-HIST/RUB"))
    assert frame["date"].max() == pd.Timestamp("2022-03-01")


def test_ecb_parse_response_history_unknown_currency(response: Callable[[str], bytes]) -> None:
    """A currency the ECB never quoted is SeriesNotFound."""
    with pytest.raises(SeriesNotFound, match="XAU"):
        ECB.parse_response(response(HIST), _req("EUROFXREF-HIST/XAU"))


def test_ecb_parse_response_not_a_zip_is_format_error() -> None:
    """Bytes that are not the zip archive are a format error."""
    with pytest.raises(ResponseFormatError, match="zip"):
        ECB.parse_response(b"<html>moved</html>", _req("EUROFXREF-HIST/USD"))


def test_ecb_parse_response_unexpected_csv_is_format_error() -> None:
    """A CSV without TIME_PERIOD/OBS_VALUE is a format error."""
    with pytest.raises(ResponseFormatError, match="TIME_PERIOD"):
        ECB.parse_response(b"a,b\n1,2\n", _req("EXR/D.USD.EUR.SP00.A"))


def test_ecb_describe_and_alias() -> None:
    """USD resolves to the daily reference rate, quoted in USD per EUR."""
    series = resolve_alias("ECB", "usd")
    assert series == "EXR/D.USD.EUR.SP00.A"
    assert ECB.describe(_req(series)).unit == "USD per 1 EUR"
    assert resolve_alias("ECB", "deposit rate") == "FM/B.U2.EUR.4F.KR.DFR.LEV"


@pytest.mark.network
def test_ecb_network_reference_rate(tmp_path: Path) -> None:
    """The live API still gives 1.0956 USD per EUR for 2 January 2024."""
    req = _req("EXR/D.USD.EUR.SP00.A", dt.date(2024, 1, 2), dt.date(2024, 1, 3))
    fetched = fetch(req, settings=Settings(data_dir=tmp_path, retries=1))
    assert fetched.data_mode == DataMode.LIVE
    assert _value(fetched.frame, "2024-01-02") == pytest.approx(1.0956)
