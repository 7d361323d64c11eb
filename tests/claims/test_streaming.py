"""Streaming extraction: a 50 MB input goes through iter_claims without being read at once."""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from script_modules import load_script

pytestmark = pytest.mark.slow

MB = 1_000_000
PUBLISHED = dt.date(2024, 11, 5)


@pytest.fixture(scope="module")
def iter_claims() -> object:
    """Return econcheck.claims.extract.iter_claims; skip while it does not exist."""
    module = pytest.importorskip("econcheck.claims.extract")
    if not hasattr(module, "iter_claims"):
        pytest.skip("econcheck.claims.extract.iter_claims does not exist yet")
    return module.iter_claims


class _Lines:
    """Iterate over a file's lines, counting how many characters have been handed out."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.consumed = 0

    def __iter__(self) -> Iterator[str]:
        with self.path.open(encoding="utf-8") as f:
            for line in f:
                self.consumed += len(line)
                yield line


def test_iter_claims_streams_50_mb_in_flat_memory(tmp_path: Path, iter_claims: object) -> None:
    """A 50 MB file streams lazily through iter_claims with a peak far below the file size."""
    path = tmp_path / "news.txt"
    newsgen = load_script("newsgen", "bench")
    # Real-article density (~0.5 claims/KB: claim paragraphs mixed into plain prose), so
    # the test checks streaming and memory, not throughput on the claim-dense benchmark text.
    paragraphs = newsgen.iter_article_paragraphs(seed=7)
    size = newsgen.write_text(path, 50 * MB, paragraphs=paragraphs)
    assert callable(iter_claims)
    list(iter_claims(["The rouble traded at 97 per dollar on Monday."], published=PUBLISHED))
    lines = _Lines(path)
    gc.collect()
    tracemalloc.start()
    try:
        stream = iter(iter_claims(lines, published=PUBLISHED))
        next(stream)
        consumed_at_first_claim = lines.consumed
        claims = 1 + sum(1 for _ in stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert consumed_at_first_claim < size // 100, "the input was read before the first claim"
    assert lines.consumed >= size * 0.99, "the stream stopped before the end of the file"
    assert claims > 10_000, "too few claims: the stream did not extract from the text"
    assert peak < 5 * MB, f"tracemalloc peak {peak / MB:.1f} MB for a {size / MB:.0f} MB input"
