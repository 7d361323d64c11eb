"""How much faster the claim stage's regular expressions could run, and what that is worth.

    python bench/bench_regex_modes.py              # markdown on stdout
    python bench/bench_regex_modes.py --out docs/benchmarks-regex-modes.md

Two measurements on the generated news text of bench_extract.py (seed 1):

1. The share of a full ``iter_claims`` run spent inside the regular-expression engine: every
   compiled pattern held at module level in ``econcheck.claims`` is wrapped in a timer (the
   wrapper's own cost is measured on an empty call and subtracted).
2. For the costliest whole-sentence scans, the time per sentence as compiled (Unicode,
   case-insensitive), with ``re.ASCII``, and case-sensitive on the lower-cased sentence (the
   two ways an ASCII sentence could be scanned faster with the same matches).

The product of the two bounds what tuning the patterns can gain without changing the design.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsgen  # bench/ is not a package: imported from its own directory

import econcheck.claims as claims_package
from econcheck.claims import carried_cues, patterns, regions
from econcheck.claims.extract import iter_claims
from econcheck.claims.sentences import split_sentences

PUBLISHED = dt.date(2024, 11, 5)
_PROBES = 100_000
_METHODS = ("search", "match", "fullmatch", "finditer", "sub", "findall", "split")


class _Timed:
    """A compiled pattern whose calls add their time to a shared counter."""

    __slots__ = ("_clock", "_pattern")

    def __init__(self, pattern: re.Pattern[str], clock: list[int]) -> None:
        self._pattern = pattern
        self._clock = clock

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in _METHODS:
            return method

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter_ns()
            result = method(*args, **kwargs)
            if name == "finditer":
                result = iter(list(result))  # (the scan happens here, not in the caller)
            self._clock[0] += time.perf_counter_ns() - start
            self._clock[1] += 1
            return result

        return timed


def _wrap_patterns(clock: list[int]) -> Callable[[], None]:
    """Wrap the module-level patterns of ``econcheck.claims``; return what undoes it."""
    undo: list[tuple[object, str, re.Pattern[str]]] = []
    for info in pkgutil.iter_modules(claims_package.__path__):
        module = importlib.import_module(f"econcheck.claims.{info.name}")
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                undo.append((module, name, value))
                setattr(module, name, _Timed(value, clock))

    def restore() -> None:
        for module, name, value in undo:
            setattr(module, name, value)

    return restore


def regex_share(paragraphs: list[str]) -> tuple[float, float, int]:
    """Return (seconds of an untimed run, seconds in the regex engine in a timed run, calls)."""
    list(iter_claims(paragraphs[:50], published=PUBLISHED))  # warm-up: compiled patterns
    start = time.perf_counter()
    sum(1 for _ in iter_claims(paragraphs, published=PUBLISHED))
    wall = time.perf_counter() - start  # (untimed: the timers slow the run down)
    clock = [0, 0]
    restore = _wrap_patterns(clock)
    try:
        sum(1 for _ in iter_claims(paragraphs, published=PUBLISHED))
    finally:
        restore()
    # what the timer adds inside its own interval: a timed empty match minus an untimed one
    probe_clock = [0, 0]
    raw = re.compile("x")
    timed = _Timed(raw, probe_clock)
    for _ in range(_PROBES):
        timed.match("")
    start = time.perf_counter_ns()
    for _ in range(_PROBES):
        raw.match("")
    untimed = (time.perf_counter_ns() - start) / _PROBES
    inside = probe_clock[0] / probe_clock[1] - untimed
    engine = (clock[0] - max(inside, 0.0) * clock[1]) / 1e9
    return wall, engine, clock[1]


def _per_call(function: Callable[[str], object], texts: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return best / len(texts) * 1e6


def scan_table(sentences: list[str]) -> list[str]:
    """Return markdown rows: microseconds per sentence for each scan in the three modes."""
    scans = [
        ("patterns.MEASURE_ANY_RE", patterns.MEASURE_ANY_RE, "search"),
        ("patterns.CUE_RE", patterns.CUE_RE, "search"),
        ("patterns.FORECAST_RE", patterns.FORECAST_RE, "search"),
        ("patterns.SUPERLATIVE_HINT", patterns.SUPERLATIVE_HINT, "search"),
        ("regions._GENERIC", regions._GENERIC, "search"),
        ("carried_cues.PRONOUN_START", carried_cues.PRONOUN_START, "match"),
    ]
    lowered = [s.lower() for s in sentences]
    rows = []
    for name, pattern, method in scans:
        flags = pattern.flags & ~re.UNICODE
        ascii_ = re.compile(pattern.pattern, flags | re.ASCII)
        folded = re.compile(pattern.pattern, (flags & ~re.IGNORECASE) | re.ASCII)
        as_is = _per_call(getattr(pattern, method), sentences)
        fast = _per_call(getattr(ascii_, method), sentences)
        low = _per_call(getattr(folded, method), lowered)
        rows.append(f"| `{name}` | {as_is:.1f} | {fast:.1f} | {low:.1f} |")
    return rows


def report(size_kb: float, seed: int) -> str:
    """Return the markdown report."""
    paragraphs = newsgen.take_bytes(newsgen.iter_paragraphs(seed), int(size_kb * 1000))
    wall, engine, calls = regex_share(paragraphs)
    sentences = [p[s:e] for p in paragraphs for s, e in split_sentences(p)]
    ascii_sentences = [s for s in sentences if s.isascii()]
    return "\n".join(
        [
            f"{size_kb:.0f} KB of generated news text (seed {seed}).\n",
            f"A full run took {wall:.2f} s. Run again with every module-level pattern timed, "
            f"its {calls:,} regex calls spent {engine:.2f} s in the engine: "
            f"{engine / wall:.0%} of the untimed run.\n",
            f"Time per sentence of six whole-sentence scans, best of 3 over the "
            f"{len(ascii_sentences):,} ASCII sentences (microseconds):\n",
            "| pattern | as compiled | `re.ASCII` | lower-cased, case-sensitive |",
            "|---|---|---|---|",
            *scan_table(ascii_sentences),
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size-kb", type=float, default=300, help="text to time (KB)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the text generator")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    text = (
        "# How much the regular expressions could gain\n\n"
        f"`python bench/bench_regex_modes.py` on {dt.date.today()}, one process. "
        + report(args.size_kb, args.seed)
    )
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
