"""Tests of compare.compare_claim and to_daily on small hand-built series (offline, fast)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pandas as pd
import pytest

from econcheck.compare import compare_claim, to_daily
from econcheck.errors import SeriesNotFound, SourceUnavailable
from econcheck.judging import time_weighted_mean
from econcheck.models import (
    Basket,
    Change,
    ChangeUnit,
    Check,
    CheckKind,
    Claim,
    ClaimPlan,
    DataMode,
    FetchedSeries,
    Frequency,
    Horizon,
    Indicator,
    Measure,
    Qualifier,
    Superlative,
    Verdict,
    VerdictStatus,
)
from econcheck.observations import Observation
from econcheck.resolve import plan_claim
from econcheck.settings import Settings
from verdict_fakes import (
    check_kinds,
    day,
    fetched_for,
    frame,
    fx_claim,
    make_claim,
    series,
    settings,
    span,
)

MATCH, CLOSE, CONTRA = VerdictStatus.MATCH, VerdictStatus.CLOSE, VerdictStatus.CONTRADICTED
UNVERIFIABLE, ERROR = VerdictStatus.UNVERIFIABLE, VerdictStatus.ERROR

# Bank of Russia USD/RUB records (RUB per USD) by record date, as published.
USD_RUB = series(
    "CBR/R01235",
    frame(
        [
            ("2022-03-10", 116.0847),
            ("2022-03-11", 120.3785),
            ("2022-03-12", 116.7517),
            ("2024-10-25", 96.7402),
            ("2024-10-26", 96.6657),
            ("2024-10-29", 97.2300),
            ("2024-10-30", 97.3261),
            ("2024-10-31", 97.0530),
            ("2024-11-01", 97.0226),
        ],
    ),
    Frequency.DAILY,
    name="Official USD/RUB rate",
    publisher="Bank of Russia",
)
KEY_RATE = series(
    "CBR/KEY_RATE",
    frame([("2023-12-18", 16.0), ("2024-07-29", 18.0), ("2024-09-16", 19.0), ("2024-10-28", 21.0)]),
    Frequency.EVENT,
    name="Key rate",
    publisher="Bank of Russia",
)
CPI_MOM = series(
    "ROSSTAT/CPI_MOM",
    frame([("2024-08-01", 0.20), ("2024-09-01", 0.48), ("2024-10-01", 0.75)]),
    Frequency.MONTHLY,
    publisher="Rosstat",
)
CPI_YOY = series(
    "CBR/INFLATION",
    frame([("2024-08-01", 9.05), ("2024-09-01", 8.63), ("2024-10-01", 8.54)]),
    Frequency.MONTHLY,
    publisher="Rosstat",
)
GDP_ANNUAL = series(
    "ROSSTAT/GDP_ANNUAL",
    frame(
        [("2023-01-01", 3.6), ("2024-01-01", 4.1), ("2024-01-01", 4.3)],
        as_of=pd.to_datetime(["2024-02-07", "2025-02-07", "2025-12-31"]),
        estimate=["first", "first estimate", "revised"],
    ),
    Frequency.ANNUAL,
    publisher="Rosstat",
)
GDP_QUARTERLY = series(
    "ROSSTAT/GDP_QUARTERLY",
    frame(
        [("2024-10-01", 4.5), ("2025-01-01", 1.7), ("2025-01-01", 1.4)],
        as_of=pd.to_datetime(["2025-02-07", "2025-04-30", "2025-08-13"]),
    ),
    Frequency.QUARTERLY,
    publisher="Rosstat",
)
WEO_RUS = series(
    "IMF/WEO:2024-10/RUS.NGDP_RPCH",
    frame([("2024-01-01", 3.625), ("2025-01-01", 1.347)]),
    Frequency.ANNUAL,
    publisher="IMF",
    vintage="2024-10",
)
MINEK_GDP = series(
    "MINEK/FORECAST:2024-09/GDP",
    frame([("2024-01-01", 3.9), ("2025-01-01", 2.5)]),
    Frequency.ANNUAL,
    publisher="Ministry of Economic Development",
    vintage="2024-09",
)
ALL = {
    s.request.key: s
    for s in (USD_RUB, KEY_RATE, CPI_MOM, CPI_YOY, GDP_ANNUAL, GDP_QUARTERLY, WEO_RUS, MINEK_GDP)
}


def _check(claim: Claim, overrides: dict[str, FetchedSeries | Exception] | None = None) -> Verdict:
    plan = plan_claim(claim)
    return compare_claim(
        claim, plan, fetched_for(plan, {**ALL, **(overrides or {})}), settings=settings()
    )


def _check_of(
    claim: Claim,
    overrides: dict[str, FetchedSeries | Exception] | None = None,
    *,
    kind: str,
) -> Check:
    """Return the one check of ``kind`` ("value", "change", "record") in the claim's verdict."""
    return next(c for c in _check(claim, overrides).checks if c.kind.value == kind)


# ---- to_daily -----------------------------------------------------------------------------------


def test_to_daily_carries_saturday_record_to_sunday_and_monday() -> None:
    """A record applies from its date to the next record: Mon 2024-10-28 has Saturday's rate."""
    daily = to_daily(USD_RUB.frame, start=day("2024-10-26"), end=day("2024-10-29"))
    assert daily["value"].tolist() == [96.6657, 96.6657, 96.6657, 97.2300]
    assert [d.date() for d in daily["record_date"]] == [day("2024-10-26")] * 3 + [day("2024-10-29")]


def test_to_daily_has_no_row_before_the_first_record() -> None:
    """Days before the first record are left out, not filled backwards."""
    daily = to_daily(KEY_RATE.frame, start=day("2023-12-16"), end=day("2023-12-19"))
    assert [d.date() for d in daily["date"]] == [day("2023-12-18"), day("2023-12-19")]


def test_to_daily_stops_carrying_after_max_carry_days() -> None:
    """With a carry limit, a stale last record is not stretched indefinitely."""
    daily = to_daily(
        USD_RUB.frame, start=day("2024-11-01"), end=day("2024-12-31"), max_carry_days=15
    )
    assert daily["date"].max().date() == day("2024-11-16")


def test_to_daily_keeps_the_last_of_duplicate_records() -> None:
    """When a record date repeats (a correction), the later row wins."""
    records = frame([("2024-01-01", 1.0), ("2024-01-01", 2.0)])
    daily = to_daily(records, start=day("2024-01-01"), end=day("2024-01-02"))
    assert daily["value"].tolist() == [2.0, 2.0]


# ---- exchange rates -----------------------------------------------------------------------------


def test_compare_fx_seed_claim_is_contradicted_with_every_field() -> None:
    """140 RUB per USD on 2024-10-30 is contradicted by the 97.3261 record, fields filled."""
    verdict = _check(fx_claim("140", span("2024-10-30")))
    assert verdict.status is CONTRA
    assert verdict.recorded == pytest.approx(97.3261)
    assert verdict.recorded_min == verdict.recorded_max == pytest.approx(97.3261)
    assert verdict.observed == span("2024-10-30")
    assert verdict.deviation_unit == "pct"
    assert verdict.deviation == pytest.approx((140 - 97.3261) / 97.3261 * 100)
    assert verdict.tolerance is not None
    assert (verdict.tolerance.lower, verdict.tolerance.upper) == (139.5, 140.5)
    assert verdict.publisher == "Bank of Russia"
    assert verdict.series == "Official USD/RUB rate"
    assert verdict.url == "https://example.test/page/CBR/R01235"
    assert verdict.api_url == "https://example.test/api/CBR/R01235"
    assert verdict.data_mode is DataMode.SNAPSHOT
    assert verdict.retrieved_at is not None
    assert verdict.reading is not None
    assert "97.3261" in verdict.reason
    assert "2024-10-30" in verdict.reason
    assert "intraday market rates" in verdict.reason


