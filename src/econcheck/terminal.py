"""Rich tables for the terminal: verdicts, claims, series, sources and the cache; pure.

Each function returns a renderable; the CLI prints it. Tables fit 100 columns, and a
status is shown as its word in an Okabe-Ito colour, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group, RenderableType
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from econcheck.models import CheckResult, Claim, SeriesInfo, SeriesRequest
from econcheck.report_text import (
    claim_label,
    format_claimed,
    format_deviation,
    format_observed,
    format_period,
    format_recorded,
    snapshot_notice,
    status_word,
    summary_line,
)

if TYPE_CHECKING:  # importing sources/ would load every fetcher; pandas is not needed to extract
    import pandas as pd

    from econcheck.sources.base import Source

MAX_WIDTH = 100

#: Terminal styles: Okabe-Ito hues whose 16-colour fallbacks stay apart (no red/green pair);
#: a contradiction is also upper-case and reversed, so it stands out without colour.
STATUS_STYLES: dict[str, str] = {
    "match": "bold #0072B2",
    "close": "bold #56B4E9",
    "contradicted": "bold reverse #D55E00",
    "unverifiable": "bold #E69F00",
    "error": "bold #CC79A7",
    "unchecked": "dim",
}


def status_text(status: str) -> Text:
    """Return the status word in its style (``CONTRADICTED`` upper-case and reversed)."""
    word = status.upper() if status == "contradicted" else status
    return Text(word, style=STATUS_STYLES.get(status, "bold"))


def render_table(result: CheckResult) -> Table:
    """Return one row per claim: the claim, claimed and recorded values, status and source.

    The full reason of each verdict is too long for a cell; ``render_reasons`` lists them below.
    """
    # expand: the ratios share the width (the console is at most MAX_WIDTH columns)
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Claim", ratio=4, min_width=12, overflow="fold")
    table.add_column("Claimed", ratio=2, min_width=12, overflow="fold")  # an ISO date fits
    table.add_column("Recorded", ratio=2, min_width=13, overflow="fold")
    table.add_column("Status", no_wrap=True)
    table.add_column("Source", ratio=3, overflow="fold")
    pairs = zip(result.claims, result.verdicts, strict=True)
    for index, (claim, verdict) in enumerate(pairs, 1):
        claim_cell = Text(claim_label(claim, width=60), style="bold")
        claim_cell.append(f"\n{format_period(claim)}", style="dim")
        recorded = Text(format_recorded(verdict, claim.unit))
        observed = format_observed(verdict)
        recorded.append(f"\n{observed}" if observed else "", style="dim")
        status = status_text(status_word(verdict))
        deviation = format_deviation(verdict)
        status.append(f"\n{deviation}" if deviation else "", style="default")
        source = Text(verdict.publisher or "" if verdict is not None else "")
        if verdict is not None and verdict.data_mode is not None:
            source.append(f"\n{verdict.data_mode.value}", style="dim")
        claimed = Text(format_claimed(claim))
        table.add_row(str(index), claim_cell, claimed, recorded, status, source)
    return table


def render_reasons(result: CheckResult) -> Text:
    """Return each verdict's plain-sentence reason, numbered like the table rows."""
    text = Text()
    for index, verdict in enumerate(result.verdicts, 1):
        if verdict is None:
            continue
        text.append(f"{index}. ", style="bold")
        text.append(status_text(verdict.status.value))
        text.append(f": {verdict.reason}\n")
    return text


def render_check(result: CheckResult) -> RenderableType:
    """Return the verdict table and, when data came from the snapshot, a notice saying so.

    Print ``summary_text(result)`` after it: the output ends with the one-line summary.
    """
    parts: list[RenderableType] = []
    if result.claims:
        parts.append(render_table(result))
        parts.append(render_reasons(result))
    notice = snapshot_notice(result)
    if notice:
        parts.append(Text(notice, style="italic"))
    return Group(*parts)


def summary_text(result: CheckResult) -> Text:
    """Return the one-line summary; print it with ``soft_wrap=True`` so it never wraps."""
    return Text(summary_line(result), style="bold")


