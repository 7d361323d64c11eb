"""Snapshot builders for Russia: Bank of Russia, Rosstat and the Ministry's forecasts.

Every builder reads its CSVs as text (values keep the decimals the publisher used), checks
what it relies on, and returns ``Table`` objects: the rows to store and one manifest entry
per series with its name, publisher, pages and an honest provenance text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from snapshot_common import (
    NOT_LIVE,
    Table,
    check,
    entry,
    month_start,
    quarter_start,
    read,
    refs,
    simple_table,
)
from snapshot_dates import Calendar, Dated, date_estimates

from econcheck.releases import earliest_release

# ---------------------------------------------------------------- Bank of Russia

CBR = "Bank of Russia"
CBR_FX_PAGE = "https://www.cbr.ru/eng/currency_base/dynamics/"
PRE_1998 = "pre-1998 record restated in post-1998 roubles (old-rouble rate = value x 1000)"
INFERRED = "record date inferred: first calendar day carrying the new value"


def cbr_fx_api(code: str, frame: pd.DataFrame) -> str:
    """Return the XML_dynamic URL covering the stored records of currency ``code``."""
    first, last = (dt.date.fromisoformat(frame["date"].iloc[i]) for i in (0, -1))
    return (
        f"https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1={first:%d/%m/%Y}"
        f"&date_req2={last:%d/%m/%Y}&VAL_NM_RQ={code}"
    )


def usd_rub_note(row: pd.Series) -> str:
    """Return the per-record note: restated pre-1998 value or inferred record date."""
    if row["redenomination_note"].startswith("pre-1998"):
        return PRE_1998
    return INFERRED if row["record_date_basis"].startswith("inferred") else ""


def build_usd_rub(reference: Path) -> list[Table]:
    """CBR R01235: the full record list 1992-2026, with a note on restated/inferred records."""
    raw = read(reference, "cbr_usd_rub_records_full.csv")
    frame = raw[["date", "value"]].assign(note=raw.apply(usd_rub_note, axis=1))
    check(frame["value"].astype(float).max() == 120.3785, "USD/RUB maximum is not 120.3785")
    prov = (
        "Bank of Russia official USD/RUB rate, one row per record date (the date from which a "
        "newly set rate applies; it stays in force until the next record). Compiled from public "
        "third-party copies of the Bank of Russia's XML_dynamic record list (source_ref "
        f"{refs(raw['source_ref'])}): 1992-07-01..2020-05-20 from the first, 2020-05-21.."
        "2025-05-20 from the second, 2025-05-21..2026-08-22 from the third, whose record dates "
        "are inferred from value changes of a calendar-day series (a record equal to its "
        "predecessor cannot be seen; rows say so in `note`). Cross-checked: the copies are "
        "identical wherever they overlap (2009-2025), the Bank's own Excel export for "
        "2024-01..06 matches, and news spot checks match (e.g. 97.0121 for 2024-10-16, TASS); "
        "all-time maximum 120.3785 on 2022-03-11. Redenomination: the whole series is in "
        "post-1998 roubles; the 798 records 1992-07-01..1997-12-30 are the Bank's restated "
        "values (rate in the roubles then in circulation divided by 1000, rounded to 4 "
        "decimals), marked in `note`. 1992-2008 rests on a single copy. " + NOT_LIVE
    )
    meta = entry(
        "CBR",
        "R01235",
        name="Official USD/RUB exchange rate (Bank of Russia), by record date",
        publisher=CBR,
        page_url=CBR_FX_PAGE,
        api_url=cbr_fx_api("R01235", frame),
        unit="RUB per 1 USD",
        provenance=prov,
    )
    return [
        simple_table("cbr_usd_rub.csv.gz", "daily", frame, meta, ("cbr_usd_rub_records_full.csv",))
    ]


def build_cbr_cross(reference: Path) -> list[Table]:
    """CBR R01239 (EUR) and R01375 (CNY): record lists 2020-05-21..2025-05-20."""
    tables = []
    for code, cur, name in (("R01239", "EUR", "cbr_eur_rub"), ("R01375", "CNY", "cbr_cny_rub")):
        raw = read(reference, f"{name}_records.csv")
        nominal = "; the Bank quoted CNY per 10 units in 2020, divided here by the nominal"
        prov = (
            f"Bank of Russia official {cur}/RUB rate, one row per record date. Compiled from a "
            "public third-party copy of the Bank of Russia's XML_dynamic record list (source_ref "
            f"{refs(raw['source_ref'])}){nominal if cur == 'CNY' else ''}. Cross-checked against "
            "news spot checks (TASS, 2024-10-16) and XML_daily samples for 2025-04-01..05, all "
            "equal; single full copy. Not covered after 2025-05-20. " + NOT_LIVE
        )
        meta = entry(
            "CBR",
            code,
            name=f"Official {cur}/RUB exchange rate (Bank of Russia), by record date",
            publisher=CBR,
            page_url=CBR_FX_PAGE,
            api_url=cbr_fx_api(code, raw),
            unit=f"RUB per 1 {cur}",
            provenance=prov,
        )
        frame = raw[["date", "value"]]
        tables.append(
            simple_table(f"{name}.csv.gz", "daily", frame, meta, (f"{name}_records.csv",))
        )
    return tables


def build_key_rate(reference: Path) -> list[Table]:
    """CBR KEY_RATE: change points by effective date, with the decision date where stated."""
    raw = read(reference, "cbr_key_rate_changes.csv")
    frame = pd.DataFrame(
        {
            "date": raw["effective_date"],
            "value": raw["value"],
            "decision_date": raw["decision_date"],
        }
    )
    prov = (
        "Bank of Russia key rate, one row per change, dated by the first business day on which "
        "the new level applies (the official effective date in every case checked); "
        "`decision_date` where a stored source states it. Compiled from a public third-party "
        "copy of the Bank's DailyInfo KeyRateXML series (source_ref "
        f"{refs(raw['source_ref'])}), cross-checked day by day against an independent copy for "
        "2013-09-17..2023-12-21 (identical) and against news for 2024-2025 decisions; 2026 rows "
        "rest on the single copy. Decisions that left the rate unchanged are not rows. " + NOT_LIVE
    )
    meta = entry(
        "CBR",
        "KEY_RATE",
        name="Bank of Russia key rate (change points by effective date)",
        publisher=CBR,
        page_url="https://www.cbr.ru/eng/hd_base/keyrate/",
        api_url="https://www.cbr.ru/DailyInfoWebServ/DailyInfo.asmx?op=KeyRateXML",
        unit="percent per annum",
        provenance=prov,
    )
    return [
        simple_table("cbr_key_rate.csv.gz", "event", frame, meta, ("cbr_key_rate_changes.csv",))
    ]


# ---------------------------------------------------------------- Rosstat and the Ministry

ROSSTAT = "Rosstat"
ROSSTAT_PRICE_PAGE = "https://rosstat.gov.ru/statistics/price"
ROSSTAT_GDP_PAGE = "https://rosstat.gov.ru/statistics/accounts"
ROSSTAT_IPC = (
    "Rosstat's monthly CPI workbook ipc_mes (sheet 01, edition 05-2026) as committed in a public "
    "repository (source_ref {refs}); identical to the 09-2025 edition and to an independent "
    "05-2025 copy (no revisions), and to news reports of single months"
)


def cpi_meta(series: str, name: str, prov: str) -> dict[str, Any]:
    """Return the manifest entry of a Rosstat CPI series."""
    return entry(
        "ROSSTAT",
        series,
        name=name,
        publisher=ROSSTAT,
        page_url=ROSSTAT_PRICE_PAGE,
        api_url=ROSSTAT_PRICE_PAGE,
        unit="percent",
        provenance=prov + " " + NOT_LIVE,
    )


def cpi_yoy_frame(raw: pd.DataFrame, official: pd.DataFrame) -> pd.DataFrame:
    """Return y/y CPI: the published figure where known (basis official), else derived."""
    reported = dict(zip(official["month"], official["yoy_pct"], strict=True))
    for month, value in reported.items():
        derived = float(raw.loc[raw["month"] == month, "yoy_derived_from_chained_mom"].iloc[0])
        check(abs(derived - float(value)) <= 0.05, f"CPI y/y {month}: {value} vs derived {derived}")
    is_official = raw["yoy_basis"].str.startswith("official") | raw["month"].isin(reported)
    return pd.DataFrame(
        {
            "date": raw["month"].map(month_start),
            "value": raw["month"].map(reported).fillna(raw["yoy_pct"]),
            "basis": is_official.map({True: "official", False: "derived"}),
        }
    )


def build_ru_cpi(reference: Path) -> list[Table]:
    """ROSSTAT CPI_MOM, CPI_YOY (official where published, else derived), CPI_DEC_DEC, and
    CBR INFLATION (the same y/y, as the Bank of Russia republishes it)."""
    raw = read(reference, "ru_cpi_monthly.csv")
    official = read(reference, "ru_cpi_yoy_official_reported.csv")
    dec = read(reference, "ru_cpi_annual_dec_dec.csv")
    ipc = ROSSTAT_IPC.format(refs=refs(raw["source_ref"]))
    yoy_refs = refs(official["source_ref"])
    mom = cpi_meta("CPI_MOM", "Russia CPI, % change on previous month", f"Official m/m from {ipc}.")
    yoy_text = (
        "`basis` official: the y/y figure Rosstat (or the Bank of Russia citing it) published, as "
        "reported by news (e.g. October 2024 = 8.54, source_ref " + yoy_refs + "); `basis` "
        f"derived: chained from the official rounded m/m indices of {ipc} (derived minus "
        "published ranged -0.03..+0.01 pp where both are known; October 2024 derives to 8.53)."
    )
    yoy = cpi_meta("CPI_YOY", "Russia CPI, % change on same month a year earlier", yoy_text)
    dec_meta = cpi_meta(
        "CPI_DEC_DEC",
        "Russia CPI, December on previous December",
        f"Official Dec/Dec from the row 'to December of the previous year' of {ipc}.",
    )
    cbr_meta = entry(
        "CBR",
        "INFLATION",
        name="Russia CPI inflation, % y/y, as the Bank of Russia publishes it (from Rosstat)",
        publisher=CBR,
        page_url="https://www.cbr.ru/eng/hd_base/infl/",
        api_url="https://www.cbr.ru/hd_base/infl/?UniDbQuery.Posted=True",
        unit="percent",
        provenance="The Bank of Russia's table 'Inflation and key rate' (hd_base/infl) "
        "republishes Rosstat's y/y CPI. Not read from that page: the same figures as "
        "ROSSTAT/CPI_YOY. " + yoy_text + " " + NOT_LIVE,
    )
    monthly = ("ru_cpi_monthly.csv",)
    yoy_inputs = (*monthly, "ru_cpi_yoy_official_reported.csv")
    mom_frame = pd.DataFrame({"date": raw["month"].map(month_start), "value": raw["mom_pct"]})
    dec_frame = pd.DataFrame({"date": dec["year"] + "-01-01", "value": dec["value"]})
    return [
        simple_table("rosstat_cpi_mom.csv.gz", "monthly", mom_frame, mom, monthly),
        simple_table(
            "rosstat_cpi_yoy.csv.gz",
            "monthly",
            cpi_yoy_frame(raw, official),
            yoy,
            yoy_inputs,
        ),
        simple_table(
            "cbr_inflation.csv.gz", "monthly", cpi_yoy_frame(raw, official), cbr_meta, yoy_inputs
        ),
        simple_table(
            "rosstat_cpi_dec_dec.csv.gz",
            "annual",
            dec_frame,
            dec_meta,
            ("ru_cpi_annual_dec_dec.csv",),
        ),
    ]


PERIOD_ENDS = {"annual": pd.offsets.YearEnd(0), "quarterly": pd.offsets.QuarterEnd(0)}
PERIOD_WORDS = {"annual": "a year", "quarterly": "a quarter"}


def _calendar(key: str, start: str, frequency: str) -> Calendar:
    """Return Rosstat's usual release calendar for the period starting on ``start``."""
    end = (pd.Timestamp(start) + PERIOD_ENDS[frequency]).date()
    first, revision = (earliest_release(key, end, revision=r) for r in (False, True))
    if first is None or revision is None:
        raise SystemExit(f"{key}: no usual release lag in econcheck.releases")
    return Calendar(
        publisher=ROSSTAT,
        period=PERIOD_WORDS[frequency],
        period_end=end,
        first=first,
        revision=revision,
    )


