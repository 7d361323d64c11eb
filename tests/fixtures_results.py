"""Hand-built claims, verdicts, series and CheckResults for report, chart and CLI tests.

The sentences are written for these tests; the series are synthetic (smooth curves with a
known maximum), so nothing here depends on the extractor, the resolver or the snapshot.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pandas as pd

from econcheck.models import (
    Alternative,
    Check,
    CheckKind,
    CheckResult,
    Claim,
    DataMode,
    FetchedSeries,
    Frequency,
    Horizon,
    Indicator,
    Measure,
    Period,
    Qualifier,
    SeriesRequest,
    Superlative,
    Tolerance,
    Verdict,
    VerdictStatus,
)

PUBLISHED = dt.date(2024, 11, 5)
SNAPSHOT_AS_OF = dt.date(2026, 8, 22)
RETRIEVED = dt.datetime(2026, 8, 22, 9, 30, tzinfo=dt.UTC)
RECORD_DATE = dt.date(2022, 3, 11)
RECORD_VALUE = 120.3785

ARTICLE = (
    "MOSCOW, Nov. 5, 2024. The rouble slid to 140 per U.S. dollar on Wednesday, "
    "an all-time low, traders said. Consumer prices rose 0.75% in October alone. "
    "A leaked memo projects the economy will shrink by 15% over the next six months. "
    'The central bank\'s key rate <b>stood</b> at 21% & "rising".'
)


def _claim(surface: str, sentence: str, **fields: object) -> Claim:
    start = ARTICLE.index(surface)
    base: dict[str, object] = {
        "sentence": sentence,
        "surface": surface,
        "start": start,
        "end": start + len(surface),
        "published": PUBLISHED,
    }
    return Claim(**(base | fields))  # type: ignore[arg-type]


def _sentence(fragment: str) -> str:
    """Return the sentence of ARTICLE that holds ``fragment``."""
    sentences = (
        "The rouble slid to 140 per U.S. dollar on Wednesday, an all-time low, traders said.",
        "Consumer prices rose 0.75% in October alone.",
        "A leaked memo projects the economy will shrink by 15% over the next six months.",
        'The central bank\'s key rate <b>stood</b> at 21% & "rising".',
    )
    return next(sentence for sentence in sentences if fragment in sentence)


FX_CLAIM = _claim(
    "140 per U.S. dollar",
    _sentence("140 per U.S. dollar"),
    id="c1-fx",
    indicator=Indicator.FX_RATE,
    value=Decimal("140"),
    value_text="140",
    unit="RUB per USD",
    base="USD",
    quote="RUB",
    measure=Measure.LEVEL,
    period=Period(start=dt.date(2024, 10, 30), end=dt.date(2024, 10, 30)),
)
RECORD_CLAIM = _claim(
    "an all-time low",
    _sentence("all-time low"),
    id="c2-record",
    indicator=Indicator.FX_RATE,
    value=Decimal("140"),
    value_text="140",
    unit="RUB per USD",
    base="USD",
    quote="RUB",
    measure=Measure.LEVEL,
    superlative=Superlative.RECORD_HIGH,
    period=Period(start=dt.date(2024, 10, 30), end=dt.date(2024, 10, 30)),
)
CPI_CLAIM = _claim(
    "rose 0.75% in October",
    _sentence("0.75%"),
    id="c3-cpi",
    indicator=Indicator.INFLATION,
    value=Decimal("0.75"),
    value_text="0.75",
    unit="percent",
    country="RUS",
    measure=Measure.UNSPECIFIED,
    period=Period(start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31)),
)
GDP_CLAIM = _claim(
    "shrink by 15%",
    _sentence("shrink by 15%"),
    id="c4-gdp",
    indicator=Indicator.GDP_GROWTH,
    value=Decimal("-15"),
    value_text="15",
    unit="percent",
    country="RUS",
    measure=Measure.YOY,
    horizon=Horizon.FORECAST,
    attributed_to="a leaked memo",
    hedged=True,
    period=Period(start=dt.date(2024, 11, 5), end=dt.date(2025, 5, 5)),
)
RATE_CLAIM = _claim(
    "stood</b> at 21%",
    _sentence("key rate"),
    id="c5-rate",
    indicator=Indicator.POLICY_RATE,
    value=Decimal("21"),
    value_text="21",
    unit="percent",
    country="RUS",
    qualifier=Qualifier.AT_LEAST,
    period=Period(start=dt.date(2024, 11, 5), end=dt.date(2024, 11, 5)),
)
CLAIMS = (FX_CLAIM, RECORD_CLAIM, CPI_CLAIM, GDP_CLAIM, RATE_CLAIM)


def _fetched(source: str, series: str, frame: pd.DataFrame, **fields: object) -> FetchedSeries:
    base: dict[str, object] = {
        "request": SeriesRequest(source=source, series=series),
        "frame": frame,
        "url": f"https://example.org/api/{series}",
        "page_url": f"https://example.org/{series}",
        "retrieved_at": RETRIEVED,
        "data_mode": DataMode.SNAPSHOT,
        "provenance": "synthetic test series",
    }
    return FetchedSeries(**(base | fields))  # type: ignore[arg-type]


def usd_rub_frame() -> pd.DataFrame:
    """Business days 2014-2024 through hand-set anchors; the one maximum is RECORD_VALUE."""
    anchors = {
        "2014-01-01": 33.0, "2015-01-30": 68.0, "2016-01-21": 82.0, "2017-06-01": 57.0,
        "2020-03-20": 78.0, "2021-06-01": 72.0, "2022-03-11": RECORD_VALUE,
        "2022-06-30": 51.0, "2023-10-09": 100.0, "2024-01-10": 89.0, "2024-06-20": 85.0,
        "2024-10-30": 97.3724, "2024-11-08": 98.0,
    }  # fmt: skip
    days = pd.bdate_range("2014-01-01", "2024-11-08")
    known = pd.Series(list(anchors.values()), index=pd.to_datetime(list(anchors)))
    values = known.reindex(days.union(known.index)).interpolate("time").reindex(days)
    wiggle = [0.6 * math.sin(i / 9) for i in range(len(days))]
    frame = pd.DataFrame({"date": days, "value": values.to_numpy() + wiggle})
    for day, value in ((RECORD_DATE, RECORD_VALUE), (dt.date(2024, 10, 30), 97.3724)):
        frame.loc[frame["date"] == pd.Timestamp(day), "value"] = value
    return frame


def cpi_frame() -> pd.DataFrame:
    """Monthly m/m CPI 2021-2024."""
    months = pd.date_range("2021-01-01", "2024-12-01", freq="MS")
    values = [0.45 + 0.3 * math.sin(i / 3) for i in range(len(months))]
    frame = pd.DataFrame({"date": months, "value": values})
    frame.loc[frame["date"] == pd.Timestamp(2024, 10, 1), "value"] = 0.75
    return frame


def gdp_frame(values: dict[int, float]) -> pd.DataFrame:
    """Annual growth rates dated at the first day of each year."""
    return pd.DataFrame(
        {"date": [pd.Timestamp(year, 1, 1) for year in values], "value": list(values.values())}
    )


USD_RUB = _fetched(
    "CBR",
    "R01235",
    usd_rub_frame(),
    name="Official USD/RUB rate",
    publisher="Bank of Russia",
    unit="RUB per 1 USD",
    frequency=Frequency.DAILY,
)
CPI_MOM = _fetched(
    "ROSSTAT",
    "CPI_MOM",
    cpi_frame(),
    name="CPI, % change on previous month",
    publisher="Rosstat",
    unit="percent",
    frequency=Frequency.MONTHLY,
)
WEO_2024_10 = _fetched(
    "IMF",
    "WEO:2024-10/RUS.NGDP_RPCH",
    gdp_frame({2022: -1.2, 2023: 3.6, 2024: 3.6, 2025: 1.3, 2026: 1.2}),
    name="WEO real GDP growth",
    publisher="IMF",
    unit="percent",
    frequency=Frequency.ANNUAL,
    vintage="2024-10",
)
MINEK_2024_09 = _fetched(
    "MINEK",
    "FORECAST:2024-09/GDP",
    gdp_frame({2024: 3.9, 2025: 2.5, 2026: 2.6}),
    name="Forecast of real GDP growth",
    publisher="Ministry of Economic Development",
    unit="percent",
    frequency=Frequency.ANNUAL,
    vintage="2024-09",
)
GDP_OUTCOME = _fetched(
    "ROSSTAT",
    "GDP_ANNUAL",
    gdp_frame({2021: 5.9, 2022: -1.2, 2023: 3.6, 2024: 4.3, 2025: 1.0}),
    name="Real GDP growth, y/y",
    publisher="Rosstat",
    unit="percent",
    frequency=Frequency.ANNUAL,
)


def _verdicts() -> tuple[Verdict, ...]:
    source = {
        "publisher": "Bank of Russia",
        "series": "CBR/R01235",
        "url": "https://www.cbr.ru/eng/currency_base/dynamics/",
        "api_url": "https://www.cbr.ru/scripts/XML_dynamic.asp?VAL_NM_RQ=R01235",
        "data_mode": DataMode.SNAPSHOT,
        "retrieved_at": RETRIEVED,
    }
    fx = Verdict(
        claim_id=FX_CLAIM.id,
        status=VerdictStatus.CONTRADICTED,
        reason="The official rate in force on 2024-10-30 was 97.3724 RUB per USD, not 140.",
        reading="official rate in force on the day",
        recorded=97.3724,
        observed=Period(start=dt.date(2024, 10, 30), end=dt.date(2024, 10, 30)),
        deviation=43.78,
        deviation_unit="pct",
        tolerance=Tolerance(lower=139.5, upper=140.5, rule="stated precision: ±0.5"),
        checks=(
            Check(
                kind=CheckKind.VALUE,
                status=VerdictStatus.CONTRADICTED,
                recorded=97.3724,
                reason="97.3724 is outside 139.5 to 140.5.",
            ),
        ),
        **source,  # type: ignore[arg-type]
    )
    record = Verdict(
        claim_id=RECORD_CLAIM.id,
        status=VerdictStatus.CONTRADICTED,
        reason=f"The record official rate is {RECORD_VALUE} on {RECORD_DATE}; not on 2024-10-30.",
        reading="record high of RUB per USD over the full history",
        recorded=97.3724,
        recorded_max=RECORD_VALUE,
        observed=Period(start=dt.date(2024, 10, 30), end=dt.date(2024, 10, 30)),
        checks=(
            Check(
                kind=CheckKind.RECORD,
                status=VerdictStatus.CONTRADICTED,
                recorded=RECORD_VALUE,
                reason="Not a record.",
            ),
        ),
        **source,  # type: ignore[arg-type]
    )
    cpi = Verdict(
        claim_id=CPI_CLAIM.id,
        status=VerdictStatus.MATCH,
        reason="Rosstat's October 2024 CPI rose 0.75% on the previous month.",
        reading="m/m",
        recorded=0.75,
        observed=Period(start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31)),
        deviation=0.0,
        deviation_unit="pp",
        tolerance=Tolerance(lower=0.745, upper=0.755, rule="stated precision: ±0.005 pp"),
        publisher="Rosstat",
        series="ROSSTAT/CPI_MOM",
        url="https://rosstat.gov.ru/statistics/price",
        data_mode=DataMode.SNAPSHOT,
        retrieved_at=RETRIEVED,
        alternatives=(
            Alternative(reading="y/y", recorded=8.54),
            Alternative(reading="annualised m/m", recorded=9.39),
        ),
        checks=(
            Check(
                kind=CheckKind.VALUE,
                status=VerdictStatus.MATCH,
                recorded=0.75,
                reason="0.75 is inside 0.745 to 0.755.",
            ),
        ),
    )
    gdp = Verdict(
        claim_id=GDP_CLAIM.id,
        status=VerdictStatus.CONTRADICTED,
        reason="No published forecast of the time expected a contraction; growth was 1.0%.",
        reading="real GDP growth, y/y, 2025",
        recorded=1.0,
        observed=Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31)),
        deviation=-16.0,
        deviation_unit="pp",
        tolerance=Tolerance(lower=-15.5, upper=-14.5, rule="stated precision: ±0.5 pp"),
        publisher="IMF",
        series="IMF/WEO:2024-10/RUS.NGDP_RPCH",
        url="https://www.imf.org/en/Publications/WEO",
        data_mode=DataMode.SNAPSHOT,
        retrieved_at=RETRIEVED,
        vintage="2024-10",
        checks=(
            Check(
                kind=CheckKind.FORECAST_PUBLISHED,
                status=VerdictStatus.CONTRADICTED,
                recorded=1.3,
                reason="The IMF (October 2024) projected +1.3% for 2025.",
            ),
            Check(
                kind=CheckKind.FORECAST_OUTCOME,
                status=VerdictStatus.CONTRADICTED,
                recorded=1.0,
                reason="Rosstat recorded +1.0% for 2025.",
            ),
        ),
    )
    rate = Verdict(
        claim_id=RATE_CLAIM.id,
        status=VerdictStatus.UNVERIFIABLE,
        reason="No key-rate series covers 2024-11-05 in this test.",
    )
    return fx, record, cpi, gdp, rate  # fmt: skip


VERDICTS = _verdicts()
SERIES = {
    FX_CLAIM.id: (USD_RUB,),
    RECORD_CLAIM.id: (USD_RUB,),
    CPI_CLAIM.id: (CPI_MOM,),
    GDP_CLAIM.id: (WEO_2024_10, MINEK_2024_09, GDP_OUTCOME),
}


def make_result(**changes: object) -> CheckResult:
    """Return the five-claim result (snapshot data); keyword arguments replace fields."""
    fields: dict[str, object] = {
        "published": PUBLISHED,
        "claims": CLAIMS,
        "verdicts": VERDICTS,
        "series": SERIES,
        "data_mode": DataMode.SNAPSHOT,
        "snapshot_as_of": SNAPSHOT_AS_OF,
        "notes": ("Figures come from the embedded offline snapshot (--offline was given).",),
    }
    return CheckResult(**(fields | changes))  # type: ignore[arg-type]


def make_extract_result() -> CheckResult:
    """Return the same claims without verdicts, as ``extract`` sees them."""
    return CheckResult(published=PUBLISHED, claims=CLAIMS, verdicts=(None,) * len(CLAIMS))
