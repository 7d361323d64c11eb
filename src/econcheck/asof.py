"""Claims dated only by the article: which published figure "now" refers to.

"Inflation now stands at 8.5%" in an article of 15 November cannot mean November, whose
figure comes in December: it quotes the latest figure out by then. ``compare.py`` checks
such a claim against that period and says so in the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from econcheck.models import CheckKind, Claim, ClaimPlan, Horizon, Indicator, Period
from econcheck.releases import release_lag_days


def up_to_publication(claim: Claim) -> tuple[Claim, str]:
    """Cut a rate's period at the article's date: "the peso has lost 8% in 2016" in June 2016
    speaks of the year so far, and no writer knows the rates after the article.

    >>> from decimal import Decimal
    >>> day = dt.date(2016, 6, 13)
    >>> claim = Claim(id="c", sentence="", surface="", start=0, end=0,
    ...     indicator=Indicator.FX_RATE, value=Decimal("-8"), value_text="8", unit="%",
    ...     period=Period(start=dt.date(2016, 1, 1), end=dt.date(2016, 12, 31)), published=day)
    >>> up_to_publication(claim)[0].period.end
    datetime.date(2016, 6, 13)
    """
    daily = claim.indicator in (Indicator.FX_RATE, Indicator.POLICY_RATE)
    period = claim.period
    if not daily or claim.horizon is not Horizon.ACTUAL:
        return claim, ""
    if not period.start <= claim.published < period.end:
        return claim, ""
    cut = Period(start=period.start, end=claim.published)
    note = f"The period is read up to the article's date ({cut.label()})"
    return replace(claim, period=cut), note


def latest_published(claim: Claim, plan: ClaimPlan) -> tuple[Claim, str]:
    """Read "inflation now stands at 8.5%" as the latest month published by the article's date.

    A monthly statistic dated only by the article ("as of publication") cannot mean the
    month still running, whose figure comes weeks later: the claim is checked against the
    last month whose figure was out by then (by the publisher's usual delay), and the reason
    says so. Returns the claim to check and that note (empty when nothing changed).
    """
    if claim.indicator is not Indicator.INFLATION or claim.horizon is not Horizon.ACTUAL:
        return claim, ""
    if claim.period != Period(start=claim.published, end=claim.published):
        return claim, ""
    keys = [t.request.key for t in plan.targets if t.kind is CheckKind.VALUE]
    lag = release_lag_days(keys[0]) if keys else None
    if lag is None:
        return claim, ""
    # from the month running at publication: a flash estimate can be out on its last day
    # (the euro area's HICP for October on 31 October)
    month_end = _month_end(claim.published)
    while month_end + dt.timedelta(days=lag) > claim.published:
        month_end = month_end.replace(day=1) - dt.timedelta(days=1)
    month = Period(start=month_end.replace(day=1), end=month_end)
    note = (
        f"The claim names no period: read as the latest month published by the article's date "
        f"({month.label()})"
    )
    return replace(claim, period=month), note


def _month_end(day: dt.date) -> dt.date:
    """Return the last day of ``day``'s month.

    >>> _month_end(dt.date(2022, 10, 31)), _month_end(dt.date(2024, 2, 10))
    (datetime.date(2022, 10, 31), datetime.date(2024, 2, 29))
    """
    first_next = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first_next - dt.timedelta(days=1)