def test_compare_fx_monday_uses_the_saturday_record() -> None:
    """On Monday 2024-10-28 the rate in force is Saturday's record (96.6657)."""
    verdict = _check(fx_claim("96.67", span("2024-10-28")))
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(96.6657)
    assert "record date 2024-10-26" in verdict.reason


def test_compare_fx_vague_period_matches_any_rate_in_range() -> None:
    """ "Late October" is the range of official rates: 96.7 matches though the last is 97.0."""
    verdict = _check(fx_claim("96.7", span("2024-10-25", "2024-10-31")))
    assert verdict.status is MATCH
    assert verdict.recorded_min == pytest.approx(96.6657)
    assert verdict.recorded_max == pytest.approx(97.3261)


def test_compare_fx_close_within_two_percent() -> None:
    """A rate 1.5% off the record is close, not contradicted (FX close margin is 2%)."""
    verdict = _check(fx_claim("98.8", span("2024-10-30")))
    assert verdict.status is CLOSE


def test_compare_fx_hedged_round_number_widens_the_band() -> None:
    """ "About 100" covers 97.3 (5% hedge), while a bare "100" is only close."""
    assert _check(fx_claim("100", span("2024-10-30"), qualifier=Qualifier.APPROX)).status is MATCH
    assert _check(fx_claim("100", span("2024-10-30"))).status is CLOSE


def test_compare_fx_at_least_is_one_sided() -> None:
    """ "Past 95" is true of 97.3; "past 100" is not."""
    assert _check(fx_claim("95", span("2024-10-30"), qualifier=Qualifier.AT_LEAST)).status is MATCH
    assert (
        _check(fx_claim("100", span("2024-10-30"), qualifier=Qualifier.AT_LEAST)).status
        is not MATCH
    )


def test_compare_fx_record_high_is_contradicted_with_record_value_and_date() -> None:
    """An "all-time low" of the ruble at 97 is contradicted by the 120.3785 record of 2022-03-11."""
    claim = fx_claim("97.3", span("2024-10-30"), superlative=Superlative.RECORD_HIGH)
    verdict = _check(claim)
    record = next(c for c in verdict.checks if c.kind.value == "record")
    assert record.status is CONTRA
    assert record.recorded == pytest.approx(120.3785)
    assert "2022-03-11" in record.reason
    assert check_kinds(verdict)["value"] == "match"
    assert verdict.status is CONTRA


def test_compare_fx_record_high_on_the_record_day_matches() -> None:
    """On 2022-03-11 the rate was the highest on record."""
    claim = fx_claim("120.38", span("2022-03-11"), superlative=Superlative.RECORD_HIGH)
    assert _check(claim).status is MATCH


def test_compare_fx_highest_since_uses_the_span_after_the_since_year() -> None:
    """ "Highest since 2022" ignores the 2022 peak but not later, higher rates."""
    since = {"superlative": Superlative.RECORD_HIGH, "superlative_since": dt.date(2022, 1, 1)}
    claim = fx_claim("97.3", span("2024-10-30"), **since)
    record = _check_of(claim, kind="record")
    assert record.status is MATCH
    later = fx_claim("96.67", span("2024-10-28"), **since)
    record = _check_of(later, kind="record")
    assert record.status is CONTRA
    assert record.recorded == pytest.approx(96.7402)
    on_day = fx_claim("97.05", span("2024-10-31"), **since)
    assert _check_of(on_day, kind="record").status is CONTRA


def test_compare_fx_ruble_lost_a_fifth_is_rub_per_usd_up_a_quarter() -> None:
    """ "The ruble lost 20%" matches RUB per USD rising 25% (percent of the inverse)."""
    rates = series(
        "CBR/R01235", frame([("2024-01-01", 80.0), ("2024-06-01", 100.0)]), Frequency.DAILY
    )
    lost = Change(value=Decimal("-20"), unit=ChangeUnit.PCT)
    claim = fx_claim("-20", span("2024-01-02", "2024-06-05"), change=lost)
    verdict = _check(claim, {"CBR/R01235": rates})
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(-20.0)
    assert [a.recorded for a in verdict.alternatives] == [pytest.approx(25.0)]
    up = fx_claim(
        "25",
        span("2024-01-02", "2024-06-05"),
        change=Change(value=Decimal("25"), unit=ChangeUnit.PCT),
    )
    assert _check(up, {"CBR/R01235": rates}).recorded == pytest.approx(25.0)


def _swinging_rates(last: float) -> FetchedSeries:
    """25 daily USD/RUB fixings alternating by 0.5%, then ``last`` on 2024-10-30."""
    days = pd.date_range("2024-10-05", "2024-10-29", freq="D")
    rows = [(d.date().isoformat(), 96.0 if i % 2 else 96.48) for i, d in enumerate(days)]
    return series("CBR/R01235", frame([*rows, ("2024-10-30", last)]), Frequency.DAILY)


@pytest.mark.parametrize(("claimed", "status"), [("-0.9", CLOSE), ("-3", CONTRA), ("2.9", CONTRA)])
def test_compare_fx_move_on_a_day_is_close_within_the_fixings_daily_swing(
    claimed: str, status: VerdictStatus
) -> None:
    """ "The ruble fell 0.9% on Wednesday" against fixings showing -1.3%: the market quote
    was taken at another hour than the fixing, and the rate swings ~0.5% a day."""
    rates = _swinging_rates(97.73)  # 96.48 -> 97.73: the ruble's value -1.28%
    move = Change(value=Decimal(claimed), unit=ChangeUnit.PCT)
    claim = fx_claim(claimed, span("2024-10-30"), change=move)
    change = _check_of(claim, {"CBR/R01235": rates}, kind="change")
    assert change.status is status
    assert ("median daily swing was 0.50%" in change.reason) is (status is CLOSE)


@pytest.mark.parametrize(("claimed", "status"), [("-0.9", CLOSE), ("-5", CONTRA)])
def test_compare_fx_move_over_a_month_takes_the_same_swing_allowance(
    claimed: str, status: VerdictStatus
) -> None:
    """Both ends of a month's move are fixings too, so the same allowance applies."""
    rates = _swinging_rates(97.73)
    move = Change(value=Decimal(claimed), unit=ChangeUnit.PCT)
    claim = fx_claim(claimed, span("2024-10-07", "2024-10-30"), change=move)
    change = _check_of(claim, {"CBR/R01235": rates}, kind="change")
    assert change.status is status


@pytest.mark.parametrize(
    ("claimed", "status"), [("97.73", MATCH), ("100.9", CLOSE), ("103", CONTRA)]
)
def test_compare_fx_level_quoted_within_twice_the_daily_swing_is_close(
    claimed: str, status: VerdictStatus
) -> None:
    """ "The ruble traded at 100.9 per dollar" against a 97.73 fixing, in days when fixings
    swing about 2% a day: a quote at another hour is close within twice that, not beyond."""
    days = pd.date_range("2024-10-05", "2024-10-29", freq="D")
    rows = [(d.date().isoformat(), 96.0 if i % 2 else 97.92) for i, d in enumerate(days)]
    rates = series("CBR/R01235", frame([*rows, ("2024-10-30", 97.73)]), Frequency.DAILY)
    claim = fx_claim(claimed, span("2024-10-30"))
    value = _check_of(claim, {"CBR/R01235": rates}, kind="value")
    assert value.status is status
    assert ("median daily swing (1.98%)" in value.reason) is (status is CLOSE)


