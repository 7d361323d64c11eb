"""Snapshot loads from fetch_many's threads: cold first loads of series sharing a stored file.

Measures, offline (embedded snapshot only, nothing leaves the process), for 107 requests
(100 IMF WEO series, which all live in one stored table, and 7 Rosstat, Ministry, ONS and
TurkStat series), each run starting with the snapshot's per-process caches cleared:

1. one ``fetch_many`` call (threads; expect about the sequential time, not a multiple of it);
2. the same requests as sequential ``fetch`` calls;
3. a repeated ``fetch_many`` on warm caches;
4. how many times the IMF table was parsed during one cold ``fetch_many`` (expect 1).

Run: ``python bench/bench_snapshot.py`` (add ``--write-docs`` to update docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from docsection import replace_section

from econcheck.models import SeriesRequest
from econcheck.settings import CachePolicy, Settings
from econcheck.sources import snapshot as snapshot_module
from econcheck.sources.fetch import fetch, fetch_many
from econcheck.sources.snapshot_format import decode_table

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
START, END = "<!-- bench_snapshot:start -->", "<!-- bench_snapshot:end -->"
CACHES = (
    "_manifest",
    "_entries",
    "_decoded",
    "_split",
    "_full_series",
    "_ecb_wide",
    "_ecb_entries",
)
OTHERS = [
    ("ROSSTAT", "CPI_YOY"),
    ("ROSSTAT", "CPI_MOM"),
    ("ROSSTAT", "GDP_ANNUAL"),
    ("ROSSTAT", "GDP_QUARTERLY"),
    ("MINEK", "FORECAST:2024-09/GDP"),
    ("ONS", "D7G7"),
    ("TURKSTAT", "CPI_YOY"),
]
IMF_TABLE = "imf_weo.csv.gz"


def _clear() -> None:
    for name in CACHES:
        getattr(snapshot_module, name).cache_clear()


def requests() -> list[SeriesRequest]:
    """Return the 107 requests: the first 100 IMF series of the catalogue, then 7 others."""
    catalog = snapshot_module.SnapshotSource().series_catalog()
    imf = [info for info in catalog if info.source == "IMF"]
    found = [SeriesRequest(source="IMF", series=info.series) for info in imf[:100]]
    return found + [SeriesRequest(source=source, series=key) for source, key in OTHERS]


def _median_time(run: Callable[[], object], repeats: int, *, cold: bool = True) -> float:
    times = []
    for _ in range(repeats):
        if cold:
            _clear()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _imf_parses(reqs: list[SeriesRequest], settings: Settings) -> int:
    """Count parses of the IMF table during one cold fetch_many."""
    calls: list[int] = []

    def counting(content: bytes) -> Any:
        frame, frequency = decode_table(content)
        if "series" in frame.columns and frame["series"].str.startswith("WEO:").any():
            calls.append(1)
        return frame, frequency

    _clear()
    with mock.patch.object(snapshot_module, "decode_table", counting):
        fetch_many(reqs, settings=settings)
    return len(calls)


def measure(repeats: int = 3) -> dict[str, Any]:
    """Return the timings (medians of ``repeats`` runs) and the parse count."""
    reqs = requests()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), retries=0, policy=CachePolicy.OFFLINE)
        found = fetch_many(reqs, settings=settings).values()
        errors = [item for item in found if isinstance(item, Exception)]
        if errors:
            raise SystemExit(f"{len(errors)} requests failed, first: {errors[0]}")
        return {
            "requests": len(reqs),
            "threads": min(len(reqs), max(settings.max_concurrency, 16)),
            "concurrent_s": _median_time(lambda: fetch_many(reqs, settings=settings), repeats),
            "sequential_s": _median_time(
                lambda: [fetch(req, settings=settings) for req in reqs], repeats
            ),
            "warm_s": _median_time(
                lambda: fetch_many(reqs, settings=settings), repeats, cold=False
            ),
            "imf_parses": _imf_parses(reqs, settings),
            "repeats": repeats,
        }


def render(figures: dict[str, Any]) -> str:
    """Return the Markdown section of docs/benchmarks.md."""
    return "\n".join(
        [
            START,
            f"Offline (embedded snapshot only), {figures['requests']} requests: 100 IMF WEO "
            "series (all stored in one table) and 7 Rosstat, Ministry, ONS and TurkStat series. "
            f"Each run starts with the snapshot's per-process caches cleared; times are medians "
            f"of {figures['repeats']} runs.",
            "",
            "| measurement | result |",
            "|---|---|",
            f"| `fetch_many`, cold caches ({figures['threads']} threads) | "
            f"{figures['concurrent_s']:.2f} s |",
            f"| sequential `fetch`, cold caches | {figures['sequential_s']:.2f} s |",
            f"| `fetch_many`, warm caches | {figures['warm_s']:.2f} s |",
            f"| parses of the IMF table in one cold `fetch_many` | {figures['imf_parses']} |",
            "",
            "Reproduce: `python bench/bench_snapshot.py --write-docs`.",
            END,
        ]
    )


def write_docs(section: str) -> None:
    """Replace the bench_snapshot section of docs/benchmarks.md (or append it)."""
    replace_section(
        DOCS,
        start=START,
        end=END,
        title="## Snapshot loads (bench/bench_snapshot.py)",
        section=section,
    )


def main() -> int:
    """Print the figures; with --write-docs also update docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement")
    args = parser.parse_args()
    figures = measure(args.repeats)
    section = render(figures)
    print(section)
    if args.write_docs:
        write_docs(section)
    return 0 if figures["imf_parses"] == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
