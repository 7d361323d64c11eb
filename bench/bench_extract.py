"""Benchmark claim extraction: throughput, flat memory when streaming, quantulum3, CLI start-up.

    python bench/bench_extract.py                                   # markdown table on stdout
    python bench/bench_extract.py --out docs/benchmarks-extract.md  # and write it to a file

What it measures (one process, pinned to one CPU where the OS allows it):

1. throughput of econcheck extraction over >= 2 MB of generated news text (bench/newsgen.py:
   a seeded template grammar of claim, distractor and plain sentences, not one paragraph
   repeated), streamed by paragraph through ``iter_claims`` if it exists, else
   ``extract_claims`` per paragraph;
2. tracemalloc peak while streaming a 1 MB and a 4 MB file paragraph by paragraph (flat in
   input size when nothing accumulates);
3. quantulum3 on a sample of the same text (200 KB by default; its throughput is extrapolated
   to the whole text), for a throughput ratio; its one-off model loading is timed separately;
4. wall time of ``econcheck extract FILE --date ...`` on a 1,000-word article, as a subprocess,
   including interpreter start-up.

Targets (issue 3): >= 1 MB/s, memory flat in input size, >= 20x quantulum3, CLI < 1 s.
MB here is 10**6 bytes of UTF-8 text.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import importlib
import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsgen  # bench/ is not a package: imported from its own directory

PUBLISHED = dt.date(2024, 11, 5)
MB = 1_000_000
# Mixes for two reference densities (docs/evaluation-real-articles.md): economic news ledes
# hold about 4-5 claims/KB as econcheck finds them (5.3 by hand in 14 real excerpts); a
# general article that mentions the economy, like the motivating one, about 0.5.
ECONOMIC_SHARE = 0.6
GENERAL_SHARE = 0.06


@dataclass(frozen=True)
class Runner:
    """How the benchmark drives the extractor: paragraphs in, number of claims out."""

    name: str
    run: Callable[[Iterable[str]], int]
    is_stub: bool = False


def load_runner() -> Runner:
    """Return a runner over iter_claims, else extract_claims per paragraph, else a stub."""
    try:
        module = importlib.import_module("econcheck.claims.extract")
    except ModuleNotFoundError:
        return Runner(
            "stub (econcheck.claims.extract not found)", lambda ps: sum(0 for _ in ps), is_stub=True
        )
    iter_claims = getattr(module, "iter_claims", None)
    if iter_claims is not None:

        def run_stream(paragraphs: Iterable[str]) -> int:
            return sum(1 for _ in iter_claims(paragraphs, published=PUBLISHED))

        return Runner("iter_claims (streaming by paragraph)", run_stream)
    extract = module.extract_claims

    def run_each(paragraphs: Iterable[str]) -> int:
        return sum(len(extract(p, published=PUBLISHED)) for p in paragraphs)

    return Runner("extract_claims per paragraph", run_each)


def pin_one_core() -> str:
    """Pin this process (and its children) to one CPU, where the OS supports it."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def _size(paragraphs: Iterable[str]) -> int:
    return sum(len(p.encode()) + 2 for p in paragraphs)


def measure_throughput(runner: Runner, paragraphs: list[str]) -> tuple[float, float, int]:
    """Return (best wall seconds, CPU seconds of that run, claims) over all paragraphs."""
    runner.run(paragraphs[:50])  # warm-up: lazy imports, compiled patterns
    best: tuple[float, float, int] | None = None
    deadline = time.perf_counter() + 30
    for _ in range(3):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        claims = runner.run(iter(paragraphs))
        run = (time.perf_counter() - wall0, time.process_time() - cpu0, claims)
        best = run if best is None or run[0] < best[0] else best
        if time.perf_counter() > deadline:
            break
    assert best is not None
    return best


