"""Snapshot builders for the US, euro area, UK and Türkiye: FRED/Fed, ECB/Eurostat, ONS, BoE,
TurkStat, CBRT."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from snapshot_common import (
    NOT_LIVE,
    Table,
    check,
    entry,
    month_start,
    read,
    refs,
    simple_table,
)

# ---------------------------------------------------------------- United States

FRED_API = "https://fred.stlouisfed.org/graph/fredgraph.csv?id={series}"


def fred_cpi_frame(raw: pd.DataFrame) -> pd.DataFrame:
    """Return CPIAUCNS by month: the index, extended 12 months back by ``index_12m_earlier``."""
    values: dict[str, str] = {}
    for month, current, earlier in raw[
        ["month", "cpi_u_nsa_index", "index_12m_earlier"]
    ].itertuples(index=False):
        back = f"{int(month[:4]) - 1}{month[4:]}"
        for when, value in ((back, earlier), (month, current)):
            if value:
                check(float(values.get(when, value)) == float(value), f"CPIAUCNS {when} differs")
                values[when] = value
    months = sorted(values)
    return pd.DataFrame(
        {"date": [month_start(m) for m in months], "value": [values[m] for m in months]}
    )


def build_fred_cpi(reference: Path) -> list[Table]:
    """FRED CPIAUCNS: US CPI-U all items, NSA index (1982-84=100)."""
    raw = read(reference, "us_cpi_u_yoy_monthly.csv")
    prov = (
        "BLS CPI-U, all items, U.S. city average, not seasonally adjusted, 1982-84=100, as FRED "
        f"serves it (series CPIAUCNS). Compiled from a public copy of FRED's CSV (source_ref "
        f"{refs(raw['source_ref'])}); 2020 months come from the same file's index 12 months "
        "earlier. Cross-checked: identical to an independent copy for all overlapping months "
        "(2019-09..2024-12); y/y changes derived from it equal news reports (e.g. June 2022 9.1). "
        "October 2025 is absent: BLS published no October 2025 index (federal shutdown). "
        + NOT_LIVE
    )
    meta = entry(
        "FRED",
        "CPIAUCNS",
        name="US CPI-U, all items, U.S. city average, NSA (1982-84=100)",
        publisher="U.S. Bureau of Labor Statistics via FRED",
        page_url="https://fred.stlouisfed.org/series/CPIAUCNS",
        api_url=FRED_API.format(series="CPIAUCNS"),
        unit="index",
        provenance=prov,
    )
    return [
        simple_table(
            "fred_cpiaucns.csv.gz",
            "monthly",
            fred_cpi_frame(raw),
            meta,
            ("us_cpi_u_yoy_monthly.csv",),
        )
    ]


# Series the reference folder does not hold, kept in this repository (data/reference/).
REPO_REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference"
REPO_INPUT = "repo:data/reference/"  # how such an input is named in the manifest


def build_fred_cpi_sa(reference: Path) -> list[Table]:
    """FRED CPIAUCSL: US CPI-U all items, seasonally adjusted index (1982-84=100), the series
    BLS's month-on-month headline is computed from."""
    del reference  # kept in this repository: data/reference/PROVENANCE.md
    raw = read(REPO_REFERENCE, "fred_cpiaucsl.csv")
    kept = raw[raw["CPIAUCSL"] != ""]
    check(len(kept) == len(raw) - 1, "CPIAUCSL: only 2025-10 may be empty")
    frame = pd.DataFrame(
        {"date": kept["observation_date"].to_list(), "value": kept["CPIAUCSL"].to_list()}
    )
    prov = (
        "BLS CPI-U, all items, U.S. city average, seasonally adjusted, 1982-84=100, as FRED "
        "serves it (series CPIAUCSL), 2004-01 to 2026-03. Copied from FRED's CSV as stored in "
        "github:Coolu-001/gold_visualization@267947eb1f7b623176e230a8557e37ad26a4c74d:"
        "data/CPIAUCSL.csv (data/reference/PROVENANCE.md). October 2025 is absent (no index "
        "published). Seasonal factors are those after the February 2026 revision, so "
        "month-on-month changes of 2021-2025 may differ by a tenth or two from the first "
        "published ones. " + NOT_LIVE
    )
    meta = entry(
        "FRED",
        "CPIAUCSL",
        name="US CPI-U, all items, U.S. city average, SA (1982-84=100)",
        publisher="U.S. Bureau of Labor Statistics via FRED",
        page_url="https://fred.stlouisfed.org/series/CPIAUCSL",
        api_url=FRED_API.format(series="CPIAUCSL"),
        unit="index",
        provenance=prov,
    )
    inputs = (f"{REPO_INPUT}fred_cpiaucsl.csv", f"{REPO_INPUT}PROVENANCE.md")
    return [simple_table("fred_cpiaucsl.csv.gz", "monthly", frame, meta, inputs)]


