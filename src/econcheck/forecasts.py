"""The checks of a forecast claim: against what forecasters published, and against the outcome.

A forecast claim says that someone forecast a figure; whether the forecast came true is
another matter. So the outcome is never what decides: it is shown, in the reason and as an
alternative, for the reader to compare.

- A forecast attributed openly to a forecaster whose releases we hold (the IMF's WEO, the
  Russian economy ministry) is judged by what that forecaster published in its latest release
  before the article.
- A forecast from a hedged or unpublished source ("leaked memos reveal", "sources say") cannot
  be confirmed as said. It is set against every published forecast of the time: far from all
  of them, it is contradicted; otherwise it stays unverifiable.
- Any other forecast (a forecaster whose releases we do not hold, such as a central bank,
  the OECD or a poll of economists, or one the article does not attribute) is unverifiable:
  the published forecasts of the time and the outcome are listed for comparison, but a
  forecast is not wrong for differing from the IMF's, nor for having missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from econcheck.evidence import Evidence, gather_all, missing_only
from econcheck.judging import (
    Context,
    Judged,
    Outcome,
    is_time_weighted_mean,
    judge_all,
    no_data,
)
from econcheck.models import Alternative, Check, CheckKind, Claim, Period, VerdictStatus
from econcheck.readings import Reading
from econcheck.releases import update_between, vintage_published
from econcheck.resolve_forecasts import credited_elsewhere, is_unpublished
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


def _who(claim: Claim) -> str:
    return claim.forecaster or claim.attributed_to or "its source"


def _span(judged: Sequence[Judged]) -> tuple[float, float]:
    return min(j.low for j in judged), max(j.high for j in judged)


def _interim_release(claim: Claim, judged: Sequence[Judged]) -> tuple[str, dt.date] | None:
    """Return the interim release (an IMF WEO Update) the record lacks that came between the
    release judged and the article, if any."""
    target = judged[0].evidence.group.targets[0]
    if not (target.forecaster and target.vintage):
        return None
    return update_between(target.forecaster, target.vintage, claim.published)


def _published_status(claim: Claim, judged: Sequence[Judged], band: Band) -> VerdictStatus:
    overall = classify(*_span(judged), band)
    if judged[0].evidence.group.reading is Reading.FORECAST_NAMED:
        if overall is VerdictStatus.CONTRADICTED and _interim_release(claim, judged):
            return VerdictStatus.UNVERIFIABLE  # it may quote the Update the record lacks
        return overall
    if is_unpublished(claim) and overall is VerdictStatus.CONTRADICTED:
        return VerdictStatus.CONTRADICTED  # a leak far from every published forecast
    return VerdictStatus.UNVERIFIABLE


def _published_reason(claim: Claim, judged: Sequence[Judged], band: Band) -> str:
    listed = "; ".join(_forecast_text(claim, j) for j in judged)
    if judged[0].evidence.group.reading is Reading.FORECAST_NAMED:
        interim = _interim_release(claim, judged)
        far = classify(*_span(judged), band) is VerdictStatus.CONTRADICTED
        return join_clauses(
            [
                f"{listed}, against {claimed_figure(claim, band)} claimed "
                f"(tolerance {band.tolerance.rule})",
                *judged[0].evidence.notes,
                *(
                    [
                        f"the IMF's World Economic Outlook Update of {interim[0]} (published "
                        f"{interim[1]}) came out after that release and before the article; "
                        "the record holds no Updates, so the figure may be the Update's"
                    ]
                    if interim and far
                    else []
                ),
            ]
        )
    fits = classify(*_span(judged), band) is not VerdictStatus.CONTRADICTED
    relation = "within reach of" if fits else "far from"
    return join_clauses(
        [
            _unconfirmed(claim),
            f"{claimed_figure(claim, band)} is {relation} every published forecast of the "
            f"time ({listed})",
        ]
    )


def _unconfirmed(claim: Claim) -> str:
    """Say why a forecast cannot be confirmed as said."""
    if is_unpublished(claim):
        return f"The figure from {claim.attributed_to or _who(claim)} cannot be confirmed as said"
    if claim.forecaster is None and claim.attributed_to is None:
        return "The article does not say whose forecast this is"
    if credited_elsewhere(claim):
        who = claim.attributed_to
        return f"The article credits the figure to {who}, whose forecasts are not in the data"
    return f"The forecasts of {_who(claim)} are not in the data"


def published_check(ctx: Context, band: Band) -> Outcome | None:
    """Check the claim against the published forecasts of the time."""
    items = gather_all(ctx.plan, CheckKind.FORECAST_PUBLISHED, ctx.fetched)
    if not items:
        return None
    judged, empty = judge_all(ctx, items, band)
    if not judged:
        failed = no_data(
            CheckKind.FORECAST_PUBLISHED,
            ctx.claim,
            missing_only(items),
            empty,
            what="published forecast",
        )
        decisive = items[0].group.reading is Reading.FORECAST_NAMED or is_unpublished(ctx.claim)
        return failed if decisive else _as_context(ctx.claim, failed)
    status = _published_status(ctx.claim, judged, band)
    closest = nearest([o.value for j in judged for o in j.observations], band)
    best = min(judged, key=lambda j: abs(j.deviation))
    check = Check(
        kind=CheckKind.FORECAST_PUBLISHED,
        status=status,
        recorded=closest,
        reason=_published_reason(ctx.claim, judged, band),
    )
    others = tuple(
        Alternative(reading=j.label, recorded=j.recorded) for j in judged if j is not best
    )
    used = tuple(s for j in judged for s in j.evidence.series)
    return Outcome(check=check, judged=best, alternatives=others, used=used, span=_span(judged))


def _as_context(claim: Claim, failed: Outcome) -> Outcome:
    """A comparison that could not be made for a forecast it would not decide: unverifiable
    (not an error), saying both why and what failed."""
    check = failed.check
    reason = join_clauses([_unconfirmed(claim), check.reason])
    return Outcome(
        check=Check(
            kind=check.kind, status=VerdictStatus.UNVERIFIABLE, recorded=None, reason=reason
        ),
        used=failed.used,
    )


_LISTED_PERIODS = 3  # more readings than this are summed up as one span


def _outcome_text(claim: Claim, judged: Sequence[Judged]) -> str:
    parts = []
    for j in judged:
        periods = sorted({o.period for o in j.observations}, key=lambda p: p.start)
        low, high = fmt_value(j.low, claim), fmt_value(j.high, claim)
        only = j.observations[0] if len(j.observations) == 1 else None
        if only is not None and is_time_weighted_mean(only):
            where = fmt_period(only.period)
            parts.append(f"{source_text(j.evidence.series)}: {low} on average over {where}")
            continue
        if len(periods) > _LISTED_PERIODS:
            # a year of daily fixings: the range over the span, not every day listed
            span = fmt_period(Period(start=periods[0].start, end=periods[-1].end))
            figures = low if j.low == j.high else f"between {low} and {high}"
            parts.append(f"{source_text(j.evidence.series)}: {figures} over {span}")
            continue
        where = ", ".join(fmt_period(p) for p in periods)
        figures = low if j.low == j.high else f"{low} to {high}"
        parts.append(f"{source_text(j.evidence.series)}: {figures} for {where}")
    return "; ".join(parts)


def outcome_parts(ctx: Context, band: Band) -> tuple[list[Judged], str]:
    """Return the recorded outcome readings (maybe none) and a clause describing them."""
    if ctx.claim.change is not None:
        return [], ""  # the series hold levels: a forecast move is not read off them
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


def _outcome_context(ctx: Context, judged: Sequence[Judged], clause: str, band: Band) -> Outcome:
    """Nothing published to compare with: the forecast is unverifiable, the outcome shown."""
    low, high = _span(judged)
    claimed = claimed_figure(ctx.claim, band)
    check = Check(
        kind=CheckKind.FORECAST_OUTCOME,
        status=VerdictStatus.UNVERIFIABLE,
        recorded=nearest([o.value for j in judged for o in j.observations], band),
        reason=join_clauses(
            [
                _unconfirmed(ctx.claim),
                f"for comparison, {clause}, against {claimed} claimed",
            ]
        ),
    )
    best = min(judged, key=lambda j: abs(j.deviation))
    used = tuple(s for j in judged for s in j.evidence.series)
    return Outcome(check=check, judged=best, used=used, span=(low, high))


def forecast_checks(ctx: Context) -> list[Outcome]:
    """Return the forecast check of a claim: the published forecasts, the outcome as context."""
    band = value_band(ctx.claim, relative=is_fx(ctx.claim), settings=ctx.settings)
    published = published_check(ctx, band)
    judged, clause = outcome_parts(ctx, band)
    if published is None:
        if judged:
            return [_outcome_context(ctx, judged, clause, band)]
        return [_no_outcome(ctx)] if clause else []
    alts = tuple(Alternative(reading=f"outcome: {j.label}", recorded=j.recorded) for j in judged)
    return [_with_clause(published, clause, extra=alts)] if clause else [published]


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
