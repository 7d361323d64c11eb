"""The checks of an actual (non-forecast) claim: the value, the change, the record, the timing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from econcheck.evidence import (
    Evidence,
    evidence_only,
    gather_all,
    missing_only,
    split_alternatives,
)
from econcheck.judging import (
    Context,
    Judged,
    Outcome,
    is_time_weighted_mean,
    judge,
    judge_all,
    no_data,
    observe,
    pick_best,
    source_label,
)
from econcheck.market_swing import daily_swing
from econcheck.models import (
    Alternative,
    Check,
    CheckKind,
    Claim,
    Horizon,
    Indicator,
    Measure,
    Period,
    Qualifier,
    VerdictStatus,
)
from econcheck.observations import Observation
from econcheck.readings import DAILY_READINGS, Reading
from econcheck.releases import earliest_release
from econcheck.tolerance import Band, value_band
from econcheck.wording import (
    FIXING_NOTE,
    fmt_period,
    fmt_value,
    is_fx,
    join_clauses,
    unit_text,
)

_QUALIFIER_WORDS = {
    Qualifier.AT_LEAST: "at least ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.APPROX: "about ",
    Qualifier.EXACT: "",
}


def claimed_text(claim: Claim) -> str:
    """Return the claimed figure as stated ("at least 19%", "95 to 100 RUB per USD")."""
    text = format(claim.value, "f")
    if claim.value_max is not None:
        text += f" to {format(claim.value_max, 'f')}"
    return f"{_QUALIFIER_WORDS[claim.qualifier]}{text}{unit_text(claim)}"


def figures_text(claim: Claim, judged: Judged) -> str:
    """Describe the figures a reading found, with dates and revisions."""
    obs = judged.observations
    evidence = judged.evidence
    src = source_label(judged)
    is_cross = len(evidence.series) > 1 and evidence.derived
    scaled = judged.label == OLD_ROUBLES or judged.label.startswith(PER_HUNDRED_LABEL)
    if scaled or (
        not is_cross and (evidence.derived or evidence.group.reading not in DAILY_READINGS)
    ):
        src = f"{src}, {judged.label}"
    periods = sorted({o.period for o in obs}, key=lambda p: p.start)
    if judged.evidence.track.is_daily and len(obs) == 1:
        only = obs[0]
        if is_time_weighted_mean(only):
            # "the key rate averaged 17.5% in 2024": a mean of the daily records
            value = fmt_value(only.value, claim)
            return f"{src}: {value} on average over {fmt_period(only.period)} ({only.estimate})"
        single_day = claim.period.start == claim.period.end
        when = fmt_period(claim.period if single_day else only.period)
        record = f" (record date {only.record_date})" if only.record_date else ""
        return f"{src}: {fmt_value(only.value, claim)} in force on {when}{record}"
    if len(periods) == 1:
        figure = fmt_value(judged.recorded, claim)
        return f"{src}: {figure} for {fmt_period(periods[0])}{_revisions(claim, obs)}"
    low, high, span = _range_text(claim, judged, periods)
    return f"{src}: between {low} and {high} over {span}"


def _revisions(claim: Claim, obs: Sequence[Observation]) -> str:
    values = [o.value for o in obs]
    if len(set(values)) <= 1:
        return ""
    first, last = obs[0], obs[-1]
    first_text = first.estimate or first.vintage or "first figure"
    last_text = last.estimate or last.vintage or "latest figure"
    return (
        f" ({first_text}: {fmt_value(first.value, claim)}; "
        f"{last_text}: {fmt_value(last.value, claim)})"
    )


def _reading_text(claim: Claim, judged: Judged) -> str:
    """Name a reading and its figure; a reading over several periods gives its range."""
    periods = sorted({o.period for o in judged.observations}, key=lambda p: p.start)
    if len(periods) == 1 or judged.low == judged.high:
        return f"{judged.label} {fmt_value(judged.recorded, claim)}"
    low, high, span = _range_text(claim, judged, periods)
    return f"{judged.label} {low} to {high} over {span}"


def _range_text(claim: Claim, judged: Judged, periods: Sequence[Period]) -> tuple[str, str, str]:
    """Return the low and high figures and the span they cover (days for daily series)."""
    span = f"{fmt_period(periods[0])} to {fmt_period(periods[-1])}"
    if judged.evidence.track.is_daily:
        span = f"{periods[0].start} to {periods[-1].end}"
    return fmt_value(judged.low, claim), fmt_value(judged.high, claim), span


def _alternatives_text(claim: Claim, others: Sequence[Judged]) -> str:
    listed = ", ".join(_reading_text(claim, judged) for judged in others)
    return f"other readings: {listed}" if listed else ""


def value_reason(claim: Claim, best: Judged, others: Sequence[Judged]) -> str:
    """Return the value check's sentence: the reading used, then every other reading briefly."""
    rule = best.band.tolerance.rule
    clauses = [
        f"{figures_text(claim, best)}, against {claimed_text(claim)} claimed (tolerance {rule})",
        _alternatives_text(claim, others),
        *best.evidence.notes,
    ]
    if is_fx(claim):
        clauses.append(FIXING_NOTE)
    swing = best.band.market_swing
    if swing is not None and best.status is VerdictStatus.CLOSE:
        clauses.append(f"within twice the fixing's median daily swing ({swing:.2f}%)")
    return join_clauses(clauses)


