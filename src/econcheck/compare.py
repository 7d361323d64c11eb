"""(Claim, plan, fetched series) -> Verdict: pure; sees only models, errors and settings.

A verdict is made of checks (models.CheckKind): the value, the change, the record, the
release timing, the forecast as published and the outcome. Each check has its own status;
the verdict's status is the worst of them (``VerdictStatus.severity``) and its fields
(recorded figure, observation dates, tolerance, publisher, series, URLs, data mode,
vintage, alternatives) describe the main check: the value, else the change, else the
published forecast, else the outcome. Tolerance rules are in tolerance.py, the readings
in observations.py, the per-check rules in checks.py, changes.py and forecasts.py.

``to_daily`` (observations.py) is re-exported here: carrying records forward to calendar
days is the explicit, tested alignment step applied at comparison time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from econcheck.asof import latest_published, up_to_publication
from econcheck.changes import change_check
from econcheck.checks import record_check, timing_check, value_check
from econcheck.forecasts import forecast_checks
from econcheck.judging import Context, Judged, Outcome, primary_series
from econcheck.models import (
    CheckKind,
    Claim,
    ClaimPlan,
    DataMode,
    FetchedSeries,
    Horizon,
    SeriesRequest,
    Verdict,
    VerdictStatus,
)
from econcheck.observations import to_daily
from econcheck.settings import Settings
from econcheck.wording import join_clauses

__all__ = ["compare_claim", "to_daily"]

_ALWAYS_EXPLAINED = frozenset({CheckKind.RECORD, CheckKind.RELEASE_TIMING})


def compare_claim(
    claim: Claim,
    plan: ClaimPlan,
    fetched: Mapping[SeriesRequest, FetchedSeries | Exception],
    *,
    settings: Settings,
) -> Verdict:
    """Return the verdict on ``claim`` from the series its plan asked for.

    ``fetched`` maps each planned request to its series, or to the exception raised while
    fetching it (that check then has status ``error`` and says which source failed).
    """
    if plan.unresolved_reason is not None:
        return Verdict(
            claim_id=claim.id, status=VerdictStatus.UNVERIFIABLE, reason=plan.unresolved_reason
        )
    claim, note = latest_published(claim, plan)
    if not note:
        claim, note = up_to_publication(claim)
    ctx = Context(claim=claim, plan=plan, fetched=fetched, settings=settings)
    outcomes = _run_checks(ctx)
    if not outcomes:
        reason = "No published forecast and no recorded outcome in the data can check this claim."
        return Verdict(claim_id=claim.id, status=VerdictStatus.UNVERIFIABLE, reason=reason)
    verdict = _assemble(claim, outcomes)
    return replace(verdict, reason=join_clauses([note, verdict.reason])) if note else verdict


def _run_checks(ctx: Context) -> list[Outcome]:
    if ctx.claim.horizon is Horizon.FORECAST:
        return forecast_checks(ctx)
    value = value_check(ctx)
    timing = timing_check(ctx, value)
    if timing is not None and value is not None:
        value = _partial_period(ctx.claim, value)
    found = [value, change_check(ctx), record_check(ctx), timing]
    return [outcome for outcome in found if outcome is not None]


def _partial_period(claim: Claim, value: Outcome) -> Outcome:
    """Cap at unverifiable a claim about part of a period whose figure came out later.

    "Inflation stood at 15.5% as of July 15" quotes a weekly estimate; July's monthly figure,
    published after the article, is a different number and cannot contradict it.
    """
    judged = value.judged
    if judged is None or value.check.status not in (
        VerdictStatus.CONTRADICTED,
        VerdictStatus.CLOSE,
    ):
        return value
    if not any(claim.period.end < o.period.end for o in judged.observations):
        return value
    note = (
        "the claim dates part of a period whose official figure came out after the article, "
        "so an early estimate (weekly or flash) cannot be checked against it"
    )
    check = replace(
        value.check,
        status=VerdictStatus.UNVERIFIABLE,
        reason=join_clauses([value.check.reason, note]),
    )
    return replace(value, check=check)


def _data_mode(outcomes: Sequence[Outcome]) -> DataMode | None:
    modes = {series.data_mode for outcome in outcomes for series in outcome.used}
    if not modes:
        return None
    return modes.pop() if len(modes) == 1 else DataMode.MIXED


def _reason(primary: Outcome, outcomes: Sequence[Outcome]) -> str:
    others = [
        o.check.reason
        for o in outcomes
        if o is not primary
        and (o.check.status is not VerdictStatus.MATCH or o.check.kind in _ALWAYS_EXPLAINED)
    ]
    return join_clauses([primary.check.reason, *others])


def _series_name(judged: Judged) -> str:
    evidence = judged.evidence
    if len(evidence.series) > 1 and evidence.derived:
        return evidence.label
    return evidence.series[0].name or evidence.series[0].request.key


def _assemble(claim: Claim, outcomes: Sequence[Outcome]) -> Verdict:
    status = max((o.check.status for o in outcomes), key=lambda s: s.severity)
    primary = next((o for o in outcomes if o.judged is not None), outcomes[0])
    checks = tuple(o.check for o in outcomes)
    judged = primary.judged
    if judged is None:
        return Verdict(
            claim_id=claim.id,
            status=status,
            reason=_reason(primary, outcomes),
            checks=checks,
            data_mode=_data_mode(outcomes),
        )
    low, high = primary.span or (judged.low, judged.high)
    recorded = primary.check.recorded
    first = primary_series(judged, recorded)
    vintage = first.vintage or judged.evidence.group.targets[0].vintage
    return Verdict(
        claim_id=claim.id,
        status=status,
        reason=_reason(primary, outcomes),
        reading=judged.label,
        recorded=recorded,
        recorded_min=low,
        recorded_max=high,
        observed=judged.observed,
        deviation=judged.deviation,
        deviation_unit=judged.deviation_unit,
        tolerance=judged.band.tolerance,
        publisher=first.publisher,
        series=_series_name(judged),
        url=first.page_url,
        api_url=first.url,
        data_mode=_data_mode(outcomes),
        retrieved_at=first.retrieved_at,
        vintage=vintage,
        alternatives=primary.alternatives,
        checks=checks,
    )
