"""Faults served by a real HTTP server on 127.0.0.1, and what each leaves in the cache.

Every fault gives the right retry, fallback or one-line SourceError naming source, series and
URL, and no fault leaves a partial or corrupt file in data/raw or data/processed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pandas as pd
import pytest
from pytest_httpserver import HTTPServer
from source_fakes import RESPONSES, FakeSnapshot, fetch_in_child
from werkzeug import Request, Response

from econcheck.errors import ResponseFormatError, SeriesNotFound, SourceUnavailable
from econcheck.models import DataMode, SeriesRequest
from econcheck.settings import CachePolicy, Settings
from econcheck.sources.fetch import fetch
from econcheck.sources.http import NetworkState, make_client

pytestmark = pytest.mark.usefixtures("fake_snapshot")  # an empty snapshot unless filled
DYNAMIC = "/scripts/XML_dynamic.asp"
DAILY = "/scripts/XML_daily.asp"
XML = (RESPONSES / "cbr/xml_dynamic_R01235_2025-01-01_2025-01-20.xml").read_bytes()
XML_TYPE = "application/xml; charset=windows-1251"
USD = SeriesRequest(
    source="CBR", series="R01235", start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 20)
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE ValCurs [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<ValCurs ID="R01235"><Record Date="10.01.2025" Id="R01235"><Nominal>1</Nominal>'
    b"<Value>&x;</Value></Record></ValCurs>"
)
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b"<ValCurs>&lol3;</ValCurs>"
)


def _settings(tmp_path: Path, base_url: str, **changes: object) -> Settings:
    settings = Settings(
        data_dir=tmp_path, retries=0, backoff_s=0.01, timeout_s=2, base_urls={"CBR": base_url}
    )
    return settings.replace(**changes)


def _cache_files(tmp_path: Path) -> list[Path]:
    return sorted(p for p in tmp_path.rglob("*") if p.is_file())


def _assert_cache_consistent(tmp_path: Path) -> None:
    """No temporary file; every body has a sidecar whose sha256 matches it."""
    files = _cache_files(tmp_path)
    assert not [p for p in files if p.name.startswith(".") or p.suffix == ".tmp"]
    for sidecar in (p for p in files if p.parent.parent.name == "raw" and _is_sidecar(p)):
        meta = json.loads(sidecar.read_text())
        body = sidecar.parent / meta["file"]
        assert hashlib.sha256(body.read_bytes()).hexdigest() == meta["sha256"]


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(".json") and not path.name.endswith(".body.json")


def _wait_until(condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _assert_nothing_cached(tmp_path: Path) -> None:
    assert _cache_files(tmp_path) == []


def test_faults_stall_past_timeout(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A server that stalls past the timeout gives SourceUnavailable naming the URL."""

    release = threading.Event()

    def stall(request: Request) -> Response:
        release.wait(5.0)
        return Response(XML, content_type=XML_TYPE)

    httpserver.expect_request(DYNAMIC).respond_with_handler(stall)
    settings = _settings(tmp_path, httpserver.url_for("/"), timeout_s=0.3)
    with pytest.raises(SourceUnavailable) as info:
        fetch(USD, settings=settings)
    release.set()  # let the (single-threaded) server finish before the next test
    _wait_until(lambda: len(httpserver.log) == 1)
    message = str(info.value)
    assert message.startswith("CBR R01235 (http://localhost:")
    assert "XML_dynamic.asp?date_req1=01/01/2025" in message
    assert "no answer within 0.3 s" in message
    assert "\n" not in message
    _assert_nothing_cached(tmp_path)


