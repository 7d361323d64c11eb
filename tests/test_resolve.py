"""Tests of resolve.plan_claim: which series, readings, checks and windows a claim gets."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from econcheck.models import (
    Basket,
    Change,
    ChangeUnit,
    CheckKind,
    ClaimPlan,
    Horizon,
    Indicator,
    Measure,
    Superlative,
)
from econcheck.readings import Reading
from econcheck.releases import latest_vintage, vintage_published, vintages_from
from econcheck.resolve import fx_legs, plan_claim
from verdict_fakes import PUBLISHED, fx_claim, make_claim, span


def _keys(plan: ClaimPlan, kind: CheckKind | None = None) -> list[str]:
    return [t.request.key for t in plan.targets if kind is None or t.kind is kind]


def _readings(plan: ClaimPlan, kind: CheckKind = CheckKind.VALUE) -> list[str]:
    return [t.reading for t in plan.targets if t.kind is kind]


# ---- exchange rates -----------------------------------------------------------------------------


def test_resolve_usd_rub_named_day_uses_cbr_with_lookback_window() -> None:
    """A USD/RUB claim on one day asks the Bank of Russia's R01235 from a month before."""
    plan = plan_claim(fx_claim("140", span("2024-10-30")))
    (target,) = plan.targets
    assert target.kind is CheckKind.VALUE
    assert target.request.key == "CBR/R01235"
    assert target.request.end == dt.date(2024, 10, 30)
    assert target.request.start is not None
    assert dt.timedelta(days=12) < dt.date(2024, 10, 30) - target.request.start
    assert target.reading == Reading.IN_FORCE


@pytest.mark.parametrize(
    ("currency", "code"),
    [
        ("EUR", "R01239"),
        ("CNY", "R01375"),
        ("GBP", "R01035"),
        ("JPY", "R01820"),
        ("TRY", "R01700J"),
        ("UAH", "R01720"),
        ("INR", "R01270"),
        ("KZT", "R01335"),
    ],
)
def test_resolve_rub_pairs_use_cbr_codes(currency: str, code: str) -> None:
    """Every currency in the Bank of Russia table resolves to its R-code."""
    plan = plan_claim(fx_claim("10", span("2024-10-30"), base=currency))
    assert _keys(plan) == [f"CBR/{code}"]


def test_resolve_superlative_requests_full_history() -> None:
    """An "all-time" claim adds a record target with no start date (the whole history)."""
    claim = fx_claim("140", span("2024-10-30"), superlative=Superlative.RECORD_HIGH)
    record = [t for t in plan_claim(claim).targets if t.kind is CheckKind.RECORD]
    assert len(record) == 1
    assert record[0].request.start is None
    assert record[0].request.end == dt.date(2024, 10, 30)


def test_resolve_superlative_since_starts_at_since() -> None:
    """A "highest since 2022" claim asks the history from 2022 on."""
    claim = fx_claim(
        "110",
        span("2024-11-27"),
        superlative=Superlative.RECORD_HIGH,
        superlative_since=dt.date(2022, 1, 1),
    )
    record = [t for t in plan_claim(claim).targets if t.kind is CheckKind.RECORD]
    assert record[0].request.start == dt.date(2022, 1, 1)


def test_resolve_euro_pairs_use_ecb_reference_rates() -> None:
    """EUR/x uses the ECB series directly, x/EUR its inverse."""
    assert fx_legs("EUR", "USD") == (("ECB", "EXR/D.USD.EUR.SP00.A", Reading.IN_FORCE),)
    assert fx_legs("JPY", "EUR") == (("ECB", "EXR/D.JPY.EUR.SP00.A", Reading.INVERTED),)


def test_resolve_currencies_the_euro_replaced_use_their_ecb_rates() -> None:
    """The kuna, litas and the rest keep their ECB reference rates up to their euro entry."""
    assert fx_legs("EUR", "HRK") == (("ECB", "EXR/D.HRK.EUR.SP00.A", Reading.IN_FORCE),)
    assert fx_legs("USD", "LTL") == (
        ("ECB", "EXR/D.LTL.EUR.SP00.A", Reading.CROSS_QUOTE),
        ("ECB", "EXR/D.USD.EUR.SP00.A", Reading.CROSS_BASE),
    )
    assert isinstance(fx_legs("EUR", "DEM"), str)  # no ECB reference rate for the mark


