"""The change check: "the ruble lost 20%", "raised by 200 basis points", "inflation doubled".

A change runs from the figure in force the day before the claim's period starts (or the
last period that ended before it) to the figure at its end (for policy rates, up to a week
later, when a decision announced in the period takes effect). Units are never mixed:

- ``pct``: percent change of the figure; for exchange rates also of its inverse, because
  "the ruble lost 20%" (its value in dollars down 20%) is RUB per USD up 25%;
- ``pp``: difference in percentage points; ``bp``: the same in basis points;
- ``ratio``: the later figure divided by the earlier one ("doubled" = 2).

Deviations are reported in percentage points (pct, pp, bp) or percent (ratio).

An exchange-rate move ("the won fell 0.7% on Thursday", "lost 30% this year") is quoted from the
market at some hour, while the record holds one fixing a day at each end: its close margin is
widened to the fixing's daily swing (``market_swing.py``).
"""

from __future__ import annotations

import datetime as dt
import itertools

from econcheck.claims.rate_moves import is_per_decision
from econcheck.evidence import Evidence, Track, evidence_only, gather_all, missing_only
from econcheck.judging import (
    Context,
    Judged,
    Outcome,
    distinct_labels,
    no_data,
    pick_best,
    source_label,
)
from econcheck.market_swing import is_derived_move, market_band
from econcheck.models import (
    Change,
    ChangeUnit,
    Check,
    CheckKind,
    Claim,
    Indicator,
    Period,
    VerdictStatus,
)
from econcheck.observations import Observation, all_rows, in_force
from econcheck.tolerance import Band, change_band, classify
from econcheck.wording import fmt_period, fmt_value, is_fx, join_clauses, source_text


def endpoints(evidence: Evidence, period: Period) -> tuple[Observation, Observation] | None:
    """Return the figures just before and at the end of ``period``, if both exist."""
    track = evidence.track
    if track.is_daily:
        day_before = period.start - dt.timedelta(days=1)
        day_after = period.end + dt.timedelta(days=track.effect_days)
        before = in_force(
            track.frame,
            Period(start=day_before, end=day_before),
            max_carry_days=track.max_carry_days,
        )
        after = in_force(
            track.frame, Period(start=day_after, end=day_after), max_carry_days=track.max_carry_days
        )
        if before and after and period.start == period.end and track.effect_days:
            # a decision on one day: the first change it brought in within the effect days, not
            # a later decision's ("raised by a point to 10.5%" on 11 December 2014, five days
            # before the emergency hike to 17%)
            return before[0], _first_change(track, before[0], period, day_after) or after[0]
        return (before[0], after[0]) if before and after else None
    latest: dict[Period, Observation] = {}
    for row in all_rows(track.frame, track.frequency):
        latest[row.period] = row
    rows = sorted(latest.values(), key=lambda r: r.period.start)
    before_rows = [r for r in rows if r.period.end < period.start]
    after_rows = [r for r in rows if r.period.end <= period.end] or [
        r for r in rows if r.period.start <= period.end
    ]
    if not before_rows or not after_rows or after_rows[-1] is before_rows[-1]:
        return None
    return before_rows[-1], after_rows[-1]


def _first_change(
    track: Track, before: Observation, period: Period, day_after: dt.date
) -> Observation | None:
    """Return the first figure in force after ``period`` starts that differs from ``before``."""
    window = in_force(
        track.frame,
        Period(start=period.start, end=day_after),
        max_carry_days=track.max_carry_days,
    )
    return next((o for o in window if abs(o.value - before.value) > 1e-9), None)


def _from_stated(
    evidence: Evidence, claim: Claim, change: Change, points: tuple[Observation, Observation]
) -> tuple[Observation, Observation]:
    """Start a rate's change at the level the claim says it rose from, when the series held it
    during the period: "since last year, hiked to 50% from 8.5%" counts from the 8.5% in force
    in 2023, not from the 9% of the last day of 2022."""
    if change.from_value is None or not evidence.track.is_daily or is_fx(claim):
        return points
    start, end = points
    stated = float(change.from_value)
    if abs(start.value - stated) < 1e-9:
        return points
    held = [
        o
        for o in in_force(
            evidence.track.frame, claim.period, max_carry_days=evidence.track.max_carry_days
        )
        if abs(o.value - stated) < 1e-9
    ]
    return (held[0], end) if held else points


