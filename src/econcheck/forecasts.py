"""The checks of a forecast claim: against what forecasters published, and against the outcome.

- A forecast attributed to a forecaster whose releases we hold (the IMF's WEO, the Russian
  economy ministry) is judged by what that forecaster published in its latest release
  before the article; the outcome is shown too, but a forecast that missed is still
  correctly quoted, so the outcome is listed as an alternative, not as a check.
- A forecast from an unnamed or unpublished source ("leaked memos", "analysts", a
  hedged report) cannot be confirmed as said. It is set against every published
  forecast of the time and against the outcome once recorded: far from all of them, it
  is contradicted; otherwise it stays unverifiable, with the comparison in the reason.
- An unattributed plain forecast is judged against the range of published forecasts and,
  once recorded, against the outcome.
"""

from __future__ import annotations

from collections.abc import Sequence

from econcheck.evidence import Evidence, gather_all, missing_only
from econcheck.judging import Context, Judged, Outcome, judge_all, no_data
from econcheck.models import Alternative, Check, CheckKind, Claim, VerdictStatus
from econcheck.readings import Reading
from econcheck.releases import vintage_published
from econcheck.tolerance import Band, classify, nearest, value_band
from econcheck.wording import (
    fmt_number,
    fmt_period,
    fmt_value,
    is_fx,
    join_clauses,
    source_text,
    unit_text,
)


def _forecast_text(claim: Claim, judged: Judged) -> str:
    target = judged.evidence.group.targets[0]
    vintage = target.vintage or ""
    when = (
        f" (published {vintage_published(target.forecaster, vintage)})"
        if (target.forecaster and vintage)
        else ""
    )
    figures = ", ".join(
        f"{fmt_value(o.value, claim)} for {fmt_period(o.period)}" for o in judged.observations
    )
    return f"{judged.label}{when}: {figures}"


def claimed_figure(claim: Claim, band: Band) -> str:
    """Return the claimed figure as written with its unit ("100 RUB per USD", "-15%")."""
    return f"{fmt_number(band.claimed)}{unit_text(claim)}"


def _is_unpublished(claim: Claim) -> bool:
    return claim.hedged or claim.attributed_to is not None or claim.forecaster is not None


def _who(claim: Claim) -> str:
    return claim.attributed_to or claim.forecaster or "the source"


def _speaks_for_itself(claim: Claim) -> bool:
    """Return True for a named forecaster's own forecast, stated openly.

    "The Reserve Bank of India projects 7.2%" (attributed to the forecaster itself) is such a
    forecast, like an unattributed "the RBI's 7.2% forecast"; "leaked memos show" is not.
    """
    if claim.forecaster is None or claim.hedged:
        return False
    if claim.attributed_to is None:
        return True
    who, name = claim.attributed_to.casefold(), claim.forecaster.casefold()
    return name in who or who.removeprefix("the ") in name


def _span(judged: Sequence[Judged]) -> tuple[float, float]:
    return min(j.low for j in judged), max(j.high for j in judged)


def _published_status(claim: Claim, judged: Sequence[Judged], band: Band) -> VerdictStatus:
    low, high = _span(judged)
    overall = classify(low, high, band)
    if judged[0].evidence.group.reading is Reading.FORECAST_NAMED or not _is_unpublished(claim):
        return overall
    if _speaks_for_itself(claim):
        # A named forecaster we hold no releases of: consistency only, never a verdict.
        return VerdictStatus.UNVERIFIABLE
    return (
        VerdictStatus.CONTRADICTED
        if overall is VerdictStatus.CONTRADICTED
        else (VerdictStatus.UNVERIFIABLE)
    )


def _published_reason(
    claim: Claim, judged: Sequence[Judged], status: VerdictStatus, band: Band
) -> str:
    listed = "; ".join(_forecast_text(claim, j) for j in judged)
    if judged[0].evidence.group.reading is Reading.FORECAST_NAMED:
        return join_clauses(
            [
                f"{listed}, against {claimed_figure(claim, band)} claimed "
                f"(tolerance {band.tolerance.rule})",
                *judged[0].evidence.notes,
            ]
        )
    low, high = _span(judged)
    fits = classify(low, high, band) is not VerdictStatus.CONTRADICTED
    relation = "within reach of" if fits else "far from"
    clauses = []
    if _is_unpublished(claim):
        clauses.append(f"The figure from {_who(claim)} cannot be confirmed as said")
    clauses.append(
        f"{claimed_figure(claim, band)} is {relation} every published forecast of the "
        f"time ({listed})"
    )
    return join_clauses(clauses)


