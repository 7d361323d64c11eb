"""Set observations against a band: the judged reading, the best one, no-data outcomes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from econcheck.evidence import Evidence, Fetched, Missing, evidence_only
from econcheck.market_swing import level_market_band
from econcheck.models import (
    Alternative,
    Check,
    CheckKind,
    Claim,
    ClaimPlan,
    FetchedSeries,
    Indicator,
    Measure,
    Period,
    VerdictStatus,
)
from econcheck.observations import Observation, all_rows, in_force, select_rows
from econcheck.readings import Reading
from econcheck.settings import Settings
from econcheck.tolerance import Band, classify, deviation, nearest
from econcheck.wording import fmt_period, join_clauses, source_text

_RANK = {VerdictStatus.MATCH: 0, VerdictStatus.CLOSE: 1, VerdictStatus.CONTRADICTED: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class Judged:
    """One reading's figures set against the claim's band."""

    evidence: Evidence
    label: str
    observations: tuple[Observation, ...]
    status: VerdictStatus
    band: Band
    recorded: float
    low: float
    high: float
    deviation: float
    deviation_unit: str

    @property
    def observed(self) -> Period:
        """Return the span of the observations used."""
        return Period(
            start=min(o.period.start for o in self.observations),
            end=max(o.period.end for o in self.observations),
        )


def used_series(judged: Judged) -> tuple[FetchedSeries, ...]:
    """Return the series a reading's figures came from (for merged releases, those used)."""
    vintages = {o.vintage for o in judged.observations if o.vintage}
    found = tuple(s for s in judged.evidence.series if s.vintage in vintages)
    return found or judged.evidence.series


def source_label(judged: Judged) -> str:
    """Name where a reading's figures come from (a derived cross rate says so)."""
    evidence = judged.evidence
    if len(evidence.series) > 1 and evidence.derived:
        return f"{evidence.series[0].publisher}, {evidence.label}"
    return source_text(used_series(judged))


def primary_series(judged: Judged, recorded: float | None) -> FetchedSeries:
    """Return the series of the reported figure (the release it was published in)."""
    vintage = next(
        (o.vintage for o in judged.observations if o.vintage and o.value == recorded), None
    )
    found = [s for s in judged.evidence.series if vintage and s.vintage == vintage]
    return found[0] if found else used_series(judged)[0]


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """One check and, when figures were found, the reading behind it."""

    check: Check
    judged: Judged | None = None
    alternatives: tuple[Alternative, ...] = ()
    used: tuple[FetchedSeries, ...] = ()
    span: tuple[float, float] | None = None


def observe(evidence: Evidence, period: Period, *, last_only: bool = False) -> list[Observation]:
    """Return the evidence's figures for ``period`` (records in force, or period rows)."""
    track = evidence.track
    if track.is_daily:
        span = Period(start=period.start, end=period.end + dt.timedelta(days=track.effect_days))
        return in_force(track.frame, span, max_carry_days=track.max_carry_days)
    return select_rows(all_rows(track.frame, track.frequency), period, last_only=last_only)


def representative(observations: Sequence[Observation], band: Band, published: dt.date) -> float:
    """Return the figure to report: for one period, the one known at publication, else latest.

    Several periods (a vague period or several quarters) report the figure nearest the claim.
    """
    if len({o.period for o in observations}) > 1:
        return nearest([o.value for o in observations], band)
    known = [o for o in observations if o.as_of is not None and o.as_of <= published]
    return (known or list(observations))[-1].value


def judge(
    claim: Claim,
    evidence: Evidence,
    observations: Sequence[Observation],
    band: Band,
    *,
    label: str | None = None,
) -> Judged:
    """Return the reading's status, recorded figure and deviation."""
    values = [o.value for o in observations]
    close_to_claim = nearest(values, band)
    return Judged(
        evidence=evidence,
        label=label or evidence.label,
        observations=tuple(observations),
        status=classify(min(values), max(values), band),
        band=band,
        recorded=representative(observations, band, claim.published),
        low=min(values),
        high=max(values),
        deviation=deviation(band.claimed, close_to_claim, relative=band.relative),
        deviation_unit="pct" if band.relative else "pp",
    )


