"""Verdicts as JSON, CSV, a DataFrame, Markdown, HTML and ClaimReview JSON-LD; pure.

Reports take rendered chart images as bytes or paths (keyed by claim id, and ``summary``
for the article's summary chart), so this module never imports matplotlib.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from econcheck.claimreview import claim_review
from econcheck.models import CheckResult, Claim, SeriesInfo, Verdict
from econcheck.report_html import image_data_uri, render_html
from econcheck.report_text import (
    citation,
    format_claimed,
    format_deviation,
    format_observed,
    format_period,
    format_recorded,
    format_tolerance,
    format_value,
    is_safe_url,
    snapshot_notice,
    status_word,
    summary_line,
)
from econcheck.serialize import (
    SCHEMA_VERSION,
    claims_to_dict,
    load_schema,
    read_claims_json,
    result_to_dict,
)

if TYPE_CHECKING:  # pandas and sources/ load lazily: `econcheck --help` stays fast
    import pandas as pd

    from econcheck.sources.base import Source

__all__ = [
    "CSV_COLUMNS",
    "SCHEMA_VERSION",
    "OutputFormat",
    "claim_review",
    "claims_to_dict",
    "flat_row",
    "load_schema",
    "read_claims_json",
    "render",
    "render_claim_reviews",
    "render_claims_json",
    "render_csv",
    "render_html",
    "render_json",
    "render_markdown",
    "render_series_csv",
    "render_series_json",
    "render_sources_json",
    "result_to_dict",
    "summary_line",
    "to_frame",
]

ImageRef = bytes | str | os.PathLike[str]

#: Columns of ``render_csv``: one row per claim, nested fields flattened with ``_``.
CSV_COLUMNS: tuple[str, ...] = (
    "id", "indicator", "measure", "measure_stated", "horizon", "basket", "country", "base", "quote",
    "value", "value_max", "value_text", "unit", "qualifier", "superlative",
    "superlative_since", "period_start", "period_end", "change_value", "change_unit",
    "change_from", "forecaster", "attributed_to", "hedged", "earlier_forecast", "start", "end",
    "surface",
    "sentence", "status", "reading", "recorded", "recorded_min", "recorded_max",
    "observed_start", "observed_end", "deviation", "deviation_unit", "tolerance_lower",
    "tolerance_upper", "tolerance_rule", "publisher", "series", "url", "api_url",
    "data_mode", "retrieved_at", "vintage", "checks", "reason",
)  # fmt: skip


class OutputFormat(StrEnum):
    """Output formats of ``check`` and ``extract``; ``table`` is drawn by ``terminal.py``."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    JSONLD = "jsonld"


def render(result: CheckResult, fmt: OutputFormat | str) -> str:
    """Return the result as JSON, CSV or ClaimReview JSON-LD text (``jsonld``).

    Raises:
        ValueError: for ``table`` (see ``terminal.render_check``) or an unknown format.
    """
    renderers = {
        OutputFormat.JSON: render_json,
        OutputFormat.CSV: render_csv,
        OutputFormat.JSONLD: render_claim_reviews,
    }
    renderer = renderers.get(OutputFormat(fmt))
    if renderer is None:
        msg = f"render() writes json, csv or jsonld, not {fmt!r}; tables come from terminal.py"
        raise ValueError(msg)
    return renderer(result)


def render_json(result: CheckResult) -> str:
    """Return the ``check`` output as indented JSON text (schema 1.0), ending in a newline."""
    return json.dumps(result_to_dict(result), indent=2, ensure_ascii=False) + "\n"


def render_claims_json(claims: Sequence[Claim], published: dt.date) -> str:
    """Return the ``extract`` output as indented JSON text (every verdict null)."""
    return json.dumps(claims_to_dict(claims, published), indent=2, ensure_ascii=False) + "\n"


