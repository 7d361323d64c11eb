"""Domain objects shared by every pipeline stage: frozen dataclasses and StrEnums.

The pipeline is text -> Claim -> SeriesRequest -> FetchedSeries -> Verdict -> report.
Values parsed from text are ``Decimal`` (they keep the precision the writer used);
values read from series are ``float`` (they live in pandas frames).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure


class Indicator(StrEnum):
    """What a claim is about."""

    FX_RATE = "fx_rate"
    INFLATION = "inflation"
    GDP_GROWTH = "gdp_growth"
    POLICY_RATE = "policy_rate"


class Measure(StrEnum):
    """How a rate of change is measured (``level`` for exchange and policy rates)."""

    LEVEL = "level"
    YOY = "yoy"
    MOM = "mom"
    QOQ = "qoq"
    ANNUALIZED = "annualized"
    ANNUAL_AVG = "annual_avg"
    DEC_DEC = "dec_dec"
    YTD = "ytd"
    UNSPECIFIED = "unspecified"


class Horizon(StrEnum):
    """Whether the claim states a recorded outcome or a forecast."""

    ACTUAL = "actual"
    FORECAST = "forecast"


class Basket(StrEnum):
    """Headline or core inflation."""

    HEADLINE = "headline"
    CORE = "core"


class Qualifier(StrEnum):
    """How the claimed value bounds the truth ("past 19%" is AT_LEAST)."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Superlative(StrEnum):
    """A record claimed for the value as stored (quote units per base unit)."""

    RECORD_HIGH = "record_high"
    RECORD_LOW = "record_low"


class ChangeUnit(StrEnum):
    """Unit of a claimed change."""

    PCT = "pct"
    PP = "pp"
    BP = "bp"
    RATIO = "ratio"


class VerdictStatus(StrEnum):
    """Outcome of a check; ``severity`` orders them so the overall status is the worst."""

    MATCH = "match"
    CLOSE = "close"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    ERROR = "error"

    @property
    def severity(self) -> int:
        """Rank for 'worst of' aggregation (higher is worse)."""
        return _SEVERITY[self]


_SEVERITY = {
    VerdictStatus.MATCH: 0,
    VerdictStatus.CLOSE: 1,
    VerdictStatus.UNVERIFIABLE: 2,
    VerdictStatus.ERROR: 3,
    VerdictStatus.CONTRADICTED: 4,
}


class DataMode(StrEnum):
    """Where a series came from."""

    LIVE = "live"
    CACHE = "cache"
    SNAPSHOT = "snapshot"
    MIXED = "mixed"


class Frequency(StrEnum):
    """How often a series has observations; ``event`` is a list of changes (policy rates)."""

    DAILY = "daily"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUAL = "annual"
    EVENT = "event"


