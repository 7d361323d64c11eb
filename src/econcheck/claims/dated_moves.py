"""Keep a move only when its starting figure is the period before: "eased to 3.8% in
September from 4.4% in August" is a one-month move the series can check (-0.6 pp), but
"fell from 25.5% in December to 2.7% in October" spans ten months, and compare checks a
change over the single step into the claim's period. Both figures stay claims of their own,
so the ten-month move is still checked, through its two ends. A policy rate's from-value is
the rate in force until the move, whenever it was set ("to 6% from the 5.5% set last
October"), so its move stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from econcheck.models import ChangeUnit, Claim, Indicator, Period


def without_distant_moves(claims: list[Claim]) -> list[Claim]:
    """Drop the ``change`` of a claim whose from-value is another claim of the sentence dated
    to a period that does not end the day before this claim's period starts."""
    out: list[Claim] = []
    for claim in claims:
        start = _dated_start(claim, claims)
        if start is not None and start != claim.period and not _just_before(start, claim.period):
            claim = replace(claim, change=None)
        out.append(claim)
    return out


def _dated_start(claim: Claim, claims: list[Claim]) -> Period | None:
    change = claim.change
    if (
        change is None
        or change.from_value is None
        or change.unit is not ChangeUnit.PP
        or claim.indicator is Indicator.POLICY_RATE
    ):
        return None
    return next(
        (
            other.period
            for other in claims
            if other is not claim
            and other.indicator is claim.indicator
            and other.country == claim.country
            and other.value == change.from_value
            and other.value_max is None
        ),
        None,
    )


def _just_before(earlier: Period, later: Period) -> bool:
    return earlier.end + dt.timedelta(days=1) == later.start
