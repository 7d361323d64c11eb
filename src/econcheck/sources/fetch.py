"""Series requests to validated frames: cache, publisher, snapshot, in the order the policy says.

- ``OFFLINE``: the cache, else the snapshot; never a socket.
- ``USE``: a fresh cache entry (younger than ``max_age_days``), else the publisher; when the
  publisher is unavailable, a stale cache entry, else the snapshot.
- ``REFRESH``: the publisher (a conditional GET when the cache has an ETag or Last-Modified;
  304 reuses the cached bytes), with the same fallbacks when it is unavailable.

Publishers with no live fetcher go straight to cache and snapshot. The bytes are stored
before parsing and parsing always reads the stored bytes; a response that does not parse is
removed, so the cache holds only entries that give a valid SeriesFrame.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import TYPE_CHECKING, Protocol, cast

from pandera.errors import SchemaError, SchemaErrors

from econcheck.errors import (
    CacheMiss,
    ResponseFormatError,
    SeriesNotFound,
    SourceError,
    SourceUnavailable,
)
from econcheck.models import DataMode, FetchedSeries, SeriesRequest
from econcheck.schemas import SeriesFrame
from econcheck.settings import CachePolicy, Settings
from econcheck.sources import LIVE_SOURCES, SOURCES, cbr, resolve_alias
from econcheck.sources import cache as store
from econcheck.sources.http import Client, NetworkState, Transport, make_client, send
from econcheck.sources.parsing import is_html, snippet
from econcheck.sources.urls import redacted_url, request_key

if TYPE_CHECKING:
    import pandas as pd

    from econcheck.sources.base import RequestSpec, Source

log = logging.getLogger(__name__)

Progress = Callable[[SeriesRequest], None]
_DIRECTORY = SeriesRequest(source="CBR", series="XML_val.asp?d=0")
_MAX_THREADS = 16


class SnapshotLike(Protocol):
    """What fetch needs of the embedded snapshot."""

    def has(self, req: SeriesRequest) -> bool:
        """Return True when the snapshot holds the series."""
        ...

    def load(self, req: SeriesRequest) -> FetchedSeries:
        """Return the series from the snapshot (``data_mode`` snapshot)."""
        ...


class _Run:
    """What the requests of one run share: settings, one client, the network flag, key locks."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: Client | None = None,
        transport: Transport | None = None,
        network: NetworkState | None = None,
    ) -> None:
        self.settings = settings
        self.network = network or NetworkState()
        self.live_keys: set[str] = set()
        self._client = client
        self._owns_client = client is None
        self._transport = transport
        self._lock = threading.Lock()
        self._key_locks: dict[str, threading.Lock] = {}
        # Bounds the requests in flight, not the threads: a thread parsing what it received
        # has already handed its slot to the next request.
        self.slots = threading.BoundedSemaphore(max(settings.max_concurrency, 1))

    @property
    def client(self) -> Client:
        """Return the shared client, created on first use (OFFLINE runs never create one)."""
        with self._lock:
            if self._client is None:
                self._client = make_client(self.settings, self._transport)
            return self._client

    def lock_for(self, key: str) -> threading.Lock:
        """Return the lock that makes identical requests of this run wait for the first."""
        with self._lock:
            return self._key_locks.setdefault(key, threading.Lock())

    def close(self) -> None:
        """Close the client if this run created it."""
        if self._owns_client and self._client is not None:
            self._client.close()


def fetch(
    request: SeriesRequest,
    *,
    settings: Settings,
    client: Client | None = None,
    network: NetworkState | None = None,
) -> FetchedSeries:
    """Return the series for ``request`` from cache, publisher or snapshot (see module doc).

    Raises:
        SourceError: the series could not be had; ``CacheMiss`` when offline and nowhere.
    """
    run = _Run(settings, client=client, network=network)
    try:
        return _fetch(request, run)
    finally:
        run.close()


def fetch_many(
    requests: Iterable[SeriesRequest],
    *,
    settings: Settings,
    transport: Transport | None = None,
    progress: Progress | None = None,
    network: NetworkState | None = None,
) -> dict[SeriesRequest, FetchedSeries | SourceError]:
    """Fetch the distinct requests concurrently (at most ``settings.max_concurrency`` at once).

    One failure never stops the others: a failed request maps to its ``SourceError``.
    ``progress`` is called with each request as it finishes.
    """
    distinct = list(dict.fromkeys(requests))
    if not distinct:
        return {}
    run = _Run(settings, transport=transport, network=network)
    done: dict[SeriesRequest, FetchedSeries | SourceError] = {}
    workers = min(len(distinct), max(settings.max_concurrency, _MAX_THREADS))
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="econcheck-fetch") as pool:
            futures = {pool.submit(_fetch_or_error, req, run): req for req in distinct}
            for future in as_completed(futures):
                done[futures[future]] = future.result()
                if progress is not None:
                    progress(futures[future])
    finally:
        run.close()
    return {req: done[req] for req in distinct}


