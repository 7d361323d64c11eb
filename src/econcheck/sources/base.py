"""The one small interface every source implements, and the request spec it returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pandas as pd

    from econcheck.models import SeriesInfo, SeriesRequest
    from econcheck.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestSpec:
    """An HTTP request described as data; ``secret_params`` are redacted everywhere.

    ``is_html_page``: the publisher answers with an HTML page (a table to read), so an HTML
    answer is data rather than an error page.
    """

    method: str
    url: str
    params: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    secret_params: frozenset[str] = frozenset()
    is_html_page: bool = False


class Source(Protocol):
    """A publisher's API: build a request, parse the bytes. No I/O, no retries, no cache."""

    id: str
    name: str
    docs_url: str

    def build_request(self, req: SeriesRequest, settings: Settings) -> RequestSpec:
        """Return the HTTP request that fetches ``req`` (base URL from ``settings``)."""
        ...

    def parse_response(self, content: bytes, req: SeriesRequest) -> pd.DataFrame:
        """Return a SeriesFrame-shaped frame (``date``, ``value``) from the raw bytes."""
        ...

    def describe(self, req: SeriesRequest) -> SeriesInfo:
        """Return name, publisher, unit, frequency and page URL of the requested series."""
        ...

    def series_catalog(self) -> tuple[SeriesInfo, ...]:
        """Return the series this source knows by name (for ``econcheck sources``)."""
        ...
