"""Score the verdicts on the labelled corpus in tests/data/verdicts/ (offline, from the snapshot).

Each corpus row holds a claim written for the project (fields as in the README's JSON
schema), its article date, the expected status and the expected recorded figure. The
script runs plan_claim -> fetch (OFFLINE: cache, else the embedded snapshot) ->
compare_claim on every row and prints status accuracy, recorded-value accuracy and a
confusion matrix.

    python scripts/eval_verdicts.py              # summary and confusion matrix
    python scripts/eval_verdicts.py --verbose    # plus every mismatch with its reason
    python scripts/eval_verdicts.py --json       # machine-readable figures
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "data" / "verdicts"
STATUSES = ("match", "close", "contradicted", "unverifiable", "error")

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from econcheck.compare import compare_claim  # noqa: E402
from econcheck.models import (  # noqa: E402
    Basket,
    Change,
    ChangeUnit,
    Claim,
    FetchedSeries,
    Horizon,
    Indicator,
    Measure,
    Period,
    Qualifier,
    SeriesRequest,
    Superlative,
    Verdict,
)
from econcheck.resolve import plan_claim  # noqa: E402
from econcheck.settings import CachePolicy, Settings  # noqa: E402


@dataclass(frozen=True)
class Row:
    """One labelled claim."""

    id: str
    text: str
    published: dt.date
    claim: Claim
    status: str
    recorded: float | None
    recorded_range: tuple[float, float] | None
    note: str


@dataclass(frozen=True)
class Result:
    """What the pipeline said about one row."""

    row: Row
    verdict: Verdict

    @property
    def status_ok(self) -> bool:
        """Return True when the status is the expected one."""
        return self.verdict.status.value == self.row.status

    @property
    def recorded_ok(self) -> bool:
        """Return True when the recorded figure is the expected one (or both are missing)."""
        return recorded_matches(self.row, self.verdict.recorded)


def recorded_matches(row: Row, got: float | None) -> bool:
    """Compare a recorded figure with the expectation (to 1e-4 relative, or in the range)."""
    if row.recorded_range is not None:
        low, high = row.recorded_range
        return got is not None and low - 1e-6 <= got <= high + 1e-6
    if row.recorded is None:
        return True  # nothing to compare (unverifiable rows may still name a figure)
    return got is not None and abs(got - row.recorded) <= max(1e-4 * abs(row.recorded), 0.006)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _change(data: Mapping[str, Any] | None) -> Change | None:
    if data is None:
        return None
    start = data.get("from")
    return Change(
        value=Decimal(str(data["value"])),
        unit=ChangeUnit(data["unit"]),
        from_value=None if start is None else Decimal(str(start)),
    )


def _enum(kind: Any, value: str | None) -> Any:
    return None if value is None else kind(value)


def claim_from(data: Mapping[str, Any], text: str, published: dt.date) -> Claim:
    """Build a Claim from a corpus row's claim fields (absent optional fields take defaults)."""
    value_text = str(data.get("value_text", data["value"]))
    start = max(text.find(value_text), 0)
    return Claim(
        id=data["id"],
        sentence=text,
        surface=value_text,
        start=start,
        end=start + len(value_text),
        indicator=Indicator(data["indicator"]),
        value=Decimal(str(data["value"])),
        value_text=value_text,
        unit=data.get("unit", ""),
        period=Period(start=_date(data["period"]["start"]), end=_date(data["period"]["end"])),  # type: ignore[arg-type]
        published=published,
        measure=Measure(data.get("measure", "unspecified")),
        horizon=Horizon(data.get("horizon", "actual")),
        basket=_enum(Basket, data.get("basket")),
        country=data.get("country"),
        base=data.get("base"),
        quote=data.get("quote"),
        value_max=None if data.get("value_max") is None else Decimal(str(data["value_max"])),
        change=_change(data.get("change")),
        qualifier=Qualifier(data.get("qualifier", "exact")),
        superlative=_enum(Superlative, data.get("superlative")),
        superlative_since=_date(data.get("superlative_since")),
        forecaster=data.get("forecaster"),
        attributed_to=data.get("attributed_to"),
        hedged=bool(data.get("hedged", False)),
    )