def render_claims(claims: Sequence[Claim]) -> Table:
    """Return the claims ``extract`` found: indicator, value, period, and who said it."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Claim", ratio=3, overflow="fold")
    table.add_column("Indicator", ratio=2, min_width=17, overflow="fold")
    table.add_column("Value", ratio=2, overflow="fold")
    table.add_column("Period", ratio=2, overflow="fold")
    table.add_column("Notes", ratio=3, overflow="fold")
    for index, claim in enumerate(claims, 1):
        what = claim.indicator.value.replace("_", " ")
        where = claim.country or (f"{claim.base}/{claim.quote}" if claim.base else "")
        notes = [claim.horizon.value, claim.measure.value]
        notes += [f"by {claim.attributed_to}"] if claim.attributed_to else []
        notes += [claim.superlative.value.replace("_", " ")] if claim.superlative else []
        cells = (f"{what} {where}".strip(), format_claimed(claim), format_period(claim))
        table.add_row(
            str(index),
            Text(claim_label(claim, width=60), style="bold"),
            *(Text(cell) for cell in cells),
            Text(", ".join(notes)),
        )
    return table


def render_series(frame: pd.DataFrame, *, rows: int = 20) -> RenderableType:
    """Return a fetched series: provenance from ``frame.attrs``, then the first and last rows."""
    attrs = frame.attrs
    head = Text(f"{attrs.get('publisher', '')}: {attrs.get('name', '')}", style="bold")
    head.append(
        f"\n{attrs.get('source', '')}/{attrs.get('series', '')}; unit: {attrs.get('unit', '')}; "
        f"data: {attrs.get('data_mode', '')}; retrieved {attrs.get('retrieved_at', '')}",
        style="dim",
    )
    import pandas as pd  # lazily: `econcheck extract` never needs pandas

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for column in frame.columns:
        table.add_column(str(column), justify="right" if column == "value" else "left")
    shown = (
        frame if len(frame) <= rows else pd.concat([frame.head(rows // 2), frame.tail(rows // 2)])
    )
    for position, (_, row) in enumerate(shown.iterrows()):
        if len(frame) > rows and position == rows // 2:
            table.add_row(*(["…"] * len(frame.columns)))
        table.add_row(*(Text(_cell(value)) for value in row))
    foot = Text(f"{len(frame)} observations", style="dim")
    return Group(head, table, foot)


def _cell(value: object) -> str:
    import pandas as pd

    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def render_sources(sources: Sequence[Source]) -> RenderableType:
    """Return one table per source: its series, aliases, frequency and coverage."""
    parts: list[RenderableType] = []
    for source in sources:
        title = Text(f"{source.id}: {source.name}", style="bold")
        title.append(f"\n{source.docs_url}", style="dim")
        parts.append(title)
        catalog = source.series_catalog()
        if catalog:
            parts.append(_catalog_table(catalog))
    return Group(*parts)


def _catalog_table(catalog: Sequence[SeriesInfo]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for name, ratio in (
        ("Series", 3),
        ("Name", 4),
        ("Aliases", 2),
        ("Frequency", 1),
        ("Coverage", 2),
    ):
        table.add_column(name, ratio=ratio, overflow="fold")
    for info in catalog:
        coverage = "" if info.coverage is None else f"{info.coverage.start} to {info.coverage.end}"
        key = f"{info.source}/{info.series}" if info.source else info.series
        cells = (key, info.name, ", ".join(info.aliases), info.frequency.value, coverage)
        table.add_row(*(Text(cell) for cell in cells))
    return table


def render_cache(info: object) -> RenderableType:
    """Return what the cache holds per source (``sources.cache.CacheInfo``)."""
    data_dir = getattr(info, "data_dir", "")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, title=f"Cache in {data_dir}")
    for name in ("Source", "Responses", "Raw bytes", "Frames", "Frame bytes", "Newest"):
        table.add_column(name, justify="left" if name in {"Source", "Newest"} else "right")
    for row in getattr(info, "sources", ()):
        newest = row.newest.isoformat(timespec="seconds") if row.newest else ""
        table.add_row(row.source, str(row.responses), f"{row.raw_bytes:,}", str(row.frames),
                      f"{row.processed_bytes:,}", newest)  # fmt: skip
    total = getattr(info, "total_bytes", 0)
    return Group(table, Text(f"{total:,} bytes in total", style="dim"))


@contextmanager
def fetch_progress(console: Console) -> Iterator[Callable[[SeriesRequest], None]]:
    """Show a transient spinner with a count of series fetched, on terminals only.

    Yields the callback ``pipeline.check_text(progress=...)`` calls as each series arrives.
    """
    if not console.is_terminal:
        yield lambda _request: None
        return
    columns = (SpinnerColumn(), TextColumn("fetching official series: {task.completed} done"),
               TextColumn("[dim]{task.description}"))  # fmt: skip
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=None)

        def advance(request: SeriesRequest) -> None:
            bar.update(task, advance=1, description=request.key)

        yield advance