@pytest.mark.parametrize(("claimed", "status"), [("-29", MATCH), ("-24", CONTRA)])
def test_compare_fx_hedged_percent_change_is_widened_relatively(
    claimed: str, status: VerdictStatus
) -> None:
    """ "Lost around 30% this year" is 28.5% to 31.5%: a percent change is relative."""
    rates = series(
        "CBR/R01235", frame([("2023-12-31", 70.0), ("2024-10-30", 98.0)]), Frequency.DAILY
    )  # the ruble's value: 70/98 - 1 = -28.6%
    move = Change(value=Decimal(claimed), unit=ChangeUnit.PCT)
    claim = fx_claim(
        claimed, span("2024-01-01", "2024-10-30"), change=move, qualifier=Qualifier.APPROX
    )
    change = _check_of(claim, {"CBR/R01235": rates}, kind="change")
    assert change.status is status


def _weakest_since_september(rows: pd.DataFrame, peak: float) -> Check:
    """Return the record check of "the ruble's weakest since mid-September" at 97.73 on
    2024-10-30, with the fixing of 2024-10-10 set to ``peak``."""
    rows.loc[rows["date"] == pd.Timestamp("2024-10-10"), "value"] = peak
    since = {"superlative": Superlative.RECORD_HIGH, "superlative_since": dt.date(2024, 9, 15)}
    claim = fx_claim("97.73", span("2024-10-30"), **since)
    fetched = {"CBR/R01235": series("CBR/R01235", rows, Frequency.DAILY)}
    return _check_of(claim, fetched, kind="record")


@pytest.mark.parametrize(("peak", "status"), [(98.0, CLOSE), (101.0, CONTRA)])
def test_compare_fx_record_missed_by_less_than_the_daily_swing_is_close(
    peak: float, status: VerdictStatus
) -> None:
    """ "The ruble's weakest since mid-September" when the fixing stays 0.3% short of an
    earlier peak: the market's extreme of the day can pass the fixing (swing 0.5% a day)."""
    record = _weakest_since_september(_swinging_rates(97.73).frame.copy(), peak)
    assert record.status is status
    assert ("daily swing (0.50%)" in record.reason) is (status is CLOSE)


@pytest.mark.parametrize(("peak", "status"), [(97.83, CLOSE), (98.3, CONTRA)])
def test_compare_fx_record_missed_by_a_hair_is_close_even_when_fixings_are_calm(
    peak: float, status: VerdictStatus
) -> None:
    """ "A fresh seven-month low of 65.66" when the fixings barely move (0.01% a day) and an
    earlier fixing is 0.1% past it: a market close and a fixing taken hours apart differ by
    that much (``close_fx_record_pct``, 0.25%); 0.6% past it is a contradiction."""
    days = pd.date_range("2024-10-05", "2024-10-29", freq="D")
    rows = [(d.date().isoformat(), 97.70 if i % 2 else 97.71) for i, d in enumerate(days)]
    record = _weakest_since_september(frame([*rows, ("2024-10-30", 97.73)]), peak)
    assert record.status is status
    assert ("within 0.25%" in record.reason) is (status is CLOSE)


def test_compare_cross_rate_is_derived_from_two_ecb_legs() -> None:
    """USD/JPY is computed as JPY per EUR over USD per EUR and marked as derived."""
    jpy = series(
        "ECB/EXR/D.JPY.EUR.SP00.A", frame([("2024-10-30", 165.0)]), Frequency.DAILY, publisher="ECB"
    )
    usd = series(
        "ECB/EXR/D.USD.EUR.SP00.A", frame([("2024-10-30", 1.1)]), Frequency.DAILY, publisher="ECB"
    )
    claim = fx_claim("150", span("2024-10-30"), base="USD", quote="JPY")
    verdict = _check(claim, {jpy.request.key: jpy, usd.request.key: usd})
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(150.0)
    assert verdict.series is not None
    assert "derived" in verdict.series


def test_compare_cross_rate_before_either_leg_starts_is_unverifiable_not_a_crash() -> None:
    """ "Between 70 and 80 yen per dollar in November 1985": the ECB legs start in 1999."""
    jpy_key, usd_key = "ECB/EXR/D.JPY.EUR.SP00.A", "ECB/EXR/D.USD.EUR.SP00.A"
    claim = fx_claim("70", span("1985-11-01", "1985-11-30"), base="USD", quote="JPY")
    for empty_key in (jpy_key, usd_key):
        fetched = {
            key: series(
                key,
                frame([] if key == empty_key else [("1999-01-04", 1.18)]),
                Frequency.DAILY,
                publisher="ECB",
            )
            for key in (jpy_key, usd_key)
        }
        verdict = _check(claim, fetched)
        assert verdict.status is UNVERIFIABLE
        assert verdict.recorded is None


def test_compare_cross_rate_keeps_the_precision_of_small_rates() -> None:
    """ "The won gained 0.78%": USD per KRW is about 0.0009, yet its change is exact."""
    krw = series(
        "ECB/EXR/D.KRW.EUR.SP00.A",
        frame([("2024-10-29", 1300.0), ("2024-10-30", 1290.0)]),
        Frequency.DAILY,
        publisher="ECB",
    )
    usd = series(
        "ECB/EXR/D.USD.EUR.SP00.A",
        frame([("2024-10-29", 1.2), ("2024-10-30", 1.2)]),
        Frequency.DAILY,
        publisher="ECB",
    )
    gained = Change(value=Decimal("0.78"), unit=ChangeUnit.PCT)
    claim = fx_claim("0.78", span("2024-10-30"), base="KRW", quote="USD", change=gained)
    verdict = _check(claim, {krw.request.key: krw, usd.request.key: usd})
    assert verdict.recorded == pytest.approx((1300.0 / 1290.0 - 1) * 100, abs=1e-4)
    assert verdict.status is MATCH
    assert "0.0009" in verdict.reason  # the level is shown with its significant digits


def test_compare_rate_change_starts_at_the_level_it_rose_from() -> None:
    """ "Since January, raised to 21% from 18%": the 18% in force from July, not the 16% of
    the last day of the year before (+3 pp, not +5)."""
    move = Change(value=Decimal("3"), unit=ChangeUnit.PP, from_value=Decimal("18"))
    claim = make_claim(
        Indicator.POLICY_RATE, "21", span("2024-01-01", "2024-11-05"), country="RUS", change=move
    )
    change = _check_of(claim, kind="change")
    assert change.status is MATCH
    assert change.recorded == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("start", "status", "recorded"),
    [("2024-07-01", CONTRA, 100.0), ("2024-10-01", MATCH, 200.0)],
)
def test_compare_move_said_of_each_decision_checks_every_move(
    start: str, status: VerdictStatus, recorded: float
) -> None:
    """ "Raised by 200 bp at each meeting since July": the moves were +200, +100 and +200, so
    the +100 contradicts it, though the sum is not what is claimed."""
    sentence = "The bank raised its key rate by 200 basis points at each meeting since July."
    move = Change(value=Decimal("200"), unit=ChangeUnit.BP)
    claim = make_claim(
        Indicator.POLICY_RATE,
        "200",
        span(start, "2024-11-05"),
        country="RUS",
        change=move,
        sentence=sentence,
        surface="200 basis points",
    )
    change = _check_of(claim, kind="change")
    assert change.status is status
    assert change.recorded == pytest.approx(recorded)
    assert "each claimed" in change.reason


def test_compare_rate_period_is_read_up_to_the_article() -> None:
    """ "The ruble has lost 9.1% in 2024", written on 13 June: the year to date, not to the
    rate of 30 December, which no writer knew then."""
    rates = series(
        "CBR/R01235",
        frame([("2023-12-29", 90.0), ("2024-06-12", 99.0), ("2024-12-30", 110.0)]),
        Frequency.DAILY,
    )
    lost = Change(value=Decimal("-9.1"), unit=ChangeUnit.PCT)
    claim = fx_claim(
        "-9.1", span("2024-01-01", "2024-12-31"), change=lost, published=dt.date(2024, 6, 13)
    )
    verdict = _check(claim, {"CBR/R01235": rates})
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(90.0 / 99.0 * 100 - 100, abs=0.01)
    assert "up to the article's date" in verdict.reason


# ---- inflation readings -------------------------------------------------------------------------


