"""Run settings: a frozen dataclass built from ``ECONCHECK_*`` variables, then CLI flags."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from econcheck.errors import ConfigError


class CachePolicy(StrEnum):
    """How the cache and the network are used."""

    USE = "use"
    REFRESH = "refresh"
    OFFLINE = "offline"


def find_data_dir(start: Path | None = None) -> Path:
    """Return the repository's data/ folder when inside a checkout, else the user cache dir."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "src" / "econcheck").is_dir():
            return folder / "data"
    import platformdirs  # lazy: only needed outside a checkout

    return Path(platformdirs.user_cache_dir("econcheck"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything that changes how a run behaves; pass it in, never read globals."""

    data_dir: Path = field(default_factory=find_data_dir)
    policy: CachePolicy = CachePolicy.USE
    max_age_days: float = 1.0
    timeout_s: float = 20.0
    retries: int = 3
    backoff_s: float = 0.5
    max_concurrency: int = 6
    base_urls: Mapping[str, str] = field(default_factory=dict)
    approx_fx_rel: float = 0.05
    approx_rate_pp: float = 0.5
    close_margin: float = 1.0
    # Tolerance knobs used by compare (see tolerance.py for how each one is applied).
    round_fx_rel: float = 0.01
    round_rate_pp: float = 0.25
    approx_ratio_rel: float = 0.1
    close_fx_rel: float = 0.02
    close_rate_pp: float = 0.1
    # A move of a day or two read from two daily fixings: close within this many times the
    # fixing's median daily swing (market quotes are taken at other hours than the fixing).
    close_fx_move_swings: float = 2.0
    # An exchange-rate record the fixings miss by at most this many percent is close, however
    # calm the fixing: a market close and a fixing taken hours apart differ by about as much.
    close_fx_record_pct: float = 0.25
    # A month-on-month figure from a seasonally adjusted series revised since (US CPI): close
    # within this many points of today's figure.
    close_sa_revision_pp: float = 0.2
    # An outcome checked against the IMF's estimate of it (a WEO figure for a year already over),
    # not the national statistics office's own figure: close within this many points.
    close_imf_estimate_pp: float = 0.5

    @property
    def raw_dir(self) -> Path:
        """Folder of raw responses."""
        return self.data_dir / "raw"

    @property
    def processed_dir(self) -> Path:
        """Folder of validated parquet frames."""
        return self.data_dir / "processed"

    def base_url(self, name: str, default: str) -> str:
        """Return the override for host ``name`` (e.g. ``CBR``, ``IMF_SDMX``) or ``default``."""
        return self.base_urls.get(name.upper(), default).rstrip("/")

    def replace(self, **changes: object) -> Settings:
        """Return a copy with some fields changed (used by the CLI for flags)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from ``ECONCHECK_*`` variables; a bad value raises ConfigError."""
        env = os.environ if env is None else env
        kwargs: dict[str, object] = {}
        if "ECONCHECK_DATA_DIR" in env:
            kwargs["data_dir"] = Path(env["ECONCHECK_DATA_DIR"]).expanduser()
        if "ECONCHECK_POLICY" in env:
            kwargs["policy"] = _parse_policy(env["ECONCHECK_POLICY"])
        if env.get("ECONCHECK_OFFLINE", "").lower() in {"1", "true", "yes"}:
            kwargs["policy"] = CachePolicy.OFFLINE
        for name, attr, kind in _NUMERIC_VARS:
            if name in env:
                kwargs[attr] = _parse_number(name, env[name], kind)
        kwargs["base_urls"] = {
            key.removeprefix("ECONCHECK_").removesuffix("_BASE_URL"): value
            for key, value in env.items()
            if key.startswith("ECONCHECK_") and key.endswith("_BASE_URL") and value
        }
        return cls(**kwargs)  # type: ignore[arg-type]


_NUMERIC_VARS: tuple[tuple[str, str, type], ...] = (
    ("ECONCHECK_MAX_AGE_DAYS", "max_age_days", float),
    ("ECONCHECK_TIMEOUT_S", "timeout_s", float),
    ("ECONCHECK_RETRIES", "retries", int),
    ("ECONCHECK_MAX_CONCURRENCY", "max_concurrency", int),
)


def _parse_policy(text: str) -> CachePolicy:
    try:
        return CachePolicy(text.strip().lower())
    except ValueError as exc:
        msg = f"ECONCHECK_POLICY={text!r} is not one of use, refresh, offline"
        raise ConfigError(msg) from exc


def _parse_number(name: str, text: str, kind: type) -> float | int:
    try:
        value = kind(text)
    except ValueError as exc:
        msg = f"{name}={text!r} is not a valid {kind.__name__}"
        raise ConfigError(msg) from exc
    if value < 0:
        msg = f"{name}={text!r} must not be negative"
        raise ConfigError(msg)
    return value  # type: ignore[no-any-return]
