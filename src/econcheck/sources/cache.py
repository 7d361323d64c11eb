"""The on-disk cache: raw responses with a JSON sidecar, and validated frames as parquet.

Layout under ``settings.data_dir``::

    raw/<SOURCE>/<key>.<ext>      the publisher's bytes, exactly as received
    raw/<SOURCE>/<key>.json       sidecar: redacted URL, status, content type, fetched_at,
                                  sha256, ETag/Last-Modified, and the series request
    processed/<SOURCE>/<series>-<key8>.parquet   the validated SeriesFrame (derived output)

``key`` is ``urls.request_key(spec)``. A JSON body is stored as ``<key>.body.json`` so it cannot
collide with its sidecar. Every write goes to a temporary file in the same folder and is moved
into place with ``os.replace``, so a concurrent reader sees the old file or the new one, never a
partial one; the sidecar is written last and carries the body's sha256, so a body without a
matching sidecar is never used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from econcheck.errors import UnknownSourceError
from econcheck.models import SeriesRequest
from econcheck.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

_SOURCE_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
_EXTENSIONS = (
    ("zip", "zip"),
    ("json", "body.json"),
    ("xml", "xml"),
    ("csv", "csv"),
    ("html", "html"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class RawEntry:
    """One stored response: where its bytes are and what the sidecar says about them."""

    source: str
    key: str
    path: Path
    url: str
    method: str
    status: int
    content_type: str
    fetched_at: dt.datetime
    sha256: str
    size: int
    etag: str | None = None
    last_modified: str | None = None
    request: SeriesRequest | None = None

    def is_fresh(self, settings: Settings, now: dt.datetime | None = None) -> bool:
        """Return True while the entry is younger than ``settings.max_age_days``."""
        now = now or dt.datetime.now(dt.UTC)
        return now - self.fetched_at < dt.timedelta(days=settings.max_age_days)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceCacheInfo:
    """What the cache holds for one source."""

    source: str
    responses: int
    raw_bytes: int
    frames: int
    processed_bytes: int
    newest: dt.datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class CacheInfo:
    """What the cache holds, per source (``econcheck cache info``)."""

    data_dir: Path
    sources: tuple[SourceCacheInfo, ...]

    @property
    def total_bytes(self) -> int:
        """Return the size of every cached file."""
        return sum(s.raw_bytes + s.processed_bytes for s in self.sources)


def extension_for(content_type: str, content: bytes) -> str:
    """Return the file extension for a body, from its Content-Type or its first bytes.

    >>> extension_for("application/json; charset=utf-8", b"{}")
    'body.json'
    >>> extension_for("", b"PK\\x03\\x04...")
    'zip'
    >>> extension_for("text/plain", b"<?xml version='1.0'?><a/>")
    'xml'
    """
    kind = content_type.lower()
    for marker, ext in _EXTENSIONS:
        if marker in kind:
            return ext
    head = content[:64].lstrip()
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith((b"{", b"[")):
        return "body.json"
    if head.startswith(b"<"):
        return "xml"
    return "bin"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and ``os.replace``.

    No fsync: after a crash a body may be short, but its sidecar's sha256 then no longer
    matches and the entry is ignored; the cache can always be rebuilt.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def store_raw(
    settings: Settings,
    *,
    source: str,
    key: str,
    request: SeriesRequest,
    method: str,
    url: str,
    status: int,
    content: bytes,
    headers: dict[str, str],
) -> RawEntry:
    """Store a response's bytes and sidecar; return the new entry."""
    folder = _source_dir(settings.raw_dir, source)
    content_type = headers.get("content-type", "")
    path = folder / f"{key}.{extension_for(content_type, content)}"
    entry = RawEntry(
        source=source,
        key=key,
        path=path,
        url=url,
        method=method.upper(),
        status=status,
        content_type=content_type,
        fetched_at=dt.datetime.now(dt.UTC),
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        request=request,
    )
    atomic_write(path, content)
    _write_sidecar(entry)
    for other in folder.glob(f"{key}.*"):
        if other not in (path, _sidecar(folder, key)) and not other.name.startswith("."):
            other.unlink(missing_ok=True)  # an older body of another type
    return entry


def touch_raw(entry: RawEntry) -> RawEntry:
    """Record that the publisher confirmed the entry is current (HTTP 304); return it."""
    renewed = replace(entry, fetched_at=dt.datetime.now(dt.UTC))
    _write_sidecar(renewed)
    return renewed


def load_raw(settings: Settings, source: str, key: str) -> RawEntry | None:
    """Return the entry stored under ``key``, or None when absent or unreadable."""
    return _read_sidecar(_sidecar(_source_dir(settings.raw_dir, source), key))


def find_raw(settings: Settings, request: SeriesRequest) -> RawEntry | None:
    """Return the newest entry stored for ``request`` (any URL; open-ended ranges move daily)."""
    folder = _source_dir(settings.raw_dir, request.source)
    found = [e for e in _entries(folder) if e.request == request]
    return max(found, key=lambda e: e.fetched_at, default=None)


def read_content(entry: RawEntry) -> bytes | None:
    """Return the entry's bytes, or None when missing or not matching the sidecar's sha256."""
    try:
        content = entry.path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(content).hexdigest() != entry.sha256:
        log.warning("cache entry %s does not match its sidecar; ignoring it", entry.path)
        return None
    return content


