"""URLs of request specs: base-URL overrides, the full and the redacted URL, the cache key.

Pure helpers shared by the source modules (which build specs), ``http`` (which sends them)
and ``cache`` (which names files after them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from urllib.parse import quote

from econcheck.settings import Settings
from econcheck.sources.base import RequestSpec

REDACTED = "REDACTED"
# Characters publishers show unescaped in their own example URLs (CBR dates "04/04/2025",
# SDMX periods, JSON dimension filters); everything else is percent-encoded.
_SAFE_QUERY = "/:,"


def publisher_url(settings: Settings, name: str, default: str, path: str) -> str:
    """Return ``path`` on host ``name``: the ``ECONCHECK_<NAME>_BASE_URL`` override or ``default``.

    The override replaces scheme, host and any path prefix; the publisher's path is appended.

    >>> publisher_url(Settings(base_urls={"CBR": "http://127.0.0.1:8080/"}),
    ...               "CBR", "https://www.cbr.ru", "/scripts/XML_daily.asp")
    'http://127.0.0.1:8080/scripts/XML_daily.asp'
    >>> publisher_url(Settings(), "CBR", "https://www.cbr.ru", "/scripts/XML_daily.asp")
    'https://www.cbr.ru/scripts/XML_daily.asp'
    """
    return settings.base_url(name, default) + "/" + path.lstrip("/")


def encode_query(params: Mapping[str, str], *, hide: frozenset[str] = frozenset()) -> str:
    """Return ``params`` as a query string in their given order, ``hide`` replaced by REDACTED.

    >>> encode_query({"date_req": "04/04/2025", "api_key": "s3cret"}, hide=frozenset({"api_key"}))
    'date_req=04/04/2025&api_key=REDACTED'
    """
    return "&".join(
        f"{quote(key, safe='')}={quote(REDACTED if key in hide else value, safe=_SAFE_QUERY)}"
        for key, value in params.items()
    )


def full_url(spec: RequestSpec) -> str:
    """Return the URL to send, secrets included (never log or store it)."""
    if not spec.params:
        return spec.url
    return f"{spec.url}?{encode_query(spec.params)}"


def redacted_url(spec: RequestSpec) -> str:
    """Return the URL with every secret parameter's value replaced by REDACTED.

    >>> redacted_url(RequestSpec(method="GET", url="https://x/a", params={"k": "v", "id": "7"},
    ...                          secret_params=frozenset({"k"})))
    'https://x/a?k=REDACTED&id=7'
    """
    if not spec.params:
        return spec.url
    return f"{spec.url}?{encode_query(spec.params, hide=spec.secret_params)}"


def request_key(spec: RequestSpec) -> str:
    """Return the sha256 of the canonical request: method, URL, sorted params minus secrets, body.

    Headers are left out on purpose: conditional-request headers must not change the key.

    >>> a = RequestSpec(method="GET", url="https://x/a", params={"b": "2", "a": "1"})
    >>> b = RequestSpec(method="get", url="https://x/a", params={"a": "1", "b": "2"})
    >>> request_key(a) == request_key(b)
    True
    """
    canonical = {
        "method": spec.method.upper(),
        "url": spec.url,
        "params": sorted((k, v) for k, v in spec.params.items() if k not in spec.secret_params),
        "body": hashlib.sha256(spec.body).hexdigest() if spec.body is not None else None,
    }
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
