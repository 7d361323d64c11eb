"""FRED source: the keyless fredgraph.csv request and both header variants."""

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
from econcheck.sources.fetch import fetch
from econcheck.sources.fred import FredSource
from econcheck.sources.urls import full_url

FRED = FredSource()


def _req(series: str, start: dt.date | None = None, end: dt.date | None = None) -> SeriesRequest:
    return SeriesRequest(source="FRED", series=series, start=start, end=end)


def _value(frame: pd.DataFrame, day: str) -> float:
    return float(frame.loc[frame["date"] == pd.Timestamp(day), "value"].item())


def test_fred_build_request_graph_csv_with_window() -> None:
    """A request becomes fredgraph.csv with id, cosd and coed."""
    req = _req("dfedtaru", dt.date(2024, 9, 16), dt.date(2024, 11, 8))
    assert full_url(FRED.build_request(req, Settings())) == (
        "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DFEDTARU&cosd=2024-09-16&coed=2024-11-08"
    )


def test_fred_build_request_override_and_bad_id() -> None:
    """ECONCHECK_FRED_BASE_URL redirects the host; an id with spaces fails at once."""
    settings = Settings.from_env({"ECONCHECK_FRED_BASE_URL": "http://127.0.0.1:8081/"})
    spec = FRED.build_request(_req("CPIAUCNS"), settings)
    assert full_url(spec) == "http://127.0.0.1:8081/graph/fredgraph.csv?id=CPIAUCNS"
    with pytest.raises(SeriesNotFound):
        FRED.build_request(_req("fed funds"), Settings())


def test_fred_parse_response_observation_date_header(response: Callable[[str], bytes]) -> None:
    """The current header (observation_date) parses; '.' marks a missing value and is dropped."""
    content = response("fred/fredgraph_DFEDTARU_observation_date.csv")
    frame = FRED.parse_response(content, _req("DFEDTARU"))
    SeriesFrame.validate(frame)
    assert _value(frame, "2024-09-17") == 5.50
    assert _value(frame, "2024-09-18") == 5.00
    assert pd.Timestamp("2024-09-20") not in set(frame["date"])


def test_fred_parse_response_old_date_header(response: Callable[[str], bytes]) -> None:
    """The old header (DATE), with CRLF line ends, parses the same way."""
    frame = FRED.parse_response(response("fred/fredgraph_CPIAUCNS_DATE.csv"), _req("CPIAUCNS"))
    SeriesFrame.validate(frame)
    assert len(frame) == 12
    assert _value(frame, "2024-01-01") == pytest.approx(308.417)
    assert _value(frame, "2024-12-01") == pytest.approx(315.605)


def test_fred_parse_response_header_only_is_empty() -> None:
    """A window with no observations is an empty frame."""
    assert FRED.parse_response(b"observation_date,DFEDTARU\n", _req("DFEDTARU")).empty


def test_fred_parse_response_html_is_format_error() -> None:
    """An HTML page instead of the CSV is a format error."""
    with pytest.raises(ResponseFormatError, match="observation_date"):
        FRED.parse_response(b"<!DOCTYPE html><html><body>Error</body></html>", _req("DFEDTARU"))


def test_fred_resolve_alias_and_describe() -> None:
    """fedfunds and 'fed funds upper' resolve to FRED ids with their units."""
    assert resolve_alias("FRED", "fedfunds") == "FEDFUNDS"
    assert resolve_alias("fred", "fed funds upper") == "DFEDTARU"
    assert FRED.describe(_req("DFEDTARU")).unit == "percent per annum"


@pytest.mark.network
def test_fred_network_target_range(tmp_path: Path) -> None:
    """The live download still shows the upper target at 5.00 on 19 September 2024."""
    req = _req("DFEDTARU", dt.date(2024, 9, 16), dt.date(2024, 9, 20))
    fetched = fetch(req, settings=Settings(data_dir=tmp_path, retries=1))
    assert fetched.data_mode == DataMode.LIVE
    assert _value(fetched.frame, "2024-09-19") == 5.00