def pick_best(judged: Sequence[Judged]) -> tuple[Judged, tuple[Alternative, ...]]:
    """Return the reading closest to the claim and the others as alternatives."""
    best = min(judged, key=lambda j: (_RANK.get(j.status, 3), abs(j.deviation)))
    others = tuple(
        Alternative(reading=j.label, recorded=j.recorded) for j in judged if j is not best
    )
    return best, others


def distinct_labels(items: Sequence[tuple[Evidence, str]]) -> list[str]:
    """Return labels made unique by naming the series where two readings share a label."""
    labels = [label for _, label in items]
    return [
        f"{label}: {evidence.series[0].name}" if labels.count(label) > 1 else label
        for evidence, label in items
    ]


def last_only(claim: Claim, reading: Reading, *, whole_years: bool) -> bool:
    """Return True when only the last period counts (year-to-date; a year's y/y is December's)."""
    if reading is Reading.YTD:
        return True
    return whole_years and reading in (Reading.YOY, Reading.INDEX_YOY)


def no_data(
    kind: CheckKind,
    claim: Claim,
    missing: Sequence[Missing],
    empty: Sequence[Evidence],
    *,
    what: str = "figure",
) -> Outcome:
    """Return the outcome of a check that found no figure: error if a source failed."""
    status = VerdictStatus.UNVERIFIABLE
    if any(m.status is VerdictStatus.ERROR for m in missing):
        status = VerdictStatus.ERROR
    clauses = [
        f"No official {what} for {fmt_period(claim.period)} in {source_text(ev.series)}"
        + _coverage(ev, claim.period)
        + _projected(ev, claim.period)
        for ev in empty
    ]
    clauses += [m.reason for m in missing]
    if not clauses:
        clauses = [f"No series could be used to check this claim for {fmt_period(claim.period)}"]
    check = Check(kind=kind, status=status, recorded=None, reason=join_clauses(clauses))
    return Outcome(check=check, used=tuple(s for ev in empty for s in ev.series))


def _projected(evidence: Evidence, period: Period) -> str:
    """Name what the releases only projected for the period (never compared with an outcome).

    >>> from econcheck.evidence import Track
    >>> import pandas as pd
    >>> from econcheck.models import Frequency
    >>> track = Track(frame=pd.DataFrame({"date": [], "value": []}), frequency=Frequency.ANNUAL,
    ...               is_daily=False)
    >>> ev = Evidence(group=None, track=track, series=(), label="",  # type: ignore[arg-type]
    ...               projections=((2024, "2024-10", 1.7), (2025, "2024-10", 2.1)))
    >>> _projected(ev, Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)))
    '; the releases held only project it (2024-10: 1.7%), and a projection is not the outcome'
    """
    found = [
        f"{vintage}: {value:g}%"
        for year, vintage, value in evidence.projections
        if period.start.year <= year <= period.end.year
    ]
    if not found:
        return ""
    return (
        f"; the releases held only project it ({', '.join(found)}), and a projection is not "
        "the outcome"
    )