def remove_raw(entry: RawEntry) -> None:
    """Delete an entry (sidecar first, so a reader never sees a sidecar without its body)."""
    _sidecar(entry.path.parent, entry.key).unlink(missing_ok=True)
    entry.path.unlink(missing_ok=True)


def processed_path(settings: Settings, request: SeriesRequest, key: str) -> Path:
    """Return where the validated frame of ``request`` is stored.

    >>> processed_path(Settings(data_dir=Path("d")), SeriesRequest(source="ECB",
    ...     series="EXR/D.USD.EUR.SP00.A"), "0123456789abcdef").as_posix()
    'd/processed/ECB/EXR_D.USD.EUR.SP00.A-01234567.parquet'
    """
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", request.series).strip("_") or "series"
    return _source_dir(settings.processed_dir, request.source) / f"{safe}-{key[:8]}.parquet"


def store_processed(
    settings: Settings, request: SeriesRequest, key: str, frame: pd.DataFrame
) -> Path:
    """Write the validated frame as parquet (atomically); return its path."""
    path = processed_path(settings, request, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        frame.to_parquet(tmp, index=False)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def cache_info(settings: Settings) -> CacheInfo:
    """Return how many responses and frames the cache holds per source, and their size."""
    names = sorted(_source_names(settings.raw_dir) | _source_names(settings.processed_dir))
    rows = []
    for name in names:
        entries = list(_entries(settings.raw_dir / name))
        frames = list(_files(settings.processed_dir / name))
        rows.append(
            SourceCacheInfo(
                source=name,
                responses=len(entries),
                raw_bytes=sum(f.stat().st_size for f in _files(settings.raw_dir / name)),
                frames=len(frames),
                processed_bytes=sum(f.stat().st_size for f in frames),
                newest=max((e.fetched_at for e in entries), default=None),
            )
        )
    return CacheInfo(data_dir=settings.data_dir, sources=tuple(rows))


def clear_cache(settings: Settings, source: str | None = None) -> int:
    """Delete the cached files of one source (or of all); return how many were removed."""
    if source is None:
        names = _source_names(settings.raw_dir) | _source_names(settings.processed_dir)
    else:
        names = {_check_source(source)}
    removed = 0
    for name in names:
        for folder in (settings.raw_dir / name, settings.processed_dir / name):
            if folder.is_dir():
                removed += sum(1 for path in folder.rglob("*") if path.is_file())
                shutil.rmtree(folder)
    return removed


def _check_source(source: str) -> str:
    name = source.upper()
    if not _SOURCE_ID.match(name):
        msg = f"{source!r} is not a source id (econcheck sources lists them)"
        raise UnknownSourceError(msg)
    return name


def _source_dir(root: Path, source: str) -> Path:
    return root / _check_source(source)


def _source_names(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {p.name for p in root.iterdir() if p.is_dir() and _SOURCE_ID.match(p.name)}


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from (p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _sidecar(folder: Path, key: str) -> Path:
    return folder / f"{key}.json"


def _entries(folder: Path) -> Iterator[RawEntry]:
    for path in _files(folder):
        if path.name.endswith(".json") and not path.name.endswith(".body.json"):
            entry = _read_sidecar(path)
            if entry is not None:
                yield entry


def _write_sidecar(entry: RawEntry) -> None:
    request = entry.request
    meta: dict[str, Any] = {
        "source": entry.source,
        "key": entry.key,
        "file": entry.path.name,
        "url": entry.url,
        "method": entry.method,
        "status": entry.status,
        "content_type": entry.content_type,
        "fetched_at": entry.fetched_at.isoformat(),
        "sha256": entry.sha256,
        "size": entry.size,
        "etag": entry.etag,
        "last_modified": entry.last_modified,
        "request": None if request is None else _request_to_json(request),
    }
    text = json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
    atomic_write(_sidecar(entry.path.parent, entry.key), text.encode("utf-8"))


def _read_sidecar(path: Path) -> RawEntry | None:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        return RawEntry(
            source=meta["source"],
            key=meta["key"],
            path=path.parent / meta["file"],
            url=meta["url"],
            method=meta["method"],
            status=int(meta["status"]),
            content_type=meta["content_type"],
            fetched_at=dt.datetime.fromisoformat(meta["fetched_at"]),
            sha256=meta["sha256"],
            size=int(meta["size"]),
            etag=meta.get("etag"),
            last_modified=meta.get("last_modified"),
            request=_request_from_json(meta.get("request")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _request_to_json(request: SeriesRequest) -> dict[str, str | None]:
    return {
        "source": request.source,
        "series": request.series,
        "start": request.start.isoformat() if request.start else None,
        "end": request.end.isoformat() if request.end else None,
    }


def _request_from_json(data: dict[str, str | None] | None) -> SeriesRequest | None:
    if not data:
        return None
    start, end = data.get("start"), data.get("end")
    return SeriesRequest(
        source=str(data["source"]),
        series=str(data["series"]),
        start=dt.date.fromisoformat(start) if start else None,
        end=dt.date.fromisoformat(end) if end else None,
    )