def measure_peak(runner: Runner, path: Path) -> tuple[int, int]:
    """Return (tracemalloc peak bytes, claims) while streaming ``path`` paragraph by paragraph."""
    gc.collect()
    tracemalloc.start()
    try:
        claims = runner.run(newsgen.iter_file_paragraphs(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, claims


def measure_quantulum(paragraphs: list[str], sample_bytes: int) -> tuple[int, float, float, int]:
    """Return (sample bytes, parse seconds, model load seconds, quantities) for quantulum3."""
    sample = newsgen.take_bytes(iter(paragraphs), sample_bytes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        from quantulum3 import parser

        parser.parse("Warm-up: inflation of 3% and 140 roubles per dollar.")
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        found = sum(len(parser.parse(p)) for p in sample)
        parse_s = time.perf_counter() - start
    return _size(sample), parse_s, load_s, found


def make_article(words: int, seed: int) -> str:
    """Return a dated article of at least ``words`` words from the grammar."""
    out, count = [], 0
    for p in newsgen.iter_paragraphs(seed):
        out.append(p)
        count += len(p.split())
        if count >= words:
            break
    return "\n\n".join(out) + "\n"


def _byte_compile() -> None:
    """Byte-compile the installed package once, as ``pip install`` does: where the environment
    sets PYTHONDONTWRITEBYTECODE (this project's sandbox does) an editable install would
    otherwise re-compile every changed module from source on each run, which no user sees."""
    spec = importlib.util.find_spec("econcheck")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def measure_cli(article: str, runs: int = 3) -> str:
    """Time ``econcheck extract`` on the article as a subprocess; return a table cell."""
    _byte_compile()
    # the console script of this interpreter's environment (not whichever one PATH finds first)
    script = Path(sys.executable).with_name("econcheck")
    base = [str(script)] if script.is_file() else [sys.executable, "-m", "econcheck"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        cmd = [*base, "extract", str(path), "--date", PUBLISHED.isoformat()]
        times = []
        for _ in range(runs + 1):  # the first run warms the file-system cache and is dropped
            start = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                err = (proc.stderr.strip().splitlines() or ["no message"])[-1][:120]
                return f"failed (exit {proc.returncode}: {err})"
    timed = times[1:]
    return (
        f"{min(timed):.2f} s best, {statistics.median(timed):.2f} s median of {runs} "
        "(subprocess wall time incl. start-up)"
    )


def _kib(n: int) -> str:
    return f"{n / 1024:,.0f} KiB"


def run_benchmark(args: argparse.Namespace) -> str:
    """Run every measurement and return the markdown report."""
    began = time.perf_counter()
    pinning = pin_one_core()
    runner = load_runner()
    paragraphs = newsgen.take_bytes(newsgen.iter_paragraphs(args.seed), int(args.size_mb * MB))
    total = _size(paragraphs)
    sentences = sum(p.count(". ") + 1 for p in paragraphs)
    wall_s, cpu_s, claims = measure_throughput(runner, paragraphs)
    mbps = total / MB / wall_s if wall_s > 0 else float("inf")
    rows = [
        (
            "input",
            f"{total / MB:.2f} MB generated news text: {len(paragraphs):,} paragraphs, "
            f"~{sentences:,} sentences (bench/newsgen.py, seed {args.seed})",
            "",
        ),
        ("extractor", runner.name, ""),
        (
            "throughput",
            f"**{mbps:.2f} MB/s** ({wall_s:.2f} s wall, {cpu_s:.2f} s CPU, {claims:,} claims)",
            ">= 1 MB/s",
        ),
    ]
    # quantulum3 on the main text first, so that its one-off model load is timed there
    q_main = (
        None
        if args.skip_quantulum
        else measure_quantulum(paragraphs, int(args.quantulum_kb * 1000))
    )
    for label, share in (("economic-news", ECONOMIC_SHARE), ("general-news", GENERAL_SHARE)):
        mixed = newsgen.take_bytes(
            newsgen.iter_article_paragraphs(args.seed, claim_share=share), int(MB)
        )
        mix_wall, _, mix_claims = measure_throughput(runner, mixed)
        size = _size(mixed)
        ratio = ""
        if not args.skip_quantulum:
            q_bytes, q_s, _, _ = measure_quantulum(mixed, int(args.quantulum_kb * 1000))
            q_mbps, mix_mbps = q_bytes / MB / q_s, size / MB / mix_wall
            ratio = f"; quantulum3 {q_mbps:.3f} MB/s, ratio {mix_mbps / q_mbps:.0f}x"
        rows.append(
            (
                f"throughput at {label} density",
                f"{size / MB / mix_wall:.2f} MB/s ({mix_claims * 1000 / size:.1f} claims/KB, "
                f"{size / MB:.1f} MB: {share:.0%} of paragraphs from the grammar, the rest "
                f"plain prose{ratio})",
                "",
            )
        )
    with tempfile.TemporaryDirectory() as tmp:
        peaks = []
        for size_mb in args.mem_sizes:
            path = Path(tmp) / f"news-{size_mb}.txt"
            written = newsgen.write_text(path, int(size_mb * MB), seed=args.seed + 1)
            peak, n = measure_peak(runner, path)
            peaks.append(peak)
            rows.append(
                (
                    f"peak memory, {written / MB:.0f} MB streamed",
                    f"{_kib(peak)} (tracemalloc; {n:,} claims)",
                    "flat",
                )
            )
        growth = peaks[-1] / peaks[0] if peaks[0] else float("nan")
        rows.append(
            (
                "peak memory ratio, largest / smallest input",
                f"{growth:.2f}x for {args.mem_sizes[-1] / args.mem_sizes[0]:.0f}x the input",
                "~1x",
            )
        )
    if q_main is None:
        rows.append(("quantulum3", "skipped (--skip-quantulum)", ">= 20x slower"))
    else:
        q_bytes, q_s, q_load, q_found = q_main
        q_mbps = q_bytes / MB / q_s
        rows += [
            (
                "quantulum3 throughput",
                f"{q_mbps:.3f} MB/s on a {q_bytes / 1000:.0f} KB sample of "
                f"the same text, extrapolated ({q_found:,} quantities; "
                f"model load {q_load:.1f} s not counted)",
                "",
            ),
            ("econcheck / quantulum3", f"**{mbps / q_mbps:.0f}x**", ">= 20x"),
        ]
    if args.skip_cli:
        rows.append(("`econcheck extract`, 1,000 words", "skipped (--skip-cli)", "< 1 s"))
    else:
        article = make_article(1000, args.seed + 2)
        rows.append(
            (
                f"`econcheck extract`, {len(article.split()):,}-word article",
                measure_cli(article),
                "< 1 s",
            )
        )
    note = ""
    if runner.is_stub:
        note = (
            "\n**The extractor was not importable: figures are for a stub that finds nothing.**\n"
        )
    header = (
        f"# Extraction benchmark\n\n`python bench/bench_extract.py` on {dt.date.today()}: "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs "
        f"visible, {pinning}; whole run {time.perf_counter() - began:.0f} s.\n{note}\n"
    )
    table = ["| measure | result | target |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return header + "\n".join(table) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Parse options, run the benchmark, print (and optionally write) the markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, help="also write the markdown table to this file")
    parser.add_argument("--seed", type=int, default=1, help="seed of the text generator")
    parser.add_argument("--size-mb", type=float, default=2.5, help="text for throughput (MB)")
    parser.add_argument(
        "--mem-sizes",
        type=lambda s: [float(x) for x in s.split(",")],
        default=[1.0, 4.0],
        help="input sizes in MB for the memory measurement, comma-separated (default 1,4)",
    )
    parser.add_argument("--quantulum-kb", type=float, default=200, help="quantulum3 sample (KB)")
    parser.add_argument("--skip-quantulum", action="store_true", help="do not run quantulum3")
    parser.add_argument("--skip-cli", action="store_true", help="do not time the CLI")
    args = parser.parse_args(argv)
    if args.size_mb < 2:
        parser.error("--size-mb must be at least 2 (the benchmark's minimum input)")
    report = run_benchmark(args)
    print(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
