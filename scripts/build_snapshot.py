"""Build the embedded offline snapshot (src/econcheck/snapshot/) from the compiled reference CSVs.

Usage::

    python scripts/build_snapshot.py --reference ../shared/reference [--out DIR]

The reference is a folder of CSVs plus PROVENANCE.md (public official figures compiled from
third-party copies of the publishers' series). This script turns it into one gzip CSV per
series (one per dataset for IMF WEO and the Ministry's forecasts) and a manifest.json that
describes every series. The output is deterministic: re-running on the same reference gives
byte-identical files (gzip mtime 0, no build timestamps). See docs/snapshot.md.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from snapshot_tables import SNAPSHOT_AS_OF_NOTE, Table, build_tables  # noqa: E402

FORMAT = "econcheck-snapshot/1"
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "econcheck" / "snapshot"


def encode_table(table: Table) -> bytes:
    """Return the gzip bytes of a table: a ``#frequency=`` line, then plain CSV."""
    text = f"#frequency={table.frequency}\n" + table.frame.to_csv(index=False, lineterminator="\n")
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def period_end(day: pd.Timestamp, frequency: str) -> pd.Timestamp:
    """Return the last day of the period starting at ``day`` (the day itself for daily/event)."""
    offsets = {
        "monthly": pd.offsets.MonthEnd(0),
        "quarterly": pd.offsets.QuarterEnd(0),
        "annual": pd.offsets.YearEnd(0),
    }
    offset = offsets.get(frequency)
    return day if offset is None else day + offset


def series_rows(table: Table, series: str) -> pd.DataFrame:
    """Return the rows of one series (all rows unless the table has a ``series`` column)."""
    frame = table.frame
    if "series" in frame.columns:
        frame = frame[frame["series"] == series]
    if frame.empty:
        raise SystemExit(f"{table.file}: no rows for series {series!r}")
    return frame


def complete_entry(entry: dict[str, Any], table: Table) -> dict[str, Any]:
    """Add file, rows, coverage and as_of, computed from the series' own rows."""
    rows = series_rows(table, entry["series"])
    dates = pd.to_datetime(rows["date"])
    last = period_end(dates.max(), table.frequency)
    if entry.get("vintage_published"):
        as_of = pd.Timestamp(entry["vintage_published"])
    elif "as_of" in rows.columns and rows["as_of"].ne("").any():
        as_of = pd.to_datetime(rows.loc[rows["as_of"] != "", "as_of"]).max()
    else:
        as_of = last
    return {
        **entry,
        "file": table.file,
        "frequency": table.frequency,
        "rows": len(rows),
        "coverage": [dates.min().date().isoformat(), dates.max().date().isoformat()],
        "as_of": as_of.date().isoformat(),
    }


def sha256_hex(data: bytes) -> str:
    """Return the hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def build(reference: Path, out: Path) -> dict[str, Any]:
    """Write the snapshot files and manifest.json into ``out``; return the manifest."""
    tables, groups = build_tables(reference)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Any] = {}
    series: list[dict[str, Any]] = []
    inputs: set[str] = {"PROVENANCE.md"}
    for table in tables:
        blob = encode_table(table)
        (out / table.file).write_bytes(blob)
        files[table.file] = {
            "sha256": sha256_hex(blob),
            "rows": len(table.frame),
            "frequency": table.frequency,
            "columns": list(table.frame.columns),
        }
        inputs.update(table.inputs)
        series.extend(complete_entry(entry, table) for entry in table.entries)
    keys = [f"{e['source']}/{e['series']}" for e in series]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate series keys in the snapshot")
    manifest = {
        "format": FORMAT,
        "snapshot_as_of": max(entry["as_of"] for entry in series),
        "snapshot_as_of_note": SNAPSHOT_AS_OF_NOTE,
        "built_by": "scripts/build_snapshot.py",
        "reference": {name: sha256_hex((reference / name).read_bytes()) for name in sorted(inputs)},
        "files": files,
        "groups": groups,
        "series": series,
    }
    text = json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and build the snapshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="folder of reference CSVs")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    if not (args.reference / "PROVENANCE.md").is_file():
        parser.error(f"{args.reference} has no PROVENANCE.md: pass the reference folder")
    manifest = build(args.reference, args.out)
    size = sum((args.out / name).stat().st_size for name in [*manifest["files"], "manifest.json"])
    print(
        f"wrote {len(manifest['series'])} series in {len(manifest['files'])} files "
        f"({size / 1024:.0f} KiB) to {args.out}; snapshot_as_of {manifest['snapshot_as_of']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
