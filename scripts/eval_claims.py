"""Score the claim extractor on the labelled corpus in tests/data/claims/.

Prints claim-level precision, recall and F1, and per-field accuracy over matched claims.

    python scripts/eval_claims.py              # summary table
    python scripts/eval_claims.py --verbose    # plus every miss, spurious claim and wrong field
    python scripts/eval_claims.py --json       # machine-readable figures for the README
    python scripts/eval_claims.py --write-known-failures   # refresh known_failures.json

A predicted claim matches an expected one when both have the same indicator and the prediction's
span overlaps the expected ``surface_contains`` (or, failing that, has the same value); pairs
are chosen greedily, best first. Indicator accuracy is measured before matching: over expected
claims that some prediction overlaps, the share where one of them has the right indicator.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "data" / "claims"
KNOWN_FAILURES = "known_failures.json"

PRIMARY_FIELDS = ("indicator", "measure", "horizon", "country/pair", "value", "qualifier", "period")
SECONDARY_FIELDS = (
    "basket",
    "superlative",
    "superlative_since",
    "change",
    "forecaster",
    "attributed_to",
    "hedged",
)
TARGET = 0.95

Extractor = Callable[..., Iterable[Any]]
Record = dict[str, Any]


@dataclasses.dataclass(frozen=True, slots=True)
class Row:
    """One labelled corpus row."""

    id: str
    file: str
    index: int
    text: str
    published: dt.date
    expected: tuple[Record, ...]
    origin: str
    note: str | None = None
    article: str | None = None
    paragraph: int = 0


@dataclasses.dataclass(slots=True)
class RowResult:
    """What the extractor got right and wrong on one row."""

    row: Row
    pairs: list[tuple[Record, Record, dict[str, bool]]]
    missed: list[Record]
    spurious: list[Record]
    located: int = 0
    located_right_indicator: int = 0
    error: str | None = None

    @property
    def passed(self) -> bool:
        """Return True when every claim matched with every primary field right."""
        if self.error or self.missed or self.spurious:
            return False
        return all(all(ok[f] for f in PRIMARY_FIELDS) for _, _, ok in self.pairs)


# --- loading -----------------------------------------------------------------------------------


def row_id(text: str, published: str) -> str:
    """Return the stable id of a row: 10 hex digits of sha1(published, text)."""
    return hashlib.sha1(f"{published}\n{text}".encode()).hexdigest()[:10]


def normalize_expected(claim: Record) -> Record:
    """Turn a claim as stored in JSON into comparable Python values."""
    out = dict(claim)
    for key in ("value", "value_max"):
        out[key] = _decimal(out.get(key))
    period = claim["period"]
    out["period"] = (dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"]))
    since = claim.get("superlative_since")
    out["superlative_since"] = dt.date.fromisoformat(since) if since else None
    change = claim.get("change")
    out["change"] = None if change is None else (_decimal(change["value"]), change["unit"])
    out.setdefault("hedged", False)
    return out


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> list[Row]:
    """Load every corpus file (all *.json but known_failures.json), in file order."""
    rows: list[Row] = []
    for path in sorted(corpus_dir.glob("*.json")):
        if path.name == KNOWN_FAILURES:
            continue
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        for index, raw in enumerate(data):
            rows.append(
                Row(
                    id=row_id(raw["text"], raw["published"]),
                    file=path.name,
                    index=index,
                    text=raw["text"],
                    published=dt.date.fromisoformat(raw["published"]),
                    expected=tuple(normalize_expected(c) for c in raw["expected"]),
                    origin=raw["origin"],
                    note=raw.get("note"),
                    article=raw.get("article"),
                    paragraph=int(raw.get("paragraph", 0)),
                )
            )
    return rows


def load_known_failures(corpus_dir: Path = CORPUS_DIR) -> dict[str, str]:
    """Return {row id: reason} from known_failures.json (empty when the file is missing)."""
    path = corpus_dir / KNOWN_FAILURES
    if not path.exists():
        return {}
    return {e["id"]: e.get("reason", "") for e in json.loads(path.read_text(encoding="utf-8"))}


def _stub_extract(text: str, *, published: dt.date) -> list[Any]:
    """Stand in for the extractor until econcheck.claims.extract exists: finds nothing."""
    del text, published
    return []


def load_extractor() -> tuple[Extractor, str]:
    """Return econcheck.claims.extract.extract_claims, or a stub that finds nothing."""
    try:
        module = importlib.import_module("econcheck.claims.extract")
    except ModuleNotFoundError:
        return _stub_extract, "stub (econcheck.claims.extract not found)"
    return module.extract_claims, "econcheck.claims.extract.extract_claims"


# --- predictions ---------------------------------------------------------------------------------


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _text(value: Any) -> Any:
    """StrEnum members and strings compare as plain strings; None stays None."""
    return None if value is None else str(value)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def to_record(pred: Any) -> Record:
    """Turn a predicted Claim (dataclass) or its JSON dict into a comparable record."""
    period = _get(pred, "period")
    change = _get(pred, "change")
    return {
        "indicator": _text(_get(pred, "indicator")),
        "measure": _text(_get(pred, "measure")),
        "horizon": _text(_get(pred, "horizon")),
        "basket": _text(_get(pred, "basket")),
        "country": _get(pred, "country"),
        "base": _get(pred, "base"),
        "quote": _get(pred, "quote"),
        "value": _decimal(_get(pred, "value")),
        "value_max": _decimal(_get(pred, "value_max")),
        "qualifier": _text(_get(pred, "qualifier")),
        "superlative": _text(_get(pred, "superlative")),
        "superlative_since": _date(_get(pred, "superlative_since")),
        "period": None
        if period is None
        else (_date(_get(period, "start")), _date(_get(period, "end"))),
        "change": None
        if change is None
        else (_decimal(_get(change, "value")), _text(_get(change, "unit"))),
        "forecaster": _get(pred, "forecaster"),
        "attributed_to": _get(pred, "attributed_to"),
        "hedged": bool(_get(pred, "hedged", False)),
        "start": _get(pred, "start"),
        "end": _get(pred, "end"),
        "surface": _get(pred, "surface"),
    }


# --- matching ------------------------------------------------------------------------------------


def surface_spans(text: str, surface: str) -> list[tuple[int, int]]:
    """Return every (start, end) where ``surface`` occurs in ``text``."""
    spans, at = [], text.find(surface)
    while at >= 0:
        spans.append((at, at + len(surface)))
        at = text.find(surface, at + 1)
    return spans


def overlaps(pred: Record, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when the prediction's [start, end) overlaps any of ``spans``."""
    start, end = pred.get("start"), pred.get("end")
    if start is None or end is None:
        return False
    return any(start < e and s < end for s, e in spans)