def test_resolve_other_pairs_are_cross_rates_of_two_ecb_series() -> None:
    """USD/JPY is JPY per EUR over USD per EUR: two legs marked as a cross rate."""
    plan = plan_claim(fx_claim("150", span("2024-10-30"), base="USD", quote="JPY"))
    assert _keys(plan) == ["ECB/EXR/D.JPY.EUR.SP00.A", "ECB/EXR/D.USD.EUR.SP00.A"]
    assert _readings(plan) == [Reading.CROSS_QUOTE, Reading.CROSS_BASE]


def test_resolve_rub_as_base_inverts_the_cbr_rate() -> None:
    """USD per RUB is the inverse of the official RUB per USD."""
    plan = plan_claim(fx_claim("0.01", span("2024-10-30"), base="RUB", quote="USD"))
    assert _keys(plan) == ["CBR/R01235"]
    assert _readings(plan) == [Reading.INVERTED]


@pytest.mark.parametrize(("base", "quote"), [("XYZ", "RUB"), ("USD", "XYZ"), ("VES", "USD")])
def test_resolve_unknown_currency_is_unresolved_naming_it(base: str, quote: str) -> None:
    """A currency neither the Bank of Russia nor the ECB quotes is named in the reason."""
    plan = plan_claim(fx_claim("5", span("2024-10-30"), base=base, quote=quote))
    assert plan.targets == ()
    assert plan.unresolved_reason is not None
    assert ({base, quote} - {"USD", "RUB"}).pop() in plan.unresolved_reason


def test_resolve_fx_without_pair_is_unresolved() -> None:
    """An exchange-rate claim without currencies cannot be planned."""
    plan = plan_claim(fx_claim("5", span("2024-10-30"), base=None, quote=None))
    assert plan.unresolved_reason is not None
    assert "currency" in plan.unresolved_reason


def test_resolve_change_only_claim_has_no_value_target() -> None:
    """ "The ruble lost 20%" asks for the change, not for a rate of 20."""
    claim = fx_claim(
        "-20",
        span("2024-01-01", "2024-11-05"),
        change=Change(value=Decimal("-20"), unit=ChangeUnit.PCT),
    )
    kinds = {t.kind for t in plan_claim(claim).targets}
    assert kinds == {CheckKind.CHANGE}


def test_resolve_level_and_change_claim_has_both_targets() -> None:
    """ "Raised by 200 bp to 21%" checks the level and the change."""
    claim = make_claim(
        Indicator.POLICY_RATE,
        "21",
        span("2024-10-25"),
        country="RUS",
        change=Change(value=Decimal("200"), unit=ChangeUnit.BP),
    )
    kinds = [t.kind for t in plan_claim(claim).targets]
    assert kinds == [CheckKind.VALUE, CheckKind.CHANGE]


def test_resolve_fx_forecast_plans_the_outcome() -> None:
    """An exchange-rate forecast is set against the outcome series."""
    claim = fx_claim("110", span("2025-12-31"), horizon=Horizon.FORECAST)
    assert {t.kind for t in plan_claim(claim).targets} == {CheckKind.FORECAST_OUTCOME}


# ---- inflation ----------------------------------------------------------------------------------


def test_resolve_russian_monthly_inflation_lists_every_reading() -> None:
    """Unspecified Russian inflation for a month asks y/y, m/m and annualised m/m."""
    claim = make_claim(Indicator.INFLATION, "19", span("2024-10-01", "2024-10-31"), country="RUS")
    plan = plan_claim(claim)
    assert _keys(plan) == ["CBR/INFLATION", "ROSSTAT/CPI_MOM", "ROSSTAT/CPI_MOM"]
    assert _readings(plan) == [Reading.YOY, Reading.MOM, Reading.MOM_ANNUALIZED]
    assert all(t.request.start == dt.date(2023, 1, 1) for t in plan.targets)