def test_compare_seed_inflation_is_contradicted_under_every_reading() -> None:
    """ "Past 19% in October" fails y/y 8.54, m/m 0.75 and annualised m/m ~9.4."""
    claim = make_claim(
        Indicator.INFLATION,
        "19",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        qualifier=Qualifier.AT_LEAST,
    )
    verdict = _check(claim)
    assert verdict.status is CONTRA
    assert verdict.reading == "y/y"  # the closest plain reading; annualised is only listed
    assert verdict.recorded == pytest.approx(8.54)
    readings = {a.reading: a.recorded for a in verdict.alternatives}
    assert readings == {
        "m/m": pytest.approx(0.75),
        "m/m annualised": pytest.approx(((1.0075**12) - 1) * 100, abs=0.01),
    }
    assert verdict.deviation_unit == "pp"


ANNUALISED_OCT = ((1.0075**12) - 1) * 100  # October 2024 m/m 0.75 compounded over 12 months


def test_compare_stated_mom_decides_and_lists_every_other_reading() -> None:
    """ "Past 19% in October alone" read as m/m: 0.75 decides; y/y and annualised m/m are listed."""
    claim = make_claim(
        Indicator.INFLATION,
        "19",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        qualifier=Qualifier.AT_LEAST,
        measure=Measure.MOM,
        published=dt.date(2024, 11, 20),
    )
    verdict = _check(claim)
    assert verdict.status is CONTRA
    assert verdict.reading == "m/m"
    assert verdict.recorded == pytest.approx(0.75)
    readings = {a.reading: a.recorded for a in verdict.alternatives}
    annualised = pytest.approx(ANNUALISED_OCT, abs=0.005)  # published to 2 decimals
    assert readings == {"y/y": pytest.approx(8.54), "m/m annualised": annualised}
    assert f"other readings: y/y 8.54%, m/m annualised {ANNUALISED_OCT:.2f}%" in verdict.reason


def test_compare_stated_measure_decides_even_when_another_reading_fits() -> None:
    """8.54% stated as m/m is contradicted by m/m 0.75; y/y 8.54 is just another reading."""
    claim = make_claim(
        Indicator.INFLATION,
        "8.54",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.MOM,
        published=dt.date(2024, 11, 20),
    )
    verdict = _check(claim)
    assert verdict.status is CONTRA
    assert verdict.reading == "m/m"
    readings = {a.reading: a.recorded for a in verdict.alternatives}
    assert readings["y/y"] == pytest.approx(8.54)


def test_compare_failed_alternative_reading_leaves_the_verdict_alone() -> None:
    """A source failing for a listed reading only drops that reading; the stated one decides."""
    claim = make_claim(
        Indicator.INFLATION,
        "0.75",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.MOM,
        published=dt.date(2024, 11, 20),
    )
    failed = SourceUnavailable("timed out", source_id="CBR", url="snapshot:CBR/INFLATION")
    verdict = _check(claim, {"CBR/INFLATION": failed})
    assert verdict.status is MATCH
    assert [a.reading for a in verdict.alternatives] == ["m/m annualised"]


def test_compare_imf_monthly_cpi_checks_any_economy() -> None:
    """ "Indian inflation was 6.2% in October": the IMF's monthly CPI (y/y 6.21, m/m 1.2)."""
    base = "IMF/SDMX:IMF.STA/CPI/IND.CPI._T"
    fetched: dict[str, FetchedSeries | Exception] = {
        f"{base}.{code}.M": series(
            f"{base}.{code}.M", frame([("2024-10-01", value)]), Frequency.MONTHLY, publisher="IMF"
        )
        for code, value in (("YOY_PCH_PA_PT", 6.21), ("POP_PCH_PA_PT", 1.2))
    }
    claim = make_claim(Indicator.INFLATION, "6.2", span("2024-10-01", "2024-10-31"), country="IND")
    verdict = _check(claim, fetched)
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(6.21)
    assert verdict.reading == "y/y"
    assert [a.recorded for a in verdict.alternatives] == [pytest.approx(1.2)]


def test_compare_us_core_inflation_from_the_core_indexes() -> None:
    """ "Core inflation was 3.3% in October": CPI less food and energy, 12-month change of the
    unadjusted index (100 -> 103.3), with the adjusted index's m/m listed."""
    rows_nsa = [("2023-10-01", 100.0), ("2024-09-01", 103.0), ("2024-10-01", 103.3)]
    rows_sa = [("2023-10-01", 100.0), ("2024-09-01", 103.0), ("2024-10-01", 103.309)]
    fetched: dict[str, FetchedSeries | Exception] = {
        "FRED/CPILFENS": series("FRED/CPILFENS", frame(rows_nsa), Frequency.MONTHLY),
        "FRED/CPILFESL": series("FRED/CPILFESL", frame(rows_sa), Frequency.MONTHLY),
    }
    claim = make_claim(
        Indicator.INFLATION,
        "3.3",
        span("2024-10-01", "2024-10-31"),
        country="USA",
        basket=Basket.CORE,
    )
    verdict = _check(claim, fetched)
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(3.3)
    assert "CPILFENS" in verdict.reason


def test_compare_us_quarterly_gdp_reads_the_annualised_rate() -> None:
    """ "The US economy grew at a 2.8% annual rate in the third quarter": BEA's SAAR 2.8; the
    2.7% change from a year earlier is listed."""
    fetched: dict[str, FetchedSeries | Exception] = {
        key: series(key, frame([("2024-07-01", value)]), Frequency.QUARTERLY)
        for key, value in (("FRED/A191RL1Q225SBEA", 2.8), ("FRED/A191RO1Q156NBEA", 2.7))
    }
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "2.8",
        span("2024-07-01", "2024-09-30"),
        country="USA",
        measure_stated=False,
    )
    verdict = _check(claim, fetched)
    assert verdict.status is MATCH
    assert verdict.reading == "real GDP growth q/q, seasonally adjusted annual rate"
    assert [a.recorded for a in verdict.alternatives] == [pytest.approx(2.7)]


def test_compare_stated_measure_without_a_figure_is_unverifiable() -> None:
    """With no m/m figure for the month, a stated m/m is unverifiable even though y/y exists."""
    no_october = series(
        "ROSSTAT/CPI_MOM",
        frame([("2024-08-01", 0.20), ("2024-09-01", 0.48)]),
        Frequency.MONTHLY,
        publisher="Rosstat",
    )
    claim = make_claim(
        Indicator.INFLATION,
        "0.75",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.MOM,
        published=dt.date(2024, 11, 20),
    )
    verdict = _check(claim, {"ROSSTAT/CPI_MOM": no_october})
    assert verdict.status is UNVERIFIABLE
    assert "No official figure for 2024-10" in verdict.reason


def test_compare_inflation_picks_the_reading_closest_to_the_claim() -> None:
    """A claim of 8.5% is read as y/y (8.54 within 8.45..8.55) and matches."""
    claim = make_claim(
        Indicator.INFLATION,
        "8.5",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        published=dt.date(2024, 11, 20),
    )
    verdict = _check(claim)
    assert verdict.status is MATCH
    assert verdict.reading == "y/y"
    assert verdict.tolerance is not None
    assert verdict.tolerance.lower == pytest.approx(8.45)


def test_compare_claim_before_release_is_flagged() -> None:
    """October CPI claimed on 2024-11-05, before Rosstat publishes it, gets a timing check."""
    claim = make_claim(Indicator.INFLATION, "8.5", span("2024-10-01", "2024-10-31"), country="RUS")
    verdict = _check(claim)
    assert check_kinds(verdict) == {"value": "match", "release_timing": "unverifiable"}
    assert verdict.status is UNVERIFIABLE


