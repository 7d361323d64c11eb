"""The Bank of Russia's inflation table (CBR INFLATION): request, parsing, faults, fallback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from pytest_httpserver import HTTPServer
from source_fakes import FakeSnapshot

from econcheck.errors import ResponseFormatError
from econcheck.models import DataMode, Frequency, SeriesRequest
from econcheck.schemas import SeriesFrame
from econcheck.settings import Settings
from econcheck.sources import resolve_alias
from econcheck.sources.cbr import CbrSource
from econcheck.sources.fetch import fetch
from econcheck.sources.urls import full_url

CBR = CbrSource()
PAGE = "/hd_base/infl/"
RU_PAGE = "cbr/hd_base_infl_2024-07_2024-12.html"
EN_PAGE = "cbr/eng_hd_base_infl_2024-09_2024-11.html"
HEADER = (
    "<tr><th>Дата</th><th>Ключевая ставка, % годовых</th><th>Инфляция, % г/г</th>"
    "<th>Цель по инфляции, %</th></tr>"
)


def _req(start: dt.date | None = None, end: dt.date | None = None) -> SeriesRequest:
    return SeriesRequest(source="CBR", series="INFLATION", start=start, end=end)


def _value(frame: pd.DataFrame, day: str) -> float:
    return float(frame.loc[frame["date"] == pd.Timestamp(day), "value"].iloc[0])


def _page(rows: str) -> bytes:
    table = f'<table class="data"><tbody>{HEADER}{rows}</tbody></table>'
    return f"<!DOCTYPE html><html><body>{table}</body></html>".encode()


def _settings(tmp_path: Path, base_url: str) -> Settings:
    return Settings(data_dir=tmp_path, retries=0, timeout_s=2, base_urls={"CBR": base_url})


def test_cbr_inflation_build_request_queries_whole_months() -> None:
    """A window becomes the page's query from the first day of its first month to the last."""
    spec = CBR.build_request(_req(dt.date(2024, 7, 15), dt.date(2024, 12, 1)), Settings())
    assert spec.method == "GET"
    assert spec.is_html_page
    assert full_url(spec) == (
        "https://www.cbr.ru/hd_base/infl/?UniDbQuery.Posted=True"
        "&UniDbQuery.From=01.07.2024&UniDbQuery.To=31.12.2024"
    )


def test_cbr_inflation_build_request_honours_base_url_override() -> None:
    """ECONCHECK_CBR_BASE_URL replaces the host and keeps the page's path."""
    settings = Settings(base_urls={"CBR": "http://127.0.0.1:9/"})
    spec = CBR.build_request(_req(dt.date(2024, 2, 1), dt.date(2024, 2, 29)), settings)
    assert full_url(spec).startswith("http://127.0.0.1:9/hd_base/infl/?UniDbQuery.Posted=True")
    assert spec.params["UniDbQuery.To"] == "29.02.2024"


def test_cbr_inflation_parse_response_russian_page(response: Callable[[str], bytes]) -> None:
    """The Russian page (decimal commas, newest first) gives y/y by month, oldest first."""
    frame = SeriesFrame.validate(CBR.parse_response(response(RU_PAGE), _req()))
    assert len(frame) == 6
    assert frame["date"].is_monotonic_increasing
    assert _value(frame, "2024-09-01") == pytest.approx(8.63)
    assert _value(frame, "2024-10-01") == pytest.approx(8.54)
    assert _value(frame, "2024-11-01") == pytest.approx(8.88)


def test_cbr_inflation_parse_response_english_page_extra_columns(
    response: Callable[[str], bytes],
) -> None:
    """The English page (points, a blank first column, target before inflation) reads alike."""
    frame = SeriesFrame.validate(CBR.parse_response(response(EN_PAGE), _req()))
    assert frame["value"].tolist() == pytest.approx([8.63, 8.54, 8.88])
    assert frame["date"].dt.strftime("%Y-%m").tolist() == ["2024-09", "2024-10", "2024-11"]


def test_cbr_inflation_parse_response_skips_month_without_figure() -> None:
    """A month listed with a dash (Rosstat's figure not out yet) is left out."""
    rows = "<tr><td>01.2025</td><td>21,00</td><td>—</td><td>4,00</td></tr>"
    rows += "<tr><td>12.2024</td><td>21,00</td><td>9,52</td><td>4,00</td></tr>"
    frame = CBR.parse_response(_page(rows), _req())
    assert frame["value"].tolist() == [9.52]