# Full names and the abbreviations news and labels use for the same forecaster
_SHORT_NAMES = {
    "international monetary fund": "imf",
    "european central bank": "ecb",
    "organisation for economic co-operation and development": "oecd",
    "organization for economic cooperation and development": "oecd",
    "reserve bank of india": "rbi",
    "reserve bank of australia": "rba",
    "bank of england": "boe",
    "bank of japan": "boj",
    "federal reserve": "fed",
    "asian development bank": "adb",
}


def _short(name: str) -> str:
    name = " ".join(name.casefold().split())
    for full, short in _SHORT_NAMES.items():
        name = name.replace(full, short)
    return name


def _loose(a: str | None, b: str | None) -> bool:
    """Compare names loosely: either contains the other, full names read as abbreviations, or
    both name the same institution ("SNB" and "Swiss National Bank", "Banxico" and "Bank of
    Mexico", "Finance Ministry" and "Ministry of Finance" of one country)."""
    if a is None or b is None:
        return a is b
    x, y = _short(a), _short(b)
    if x in y or y in x:
        return True
    first, second = _institution(a), _institution(b)
    return first is not None and first == second


def _institution(name: str) -> str | None:
    """Return the institution a name spells out in full, as the extractor names it, if any."""
    from econcheck.claims.subjects import find_entities

    text = name.replace("’", "'")
    found = [e for e in find_entities(text) if e.forecaster is not None]
    if len(found) != 1 or found[0].end - found[0].start < len(text.strip()) - 4:
        return None  # "the bank's press office" is not the bank
    return found[0].forecaster