@pytest.mark.parametrize(("stated", "status"), [(False, MATCH), (True, CONTRA)])
def test_compare_conventional_measure_matches_the_reading_that_fits(
    stated: bool, status: VerdictStatus
) -> None:
    """'Inflation was 0.75% in October' (y/y by convention) matches m/m; 'annual' does not."""
    claim = make_claim(
        Indicator.INFLATION,
        "0.75",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.YOY,
        measure_stated=stated,
        published=dt.date(2024, 11, 20),
    )
    verdict = _check(claim)
    assert verdict.status is status
    assert verdict.reading == ("m/m" if not stated else "y/y")


def test_compare_weekly_estimate_is_not_contradicted_by_the_later_monthly_figure() -> None:
    """'9.9% as of October 21' (before October's figure is out) is unverifiable, not wrong."""
    claim = make_claim(Indicator.INFLATION, "9.9", span("2024-10-21"), country="RUS")
    verdict = _check(claim)
    assert check_kinds(verdict) == {"value": "unverifiable", "release_timing": "unverifiable"}
    assert "early estimate" in verdict.reason


def test_compare_whole_month_before_release_is_still_contradicted_when_far() -> None:
    """A whole month claimed before its release stays contradicted when far from the figure."""
    claim = make_claim(Indicator.INFLATION, "19", span("2024-10-01", "2024-10-31"), country="RUS")
    assert check_kinds(_check(claim))["value"] == "contradicted"


def test_compare_us_inflation_computed_from_the_index() -> None:
    """US y/y is computed from the CPI-U index and rounded to 1 decimal as BLS publishes."""
    rows = [(f"2023-{m:02d}-01", 300.0) for m in range(1, 13)] + [("2024-01-01", 309.3)]
    cpi = series("FRED/CPIAUCNS", frame(rows), Frequency.MONTHLY, publisher="BLS via FRED")
    claim = make_claim(
        Indicator.INFLATION,
        "3.1",
        span("2024-01-01", "2024-01-31"),
        country="USA",
        published=dt.date(2024, 3, 1),
    )
    verdict = _check(claim, {"FRED/CPIAUCNS": cpi})
    assert verdict.status is MATCH
    assert verdict.reading == "y/y (computed from the index)"
    assert verdict.recorded == pytest.approx(3.1)


# ---- GDP revisions ------------------------------------------------------------------------------


def test_compare_gdp_reports_the_figure_known_at_publication_and_the_revision() -> None:
    """In March 2025 the known 2024 figure was 4.1; the later 4.3 is in the range and reason."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4.1",
        span("2024-01-01", "2024-12-31"),
        country="RUS",
        published=dt.date(2025, 3, 1),
    )
    verdict = _check(claim)
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(4.1)
    assert (verdict.recorded_min, verdict.recorded_max) == (pytest.approx(4.1), pytest.approx(4.3))
    assert "4.3" in verdict.reason


def test_compare_gdp_matching_the_later_revision_is_a_match() -> None:
    """A claim of 4.3% made after the revision matches the latest figure."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4.3",
        span("2024-01-01", "2024-12-31"),
        country="RUS",
        published=dt.date(2026, 2, 1),
    )
    verdict = _check(claim)
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(4.3)


def test_compare_gdp_claim_before_first_estimate_is_flagged() -> None:
    """A 2024 growth figure claimed in January 2025, before Rosstat's first estimate, is flagged."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4",
        span("2024-01-01", "2024-12-31"),
        country="RUS",
        published=dt.date(2025, 1, 20),
    )
    verdict = _check(claim)
    assert check_kinds(verdict)["release_timing"] == "unverifiable"
    assert "2025-02-07" in verdict.reason


def test_compare_half_year_gdp_stated_yoy_is_read_as_the_half_year() -> None:
    """ "5.4% y/y in H1 2024" is the half's growth (~4.7), not Q1's 5.4, which is listed instead."""
    quarters = series(
        "ROSSTAT/GDP_QUARTERLY",
        frame([("2024-01-01", 5.4), ("2024-04-01", 4.0)]),
        Frequency.QUARTERLY,
        publisher="Rosstat",
    )
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "5.4",
        span("2024-01-01", "2024-06-30"),
        country="RUS",
        measure=Measure.YOY,
        published=dt.date(2024, 10, 1),
    )
    verdict = _check(claim, {"ROSSTAT/GDP_QUARTERLY": quarters})
    assert verdict.status is CONTRA
    assert verdict.reading == "period y/y (mean of quarterly y/y)"
    assert verdict.recorded == pytest.approx((5.4 + 4.0) / 2, abs=0.05)
    assert [a.reading for a in verdict.alternatives] == ["real GDP growth y/y"]
    assert verdict.alternatives[0].recorded == pytest.approx(5.4)


def _approx_q4(as_of: str) -> FetchedSeries:
    """Rosstat's Q4 2024 first estimate 4.5 with an approximate (unstated) publication date."""
    return series(
        "ROSSTAT/GDP_QUARTERLY",
        frame(
            [("2024-10-01", 4.5)],
            as_of=[pd.Timestamp(as_of)],
            as_of_basis=["approximate"],
            estimate=["first estimate (2025)"],
        ),
        Frequency.QUARTERLY,
        publisher="Rosstat",
    )


def test_compare_gdp_approximate_date_after_the_usual_delay_is_not_flagged() -> None:
    """An approximate as_of does not flag a March 2025 article: it may have been out."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4.5",
        span("2024-10-01", "2024-12-31"),
        country="RUS",
        published=dt.date(2025, 3, 10),
    )
    verdict = _check(claim, {"ROSSTAT/GDP_QUARTERLY": _approx_q4("2025-12-31")})
    assert check_kinds(verdict) == {"value": "match"}
    assert verdict.status is MATCH


def test_compare_gdp_approximate_date_flags_only_before_the_usual_delay() -> None:
    """Q4 figures claimed on 2025-01-20, weeks before any Rosstat Q4 release, are flagged."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4.5",
        span("2024-10-01", "2024-12-31"),
        country="RUS",
        published=dt.date(2025, 1, 20),
    )
    verdict = _check(claim, {"ROSSTAT/GDP_QUARTERLY": _approx_q4("2025-12-31")})
    assert check_kinds(verdict) == {"value": "match", "release_timing": "unverifiable"}
    assert verdict.status is UNVERIFIABLE
    assert "not published before about" in verdict.reason
    assert "2025-12-31" not in verdict.reason


# ---- policy rates and changes -------------------------------------------------------------------


def test_compare_rate_raised_on_decision_day_counts_the_effective_rate() -> None:
    """ "Raised by 200 bp to 21% on Friday 2024-10-25" matches the rate effective on Monday."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        "21",
        span("2024-10-25"),
        country="RUS",
        change=Change(value=Decimal("200"), unit=ChangeUnit.BP),
    )
    verdict = _check(claim)
    assert check_kinds(verdict) == {"value": "match", "change": "match"}
    change = next(c for c in verdict.checks if c.kind.value == "change")
    assert change.recorded == pytest.approx(200.0)


def test_compare_rate_move_on_a_day_is_not_mixed_with_a_later_decision() -> None:
    """ "Raised by a point to 10.5%" on 2014-12-11 matches, though an emergency hike to 17%
    took effect five days later, within the week a decision is given to take effect."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        "10.5",
        span("2014-12-11"),
        country="RUS",
        change=Change(value=Decimal("1"), unit=ChangeUnit.PP),
    )
    rates = series(
        "CBR/KEY_RATE",
        frame([("2014-11-05", 9.5), ("2014-12-12", 10.5), ("2014-12-16", 17.0)]),
        Frequency.EVENT,
        name="Key rate",
        publisher="Bank of Russia",
    )
    verdict = _check(claim, {"CBR/KEY_RATE": rates})
    assert check_kinds(verdict) == {"value": "match", "change": "match"}
    change = next(c for c in verdict.checks if c.kind.value == "change")
    assert change.recorded == pytest.approx(1.0)