def published_check(ctx: Context, band: Band) -> Outcome | None:
    """Check the claim against the published forecasts of the time."""
    items = gather_all(ctx.plan, CheckKind.FORECAST_PUBLISHED, ctx.fetched)
    if not items:
        return None
    judged, empty = judge_all(ctx, items, band)
    if not judged:
        return no_data(
            CheckKind.FORECAST_PUBLISHED,
            ctx.claim,
            missing_only(items),
            empty,
            what="published forecast",
        )
    status = _published_status(ctx.claim, judged, band)
    closest = nearest([o.value for j in judged for o in j.observations], band)
    best = min(judged, key=lambda j: abs(j.deviation))
    check = Check(
        kind=CheckKind.FORECAST_PUBLISHED,
        status=status,
        recorded=closest,
        reason=_published_reason(ctx.claim, judged, status, band),
    )
    others = tuple(
        Alternative(reading=j.label, recorded=j.recorded) for j in judged if j is not best
    )
    used = tuple(s for j in judged for s in j.evidence.series)
    return Outcome(check=check, judged=best, alternatives=others, used=used, span=_span(judged))


def _outcome_text(claim: Claim, judged: Sequence[Judged]) -> str:
    parts = []
    for j in judged:
        periods = sorted({o.period for o in j.observations}, key=lambda p: p.start)
        where = ", ".join(fmt_period(p) for p in periods)
        figures = (
            fmt_value(j.low, claim)
            if j.low == j.high
            else (f"{fmt_value(j.low, claim)} to {fmt_value(j.high, claim)}")
        )
        parts.append(f"{source_text(j.evidence.series)}: {figures} for {where}")
    return "; ".join(parts)


def outcome_parts(ctx: Context, band: Band) -> tuple[list[Judged], str]:
    """Return the recorded outcome readings (maybe none) and a clause describing them."""
    items = gather_all(ctx.plan, CheckKind.FORECAST_OUTCOME, ctx.fetched)
    judged, _ = judge_all(ctx, items, band) if items else ([], [])
    if not judged:
        return [], "the outcome is not yet recorded in the data" if items else ""
    return judged, f"the outcome: {_outcome_text(ctx.claim, judged)}"


def _no_outcome(ctx: Context) -> Outcome:
    """Nothing published to compare with and no outcome yet (or its source failed)."""
    items = gather_all(ctx.plan, CheckKind.FORECAST_OUTCOME, ctx.fetched)
    empty = [item for item in items if isinstance(item, Evidence)]
    return no_data(
        CheckKind.FORECAST_OUTCOME, ctx.claim, missing_only(items), empty, what="recorded outcome"
    )


def _outcome_check(ctx: Context, judged: Sequence[Judged], clause: str, band: Band) -> Outcome:
    low, high = _span(judged)
    claimed = claimed_figure(ctx.claim, band)
    check = Check(
        kind=CheckKind.FORECAST_OUTCOME,
        status=classify(low, high, band),
        recorded=nearest([o.value for j in judged for o in j.observations], band),
        reason=join_clauses([f"{clause[0].upper()}{clause[1:]}, against {claimed} claimed"]),
    )
    best = min(judged, key=lambda j: abs(j.deviation))
    used = tuple(s for j in judged for s in j.evidence.series)
    return Outcome(check=check, judged=best, used=used, span=(low, high))


def _is_named(published: Outcome | None) -> bool:
    judged = published.judged if published is not None else None
    return judged is not None and judged.evidence.group.reading is Reading.FORECAST_NAMED


def forecast_checks(ctx: Context) -> list[Outcome]:
    """Return the forecast checks of a claim (published forecasts, then the outcome)."""
    band = value_band(ctx.claim, relative=is_fx(ctx.claim), settings=ctx.settings)
    published = published_check(ctx, band)
    judged, clause = outcome_parts(ctx, band)
    if published is None:
        if judged:
            return [_outcome_check(ctx, judged, clause, band)]
        return [_no_outcome(ctx)] if clause else []
    if not judged:
        return [_with_clause(published, clause)] if clause else [published]
    if _is_named(published):
        # The forecast is judged by what was published; the outcome is context.
        alts = tuple(
            Alternative(reading=f"outcome: {j.label}", recorded=j.recorded) for j in judged
        )
        return [_with_clause(published, clause, extra=alts)]
    return [published, _outcome_check(ctx, judged, clause, band)]


def _with_clause(outcome: Outcome, clause: str, extra: tuple[Alternative, ...] = ()) -> Outcome:
    check = outcome.check
    reason = join_clauses([check.reason, clause])
    return Outcome(
        check=Check(kind=check.kind, status=check.status, recorded=check.recorded, reason=reason),
        judged=outcome.judged,
        alternatives=outcome.alternatives + extra,
        used=outcome.used,
        span=outcome.span,
    )
