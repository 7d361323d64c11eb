"""The labelled verdict corpus (tests/data/verdicts/) through plan -> snapshot fetch -> compare."""

from __future__ import annotations

from typing import Any

import pytest

from script_modules import load_script

# Rows the pipeline is known to get wrong, with the reason; they must keep failing (strict).
KNOWN_FAILURES: dict[str, str] = {}


pytest.importorskip("econcheck.sources.fetch", reason="fetch module not built")
EVAL = load_script("eval_verdicts")
ROWS = EVAL.load_corpus()


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Check every corpus row once, offline (cache in a temporary folder, else the snapshot)."""
    found = EVAL.evaluate(ROWS, data_dir=tmp_path_factory.mktemp("data"))
    return {result.row.id: result for result in found}


def _params() -> list[Any]:
    marks = {
        row.id: [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[row.id])]
        if row.id in KNOWN_FAILURES
        else []
        for row in ROWS
    }
    return [pytest.param(row.id, id=row.id, marks=marks[row.id]) for row in ROWS]


def test_verdict_corpus_is_large_and_varied() -> None:
    """The corpus has at least 80 claims across all indicators, statuses and several countries."""
    assert len(ROWS) >= 80
    assert len({row.id for row in ROWS}) == len(ROWS)
    assert {row.claim.indicator.value for row in ROWS} == {
        "fx_rate",
        "inflation",
        "gdp_growth",
        "policy_rate",
    }
    assert {"match", "close", "contradicted", "unverifiable"} <= {row.status for row in ROWS}
    countries = {row.claim.country for row in ROWS if row.claim.country}
    assert {"RUS", "USA", "EA", "GBR", "TUR"} <= countries


@pytest.mark.parametrize("row_id", _params())
def test_verdict_corpus_row(row_id: str, results: dict[str, Any]) -> None:
    """Each labelled claim gets its expected status and recorded figure."""
    result = results[row_id]
    got = (result.verdict.status.value, result.verdict.recorded)
    assert result.status_ok, f"{row_id}: expected {result.row.status}, got {got}"
    assert result.recorded_ok, f"{row_id}: expected {result.row.recorded}, got {got}"


def test_verdict_corpus_accuracy_meets_target(results: dict[str, Any]) -> None:
    """Status accuracy over the corpus is at least 0.95."""
    figures = EVAL.summary(list(results.values()))
    assert figures["status_accuracy"] >= 0.95


def test_verdict_corpus_confusion_matrix_counts_every_row(results: dict[str, Any]) -> None:
    """The printed confusion matrix accounts for every row exactly once."""
    text = EVAL.confusion(list(results.values()))
    counts = [int(cell) for line in text.splitlines()[1:] for cell in line.split()[1:]]
    assert sum(counts) == len(ROWS)