def _changes(claim: Claim, unit: ChangeUnit, start: float, end: float) -> list[tuple[str, float]]:
    if unit is ChangeUnit.RATIO:
        return [("ratio of the later to the earlier figure", end / start)]
    if unit is ChangeUnit.BP:
        return [("change in basis points", (end - start) * 100.0)]
    if unit is ChangeUnit.PP:
        return [("change in percentage points", end - start)]
    found = [("percent change of the figure", (end / start - 1.0) * 100.0)]
    if is_fx(claim) and claim.base and claim.quote:
        found = [(f"percent change of {claim.quote} per {claim.base}", found[0][1])]
        found.append(
            (
                f"percent change in the {claim.quote}'s value in {claim.base}",
                (start / end - 1.0) * 100.0,
            )
        )
    return found


def fmt_change(unit: ChangeUnit, value: float) -> str:
    """Format a change in its unit.

    >>> fmt_change(ChangeUnit.BP, 200.0), fmt_change(ChangeUnit.PCT, -20.0)
    ('+200 bp', '-20.00%')
    >>> fmt_change(ChangeUnit.BP, -0.25)  # "a quarter basis point", as written
    '-0.25 bp'
    """
    if unit is ChangeUnit.RATIO:
        return f"x{value:.2f}"
    if unit is ChangeUnit.BP:
        return f"{value:+.0f} bp" if value == round(value) else f"{value:+.2f} bp"
    suffix = " pp" if unit is ChangeUnit.PP else "%"
    return f"{value:+.2f}{suffix}"


def _deviation(unit: ChangeUnit, claimed: float, actual: float) -> tuple[float, str]:
    if unit is ChangeUnit.RATIO:
        return ((claimed - actual) / abs(actual) * 100.0 if actual else float("nan")), "pct"
    if unit is ChangeUnit.BP:
        return (claimed - actual) / 100.0, "pp"
    return claimed - actual, "pp"


def _judged(
    claim: Claim,
    evidence: Evidence,
    points: tuple[Observation, Observation],
    band: Band,
    label: str,
    value: float,
    unit: ChangeUnit,
) -> Judged:
    dev, dev_unit = _deviation(unit, band.claimed, value)
    return Judged(
        evidence=evidence,
        label=label,
        observations=points,
        status=classify(value, value, band),
        band=band,
        recorded=value,
        low=value,
        high=value,
        deviation=dev,
        deviation_unit=dev_unit,
    )


def _reason(claim: Claim, change: Change, best: Judged) -> str:
    start, end = best.observations
    span = (
        f"{source_label(best)}: {fmt_value(start.value, claim)} for "
        f"{fmt_period(start.period)} and {fmt_value(end.value, claim)} for {fmt_period(end.period)}"
    )
    result = f"{best.label} {fmt_change(change.unit, best.recorded)}"
    claimed = fmt_change(change.unit, float(change.value))
    clauses = [
        f"{span}, a {result}, against {claimed} claimed (tolerance {best.band.tolerance.rule})",
    ]
    swing = best.band.market_swing
    if swing is not None and best.status is VerdictStatus.CLOSE:
        clauses.append(
            "a move read between two daily fixings can differ from one quoted in the market at "
            f"other hours: the fixing's median daily swing was {swing:.2f}%"
            + (
                ", and this move is worked out from two quoted levels, each of which can differ "
                "from its day's fixing by that much"
                if is_derived_move(claim)
                else ""
            )
        )
    return join_clauses(clauses)