def fed_row_note(effective: str, basis: str) -> str:
    """Say how a target-range change was dated."""
    note = (
        "effective date (Federal Reserve table)"
        if effective
        else ("decision date + 1 day (effective date not stated in the stored sources)")
    )
    return note + ("; decision date inferred" if basis.startswith("decision date inferred") else "")


def build_fed(reference: Path) -> list[Table]:
    """FRED DFEDTARU / DFEDTARL: FOMC target-range change points."""
    raw = read(reference, "us_fed_funds_target_changes.csv")
    next_day = pd.to_datetime(raw["decision_date"], errors="coerce") + pd.Timedelta(days=1)
    dates = raw["effective_date"].where(
        raw["effective_date"] != "", next_day.dt.strftime("%Y-%m-%d")
    )
    notes = [fed_row_note(e, b) for e, b in zip(raw["effective_date"], raw["basis"], strict=True)]
    tables = []
    for series, column, limit in (
        ("DFEDTARU", "target_upper_pct", "upper"),
        ("DFEDTARL", "target_lower_pct", "lower"),
    ):
        prov = (
            f"FOMC target range for the federal funds rate, {limit} limit, one row per change "
            "from the 2020-03-16 baseline. Dated by the effective date from the Federal Reserve's "
            "own table (to 2024-06-13) where given, else by the decision date + 1 day (the 2024-"
            "2025 changes; every change dated in the Fed's table took effect the day after the "
            "decision); `note` says which. Decisions from the Fed's discount-window archive and "
            f"news quoting the FOMC statements (source_ref {refs(raw['source_ref'])}). FRED "
            f"serves {series} as a daily series; only its change points are stored here. "
            + NOT_LIVE
        )
        meta = entry(
            "FRED",
            series,
            name=f"Federal funds target range, {limit} limit (change points)",
            publisher="Board of Governors of the Federal Reserve System",
            page_url=f"https://fred.stlouisfed.org/series/{series}",
            api_url=FRED_API.format(series=series),
            unit="percent per annum",
            provenance=prov,
        )
        frame = pd.DataFrame(
            {
                "date": dates,
                "value": raw[column],
                "decision_date": raw["decision_date"],
                "note": notes,
            }
        )
        tables.append(
            simple_table(
                f"fred_{series.lower()}.csv.gz",
                "event",
                frame,
                meta,
                ("us_fed_funds_target_changes.csv",),
            )
        )
    return tables


# ---------------------------------------------------------------- Euro area

ECB_PORTAL = "https://data.ecb.europa.eu/data/datasets/{flow}/{flow}.{key}"
ECB_API = "https://data-api.ecb.europa.eu/service/data/{flow}/{key}?format=csvdata"
ECB_RATES = (
    ("B.U2.EUR.4F.KR.DFR.LEV", "deposit_facility_pct", "deposit facility rate", "dfr"),
    (
        "B.U2.EUR.4F.KR.MRR_FR.LEV",
        "main_refinancing_pct",
        "main refinancing operations rate",
        "mro",
    ),
    ("B.U2.EUR.4F.KR.MLFR.LEV", "marginal_lending_pct", "marginal lending facility rate", "mlf"),
)
BASELINE = "baseline: level in force on this date; earlier changes are not in the snapshot"


def build_ecb_rates(reference: Path) -> list[Table]:
    """ECB FM/...DFR, MRR_FR and MLFR: key interest rates by effective date."""
    raw = read(reference, "ecb_key_rates_changes.csv")
    notes = [BASELINE if i == 0 else "" for i in range(len(raw))]
    tables = []
    for key, column, label, short in ECB_RATES:
        prov = (
            f"ECB {label}, one row per change by effective date, with the Governing Council "
            "decision date where a stored source states it; the first row (2019-09-18) is the "
            "level in force on 2022-01-01. Compiled from the ECB's key interest rates table as "
            "mirrored by Banka Slovenije, ECB page mirrors and Banque de France (identical where "
            "they overlap) and, for 2025, news (source_ref "
            f"{refs(raw['source_ref'])}). Held at the June 2025 level through 2025-12-18. "
            + NOT_LIVE
        )
        meta = entry(
            "ECB",
            f"FM/{key}",
            name=f"ECB {label}",
            publisher="ECB",
            page_url=ECB_PORTAL.format(flow="FM", key=key),
            api_url=ECB_API.format(flow="FM", key=key),
            unit="percent per annum",
            provenance=prov,
        )
        frame = pd.DataFrame(
            {
                "date": raw["effective_date"],
                "value": raw[column],
                "decision_date": raw["decision_date"],
                "note": notes,
            }
        )
        tables.append(
            simple_table(
                f"ecb_{short}.csv.gz", "event", frame, meta, ("ecb_key_rates_changes.csv",)
            )
        )
    return tables


