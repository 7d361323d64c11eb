"""check_text(): the only code that knows the order of the stages.

text -> claims (claims/) -> plans (resolve) -> fetched series (sources/) -> verdicts (compare).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from econcheck.claims.extract import extract_claims
from econcheck.claims.periods import find_dateline
from econcheck.errors import InputError
from econcheck.models import (
    CheckResult,
    Claim,
    ClaimPlan,
    DataMode,
    FetchedSeries,
    SeriesRequest,
    Verdict,
    VerdictStatus,
)
from econcheck.settings import CachePolicy, Settings

log = logging.getLogger(__name__)

Progress = Callable[[SeriesRequest], None]


def resolve_published(text: str, published: dt.date | None) -> dt.date:
    """Return the publication date: the one given, else the text's dateline.

    Raises:
        InputError: when neither is available.
    """
    if published is not None:
        return published
    found = find_dateline(text)
    if found is None:
        msg = "no publication date: pass --date YYYY-MM-DD (no dateline found in the text)"
        raise InputError(msg)
    return found


def extract_text(text: str, *, published: dt.date | None = None) -> tuple[dt.date, list[Claim]]:
    """Return the publication date and the claims found in ``text``."""
    day = resolve_published(text, published)
    return day, extract_claims(text, published=day)


def check_text(
    text: str,
    *,
    published: dt.date | None = None,
    settings: Settings | None = None,
    claims: Sequence[Claim] | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Extract the claims in ``text`` (or take ``claims``) and check each against the record."""
    settings = settings or Settings.from_env()
    day = resolve_published(text, published)
    found = list(claims) if claims is not None else extract_claims(text, published=day)
    return check_claims(found, published=day, settings=settings, progress=progress)


def check_claims(
    claims: Sequence[Claim],
    *,
    published: dt.date,
    settings: Settings,
    progress: Progress | None = None,
) -> CheckResult:
    """Check already-extracted claims (e.g. corrected by hand) and return the result."""
    from econcheck.resolve import plan_claim  # lazily: extraction alone needs neither
    from econcheck.sources.fetch import fetch_many  # lazy: extraction never needs httpx

    plans = [plan_claim(claim) for claim in claims]
    requests = _distinct_requests(plans)
    log.info("%d claims need %d distinct series", len(claims), len(requests))
    fetched = fetch_many(requests, settings=settings, progress=progress) if requests else {}
    verdicts = tuple(
        _verdict(claim, plan, fetched, settings) for claim, plan in zip(claims, plans, strict=True)
    )
    used = {
        claim.id: _used_series(plan, fetched) for claim, plan in zip(claims, plans, strict=True)
    }
    return CheckResult(
        published=published,
        claims=tuple(claims),
        verdicts=verdicts,
        series=used,
        data_mode=overall_data_mode(v.data_mode for v in verdicts if v is not None),
        snapshot_as_of=_snapshot_as_of(),
        notes=_notes(settings, fetched),
    )


def plan_requests(claims: Sequence[Claim]) -> list[SeriesRequest]:
    """Return the distinct series requests that checking ``claims`` would send."""
    from econcheck.resolve import plan_claim

    return _distinct_requests([plan_claim(claim) for claim in claims])


def overall_data_mode(modes: Iterable[DataMode | None]) -> DataMode | None:
    """Return the single data mode of a run, or MIXED when series came from several places.

    >>> overall_data_mode([DataMode.SNAPSHOT, DataMode.SNAPSHOT])
    <DataMode.SNAPSHOT: 'snapshot'>
    >>> overall_data_mode([DataMode.LIVE, DataMode.CACHE])
    <DataMode.MIXED: 'mixed'>
    >>> overall_data_mode([]) is None
    True
    """
    seen = {mode for mode in modes if mode is not None}
    if not seen:
        return None
    if len(seen) == 1:
        return seen.pop()
    return DataMode.MIXED


def _distinct_requests(plans: Sequence[ClaimPlan]) -> list[SeriesRequest]:
    ordered: dict[SeriesRequest, None] = {}
    for plan in plans:
        for target in plan.targets:
            ordered.setdefault(target.request, None)
    return list(ordered)


def _verdict(
    claim: Claim,
    plan: ClaimPlan,
    fetched: Mapping[SeriesRequest, FetchedSeries | Exception],
    settings: Settings,
) -> Verdict:
    if plan.unresolved_reason is not None:
        return Verdict(
            claim_id=claim.id, status=VerdictStatus.UNVERIFIABLE, reason=plan.unresolved_reason
        )
    from econcheck.compare import compare_claim  # pandas and the verdict rules, on first check

    return compare_claim(claim, plan, fetched, settings=settings)


def _used_series(
    plan: ClaimPlan, fetched: Mapping[SeriesRequest, FetchedSeries | Exception]
) -> tuple[FetchedSeries, ...]:
    found = (fetched.get(target.request) for target in plan.targets)
    return tuple(item for item in found if isinstance(item, FetchedSeries))


def _snapshot_as_of() -> dt.date | None:
    from econcheck.sources.snapshot import SnapshotSource

    return SnapshotSource().snapshot_as_of()


def _notes(
    settings: Settings, fetched: Mapping[SeriesRequest, FetchedSeries | Exception]
) -> tuple[str, ...]:
    notes: list[str] = []
    modes = {item.data_mode for item in fetched.values() if isinstance(item, FetchedSeries)}
    if DataMode.SNAPSHOT in modes:
        offline = settings.policy == CachePolicy.OFFLINE
        why = "--offline was given" if offline else "the publisher was unreachable"
        notes.append(f"Some or all figures come from the embedded offline snapshot ({why}).")
    return tuple(notes)
