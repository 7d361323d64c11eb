"""The exception tree. The CLI catches only ``EconcheckError``; anything else is a bug.

EconcheckError                 base
├── ConfigError                missing/invalid setting (message names the env var or flag)
├── InputError                 unreadable, empty or binary input; no publication date
├── UnknownSourceError         id not in SOURCES (message lists valid ids)
└── SourceError                carries .source_id and the redacted .url
    ├── SourceUnavailable      network, timeout, or 5xx after retries
    ├── SeriesNotFound         404 or empty series
    ├── ResponseFormatError    bytes did not parse or failed SeriesFrame validation
    └── CacheMiss              OFFLINE policy and nothing cached or in the snapshot
"""

from __future__ import annotations


class EconcheckError(Exception):
    """Base of every error econcheck raises on purpose."""


class ConfigError(EconcheckError):
    """A setting is missing or invalid; the message names the variable or flag."""


class InputError(EconcheckError):
    """The input text cannot be used; the message says what to pass instead."""


class UnknownSourceError(EconcheckError):
    """A source id is not in the registry; the message lists the valid ids."""


class SourceError(EconcheckError):
    """A source failed; carries the source id and the redacted URL."""

    def __init__(self, message: str, *, source_id: str, url: str | None = None) -> None:
        super().__init__(message)
        self.source_id = source_id
        self.url = url


class SourceUnavailable(SourceError):
    """Network failure, timeout, or a 5xx/429 answer after retries."""


class SeriesNotFound(SourceError):
    """The publisher answered 404 or returned an empty series."""


class ResponseFormatError(SourceError):
    """The response did not parse or failed schema validation."""


class CacheMiss(SourceError):
    """Offline, and neither the cache nor the snapshot holds the series."""