def value_check(ctx: Context) -> Outcome | None:
    """Check the level a claim states against the official figure(s) for its period.

    The claim's own readings decide (the closest of them when the measure is unspecified);
    readings planned as alternatives (y/y next to a stated m/m) are only listed with their
    figures, in ``alternatives`` and in the reason.
    """
    items, extra = split_alternatives(gather_all(ctx.plan, CheckKind.VALUE, ctx.fetched))
    if not items:
        return None
    band = value_band(ctx.claim, relative=is_fx(ctx.claim), settings=ctx.settings)
    judged, empty = judge_all(ctx, items, band)
    if not judged:
        return no_data(CheckKind.VALUE, ctx.claim, missing_only(items), empty)
    judged += _old_rouble_readings(ctx.claim, judged, band)
    judged += _per_hundred_readings(ctx.claim, judged, band)
    best, _ = pick_best(judged)
    listed, _ = judge_all(ctx, extra, band) if extra else ([], [])
    others = [j for j in judged if j is not best] + listed
    status, reason = best.status, value_reason(ctx.claim, best, others)
    if status is VerdictStatus.CONTRADICTED and _may_be_monthly(ctx.claim, best, judged):
        status = VerdictStatus.UNVERIFIABLE
        reason = join_clauses([reason, MONTHLY_NOTE])
    check = Check(kind=CheckKind.VALUE, status=status, recorded=best.recorded, reason=reason)
    used = tuple(s for j in (*judged, *listed) for s in j.evidence.series)
    alternatives = tuple(Alternative(reading=j.label, recorded=j.recorded) for j in others)
    return Outcome(check=check, judged=best, alternatives=alternatives, used=used)


MONTHLY_NOTE = (
    "the text does not say which measure, and the figure may be a month-on-month rate, which "
    "the data for this economy do not hold"
)
_MONTHLY = frozenset({Reading.MOM, Reading.INDEX_MOM})


def _may_be_monthly(claim: Claim, best: Judged, judged: Sequence[Judged]) -> bool:
    """Return True for an inflation figure of a month with no stated measure, far below the
    annual rate, where the data hold no monthly rate to test it: "inflation climbed 6.7% in
    January" in Turkey (y/y 64.9%) is likely the monthly rate."""
    stated = claim.measure_stated and claim.measure is not Measure.UNSPECIFIED
    if claim.indicator is not Indicator.INFLATION or stated:
        return False
    if (claim.period.end - claim.period.start).days > 31:
        return False
    if any(j.evidence.group.reading in _MONTHLY for j in judged):
        return False
    return abs(float(claim.value)) * 3 < abs(best.recorded)