def test_cbr_inflation_parse_response_empty_table_is_empty() -> None:
    """A table holding only its header gives an empty frame (fetch says SeriesNotFound)."""
    assert CBR.parse_response(_page(""), _req()).empty


def test_cbr_inflation_parse_response_page_without_table_is_format_error() -> None:
    """A page without the data table is a ResponseFormatError."""
    page = b"<!DOCTYPE html><html><body><table><tr><td>menu</td></tr></table></body></html>"
    with pytest.raises(ResponseFormatError, match="no 'Inflation and key rate' table"):
        CBR.parse_response(page, _req())


def test_cbr_inflation_parse_response_bad_month_is_format_error() -> None:
    """A date cell that is not MM.YYYY is a ResponseFormatError naming the row."""
    rows = "<tr><td>2024-10</td><td>21,00</td><td>8,54</td><td>4,00</td></tr>"
    with pytest.raises(ResponseFormatError, match="unreadable inflation row"):
        CBR.parse_response(_page(rows), _req())


def test_cbr_inflation_describe_and_aliases() -> None:
    """The series is monthly, in percent, and the aliases inflation and cpi name it."""
    info = CBR.describe(_req())
    assert (info.frequency, info.unit) == (Frequency.MONTHLY, "percent")
    assert resolve_alias("cbr", "inflation") == "INFLATION"
    assert resolve_alias("CBR", "cpi") == "INFLATION"
    assert "INFLATION" in {i.series for i in CBR.series_catalog()}


@pytest.mark.usefixtures("fake_snapshot")
def test_cbr_inflation_fetch_from_loopback(
    httpserver: HTTPServer, tmp_path: Path, response: Callable[[str], bytes]
) -> None:
    """The HTML page served by a loopback server is data, not an error page."""
    httpserver.expect_request(PAGE).respond_with_data(
        response(RU_PAGE), content_type="text/html; charset=utf-8"
    )
    req = _req(dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    fetched = fetch(req, settings=_settings(tmp_path, httpserver.url_for("")))
    assert fetched.data_mode == DataMode.LIVE
    assert _value(fetched.frame, "2024-10-01") == pytest.approx(8.54)


@pytest.mark.usefixtures("fake_snapshot")
def test_cbr_inflation_fault_page_without_table(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A 200 HTML page without the table is a one-line error naming source, series and URL."""
    page = "<!DOCTYPE html><html><body><h1>Технические работы</h1></body></html>"
    httpserver.expect_request(PAGE).respond_with_data(page, content_type="text/html")
    req = _req(dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    with pytest.raises(ResponseFormatError) as info:
        fetch(req, settings=_settings(tmp_path, httpserver.url_for("")))
    message = str(info.value)
    assert message.startswith("CBR INFLATION (http://")
    assert "hd_base/infl/" in message
    assert "\n" not in message
    assert not list((tmp_path / "raw").rglob("*.*"))


def test_cbr_inflation_falls_back_to_snapshot(tmp_path: Path, fake_snapshot: FakeSnapshot) -> None:
    """With the publisher unreachable, the snapshot's CBR/INFLATION is served."""
    fake_snapshot.series["CBR/INFLATION"] = [("2024-10-01", 8.54)]
    settings = _settings(tmp_path, "http://127.0.0.1:9")  # port 9: connection refused
    fetched = fetch(_req(dt.date(2024, 10, 1), dt.date(2024, 10, 31)), settings=settings)
    assert fetched.data_mode == DataMode.SNAPSHOT
    assert _value(fetched.frame, "2024-10-01") == pytest.approx(8.54)


@pytest.mark.network
def test_cbr_inflation_network_matches_official(tmp_path: Path) -> None:
    """The live table still gives the official y/y for September-November 2024."""
    req = _req(dt.date(2024, 9, 1), dt.date(2024, 11, 30))
    fetched = fetch(req, settings=Settings(data_dir=tmp_path, retries=1))
    assert fetched.data_mode == DataMode.LIVE
    assert _value(fetched.frame, "2024-09-01") == pytest.approx(8.63)
    assert _value(fetched.frame, "2024-11-01") == pytest.approx(8.88)
