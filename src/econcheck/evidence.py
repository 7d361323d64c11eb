"""Targets + fetched series -> evidence: one computable track per reading, or why there is none.

A *group* is the set of targets that together give one reading: usually one target;
the two legs of a cross rate; or the releases (vintages) of one forecaster, which are
merged so that the figure known at the article's date and the latest one can be told apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from econcheck.errors import CacheMiss, SeriesNotFound
from econcheck.models import (
    CheckKind,
    ClaimPlan,
    FetchedSeries,
    Frequency,
    SeriesRequest,
    Target,
    VerdictStatus,
)
from econcheck.observations import as_timestamps, derive, to_daily
from econcheck.readings import DAILY_READINGS, Reading
from econcheck.releases import FORECASTER_NAMES, SEASONAL_REVISIONS, vintage_published

Fetched = Mapping[SeriesRequest, FetchedSeries | Exception]

# A daily record is trusted for this many days after the last one (CBR New-Year gap: 12).
DAILY_MAX_CARRY_DAYS = 15
# Policy decisions take effect up to a week after they are announced (ECB: next Wednesday).
EVENT_EFFECT_DAYS = 7
# Figures the publisher rounds before publishing: compare at the published precision.
PUBLISHED_DECIMALS = {"IMF": 1}
_CROSS = frozenset({Reading.CROSS_QUOTE, Reading.CROSS_BASE})


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    """Targets that together give one reading (``is_alternative``: listed, never decisive)."""

    kind: CheckKind
    reading: Reading
    targets: tuple[Target, ...]
    is_alternative: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Track:
    """A computable series: either records carried forward (daily) or period rows."""

    frame: pd.DataFrame
    frequency: Frequency
    is_daily: bool
    max_carry_days: int | None = None
    effect_days: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """A group's track and the fetched series behind it."""

    group: Group
    track: Track
    series: tuple[FetchedSeries, ...]
    label: str
    derived: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)
    # a seasonally adjusted series revised after publication (releases.SEASONAL_REVISIONS)
    seasonally_revised: bool = False
    # a forecaster's estimate of an outcome (a WEO figure for a year over when it came out), not
    # the national statistics office's own figure
    is_estimate: bool = False
    # (year, release, value) a release projected for a year not over when it came out: set
    # aside from an outcome check, named when nothing else covers the claim
    projections: tuple[tuple[int, str, float], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Missing:
    """Why a group gave no evidence: a failed source (error) or no such series (unverifiable)."""

    group: Group
    status: VerdictStatus
    reason: str


def make_groups(plan: ClaimPlan, kind: CheckKind) -> list[Group]:
    """Return the reading groups of the plan's targets of one kind, in plan order."""
    grouped: dict[tuple[str, str, bool], list[Target]] = {}
    for target in plan.targets:
        if target.kind is not kind:
            continue
        reading = Reading(target.reading)
        if reading in _CROSS:
            key = ("cross", "", target.is_alternative)
        else:
            key = (reading.value, target.forecaster or target.request.key, target.is_alternative)
        grouped.setdefault(key, []).append(target)
    return [
        Group(
            kind=kind,
            reading=Reading(targets[0].reading),
            targets=tuple(targets),
            is_alternative=targets[0].is_alternative,
        )
        for targets in grouped.values()
    ]


def _failure(target: Target, item: Exception | None) -> Missing:
    group = Group(
        kind=target.kind,
        reading=Reading(target.reading),
        targets=(target,),
        is_alternative=target.is_alternative,
    )
    where = f"{target.request.source} series {target.request.series}"
    if item is None:
        return Missing(group=group, status=VerdictStatus.ERROR, reason=f"{where} was not fetched")
    if isinstance(item, SeriesNotFound | CacheMiss):
        # a series the publisher lacks, or one an offline run cannot reach: nothing failed
        return Missing(group=group, status=VerdictStatus.UNVERIFIABLE, reason=f"{where}: {item}")
    return Missing(group=group, status=VerdictStatus.ERROR, reason=f"{where} failed: {item}")


def _regroup(group: Group, failed: Missing) -> Missing:
    return Missing(group=group, status=failed.status, reason=failed.reason)


def _numeric(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["date"] = as_timestamps(out["date"]).to_numpy()
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    return out.dropna(subset=["date", "value"]).sort_values("date", kind="stable")


def _daily_track(frame: pd.DataFrame, series: FetchedSeries) -> Track:
    is_event = series.frequency is Frequency.EVENT
    return Track(
        frame=frame,
        frequency=series.frequency,
        is_daily=True,
        max_carry_days=None if is_event else DAILY_MAX_CARRY_DAYS,
        effect_days=EVENT_EFFECT_DAYS if is_event else 0,
    )


_NO_ROWS = pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "value": []})