def test_resolve_russian_annual_inflation_uses_dec_dec_and_december_yoy() -> None:
    """A calendar year of Russian inflation asks Dec/Dec and December's y/y."""
    claim = make_claim(Indicator.INFLATION, "9.5", span("2024-01-01", "2024-12-31"), country="RUS")
    assert _readings(plan_claim(claim)) == [Reading.DEC_DEC, Reading.YOY]


def _primary(plan: ClaimPlan) -> list[str]:
    return [t.reading for t in plan.targets if t.kind is CheckKind.VALUE and not t.is_alternative]


def _alternatives(plan: ClaimPlan) -> list[str]:
    return [t.reading for t in plan.targets if t.kind is CheckKind.VALUE and t.is_alternative]


def test_resolve_stated_measure_is_primary_and_other_readings_are_listed() -> None:
    """A stated y/y is the deciding reading; m/m and annualised m/m are planned as alternatives."""
    claim = make_claim(
        Indicator.INFLATION,
        "8.5",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.YOY,
    )
    plan = plan_claim(claim)
    assert _primary(plan) == [Reading.YOY]
    assert _alternatives(plan) == [Reading.MOM, Reading.MOM_ANNUALIZED]


def test_resolve_conventional_measure_makes_every_reading_a_candidate() -> None:
    """y/y by news convention only ("inflation slowed to 8.5%"): every plain reading can decide;
    the annualised m/m, which a writer would have to state, is listed."""
    claim = make_claim(
        Indicator.INFLATION,
        "8.5",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.YOY,
        measure_stated=False,
    )
    plan = plan_claim(claim)
    assert _primary(plan) == [Reading.YOY, Reading.MOM]
    assert _alternatives(plan) == [Reading.MOM_ANNUALIZED]


def test_resolve_stated_mom_still_plans_yoy_and_annualised() -> None:
    """ "Past 19% in October alone" read as m/m still plans y/y and annualised m/m (issue 5)."""
    claim = make_claim(
        Indicator.INFLATION,
        "19",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.MOM,
    )
    plan = plan_claim(claim)
    assert _primary(plan) == [Reading.MOM]
    assert _alternatives(plan) == [Reading.YOY, Reading.MOM_ANNUALIZED]
    assert {t.request.key for t in plan.targets} == {"ROSSTAT/CPI_MOM", "CBR/INFLATION"}


@pytest.mark.parametrize(
    ("country", "measure", "primary", "others"),
    [
        ("RUS", Measure.DEC_DEC, [Reading.DEC_DEC], [Reading.YOY]),
        ("USA", Measure.ANNUAL_AVG, [Reading.INDEX_ANNUAL_AVG], [Reading.INDEX_YOY]),
        ("USA", Measure.DEC_DEC, [Reading.INDEX_YOY], [Reading.INDEX_ANNUAL_AVG]),
    ],
)
def test_resolve_annual_measures_list_the_other_annual_readings(
    country: str, measure: Measure, primary: list[Reading], others: list[Reading]
) -> None:
    """For a year the stated measure decides; Dec/Dec or the annual average is listed too."""
    claim = make_claim(
        Indicator.INFLATION,
        "4",
        span("2023-01-01", "2023-12-31"),
        country=country,
        measure=measure,
    )
    plan = plan_claim(claim)
    assert _primary(plan) == primary
    assert _alternatives(plan) == others


def test_resolve_unspecified_measure_plain_readings_decide_annualised_is_listed() -> None:
    """With no stated measure y/y and m/m compete (closest wins); "American inflation hit 4%"
    is not rescued by a 3.5% annualised monthly rate nobody wrote."""
    claim = make_claim(Indicator.INFLATION, "19", span("2024-10-01", "2024-10-31"), country="RUS")
    plan = plan_claim(claim)
    assert _primary(plan) == [Reading.YOY, Reading.MOM]
    assert _alternatives(plan) == [Reading.MOM_ANNUALIZED]


