"""fetch and fetch_many: cache policy, fallbacks, data_mode, coalescing, concurrency."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pandas as pd
import pytest
from source_fakes import RESPONSES, FakeSnapshot

from econcheck.errors import CacheMiss, ResponseFormatError, SeriesNotFound, SourceUnavailable
from econcheck.models import DataMode, FetchedSeries, SeriesRequest
from econcheck.settings import CachePolicy, Settings
from econcheck.sources import cache, cbr
from econcheck.sources.fetch import fetch, fetch_many, resolve_series
from econcheck.sources.fred import FredSource
from econcheck.sources.http import make_client

pytestmark = pytest.mark.usefixtures("fake_snapshot")  # an empty snapshot unless filled
FRED_CSV = (RESPONSES / "fred/fredgraph_DFEDTARU_observation_date.csv").read_bytes()
DFEDTARU = SeriesRequest(source="FRED", series="DFEDTARU", start=dt.date(2024, 9, 16))
Handler = Callable[[httpx.Request], httpx.Response]


class Publisher:
    """A MockTransport handler that answers every request with ``answer`` and counts them."""

    def __init__(self, answer: Handler | None = None) -> None:
        self.answer = answer or (lambda request: httpx.Response(200, content=FRED_CSV))
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        return self.answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def _settings(tmp_path: Path, **changes: object) -> Settings:
    base = Settings(data_dir=tmp_path, retries=0, backoff_s=0.001, timeout_s=2)
    return base.replace(**changes)


def _fetch(req: SeriesRequest, settings: Settings, publisher: Publisher) -> FetchedSeries:
    with make_client(settings, publisher.transport()) as client:
        return fetch(req, settings=settings, client=client)


def test_fetch_live_then_cache(tmp_path: Path) -> None:
    """The first fetch is live and stored; a second within max_age is served by the cache."""
    settings, publisher = _settings(tmp_path), Publisher()
    first = _fetch(DFEDTARU, settings, publisher)
    second = _fetch(DFEDTARU, settings, publisher)
    assert (first.data_mode, second.data_mode) == (DataMode.LIVE, DataMode.CACHE)
    assert len(publisher.requests) == 1
    pd.testing.assert_frame_equal(first.frame, second.frame)
    assert (
        first.url == "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DFEDTARU&cosd=2024-09-16"
    )
    assert "sha256" in first.provenance
    assert list((tmp_path / "processed" / "FRED").glob("DFEDTARU-*.parquet"))


def test_fetch_stale_cache_is_refetched(tmp_path: Path) -> None:
    """With max_age_days=0 every fetch goes back to the publisher."""
    settings, publisher = _settings(tmp_path, max_age_days=0), Publisher()
    _fetch(DFEDTARU, settings, publisher)
    assert _fetch(DFEDTARU, settings, publisher).data_mode == DataMode.LIVE
    assert len(publisher.requests) == 2


def test_fetch_refresh_sends_conditional_get_and_reuses_on_304(tmp_path: Path) -> None:
    """REFRESH sends If-None-Match/If-Modified-Since; a 304 reuses the stored bytes."""
    stamps = {"ETag": '"v1"', "Last-Modified": "Wed, 18 Sep 2024 18:00:00 GMT"}
    answers = iter([httpx.Response(200, content=FRED_CSV, headers=stamps), httpx.Response(304)])
    publisher = Publisher(lambda request: next(answers))
    settings = _settings(tmp_path)
    first = _fetch(DFEDTARU, settings, publisher)
    again = _fetch(DFEDTARU, settings.replace(policy=CachePolicy.REFRESH), publisher)
    conditional = publisher.requests[1].headers
    assert conditional["If-None-Match"] == '"v1"'
    assert conditional["If-Modified-Since"] == stamps["Last-Modified"]
    assert again.data_mode == DataMode.LIVE
    assert again.retrieved_at > first.retrieved_at
    pd.testing.assert_frame_equal(first.frame, again.frame)


def test_fetch_unavailable_falls_back_to_stale_cache(tmp_path: Path) -> None:
    """When the publisher fails, a stale cached copy is used and data_mode says cache."""
    _fetch(DFEDTARU, _settings(tmp_path), Publisher())
    down = Publisher(lambda request: httpx.Response(503))
    fetched = _fetch(DFEDTARU, _settings(tmp_path, max_age_days=0), down)
    assert fetched.data_mode == DataMode.CACHE
    assert len(down.requests) == 1


def test_fetch_unavailable_falls_back_to_snapshot(
    tmp_path: Path, fake_snapshot: FakeSnapshot
) -> None:
    """With no cache, an unavailable publisher falls back to the snapshot."""
    fake_snapshot.series["FRED/DFEDTARU"] = [("2024-09-18", 5.0)]
    fetched = _fetch(DFEDTARU, _settings(tmp_path), Publisher(lambda r: httpx.Response(502)))
    assert fetched.data_mode == DataMode.SNAPSHOT
    assert fake_snapshot.loaded == [DFEDTARU]


def test_fetch_unavailable_with_nothing_raises(tmp_path: Path, fake_snapshot: FakeSnapshot) -> None:
    """No cache and no snapshot: the publisher's SourceUnavailable reaches the caller."""
    with pytest.raises(SourceUnavailable, match="HTTP 502"):
        _fetch(DFEDTARU, _settings(tmp_path), Publisher(lambda r: httpx.Response(502)))


