"""econcheck: cross-check numeric economic claims in text against the official record.

The public API (imported lazily, so ``econcheck extract`` starts fast)::

    import econcheck
    result = econcheck.check_text(text, published=datetime.date(2024, 11, 5))
    result.to_frame()
    econcheck.fetch_series("CBR", "USD", start="2024-10-01", end="2024-11-05")
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CachePolicy",
    "CheckResult",
    "Settings",
    "__version__",
    "check_text",
    "extract_claims",
    "fetch_series",
    "list_sources",
]

_LAZY = {
    "check_text": "econcheck.pipeline",
    "extract_claims": "econcheck.claims.extract",
    "fetch_series": "econcheck.api",
    "list_sources": "econcheck.sources",
    "Settings": "econcheck.settings",
    "CheckResult": "econcheck.models",
    "CachePolicy": "econcheck.settings",
}

if TYPE_CHECKING:
    from econcheck.api import fetch_series
    from econcheck.claims.extract import extract_claims
    from econcheck.models import CheckResult
    from econcheck.pipeline import check_text
    from econcheck.settings import CachePolicy, Settings
    from econcheck.sources import list_sources


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    msg = f"module 'econcheck' has no attribute {name!r}"
    raise AttributeError(msg)