def resolve_series(
    source_id: str,
    text: str,
    *,
    settings: Settings,
    client: Client | None = None,
    network: NetworkState | None = None,
) -> str:
    """Return the series key for ``text``: an alias, else (CBR) the Bank's currency directory.

    Raises:
        SeriesNotFound: a three-letter code the Bank of Russia does not quote.
    """
    series = resolve_alias(source_id, text)
    if source_id.strip().upper() != "CBR" or not re.fullmatch(r"[A-Za-z]{3}", series):
        return series
    run = _Run(settings, client=client, network=network)
    try:
        entry = _obtain(_DIRECTORY, cbr.directory_request(settings), run, reuse_cache=True)
    finally:
        run.close()
    try:
        codes = cbr.parse_directory(_content(entry))
    except ResponseFormatError as exc:
        store.remove_raw(entry)  # keep only entries that parse
        msg = f"CBR currency directory ({entry.url}): {exc}"
        raise ResponseFormatError(msg, source_id="CBR", url=entry.url) from exc
    code = codes.get(series.upper())
    if code is None:
        msg = f"CBR: the Bank of Russia sets no daily rate for {series.upper()!r} ({entry.url})"
        raise SeriesNotFound(msg, source_id="CBR", url=entry.url)
    return code


def _fetch_or_error(request: SeriesRequest, run: _Run) -> FetchedSeries | SourceError:
    try:
        return _fetch(request, run)
    except SourceError as exc:
        return exc


def _fetch(request: SeriesRequest, run: _Run) -> FetchedSeries:
    request = dataclasses.replace(request, source=request.source.strip().upper())
    if request.source not in LIVE_SOURCES:
        return _from_snapshot(request, run, reason="no live fetcher")
    source = SOURCES[request.source]
    spec = source.build_request(request, run.settings)
    key = request_key(spec)
    if run.settings.policy == CachePolicy.OFFLINE:
        return _fallback(request, source, key, run, None)
    with run.lock_for(key):
        cached = store.load_raw(run.settings, request.source, key)
        reuse = key in run.live_keys or (
            run.settings.policy == CachePolicy.USE
            and cached is not None
            and cached.is_fresh(run.settings)
        )
        if cached is not None and reuse:
            mode = DataMode.LIVE if key in run.live_keys else DataMode.CACHE
            try:
                return _from_entry(request, source, cached, mode, run.settings)
            except SourceError as exc:
                log.warning("%s; fetching it again", exc)
        try:
            entry = _obtain(request, spec, run, reuse_cache=False)
        except SourceUnavailable as exc:
            return _fallback(request, source, key, run, exc)
        run.live_keys.add(key)
        return _from_entry(
            request, source, entry, DataMode.LIVE, run.settings, discard_on_error=True
        )


def _obtain(
    request: SeriesRequest, spec: RequestSpec, run: _Run, *, reuse_cache: bool
) -> store.RawEntry:
    """Return a stored response for ``spec``: new, confirmed by a 304, or (``reuse_cache``)
    the cached one when fresh, offline, or the publisher is unavailable."""
    settings = run.settings
    cached = store.load_raw(settings, request.source, request_key(spec))
    if cached is not None and store.read_content(cached) is None:
        cached = None
    offline = settings.policy == CachePolicy.OFFLINE
    if reuse_cache and cached is not None and (offline or cached.is_fresh(settings)):
        return cached
    if offline:
        msg = f"{request.source}: offline and {redacted_url(spec)} is not cached"
        raise CacheMiss(msg, source_id=request.source, url=redacted_url(spec))
    try:
        return _download(request, spec, cached, run)
    except SourceUnavailable:
        if reuse_cache and cached is not None:
            return cached
        raise


def _download(
    request: SeriesRequest, spec: RequestSpec, cached: store.RawEntry | None, run: _Run
) -> store.RawEntry:
    """Send ``spec`` (conditionally when ``cached`` has validators) and store the answer."""
    headers = {**spec.headers, **(_conditional_headers(cached) if cached else {})}
    with run.slots:
        result = send(
            run.client,
            dataclasses.replace(spec, headers=headers),
            settings=run.settings,
            source_id=request.source,
            series=request.series,
            network=run.network,
        )
    if result.status == 304 and cached is not None:
        return store.touch_raw(cached)
    if result.status != 200 or (is_html(result.content) and not spec.is_html_page):
        msg = (
            f"{request.source} {request.series} ({result.url}): expected data, got HTTP "
            f"{result.status} {result.content_type} {snippet(result.content)}; "
            "the publisher may be down for maintenance, try again later"
        )
        raise ResponseFormatError(msg, source_id=request.source, url=result.url)
    return store.store_raw(
        run.settings,
        source=request.source,
        key=request_key(spec),
        request=request,
        method=spec.method,
        url=result.url,
        status=result.status,
        content=result.content,
        headers=dict(result.headers),
    )


