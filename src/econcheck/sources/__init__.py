"""The source registry: ``SOURCES`` (a plain dict), ``get_source``, ``list_sources``, aliases.

Publishers with no live fetcher (``SNAPSHOT_ONLY``) are served from the cache and the
embedded snapshot only; see docs/series.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from econcheck.errors import UnknownSourceError
from econcheck.models import SeriesInfo
from econcheck.sources import cbr, ecb, fred, imf
from econcheck.sources.base import Source
from econcheck.sources.cbr import CbrSource
from econcheck.sources.ecb import EcbSource
from econcheck.sources.fred import FredSource
from econcheck.sources.imf import ImfSource
from econcheck.sources.snapshot import SnapshotSource

__all__ = [
    "HOSTS",
    "LIVE_SOURCES",
    "SNAPSHOT_ONLY",
    "SOURCES",
    "get_source",
    "list_sources",
    "resolve_alias",
]

SOURCES: Mapping[str, Source] = {
    s.id: s for s in (CbrSource(), ImfSource(), EcbSource(), FredSource(), SnapshotSource())
}
LIVE_SOURCES = frozenset({"CBR", "IMF", "ECB", "FRED"})
SNAPSHOT_ONLY = frozenset({"ROSSTAT", "MINEK", "ONS", "BOE", "TURKSTAT", "CBRT"})
# Every host econcheck contacts: base-URL name (ECONCHECK_<NAME>_BASE_URL) -> default.
HOSTS: Mapping[str, str] = {**cbr.HOSTS, **ecb.HOSTS, **fred.HOSTS, **imf.HOSTS}


def get_source(source_id: str) -> Source:
    """Return the source registered as ``source_id`` (case-insensitive).

    Raises:
        UnknownSourceError: the id is not registered; the message lists the valid ids.
    """
    source = SOURCES.get(source_id.strip().upper())
    if source is None:
        valid = ", ".join(sorted(SOURCES))
        stored = ", ".join(sorted(SNAPSHOT_ONLY))
        msg = f"unknown source {source_id!r}; valid ids: {valid} (snapshot only: {stored})"
        raise UnknownSourceError(msg)
    return source


def list_sources() -> tuple[Source, ...]:
    """Return every registered source, ordered by id."""
    return tuple(SOURCES[key] for key in sorted(SOURCES))


def resolve_alias(source_id: str, text: str) -> str:
    """Return the series key a friendly name stands for (``CBR``, ``usd`` -> ``R01235``).

    Matching ignores case, spaces and punctuation and looks at the source's own catalog and the
    snapshot's. Text that is no alias is returned stripped (a publisher's own code). The Bank of
    Russia's directory (XML_val.asp) knows more currencies than the built-in table; see
    ``fetch.resolve_series`` for the lookup that consults it.
    """
    wanted = _squash(text)
    source_id = source_id.strip().upper()
    for info in _catalog(source_id):
        if wanted in {_squash(info.series), *(_squash(alias) for alias in info.aliases)}:
            return info.series
    return text.strip()


def _catalog(source_id: str) -> tuple[SeriesInfo, ...]:
    own = SOURCES[source_id].series_catalog() if source_id in LIVE_SOURCES else ()
    snapshot = tuple(i for i in SOURCES["SNAPSHOT"].series_catalog() if i.source == source_id)
    return (*own, *snapshot)


def _squash(text: str) -> str:
    """Return ``text`` upper-cased with everything but letters and digits removed.

    >>> _squash("key rate"), _squash("Fed-Funds_Upper")
    ('KEYRATE', 'FEDFUNDSUPPER')
    """
    return re.sub(r"[^A-Z0-9]", "", text.upper())