REDENOMINATION = dt.date(1998, 1, 1)


def _old_rouble_readings(claim: Claim, judged: Sequence[Judged], band: Band) -> list[Judged]:
    """Before 1998 a writer may quote old roubles (1,000 old = 1 new): add that reading.

    The Bank of Russia serves its whole history in post-1998 roubles, so a 1995 rate of
    4.6 was written at the time as 4,600.
    """
    extra = []
    for item in judged:
        evidence = item.evidence
        if evidence.series[0].request.source != "CBR" or evidence.derived:
            continue
        if any(o.period.end >= REDENOMINATION for o in item.observations):
            continue
        scaled = [replace(o, value=round(o.value * 1000.0, 4)) for o in item.observations]
        extra.append(judge(claim, evidence, scaled, band, label=OLD_ROUBLES))
    return extra


OLD_ROUBLES = "in pre-1998 roubles (restated rate x 1,000)"

# Currencies whose unit is small enough that a rate against them is often quoted per 100
# units: Malaysian and Singaporean dealers quote ringgit per 100 yen, rupiah, pesos and baht,
# and the Reserve Bank of India's reference rate for the yen is rupees per 100 yen.
PER_HUNDRED = frozenset({"JPY", "IDR", "PHP", "THB", "KRW", "INR", "VND", "TWD", "KHR", "LAK"})
PER_HUNDRED_LABEL = "per 100"


def _per_hundred_readings(claim: Claim, judged: Sequence[Judged], band: Band) -> list[Judged]:
    """Add the reading per 100 units of a small-unit base currency ("8.14 ringgit" for 100
    pesos): the writer need not say so, and the pick keeps whichever reading is nearest."""
    if not is_fx(claim) or claim.base not in PER_HUNDRED or claim.quote in PER_HUNDRED:
        return []
    return [
        judge(
            claim,
            item.evidence,
            [replace(o, value=round(o.value * 100.0, 6)) for o in item.observations],
            band,
            label=f"{PER_HUNDRED_LABEL} {claim.base} (the rate x 100)",
        )
        for item in judged
    ]


# ---- records ("all-time high", "highest since 2022") ------------------------------------


