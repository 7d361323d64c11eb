"""Per-process caches whose concurrent first calls compute each value once.

``functools.cache`` is safe to call from several threads but not exclusive: threads that miss
the same key at the same time each run the function. ``fetch_many`` loads snapshot series in
threads, so a cold run made every thread parse the same stored file (16 parses of the IMF
table instead of one). ``once_per_key`` keeps one lock per key: the first caller computes,
the others wait for its value; callers of other keys are not held up.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class OncePerKey(Generic[K, V]):
    """Cache ``compute(key)`` per process; concurrent first calls for a key compute it once.

    A call that raises stores nothing, so the next caller tries again.

    >>> calls = []
    >>> square = OncePerKey(lambda n: calls.append(n) or n * n)
    >>> square(3), square(3), calls
    (9, 9, [3])
    """

    def __init__(self, compute: Callable[[K], V]) -> None:
        self._compute = compute
        self._values: dict[K, V] = {}
        self._locks: dict[K, threading.Lock] = {}
        self._guard = threading.Lock()
        functools.update_wrapper(self, compute)

    def __call__(self, key: K) -> V:
        """Return the cached value of ``key``, computing it (once) on a miss."""
        try:
            return self._values[key]
        except KeyError:
            pass
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._values:
                self._values[key] = self._compute(key)
            return self._values[key]

    def cache_clear(self) -> None:
        """Forget every cached value (tests use this to start cold)."""
        with self._guard:
            self._values.clear()
            self._locks.clear()


class Once(Generic[V]):
    """Cache a function of no arguments per process; concurrent first calls compute it once."""

    def __init__(self, compute: Callable[[], V]) -> None:
        self._memo: OncePerKey[None, V] = OncePerKey(lambda _key: compute())
        functools.update_wrapper(self, compute)

    def __call__(self) -> V:
        """Return the cached value, computing it (once) on the first call."""
        return self._memo(None)

    def cache_clear(self) -> None:
        """Forget the cached value."""
        self._memo.cache_clear()


def once_per_key(compute: Callable[[K], V]) -> OncePerKey[K, V]:
    """Decorate a one-argument function with a thread-safe per-process cache."""
    return OncePerKey(compute)


def once(compute: Callable[[], V]) -> Once[V]:
    """Decorate a function of no arguments with a thread-safe per-process cache."""
    return Once(compute)