def flat_row(claim_data: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten one claim of ``result_to_dict`` (with its verdict) into ``CSV_COLUMNS``."""
    row: dict[str, Any] = {key: claim_data.get(key) for key in CSV_COLUMNS if key in claim_data}
    row["period_start"] = claim_data["period"]["start"]
    row["period_end"] = claim_data["period"]["end"]
    change = claim_data.get("change") or {}
    row |= {f"change_{key}": change.get(key) for key in ("value", "unit", "from")}
    verdict = claim_data.get("verdict") or {}
    for key in ("status", "reading", "recorded", "recorded_min", "recorded_max", "deviation"):
        row[key] = verdict.get(key)
    for key in ("deviation_unit", "publisher", "series", "url", "api_url", "data_mode"):
        row[key] = verdict.get(key)
    row |= {"retrieved_at": verdict.get("retrieved_at"), "vintage": verdict.get("vintage")}
    row["reason"] = verdict.get("reason")
    observed = verdict.get("observed") or {}
    row |= {"observed_start": observed.get("start"), "observed_end": observed.get("end")}
    tolerance = verdict.get("tolerance") or {}
    row |= {f"tolerance_{key}": tolerance.get(key) for key in ("lower", "upper", "rule")}
    checks = verdict.get("checks") or []
    row["checks"] = "; ".join(f"{check['kind']}: {check['status']}" for check in checks) or None
    return {column: row.get(column) for column in CSV_COLUMNS}


def render_csv(result: CheckResult) -> str:
    """Return one CSV row per claim with the flat ``CSV_COLUMNS`` (empty cell for null)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim_data in result_to_dict(result)["claims"]:
        writer.writerow(flat_row(claim_data))
    return buffer.getvalue()


_FRAME_FLOATS = ("value", "recorded", "recorded_min", "recorded_max", "deviation")
_FRAME_DATES = ("period_start", "period_end", "observed_start", "observed_end")
_FRAME_COLUMNS = (
    "id", "indicator", "measure", "horizon", "country", "surface", "sentence", "value",
    "unit", "period_start", "period_end", "status", "reading", "recorded", "recorded_min",
    "recorded_max", "observed_start", "observed_end", "deviation", "deviation_unit",
    "tolerance_lower", "tolerance_upper", "publisher", "series", "url", "data_mode",
    "vintage", "reason",
)  # fmt: skip


def to_frame(result: CheckResult) -> pd.DataFrame:
    """Return one row per claim, validated by ``schemas.VerdictFrame``."""
    import pandas as pd

    from econcheck.schemas import VerdictFrame

    rows = [flat_row(item) for item in result_to_dict(result)["claims"]]
    frame = pd.DataFrame(rows, columns=list(CSV_COLUMNS))[list(_FRAME_COLUMNS)]
    for column in (*_FRAME_FLOATS, "tolerance_lower", "tolerance_upper"):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    for column in _FRAME_DATES:
        frame[column] = pd.to_datetime(frame[column])
    return VerdictFrame.validate(frame)


def render_claim_reviews(result: CheckResult, *, article_url: str | None = None) -> str:
    """Return a JSON array of ClaimReview objects, one per checked claim."""
    reviews = [
        claim_review(claim, verdict, result.published, article_url=article_url)
        for claim, verdict in zip(result.claims, result.verdicts, strict=True)
        if verdict is not None
    ]
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!])")
_SPACES = re.compile(r"\s+")


def md_escape(text: str) -> str:
    r"""Escape Markdown syntax in article text so it prints literally.

    >>> md_escape("*up* [1] <b>")
    '\\*up\\* \\[1\\] \\<b\\>'
    """
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def _md_sentence(claim: Claim) -> str:
    sentence = " ".join(claim.sentence.split())
    surface = " ".join(claim.surface.split())
    head, found, tail = sentence.partition(surface)
    if not found or not surface:
        return md_escape(sentence)
    return f"{md_escape(head)}**{md_escape(surface)}**{md_escape(tail)}"


def _md_image(ref: ImageRef, alt: str) -> str:
    if isinstance(ref, bytes):
        target = image_data_uri(ref)
    else:
        target = os.fspath(ref).replace(os.sep, "/").replace(" ", "%20")
    return f"![{md_escape(alt)}]({target})"


def _md_claim(index: int, claim: Claim, verdict: Verdict | None, image: ImageRef | None) -> str:
    status = status_word(verdict)
    lines = [f"## {index}. {status.capitalize()}: {md_escape(claim.surface)}", ""]
    lines += [f"> {_md_sentence(claim)}", ""]
    if claim.attributed_to:
        lines.append(f"- **Attributed to:** {md_escape(claim.attributed_to)}")
    lines.append(f"- **Claimed:** {md_escape(format_claimed(claim))} ({format_period(claim)})")
    if verdict is not None:
        lines += _md_verdict(claim, verdict)
    lines.append("")
    if image is not None:
        lines += [_md_image(image, f"Chart: {claim.surface}"), ""]
    return "\n".join(lines)