def test_compare_rate_change_in_wrong_units_is_contradicted() -> None:
    """ "Raised by 500 bp" over the autumn is contradicted by the 300 bp recorded."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        "500",
        span("2024-09-01", "2024-10-31"),
        country="RUS",
        change=Change(value=Decimal("500"), unit=ChangeUnit.BP),
    )
    verdict = _check(claim)
    assert verdict.status is CONTRA
    assert verdict.recorded == pytest.approx(300.0)
    assert verdict.deviation == pytest.approx(2.0)
    assert verdict.deviation_unit == "pp"


def test_compare_doubled_is_a_ratio() -> None:
    """The key rate went from 16% to 21%: "doubled" is contradicted, "rose a third" matches."""
    doubled = make_claim(
        Indicator.POLICY_RATE,
        "2",
        span("2024-01-01", "2024-11-05"),
        country="RUS",
        value_text="doubled",
        change=Change(value=Decimal("2"), unit=ChangeUnit.RATIO),
    )
    assert _check(doubled).status is CONTRA
    third = make_claim(
        Indicator.POLICY_RATE,
        "1.3",
        span("2024-01-01", "2024-11-05"),
        country="RUS",
        change=Change(value=Decimal("1.3"), unit=ChangeUnit.RATIO),
    )
    assert _check(third).status is MATCH


# ---- forecasts ----------------------------------------------------------------------------------


def _gdp_forecast(value: str, **fields: object) -> Claim:
    return make_claim(
        Indicator.GDP_GROWTH,
        value,
        span("2024-11-06", "2025-05-05"),
        country="RUS",
        horizon=Horizon.FORECAST,
        **fields,
    )


def test_compare_seed_leaked_forecast_is_contradicted_by_the_published_forecasts() -> None:
    """A leaked -15% contraction is far from every published forecast; the outcome is shown."""
    verdict = _check(_gdp_forecast("-15", attributed_to="leaked memos", hedged=True))
    assert verdict.status is CONTRA
    assert check_kinds(verdict) == {"forecast_published": "contradicted"}
    assert (verdict.recorded_min, verdict.recorded_max) == (pytest.approx(1.3), pytest.approx(3.9))
    assert "cannot be confirmed" in verdict.reason
    outcome = [a for a in verdict.alternatives if a.reading.startswith("outcome")]
    assert pytest.approx(1.4) in [a.recorded for a in outcome]
    assert "the outcome" in verdict.reason


@pytest.mark.parametrize(
    ("forecaster", "attributed_to", "value"),
    [
        (None, "economists polled by Reuters", "9"),  # a poll far from every forecast
        ("Central Bank of Egypt", "Governor Hassan", "9"),  # a bank's governor speaking
        (None, None, "9"),  # the article's own voice
        ("IMF", "leaked memos", "3.7"),  # a leak within reach: cannot be confirmed either
    ],
)
def test_compare_forecast_neither_held_nor_leaked_far_is_unverifiable(
    forecaster: str | None, attributed_to: str | None, value: str
) -> None:
    """Only a held release or a leak far from every release decides a forecast's status."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        value,
        span("2024-01-01", "2024-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        forecaster=forecaster,
        attributed_to=attributed_to,
        hedged=attributed_to == "leaked memos",
    )
    verdict = _check(claim)
    assert verdict.status is UNVERIFIABLE
    assert verdict.recorded is not None  # the closest published forecast, for comparison
    assert "the outcome" in verdict.reason


@pytest.mark.parametrize(
    ("attributed_to", "hedged", "status"),
    [("economists polled by Reuters", False, UNVERIFIABLE), ("leaked memos", True, ERROR)],
)
def test_compare_failed_comparison_is_an_error_only_where_it_would_decide(
    attributed_to: str, hedged: bool, status: VerdictStatus
) -> None:
    """Offline without the releases of the time: a poll's forecast stays unverifiable (the
    releases would only be context), a leak's is an error (they would decide it)."""
    claim = _gdp_forecast("2", attributed_to=attributed_to, hedged=hedged)
    down = SourceUnavailable("offline", source_id="IMF", url="https://x")
    failures: dict[str, FetchedSeries | Exception] = {
        t.request.key: down
        for t in plan_claim(claim).targets
        if t.kind is CheckKind.FORECAST_PUBLISHED
    }
    verdict = _check(claim, failures)
    assert verdict.status is status
    assert "offline" in verdict.reason


def test_compare_forecast_credited_to_a_poll_is_not_the_named_forecasters() -> None:
    """ "According to a poll, growth will be 9% ..., below the IMF's figure": the IMF is named
    but the figure is the poll's, so the IMF's release does not decide it."""
    claim = _gdp_forecast("9", forecaster="IMF", attributed_to="a poll prediction")
    verdict = _check(claim)
    assert verdict.status is UNVERIFIABLE
    assert "a poll prediction" in verdict.reason


def test_compare_forecast_with_only_an_outcome_lists_it_and_stays_unverifiable() -> None:
    """ "The key rate was expected to reach 25%" (it reached 21%): a missed forecast is not
    a false statement; the outcome is given for comparison."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        "25",
        span("2024-10-30"),
        country="RUS",
        horizon=Horizon.FORECAST,
        attributed_to="analysts",
    )
    verdict = _check(claim)
    assert verdict.status is UNVERIFIABLE
    assert verdict.recorded == pytest.approx(21.0)
    assert "for comparison, the outcome" in verdict.reason


def test_compare_forecast_outcome_over_many_days_is_one_range_not_a_list_of_days() -> None:
    """ "Analysts expect the rouble at 97 per dollar in October": a month of daily fixings is
    shown as its range over the month, not day by day."""
    claim = fx_claim(
        "97",
        span("2024-10-01", "2024-10-30"),
        horizon=Horizon.FORECAST,
        forecaster="analysts",
        attributed_to="analysts",
    )
    verdict = _check(claim)
    assert verdict.status is UNVERIFIABLE
    assert "for comparison, the outcome" in verdict.reason
    assert " over " in verdict.reason
    assert verdict.reason.count("2024-10-") <= 4


def test_compare_forecast_move_is_not_set_against_levels() -> None:
    """ "Economists expected a 25 bp cut": the outcome series hold levels, not moves."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        "-25",
        span("2024-10-30"),
        country="RUS",
        horizon=Horizon.FORECAST,
        change=Change(value=Decimal("-25"), unit=ChangeUnit.BP),
    )
    verdict = _check(claim)
    assert verdict.status is UNVERIFIABLE
    assert "21%" not in verdict.reason


def test_compare_leaked_forecast_consistent_with_published_is_unverifiable() -> None:
    """An unpublished figure inside the range of published forecasts cannot be confirmed."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "2",
        span("2025-01-01", "2025-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        attributed_to="sources",
        hedged=True,
    )
    verdict = _check(claim)
    assert check_kinds(verdict)["forecast_published"] == "unverifiable"


@pytest.mark.parametrize("attributed_to", [None, "the Central Bank of Egypt"])
def test_compare_forecaster_stating_its_own_forecast_is_never_contradicted(
    attributed_to: str | None,
) -> None:
    """A bank's own forecast we hold no release of is unverifiable, however far from others."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "9",
        span("2025-01-01", "2025-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        forecaster="Central Bank of Egypt",
        attributed_to=attributed_to,
    )
    verdict = _check(claim)
    assert check_kinds(verdict)["forecast_published"] == "unverifiable"