def test_faults_server_error_then_success(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A 500 followed by a 200 is retried once and succeeds."""
    httpserver.expect_oneshot_request(DYNAMIC).respond_with_data("oops", status=500)
    httpserver.expect_oneshot_request(DYNAMIC).respond_with_data(XML, content_type=XML_TYPE)
    fetched = fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/"), retries=1))
    assert fetched.data_mode == DataMode.LIVE
    assert len(httpserver.log) == 2
    _assert_cache_consistent(tmp_path)


def test_faults_server_error_exhausts_retries(httpserver: HTTPServer, tmp_path: Path) -> None:
    """Repeated 503s end in SourceUnavailable after retries + 1 attempts, caching nothing."""
    httpserver.expect_request(DYNAMIC).respond_with_data("busy", status=503)
    with pytest.raises(SourceUnavailable, match="HTTP 503 after 3 attempt"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/"), retries=2))
    assert len(httpserver.log) == 3
    _assert_nothing_cached(tmp_path)


def test_faults_too_many_requests_honours_retry_after(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """A 429 with Retry-After: 1 is retried after about a second, then succeeds."""
    httpserver.expect_oneshot_request(DYNAMIC).respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_oneshot_request(DYNAMIC).respond_with_data(XML, content_type=XML_TYPE)
    started = time.monotonic()
    fetched = fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/"), retries=1))
    assert time.monotonic() - started >= 1.0
    assert fetched.data_mode == DataMode.LIVE


def test_faults_truncated_body(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A body cut short of its Content-Length is retried, then reported; nothing is cached."""

    def truncated(request: Request) -> Response:
        response = Response(XML[:200], content_type=XML_TYPE)
        response.headers["Content-Length"] = str(len(XML))
        return response

    httpserver.expect_request(DYNAMIC).respond_with_handler(truncated)
    with pytest.raises(SourceUnavailable, match="RemoteProtocolError"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/"), retries=1))
    assert len(httpserver.log) == 2
    _assert_nothing_cached(tmp_path)


def test_faults_truncated_xml_with_matching_length(httpserver: HTTPServer, tmp_path: Path) -> None:
    """Complete HTTP but truncated XML is a ResponseFormatError and leaves no cache entry."""
    httpserver.expect_request(DYNAMIC).respond_with_data(XML[:300], content_type=XML_TYPE)
    with pytest.raises(ResponseFormatError, match="not well-formed XML"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/")))
    _assert_nothing_cached(tmp_path)


def test_faults_html_error_page_with_200(httpserver: HTTPServer, tmp_path: Path) -> None:
    """An HTML maintenance page served with 200 is a ResponseFormatError, not data."""
    page = "<!DOCTYPE html><html><body><h1>Технические работы</h1></body></html>"
    httpserver.expect_request(DYNAMIC).respond_with_data(page, content_type="text/html")
    with pytest.raises(ResponseFormatError, match="expected data, got HTTP 200 text/html"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/")))
    _assert_nothing_cached(tmp_path)


def test_faults_windows_1251_xml(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A windows-1251 XML_daily answer parses, and its bytes are stored exactly as received."""
    body = (RESPONSES / "cbr/xml_daily_2025-04-04.xml").read_bytes()
    httpserver.expect_request(DAILY, query_string="date_req=04/04/2025").respond_with_data(
        body, content_type=XML_TYPE
    )
    day = dt.date(2025, 4, 4)
    req = SeriesRequest(source="CBR", series="R01700J", start=day, end=day)
    fetched = fetch(req, settings=_settings(tmp_path, httpserver.url_for("/")))
    assert fetched.frame["value"].tolist() == pytest.approx([2.22705])
    stored = [p for p in _cache_files(tmp_path) if p.suffix == ".xml"]
    assert [p.read_bytes() for p in stored] == [body]
    sidecar = json.loads(stored[0].with_suffix(".json").read_text())
    assert sidecar["content_type"] == XML_TYPE
    _assert_cache_consistent(tmp_path)


def test_faults_empty_series(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A well-formed answer without records is SeriesNotFound and leaves no cache entry."""
    empty = b'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01235"></ValCurs>'
    httpserver.expect_request(DYNAMIC).respond_with_data(empty, content_type=XML_TYPE)
    with pytest.raises(SeriesNotFound, match="no observations for 2025-01-01 to 2025-01-20"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/")))
    _assert_nothing_cached(tmp_path)


def test_faults_not_found(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A 404 is SeriesNotFound, not retried, naming source, series and URL."""
    httpserver.expect_request(DYNAMIC).respond_with_data("Not Found", status=404)
    with pytest.raises(SeriesNotFound) as info:
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/"), retries=3))
    assert str(info.value).startswith("CBR R01235 (http://localhost:")
    assert "HTTP 404" in str(info.value)
    assert len(httpserver.log) == 1
    _assert_nothing_cached(tmp_path)


def test_faults_redirect_is_followed(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A redirect to the publisher's new address is followed."""
    moved = httpserver.url_for("/v2/XML_dynamic.asp")
    httpserver.expect_request(DYNAMIC).respond_with_data(
        "", status=301, headers={"Location": moved}
    )
    httpserver.expect_request("/v2/XML_dynamic.asp").respond_with_data(XML, content_type=XML_TYPE)
    fetched = fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/")))
    assert len(fetched.frame) == 7
    assert [entry[0].path for entry in httpserver.log] == [DYNAMIC, "/v2/XML_dynamic.asp"]


def test_faults_connection_refused_marks_network_down(
    tmp_path: Path, fake_snapshot: FakeSnapshot
) -> None:
    """The run's first connection is refused: later requests are not attempted; snapshot serves."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = _settings(tmp_path, f"http://127.0.0.1:{port}")
    attempts: list[httpx.Request] = []
    network = NetworkState()
    fake_snapshot.series["CBR/R01239"] = [("2025-01-10", 106.0)]
    eur = SeriesRequest(
        source="CBR", series="R01239", start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 20)
    )
    with make_client(settings) as client:
        client.event_hooks["request"].append(attempts.append)
        with pytest.raises(SourceUnavailable, match="could not connect"):
            fetch(USD, settings=settings, client=client, network=network)
        fallback = fetch(eur, settings=settings, client=client, network=network)
    assert network.is_down
    assert len(attempts) == 1
    assert fallback.data_mode == DataMode.SNAPSHOT
    _assert_nothing_cached(tmp_path)


def test_faults_xxe_refused(httpserver: HTTPServer, tmp_path: Path) -> None:
    """An XML answer declaring an external entity is refused and not cached."""
    httpserver.expect_request(DYNAMIC).respond_with_data(XXE, content_type="application/xml")
    with pytest.raises(ResponseFormatError, match="unsafe XML"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/")))
    _assert_nothing_cached(tmp_path)


def test_faults_billion_laughs_refused(httpserver: HTTPServer, tmp_path: Path) -> None:
    """An entity-expansion bomb is refused at once and not cached."""
    httpserver.expect_request(DYNAMIC).respond_with_data(LAUGHS, content_type="application/xml")
    started = time.monotonic()
    with pytest.raises(ResponseFormatError, match="unsafe XML"):
        fetch(USD, settings=_settings(tmp_path, httpserver.url_for("/")))
    assert time.monotonic() - started < 1.0
    _assert_nothing_cached(tmp_path)


def test_faults_offline_never_opens_a_socket(
    tmp_path: Path, real_snapshot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the OFFLINE policy no socket connects, and the embedded snapshot answers."""

    def no_connect(self: socket.socket, address: object) -> None:
        raise AssertionError(f"OFFLINE opened a connection to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", no_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", no_connect)
    settings = _settings(tmp_path, "http://127.0.0.1:9", policy=CachePolicy.OFFLINE)
    fetched = fetch(USD, settings=settings)
    assert fetched.data_mode == DataMode.SNAPSHOT
    frame = fetched.frame.set_index("date")["value"]
    assert frame[pd.Timestamp("2025-01-10")] == pytest.approx(102.2911)
    assert frame[pd.Timestamp("2025-01-15")] == pytest.approx(103.4380)
    _assert_nothing_cached(tmp_path)


@pytest.mark.slow
def test_faults_two_processes_fetch_the_same_series(tmp_path: Path) -> None:
    """Two processes fetching one series at once both succeed and leave one consistent entry."""
    server = HTTPServer(threaded=True)
    server.start()
    try:

        def slow(request: Request) -> Response:
            time.sleep(0.5)  # both requests are in flight together
            return Response(XML, content_type=XML_TYPE)

        server.expect_request(DYNAMIC).respond_with_handler(slow)
        args = (str(tmp_path), server.url_for("/"), "R01235")
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            results = pool.starmap(fetch_in_child, [args, args])
        assert len(server.log) == 2
    finally:
        server.clear()
        server.stop()
    assert results == ["live:102.2911", "live:102.2911"]
    _assert_cache_consistent(tmp_path)
    names = sorted(p.suffix for p in _cache_files(tmp_path))
    assert names == [".json", ".parquet", ".xml"]