def test_fetch_offline_uses_cache_then_snapshot(
    tmp_path: Path, fake_snapshot: FakeSnapshot
) -> None:
    """OFFLINE replays the cache, else the snapshot, without sending anything."""
    _fetch(DFEDTARU, _settings(tmp_path), Publisher())
    offline, silent = _settings(tmp_path, policy=CachePolicy.OFFLINE), Publisher()
    assert _fetch(DFEDTARU, offline, silent).data_mode == DataMode.CACHE
    other = SeriesRequest(source="FRED", series="DFEDTARL")
    fake_snapshot.series["FRED/DFEDTARL"] = [("2024-09-18", 4.75)]
    assert _fetch(other, offline, silent).data_mode == DataMode.SNAPSHOT
    assert silent.requests == []


def test_fetch_offline_miss_says_how_to_fill(tmp_path: Path, fake_snapshot: FakeSnapshot) -> None:
    """OFFLINE with nothing anywhere is CacheMiss giving the command that fills the cache."""
    offline = _settings(tmp_path, policy=CachePolicy.OFFLINE)
    with pytest.raises(CacheMiss, match="econcheck fetch FRED DFEDTARU"):
        _fetch(DFEDTARU, offline, Publisher())


def test_fetch_offline_finds_open_range_cached_on_an_earlier_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An open-ended range (its URL ends 'today') cached yesterday is found offline today."""
    body = (RESPONSES / "cbr/xml_dynamic_R01235_2025-01-01_2025-01-20.xml").read_bytes()
    req = SeriesRequest(source="CBR", series="R01235", start=dt.date(2025, 1, 1))
    monkeypatch.setattr(cbr, "_today", lambda: dt.date(2025, 1, 20))
    _fetch(req, _settings(tmp_path), Publisher(lambda r: httpx.Response(200, content=body)))
    monkeypatch.setattr(cbr, "_today", lambda: dt.date(2025, 1, 21))
    offline = _settings(tmp_path, policy=CachePolicy.OFFLINE)
    assert _fetch(req, offline, Publisher()).data_mode == DataMode.CACHE


def test_fetch_snapshot_only_publisher(tmp_path: Path, fake_snapshot: FakeSnapshot) -> None:
    """A publisher with no live fetcher is served by the snapshot, else SeriesNotFound."""
    fake_snapshot.series["ROSSTAT/CPI_YOY"] = [("2024-10-01", 8.54)]
    publisher = Publisher()
    found = _fetch(
        SeriesRequest(source="rosstat", series="CPI_YOY"), _settings(tmp_path), publisher
    )
    assert found.data_mode == DataMode.SNAPSHOT
    with pytest.raises(SeriesNotFound, match="no live fetcher"):
        _fetch(SeriesRequest(source="ROSSTAT", series="NOPE"), _settings(tmp_path), publisher)
    assert publisher.requests == []


def test_fetch_unparseable_answer_leaves_no_cache_entry(tmp_path: Path) -> None:
    """A 200 answer that does not parse is a ResponseFormatError and is removed from the cache."""
    publisher = Publisher(lambda r: httpx.Response(200, content=b"surprise,columns\n1,2\n"))
    with pytest.raises(ResponseFormatError, match=r"FRED DFEDTARU \(https://fred"):
        _fetch(DFEDTARU, _settings(tmp_path), publisher)
    assert list(tmp_path.rglob("*.*")) == []


def test_fetch_invalid_frame_is_format_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parsed frame that fails SeriesFrame validation becomes ResponseFormatError."""
    unsorted = pd.DataFrame(
        {"date": pd.to_datetime(["2024-02-01", "2024-01-01"]), "value": [1.0, 2.0]}
    )
    monkeypatch.setattr(FredSource, "parse_response", lambda self, content, req: unsorted)
    with pytest.raises(ResponseFormatError, match="SeriesFrame validation"):
        _fetch(DFEDTARU, _settings(tmp_path), Publisher())


def test_fetch_empty_series_is_series_not_found(tmp_path: Path) -> None:
    """A well-formed answer without observations is SeriesNotFound naming the window."""
    publisher = Publisher(lambda r: httpx.Response(200, content=b"observation_date,DFEDTARU\n"))
    with pytest.raises(SeriesNotFound, match="no observations for 2024-09-16"):
        _fetch(DFEDTARU, _settings(tmp_path), publisher)


