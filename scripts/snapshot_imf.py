"""Snapshot builder for the IMF World Economic Outlook: every economy, every vintage, one table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
from snapshot_common import NOT_LIVE, Table, check, read, round_published

# ---------------------------------------------------------------- IMF World Economic Outlook

IMF_API = "https://api.db.nomics.world/v22/series/IMF/{series}?observations=1"
IMF_LABELS = {"NGDP_RPCH": "real GDP growth", "PCPIPCH": "CPI inflation, annual average"}
IMF_GROUP: dict[str, Any] = {
    "source": "IMF",
    "file": "imf_weo.csv.gz",
    "frequency": "annual",
    "api_url": IMF_API,
    "publisher": "IMF",
    "page_url": "https://www.imf.org/en/Publications/WEO",
    "unit": "percent",
    "provenance": (
        "IMF World Economic Outlook, the vintage named in the key (published 2024-04-16, "
        "2024-10-22, 2025-04-22, 2025-10-14). `value` is the unrounded WEO database figure "
        "(3 decimals) from a public third-party extract of the official WEO files (source_ref "
        "github:franzmohr/macroprojections@c179f0a4cd26d271701a576bd82368481e91d90b:scripts/"
        "forecast-data/E7EXN6FJGRUTJYNZ3Z71/forecasts.csv, built from the IMF's WEO_PUB SDMX "
        "files for 2024-04/2024-10/2025-04 and the data.imf.org Entire Dataset for 2025-10); the "
        "extract keeps only years after each economy's latest actual-data year. "
        "`value_published` is that value rounded half-up to one decimal, as the IMF's published "
        "WEO tables and press material show it: compare claims with it. Rows with `basis` "
        "reported are one-decimal figures reported by news citing the WEO where the database "
        "value is not in the extract (e.g. Russia 2023 in the October 2024 vintage; India in "
        "October 2025, which the extract lost); `note` flags inferred or ambiguous ones. "
        "Cross-checked: all 18 news-reported values that overlap equal the rounded database "
        "values. " + NOT_LIVE
    ),
}


TIE_NOTE = "; a rounding tie at the stored precision: the published one-decimal figure may differ"


def is_tie(value: str) -> bool:
    """Return True when rounding ``value`` to one decimal is a tie at the stored precision.

    >>> is_tie("1.25"), is_tie("1.250"), is_tie("1.251"), is_tie("5.3")
    (True, True, False, False)
    """
    digits = value.split(".")[1] if "." in value else ""
    return digits[1:].rstrip("0") == "5"


def imf_database_rows(raw: pd.DataFrame) -> pd.DataFrame:
    """Return the WEO database rows (plus the extract's news rows) in snapshot columns."""
    raw = raw[~raw["value"].isin(["", "NA"])]  # two economies have no figure for a year
    from_database = raw["source_ref"].str.startswith("github:")
    return pd.DataFrame(
        {
            "vintage": raw["vintage"],
            "iso3": raw["iso3"],
            "indicator": raw["indicator"],
            "year": raw["year"],
            "value": raw["value"],
            "value_published": raw["value"].map(round_published),
            "basis": from_database.map({True: "database", False: "reported"}),
            "note": raw["estimate_or_projection"]
            + raw["value"].map(lambda v: TIE_NOTE * is_tie(v)),
        }
    )


def imf_news_rows(news: pd.DataFrame, db: pd.DataFrame) -> pd.DataFrame:
    """Check news figures against the rounded database; return those the database lacks."""
    key = ["vintage", "iso3", "indicator", "year"]
    news = news.rename(columns={"country": "iso3"})
    merged = news.merge(db, on=key, how="left", suffixes=("", "_db"))
    both = merged[merged["value_db"].notna()]
    agree = both["value"].map(round_published) == both["value_published"]
    check(bool(agree.all()), f"WEO news values disagree: {both[~agree][key].to_dict('records')}")
    extra = merged[merged["value_db"].isna()]
    return pd.DataFrame(
        {
            **{k: extra[k] for k in key},
            "value": extra["value"],
            "value_published": extra["value"].map(round_published),
            "basis": "reported",
            "note": extra["basis"],
        }
    )


def build_imf(reference: Path) -> list[Table]:
    """IMF WEO:<vintage>/<ISO3>.<indicator>, every economy, one table for the whole dataset."""
    raw = read(reference, "imf_weo_all_countries.csv")
    db = imf_database_rows(raw)
    rows = pd.concat([db, imf_news_rows(read(reference, "imf_weo_vintages.csv"), db)])
    rows = rows.sort_values(["vintage", "iso3", "indicator", "year"], kind="stable")
    rows["series"] = "WEO:" + rows["vintage"] + "/" + rows["iso3"] + "." + rows["indicator"]
    countries = dict(zip(raw["iso3"], raw["country"], strict=False))
    published = dict(zip(raw["vintage"], raw["vintage_pubdate"], strict=False))
    check(set(rows["iso3"]) <= set(countries), "WEO news row for an economy without a name")
    entries = []
    for series, group in rows.groupby("series", sort=True):
        first = group.iloc[0]
        month = dt.date.fromisoformat(first["vintage"] + "-01")
        label = f"{countries[first['iso3']]}: {IMF_LABELS[first['indicator']]}"
        entries.append(
            {
                "series": str(series),
                "group": "imf_weo",
                "name": f"{label}, IMF WEO {month:%B %Y}",
                "vintage": first["vintage"],
                "vintage_published": published[first["vintage"]],
            }
        )
    frame = pd.DataFrame(
        {
            "series": rows["series"],
            "date": rows["year"] + "-01-01",
            **{c: rows[c] for c in ("value", "value_published", "vintage", "basis", "note")},
        }
    ).reset_index(drop=True)
    inputs = ("imf_weo_all_countries.csv", "imf_weo_vintages.csv")
    return [Table("imf_weo.csv.gz", "annual", frame, tuple(entries), inputs)]


GROUPS: dict[str, dict[str, Any]] = {"imf_weo": IMF_GROUP}