def test_resolve_year_to_date_and_change_only_claims_get_no_alternatives() -> None:
    """Year-to-date describes another span, and a change-only claim states no level to read."""
    ytd = make_claim(
        Indicator.INFLATION,
        "6.56",
        span("2024-01-01", "2024-10-31"),
        country="RUS",
        measure=Measure.YTD,
    )
    assert _alternatives(plan_claim(ytd)) == []
    change_only = make_claim(
        Indicator.INFLATION,
        "1",
        span("2024-10-01", "2024-10-31"),
        country="RUS",
        measure=Measure.YOY,
        change=Change(value=Decimal("1"), unit=ChangeUnit.PP),
    )
    assert all(not t.is_alternative for t in plan_claim(change_only).targets)


def test_resolve_us_inflation_is_computed_from_the_cpi_index() -> None:
    """US readings come from FRED's CPI-U indexes: y/y from the NSA index (as BLS computes its
    12-month change), m/m from the seasonally adjusted one (BLS's monthly headline)."""
    claim = make_claim(Indicator.INFLATION, "2.6", span("2024-10-01", "2024-10-31"), country="USA")
    plan = plan_claim(claim)
    assert set(_keys(plan)) == {"FRED/CPIAUCNS", "FRED/CPIAUCSL"}
    by_reading = {Reading(t.reading): t.request.key for t in plan.targets}
    assert by_reading[Reading.INDEX_YOY] == "FRED/CPIAUCNS"
    assert by_reading[Reading.INDEX_MOM] == "FRED/CPIAUCSL"
    assert Reading.INDEX_YOY in _readings(plan)


@pytest.mark.parametrize(
    ("sentence", "country", "named"),
    [
        ("The PCE price index rose 2.7% from a year earlier.", "USA", "(PCE) price index"),
        ("The CPIH climbed by 2.7% in the 12 months to October.", "GBR", "CPIH"),
        ("CPIF inflation was 2.7% in October.", "SWE", "CPIF"),
    ],
)
def test_resolve_another_price_index_is_not_set_against_the_cpi(
    sentence: str, country: str, named: str
) -> None:
    """A figure of the PCE index, the CPIH or the CPIF is inflation, but not of the CPI the data
    hold: the plan says which index it is instead of comparing."""
    claim = make_claim(
        Indicator.INFLATION,
        "2.7",
        span("2024-10-01", "2024-10-31"),
        country=country,
        sentence=sentence,
        surface="2.7%",
    )
    plan = plan_claim(claim)
    assert not plan.targets
    assert named in (plan.unresolved_reason or "")


def test_resolve_move_from_an_undated_event_is_not_a_one_day_move() -> None:
    """A move "since the previous interest rate decision", dated by the extractor to the
    publication day alone, names the event instead of being read as that day's move."""
    sentence = "The shekel weakened 1.8% against the dollar since the previous rate decision."
    claim = fx_claim(
        "-1.8",
        span("2021-02-22", "2021-02-22"),
        base="ILS",
        quote="USD",
        sentence=sentence,
        surface="1.8% against the dollar",
        change=Change(value=Decimal("-1.8"), unit=ChangeUnit.PCT),
    )
    plan = plan_claim(claim)
    assert not plan.targets
    assert "since the previous rate decision" in (plan.unresolved_reason or "")
    dated = "The shekel weakened 1.8% against the dollar since the decision on Feb. 8."
    assert plan_claim(replace(claim, sentence=dated)).targets


def test_resolve_cpi_named_after_another_index_is_the_cpi() -> None:
    sentence = "Unlike the RPI, the CPI rose 2.7% from a year earlier."
    claim = make_claim(
        Indicator.INFLATION,
        "2.7",
        span("2024-10-01", "2024-10-31"),
        country="GBR",
        sentence=sentence,
        surface="2.7%",
    )
    assert _keys(plan_claim(claim)) == ["ONS/D7G7"]