def gdp_dates(period: pd.Series, texts: pd.Series, key: str, frequency: str) -> list[Dated]:
    """Date every estimate (docs/snapshot.md): periods keep the reference's publication order."""
    dated: dict[Any, Dated] = {}
    for start, rows in texts.groupby(period, sort=False):
        found = date_estimates(list(rows), _calendar(key, str(start), frequency))
        dated.update(zip(rows.index, found, strict=True))
    return [dated[index] for index in texts.index]


def gdp_table(raw: pd.DataFrame, period: pd.Series, series: str, frequency: str) -> Table:
    """Return a Rosstat GDP table with every estimate as its own row (as_of, estimate)."""
    dated = gdp_dates(period, raw["estimate"], f"ROSSTAT/{series}", frequency)
    frame = pd.DataFrame(
        {
            "date": period,
            "value": raw["value"],
            "as_of": [d.as_of for d in dated],
            "as_of_basis": [d.basis for d in dated],
            "estimate": raw["estimate"],
            "note": [d.note for d in dated],
        }
    ).sort_values("date", kind="stable")
    check(bool(pd.to_numeric(frame["value"]).notna().all()), f"{series}: non-numeric value")
    what = "annual" if frequency == "annual" else "quarter on the same quarter a year earlier,"
    prov = (
        f"Russia real GDP growth, {what} y/y, as first published and as revised: every estimate "
        "is a separate row, `estimate` describes it and `as_of` is its publication date: the "
        "date its description gives (`as_of_basis` stated), else the earliest date consistent "
        "with the description, Rosstat's usual release calendar and the previous estimate "
        "(`as_of_basis` approximate, `note` says which bound set it), capped by the next "
        "estimate of the same period; empty when the description gives no date. All figures "
        "are Rosstat's, as reported "
        f"by news citing Rosstat (source_ref {refs(raw['source_ref'])}); mostly two or more "
        "outlets per value. " + NOT_LIVE
    )
    quarterly = "quarterly, quarter y/y" if frequency == "quarterly" else "annual"
    meta = entry(
        "ROSSTAT",
        series,
        name=f"Russia real GDP growth ({quarterly}), every published estimate",
        publisher=ROSSTAT,
        page_url=ROSSTAT_GDP_PAGE,
        api_url=ROSSTAT_GDP_PAGE,
        unit="percent",
        provenance=prov,
    )
    return Table(
        f"rosstat_{series.lower()}.csv.gz", frequency, frame.reset_index(drop=True), (meta,), ()
    )