def _since_end(since: dt.date) -> dt.date:
    if (since.month, since.day) == (1, 1):
        return dt.date(since.year, 12, 31)
    if since.day == 1:
        nxt = dt.date(since.year + since.month // 12, since.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return since


def history(evidence: Evidence, end: dt.date) -> list[tuple[dt.date, float]]:
    """Return (date, value) of every record or period up to ``end`` (latest estimate each)."""
    frame = evidence.track.frame
    frame = frame[frame["date"] <= dt.datetime.combine(end, dt.time())]
    latest = frame.drop_duplicates("date", keep="last")
    return [
        (stamp.date(), float(v)) for stamp, v in zip(latest["date"], latest["value"], strict=True)
    ]


def _record_status(
    claim: Claim, best: float, past: list[tuple[dt.date, float]], is_high: bool
) -> tuple[VerdictStatus, tuple[dt.date, float] | None]:
    def beats(value: float) -> bool:
        return value > best if is_high else value < best

    if claim.superlative_since is None:
        peak = (max if is_high else min)(past, key=lambda item: item[1])
        return (VerdictStatus.CONTRADICTED if beats(peak[1]) else VerdictStatus.MATCH), peak
    since_end = _since_end(claim.superlative_since)
    after = [(d, v) for d, v in past if since_end < d < claim.period.start and beats(v)]
    if after:
        return VerdictStatus.CONTRADICTED, (max if is_high else min)(after, key=lambda i: i[1])
    if past[0][0] > since_end + dt.timedelta(days=31):
        return VerdictStatus.UNVERIFIABLE, None
    return VerdictStatus.MATCH, None


def record_check(ctx: Context) -> Outcome | None:
    """Check a claimed record against the series' history up to the claim's period."""
    claim = ctx.claim
    if claim.superlative is None:
        return None
    items = gather_all(ctx.plan, CheckKind.RECORD, ctx.fetched)
    if not items:
        return None
    evidences = evidence_only(items)
    ev = evidences[0] if evidences else None
    in_period = observe(ev, claim.period) if ev else []
    past = history(ev, claim.period.end) if ev else []
    if ev is None or not in_period or not past:
        return no_data(CheckKind.RECORD, claim, missing_only(items), [ev] if ev else [])
    is_high = claim.superlative.value == "record_high"
    best = (max if is_high else min)(o.value for o in in_period)
    status, rival = _record_status(claim, best, past, is_high)
    reason = _record_reason(claim, ev, best, rival, status, past[0][0], is_high)
    if status is VerdictStatus.CONTRADICTED and rival is not None:
        status, reason = _near_miss(ctx, ev, best, rival[1], status, reason)
    recorded = rival[1] if rival else best
    check = Check(kind=CheckKind.RECORD, status=status, recorded=recorded, reason=reason)
    return Outcome(check=check, used=ev.series)


def _near_miss(
    ctx: Context, ev: Evidence, best: float, rival: float, status: VerdictStatus, reason: str
) -> tuple[VerdictStatus, str]:
    """A record an exchange-rate fixing misses by less than the rate's daily swing is close:
    the market's extreme of the day, between two fixings, can go past the fixing."""
    claim = ctx.claim
    if not (is_fx(claim) and ev.track.is_daily) or not best:
        return status, reason
    swing = daily_swing(ev, claim.period)
    if swing is None:
        return status, reason
    missed = abs(rival - best) / abs(best) * 100.0
    allowed = ctx.settings.close_fx_move_swings * swing
    if missed > max(allowed, ctx.settings.close_fx_record_pct):
        return status, reason
    within = (
        f"within {ctx.settings.close_fx_move_swings:g} times the fixing's median daily swing "
        f"({swing:.2f}%)"
        if missed <= allowed
        else f"within {ctx.settings.close_fx_record_pct:g}%, about what a market close and a "
        "fixing taken hours apart differ by"
    )
    why = (
        f"the fixing misses it by {missed:.2f}%, {within}: the market's extreme of the "
        "day can go past the day's fixing"
    )
    return VerdictStatus.CLOSE, join_clauses([reason, why])


def _record_reason(
    claim: Claim,
    ev: Evidence,
    best: float,
    rival: tuple[dt.date, float] | None,
    status: VerdictStatus,
    first: dt.date,
    is_high: bool,
) -> str:
    word = "highest" if is_high else "lowest"
    since = claim.superlative_since
    scope = "on record" if since is None else f"since {since.isoformat()}"
    keys = " and ".join(item.request.key for item in ev.series)
    day = "on" if claim.period.start == claim.period.end else "in"
    here = f"{fmt_value(best, claim)} {day} {fmt_period(claim.period)}"
    if status is VerdictStatus.UNVERIFIABLE:
        return join_clauses(
            [f"The {keys} history only starts on {first}, so a {word} {scope} cannot be checked"]
        )
    if status is VerdictStatus.MATCH:
        clauses = [f"{here} is the {word} figure {scope} in {keys} (history from {first})"]
    else:
        beaten = f"{fmt_value(rival[1], claim)} on {rival[0]}" if rival else "beyond it"
        clauses = [f"The {word} figure {scope} in {keys} is {beaten}, so {here} was not a record"]
    if ev.series[0].request.source == "CBR" and rival and rival[0] < dt.date(1998, 1, 1):
        clauses.append("pre-1998 rates are restated in post-1998 roubles (1,000 old = 1 new)")
    return join_clauses(clauses)


# ---- release timing ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Release:
    """The earliest plausible first publication of a period's figure."""

    day: dt.date
    is_stated: bool
    is_usual_delay: bool


def _released(obs: Sequence[Observation], key: str) -> _Release | None:
    """Return when a period's figure was first published, at the earliest plausible.

    The earliest known estimate's stated publication date is when the figure came out. When
    that date is approximate or unknown, the figure may have been out as early as the
    publisher's usual delay (releases.RELEASE_LAG_DAYS) or the earliest date in the data.
    """
    dated = sorted((o.as_of, o.is_as_of_approx) for o in obs if o.as_of is not None)
    if dated and not dated[0][1]:
        return _Release(day=dated[0][0], is_stated=True, is_usual_delay=False)
    usual = earliest_release(key, obs[0].period.end)
    candidates = [day for day, _ in dated] + ([usual] if usual is not None else [])
    if not candidates:
        return None
    day = min(candidates)
    return _Release(day=day, is_stated=False, is_usual_delay=day == usual)


def _timing(reason: str, recorded: float | None) -> Outcome:
    check = Check(
        kind=CheckKind.RELEASE_TIMING,
        status=VerdictStatus.UNVERIFIABLE,
        recorded=recorded,
        reason=reason,
    )
    return Outcome(check=check)


def _first_late(judged: Judged, published: dt.date) -> tuple[list[Observation], _Release] | None:
    key = judged.evidence.series[0].request.key
    by_period: dict[Period, list[Observation]] = {}
    for item in judged.observations:
        by_period.setdefault(item.period, []).append(item)
    for group in by_period.values():
        release = _released(group, key)
        if release is not None and release.day > published:
            return group, release
    return None


# "cut to 3.50%, with effect from 18 September": a decision known when it is announced
_EFFECTIVE = re.compile(r"\b(?:with\s+effect\s+from|effective|takes?\s+effect)\b", re.I)
_ANNOUNCED_AHEAD = dt.timedelta(days=45)


def _announced_in_force(claim: Claim) -> bool:
    """Return True for a policy rate decided before the article and in force soon after it."""
    return (
        claim.indicator is Indicator.POLICY_RATE
        and claim.period.start - claim.published <= _ANNOUNCED_AHEAD
        and _EFFECTIVE.search(claim.sentence) is not None
    )


def timing_check(ctx: Context, value: Outcome | None) -> Outcome | None:
    """Flag a claim about a period whose official figure was surely not out at the article's date.

    Monthly, quarterly and annual figures are out on the stated date of their first estimate
    (``as_of``) or, when the series gives no date or only an approximate one, possibly as early
    as the publisher's usual delay (releases.RELEASE_LAG_DAYS): only an article before that is
    flagged. The check is at worst ``unverifiable``, so a correctly quoted figure never looks
    worse than that. Rates in force are known on the day; IMF releases are already chosen by
    date.
    """
    claim = ctx.claim
    if claim.horizon is Horizon.FORECAST or value is None or value.judged is None:
        return None
    judged = value.judged
    if judged.evidence.track.is_daily or judged.evidence.group.targets[0].vintage:
        if claim.period.start <= claim.published or _announced_in_force(claim):
            return None
        when = fmt_period(claim.period)
        return _timing(f"The claim is about {when}, after the article ({claim.published})", None)
    late = _first_late(judged, claim.published)
    if late is None:
        return None
    group, release = late
    if release.is_stated:
        when = f"was first published on {release.day}"
    else:
        why = "the publisher's usual delay" if release.is_usual_delay else "its earliest date"
        when = f"is not published before about {release.day} ({why})"
    reason = (
        f"The official figure for {fmt_period(group[0].period)} {when}, after the article "
        f"({claim.published}), so the writer could not have had it"
    )
    return _timing(reason, group[-1].value)
