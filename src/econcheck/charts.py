"""Charts of claims against the official record: the ONLY module that imports matplotlib.

Figures are built on ``matplotlib.figure.Figure`` directly, never through pyplot, so no GUI
backend or global state is involved; plot functions return the Figure and never save it.
Only ``save_all`` and ``render_images`` write PNG/SVG (files or bytes). Colours are
Okabe-Ito (colour-blind safe) and every mark is also labelled in words.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from pathlib import Path

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from econcheck import chart_data as cd
from econcheck.models import CheckResult, Claim, FetchedSeries, Frequency, Superlative, Verdict
from econcheck.report_text import (
    STATUS_COLOURS,
    data_phrase,
    format_claimed,
    format_number,
    format_span,
    format_value,
    summary_line,
    unit_label,
    with_unit,
)

BLACK, ORANGE, SKY, GREEN = "#000000", "#E69F00", "#56B4E9", "#009E73"
YELLOW, BLUE, VERMILLION, PURPLE, GREY = "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"
SERIES_COLOURS = (BLUE, GREEN, PURPLE, SKY, ORANGE)
CLAIM_COLOUR = VERMILLION
WIDTH_IN, DPI = 8.0, 100  # 800 px wide: legible in a web page column
FORMATS = ("png", "svg")
# Recorded outcomes (e.g. annual, then quarterly growth): black first, then grey and dotted.
_OUTCOME_STYLES = ((BLACK, "-", "s"), ("#666666", ":", "^"), ("#666666", "-.", "v"))
_BOX = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8}
_GAP_ARROW = {"arrowstyle": "->", "color": CLAIM_COLOUR, "ls": ":", "lw": 1.5}


def plot_comparison(
    claim: Claim,
    verdict: Verdict | None,
    series: Sequence[FetchedSeries],
    *,
    ax: Axes | None = None,
) -> Figure:
    """Draw a claim against the series used to check it; return the Figure (not saved).

    Recorded series over a window around the claimed period, the claimed value marked and
    labelled, the tolerance band, the record when a superlative is claimed, and forecast
    vintages against the outcome for forecast claims.
    """
    series = cd.merge_series(series)
    fig, ax = _figure_and_axes(ax, height_in=5.4 if series else 2.4)
    if not series:
        _draw_empty(ax, verdict)
    elif cd.is_forecast_chart(claim, series):
        _draw_forecast(ax, claim, verdict, series)
    else:
        _draw_history(ax, claim, verdict, series)
    ax.set_title(cd.title(claim, verdict), loc="left", fontsize=11)
    _caption(fig, ax, cd.caption(series, verdict))
    return fig


def _num(when: pd.Timestamp) -> float:
    """Return matplotlib's number for a date (``matplotlib.dates`` has no type hints)."""
    return float(mdates.date2num(when))  # type: ignore[no-untyped-call]


def _figure_and_axes(ax: Axes | None, *, height_in: float) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.get_figure(root=True), ax  # type: ignore[return-value]
    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI, layout="constrained")
    return fig, fig.add_subplot()


def _caption(fig: Figure, ax: Axes, text: str) -> None:
    if len(fig.axes) == 1:
        fig.supxlabel(text, x=0.01, ha="left", fontsize=8, color="#333333")
    else:  # a caller's figure with several axes: keep the caption with this axes
        ax.annotate(
            text,
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -36),
            textcoords="offset points",
            fontsize=7,
            va="top",
        )


def _draw_empty(ax: Axes, verdict: Verdict | None) -> None:
    reason = verdict.reason if verdict is not None else "Not checked (claims only)."
    text = "No official series to show.\n" + textwrap.fill(reason, width=70)
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=10, transform=ax.transAxes)
    ax.set_axis_off()


