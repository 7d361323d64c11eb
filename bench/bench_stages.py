"""Where extraction spends its time: the finders that scan text versus building the claims.

    python bench/bench_stages.py              # markdown table on stdout
    python bench/bench_stages.py --out docs/benchmarks-extract-stages.md

It times, on the same generated text as bench_extract.py (seed 1), each finder on its own:
sentence splitting and place names per paragraph, then quantities, time expressions,
indicator words and currency names per sentence that holds a digit or a number word. The
rest of a full ``iter_claims`` run is the per-claim work (choosing the indicator, subject,
period, measure, qualifier, attribution). The finders are what any extractor at this
coverage must run at least once, so their sum is a floor for the design as it stands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsgen  # bench/ is not a package: imported from its own directory

from econcheck.claims.context import has_numeric
from econcheck.claims.extract import iter_claims
from econcheck.claims.patterns import find_cues
from econcheck.claims.periods import find_periods
from econcheck.claims.quantities import find_quantities
from econcheck.claims.sentences import split_sentences
from econcheck.claims.subjects import find_entities
from econcheck.claims.units import find_currency_mentions

PUBLISHED = dt.date(2024, 11, 5)
MB = 1_000_000


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    """Return the best wall time of ``repeat`` runs of ``run``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _each(function: Callable[[str], object], items: Iterable[str]) -> Callable[[], None]:
    items = list(items)

    def run() -> None:
        for item in items:
            function(item)

    return run


def stage_table(size_mb: float, seed: int) -> str:
    """Return the markdown table of stage times per MB for ``size_mb`` of generated text."""
    paragraphs = newsgen.take_bytes(newsgen.iter_paragraphs(seed), int(size_mb * MB))
    size = sum(len(p.encode()) + 2 for p in paragraphs) / MB
    sentences = [p[s:e] for p in paragraphs for s, e in split_sentences(p)]
    numeric = [s for s in sentences if has_numeric(s)]
    list(iter_claims(paragraphs[:50], published=PUBLISHED))  # warm-up: compiled patterns
    stages = [
        ("sentence splitting (per paragraph)", _each(split_sentences, paragraphs)),
        ("place and institution names (per paragraph)", _each(find_entities, paragraphs)),
        ("quantities (per numeric sentence)", _each(lambda s: find_quantities(s, []), numeric)),
        ("time expressions", _each(lambda s: find_periods(s, PUBLISHED), numeric)),
        ("indicator words", _each(find_cues, numeric)),
        ("currency names", _each(find_currency_mentions, numeric)),
    ]
    timed = [(name, _best(run)) for name, run in stages]
    total = _best(lambda: sum(1 for _ in iter_claims(paragraphs, published=PUBLISHED)))
    finders = sum(t for _, t in timed)
    rows = [f"| {name} | {t / size:.2f} | {t / total:.0%} |" for name, t in timed]
    rows += [
        f"| **all finders** | **{finders / size:.2f}** | **{finders / total:.0%}** |",
        f"| per-claim work (the rest) | {(total - finders) / size:.2f} | "
        f"{(total - finders) / total:.0%} |",
        f"| full `iter_claims` | {total / size:.2f} | 100% |",
    ]
    ceiling = (
        f"\nThroughput of the full run: {size / total:.2f} MB/s. With the per-claim work taking no "
        f"time at all, the finders alone would run at {size / finders:.2f} MB/s: the ceiling of "
        "any claim stage built on these finders.\n"
    )
    header = (
        f"{size:.2f} MB of generated news text (seed {seed}): {len(paragraphs):,} paragraphs, "
        f"{len(sentences):,} sentences, {len(numeric):,} with a number; best of 3 runs.\n\n"
        "| stage | seconds per MB | share of a full run |\n|---|---|---|\n"
    )
    return header + "\n".join(rows) + "\n" + ceiling


def main(argv: list[str] | None = None) -> int:
    """Print the stage table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="text to time (MB)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the text generator")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    report = (
        "# Where extraction spends its time\n\n"
        f"`python bench/bench_stages.py` on {dt.date.today()}, one process. "
        + stage_table(args.size_mb, args.seed)
    )
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
