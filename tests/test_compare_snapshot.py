"""The motivating article's three claims, checked against the embedded snapshot (offline)."""

from __future__ import annotations

import datetime as dt

import pytest

from econcheck.compare import compare_claim
from econcheck.errors import SourceError
from econcheck.models import (
    Claim,
    FetchedSeries,
    Horizon,
    Indicator,
    Measure,
    Qualifier,
    SeriesRequest,
    Superlative,
    Verdict,
    VerdictStatus,
)
from econcheck.resolve import plan_claim
from verdict_fakes import fx_claim, make_claim, settings, span

snapshot = pytest.importorskip("econcheck.sources.snapshot", reason="snapshot source not built")


def _verdict(claim: Claim) -> Verdict:
    source = snapshot.SnapshotSource()
    plan = plan_claim(claim)
    fetched: dict[SeriesRequest, FetchedSeries | Exception] = {}
    for target in plan.targets:
        try:
            fetched[target.request] = source.load(target.request)
        except SourceError as exc:
            fetched[target.request] = exc
    return compare_claim(claim, plan, fetched, settings=settings())


def _check(verdict: Verdict, kind: str) -> tuple[VerdictStatus, float | None, str]:
    found = next(c for c in verdict.checks if c.kind.value == kind)
    return found.status, found.recorded, found.reason


def test_snapshot_seed_fx_claim_is_contradicted_and_not_a_record() -> None:
    """140 RUB per USD on Wednesday 2024-10-30: official 97.3261; record 120.3785 (2022-03-11)."""
    claim = fx_claim("140", span("2024-10-30"), superlative=Superlative.RECORD_HIGH)
    verdict = _verdict(claim)
    assert verdict.status is VerdictStatus.CONTRADICTED
    assert verdict.recorded == pytest.approx(97.3261)
    status, recorded, reason = _check(verdict, "record")
    assert status is VerdictStatus.CONTRADICTED
    assert recorded == pytest.approx(120.3785)
    assert "2022-03-11" in reason


def test_snapshot_seed_inflation_claim_is_contradicted_under_every_reading() -> None:
    """ "Past 19% in October 2024": m/m 0.75, y/y about 8.54, annualised m/m about 9.4."""
    claim = make_claim(
        Indicator.INFLATION,
        "19",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        qualifier=Qualifier.AT_LEAST,
    )
    verdict = _verdict(claim)
    assert verdict.status is VerdictStatus.CONTRADICTED
    readings = {a.reading: a.recorded for a in verdict.alternatives}
    readings[verdict.reading or ""] = verdict.recorded
    assert readings["m/m"] == pytest.approx(0.75)
    assert readings["y/y"] == pytest.approx(8.54, abs=0.015)
    assert readings["m/m annualised"] == pytest.approx(9.4, abs=0.05)


def test_snapshot_seed_gdp_forecast_is_contradicted() -> None:
    """A leaked -15% over 2024-11-06..2025-05-05 vs IMF 3.6/1.3, ministry 3.9/2.5; outcome shown."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "-15",
        span("2024-11-06", "2025-05-05"),
        country="RUS",
        horizon=Horizon.FORECAST,
        attributed_to="leaked memos",
        hedged=True,
    )
    verdict = _verdict(claim)
    assert verdict.status is VerdictStatus.CONTRADICTED
    assert (verdict.recorded_min, verdict.recorded_max) == (pytest.approx(1.3), pytest.approx(3.9))
    outcome = [a.recorded for a in verdict.alternatives if a.reading.startswith("outcome")]
    assert outcome
    assert all(r is not None and 1.3 < r < 4.6 for r in outcome)  # shown, not judged
    for figure in ("3.6%", "1.3%", "3.9%", "2.5%", "4.5%"):
        assert figure in verdict.reason


def test_snapshot_imf_forecast_quoted_correctly_matches() -> None:
    """ "The IMF sees 1.3% growth in 2025" (October 2024 WEO, 1.347 unrounded) matches."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "1.3",
        span("2025-01-01", "2025-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        forecaster="IMF",
        published=dt.date(2024, 11, 5),
    )
    verdict = _verdict(claim)
    assert verdict.status is VerdictStatus.MATCH
    assert verdict.vintage == "2024-10"


def test_snapshot_gdp_q4_cited_after_the_first_estimate_is_not_flagged() -> None:
    """Q4 2024 growth of 4.5% ("first estimate (2025)") cited in March 2025 matches, unflagged."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4.5",
        span("2024-10-01", "2024-12-31"),
        country="RUS",
        published=dt.date(2025, 3, 10),
    )
    verdict = _verdict(claim)
    assert verdict.status is VerdictStatus.MATCH
    assert verdict.recorded == pytest.approx(4.5)
    assert all(c.kind.value != "release_timing" for c in verdict.checks)


@pytest.mark.parametrize(
    ("month", "claimed", "status", "recorded"),
    [
        ("2023-03", "0.1", VerdictStatus.MATCH, 0.1),  # as BLS published it
        ("2022-10", "0.4", VerdictStatus.CLOSE, 0.6),  # published 0.4; 0.56 after revisions
        ("2022-10", "0.9", VerdictStatus.CONTRADICTED, 0.6),
    ],
)
def test_snapshot_us_monthly_cpi_is_read_from_the_seasonally_adjusted_index(
    month: str, claimed: str, status: VerdictStatus, recorded: float
) -> None:
    """BLS's month-on-month headline is seasonally adjusted (CPIAUCSL); the unadjusted index
    gave +0.3% for March 2023, which would contradict a correct "rose 0.1% in March"."""
    start = dt.date.fromisoformat(f"{month}-01")
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    claim = make_claim(
        Indicator.INFLATION,
        claimed,
        span(start.isoformat(), end.isoformat()),
        country="USA",
        measure=Measure.MOM,
        published=end + dt.timedelta(days=20),
    )
    verdict = _verdict(claim)
    assert verdict.status is status
    assert verdict.recorded == pytest.approx(recorded)
    assert "CPIAUCSL" in verdict.reason
    assert "seasonal factors" in verdict.reason


@pytest.mark.parametrize(
    ("claimed", "status"),
    [("6.7", VerdictStatus.UNVERIFIABLE), ("85.5", VerdictStatus.CONTRADICTED)],
)
def test_snapshot_unstated_measure_far_below_the_annual_rate_may_be_monthly(
    claimed: str, status: VerdictStatus
) -> None:
    """ "Inflation climbed 6.7% in January" in Turkey (y/y 64.86%, no monthly series in the
    data) is likely the monthly rate: not contradicted; 85.5% cannot be monthly."""
    claim = make_claim(
        Indicator.INFLATION,
        claimed,
        span("2024-01-01", "2024-01-31"),
        country="TUR",
        published=dt.date(2024, 3, 28),
        measure_stated=False,
    )
    verdict = _verdict(claim)
    assert verdict.status is status
    assert verdict.recorded == pytest.approx(64.86)
    assert ("month-on-month" in verdict.reason) is (status is VerdictStatus.UNVERIFIABLE)
