"""The on-disk cache: sidecars, integrity, lookups, atomic writes, info and clearing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from econcheck.errors import UnknownSourceError
from econcheck.models import SeriesRequest
from econcheck.settings import Settings
from econcheck.sources import cache
from econcheck.sources.base import RequestSpec
from econcheck.sources.urls import request_key

REQ = SeriesRequest(source="FRED", series="DFEDTARU", start=dt.date(2024, 9, 1))
CSV = b"observation_date,DFEDTARU\n2024-09-18,5.00\n"


def _store(settings: Settings, key: str = "k" * 64) -> cache.RawEntry:
    return cache.store_raw(
        settings,
        source="FRED",
        key=key,
        request=REQ,
        method="get",
        url="http://x/f.csv?id=D",
        status=200,
        content=CSV,
        headers={"content-type": "text/csv", "etag": '"v1"'},
    )


def test_cache_store_raw_writes_body_and_sidecar(tmp_path: Path) -> None:
    """The body is stored as received and the sidecar records its provenance."""
    settings = Settings(data_dir=tmp_path)
    entry = _store(settings)
    assert entry.path == tmp_path / "raw" / "FRED" / f"{'k' * 64}.csv"
    assert entry.path.read_bytes() == CSV
    meta = json.loads((tmp_path / "raw" / "FRED" / f"{'k' * 64}.json").read_text())
    assert meta["url"] == "http://x/f.csv?id=D"
    assert meta["status"] == 200
    assert meta["content_type"] == "text/csv"
    assert meta["etag"] == '"v1"'
    assert meta["request"] == {
        "source": "FRED",
        "series": "DFEDTARU",
        "start": "2024-09-01",
        "end": None,
    }
    assert len(meta["sha256"]) == 64
    assert dt.datetime.fromisoformat(meta["fetched_at"]).tzinfo is not None


def test_cache_load_raw_round_trips(tmp_path: Path) -> None:
    """An entry read back equals the one written."""
    settings = Settings(data_dir=tmp_path)
    entry = _store(settings)
    assert cache.load_raw(settings, "fred", entry.key) == entry
    assert cache.read_content(entry) == CSV


def test_cache_read_content_rejects_altered_body(tmp_path: Path) -> None:
    """A body that no longer matches its sidecar's sha256 is not used."""
    entry = _store(Settings(data_dir=tmp_path))
    entry.path.write_bytes(CSV + b"2024-09-19,9.99\n")
    assert cache.read_content(entry) is None


def test_cache_json_body_does_not_collide_with_sidecar(tmp_path: Path) -> None:
    """A JSON answer is stored as <key>.body.json beside the <key>.json sidecar."""
    settings = Settings(data_dir=tmp_path)
    entry = cache.store_raw(
        settings,
        source="IMF",
        key="j" * 64,
        request=REQ,
        method="GET",
        url="u",
        status=200,
        content=b'{"values": {}}',
        headers={"content-type": "application/json"},
    )
    assert entry.path.name.endswith(".body.json")
    assert cache.read_content(entry) == b'{"values": {}}'
    assert cache.load_raw(settings, "IMF", "j" * 64) == entry


def test_cache_find_raw_returns_newest_for_request(tmp_path: Path) -> None:
    """Lookup by request finds the newest entry whatever its URL (open-ended ranges move)."""
    settings = Settings(data_dir=tmp_path)
    _store(settings, key="a" * 64)
    newer = _store(settings, key="b" * 64)
    other = SeriesRequest(source="FRED", series="DFEDTARL")
    assert cache.find_raw(settings, REQ) == newer
    assert cache.find_raw(settings, other) is None


def test_cache_entry_freshness_follows_max_age(tmp_path: Path) -> None:
    """An entry is fresh while younger than max_age_days."""
    entry = _store(Settings(data_dir=tmp_path))
    later = entry.fetched_at + dt.timedelta(hours=30)
    assert entry.is_fresh(Settings(max_age_days=2), now=later)
    assert not entry.is_fresh(Settings(max_age_days=1), now=later)


def test_cache_request_key_ignores_secrets_and_headers() -> None:
    """Secret values and headers (conditional GET) do not change the key; the body does."""
    base = RequestSpec(
        method="GET",
        url="http://x/a",
        params={"id": "1", "key": "a"},
        secret_params=frozenset({"key"}),
    )
    other_secret = RequestSpec(
        method="GET",
        url="http://x/a",
        params={"id": "1", "key": "b"},
        headers={"If-None-Match": '"v"'},
        secret_params=frozenset({"key"}),
    )
    post = RequestSpec(method="POST", url="http://x/a", body=b"<a/>")
    assert request_key(base) == request_key(other_secret)
    assert request_key(post) != request_key(
        RequestSpec(method="POST", url="http://x/a", body=b"<b/>")
    )


def test_cache_atomic_write_leaves_old_file_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails before the final rename keeps the old file and no temporary file."""
    target = tmp_path / "raw" / "X" / "f.csv"
    cache.atomic_write(target, b"old")

    def broken_replace(self: Path, other: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        cache.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["f.csv"]


def test_cache_store_processed_writes_parquet(tmp_path: Path) -> None:
    """The validated frame is written as parquet named after the series and the key."""
    settings = Settings(data_dir=tmp_path)
    frame = pd.DataFrame({"date": pd.to_datetime(["2024-09-18"]), "value": [5.0]})
    path = cache.store_processed(settings, REQ, "c" * 64, frame)
    assert path == tmp_path / "processed" / "FRED" / "DFEDTARU-cccccccc.parquet"
    pd.testing.assert_frame_equal(pd.read_parquet(path), frame, check_dtype=False)


def test_cache_info_and_clear_by_source(tmp_path: Path) -> None:
    """cache_info counts responses per source; clear_cache removes one source only."""
    settings = Settings(data_dir=tmp_path)
    _store(settings)
    cache.store_raw(
        settings,
        source="CBR",
        key="c" * 64,
        request=REQ,
        method="GET",
        url="u",
        status=200,
        content=b"<a/>",
        headers={},
    )
    info = cache.cache_info(settings)
    assert [(s.source, s.responses) for s in info.sources] == [("CBR", 1), ("FRED", 1)]
    assert info.total_bytes > 0
    assert cache.clear_cache(settings, "fred") == 2
    assert [s.source for s in cache.cache_info(settings).sources] == ["CBR"]
    assert cache.clear_cache(settings) == 2
    assert cache.cache_info(settings).sources == ()


def test_cache_clear_rejects_path_like_source(tmp_path: Path) -> None:
    """A source name that is not an id (e.g. '../x') is refused."""
    with pytest.raises(UnknownSourceError):
        cache.clear_cache(Settings(data_dir=tmp_path), "../x")