def _coverage(evidence: Evidence, period: Period) -> str:
    dates = evidence.track.frame["date"]
    if dates.empty:
        return " (the series returned no figures for the period)"
    first, last = dates.min().date(), dates.max().date()
    if last < period.start:
        return f" (its latest figure is of {last})"
    if first > period.end:
        return f" (its figures start on {first})"
    return f" (it has figures from {first} to {last}, none for this period)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """Everything a check needs: the claim, its plan, the fetched series and the settings."""

    claim: Claim
    plan: ClaimPlan
    fetched: Fetched
    settings: Settings


def is_whole_years(period: Period) -> bool:
    """Return True when the period is one or more whole calendar years."""
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1,
        1,
        12,
        31,
    )


def period_mean(observations: Sequence[Observation]) -> list[Observation]:
    """Return the mean of the latest quarterly y/y figures: the period's approximate growth.

    Growth of a half-year over the same half a year earlier is close to the mean of its
    quarters' y/y rates (exact when the quarters are of equal size).
    """
    latest: dict[Period, Observation] = {}
    for obs in observations:
        latest[obs.period] = obs
    if len(latest) < 2:
        return []
    values = [o.value for o in latest.values()]
    span = Period(start=min(p.start for p in latest), end=max(p.end for p in latest))
    mean = round(sum(values) / len(values), 1)
    return [Observation(period=span, value=mean, estimate=f"mean of {len(values)} quarters")]


def _is_rate_average(claim: Claim) -> bool:
    return claim.measure is Measure.ANNUAL_AVG and claim.indicator in (
        Indicator.FX_RATE,
        Indicator.POLICY_RATE,
    )


_AVERAGE_COVERAGE = 0.9


def time_weighted_mean(observations: Sequence[Observation], period: Period) -> list[Observation]:
    """Return the average of a daily rate over ``period``, each record weighted by the days it
    was in force ("the key rate averaged 17.5% in 2024"); none when the records cover less than
    nine tenths of the period (an average of a year not over yet is not recorded)."""
    weighted, covered = 0.0, 0
    for obs in observations:
        start, end = max(obs.period.start, period.start), min(obs.period.end, period.end)
        days = (end - start).days + 1
        if days > 0:
            weighted += obs.value * days
            covered += days
    if not covered or covered < _AVERAGE_COVERAGE * ((period.end - period.start).days + 1):
        return []
    mean = weighted / covered
    note = f"{_TIME_WEIGHTED} of {len(observations)} records over {covered} days"
    return [Observation(period=period, value=mean, estimate=note)]


_TIME_WEIGHTED = "time-weighted mean"


def is_time_weighted_mean(obs: Observation) -> bool:
    """Return True for an observation ``time_weighted_mean`` made (a period's average)."""
    return obs.record_date is None and (obs.estimate or "").startswith(_TIME_WEIGHTED)


def judge_all(
    ctx: Context, items: Sequence[Evidence | Missing], band: Band
) -> tuple[list[Judged], list[Evidence]]:
    """Return each evidence's judged reading over the claim's period, and those with no figure."""
    claim = ctx.claim
    whole = is_whole_years(claim.period)
    found: list[tuple[Evidence, list[Observation]]] = []
    empty: list[Evidence] = []
    for ev in evidence_only(items):
        obs = observe(
            ev, claim.period, last_only=last_only(claim, ev.group.reading, whole_years=whole)
        )
        if ev.group.reading is Reading.GDP_PERIOD:
            obs = period_mean(obs)
        elif _is_rate_average(claim) and ev.track.is_daily:
            obs = time_weighted_mean(obs, claim.period) or obs
        if obs:
            found.append((ev, obs))
        else:
            empty.append(ev)
    labels = distinct_labels([(ev, ev.label) for ev, _ in found])
    judged = [
        judge(
            claim,
            ev,
            obs,
            level_market_band(claim, ev, _revised_band(ev, band, ctx.settings), ctx.settings),
            label=label,
        )
        for (ev, obs), label in zip(found, labels, strict=True)
    ]
    return judged, empty


def _revised_band(evidence: Evidence, band: Band, settings: Settings) -> Band:
    """Widen the close margin of a figure that may differ from the one the claim quotes: a
    seasonally adjusted figure revised since publication, or a forecaster's estimate of an
    outcome the national statistics office publishes itself."""
    width = band.close_width
    if evidence.seasonally_revised:
        width = max(width, settings.close_sa_revision_pp)
    if evidence.is_estimate and not band.relative:
        width = max(width, settings.close_imf_estimate_pp)
    return band if width == band.close_width else replace(band, close_width=width)
