"""Claim extraction: text -> list[Claim], pure and fast (no I/O, no network).

Public entry points (imported on first use): ``extract_claims`` (a whole text),
``iter_claims`` (a stream of paragraphs, offsets counted in the whole input),
``find_dateline`` and ``parse_number``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["extract_claims", "find_dateline", "iter_claims", "parse_number"]

_LAZY = {
    "extract_claims": "econcheck.claims.extract",
    "iter_claims": "econcheck.claims.extract",
    "find_dateline": "econcheck.claims.periods",
    "parse_number": "econcheck.claims.numbers",
}

if TYPE_CHECKING:
    from econcheck.claims.extract import extract_claims, iter_claims
    from econcheck.claims.numbers import parse_number
    from econcheck.claims.periods import find_dateline


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    msg = f"module 'econcheck.claims' has no attribute {name!r}"
    raise AttributeError(msg)
