"""Fixtures for the source tests: recorded responses and a fake snapshot."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from source_fakes import RESPONSES, FakeSnapshot


@pytest.fixture
def response() -> Callable[[str], bytes]:
    """Return a function reading a recorded response by its path under tests/data/responses."""

    def read(name: str) -> bytes:
        return (RESPONSES / name).read_bytes()

    return read


@pytest.fixture
def fake_snapshot(monkeypatch: pytest.MonkeyPatch) -> FakeSnapshot:
    """Replace the registry's snapshot with an empty fake (tests add series to it)."""
    from econcheck import sources

    fake = FakeSnapshot()
    monkeypatch.setitem(sources.SOURCES, "SNAPSHOT", fake)  # type: ignore[arg-type]
    return fake


@pytest.fixture
def real_snapshot(fake_snapshot: FakeSnapshot, monkeypatch: pytest.MonkeyPatch) -> object:
    """Put the embedded snapshot back (for modules that use the fake by default)."""
    from econcheck import sources
    from econcheck.sources.snapshot import SnapshotSource

    real = SnapshotSource()
    monkeypatch.setitem(sources.SOURCES, "SNAPSHOT", real)  # type: ignore[arg-type]
    return real