def build_ecb_hicp(reference: Path) -> list[Table]:
    """ECB ICP/M.U2.N.000000.4.ANR: euro-area HICP annual rate (Eurostat)."""
    raw = read(reference, "ea_hicp_yoy_monthly.csv")
    portal = raw["source_ref"].str.startswith("github:")
    key = "M.U2.N.000000.4.ANR"
    prov = (
        "Euro-area HICP (changing composition), annual rate of change, compiled by Eurostat and "
        f"served by the ECB Data Portal as ICP.{key}. {raw['month'][portal].iloc[0]}.."
        f"{raw['month'][portal].iloc[-1]}: an ECB Data Portal export committed in a public "
        f"repository (source_ref {refs(raw['source_ref'][portal])}); "
        f"{raw['month'][~portal].iloc[0]}..{raw['month'][~portal].iloc[-1]}: Eurostat releases as "
        "reported by news, two or more outlets each, final figures where the flash differed "
        f"(source_ref {refs(raw['source_ref'][~portal])}). Cross-checked against news for seven "
        "months of the export (all equal). " + NOT_LIVE
    )
    meta = entry(
        "ECB",
        f"ICP/{key}",
        name="Euro area HICP, annual rate of change",
        publisher="Eurostat",
        page_url=ECB_PORTAL.format(flow="ICP", key=key),
        api_url=ECB_API.format(flow="ICP", key=key),
        unit="percent",
        provenance=prov,
    )
    frame = pd.DataFrame({"date": raw["month"].map(month_start), "value": raw["yoy_pct"]})
    return [simple_table("ecb_hicp.csv.gz", "monthly", frame, meta, ("ea_hicp_yoy_monthly.csv",))]


# ---------------------------------------------------------------- United Kingdom and Türkiye

ONS_PAGE = "https://www.ons.gov.uk/economy/inflationandpriceindices/timeseries/d7g7/mm23"
BOE_PAGE = "https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate"
BOE_API = (
    "https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp?csv.x=yes"
    "&SeriesCodes=IUDBEDR&UsingCodes=Y&CSVF=TN&Datefrom={first:%d/%b/%Y}&Dateto={last:%d/%b/%Y}"
)
TUIK_PAGE = "https://data.tuik.gov.tr/Kategori/GetKategori?p=enflasyon-ve-fiyat-106"
CBRT_PAGE = (
    "https://www.tcmb.gov.tr/wps/wcm/connect/EN/TCMB+EN/Main+Menu/Core+Functions/Monetary+Policy/"
    "Central+Bank+Interest+Rates/1+Week+Repo"
)


def build_ons(reference: Path) -> list[Table]:
    """ONS D7G7: UK CPI annual rate."""
    raw = read(reference, "uk_cpi_yoy_monthly.csv")
    prov = (
        "ONS CPI annual rate, all items (series D7G7, dataset MM23). Compiled from a public copy "
        f"of the ONS time-series JSON (source_ref {refs(raw['source_ref'])}); 15 months "
        "cross-checked against news quotes, all equal. " + NOT_LIVE
    )
    meta = entry(
        "ONS",
        "D7G7",
        name="UK CPI annual rate, all items",
        publisher="ONS",
        page_url=ONS_PAGE,
        api_url=ONS_PAGE + "/data",
        unit="percent",
        provenance=prov,
    )
    frame = pd.DataFrame({"date": raw["month"].map(month_start), "value": raw["yoy_pct"]})
    return [simple_table("ons_d7g7.csv.gz", "monthly", frame, meta, ("uk_cpi_yoy_monthly.csv",))]


def build_boe(reference: Path) -> list[Table]:
    """BOE IUDBEDR: Bank Rate change points."""
    raw = read(reference, "uk_bank_rate_changes.csv")
    frame = pd.DataFrame({"date": raw["date_changed"], "value": raw["bank_rate_pct"]})
    first, last = (dt.date.fromisoformat(frame["date"].iloc[i]) for i in (0, -1))
    prov = (
        "Bank of England Bank Rate, one row per change by the date changed (the announcement day). "
        "To 2024-08-01 from the Bank's 'Date Changed, Rate' export as committed in a public "
        "repository; later changes from news (2025-05-08 and 2025-12-18 from one source each) "
        f"(source_ref {refs(raw['source_ref'])}). The first row (2020-03-19) is the level in force "
        "on 2021-01-01. " + NOT_LIVE
    )
    meta = entry(
        "BOE",
        "IUDBEDR",
        name="Bank of England Bank Rate (change points)",
        publisher="Bank of England",
        page_url=BOE_PAGE,
        api_url=BOE_API.format(first=first, last=last),
        unit="percent per annum",
        provenance=prov,
    )
    return [simple_table("boe_iudbedr.csv.gz", "event", frame, meta, ("uk_bank_rate_changes.csv",))]