def _draw_line(
    ax: Axes, item: FetchedSeries, frame: pd.DataFrame, colour: str, end: pd.Timestamp
) -> None:
    label = cd.series_label(item)
    if item.frequency is Frequency.EVENT and not frame.empty:
        last = pd.DataFrame({"date": [end], "value": [frame["value"].iloc[-1]]})
        frame = pd.concat([frame, last], ignore_index=True)
        ax.step(frame["date"], frame["value"], where="post", color=colour, lw=2, label=label)
        return
    marker = "" if item.frequency is Frequency.DAILY else "o"
    ax.plot(frame["date"], frame["value"], color=colour, lw=1.8, marker=marker, ms=4, label=label)


def _draw_history(
    ax: Axes, claim: Claim, verdict: Verdict | None, series: tuple[FetchedSeries, ...]
) -> None:
    main = cd.primary_series(series, verdict)
    start, end = cd.window(claim, verdict, main)
    ordered = (main, *(item for item in series if item is not main))
    for item, colour in zip(ordered, SERIES_COLOURS, strict=False):
        _draw_line(ax, item, cd.clip(cd.plotted(item), start, end), colour, end)
        earlier = cd.clip(cd.earlier_estimates(item), start, end)
        if not earlier.empty:
            ax.scatter(
                earlier["date"],
                earlier["value"],
                facecolors="none",
                edgecolors=colour,
                s=24,
                label="earlier estimates",
            )
    ax.set_xlim(_num(start), _num(end))
    span = (start, end)
    _draw_claim(ax, claim, verdict, span)
    _draw_tolerance(ax, verdict, main.unit)
    record = cd.record_point(claim, main)
    if record is not None:
        _draw_record(ax, claim, record, main.unit, span)
    _finish_axes(ax, main.unit)


def _draw_forecast(
    ax: Axes, claim: Claim, verdict: Verdict | None, series: tuple[FetchedSeries, ...]
) -> None:
    start = pd.Timestamp(claim.period.start.year - 3, 1, 1)
    end = pd.Timestamp(claim.period.end.year + 2, 12, 31)
    vintages = [item for item in series if item.vintage]
    for item, colour in zip(vintages, SERIES_COLOURS, strict=False):
        frame = cd.clip(cd.plotted(item), start, end)
        ax.plot(
            frame["date"],
            frame["value"],
            color=colour,
            ls="--",
            marker="o",
            ms=5,
            lw=1.6,
            label=cd.series_label(item),
        )
    outcomes = [item for item in series if not item.vintage]
    for item, (colour, style, marker) in zip(outcomes, _OUTCOME_STYLES, strict=False):
        frame = cd.clip(cd.plotted(item), start, end)
        ax.plot(frame["date"], frame["value"], color=colour, ls=style, lw=2.2, marker=marker, ms=5,
                label=cd.shorten(f"Outcome: {item.name} ({item.publisher})"))  # fmt: skip
    published = _num(pd.Timestamp(claim.published))
    ax.axvline(published, color=GREY, ls=":", lw=1.5, label=f"Article published {claim.published}")
    ax.axvspan(
        _num(pd.Timestamp(claim.period.start)),
        _num(pd.Timestamp(claim.period.end)),
        color=YELLOW,
        alpha=0.35,
        label="Claimed period",
    )
    ax.axhline(0, color=GREY, lw=0.8)
    ax.set_xlim(_num(start), _num(end))
    _draw_claim(ax, claim, verdict, (start, end))
    unit = (vintages or list(series))[0].unit
    _draw_tolerance(ax, verdict, unit)
    _finish_axes(ax, unit)


Span = tuple[pd.Timestamp, pd.Timestamp]


def _mark(
    ax: Axes, point: cd.Point, span: Span, *, style: tuple[str, str, str], text: str, above: bool
) -> None:
    """Draw one labelled mark; labels go left of marks in the right third, else right."""
    marker, colour, label = style
    x = _num(point.when)
    ax.scatter([x], [point.value], marker=marker, s=80, color=colour, edgecolors=BLACK, zorder=6,
               label=label)  # fmt: skip
    start, end = span
    share = (point.when - start) / (end - start) if end > start else 0.5
    dx, ha = (-10, "right") if share > 0.66 else (10, "left")
    ax.annotate(text, xy=(point.when, point.value), xytext=(dx, 9 if above else -9),
                textcoords="offset points", ha=ha, va="bottom" if above else "top",
                fontsize=9, color=colour, bbox=_BOX)  # fmt: skip