def test_fetch_many_coalesces_and_keeps_going(tmp_path: Path) -> None:
    """Duplicates are fetched once, a failing series does not stop the others, order is kept."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.params["id"] == "NOPE":
            return httpx.Response(404)
        return httpx.Response(200, content=FRED_CSV)

    publisher, seen = Publisher(answer), []
    bad = SeriesRequest(source="FRED", series="NOPE")
    requests = [DFEDTARU, bad, DFEDTARU]
    results = fetch_many(
        requests,
        settings=_settings(tmp_path),
        transport=publisher.transport(),
        progress=seen.append,
    )
    assert list(results) == [DFEDTARU, bad]
    assert isinstance(results[DFEDTARU], FetchedSeries)
    assert isinstance(results[bad], SeriesNotFound)
    assert len(publisher.requests) == 2
    assert sorted(r.series for r in seen) == ["DFEDTARU", "NOPE"]


def test_fetch_many_shares_one_download_per_url(tmp_path: Path) -> None:
    """Two currencies read from the same ECB history file cost one request."""
    archive = (RESPONSES / "ecb/eurofxref-hist_2024_excerpt.zip").read_bytes()
    publisher = Publisher(lambda r: httpx.Response(200, content=archive))
    usd = SeriesRequest(source="ECB", series="EUROFXREF-HIST/USD")
    gbp = SeriesRequest(source="ECB", series="EUROFXREF-HIST/GBP")
    results = fetch_many([usd, gbp], settings=_settings(tmp_path), transport=publisher.transport())
    assert len(publisher.requests) == 1
    assert all(
        isinstance(r, FetchedSeries) and r.data_mode == DataMode.LIVE for r in results.values()
    )


def test_fetch_many_bounds_concurrency(tmp_path: Path) -> None:
    """No more than max_concurrency requests are in flight at once."""
    in_flight, peak, lock = [0], [0], threading.Lock()

    def slow(request: httpx.Request) -> httpx.Response:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        time.sleep(0.05)
        with lock:
            in_flight[0] -= 1
        return httpx.Response(200, content=FRED_CSV)

    requests = [SeriesRequest(source="FRED", series=f"S{i}") for i in range(8)]
    settings = _settings(tmp_path, max_concurrency=3)
    results = fetch_many(requests, settings=settings, transport=Publisher(slow).transport())
    assert len(results) == 8
    assert peak[0] == 3


def test_resolve_series_uses_builtin_table_then_directory(tmp_path: Path) -> None:
    """USD needs no request; RON is looked up in the Bank's directory; XYZ is not quoted."""
    directory = (RESPONSES / "cbr/xml_val_d0_excerpt.xml").read_bytes()
    publisher = Publisher(lambda r: httpx.Response(200, content=directory))
    settings = _settings(tmp_path)
    with make_client(settings, publisher.transport()) as client:
        assert resolve_series("CBR", "usd", settings=settings, client=client) == "R01235"
        assert publisher.requests == []
        assert resolve_series("CBR", "ron", settings=settings, client=client) == "R01585F"
        with pytest.raises(SeriesNotFound, match="XYZ"):
            resolve_series("CBR", "XYZ", settings=settings, client=client)
    assert len(publisher.requests) == 1
    assert str(publisher.requests[0].url) == "https://www.cbr.ru/scripts/XML_val.asp?d=0"
    assert resolve_series("FRED", "fedfunds", settings=settings) == "FEDFUNDS"


def test_fetch_stored_entry_matches_cache_lookup(tmp_path: Path) -> None:
    """What fetch stores is a complete cache entry: sidecar, verified body, parquet frame."""
    settings = _settings(tmp_path)
    fetched = _fetch(DFEDTARU, settings, Publisher())
    entry = cache.find_raw(settings, DFEDTARU)
    assert entry is not None
    assert cache.read_content(entry) == FRED_CSV
    assert entry.fetched_at == fetched.retrieved_at


def test_resolve_series_bad_directory_is_not_kept(tmp_path: Path) -> None:
    """A directory answer that does not parse is a ResponseFormatError and is not cached."""
    publisher = Publisher(lambda r: httpx.Response(200, content=b"<Oops/>"))
    settings = _settings(tmp_path)
    with (
        make_client(settings, publisher.transport()) as client,
        pytest.raises(ResponseFormatError, match="currency directory"),
    ):
        resolve_series("CBR", "RON", settings=settings, client=client)
    assert list(tmp_path.rglob("*.*")) == []


def test_fetch_offline_reads_a_shared_download(tmp_path: Path) -> None:
    """Offline, a currency is read from the history file cached for another currency."""
    archive = (RESPONSES / "ecb/eurofxref-hist_2024_excerpt.zip").read_bytes()
    usd = SeriesRequest(source="ECB", series="EUROFXREF-HIST/USD")
    _fetch(usd, _settings(tmp_path), Publisher(lambda r: httpx.Response(200, content=archive)))
    gbp = SeriesRequest(source="ECB", series="EUROFXREF-HIST/GBP")
    offline = _fetch(gbp, _settings(tmp_path, policy=CachePolicy.OFFLINE), Publisher())
    assert offline.data_mode == DataMode.CACHE
    assert offline.frame["value"].iloc[-1] == pytest.approx(0.82918)