def build_turkstat(reference: Path) -> list[Table]:
    """TURKSTAT CPI_YOY: Turkey CPI (2003=100) annual change."""
    raw = read(reference, "tr_cpi_yoy_monthly.csv")
    table = raw["source_ref"].str.startswith("github:")
    prov = (
        "TurkStat CPI (2003=100), change on the same month of the previous year. "
        f"{raw['month'][table].iloc[0]}..{raw['month'][table].iloc[-1]}: TurkStat bulletin Table-2 "
        f"as committed in a public repository (source_ref {refs(raw['source_ref'][table])}); every "
        "y/y from 2022-01 recomputed from the same table's index matches to 0.01. "
        f"{', '.join(raw['month'][~table])}: releases as reported by news (source_ref "
        f"{refs(raw['source_ref'][~table])}). " + NOT_LIVE
    )
    meta = entry(
        "TURKSTAT",
        "CPI_YOY",
        name="Turkey CPI (2003=100), annual change",
        publisher="TurkStat",
        page_url=TUIK_PAGE,
        api_url=TUIK_PAGE,
        unit="percent",
        provenance=prov,
    )
    frame = pd.DataFrame({"date": raw["month"].map(month_start), "value": raw["yoy_pct"]})
    return [
        simple_table("turkstat_cpi_yoy.csv.gz", "monthly", frame, meta, ("tr_cpi_yoy_monthly.csv",))
    ]


def cbrt_date(decision: str, listed: str) -> tuple[str, str, str]:
    """Return (date, decision_date, note) for a CBRT change dated by day, list or month only.

    >>> cbrt_date("2023-06-22", "")
    ('2023-06-22', '2023-06-22', 'decision date')
    >>> cbrt_date("2023-07", "")[0::2]
    ('2023-07-31', 'month only in the stored sources; dated to the last day of the month')
    """
    if len(decision) == 10:
        return decision, decision, "decision date"
    if decision:
        end = pd.Timestamp(decision + "-01") + pd.offsets.MonthEnd(0)
        note = "month only in the stored sources; dated to the last day of the month"
        return end.date().isoformat(), "", note
    return listed, "", "date as listed (may be the day after the MPC announcement)"


def build_cbrt(reference: Path) -> list[Table]:
    """CBRT POLICY_RATE: one-week repo rate change points."""
    raw = read(reference, "tr_cbrt_policy_rate_changes.csv")
    pairs = zip(raw["decision_date"], raw["date_as_listed"], strict=True)
    dated = [cbrt_date(decision, listed) for decision, listed in pairs]
    frame = pd.DataFrame(dated, columns=["date", "decision_date", "note"])
    frame.insert(1, "value", raw["policy_rate_pct"])
    prov = (
        "CBRT one-week repo auction rate (the policy rate), one row per change from the level in "
        "force on 2022-01-01. Dated by the decision date where sources give it; 2021-12..2023-02 "
        "by the date in a published list (possibly the day after the announcement); July-November "
        "2023 and January 2024 hikes are month-level only and dated to the month's last day "
        "(`note` says which). Levels confirmed by two sources; compiled from news and a dated list "
        f"(source_ref {refs(raw['source_ref'])}). " + NOT_LIVE
    )
    meta = entry(
        "CBRT",
        "POLICY_RATE",
        name="CBRT one-week repo rate (change points)",
        publisher="Central Bank of the Republic of Türkiye",
        page_url=CBRT_PAGE,
        api_url=CBRT_PAGE,
        unit="percent per annum",
        provenance=prov,
    )
    return [
        simple_table(
            "cbrt_policy_rate.csv.gz", "event", frame, meta, ("tr_cbrt_policy_rate_changes.csv",)
        )
    ]


BUILDERS_WORLD: tuple[Callable[[Path], list[Table]], ...] = (
    build_fred_cpi,
    build_fred_cpi_sa,
    build_fed,
    build_ecb_rates,
    build_ecb_hicp,
    build_ons,
    build_boe,
    build_turkstat,
    build_cbrt,
)