def field_results(exp: Record, pred: Record) -> dict[str, bool]:
    """Compare one expected and one predicted claim field by field."""
    if exp["indicator"] == "fx_rate":
        subject_ok = (exp["base"], exp["quote"]) == (pred["base"], pred["quote"])
    else:
        subject_ok = exp["country"] == pred["country"]
    return {
        "indicator": exp["indicator"] == pred["indicator"],
        "measure": exp["measure"] == pred["measure"],
        "horizon": exp["horizon"] == pred["horizon"],
        "country/pair": subject_ok,
        "value": exp["value"] == pred["value"] and exp["value_max"] == pred["value_max"],
        "qualifier": exp["qualifier"] == pred["qualifier"],
        "period": exp["period"] == pred["period"],
        "basket": exp["basket"] == pred["basket"],
        "superlative": exp["superlative"] == pred["superlative"],
        "superlative_since": exp["superlative_since"] == pred["superlative_since"],
        "change": exp["change"] == pred["change"],
        "forecaster": _loose(exp["forecaster"], pred["forecaster"]),
        "attributed_to": _loose(exp["attributed_to"], pred["attributed_to"]),
        "hedged": bool(exp["hedged"]) == pred["hedged"],
    }


def match_row(
    text: str, expected: Sequence[Record], predicted: Sequence[Record]
) -> tuple[list[tuple[int, int, dict[str, bool]]], list[int], list[int]]:
    """Pair expected with predicted claims; return (pairs, missed indexes, spurious indexes)."""
    candidates = []
    for i, exp in enumerate(expected):
        spans = surface_spans(text, exp["surface_contains"])
        for j, pred in enumerate(predicted):
            if pred["indicator"] != exp["indicator"]:
                continue
            hit = overlaps(pred, spans)
            same_value = pred["value"] == exp["value"]
            if not (hit or same_value):
                continue
            fields = field_results(exp, pred)
            agree = sum(fields[f] for f in PRIMARY_FIELDS)
            candidates.append(((hit, same_value, agree), i, j, fields))
    candidates.sort(key=lambda c: (-c[0][0], -c[0][1], -c[0][2], c[1], c[2]))
    used_e: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j, fields in candidates:
        if i not in used_e and j not in used_p:
            used_e.add(i)
            used_p.add(j)
            pairs.append((i, j, fields))
    missed = [i for i in range(len(expected)) if i not in used_e]
    spurious = [j for j in range(len(predicted)) if j not in used_p]
    return pairs, missed, spurious


def evaluate_row(
    row: Row, extract: Extractor, *, catch: bool = True, predicted: list[Record] | None = None
) -> RowResult:
    """Run the extractor on one row and compare with the labels.

    With ``catch`` (the report), an exception is scored as missing every claim of the row and
    reported; without it (the tests), it propagates with its traceback. ``predicted`` gives
    the claims already extracted (article mode), with offsets relative to the row.
    """
    try:
        if predicted is None:
            predicted = [to_record(p) for p in extract(row.text, published=row.published)]
    except Exception as exc:
        if not catch:
            raise
        return RowResult(row, [], list(row.expected), [], error=f"{type(exc).__name__}: {exc}")
    pairs, missed, spurious = match_row(row.text, row.expected, predicted)
    result = RowResult(
        row,
        [(row.expected[i], predicted[j], ok) for i, j, ok in pairs],
        [row.expected[i] for i in missed],
        [predicted[j] for j in spurious],
    )
    for exp in row.expected:
        spans = surface_spans(row.text, exp["surface_contains"])
        hits = [p for p in predicted if overlaps(p, spans)]
        if hits:
            result.located += 1
            result.located_right_indicator += any(p["indicator"] == exp["indicator"] for p in hits)
    return result