@pytest.mark.parametrize(
    ("country", "key"),
    [("EA", "ECB/ICP/M.U2.N.000000.4.ANR"), ("GBR", "ONS/D7G7"), ("TUR", "TURKSTAT/CPI_YOY")],
)
def test_resolve_yoy_only_countries(country: str, key: str) -> None:
    """Euro-area, UK and Turkish inflation use their annual-rate series."""
    claim = make_claim(Indicator.INFLATION, "2", span("2024-10-01", "2024-10-31"), country=country)
    assert _keys(plan_claim(claim)) == [key]


def test_resolve_other_country_annual_inflation_uses_imf_vintages() -> None:
    """Elsewhere an annual inflation figure comes from the IMF WEO releases since the article."""
    claim = make_claim(
        Indicator.INFLATION,
        "4.5",
        span("2024-01-01", "2024-12-31"),
        country="BRA",
        published=dt.date(2025, 1, 15),
    )
    keys = _keys(plan_claim(claim))
    assert keys[0] == "IMF/WEO:2024-10/BRA.PCPIPCH"
    assert "IMF/WEO:2025-10/BRA.PCPIPCH" in keys


def test_resolve_other_country_monthly_inflation_comes_from_the_imf_cpi_flow() -> None:
    """A month's inflation for an economy with no national series of ours is planned from the
    IMF's monthly CPI (y/y and m/m as published); the stated measure decides."""
    claim = make_claim(Indicator.INFLATION, "4", span("2024-10-01", "2024-10-31"), country="BRA")
    plan = plan_claim(claim)
    assert plan.unresolved_reason is None
    assert set(_keys(plan)) == {
        "IMF/SDMX:IMF.STA/CPI/BRA.CPI._T.YOY_PCH_PA_PT.M",
        "IMF/SDMX:IMF.STA/CPI/BRA.CPI._T.POP_PCH_PA_PT.M",
    }
    stated = make_claim(
        Indicator.INFLATION, "0.6", span("2024-10-01", "2024-10-31"), country="BRA",
        measure=Measure.MOM,
    )  # fmt: skip
    assert _primary(plan_claim(stated)) == [Reading.MOM]
    assert _alternatives(plan_claim(stated)) == [Reading.YOY]


@pytest.mark.parametrize(
    ("start", "end", "span_word"),
    [("2024-10-01", "2024-12-31", "quarterly"), ("2024-07-01", "2024-12-31", "sub-annual")],
)
def test_resolve_unresolved_inflation_names_the_claims_span(
    start: str, end: str, span_word: str
) -> None:
    claim = make_claim(Indicator.INFLATION, "2.4", span(start, end), country="AUS")
    assert (plan_claim(claim).unresolved_reason or "").startswith(f"{span_word} inflation")


@pytest.mark.parametrize(
    ("country", "keys"),
    [
        ("USA", {"FRED/CPILFENS", "FRED/CPILFESL"}),
        ("EA", {"ECB/ICP/M.U2.N.XEF000.4.ANR"}),
    ],
)
def test_resolve_core_inflation_of_the_us_and_the_euro_area(country: str, keys: set[str]) -> None:
    """Core inflation: the US CPI less food and energy (y/y NSA, m/m SA), the euro area's HICP
    excluding energy, food, alcohol and tobacco."""
    claim = make_claim(
        Indicator.INFLATION, "3", span("2024-10-01", "2024-10-31"), country=country,
        basket=Basket.CORE,
    )  # fmt: skip
    assert set(_keys(plan_claim(claim))) == keys


def test_resolve_core_inflation_elsewhere_is_unresolved_and_says_what_is_held() -> None:
    """Core inflation of other economies is not in the data, and the reason says what is."""
    claim = make_claim(
        Indicator.INFLATION, "3", span("2024-10-01", "2024-10-31"), country="BRA",
        basket=Basket.CORE,
    )  # fmt: skip
    reason = plan_claim(claim).unresolved_reason or ""
    assert reason.startswith("core inflation for Brazil is not in the data")
    assert "CPILFENS" in reason


