"""scripts/check_articles.py: whole articles from a corpus folder, checked offline, counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_modules import load_script

load_script("eval_claims")  # check_articles imports it by name, as when run from scripts/
check_articles = load_script("check_articles")


def _corpus(tmp_path: Path) -> Path:
    """One article of two paragraphs, in our own words: a right rate and a wrong one."""
    rows = [
        {
            "text": "The rouble weakened to 97.3 per dollar on Wednesday.",
            "published": "2024-11-05",
            "expected": [],
            "origin": "test",
            "article": "a1",
            "paragraph": 0,
        },
        {
            "text": "The Bank of Russia's key rate stands at 25%.",
            "published": "2024-11-05",
            "expected": [],
            "origin": "test",
            "article": "a1",
            "paragraph": 1,
        },
    ]
    folder = tmp_path / "set1" / "corpus"
    folder.mkdir(parents=True)
    (folder / "set1.json").write_text(json.dumps(rows), encoding="utf-8")
    return folder


def test_check_articles_counts_verdicts_and_lists_a_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 97.3 rate matches (official 97.3261 on 2024-10-30); 25% is contradicted (21%)."""
    assert check_articles.main(["--corpus", str(_corpus(tmp_path)), "--list", "contradicted"]) == 0
    out = capsys.readouterr().out
    assert "2 claims in 1 articles" in out
    assert "match             1  (fx_rate 1)" in out
    assert "contradicted      1  (policy_rate 1)" in out
    assert "'25%'" in out
    assert "21%" in out
