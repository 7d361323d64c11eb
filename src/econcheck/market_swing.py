"""The day-to-day swing of an exchange rate's fixings, and the allowance it gives a quote.

Market reports quote a rate at some hour ("by 0730 GMT", "its weakest intraday level"), while
the record holds one fixing a day. A level quoted at another hour, a move between two fixings,
or a day's extreme, can differ from the market's by about the rate's daily swing, so a claim
within ``close_fx_move_swings`` times the median swing of the 20 fixings up to the period's end
is close, not contradicted.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from econcheck.evidence import Evidence
from econcheck.models import Claim, Horizon, Period
from econcheck.settings import Settings
from econcheck.tolerance import Band
from econcheck.wording import is_fx

_SWING_FIXINGS = 20
_MIN_MOVES = 10


def daily_swing(evidence: Evidence, period: Period) -> float | None:
    """Return the median absolute day-to-day percent change of a daily series over its last
    ``_SWING_FIXINGS`` records up to the end of ``period``, counting only records at most
    five days apart (a weekend, a holiday); None with fewer than ten such moves.

    >>> import datetime as dt
    >>> import pandas as pd
    >>> from econcheck.evidence import Track
    >>> from econcheck.models import Frequency
    >>> frame = pd.DataFrame({"date": pd.date_range("2024-10-01", periods=12),
    ...                       "value": [100.0, 101.0, 100.0, 100.5, 100.0, 100.5] * 2})
    >>> track = Track(frame=frame, frequency=Frequency.DAILY, is_daily=True)
    >>> ev = Evidence(group=None, track=track, series=(), label="")  # type: ignore[arg-type]
    >>> round(daily_swing(ev, Period(start=dt.date(2024, 10, 12), end=dt.date(2024, 10, 12))), 3)
    0.5
    """
    frame = evidence.track.frame
    upto = frame[frame["date"] <= pd.Timestamp(period.end)].tail(_SWING_FIXINGS + 1)
    moves = upto["value"].pct_change().abs() * 100.0
    near = upto["date"].diff() <= pd.Timedelta(days=5)
    daily = moves[near].dropna()
    return float(daily.median()) if len(daily) >= _MIN_MOVES else None


def market_band(claim: Claim, evidence: Evidence, band: Band, settings: Settings) -> Band:
    """Widen the close margin of an exchange-rate move to the fixing's daily swing: its two
    ends are fixings, the market's are quotes at other hours.

    A move the article states only through two quoted levels ("from Rs 49.10 a dollar to Rs
    53.10") is as uncertain as both of them: each level has a level's allowance (see
    ``level_market_band``), so the move has twice a stated move's."""
    if not (is_fx(claim) and evidence.track.is_daily):
        return band
    swing = daily_swing(evidence, claim.period)
    if swing is None:
        return band
    margin = settings.close_fx_move_swings * swing * (2 if is_derived_move(claim) else 1)
    if margin <= band.close_width:
        return band
    return dataclasses.replace(band, close_width=margin, market_swing=swing)


def is_derived_move(claim: Claim) -> bool:
    """Return True for a move worked out from a stated starting level, not stated itself."""
    return claim.change is not None and claim.change.from_value is not None


def level_market_band(claim: Claim, evidence: Evidence, band: Band, settings: Settings) -> Band:
    """Widen the close margin of a quoted exchange-rate level to the fixing's daily swing: the
    market's quote at another hour of the day can differ from the day's fixing by about that."""
    if not (is_fx(claim) and evidence.track.is_daily) or claim.horizon is not Horizon.ACTUAL:
        return band
    swing = daily_swing(evidence, claim.period)
    if swing is None:
        return band
    margin = settings.close_fx_move_swings * swing / 100.0 * abs(band.claimed)
    if margin <= band.close_width:
        return band
    return dataclasses.replace(band, close_width=margin, market_swing=swing)
