"""Tests of the thread-safe per-process caches (sources/memo.py)."""

from __future__ import annotations

import threading
import time

import pytest

from econcheck.sources.memo import once, once_per_key


def test_memo_concurrent_misses_of_one_key_compute_once() -> None:
    """Eight threads missing the same key together run the function once and share its value."""
    calls: list[str] = []

    @once_per_key
    def slow(key: str) -> str:
        calls.append(key)
        time.sleep(0.05)
        return key.upper()

    barrier = threading.Barrier(8)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(slow("imf"))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["imf"]
    assert results == ["IMF"] * 8


def test_memo_other_keys_are_not_held_up() -> None:
    """A key being computed does not block a different key (one lock per key)."""
    started, release = threading.Event(), threading.Event()

    @once_per_key
    def compute(key: str) -> str:
        if key == "slow":
            started.set()
            release.wait(timeout=5)
        return key

    slow = threading.Thread(target=compute, args=("slow",))
    slow.start()
    assert started.wait(timeout=5)
    fast = threading.Thread(target=compute, args=("fast",))
    fast.start()
    fast.join(timeout=1)  # with one lock for all keys it would wait for "slow"
    is_held_up = fast.is_alive()
    release.set()
    slow.join()
    fast.join()
    assert not is_held_up


def test_memo_failure_is_not_cached() -> None:
    """A call that raises stores nothing; the next call computes again."""
    attempts: list[int] = []

    @once
    def flaky() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("first read failed")
        return 42

    with pytest.raises(OSError, match="first read failed"):
        flaky()
    assert flaky() == 42
    assert flaky() == 42
    assert len(attempts) == 2


def test_memo_cache_clear_forgets_values() -> None:
    """cache_clear makes the next call compute again."""
    calls: list[int] = []

    @once_per_key
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    assert double(2) == 4
    double.cache_clear()
    assert double(2) == 4
    assert calls == [2, 2]