def _md_verdict(claim: Claim, verdict: Verdict) -> list[str]:
    recorded = format_recorded(verdict, claim.unit)
    observed = format_observed(verdict)
    deviation = format_deviation(verdict)
    lines = [f"- **Verdict:** {verdict.status.value}. {md_escape(verdict.reason)}"]
    recorded += f" on {observed}" if observed else ""
    recorded += f" (deviation {deviation})" if deviation else ""
    lines.append(f"- **Recorded:** {md_escape(recorded)}")
    if verdict.tolerance is not None:
        lines.append(f"- **Tolerance:** {md_escape(format_tolerance(verdict, claim.unit))}")
    if verdict.reading:
        lines.append(f"- **Reading:** {md_escape(verdict.reading)}")
    if verdict.alternatives:
        alts = "; ".join(
            f"{alt.reading}: {format_value(alt.recorded, claim.unit)}"
            for alt in verdict.alternatives
        )
        lines.append(f"- **Other readings:** {md_escape(alts)}")
    lines += [
        f"- **Check ({check.kind.value}):** {check.status.value}. {md_escape(check.reason)}"
        for check in verdict.checks
    ]
    source = md_escape(citation(verdict))
    if is_safe_url(verdict.url):
        source = f"[{source or 'source'}](<{verdict.url}>)"
    if source:
        lines.append(f"- **Source:** {source}")
    return lines


def render_markdown(result: CheckResult, images: Mapping[str, ImageRef] | None = None) -> str:
    """Return a Markdown report: summary, then each claim's sentence, verdict and citation.

    ``images`` maps a claim id (and ``summary``) to a path relative to the report, or to
    image bytes (embedded as a data URI).
    """
    images = images or {}
    parts = ["# econcheck report", "", f"Published {result.published.isoformat()}.", ""]
    parts += [f"**{md_escape(summary_line(result))}**", ""]
    # the pipeline's notes say why data came from the snapshot; else say that it did
    notice = "" if result.notes else snapshot_notice(result)
    parts += [f"_{md_escape(notice)}_", ""] if notice else []
    parts += [f"- {md_escape(note)}" for note in result.notes]
    parts += [""] if result.notes else []
    if "summary" in images:
        parts += [_md_image(images["summary"], "Claimed and recorded values"), ""]
    for index, (claim, verdict) in enumerate(zip(result.claims, result.verdicts, strict=True), 1):
        parts.append(_md_claim(index, claim, verdict, images.get(claim.id)))
    return "\n".join(parts).rstrip() + "\n"


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    frame = frame.copy()
    frame["date"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")
    return frame


def render_series_csv(frame: pd.DataFrame) -> str:
    """Return a fetched series as CSV: ``date`` (ISO), ``value`` and any extra columns."""
    return str(_dated(frame).to_csv(index=False, lineterminator="\n"))


def render_series_json(frame: pd.DataFrame) -> str:
    """Return a fetched series as JSON: its provenance (``frame.attrs``) and observations."""
    rows = json.loads(str(_dated(frame).to_json(orient="records", date_format="iso")))
    data = {key: _plain(value) for key, value in frame.attrs.items()} | {"observations": rows}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_sources_json(sources: Sequence[Source]) -> str:
    """Return the registered sources and the series each knows, as JSON."""
    data = [
        {
            "id": source.id,
            "name": source.name,
            "docs_url": source.docs_url,
            "series": [_series_info(info) for info in source.series_catalog()],
        }
        for source in sources
    ]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _series_info(info: SeriesInfo) -> dict[str, Any]:
    coverage = info.coverage
    return {
        "source": info.source,
        "series": info.series,
        "name": info.name,
        "publisher": info.publisher,
        "unit": info.unit,
        "frequency": info.frequency.value,
        "page_url": info.page_url,
        "aliases": list(info.aliases),
        "coverage": None
        if coverage is None
        else {"start": str(coverage.start), "end": str(coverage.end)},
        "vintage": info.vintage,
        "vintage_published": None
        if info.vintage_published is None
        else str(info.vintage_published),
    }


def _plain(value: object) -> object:
    """Return a JSON-friendly attribute value (dates and enums as text)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