def load_corpus(folder: Path = CORPUS_DIR) -> list[Row]:
    """Return every labelled row of the corpus, file by file."""
    rows = []
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal):
            published = dt.date.fromisoformat(item["published"])
            expected = item["expected"]
            span = expected.get("recorded_range")
            rows.append(
                Row(
                    id=item["claim"]["id"],
                    text=item["text"],
                    published=published,
                    claim=claim_from(item["claim"], item["text"], published),
                    status=expected["status"],
                    recorded=None if expected["recorded"] is None else float(expected["recorded"]),
                    recorded_range=None if span is None else (float(span[0]), float(span[1])),
                    note=item.get("note", ""),
                )
            )
    return rows


def _fetch(
    requests: Sequence[SeriesRequest], settings: Settings
) -> dict[SeriesRequest, FetchedSeries | Exception]:
    from econcheck.sources.fetch import fetch_many

    # One request at a time: the snapshot is local, and concurrent first loads of one stored
    # table each parse it (the per-process caches are filled without a lock), which is slower.
    found: dict[SeriesRequest, FetchedSeries | Exception] = {}
    for request in requests:
        found.update(fetch_many([request], settings=settings))
    return found


def evaluate(rows: Sequence[Row], data_dir: Path | None = None) -> list[Result]:
    """Check every row offline (OFFLINE policy: the cache in ``data_dir``, else the snapshot)."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=data_dir or Path(tmp),
            policy=CachePolicy.OFFLINE,
            retries=0,
        )
        plans = [plan_claim(row.claim) for row in rows]
        requests = list(dict.fromkeys(t.request for plan in plans for t in plan.targets))
        fetched = _fetch(requests, settings)
        return [
            Result(row=row, verdict=compare_claim(row.claim, plan, fetched, settings=settings))
            for row, plan in zip(rows, plans, strict=True)
        ]


def confusion(results: Sequence[Result]) -> str:
    """Return the confusion matrix (rows: expected, columns: got) as text."""
    counts = Counter((r.row.status, r.verdict.status.value) for r in results)
    width = max(len(s) for s in STATUSES) + 2
    lines = ["expected \\ got".ljust(width + 4) + "".join(s[:12].rjust(width) for s in STATUSES)]
    for expected in STATUSES:
        cells = "".join(str(counts.get((expected, got), 0)).rjust(width) for got in STATUSES)
        lines.append(expected.ljust(width + 4) + cells)
    return "\n".join(lines)


def summary(results: Sequence[Result]) -> dict[str, Any]:
    """Return the headline figures."""
    total = len(results)
    return {
        "claims": total,
        "status_accuracy": round(sum(r.status_ok for r in results) / total, 4) if total else 0.0,
        "recorded_accuracy": round(sum(r.recorded_ok for r in results) / total, 4)
        if total
        else 0.0,
        "by_status": dict(Counter(r.row.status for r in results)),
    }


def _mismatch_lines(results: Sequence[Result]) -> list[str]:
    lines = []
    for r in results:
        if r.status_ok and r.recorded_ok:
            continue
        lines.append(
            f"- {r.row.id}: expected {r.row.status} / {r.row.recorded or r.row.recorded_range}, "
            f"got {r.verdict.status.value} / {r.verdict.recorded}\n    {r.row.text}\n"
            f"    {r.verdict.reason}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the evaluation; exit 1 when status accuracy is below 0.95."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = evaluate(load_corpus())
    figures = summary(results)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"{figures['claims']} claims: status accuracy {figures['status_accuracy']:.1%}, "
            f"recorded figure accuracy {figures['recorded_accuracy']:.1%}\n"
        )
        print(confusion(results))
        if args.verbose:
            print("\n".join(["", *_mismatch_lines(results)]))
    return 0 if figures["status_accuracy"] >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