def build_ru_gdp(reference: Path) -> list[Table]:
    """ROSSTAT GDP_ANNUAL and GDP_QUARTERLY (every estimate, with as_of)."""
    annual = read(reference, "ru_gdp_growth_annual.csv")
    quarterly = read(reference, "ru_gdp_growth_quarterly.csv")
    tables = [
        gdp_table(annual, annual["year"] + "-01-01", "GDP_ANNUAL", "annual"),
        gdp_table(quarterly, quarterly["quarter"].map(quarter_start), "GDP_QUARTERLY", "quarterly"),
    ]
    inputs = (("ru_gdp_growth_annual.csv",), ("ru_gdp_growth_quarterly.csv",))
    return [
        Table(t.file, t.frequency, t.frame, t.entries, i)
        for t, i in zip(tables, inputs, strict=True)
    ]


MINEK = "Ministry of Economic Development of the Russian Federation"
MINEK_PAGE = "https://www.economy.gov.ru/material/directions/makroec/prognozy_socialno_ekonomicheskogo_razvitiya/"
MINEK_INDICATORS = {"GDP real growth": "GDP", "CPI inflation (end of year)": "CPI_EOY"}
MINEK_NAMES = {"GDP": "Russia real GDP growth", "CPI_EOY": "Russia CPI inflation, end of year"}


