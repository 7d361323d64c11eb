"""Helpers shared by the planners in resolve.py and resolve_forecasts.py (pure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from econcheck.models import CheckKind, Claim, Horizon, SeriesRequest, Target
from econcheck.resolve_tables import COUNTRY_NAMES, EURO_AREA, EURO_AREA_ALIASES, EURO_MEMBERS, Leg

Planned = list[Target] | str


def is_change_only(claim: Claim) -> bool:
    """Return True when the claim states a change but no level ("lost 20%", "doubled")."""
    return claim.change is not None and abs(claim.value) == abs(claim.change.value)


def actual_kinds(claim: Claim) -> list[CheckKind]:
    """Return the checks of an actual claim: its level (unless change-only) and its change."""
    kinds = [] if is_change_only(claim) else [CheckKind.VALUE]
    if claim.change is not None:
        kinds.append(CheckKind.CHANGE)
    return kinds


def make_targets(
    kinds: Sequence[CheckKind],
    legs: Sequence[Leg],
    start: dt.date | None,
    end: dt.date | None,
    *,
    is_alternative: bool = False,
) -> list[Target]:
    """Return one target per check kind and leg, all over the same window."""
    return [
        Target(
            kind=kind,
            request=SeriesRequest(source=source, series=series, start=start, end=end),
            reading=reading.value,
            is_alternative=is_alternative,
        )
        for kind in kinds
        for source, series, reading in legs
    ]


def alternative_targets(
    claim: Claim, legs: Sequence[Leg], start: dt.date | None, end: dt.date | None
) -> list[Target]:
    """Return value targets for the other readings of a level claim (none for a change only)."""
    if is_change_only(claim) or not legs:
        return []
    return make_targets([CheckKind.VALUE], legs, start, end, is_alternative=True)


def record_targets(claim: Claim, legs: Sequence[Leg], end: dt.date) -> list[Target]:
    """Return record targets (history from the "since" date, else all of it) for superlatives."""
    if claim.superlative is None or claim.horizon is Horizon.FORECAST:
        return []
    return make_targets([CheckKind.RECORD], legs, claim.superlative_since, end)


def country_code(code: str | None, *, policy: bool = False) -> str | None:
    """Return the upper-case country code; euro-area aliases (and, for policy rates, members) -> EA.

    >>> country_code("eurozone"), country_code("DEU", policy=True), country_code("deu")
    ('EA', 'EA', 'DEU')
    """
    if code is None:
        return None
    upper = code.strip().upper()
    if upper in EURO_AREA_ALIASES or (policy and upper in EURO_MEMBERS):
        return EURO_AREA
    return upper


def country_name(code: str) -> str:
    """Return a country's name for reasons ("RUS" -> "Russia"), else the code.

    >>> country_name("RUS"), country_name("BRA"), country_name("XXX")
    ('Russia', 'Brazil', 'XXX')
    """
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    import pycountry

    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def year_start(day: dt.date, years_back: int = 1) -> dt.date:
    """Return 1 January of ``years_back`` years before ``day``'s year."""
    return dt.date(day.year - years_back, 1, 1)


def is_whole_years(claim: Claim) -> bool:
    """Return True when the claim's period is one or more whole calendar years."""
    period = claim.period
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1,
        1,
        12,
        31,
    )


# Economies whose IMF WEO figures are by fiscal year, shown under the calendar year in which
# the fiscal year starts (WEO country notes: India's FY2024/25 is the 2024 column).
IMF_FISCAL_YEAR_ECONOMIES = frozenset({"IND"})


def is_fiscal_year(claim: Claim) -> bool:
    """Return True for a twelve-month period that is not a calendar year ("FY25" in India)."""
    period = claim.period
    if period.start.day != 1 or period.start.month == 1:
        return False
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    return months == 11 and (period.end + dt.timedelta(days=1)).day == 1


def is_imf_year(claim: Claim, country: str) -> bool:
    """Return True when the claim's period is a year as the IMF WEO reports it for ``country``."""
    return is_whole_years(claim) or (is_fiscal_year(claim) and country in IMF_FISCAL_YEAR_ECONOMIES)


def quarter_count(claim: Claim) -> int:
    """Return how many calendar quarters the claim's period touches."""
    first = claim.period.start.year * 4 + (claim.period.start.month - 1) // 3
    last = claim.period.end.year * 4 + (claim.period.end.month - 1) // 3
    return last - first + 1
