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
# The builders share econcheck.releases' calendar: importable from a checkout without install.
sys.path.insert(1, str(Path(__file__).resolve().parents[1] / "src"))

from snapshot_common import SNAPSHOT_AS_OF_NOTE, Table
from snapshot_imf import GROUPS, build_imf
from snapshot_ru import BUILDERS_RU
from snapshot_world import BUILDERS_WORLD, REPO_INPUT, REPO_REFERENCE

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


def as_of_date(entry: dict[str, Any], rows: pd.DataFrame, frequency: str) -> pd.Timestamp:
    """Return the date of the newest information in a series.

    A vintage: its publication date (else the end of its month). Revised estimates: the latest
    ``as_of``. Otherwise the last record, or the end of the last period.
    """
    if entry.get("vintage"):
        published = entry.get("vintage_published")
        return pd.Timestamp(published or entry["vintage"] + "-01") + (
            pd.offsets.Day(0) if published else pd.offsets.MonthEnd(0)
        )
    if "as_of" in rows.columns and rows["as_of"].ne("").any():
        return pd.to_datetime(rows.loc[rows["as_of"] != "", "as_of"]).max()
    return period_end(pd.to_datetime(rows["date"]).max(), frequency)


def complete_entry(entry: dict[str, Any], table: Table) -> dict[str, Any]:
    """Add file, rows, coverage and as_of, computed from the series' own rows."""
    rows = series_rows(table, entry["series"])
    dates = pd.to_datetime(rows["date"])
    own = {} if entry.get("group") else {"file": table.file, "frequency": table.frequency}
    return {
        **entry,
        **own,
        "rows": len(rows),
        "coverage": [dates.min().date().isoformat(), dates.max().date().isoformat()],
        "as_of": as_of_date(entry, rows, table.frequency).date().isoformat(),
    }


def encode_index(members: list[dict[str, Any]]) -> bytes:
    """Return the gzip CSV listing a group's series (one row each, same fields as the manifest)."""
    frame = pd.DataFrame(
        {
            "series": [m["series"] for m in members],
            "name": [m["name"] for m in members],
            "vintage": [m.get("vintage") or "" for m in members],
            "vintage_published": [m.get("vintage_published") or "" for m in members],
            "rows": [m["rows"] for m in members],
            "coverage_start": [m["coverage"][0] for m in members],
            "coverage_end": [m["coverage"][1] for m in members],
            "as_of": [m["as_of"] for m in members],
        }
    )
    return gzip.compress(frame.to_csv(index=False, lineterminator="\n").encode(), 9, mtime=0)


def sha256_hex(data: bytes) -> str:
    """Return the hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def build_tables(reference: Path) -> list[Table]:
    """Return every snapshot table built from the reference folder."""
    return [
        table
        for builder in (*BUILDERS_RU, build_imf, *BUILDERS_WORLD)
        for table in builder(reference)
    ]


def write_blob(out: Path, name: str, blob: bytes, files: dict[str, Any], **info: Any) -> None:
    """Write one file and record its sha256 (plus ``info``) in ``files``."""
    (out / name).write_bytes(blob)
    files[name] = {"sha256": sha256_hex(blob), **info}


def _input_path(reference: Path, name: str) -> Path:
    """Return where an input lives: the reference folder, or this repository's data/reference."""
    if name.startswith(REPO_INPUT):
        return REPO_REFERENCE / name.removeprefix(REPO_INPUT)
    return reference / name


def build(reference: Path, out: Path) -> dict[str, Any]:
    """Write the snapshot files and manifest.json into ``out``; return the manifest."""
    tables = build_tables(reference)
    out.mkdir(parents=True, exist_ok=True)
    for stale in [*out.glob("*.csv.gz"), *out.glob("manifest.json")]:
        stale.unlink()
    files: dict[str, Any] = {}
    series: list[dict[str, Any]] = []
    members: dict[str, list[dict[str, Any]]] = {name: [] for name in GROUPS}
    for table in tables:
        write_blob(
            out,
            table.file,
            encode_table(table),
            files,
            rows=len(table.frame),
            frequency=table.frequency,
            columns=list(table.frame.columns),
        )
        for entry in table.entries:
            done = complete_entry(entry, table)
            (members[entry["group"]] if entry.get("group") else series).append(done)
    groups = {}
    for name, group in GROUPS.items():
        index = f"{name}_series.csv.gz"
        write_blob(out, index, encode_index(members[name]), files, rows=len(members[name]))
        groups[name] = {**group, "index": index}
    everything = [*series, *(m for group in members.values() for m in group)]
    keys = [f"{e.get('source') or GROUPS[e['group']]['source']}/{e['series']}" for e in everything]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate series keys in the snapshot")
    inputs = {"PROVENANCE.md", *(name for table in tables for name in table.inputs)}
    manifest = {
        "format": FORMAT,
        "snapshot_as_of": max(entry["as_of"] for entry in everything),
        "snapshot_as_of_note": SNAPSHOT_AS_OF_NOTE,
        "built_by": "scripts/build_snapshot.py",
        "reference": {
            name: sha256_hex(_input_path(reference, name).read_bytes()) for name in sorted(inputs)
        },
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
    count = len(manifest["series"]) + sum(
        manifest["files"][g["index"]]["rows"] for g in manifest["groups"].values()
    )
    print(
        f"wrote {count} series in {len(manifest['files'])} files "
        f"({size / 1024:.0f} KiB) to {args.out}; snapshot_as_of {manifest['snapshot_as_of']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