# ---- GDP ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure", "stated", "readings"),
    [
        (Measure.ANNUALIZED, True, [Reading.GDP_SAAR]),
        (Measure.YOY, True, [Reading.GDP_YOY]),
        (Measure.UNSPECIFIED, False, [Reading.GDP_SAAR, Reading.GDP_YOY]),
    ],
)
def test_resolve_us_quarterly_gdp_from_bea_series_on_fred(
    measure: Measure, stated: bool, readings: list[Reading]
) -> None:
    """A US quarter: BEA's annualised q/q (the US headline) and its change from a year earlier."""
    claim = make_claim(
        Indicator.GDP_GROWTH, "2.8", span("2024-07-01", "2024-09-30"), country="USA",
        measure=measure, measure_stated=stated,
    )  # fmt: skip
    plan = plan_claim(claim)
    assert _primary(plan) == readings
    assert set(_keys(plan)) <= {"FRED/A191RL1Q225SBEA", "FRED/A191RO1Q156NBEA"}


def test_resolve_russian_annual_gdp_uses_rosstat_annual() -> None:
    """A calendar year of Russian growth uses Rosstat's annual estimates."""
    claim = make_claim(Indicator.GDP_GROWTH, "4.1", span("2024-01-01", "2024-12-31"), country="RUS")
    assert _keys(plan_claim(claim)) == ["ROSSTAT/GDP_ANNUAL"]


def test_resolve_russian_half_year_gdp_adds_the_period_reading() -> None:
    """Several quarters get the quarterly y/y and their mean as the period's growth."""
    claim = make_claim(Indicator.GDP_GROWTH, "4.7", span("2024-01-01", "2024-06-30"), country="RUS")
    plan = plan_claim(claim)
    assert _readings(plan) == [Reading.GDP_YOY, Reading.GDP_PERIOD]
    assert set(_keys(plan)) == {"ROSSTAT/GDP_QUARTERLY"}


def test_resolve_half_year_gdp_stated_yoy_is_the_period_reading() -> None:
    """A stated y/y over two quarters is the half's growth; each quarter's y/y is listed too."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "4.7",
        span("2024-01-01", "2024-06-30"),
        country="RUS",
        measure=Measure.YOY,
    )
    plan = plan_claim(claim)
    assert _primary(plan) == [Reading.GDP_PERIOD]
    assert _alternatives(plan) == [Reading.GDP_YOY]


def test_resolve_qoq_gdp_is_unresolved() -> None:
    """Quarter-on-quarter growth is not in the data."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "0.5",
        span("2024-07-01", "2024-09-30"),
        country="RUS",
        measure=Measure.QOQ,
    )
    assert "q/q" in (plan_claim(claim).unresolved_reason or "")


def test_resolve_other_country_gdp_uses_imf_from_the_current_vintage() -> None:
    """German growth for a year comes from the WEO current at the article, then later ones."""
    claim = make_claim(Indicator.GDP_GROWTH, "0", span("2024-01-01", "2024-12-31"), country="DEU")
    plan = plan_claim(claim)
    assert _keys(plan)[0] == "IMF/WEO:2024-10/DEU.NGDP_RPCH"
    assert [t.vintage for t in plan.targets] == vintages_from("IMF", PUBLISHED)


def test_resolve_other_country_quarterly_gdp_is_unresolved() -> None:
    """Quarterly GDP for countries without national accounts in the data is unresolved."""
    claim = make_claim(Indicator.GDP_GROWTH, "1", span("2024-07-01", "2024-09-30"), country="DEU")
    assert "quarterly" in (plan_claim(claim).unresolved_reason or "")


def test_resolve_indian_fiscal_year_gdp_uses_the_imf_fiscal_year_series() -> None:
    """India's WEO figures are by fiscal year: FY2023/24 is planned like a calendar year."""
    claim = make_claim(Indicator.GDP_GROWTH, "8.2", span("2023-04-01", "2024-03-31"), country="IND")
    plan = plan_claim(claim)
    assert plan.unresolved_reason is None
    assert _keys(plan)[0].startswith("IMF/WEO:")