# --- scoring -------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def _prf(results: Sequence[RowResult]) -> dict[str, Any]:
    matched = sum(len(r.pairs) for r in results)
    expected = matched + sum(len(r.missed) for r in results)
    predicted = matched + sum(len(r.spurious) for r in results)
    precision, recall = _ratio(matched, predicted), _ratio(matched, expected)
    f1 = None
    if recall == 0 or precision == 0:
        f1 = 0.0
    elif precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall)
    return {
        "expected": expected,
        "predicted": predicted,
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def summarize(results: Sequence[RowResult], extractor_name: str) -> dict[str, Any]:
    """Return every figure the report prints, as plain JSON-ready values."""
    pairs = [ok for r in results for _, _, ok in r.pairs]
    fields: dict[str, dict[str, Any]] = {}
    for name in PRIMARY_FIELDS + SECONDARY_FIELDS:
        right = sum(ok[name] for ok in pairs)
        fields[name] = {"accuracy": _ratio(right, len(pairs)), "n": len(pairs)}
    located = sum(r.located for r in results)
    right = sum(r.located_right_indicator for r in results)
    fields["indicator"] = {"accuracy": _ratio(right, located), "n": located}
    by_file = {}
    for name in sorted({r.row.file for r in results}):
        part = [r for r in results if r.row.file == name]
        by_file[name] = _prf(part) | {
            "rows": len(part),
            "rows_passing": sum(r.passed for r in part),
        }
    distractors = [r for r in results if not r.row.expected]
    return {
        "extractor": extractor_name,
        "claims": _prf(results),
        "fields": {k: fields[k] for k in PRIMARY_FIELDS},
        "secondary_fields": {k: fields[k] for k in SECONDARY_FIELDS},
        "rows": len(results),
        "rows_passing": sum(r.passed for r in results),
        "rows_without_claims": len(distractors),
        "rows_without_claims_clean": sum(not r.spurious for r in distractors),
        "errors": sum(r.error is not None for r in results),
        "by_file": by_file,
        "target": TARGET,
    }


def article_text(rows: Sequence[Row]) -> tuple[str, list[int]]:
    """Join an article's rows: sentences of a paragraph by a space, paragraphs by a blank line.

    Return the text and each row's offset in it.
    """
    parts: list[str] = []
    offsets: list[int] = []
    at = 0
    for index, row in enumerate(rows):
        if index:
            joint = "\n\n" if row.paragraph != rows[index - 1].paragraph else " "
            parts.append(joint)
            at += len(joint)
        offsets.append(at)
        parts.append(row.text)
        at += len(row.text)
    return "".join(parts), offsets


def evaluate_articles(rows: Sequence[Row], extract: Extractor) -> list[RowResult]:
    """Score rows that carry an ``article`` id on the whole article (others one by one).

    Context across sentences (the article's country, the paragraph's last place) then counts,
    as it does for a user; each claim is scored on the row that holds its start.
    """
    results: list[RowResult] = []
    groups: dict[str, list[Row]] = {}
    for row in rows:
        if row.article is None:
            results.append(evaluate_row(row, extract))
        else:
            groups.setdefault(row.article, []).append(row)
    for members in groups.values():
        text, offsets = article_text(members)
        try:
            claims = [to_record(p) for p in extract(text, published=members[0].published)]
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            results += [RowResult(r, [], list(r.expected), [], error=error) for r in members]
            continue
        for row, offset in zip(members, offsets, strict=True):
            mine = [
                {**c, "start": c["start"] - offset, "end": c["end"] - offset}
                for c in claims
                if offset <= c["start"] < offset + len(row.text)
            ]
            results.append(evaluate_row(row, extract, predicted=mine))
    return results


def evaluate(rows: Sequence[Row], extract: Extractor) -> list[RowResult]:
    """Evaluate every row."""
    return [evaluate_row(row, extract) for row in rows]


# --- rendering -----------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _flag(x: float | None) -> str:
    return "" if x is None or x >= TARGET else "  < target"


def render_text(summary: dict[str, Any]) -> str:
    """Render the summary as a plain-text report."""
    c = summary["claims"]
    lines = [
        f"extractor: {summary['extractor']}",
        f"rows: {summary['rows']} ({summary['rows_passing']} pass all primary fields; "
        f"{summary['rows_without_claims_clean']}/{summary['rows_without_claims']} claim-free rows "
        f"give no claims; {summary['errors']} raised)",
        f"claims: expected {c['expected']}, predicted {c['predicted']}, matched {c['matched']}",
        f"precision {_fmt(c['precision'])}  recall {_fmt(c['recall'])}  F1 {_fmt(c['f1'])}"
        f"{_flag(c['f1'])}",
        "",
        f"field accuracy over matched claims (target >= {TARGET}):",
    ]
    for name, v in summary["fields"].items():
        lines.append(f"  {name:<18} {_fmt(v['accuracy'])}  (n={v['n']}){_flag(v['accuracy'])}")
    lines.append("secondary fields (no target):")
    for name, v in summary["secondary_fields"].items():
        lines.append(f"  {name:<18} {_fmt(v['accuracy'])}  (n={v['n']})")
    lines += ["", "by file:"]
    for name, v in summary["by_file"].items():
        lines.append(
            f"  {name:<30} P {_fmt(v['precision'])}  R {_fmt(v['recall'])}  F1 {_fmt(v['f1'])}"
            f"  rows {v['rows_passing']}/{v['rows']}"
        )
    return "\n".join(lines)


def _show(claim: Record) -> str:
    subject = (
        f"{claim.get('base')}/{claim.get('quote')}"
        if claim.get("indicator") == "fx_rate"
        else claim.get("country")
    )
    period = claim.get("period")
    when = "?" if period is None else f"{period[0]}..{period[1]}"
    vmax = f"-{claim['value_max']}" if claim.get("value_max") is not None else ""
    return (
        f"{claim.get('indicator')} {subject} {claim.get('value')}{vmax} {claim.get('measure')} "
        f"{claim.get('horizon')} {claim.get('qualifier')} {when}"
    )


def _field_value(claim: Record, name: str) -> Any:
    if name == "country/pair":
        return (
            claim["country"]
            if claim["indicator"] != "fx_rate"
            else (f"{claim['base']}/{claim['quote']}")
        )
    if name == "value":
        return (
            claim["value"]
            if claim["value_max"] is None
            else (f"{claim['value']}-{claim['value_max']}")
        )
    return claim[name]


def describe_failure(result: RowResult, fields: Sequence[str] = PRIMARY_FIELDS) -> list[str]:
    """Return one line per problem in a row: error, missed, spurious, wrong field."""
    lines = [f"raised {result.error}"] if result.error else []
    lines += [f"missed: {_show(e)}" for e in result.missed]
    lines += [f"spurious: {_show(p)} [{p.get('surface')!r}]" for p in result.spurious]
    for exp, pred, ok in result.pairs:
        for name in fields:
            if not ok[name]:
                lines.append(
                    f"{name}: expected {_field_value(exp, name)}, got {_field_value(pred, name)}"
                    f" ({exp['surface_contains']!r})"
                )
    return lines


def render_mismatches(results: Sequence[RowResult]) -> str:
    """List every row with a problem in a primary or secondary field."""
    out = []
    for r in results:
        problems = describe_failure(r, PRIMARY_FIELDS + SECONDARY_FIELDS)
        if problems:
            out.append(f"[{r.row.file} #{r.row.index} {r.row.id}] {r.row.text}")
            out += [f"    {p}" for p in problems]
    return "\n".join(out)


def known_failure_entries(results: Sequence[RowResult]) -> list[dict[str, str]]:
    """Return known_failures.json entries for every row that does not pass."""
    return [
        {
            "id": r.row.id,
            "file": r.row.file,
            "text": r.row.text,
            "reason": "; ".join(describe_failure(r))[:300],
        }
        for r in results
        if not r.passed
    ]


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, dt.date):
        return obj.isoformat()
    msg = f"not JSON serializable: {type(obj).__name__}"
    raise TypeError(msg)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; the exit code is 0 (the figures are the result, not a pass/fail)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="corpus directory")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mismatch")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--articles",
        action="store_true",
        help="extract rows with an 'article' id from their whole article (cross-sentence context)",
    )
    parser.add_argument(
        "--write-known-failures",
        action="store_true",
        help=f"write the failing rows to {KNOWN_FAILURES} in the corpus directory",
    )
    args = parser.parse_args(argv)
    extract, name = load_extractor()
    if name.startswith("stub"):
        print(f"warning: using a {name}", file=sys.stderr)
    rows = load_corpus(args.corpus)
    results = evaluate_articles(rows, extract) if args.articles else evaluate(rows, extract)
    summary = summarize(results, name)
    if args.json:
        print(json.dumps(summary, indent=2, default=_json_default))
    else:
        print(render_text(summary))
    if args.verbose:
        print("\nmismatches:\n" + render_mismatches(results))
    if args.write_known_failures:
        entries = known_failure_entries(results)
        path = args.corpus / KNOWN_FAILURES
        path.write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(entries)} known failures to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
