"""Fixtures for the source tests: recorded responses and a fake snapshot."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from source_fakes import RESPONSES, FakeSnapshot, install_snapshot_stand_in

install_snapshot_stand_in()  # until sources/snapshot.py lands; a no-op once it exists


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