def test_resolve_undated_gdp_elsewhere_says_no_period_was_named() -> None:
    """'Germany's economy is growing 0.3%' names no period: the reason says so."""
    claim = make_claim(Indicator.GDP_GROWTH, "0.3", span(str(PUBLISHED)), country="DEU")
    assert "names no period" in (plan_claim(claim).unresolved_reason or "")


def test_resolve_fiscal_year_gdp_elsewhere_is_unresolved_with_the_reason() -> None:
    """Egypt's July-June fiscal year cannot be read from the IMF's calendar-year series."""
    claim = make_claim(Indicator.GDP_GROWTH, "2.4", span("2023-07-01", "2024-06-30"), country="EGY")
    assert "fiscal-year GDP" in (plan_claim(claim).unresolved_reason or "")


# ---- forecasts ----------------------------------------------------------------------------------


def _forecast(**fields: object) -> ClaimPlan:
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "-15",
        span("2024-11-06", "2025-05-05"),
        country="RUS",
        horizon=Horizon.FORECAST,
        **fields,
    )
    return plan_claim(claim)


def test_resolve_unpublished_forecast_plans_every_published_forecast_and_outcome() -> None:
    """A leaked forecast is set against the IMF and the ministry of the time, and the outcome."""
    plan = _forecast(attributed_to="leaked memos", hedged=True)
    published = [t for t in plan.targets if t.kind is CheckKind.FORECAST_PUBLISHED]
    assert [(t.forecaster, t.vintage) for t in published] == [
        ("IMF", "2024-10"),
        ("MINEK", "2024-09"),
    ]
    assert {t.reading for t in published} == {Reading.FORECAST_OTHER}
    assert _keys(plan, CheckKind.FORECAST_OUTCOME) == [
        "ROSSTAT/GDP_ANNUAL",
        "ROSSTAT/GDP_QUARTERLY",
    ]


@pytest.mark.parametrize(
    ("forecaster", "key"),
    [
        ("the IMF", "IMF/WEO:2024-10/RUS.NGDP_RPCH"),
        ("Ministry of Economic Development", "MINEK/FORECAST:2024-09/GDP"),
    ],
)
def test_resolve_named_forecaster_gets_its_latest_release(forecaster: str, key: str) -> None:
    """A named forecaster is set against its own latest release before the article."""
    plan = _forecast(forecaster=forecaster)
    published = [t for t in plan.targets if t.kind is CheckKind.FORECAST_PUBLISHED]
    assert [t.request.key for t in published] == [key]
    assert published[0].reading == Reading.FORECAST_NAMED


@pytest.mark.parametrize(
    ("forecaster", "key"),
    [
        ("the IMF", "IMF/WEO:2024-04/RUS.NGDP_RPCH"),
        ("Ministry of Economic Development", "MINEK/FORECAST:2024-04/GDP"),
    ],
)
def test_resolve_earlier_forecast_gets_the_release_before_the_latest(
    forecaster: str, key: str
) -> None:
    """The forecast a revision replaced ("to 3.6% from 3.5%") is set against the release
    before the one current at publication."""
    plan = _forecast(forecaster=forecaster, earlier_forecast=True)
    published = [t for t in plan.targets if t.kind is CheckKind.FORECAST_PUBLISHED]
    assert [t.request.key for t in published] == [key]


def test_resolve_us_forecast_outcome_uses_later_imf_releases() -> None:
    """Outside Russia the outcome of a growth forecast is the IMF's later estimate."""
    claim = make_claim(
        Indicator.GDP_GROWTH,
        "2.2",
        span("2025-01-01", "2025-12-31"),
        country="USA",
        horizon=Horizon.FORECAST,
    )
    outcome = [t for t in plan_claim(claim).targets if t.kind is CheckKind.FORECAST_OUTCOME]
    assert [t.vintage for t in outcome] == ["2025-04", "2025-10"]