def _draw_claim(ax: Axes, claim: Claim, verdict: Verdict | None, span: Span) -> None:
    value = float(claim.value)
    first, last = pd.Timestamp(claim.period.start), pd.Timestamp(claim.period.end)
    if last - first > pd.Timedelta(days=3):
        ax.hlines(value, _num(first), _num(last), color=CLAIM_COLOUR, lw=3)
    point = cd.Point(when=cd.midpoint(claim.period.start, claim.period.end), value=value)
    recorded = cd.recorded_point(verdict)
    above = recorded is None or value >= recorded.value
    if recorded is not None and abs((point.when - recorded.when).days) < 40:
        ax.annotate("", xy=(recorded.when, value), xytext=(recorded.when, recorded.value),
                    arrowprops=_GAP_ARROW)  # fmt: skip
    _mark(ax, point, span, style=("D", CLAIM_COLOUR, "Claimed"), above=above,
          text=f"Claimed: {format_claimed(claim)}")  # fmt: skip
    if recorded is not None and verdict is not None and verdict.observed is not None:
        when = format_span(verdict.observed.start, verdict.observed.end)
        text = f"Recorded: {format_value(recorded.value, claim.unit)} ({when})"
        # Label into the empty gap towards the claim, unless the two marks nearly touch.
        bottom, top = ax.get_ylim()
        near = abs(value - recorded.value) < 0.15 * (top - bottom)
        _mark(ax, recorded, span, style=("o", BLUE, "Recorded"), above=above != near, text=text)


def _draw_tolerance(ax: Axes, verdict: Verdict | None, unit: str) -> None:
    tol = verdict.tolerance if verdict is not None else None
    if tol is None or (tol.lower is None and tol.upper is None):
        return
    bottom, top = ax.get_ylim()
    lower = tol.lower if tol.lower is not None else min(bottom, tol.upper or bottom)
    upper = tol.upper if tol.upper is not None else max(top, lower)
    if tol.lower is not None and tol.upper is not None:
        band = f"{format_number(tol.lower)} to {format_number(tol.upper)}"
    else:  # one-sided: "past 19%" matches anything from 19 up
        band = f"≥ {format_number(lower)}" if tol.upper is None else f"≤ {format_number(upper)}"
    label = "Match band: " + with_unit(band, unit_label(unit))
    ax.axhspan(lower, upper, color=GREY, alpha=0.3, lw=0, label=label, zorder=0)


def _draw_record(ax: Axes, claim: Claim, record: cd.Point, unit: str, span: Span) -> None:
    high = claim.superlative is Superlative.RECORD_HIGH
    since = f" since {claim.superlative_since}" if claim.superlative_since else ""
    label = f"Record {'high' if high else 'low'}{since}"
    text = f"{label}: {format_value(record.value, unit)} ({record.when.date().isoformat()})"
    _mark(ax, record, span, style=("^" if high else "v", BLACK, label), above=high, text=text)


def _finish_axes(ax: Axes, unit: str) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.set_ylabel(unit_label(unit))
    ax.margins(y=0.12)  # room for the labels above and below the marks
    ax.grid(alpha=0.3)
    # Below the plot, so the legend never hides data or labels (constrained layout makes room).
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=2, fontsize=8, frameon=False)