def build_minek(reference: Path) -> list[Table]:
    """MINEK FORECAST:<vintage>/GDP and /CPI_EOY, one table for every vintage."""
    raw = read(reference, "minek_forecasts.csv")
    raw = raw.assign(
        vintage=raw["forecast_vintage"].str[:7],
        code=raw["indicator"].map(MINEK_INDICATORS),
        published=raw["forecast_vintage"].map(
            lambda t: (re.findall(r"\d{4}-\d{2}-\d{2}", t) or [""])[0]
        ),
    )
    check(bool(raw["code"].notna().all()), "unknown Ministry indicator")
    raw["series"] = "FORECAST:" + raw["vintage"] + "/" + raw["code"]
    raw = raw.sort_values(["series", "year"], kind="stable")
    frame = pd.DataFrame(
        {
            "series": raw["series"],
            "date": raw["year"] + "-01-01",
            "value": raw["value"],
            "vintage": raw["vintage"],
        }
    )
    entries = []
    for series, rows in raw.groupby("series", sort=True):
        first = rows.iloc[0]
        prov = (
            f"Ministry of Economic Development forecast, vintage {first['forecast_vintage']}, as "
            f"reported by news (source_ref {refs(rows['source_ref'])}); figures are the "
            "Ministry's, not checked against its own documents. " + NOT_LIVE
        )
        entries.append(
            entry(
                "MINEK",
                str(series),
                name=f"{MINEK_NAMES[first['code']]}, Ministry forecast {first['vintage']}",
                publisher=MINEK,
                page_url=MINEK_PAGE,
                api_url=MINEK_PAGE,
                unit="percent",
                provenance=prov,
                vintage=first["vintage"],
                vintage_published=first["published"] or None,
            )
        )
    return [
        Table(
            "minek_forecasts.csv.gz",
            "annual",
            frame.reset_index(drop=True),
            tuple(entries),
            ("minek_forecasts.csv",),
        )
    ]


BUILDERS_RU: tuple[Callable[[Path], list[Table]], ...] = (
    build_usd_rub,
    build_cbr_cross,
    build_key_rate,
    build_ru_cpi,
    build_ru_gdp,
    build_minek,
)
