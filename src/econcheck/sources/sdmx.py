"""Pure readers of SDMX 3.0 data messages: SDMX-CSV 2.0 and SDMX-JSON 2.0 (one series).

SDMX-CSV 2.0 starts with ``STRUCTURE,STRUCTURE_ID,ACTION`` (the IMF writes ``STRUCTURE[;]``),
then the dimensions, ``TIME_PERIOD``, ``OBS_VALUE`` and attributes. An empty selection at
api.imf.org comes back as the header and one row with every dimension blank.
SDMX-JSON 2.0 keeps codes in ``data.structures[i].dimensions`` and values in
``data.dataSets[0].series["i:j:k"].observations["t"] = [value, ...]``.
Specs: https://github.com/sdmx-twg/sdmx-csv and https://github.com/sdmx-twg/sdmx-json
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from econcheck.sources.parsing import format_error, make_frame, parse_period, read_csv_rows

if TYPE_CHECKING:
    import pandas as pd

_PREFIX = ("STRUCTURE", "STRUCTURE_ID", "ACTION", "DATAFLOW", "KEY")
_NOT_DIMENSIONS = ("TIME_PERIOD", "OBS_VALUE")


def parse_sdmx(content: bytes, *, source_id: str, match: Mapping[str, str]) -> pd.DataFrame:
    """Return the one series in an SDMX-CSV or SDMX-JSON answer whose codes equal ``match``."""
    if content.lstrip()[:1] == b"{":
        return parse_sdmx_json(content, source_id=source_id, match=match)
    return parse_sdmx_csv(content, source_id=source_id, match=match)


def parse_sdmx_csv(content: bytes, *, source_id: str, match: Mapping[str, str]) -> pd.DataFrame:
    """Return one series from SDMX-CSV (rows whose dimension columns equal ``match``)."""
    rows = read_csv_rows(content, source_id=source_id)
    if not rows:
        return make_frame([])
    header = [_column(name) for name in rows[0]]
    if not set(_NOT_DIMENSIONS) <= set(header):
        msg = f"expected SDMX-CSV with TIME_PERIOD and OBS_VALUE, got columns {header[:6]}"
        raise format_error(source_id, msg)
    records = [{_column(k): v for k, v in row.items()} for row in rows]
    records = [
        r for r in records if r["TIME_PERIOD"] and all(r.get(k, v) == v for k, v in match.items())
    ]
    dimensions = _dimension_columns(header)
    keys = {tuple(r.get(d, "") for d in dimensions) for r in records}
    if len(keys) > 1:
        shown = sorted(".".join(k) for k in keys)[:5]
        msg = f"the selection holds {len(keys)} series ({', '.join(shown)}); ask for one key"
        raise format_error(source_id, msg)
    try:
        return make_frame(
            (parse_period(r["TIME_PERIOD"]), float(r["OBS_VALUE"]))
            for r in records
            if r["OBS_VALUE"] not in ("", "NaN", "NA")
        )
    except ValueError as exc:
        msg = f"unreadable observation ({exc})"
        raise format_error(source_id, msg) from exc


def parse_sdmx_json(content: bytes, *, source_id: str, match: Mapping[str, str]) -> pd.DataFrame:
    """Return one series from an SDMX-JSON 2.0 data message."""
    try:
        data = json.loads(content)["data"]
        dataset = data["dataSets"][0] if data.get("dataSets") else {}
        structure = data["structures"][dataset.get("structure", 0)] if dataset else {}
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        msg = "expected an SDMX-JSON data message with data.dataSets and data.structures"
        raise format_error(source_id, msg) from exc
    series = dataset.get("series") or {}
    if not series:
        return make_frame([])
    dims = structure["dimensions"]
    chosen = [obs for key, obs in series.items() if _json_key_matches(key, dims["series"], match)]
    if len(chosen) != 1:
        msg = f"the selection holds {len(chosen)} matching series; ask for one key"
        raise format_error(source_id, msg)
    times = [v.get("id") or v.get("value") for v in dims["observation"][0]["values"]]
    try:
        return make_frame(
            (_json_period(times[int(i)]), float(values[0]))
            for i, values in chosen[0].get("observations", {}).items()
            if values and values[0] not in (None, "", "NaN")
        )
    except (ValueError, IndexError, TypeError) as exc:
        msg = f"unreadable observation ({exc})"
        raise format_error(source_id, msg) from exc


def _json_key_matches(key: str, dims: list[dict[str, Any]], match: Mapping[str, str]) -> bool:
    codes = {
        dim["id"]: dim["values"][int(index)].get("id")
        for dim, index in zip(dims, key.split(":"), strict=False)
        if index != ""
    }
    return all(codes.get(k, v) == v for k, v in match.items())


def _json_period(value: str | None) -> dt.date:
    if not value:
        msg = "an observation without a time period"
        raise ValueError(msg)
    return parse_period(value)


def _column(name: str) -> str:
    """Return a column name without the IMF's delimiter note or a label (``FREQ: Frequency``).

    >>> _column("STRUCTURE[;]"), _column("FREQ:Frequency")
    ('STRUCTURE', 'FREQ')
    """
    return name.split("[", 1)[0].split(":", 1)[0].strip()


def _dimension_columns(header: list[str]) -> list[str]:
    end = header.index("TIME_PERIOD")
    return [c for c in header[:end] if c not in _PREFIX]