def plot_summary(result: CheckResult) -> Figure:
    """Draw claimed against recorded values: a dumbbell per claim, one panel per unit."""
    groups = cd.summary_groups(result)
    rows = sum(len(group) for group in groups.values())
    fig = Figure(
        figsize=(WIDTH_IN, 1.6 + 0.45 * rows + 0.6 * len(groups)), dpi=DPI, layout="constrained"
    )
    fig.suptitle(textwrap.fill(summary_line(result), width=80), fontsize=11, x=0.01, ha="left")
    if not groups:
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, "No claims found.", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ratios = [len(group) + 1 for group in groups.values()]
    axes = fig.subplots(len(groups), 1, squeeze=False, height_ratios=ratios)[:, 0]
    for ax, (unit, group) in zip(axes, groups.items(), strict=True):
        _draw_dumbbells(ax, unit, group)
    axes[0].legend(
        handles=_summary_legend(),
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=2,
        fontsize=8,
        frameon=False,
    )
    source = data_phrase(result.data_mode, result.snapshot_as_of)
    fig.supxlabel(
        f"Data: {source or 'none fetched'}. Chart: econcheck.", x=0.01, ha="left", fontsize=8
    )
    return fig


def _draw_dumbbells(ax: Axes, unit: str, group: list[cd.SummaryRow]) -> None:
    ys = list(range(len(group)))[::-1]  # first claim on top
    for y, row in zip(ys, group, strict=True):
        colour = STATUS_COLOURS.get(row.status, GREY)
        if row.recorded is not None:
            ax.plot([row.recorded, row.claimed], [y, y], color=colour, lw=4, alpha=0.85, zorder=1)
            # drawn over the (larger) claimed diamond so a match still shows both marks
            ax.scatter(
                [row.recorded], [y], marker="o", s=40, color=BLUE, edgecolors=BLACK, zorder=4
            )
        ax.scatter([row.claimed], [y], marker="D", s=80, color="white", edgecolors=BLACK, zorder=3)
        ax.annotate(
            row.note,
            xy=(1.01, y),
            xycoords=("axes fraction", "data"),
            va="center",
            fontsize=9,
            color=BLACK,
            annotation_clip=False,
        )
    ax.set_yticks(ys, [row.label for row in group], fontsize=9)
    ax.set_ylim(-0.7, len(group) - 0.3)
    ax.set_xlabel(unit)
    ax.margins(x=0.08)
    ax.grid(axis="x", alpha=0.3)


def _summary_legend() -> list[Line2D]:
    def marker(shape: str, colour: str, label: str) -> Line2D:
        return Line2D([], [], ls="", marker=shape, ms=7, color=colour, mec=BLACK, label=label)

    # The claimed mark is white here: the bar between the marks carries the status colour.
    return [marker("D", "white", "Claimed"), marker("o", BLUE, "Recorded")]


def figure_bytes(fig: Figure, fmt: str = "png") -> bytes:
    """Return the figure rendered as PNG or SVG bytes (SVG without a timestamp)."""
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
    return buffer.getvalue()


def render_images(result: CheckResult, fmt: str = "png") -> dict[str, bytes]:
    """Return each claim's chart (keyed by claim id) and the summary (``summary``) as bytes."""
    images = {"summary": figure_bytes(plot_summary(result), fmt)}
    for claim, verdict in zip(result.claims, result.verdicts, strict=True):
        fig = plot_comparison(claim, verdict, result.series.get(claim.id, ()))
        images[claim.id] = figure_bytes(fig, fmt)
    return images


def save_all(result: CheckResult, out_dir: Path, *, formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write a PNG and an SVG per claim (``claim-01-<id>``) and of the summary; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = {"summary": plot_summary(result)}
    for index, (claim, verdict) in enumerate(zip(result.claims, result.verdicts, strict=True), 1):
        figures[cd.chart_name(index, claim)] = plot_comparison(
            claim, verdict, result.series.get(claim.id, ())
        )
    paths = []
    for stem, fig in figures.items():
        for fmt in formats:
            path = out_dir / f"{stem}.{fmt}"
            path.write_bytes(figure_bytes(fig, fmt))
            paths.append(path)
    return paths