# ---- policy rates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "keys"),
    [
        ("RUS", ["CBR/KEY_RATE"]),
        ("USA", ["FRED/DFEDTARU", "FRED/DFEDTARL"]),
        ("EA", [f"ECB/FM/B.U2.EUR.4F.KR.{k}.LEV" for k in ("DFR", "MRR_FR", "MLFR")]),
        ("DEU", [f"ECB/FM/B.U2.EUR.4F.KR.{k}.LEV" for k in ("DFR", "MRR_FR", "MLFR")]),
        ("GBR", ["BOE/IUDBEDR"]),
        ("TUR", ["CBRT/POLICY_RATE"]),
    ],
)
def test_resolve_policy_rates(country: str, keys: list[str]) -> None:
    """Each covered central bank maps to its rate series, fetched in full (start None)."""
    claim = make_claim(Indicator.POLICY_RATE, "5", span("2024-10-30"), country=country)
    plan = plan_claim(claim)
    assert _keys(plan) == keys
    assert all(t.request.start is None for t in plan.targets)


def test_resolve_policy_rate_of_uncovered_country_is_unresolved() -> None:
    """A central bank without a series in the data is named in the reason."""
    claim = make_claim(Indicator.POLICY_RATE, "0.25", span("2024-10-30"), country="JPN")
    assert "JPN" in (plan_claim(claim).unresolved_reason or "")


# ---- calendars and invariants -------------------------------------------------------------------


def test_resolve_vintage_calendar_known_and_assumed_dates() -> None:
    """Known WEO dates are used; unknown ones are assumed to be the 15th."""
    assert latest_vintage("IMF", dt.date(2024, 10, 21)) == "2024-04"
    assert latest_vintage("IMF", dt.date(2024, 10, 22)) == "2024-10"
    assert vintage_published("MINEK", "2025-04") == dt.date(2025, 4, 15)
    assert latest_vintage("MINEK", dt.date(2023, 1, 1)) is None


def test_resolve_plans_have_no_duplicate_targets() -> None:
    """Every target of a plan is distinct, so the pipeline fetches each series once."""
    claim = fx_claim("140", span("2024-10-30"), superlative=Superlative.RECORD_HIGH)
    plan = plan_claim(claim)
    assert len(set(plan.targets)) == len(plan.targets)
    assert plan.claim_id == claim.id


def test_resolve_leaked_forecast_of_a_named_forecaster_plans_every_forecast() -> None:
    """A leak attributed to the ministry is not its published forecast: plan all of them."""
    plan = _forecast(
        forecaster="Ministry of Economic Development",
        attributed_to="leaked memos from the Ministry of Economic Development",
        hedged=True,
    )
    published = [t for t in plan.targets if t.kind is CheckKind.FORECAST_PUBLISHED]
    assert [t.forecaster for t in published] == ["IMF", "MINEK"]
    assert {t.reading for t in published} == {Reading.FORECAST_OTHER}


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        ("The blue dollar closed at AR$ 1,230.", "AR$ 1,230", "unofficial market"),
        (
            "At banks in Mexico City, dollars were being offered at 19.04 pesos.",
            "19.04 pesos",
            "dealer's margin",
        ),
        ("Exchange houses sold the dollar for 41.5 hryvnias.", "41.5 hryvnias", "dealer's margin"),
    ],
)
def test_resolve_rates_no_official_series_records_are_unresolved(
    sentence: str, surface: str, words: str
) -> None:
    """An unofficial market's rate, or a bank counter's price, is not set against the
    official fixing: it is unverifiable, with the reason."""
    claim = fx_claim("19.04", span("2016-06-13"), sentence=sentence, surface=surface)
    plan = plan_claim(claim)
    assert plan.targets == ()
    assert plan.unresolved_reason is not None
    assert words in plan.unresolved_reason


def test_resolve_official_rate_beside_a_bank_word_is_still_planned() -> None:
    """ "Bank" alone (the central bank) does not make a rate a counter price."""
    sentence = "The central bank set the official rate at 18.70 pesos per dollar."
    claim = fx_claim("18.70", span("2016-06-13"), sentence=sentence, surface="18.70 pesos")
    assert plan_claim(claim).targets != ()