def _one_fixing(claim: Claim, points: tuple[Observation, Observation]) -> bool:
    """Return True when both ends of an exchange-rate move are the same fixing: a rate "2.4%
    weaker on the day" on a Monday whose official rate was set on Saturday shows no move in
    the record, and says nothing about the market's."""
    start, end = points
    return is_fx(claim) and start.record_date is not None and start.record_date == end.record_date


def change_check(ctx: Context) -> Outcome | None:
    """Check a claimed change over the claim's period."""
    claim, change = ctx.claim, ctx.claim.change
    if change is None:
        return None
    items = gather_all(ctx.plan, CheckKind.CHANGE, ctx.fetched)
    if not items:
        return None
    band = change_band(claim, change, settings=ctx.settings)
    each = _each_move(ctx, change, evidence_only(items), band)
    if each is not None:
        return each
    candidates: list[tuple[Evidence, tuple[Observation, Observation], str, float]] = []
    empty = []
    bands: dict[int, Band] = {}
    for ev in evidence_only(items):
        points = endpoints(ev, claim.period)
        if points is None or _one_fixing(claim, points):
            empty.append(ev)
            continue
        points = _from_stated(ev, claim, change, points)
        bands[id(ev)] = market_band(claim, ev, band, ctx.settings)
        for label, value in _changes(claim, change.unit, points[0].value, points[1].value):
            candidates.append((ev, points, label, round(value, 4)))
    if not candidates:
        return no_data(
            CheckKind.CHANGE, claim, missing_only(items), empty, what="figures at both ends"
        )
    labels = distinct_labels([(ev, label) for ev, _, label, _ in candidates])
    judged = [
        _judged(claim, ev, points, bands[id(ev)], label, value, change.unit)
        for (ev, points, _, value), label in zip(candidates, labels, strict=True)
    ]
    best, others = pick_best(judged)
    reason = _reason(claim, change, best)
    check = Check(kind=CheckKind.CHANGE, status=best.status, recorded=best.recorded, reason=reason)
    used = tuple(s for j in judged for s in j.evidence.series)
    return Outcome(check=check, judged=best, alternatives=others, used=used)


def _each_move(
    ctx: Context, change: Change, evidence: list[Evidence], band: Band
) -> Outcome | None:
    """Check a move said of every decision of a period ("cut by 25 basis points at each of its
    last four meetings") against each move the rate made in it, not against their sum."""
    claim = ctx.claim
    if claim.indicator is not Indicator.POLICY_RATE or change.unit not in _POINT_UNITS:
        return None
    if not is_per_decision(claim.sentence, claim.surface):
        return None
    scale = 100.0 if change.unit is ChangeUnit.BP else 1.0
    found: list[Outcome] = []
    for ev in evidence:  # the ECB's three key rates: the series that fits best is the one meant
        if not ev.track.is_daily:
            continue
        span = Period(
            start=claim.period.start - dt.timedelta(days=1),
            end=claim.period.end + dt.timedelta(days=ev.track.effect_days),
        )
        held = in_force(ev.track.frame, span, max_carry_days=ev.track.max_carry_days)
        steps = [round((b.value - a.value) * scale, 4) for a, b in itertools.pairwise(held)]
        if not steps:
            continue
        statuses = [classify(step, step, band) for step in steps]
        worst = max(statuses, key=lambda status: status.severity)
        farthest = max(steps, key=lambda step: abs(step - band.claimed))
        moves = ", ".join(fmt_change(change.unit, step) for step in steps)
        count = f"{len(steps)} move" + ("s" if len(steps) > 1 else "")
        reason = join_clauses(
            [
                f"{source_text(ev.series)}: {count} from {held[1].period.start} to "
                f"{held[-1].period.start} ({moves}), against "
                f"{fmt_change(change.unit, band.claimed)} each claimed "
                f"(tolerance {band.tolerance.rule})"
            ]
        )
        check = Check(kind=CheckKind.CHANGE, status=worst, recorded=farthest, reason=reason)
        found.append(Outcome(check=check, used=ev.series))
    return min(found, key=lambda o: o.check.status.severity, default=None)


_POINT_UNITS = (ChangeUnit.BP, ChangeUnit.PP)
