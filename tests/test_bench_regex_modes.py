"""The regex-timing benchmark measures without changing what it measures."""

from __future__ import annotations

import re

from econcheck.claims import patterns
from script_modules import load_script

newsgen = load_script("newsgen", "bench")
bench_regex_modes = load_script("bench_regex_modes", "bench")


def test_timing_counts_calls_and_restores_every_pattern() -> None:
    before = patterns.MEASURE_ANY_RE
    paragraphs = newsgen.take_bytes(newsgen.iter_paragraphs(seed=3), 3_000)
    wall, engine, calls = bench_regex_modes.regex_share(paragraphs)
    assert calls > 100
    assert wall > 0
    assert engine > 0
    assert patterns.MEASURE_ANY_RE is before
    assert isinstance(patterns.MEASURE_ANY_RE, re.Pattern)


def test_rewritten_scans_find_the_same_matches_on_ascii_text() -> None:
    sentence = "Annual inflation slowed to 8.5% in October, the lowest since 2021."
    pattern = patterns.MEASURE_ANY_RE
    flags = pattern.flags & ~re.UNICODE
    folded = re.compile(pattern.pattern, (flags & ~re.IGNORECASE) | re.ASCII)
    spans = [m.span() for m in pattern.finditer(sentence)]
    assert spans
    assert spans == [m.span() for m in folded.finditer(sentence.lower())]
    rows = bench_regex_modes.scan_table([sentence])
    assert len(rows) == 6
