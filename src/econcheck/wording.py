"""Plain-language pieces of verdict reasons: numbers, periods, sources, one-sentence joins."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from econcheck.models import Claim, FetchedSeries, Indicator, Period

_LOWER_FIRST = frozenset({"The", "No", "Not", "It", "Its", "A", "An", "This", "All", "Every"})
FIXING_NOTE = "official fixings can differ from intraday market rates"


def is_fx(claim: Claim) -> bool:
    """Return True for exchange-rate claims (relative tolerance, deviation in percent)."""
    return claim.indicator is Indicator.FX_RATE


def fmt_number(value: float, *, fx: bool = False) -> str:
    """Format a figure: 4 decimals for exchange rates (4 significant digits below 1), up to 2
    otherwise.

    >>> fmt_number(97.3261, fx=True), fmt_number(8.54), fmt_number(21.0), fmt_number(-1.2)
    ('97.3261', '8.54', '21', '-1.2')
    >>> fmt_number(0.000854321, fx=True), fmt_number(0.2465, fx=True)  # USD per KRW, per MYR
    ('0.0008543', '0.2465')
    """
    if fx:
        if value == 0 or abs(value) >= 0.1:
            return f"{value:.4f}"
        zeros = -math.floor(math.log10(abs(value))) - 1  # zeros after the point: 3 in 0.00085
        return f"{value:.{zeros + 4}f}"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def unit_text(claim: Claim) -> str:
    """Return the unit of the claim's figure as readers write it."""
    if is_fx(claim) and claim.base and claim.quote:
        return f" {claim.quote.upper()} per {claim.base.upper()}"
    return "%"


def fmt_value(value: float, claim: Claim) -> str:
    """Format a figure with the claim's unit ("97.3261 RUB per USD", "8.54%")."""
    return f"{fmt_number(value, fx=is_fx(claim))}{unit_text(claim)}"


def fmt_period(period: Period) -> str:
    """Name a period compactly (see ``Period.label``)."""
    return period.label()


def source_text(series: Sequence[FetchedSeries]) -> str:
    """Name the publisher and series ("Bank of Russia, USD/RUB official rate (CBR/R01235)")."""
    first = series[0]
    keys = " and ".join(item.request.key for item in series)
    return f"{first.publisher}, {first.name} ({keys})"


def join_clauses(clauses: Iterable[str]) -> str:
    """Join clauses into one sentence ending with a full stop.

    >>> join_clauses(["The rate was 97", "The record is 120."])
    'The rate was 97; the record is 120.'
    """
    parts = [c.strip().rstrip(".") for c in clauses if c and c.strip()]
    fixed = [parts[0]] if parts else []
    for part in parts[1:]:
        first, _, rest = part.partition(" ")
        fixed.append(f"{first.lower()} {rest}".strip() if first in _LOWER_FIRST else part)
    return "; ".join(fixed) + "." if fixed else ""


def list_text(items: Sequence[str]) -> str:
    """Join items as English prose ("a, b and c")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