def _conditional_headers(entry: store.RawEntry) -> dict[str, str]:
    headers = {}
    if entry.etag:
        headers["If-None-Match"] = entry.etag
    if entry.last_modified:
        headers["If-Modified-Since"] = entry.last_modified
    return headers


def _from_entry(
    request: SeriesRequest,
    source: Source,
    entry: store.RawEntry,
    mode: DataMode,
    settings: Settings,
    *,
    discard_on_error: bool = False,
) -> FetchedSeries:
    """Parse and validate the stored bytes; store the frame; build the FetchedSeries."""
    try:
        frame = _parse(source, _content(entry), request, entry.url)
    except SourceError:
        if discard_on_error:
            store.remove_raw(entry)
        raise
    path = store.processed_path(settings, request, entry.key)
    if mode == DataMode.LIVE or not path.exists():
        store.store_processed(settings, request, entry.key, frame)
    info = source.describe(request)
    provenance = (
        f"{info.publisher}, {entry.url} (HTTP {entry.status}, fetched "
        f"{entry.fetched_at:%Y-%m-%d %H:%M} UTC, sha256 {entry.sha256[:12]}, {entry.path.name})"
    )
    return FetchedSeries(
        request=request,
        frame=frame,
        name=info.name,
        publisher=info.publisher,
        unit=info.unit,
        frequency=info.frequency,
        url=entry.url,
        page_url=info.page_url,
        retrieved_at=entry.fetched_at,
        data_mode=mode,
        provenance=provenance,
        vintage=info.vintage,
    )


def _parse(source: Source, content: bytes, request: SeriesRequest, url: str) -> pd.DataFrame:
    """Return the validated, non-empty frame parsed from ``content``."""
    where = f"{request.source} {request.series} ({url})"
    try:
        frame = source.parse_response(content, request)
    except (ResponseFormatError, SeriesNotFound) as exc:
        msg = f"{where}: {exc}"
        raise type(exc)(msg, source_id=request.source, url=url) from exc
    try:
        valid = SeriesFrame.validate(frame)
    except (SchemaError, SchemaErrors) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        msg = f"{where}: the parsed series failed SeriesFrame validation ({first})"
        raise ResponseFormatError(msg, source_id=request.source, url=url) from exc
    if valid.empty:
        window = f" for {request.start or '...'} to {request.end or '...'}"
        msg = f"{where}: the publisher returned no observations{window}; check dates and code"
        raise SeriesNotFound(msg, source_id=request.source, url=url)
    return valid


def _content(entry: store.RawEntry) -> bytes:
    content = store.read_content(entry)
    if content is None:
        msg = f"{entry.source} ({entry.url}): cached response {entry.path} is missing or altered"
        raise CacheMiss(msg, source_id=entry.source, url=entry.url)
    return content


def _fallback(
    request: SeriesRequest, source: Source, key: str, run: _Run, error: SourceUnavailable | None
) -> FetchedSeries:
    """Offline (``error`` None) or the publisher unavailable: the cached answer to the same
    URL, else the newest one to the request, else the snapshot, else ``error`` (CacheMiss)."""
    entry = store.load_raw(run.settings, request.source, key)
    entry = entry or store.find_raw(run.settings, request)
    if entry is not None:
        try:
            fetched = _from_entry(request, source, entry, DataMode.CACHE, run.settings)
        except SourceError as exc:
            log.warning("cached copy unusable: %s", exc)
        else:
            log.info("%s; using the cache from %s", error or "offline", entry.fetched_at.date())
            return fetched
    if error is None:
        return _from_snapshot(request, run, reason="offline")
    snapshot = _snapshot()
    if snapshot.has(request):
        log.info("%s; using the embedded snapshot", error)
        return snapshot.load(request)
    raise error


def _from_snapshot(request: SeriesRequest, run: _Run, *, reason: str) -> FetchedSeries:
    snapshot = _snapshot()
    if snapshot.has(request):
        return snapshot.load(request)
    what = f"{request.source} {request.series}"
    if run.settings.policy == CachePolicy.OFFLINE:
        msg = (
            f"{what}: offline, and neither the cache nor the snapshot holds it; run "
            f"`econcheck fetch {request.source} {request.series}` with a network to cache it"
        )
        raise CacheMiss(msg, source_id=request.source)
    msg = (
        f"{what}: {reason} for {request.source} and the snapshot does not hold this series "
        f"(`econcheck sources` lists what it holds)"
    )
    raise SeriesNotFound(msg, source_id=request.source)


def _snapshot() -> SnapshotLike:
    return cast("SnapshotLike", SOURCES["SNAPSHOT"])
