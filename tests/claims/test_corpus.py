"""The labelled claim corpus (tests/data/claims/): every row as a test, plus its own sanity checks.

A row passes when the extractor finds exactly its labelled claims with the seven scored fields
right (indicator, measure, horizon, country or pair, value, qualifier, period). Rows listed in
known_failures.json are strict xfails, so fixing one forces its entry out of the list.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from script_modules import load_script

ev = load_script("eval_claims")
ROWS = ev.load_corpus()
KNOWN_FAILURES = ev.load_known_failures()

ENUMS: dict[str, set[Any]] = {
    "indicator": {"fx_rate", "inflation", "gdp_growth", "policy_rate"},
    "measure": {
        "level",
        "yoy",
        "mom",
        "qoq",
        "annualized",
        "annual_avg",
        "dec_dec",
        "ytd",
        "unspecified",
    },
    "horizon": {"actual", "forecast"},
    "basket": {"headline", "core", None},
    "qualifier": {"exact", "approx", "at_least", "at_most"},
    "superlative": {"record_high", "record_low", None},
}
CLAIM_KEYS = {
    "indicator",
    "measure",
    "horizon",
    "basket",
    "country",
    "base",
    "quote",
    "value",
    "value_max",
    "qualifier",
    "superlative",
    "superlative_since",
    "period",
    "change",
    "forecaster",
    "attributed_to",
    "hedged",
    "surface_contains",
}


def _row_params() -> Iterator[Any]:
    for row in ROWS:
        reason = KNOWN_FAILURES.get(row.id)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
        yield pytest.param(row, id=f"{Path(row.file).stem}-{row.index:03d}-{row.id}", marks=marks)


@pytest.fixture(scope="module")
def extract() -> Any:
    """Return the extractor under test; skip while econcheck.claims.extract does not exist."""
    module = pytest.importorskip("econcheck.claims.extract")
    return module.extract_claims


@pytest.mark.parametrize("row", list(_row_params()))
def test_corpus_row_matches_expected(row: Any, extract: Any) -> None:
    """The extractor finds exactly the labelled claims of the row, every scored field right."""
    result = ev.evaluate_row(row, extract, catch=False)
    problems = ev.describe_failure(result)
    assert not problems, "\n".join([f"{row.published}: {row.text}", *problems])


def _claim_problems(text: str, claim: dict[str, Any]) -> list[str]:
    problems = [f"{k} = {claim.get(k)!r}" for k, ok in ENUMS.items() if claim.get(k) not in ok]
    if set(claim) != CLAIM_KEYS:
        problems.append(f"keys differ: {sorted(set(claim) ^ CLAIM_KEYS)}")
    if claim["surface_contains"] not in text:
        problems.append(f"surface {claim['surface_contains']!r} not in text")
    start, end = claim["period"]
    if end < start:
        problems.append("period ends before it starts")
    if claim["value_max"] is not None and claim["value_max"] <= claim["value"]:
        problems.append("value_max is not above value")
    is_fx = claim["indicator"] == "fx_rate"
    if is_fx != (claim["base"] is not None and claim["quote"] is not None and not claim["country"]):
        problems.append("exchange rates have base and quote and no country; others a country")
    if (claim["indicator"] == "inflation") != (claim["basket"] is not None):
        problems.append("basket is set for inflation claims only")
    if (claim["horizon"] == "forecast") != (claim["forecaster"] is not None):
        problems.append("a forecast names its forecaster, an actual does not")
    return problems


def test_corpus_rows_are_well_formed() -> None:
    """Every labelled claim uses valid enum values, all fields, and a surface found in its text."""
    problems = [
        f"{row.file} #{row.index}: {p}"
        for row in ROWS
        for claim in row.expected
        for p in _claim_problems(row.text, claim)
    ]
    assert not problems, "\n".join(problems)


def test_corpus_rows_have_plausible_datelines() -> None:
    """Every row is dated between 2022 and 2025, the period the corpus is written about."""
    bad = [r.text for r in ROWS if not dt.date(2022, 1, 1) <= r.published <= dt.date(2025, 12, 31)]
    assert not bad


def test_corpus_meets_size_targets() -> None:
    """The corpus has >= 250 rows, >= 60 distractors, >= 12 countries and >= 10 currencies."""
    claims = [c for r in ROWS for c in r.expected]
    countries = {c["country"] for c in claims if c["country"]}
    currencies = {c[k] for c in claims for k in ("base", "quote") if c[k]}
    distractors = [r for r in ROWS if r.origin == "synthetic: distractor" and not r.expected]
    assert len(ROWS) >= 250
    assert len(distractors) >= 60
    assert len(countries) >= 12
    assert len(currencies) >= 10


def test_corpus_covers_every_indicator_and_measure() -> None:
    """Each indicator has at least 30 claims and every measure is used somewhere."""
    claims = [c for r in ROWS for c in r.expected]
    per_indicator = collections.Counter(c["indicator"] for c in claims)
    assert min(per_indicator[i] for i in ENUMS["indicator"]) >= 30
    assert {c["measure"] for c in claims} == ENUMS["measure"]


def test_corpus_row_ids_are_unique() -> None:
    """No two rows share an id, so known_failures.json names rows unambiguously."""
    counts = collections.Counter(r.id for r in ROWS)
    assert [i for i, n in counts.items() if n > 1] == []


def test_corpus_known_failures_name_existing_rows() -> None:
    """Every known failure names a row that is still in the corpus."""
    ids = {r.id for r in ROWS}
    assert sorted(set(KNOWN_FAILURES) - ids) == []