class CheckKind(StrEnum):
    """The separate checks that make up one verdict."""

    VALUE = "value"
    RECORD = "record"
    CHANGE = "change"
    FORECAST_PUBLISHED = "forecast_published"
    FORECAST_OUTCOME = "forecast_outcome"
    RELEASE_TIMING = "release_timing"


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """An inclusive interval of calendar dates."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            msg = f"period ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)

    def contains(self, day: dt.date) -> bool:
        """Return True when ``day`` falls inside the period."""
        return self.start <= day <= self.end

    def label(self) -> str:
        """Name the period compactly: a day, a month, a quarter, a year, or a range.

        >>> Period(start=dt.date(2024, 10, 30), end=dt.date(2024, 10, 30)).label()
        '2024-10-30'
        >>> Period(start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31)).label()
        '2024-10'
        >>> Period(start=dt.date(2024, 10, 1), end=dt.date(2024, 12, 31)).label()
        '2024Q4'
        >>> Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31)).label()
        '2025'
        >>> Period(start=dt.date(2024, 11, 6), end=dt.date(2025, 5, 5)).label()
        '2024-11-06 to 2025-05-05'
        """
        start, end = self.start, self.end
        if start == end:
            return start.isoformat()
        if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
            months = (end.year - start.year) * 12 + end.month - start.month + 1
            if months == 1:
                return f"{start:%Y-%m}"
            if months == 3 and start.month % 3 == 1:
                return f"{start.year}Q{(start.month - 1) // 3 + 1}"
            if months == 12 and start.month == 1:
                return str(start.year)
        return f"{start.isoformat()} to {end.isoformat()}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """A claimed change: "lost 20%" (pct), "by 200 basis points" (bp), "doubled" (ratio 2)."""

    value: Decimal
    unit: ChangeUnit
    from_value: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One numeric assertion about an economic indicator, with its evidence in the text.

    ``value`` is stored in the series' own orientation: for exchange rates it is quote
    units per one base unit (140 RUB per USD: base=USD, quote=RUB, value=140); for
    growth and inflation a signed percent (a contraction of 15% is -15).
    ``earlier_forecast`` marks the forecast a revision replaced ("raised its forecast to
    3.6% from 3.5%": the 3.5%), checked against the forecaster's release before the current one.
    """

    id: str
    sentence: str
    surface: str
    start: int
    end: int
    indicator: Indicator
    value: Decimal
    value_text: str
    unit: str
    period: Period
    published: dt.date
    measure: Measure = Measure.UNSPECIFIED
    horizon: Horizon = Horizon.ACTUAL
    basket: Basket | None = None
    country: str | None = None
    base: str | None = None
    quote: str | None = None
    value_max: Decimal | None = None
    change: Change | None = None
    qualifier: Qualifier = Qualifier.EXACT
    superlative: Superlative | None = None
    superlative_since: dt.date | None = None
    forecaster: str | None = None
    attributed_to: str | None = None
    hedged: bool = False
    measure_stated: bool = True
    earlier_forecast: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesRequest:
    """A request for one series from one source over an optional date window.

    ``source`` is an agency id (``CBR``, ``IMF``, ``ECB``, ``FRED``, or a publisher that is
    only in the snapshot such as ``ROSSTAT``); ``series`` is that agency's key, e.g.
    ``R01235`` or ``WEO:2024-10/RUS.NGDP_RPCH``.
    """

    source: str
    series: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def key(self) -> str:
        """Return ``SOURCE/series``, the id used by the snapshot and the cache."""
        return f"{self.source}/{self.series}"


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesInfo:
    """What we know about a series before fetching it (from the source or the snapshot)."""

    source: str
    series: str
    name: str
    publisher: str
    unit: str
    frequency: Frequency
    page_url: str
    aliases: tuple[str, ...] = ()
    coverage: Period | None = None
    vintage: str | None = None
    vintage_published: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchedSeries:
    """A validated series (SeriesFrame: ``date``, ``value`` and optional extra columns)."""

    request: SeriesRequest
    frame: pd.DataFrame
    name: str
    publisher: str
    unit: str
    frequency: Frequency
    url: str
    page_url: str
    retrieved_at: dt.datetime
    data_mode: DataMode
    provenance: str = ""
    vintage: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    """One series a claim is checked against, and the role it plays in the verdict.

    ``is_alternative`` marks a reading planned only to be listed as another reading of the
    claim (y/y next to a stated m/m): it is computed and reported, but never decides the status.
    """

    kind: CheckKind
    request: SeriesRequest
    reading: str
    forecaster: str | None = None
    vintage: str | None = None
    is_alternative: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimPlan:
    """What ``resolve`` decided for a claim: the series to fetch, or why there is none."""

    claim_id: str
    targets: tuple[Target, ...] = ()
    unresolved_reason: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Tolerance:
    """The band a recorded value must fall in for a match, and why."""

    lower: float | None
    upper: float | None
    rule: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Alternative:
    """Another reasonable reading of the claim and the value it gives."""

    reading: str
    recorded: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """One check within a verdict (value, record, forecast as published, outcome, ...)."""

    kind: CheckKind
    status: VerdictStatus
    recorded: float | None
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """The outcome of checking one claim, with everything a reader needs to verify it."""

    claim_id: str
    status: VerdictStatus
    reason: str
    reading: str | None = None
    recorded: float | None = None
    recorded_min: float | None = None
    recorded_max: float | None = None
    observed: Period | None = None
    deviation: float | None = None
    deviation_unit: str | None = None
    tolerance: Tolerance | None = None
    publisher: str | None = None
    series: str | None = None
    url: str | None = None
    api_url: str | None = None
    data_mode: DataMode | None = None
    retrieved_at: dt.datetime | None = None
    vintage: str | None = None
    alternatives: tuple[Alternative, ...] = ()
    checks: tuple[Check, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckResult:
    """Everything ``check_text`` found: claims, their verdicts and the series behind them.

    ``series`` maps a claim id to the fetched series used for its verdict (for charts).
    """

    published: dt.date
    claims: tuple[Claim, ...]
    verdicts: tuple[Verdict | None, ...]
    series: dict[str, tuple[FetchedSeries, ...]] = field(default_factory=dict)
    data_mode: DataMode | None = None
    snapshot_as_of: dt.date | None = None
    notes: tuple[str, ...] = ()

    def to_frame(self) -> pd.DataFrame:
        """Return one row per claim (validated by ``schemas.VerdictFrame``)."""
        from econcheck.report import to_frame  # lazy: models stay import-light

        return to_frame(self)

    def plot(self, index: int) -> Figure:
        """Return the chart of claim ``index`` against the series used to check it."""
        from econcheck.charts import plot_comparison

        claim = self.claims[index]
        verdict = self.verdicts[index]
        if verdict is None:
            msg = f"claim {index} has no verdict: run check_text, not extract_claims"
            raise ValueError(msg)
        return plot_comparison(claim, verdict, self.series.get(claim.id, ()))

    def _repr_html_(self) -> str:
        """Render the claims and verdicts as an HTML table in notebooks."""
        import html

        head = f"<p><b>econcheck</b>: {len(self.claims)} claims, published {self.published}"
        if self.data_mode is not None:
            head += f"; data: {html.escape(str(self.data_mode))}"
        return head + "</p>" + self.to_frame().to_html(index=False, escape=True)
