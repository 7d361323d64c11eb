"""Tolerance from the claim's own precision, and the status a recorded figure earns.

The rules (all amounts are ``Settings`` fields, so they can be tuned):

- **Precision.** A figure is taken to be rounded at its last written digit: "140" means
  139.5 to 140.5, "8.5%" means 8.45 to 8.55 (half a unit of the last digit either side).
- **Hedges** ("about", "nearly", "around": ``Qualifier.APPROX``) widen the half-width to
  at least ``approx_fx_rel`` of the value for exchange rates (relative) and
  ``approx_rate_pp`` percentage points for rates and growth.
- **Round numbers** (one significant digit and at least 10, such as "100 rubles" or
  "20%", or a figure written in words such as "a fifth") widen it to at least
  ``round_fx_rel`` (relative) or ``round_rate_pp`` (points).
- **Inequalities** ("past", "more than", "at least": ``AT_LEAST``; "under", "at most":
  ``AT_MOST``) are one-sided, with the bound at the stated value itself.
- **Ratios** ("doubled", "halved") carry ``approx_ratio_rel`` relative tolerance.
- **An exchange rate's percent change** is widened like a level, relatively: "lost around 30%"
  is 28.5 to 31.5.
- **Close** means outside the band by at most ``close_margin`` times the half-width, and
  never less than ``close_fx_rel`` of the value (exchange rates) or ``close_rate_pp``
  points (rates). Anything further out is contradicted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from econcheck.models import (
    Change,
    ChangeUnit,
    Claim,
    Indicator,
    Qualifier,
    Tolerance,
    VerdictStatus,
)
from econcheck.settings import Settings

_EPS = 1e-9


@dataclass(frozen=True, slots=True, kw_only=True)
class Band:
    """The match band of a claim, how far outside it still counts as close, and its scale."""

    claimed: float
    tolerance: Tolerance
    close_width: float
    relative: bool
    # the daily swing (%) a short exchange-rate move's close margin was widened to, if any
    market_swing: float | None = None


def precision_half(value: Decimal) -> float:
    """Return half a unit of the last written digit.

    >>> precision_half(Decimal("140")), precision_half(Decimal("8.5"))
    (0.5, 0.05)
    """
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        return 0.0
    return 0.5 * 10.0**exponent


def left_out_scale(value: Decimal, text: str) -> Decimal | None:
    """Return the scale a figure's text left out ("1.6" of "1.6 million per dollar", stored as
    1,600,000), or None.

    >>> left_out_scale(Decimal("1600000"), "1.6") == 10**6, left_out_scale(Decimal("140"), "140")
    (True, None)
    """
    try:
        written = Decimal(text.replace(",", "").strip().lstrip("-−"))
    except InvalidOperation:
        return None
    if written == 0:
        return None
    ratio = abs(value) / written
    return ratio if ratio in _SCALES else None


def written_precision_half(value: Decimal, text: str) -> float:
    """Return half a unit of the last digit as written, scaled when the text left out a scale
    word: "1.6" of "1.6 million per dollar" is precise to 50,000, not to 0.5.

    >>> written_precision_half(Decimal("1600000"), "1.6")
    50000.0
    >>> written_precision_half(Decimal("140"), "140")
    0.0
    """
    scale = left_out_scale(value, text)
    if scale is None:
        return 0.0
    return precision_half(abs(value) / scale) * float(scale)


_SCALES = frozenset({Decimal(10**3), Decimal(10**6), Decimal(10**9)})


def is_round(value: Decimal, text: str) -> bool:
    """Return True for round figures: words ("a fifth") or one significant digit >= 10.

    >>> is_round(Decimal("100"), "100"), is_round(Decimal("140"), "140")
    (True, False)
    >>> is_round(Decimal("20"), "a fifth"), is_round(Decimal("3"), "3")
    (True, False)
    """
    if not any(ch.isdigit() for ch in text):
        return True
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent < 0 or abs(value) < 10:
        return False
    return len(value.normalize().as_tuple().digits) == 1


def _describe(half: float, relative: bool, value: float) -> str:
    if relative and value:
        return f"±{half:g} ({half / abs(value):.1%})"
    return f"±{half:g}"


def _widening(
    claim_value: float, qualifier: Qualifier, rounded: bool, *, relative: bool, settings: Settings
) -> tuple[float, str]:
    if qualifier is Qualifier.APPROX:
        amount = settings.approx_fx_rel * abs(claim_value) if relative else settings.approx_rate_pp
        return amount, "hedged wording"
    if rounded:
        amount = settings.round_fx_rel * abs(claim_value) if relative else settings.round_rate_pp
        return amount, "round number"
    return 0.0, ""


def make_band(
    value: Decimal,
    text: str,
    *,
    qualifier: Qualifier,
    value_max: Decimal | None = None,
    relative: bool,
    settings: Settings,
    unit_scale: float = 1.0,
    round_as_hedge: bool = False,
) -> Band:
    """Return the band for a stated figure (``unit_scale`` converts pp amounts, e.g. 100 for bp).

    Basis points are quoted exactly (moves come in steps of 25), so they are never "round".
    """
    claimed = float(value)
    half = max(precision_half(value), written_precision_half(value, text))
    rounded = is_round(value, text) and unit_scale == 1.0
    widen, why = _widening(claimed, qualifier, rounded, relative=relative, settings=settings)
    if rounded and round_as_hedge and qualifier is Qualifier.EXACT:
        widen, why = settings.approx_fx_rel * abs(claimed), "a round share of a currency's value"
    widen *= 1.0 if relative else unit_scale
    rule = f"{_describe(half, relative, claimed)} from the stated precision"
    if widen and widen >= half:
        half = widen
        rule = f"{_describe(half, relative, claimed)} for {why}"
    top = float(value_max) if value_max is not None else claimed
    lower: float | None = claimed - half
    upper: float | None = top + half
    if qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
        lower, upper, rule = _one_sided(claimed, qualifier)
    floor = (
        settings.close_fx_rel * abs(claimed) if relative else settings.close_rate_pp * unit_scale
    )
    close = max(settings.close_margin * half, floor)
    return Band(
        claimed=claimed,
        tolerance=Tolerance(lower=lower, upper=upper, rule=rule),
        close_width=close,
        relative=relative,
    )


def _one_sided(claimed: float, qualifier: Qualifier) -> tuple[float | None, float | None, str]:
    """Return the bounds of "at least"/"at most"; for a negative figure they bound its size.

    "Shrank by more than 5%" (-5, at least) means -5 or below; "lost over half" likewise.

    >>> _one_sided(19.0, Qualifier.AT_LEAST), _one_sided(-5.0, Qualifier.AT_LEAST)
    ((19.0, None, 'at least 19 (one-sided)'), (None, -5.0, 'at least 5 in size: -5 or below'))
    """
    at_least = qualifier is Qualifier.AT_LEAST
    if claimed < 0:
        if at_least:
            return None, claimed, f"at least {-claimed:g} in size: {claimed:g} or below"
        return claimed, None, f"at most {-claimed:g} in size: {claimed:g} or above"
    if at_least:
        return claimed, None, f"at least {claimed:g} (one-sided)"
    return None, claimed, f"at most {claimed:g} (one-sided)"


def value_band(claim: Claim, *, relative: bool, settings: Settings) -> Band:
    """Return the band for the level a claim states."""
    return make_band(
        claim.value,
        claim.value_text,
        qualifier=claim.qualifier,
        value_max=claim.value_max,
        relative=relative,
        settings=settings,
    )


def change_band(claim: Claim, change: Change, *, settings: Settings) -> Band:
    """Return the band for a claimed change (pct and pp in points, bp in bp, ratio relative)."""
    if change.unit is ChangeUnit.RATIO:
        claimed = float(change.value)
        half = settings.approx_ratio_rel * abs(claimed)
        return Band(
            claimed=claimed,
            tolerance=Tolerance(
                lower=claimed - half, upper=claimed + half, rule=f"±{half:g} for a ratio"
            ),
            close_width=settings.close_margin * half,
            relative=True,
        )
    scale = 100.0 if change.unit is ChangeUnit.BP else 1.0
    # an exchange rate's percent change is itself relative: "lost around 30%" is 28.5 to 31.5
    relative = change.unit is ChangeUnit.PCT and claim.indicator is Indicator.FX_RATE
    return make_band(
        change.value,
        str(change.value),
        qualifier=claim.qualifier,
        # "lost 30 percent in 2022": a round share of a currency's value is said as loosely as
        # "around 30%"
        round_as_hedge=relative,
        relative=relative,
        settings=settings,
        unit_scale=scale,
    )


def gap(low: float, high: float, tolerance: Tolerance) -> float:
    """Return how far the recorded range [low, high] lies outside the band (0 when touching).

    >>> gap(97.3, 97.3, Tolerance(lower=139.5, upper=140.5, rule=""))
    42.2
    """
    below = (tolerance.lower - high) if tolerance.lower is not None else 0.0
    above = (low - tolerance.upper) if tolerance.upper is not None else 0.0
    return round(max(below, above, 0.0), 10)


def classify(low: float, high: float, band: Band) -> VerdictStatus:
    """Return match, close or contradicted for a recorded range against a band."""
    distance = gap(low, high, band.tolerance)
    scale = max(1.0, abs(band.claimed))
    if distance <= _EPS * scale:
        return VerdictStatus.MATCH
    if distance <= band.close_width + _EPS * scale:
        return VerdictStatus.CLOSE
    return VerdictStatus.CONTRADICTED


def nearest(values: list[float], band: Band) -> float:
    """Return the recorded value closest to the band (ties: closest to the claimed figure)."""
    return min(
        values,
        key=lambda v: (gap(v, v, band.tolerance), abs(v - band.claimed)),
    )


def deviation(claimed: float, recorded: float, *, relative: bool) -> float:
    """Return claimed minus recorded: in percent of the recorded value when ``relative``.

    >>> round(deviation(140.0, 97.3261, relative=True), 1)
    43.8
    """
    if relative:
        return (claimed - recorded) / abs(recorded) * 100.0 if recorded else float("nan")
    return claimed - recorded
