"""Check whole articles end to end, offline, and count the verdicts: the false-alarm audit.

    python scripts/check_articles.py --corpus DIR [DIR ...]          # counts by status
    python scripts/check_articles.py --corpus DIR --list contradicted  # and each such claim
    python scripts/check_articles.py --corpus DIR --json

DIR holds corpus files in the format of tests/data/claims/ whose rows carry an ``article`` id
(the real-article sets of docs/evaluation-real-articles.md, which are publishers' text and are
not committed). Each article is rebuilt from its rows (scripts/eval_claims.py's
``article_text``), extracted and checked against the embedded snapshot with no network.

Published news is mostly right about official figures, so on such text a `contradicted`
verdict is a candidate false alarm: the list is what to read when changing a verdict rule.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval_claims import Row, article_text, load_corpus

from econcheck.models import Claim, Verdict
from econcheck.pipeline import check_text
from econcheck.settings import CachePolicy, Settings


def articles(dirs: Sequence[Path]) -> dict[str, list[Row]]:
    """Return each article's rows, in corpus order, keyed by corpus folder and article id."""
    found: dict[str, list[Row]] = {}
    for folder in dirs:
        for row in load_corpus(folder):
            if row.article is not None:
                found.setdefault(f"{folder.parent.name}/{row.article}", []).append(row)
    return found


def _entry(key: str, claim: Claim, verdict: Verdict) -> dict[str, Any]:
    return {
        "article": key,
        "published": claim.published.isoformat(),
        "indicator": claim.indicator.value,
        "surface": claim.surface,
        "sentence": claim.sentence,
        "status": verdict.status.value,
        "checks": {c.kind.value: c.status.value for c in verdict.checks},
        "reason": verdict.reason,
    }


def run(dirs: Sequence[Path], settings: Settings) -> list[dict[str, Any]]:
    """Check every article; return one entry per claim."""
    out: list[dict[str, Any]] = []
    for key, rows in sorted(articles(dirs).items()):
        text, _ = article_text(rows)
        try:
            result = check_text(text, published=rows[0].published, settings=settings)
        except Exception as exc:  # an audit reports a crash and goes on
            out.append({"article": key, "status": "crashed", "indicator": "-", "reason": repr(exc)})
            continue
        for claim, verdict in zip(result.claims, result.verdicts, strict=True):
            if verdict is not None:
                out.append(_entry(key, claim, verdict))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, nargs="+", required=True, help="corpus folders")
    parser.add_argument("--list", metavar="STATUS", help="print every claim with this status")
    parser.add_argument("--json", action="store_true", help="print every entry as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as empty:  # no cache: the snapshot alone
        settings = replace(Settings.from_env(), policy=CachePolicy.OFFLINE, data_dir=Path(empty))
        entries = run(args.corpus, settings)
    if args.json:
        print(json.dumps(entries, indent=1, ensure_ascii=False))
        return 0
    counts = Counter(e["status"] for e in entries)
    by_indicator = Counter((e["indicator"], e["status"]) for e in entries)
    print(f"{len(entries)} claims in {len({e['article'] for e in entries})} articles")
    for status, n in counts.most_common():
        kinds = ", ".join(
            f"{ind} {m}" for (ind, st), m in sorted(by_indicator.items()) if st == status
        )
        print(f"  {status:13s} {n:5d}  ({kinds})")
    for e in entries:
        if args.list and e["status"] == args.list:
            print(f"\n{e['article']} ({e.get('published', '')}): {e.get('surface', '')!r}")
            print(f"  {e.get('sentence', '')}")
            print(f"  {e['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