def test_compare_named_imf_forecast_compares_at_published_rounding() -> None:
    """The IMF's 1.347 for 2025 is published as 1.3, so a claim of 1.3% matches."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "1.3",
        span("2025-01-01", "2025-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        forecaster="IMF",
    )
    verdict = _check(claim)
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(1.3)
    assert verdict.vintage == "2024-10"
    assert [c.kind.value for c in verdict.checks] == ["forecast_published"]


def _imf_2025_growth(value: str, published: str) -> Claim:
    return make_claim(
        Indicator.GDP_GROWTH,
        value,
        span("2025-01-01", "2025-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        forecaster="IMF",
        published=dt.date.fromisoformat(published),
    )


def test_compare_imf_forecast_far_from_the_weo_after_an_update_is_unverifiable() -> None:
    """After the January 2025 WEO Update, which the record lacks, a figure far from the October
    2024 WEO may be the Update's: unverifiable, and the reason says why."""
    verdict = _check(_imf_2025_growth("0.9", "2025-02-10"))
    check = next(c for c in verdict.checks if c.kind.value == "forecast_published")
    assert check.status is VerdictStatus.UNVERIFIABLE
    assert "Update of 2025-01 (published 2025-01-17)" in check.reason
    assert verdict.vintage == "2024-10"


def test_compare_imf_forecast_far_from_the_weo_with_no_update_since_is_contradicted() -> None:
    verdict = _check(_imf_2025_growth("0.9", "2024-11-05"))
    assert check_kinds(verdict)["forecast_published"] == "contradicted"
    assert all("Update" not in c.reason for c in verdict.checks)


def test_compare_imf_forecast_matching_the_weo_after_an_update_still_matches() -> None:
    verdict = _check(_imf_2025_growth("1.3", "2025-02-10"))
    assert check_kinds(verdict)["forecast_published"] == "match"


def test_compare_named_forecast_shows_the_outcome_as_an_alternative() -> None:
    """A correctly quoted forecast that missed stays a match; the outcome is shown alongside."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "3.6",
        span("2024-01-01", "2024-12-31"),
        country="RUS",
        horizon=Horizon.FORECAST,
        forecaster="IMF",
    )
    verdict = _check(claim)
    assert verdict.status is MATCH
    outcome = [a for a in verdict.alternatives if a.reading.startswith("outcome")]
    assert outcome
    assert outcome[0].recorded == pytest.approx(4.3)  # the latest estimate


# ---- failures and missing data ------------------------------------------------------------------


def test_compare_source_failure_is_an_error_naming_the_source() -> None:
    """A failed fetch gives status error and names the source and the failure."""
    failure = SourceUnavailable("timed out after 3 retries", source_id="CBR", url="https://x")
    verdict = _check(fx_claim("97", span("2024-10-30")), {"CBR/R01235": failure})
    assert verdict.status is ERROR
    assert "CBR" in verdict.reason
    assert "timed out" in verdict.reason


def test_compare_series_not_found_is_unverifiable() -> None:
    """A series the publisher does not have makes the claim unverifiable, not an error."""
    missing = SeriesNotFound("empty series", source_id="CBR")
    verdict = _check(fx_claim("97", span("2024-10-30")), {"CBR/R01235": missing})
    assert verdict.status is UNVERIFIABLE


def test_compare_date_outside_the_series_is_unverifiable_and_says_what_is_missing() -> None:
    """A day after the series ends is unverifiable; the reason names the series' coverage."""
    verdict = _check(fx_claim("97", span("2025-03-01")))
    assert verdict.status is UNVERIFIABLE
    assert "latest figure is of 2024-11-01" in verdict.reason
    assert "2025-03-01" in verdict.reason


def test_compare_unresolved_plan_is_unverifiable_with_its_reason() -> None:
    """A plan that could not be made becomes an unverifiable verdict with the same reason."""
    claim = fx_claim("5", span("2024-10-30"), base="XYZ")
    plan = ClaimPlan(claim_id=claim.id, unresolved_reason="no XYZ rate in the data")
    verdict = compare_claim(claim, plan, {}, settings=settings())
    assert verdict.status is UNVERIFIABLE
    assert verdict.reason == "no XYZ rate in the data"


def _us_2024_growth_against_april_2025_weo(
    claimed: str, published: dt.date, tuned: Settings | None = None
) -> Verdict:
    """Check "US GDP grew <claimed>% in 2024" with only the April 2025 WEO at hand (2.765 for
    2024, an outcome there); every other release is missing."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        claimed,
        span("2024-01-01", "2024-12-31"),
        country="USA",
        published=published,
    )
    plan = plan_claim(claim)
    weo = series(
        "IMF/WEO:2025-04/USA.NGDP_RPCH",
        frame([("2024-01-01", 2.765)]),
        Frequency.ANNUAL,
        publisher="IMF",
        vintage="2025-04",
    )
    missing = SeriesNotFound("no such release", source_id="IMF")
    fetched: dict[object, FetchedSeries | Exception] = {
        target.request: weo if target.vintage == "2025-04" else missing for target in plan.targets
    }
    return compare_claim(claim, plan, fetched, settings=tuned or settings())  # type: ignore[arg-type]


def test_compare_partial_vintage_failure_still_gives_a_verdict() -> None:
    """When one IMF release is missing, the others still check the claim (the April 2025 WEO
    holds 2024 as an outcome)."""
    verdict = _us_2024_growth_against_april_2025_weo("2.8", dt.date(2025, 1, 10))
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(2.8)


@pytest.mark.parametrize(
    ("claimed", "margin", "status"),
    [("2.6", 0.5, CLOSE), ("2.6", 0.0, CONTRA), ("3.5", 0.5, CONTRA), ("2.8", 0.5, MATCH)],
)
def test_compare_outcome_against_the_imfs_estimate_is_close_within_its_margin(
    claimed: str, margin: float, status: VerdictStatus
) -> None:
    """ "GDP grew 2.6% in 2024" against the April 2025 WEO's 2.8 (the IMF's estimate of a year
    over, not the statistics office's figure): close within ``close_imf_estimate_pp``."""
    tuned = replace(settings(), close_imf_estimate_pp=margin)
    verdict = _us_2024_growth_against_april_2025_weo(claimed, dt.date(2025, 5, 10), tuned)
    assert verdict.status is status
    assert verdict.recorded == pytest.approx(2.8)
    assert "estimate of the outcome" in verdict.reason


def test_compare_a_projection_never_checks_an_outcome() -> None:
    """ "Inflation averaged 0.9% in 2024", with only October 2024's projection of 1.7% for
    2024 at hand: unverifiable, the projection named, not a contradiction."""
    claim = make_claim(
        Indicator.INFLATION,
        "0.9",
        span("2024-01-01", "2024-12-31"),
        country="MAR",
        published=dt.date(2025, 3, 18),
    )
    plan = plan_claim(claim)
    weo = series(
        "IMF/WEO:2024-10/MAR.PCPIPCH",
        frame([("2023-01-01", 6.1), ("2024-01-01", 1.7)]),
        Frequency.ANNUAL,
        publisher="IMF",
        vintage="2024-10",
    )
    fetched: dict[object, FetchedSeries | Exception] = {}
    for target in plan.targets:
        fetched[target.request] = (
            weo if target.vintage == "2024-10" else SeriesNotFound("none", source_id="IMF")
        )
    verdict = compare_claim(claim, plan, fetched, settings=settings())  # type: ignore[arg-type]
    assert verdict.status is UNVERIFIABLE
    assert "only project it (2024-10: 1.7%)" in verdict.reason


def test_compare_is_pure_and_repeatable() -> None:
    """The same inputs give the same verdict twice (no hidden state)."""
    claim = fx_claim("140", span("2024-10-30"), superlative=Superlative.RECORD_HIGH)
    assert _check(claim) == _check(claim)


def test_compare_lost_more_than_half_is_one_sided_on_the_size() -> None:
    """ "The ruble lost more than half its value" is contradicted by a fall of a fifth."""
    rates = series(
        "CBR/R01235", frame([("2024-01-01", 80.0), ("2024-06-01", 100.0)]), Frequency.DAILY
    )
    claim = fx_claim(
        "-50",
        span("2024-01-02", "2024-06-05"),
        value_text="half",
        qualifier=Qualifier.AT_LEAST,
        change=Change(value=Decimal("-50"), unit=ChangeUnit.PCT),
    )
    verdict = _check(claim, {"CBR/R01235": rates})
    assert verdict.status is CONTRA
    assert verdict.recorded == pytest.approx(-20.0)