def _cross_frame(quote: pd.DataFrame, base: pd.DataFrame) -> pd.DataFrame:
    """Return the daily ratio of two reference rates over the days both cover (maybe none)."""
    if quote.empty or base.empty:  # a period before either series starts (1985 for ECB legs)
        return _NO_ROWS.copy()
    start = max(quote["date"].min(), base["date"].min()).date()
    end = min(quote["date"].max(), base["date"].max()).date()
    if end < start:
        return _NO_ROWS.copy()
    days = {
        name: to_daily(frame, start=start, end=end, max_carry_days=DAILY_MAX_CARRY_DAYS)
        for name, frame in (("quote", quote), ("base", base))
    }
    joined = days["quote"].merge(days["base"], on="date", suffixes=("_q", "_b"))
    ratio = _significant(joined["value_q"] / joined["value_b"])
    return pd.DataFrame({"date": joined["date"], "value": ratio})


def _significant(values: pd.Series, digits: int = 8) -> pd.Series:
    """Round to ``digits`` significant digits: a cross rate keeps its precision whatever its
    size (0.00085 USD per KRW as well as 149.27 JPY per USD) without float noise.

    >>> _significant(pd.Series([149.27340000001, 0.000854321987654])).tolist()
    [149.2734, 0.00085432199]
    """
    magnitude = np.floor(np.log10(values.abs().where(values != 0, 1.0)))
    scale = pd.Series(10.0 ** (digits - 1 - magnitude), index=values.index)
    rounded: pd.Series = (values * scale).round() / scale
    return rounded


def _series_label(series: FetchedSeries) -> str:
    return series.name or series.request.key


def _cross_evidence(group: Group, fetched: Fetched) -> Evidence | Missing:
    legs = {Reading(t.reading): t for t in group.targets}
    if set(legs) != _CROSS:
        reason = "a cross rate needs both legs (quote and base currency per EUR)"
        return Missing(group=group, status=VerdictStatus.UNVERIFIABLE, reason=reason)
    quote = fetched.get(legs[Reading.CROSS_QUOTE].request)
    base = fetched.get(legs[Reading.CROSS_BASE].request)
    if not isinstance(quote, FetchedSeries):
        return _regroup(group, _failure(legs[Reading.CROSS_QUOTE], quote))
    if not isinstance(base, FetchedSeries):
        return _regroup(group, _failure(legs[Reading.CROSS_BASE], base))
    frame = _cross_frame(_numeric(quote.frame), _numeric(base.frame))
    track = Track(
        frame=frame, frequency=Frequency.DAILY, is_daily=True, max_carry_days=DAILY_MAX_CARRY_DAYS
    )
    label = (
        f"cross rate derived from two {quote.publisher} reference rates "
        f"({quote.request.series} / {base.request.series})"
    )
    return Evidence(group=group, track=track, series=(quote, base), label=label, derived=True)


def _single_evidence(group: Group, series: FetchedSeries) -> Evidence:
    frame = _numeric(series.frame)
    reading = group.reading
    if reading in DAILY_READINGS:
        if reading is Reading.INVERTED:
            frame = frame.assign(value=1.0 / frame["value"])
        label = reading.value if reading is Reading.IN_FORCE else "inverse of the official rate"
        return Evidence(
            group=group,
            track=_daily_track(frame, series),
            series=(series,),
            label=label,
            derived=reading is Reading.INVERTED,
        )
    computed = derive(frame, reading)
    if computed is not None:
        track = Track(frame=computed[0], frequency=computed[1], is_daily=False)
        revised = SEASONAL_REVISIONS.get(series.request.key)
        return Evidence(
            group=group,
            track=track,
            series=(series,),
            label=reading.value,
            derived=True,
            notes=(f"seasonally adjusted: {revised}",) if revised else (),
            seasonally_revised=revised is not None,
        )
    track = Track(frame=frame, frequency=series.frequency, is_daily=False)
    return Evidence(group=group, track=track, series=(series,), label=reading.value)


