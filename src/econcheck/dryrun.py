"""What a run would fetch, as redacted URLs, without sending anything (``--dry-run``); pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from econcheck.models import SeriesRequest
from econcheck.settings import Settings
from econcheck.sources import LIVE_SOURCES, get_source, resolve_alias
from econcheck.sources.urls import redacted_url


def planned_requests(requests: Sequence[SeriesRequest], settings: Settings) -> list[str]:
    """Return one line per request: ``METHOD redacted-URL``, or where the series is read.

    Publishers without a live fetcher (e.g. ROSSTAT) are served from the cache or the embedded
    snapshot, so they need no request.
    """
    lines = []
    for request in requests:
        if request.source in LIVE_SOURCES:
            spec = get_source(request.source).build_request(request, settings)
            lines.append(f"{spec.method} {redacted_url(spec)}")
        else:
            lines.append(
                f"{request.key}: read from the cache or the embedded snapshot (no request)"
            )
    return lines


def series_request(
    source: str, series: str, *, start: dt.date | None = None, end: dt.date | None = None
) -> SeriesRequest:
    """Return the request ``econcheck fetch SOURCE SERIES`` sends (id and alias resolved)."""
    source_id = get_source(source).id
    return SeriesRequest(
        source=source_id, series=resolve_alias(source_id, series), start=start, end=end
    )