def test_compare_pre_1998_rates_are_read_in_old_roubles_too() -> None:
    """A 1995 claim of 4,100 rubles per dollar matches the restated 4.079 (x 1,000)."""
    old = series("CBR/R01235", frame([("1995-02-03", 4.079)]), Frequency.DAILY)
    claim = fx_claim(
        "4100",
        span("1995-02-06"),
        value_text="4,100",
        qualifier=Qualifier.APPROX,
        published=dt.date(1995, 2, 7),
    )
    verdict = _check(claim, {"CBR/R01235": old})
    assert verdict.status is MATCH
    assert verdict.recorded == pytest.approx(4079.0)
    assert [a.recorded for a in verdict.alternatives] == [pytest.approx(4.079)]


def test_compare_forecast_with_no_outcome_yet_is_unverifiable_and_says_so() -> None:
    """An exchange-rate forecast for a date the series does not reach yet is unverifiable."""
    claim = fx_claim("120", span("2026-06-30"), horizon=Horizon.FORECAST)
    verdict = _check(claim)
    assert verdict.status is UNVERIFIABLE
    assert [c.kind.value for c in verdict.checks] == ["forecast_outcome"]
    assert "recorded outcome" in verdict.reason


@pytest.mark.parametrize(("to_level", "status"), [("96.6", CLOSE), ("99.9", CONTRA)])
def test_compare_fx_move_from_two_quoted_levels_takes_both_levels_allowances(
    to_level: str, status: VerdictStatus
) -> None:
    """ "From 96.48 to 96.60": the move (+0.12%) is worked out from two quoted levels, each of
    which may differ from its fixing by a level's allowance, so it is close to the fixings'
    +1.30% (swing 0.5%: 1.18 points off, within 4 x 0.5) where a stated +0.12% is not (2 x 0.5)."""
    rates = _swinging_rates(97.73)  # 96.48 -> 97.73: +1.30% in rubles per dollar
    derived = round(Decimal(to_level) / Decimal("96.48") * 100 - 100, 2)
    move = Change(value=derived, unit=ChangeUnit.PCT, from_value=Decimal("96.48"))
    claim = fx_claim(to_level, span("2024-10-30"), change=move)
    change = _check_of(claim, {"CBR/R01235": rates}, kind="change")
    assert change.status is status
    assert ("worked out from two quoted levels" in change.reason) is (status is CLOSE)
    stated = fx_claim(to_level, span("2024-10-30"), change=replace(move, from_value=None))
    stated_change = _check_of(stated, {"CBR/R01235": rates}, kind="change")
    assert stated_change.status is CONTRA


def test_compare_move_of_each_ecb_rate_is_read_against_the_rate_that_made_it() -> None:
    """ "The MRO and MLF rates were reduced by 60bp each" (September 2024): the deposit rate
    moved 25bp, the other two 60bp; the claim is read against the series that made the move."""
    sentence = (
        "The deposit facility rate was cut by 25bp while the rate on main refinancing "
        "operations and the marginal lending facility rate were reduced by 60bp each."
    )
    claim = make_claim(
        Indicator.POLICY_RATE,
        "-60",
        span("2024-09-12"),
        country="EA",
        change=Change(value=Decimal("-60"), unit=ChangeUnit.BP),
        sentence=sentence,
        surface="60bp",
    )
    ecb = {
        f"ECB/FM/B.U2.EUR.4F.KR.{key}.LEV": series(
            f"ECB/FM/B.U2.EUR.4F.KR.{key}.LEV",
            frame([("2024-06-12", before), ("2024-09-18", after)]),
            Frequency.EVENT,
            name=f"ECB {key}",
            publisher="ECB",
        )
        for key, before, after in (("DFR", 3.75, 3.5), ("MRR_FR", 4.25, 3.65), ("MLFR", 4.5, 3.9))
    }
    change = _check_of(claim, ecb, kind="change")
    assert change.status is MATCH
    assert "ECB MRR_FR" in change.reason or "ECB MLFR" in change.reason
    assert "1 move from" in change.reason


def test_compare_fx_move_with_one_fixing_at_both_ends_is_not_judged() -> None:
    """ "The rouble was 2.4% weaker on the day" on a Monday whose official rate was set on
    Saturday: both ends are the same fixing, which shows no move and says nothing about the
    market's, so the move is not contradicted by a 0% change."""
    days = pd.date_range("2024-09-30", "2024-10-26", freq="D")
    rows = [(d.date().isoformat(), 96.0 + 0.1 * i) for i, d in enumerate(days)]
    rates = series("CBR/R01235", frame(rows), Frequency.DAILY)  # no record after Saturday
    move = Change(value=Decimal("2.5"), unit=ChangeUnit.PCT)
    claim = fx_claim("2.5", span("2024-10-28"), change=move)
    change = _check_of(claim, {"CBR/R01235": rates}, kind="change")
    assert change.status is not CONTRA
    assert "both ends" in change.reason


@pytest.mark.parametrize(
    ("claimed", "status"), [("2.60", MATCH), ("2.90", CONTRA), ("0.0260", MATCH)]
)
def test_compare_fx_rate_per_100_units_of_a_small_currency_is_read_too(
    claimed: str, status: VerdictStatus
) -> None:
    """Dealers quote the baht per 100 units without saying so ("2.60 euros" for 100 baht):
    that reading is tried beside the rate per unit, and the nearest one decides."""
    baht = series(
        "ECB/EXR/D.THB.EUR.SP00.A",
        frame([("2024-10-29", 38.4), ("2024-10-30", 38.46)]),
        Frequency.DAILY,
        name="THB per EUR",
        publisher="ECB",
    )  # 1/38.46 = 0.0260 euro per baht
    claim = fx_claim(claimed, span("2024-10-30"), base="THB", quote="EUR")
    value = next(
        c
        for c in _check(claim, {"ECB/EXR/D.THB.EUR.SP00.A": baht}).checks
        if c.kind.value == "value"
    )
    assert value.status is status
    used = value.reason.split(":")[0]  # the reading the verdict rests on
    assert ("per 100 THB" in used) is (claimed != "0.0260")


@pytest.mark.parametrize(("claimed", "status"), [("17.5", MATCH), ("16", CONTRA), ("21", CONTRA)])
def test_compare_policy_rate_average_is_the_time_weighted_mean_of_the_year(
    claimed: str, status: VerdictStatus
) -> None:
    """ "The key rate averaged 17.5% in 2024": 16% to July 28, 18% to September 15, 19% to
    October 27, 21% after, weighted by days, is 17.50%. 16% and 21% were each in force during
    the year, but neither was its average."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        claimed,
        span("2024-01-01", "2024-12-31"),
        country="RUS",
        measure=Measure.ANNUAL_AVG,
        published=dt.date(2025, 2, 5),
    )
    value = _check_of(claim, kind="value")
    assert value.status is status
    assert value.recorded == pytest.approx(17.5, abs=0.01)
    assert "on average over 2024" in value.reason


def test_time_weighted_mean_needs_nine_tenths_of_the_period() -> None:
    """An average of a year not over yet is not recorded: records covering half of it give
    no mean."""
    half = [Observation(period=span("2024-01-01", "2024-06-30"), value=16.0)]
    assert time_weighted_mean(half, span("2024-01-01", "2024-12-31")) == []
    whole = [*half, Observation(period=span("2024-07-01", "2024-12-31"), value=20.0)]
    (mean,) = time_weighted_mean(whole, span("2024-01-01", "2024-12-31"))
    assert mean.value == pytest.approx((16.0 * 182 + 20.0 * 184) / 366)