def _vintage_frame(
    target: Target, series: FetchedSeries, kind: CheckKind
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return a release's rows usable for ``kind``, and its projections set aside for an
    outcome check (shown in the reason, never compared)."""
    frame = _numeric(series.frame)
    vintage = target.vintage or series.vintage or ""
    decimals = PUBLISHED_DECIMALS.get(target.request.source)
    if decimals is not None:
        frame = frame.assign(value=frame["value"].map(lambda v: _round_half_up(v, decimals)))
    projected = frame.iloc[0:0]
    if kind in (CheckKind.FORECAST_OUTCOME, CheckKind.VALUE) and vintage:
        # A release's figure for a year that had ended is an estimate of the outcome; one for
        # the current or a later year is a projection, which cannot check an outcome claim
        # ("average inflation reached 0.9% in 2024" against October 2024's 1.7% for 2024).
        ended = frame["date"].dt.year < int(vintage[:4])
        frame, projected = frame[ended], frame[~ended]
    published = vintage_published(target.forecaster or "IMF", vintage) if vintage else None
    as_of = as_timestamps([published] * len(frame)).to_numpy()
    return frame.assign(vintage=vintage, as_of=as_of), projected


def _round_half_up(value: float, decimals: int) -> float:
    """Round as publishers do (3.625 -> 3.6, 1.35 -> 1.4), not to even.

    >>> _round_half_up(3.625, 1), _round_half_up(1.35, 1)
    (3.6, 1.4)
    """
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def _vintage_evidence(group: Group, fetched: Fetched) -> Evidence | Missing:
    frames: list[pd.DataFrame] = []
    used: list[FetchedSeries] = []
    notes: list[str] = []
    projections: list[tuple[int, str, float]] = []
    failures: list[Missing] = []
    for target in group.targets:
        item = fetched.get(target.request)
        if not isinstance(item, FetchedSeries):
            failures.append(_failure(target, item))
            notes.append(f"release {target.vintage} unavailable")
            continue
        frame, projected = _vintage_frame(target, item, group.kind)
        frames.append(frame)
        projections.extend(
            (stamp.year, target.vintage or "", float(value))
            for stamp, value in zip(projected["date"], projected["value"], strict=True)
        )
        used.append(item)
    if not used:
        return _regroup(group, max(failures, key=lambda f: f.status.severity))
    frame = pd.concat(frames, ignore_index=True).sort_values(["date", "as_of"], kind="stable")
    track = Track(frame=frame, frequency=Frequency.ANNUAL, is_daily=False)
    forecaster = group.targets[0].forecaster or ""
    label = FORECASTER_NAMES.get(forecaster, forecaster)
    if len(group.targets) == 1 and group.targets[0].vintage:
        label = f"{label} {group.targets[0].vintage}"
    if PUBLISHED_DECIMALS.get(group.targets[0].request.source):
        notes.append("compared at the 1-decimal rounding the IMF publishes")
    is_estimate = group.kind is CheckKind.VALUE
    if is_estimate:
        notes.append(
            f"the {FORECASTER_NAMES.get(forecaster, forecaster)}'s figure is its estimate of the "
            "outcome, not the national statistics office's own, which may differ and is revised"
        )
    return Evidence(
        group=group,
        track=track,
        series=tuple(used),
        label=label,
        notes=tuple(notes),
        projections=tuple(projections),
        is_estimate=is_estimate,
    )


def gather(group: Group, fetched: Fetched) -> Evidence | Missing:
    """Return the evidence of one group, or why there is none."""
    if group.reading in _CROSS:
        return _cross_evidence(group, fetched)
    if group.targets[0].vintage is not None:
        return _vintage_evidence(group, fetched)
    target = group.targets[0]
    item = fetched.get(target.request)
    if not isinstance(item, FetchedSeries):
        return _regroup(group, _failure(target, item))
    return _single_evidence(group, item)


def gather_all(plan: ClaimPlan, kind: CheckKind, fetched: Fetched) -> list[Evidence | Missing]:
    """Return evidence (or the reason for none) for every reading group of one kind."""
    return [gather(group, fetched) for group in make_groups(plan, kind)]


def split_alternatives(
    items: Sequence[Evidence | Missing],
) -> tuple[list[Evidence | Missing], list[Evidence | Missing]]:
    """Return the decisive items (the claim's own readings) and the alternative ones."""
    primary = [item for item in items if not item.group.is_alternative]
    return primary, [item for item in items if item.group.is_alternative]


def evidence_only(items: Sequence[Evidence | Missing]) -> list[Evidence]:
    """Return the items that are evidence."""
    return [item for item in items if isinstance(item, Evidence)]


def missing_only(items: Sequence[Evidence | Missing]) -> list[Missing]:
    """Return the items that are missing."""
    return [item for item in items if isinstance(item, Missing)]
