"""Tests of tolerance.py: bands from the claim's precision, hedges, inequalities and closeness."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from econcheck.models import Change, ChangeUnit, Indicator, Qualifier, VerdictStatus
from econcheck.settings import Settings
from econcheck.tolerance import (
    Band,
    change_band,
    classify,
    gap,
    make_band,
    value_band,
)
from verdict_fakes import fx_claim, make_claim, settings, span

RANK = {VerdictStatus.MATCH: 0, VerdictStatus.CLOSE: 1, VerdictStatus.CONTRADICTED: 2}
DAY = span("2024-10-30")


def _fx(text: str, qualifier: Qualifier = Qualifier.EXACT, **kw: object) -> Band:
    claim = fx_claim(text, DAY, qualifier=qualifier, **kw)
    return value_band(claim, relative=True, settings=kw.pop("s", settings()))  # type: ignore[arg-type]


def _rate(text: str, qualifier: Qualifier = Qualifier.EXACT, value_text: str | None = None) -> Band:
    claim = make_claim(
        Indicator.INFLATION, text, DAY, qualifier=qualifier, value_text=value_text or text
    )
    return value_band(claim, relative=False, settings=settings())


def _bounds(band: Band) -> tuple[float | None, float | None]:
    return band.tolerance.lower, band.tolerance.upper


def test_tolerance_integer_means_half_a_unit() -> None:
    """ "140" per dollar means 139.5 to 140.5."""
    assert _bounds(_fx("140")) == (139.5, 140.5)


def test_tolerance_one_decimal_means_half_a_tenth() -> None:
    """ "8.5%" means 8.45 to 8.55."""
    low, high = _bounds(_rate("8.5"))
    assert (low, high) == (pytest.approx(8.45), pytest.approx(8.55))


def test_tolerance_hedge_is_relative_for_exchange_rates() -> None:
    """ "About 140" widens to ±5% of 140 (approx_fx_rel)."""
    assert _bounds(_fx("140", Qualifier.APPROX)) == (pytest.approx(133.0), pytest.approx(147.0))
    assert "hedged" in _fx("140", Qualifier.APPROX).tolerance.rule


def test_tolerance_hedge_is_in_points_for_rates() -> None:
    """ "About 8.5%" widens to ±0.5 pp (approx_rate_pp)."""
    assert _bounds(_rate("8.5", Qualifier.APPROX)) == (pytest.approx(8.0), pytest.approx(9.0))


def test_tolerance_hedge_amount_is_configurable() -> None:
    """Doubling approx_fx_rel doubles the hedge band."""
    wide = Settings(approx_fx_rel=0.1, data_dir=settings().data_dir)
    band = make_band(
        Decimal("140"), "140", qualifier=Qualifier.APPROX, relative=True, settings=wide
    )
    assert _bounds(band) == (pytest.approx(126.0), pytest.approx(154.0))


def test_tolerance_round_numbers_widen_a_little() -> None:
    """ "100 rubles" (one significant digit) gets ±1%; "140" does not."""
    assert _bounds(_fx("100")) == (pytest.approx(99.0), pytest.approx(101.0))
    assert "round" in _fx("100").tolerance.rule
    assert "precision" in _fx("140").tolerance.rule


def test_tolerance_word_figures_are_round() -> None:
    """A figure written in words ("a fifth") is treated as round."""
    band = _rate("20", value_text="a fifth")
    assert _bounds(band) == (pytest.approx(19.5), pytest.approx(20.5))


def test_tolerance_inequalities_are_one_sided() -> None:
    """ "Past 19%" has no upper bound; "under 5%" no lower bound."""
    assert _bounds(_rate("19", Qualifier.AT_LEAST)) == (19.0, None)
    assert _bounds(_rate("5", Qualifier.AT_MOST)) == (None, 5.0)
    assert classify(25.0, 25.0, _rate("19", Qualifier.AT_LEAST)) is VerdictStatus.MATCH
    assert classify(8.5, 8.5, _rate("19", Qualifier.AT_LEAST)) is VerdictStatus.CONTRADICTED


def test_tolerance_stated_range_covers_both_ends() -> None:
    """ "Between 95 and 100" spans 94.5 to 100.5."""
    assert _bounds(_fx("95", value_max=Decimal("100"))) == (94.5, 100.5)


def test_tolerance_close_is_two_percent_for_exchange_rates() -> None:
    """For "140", 137.5 (1.8% off the band) is close, 135 is contradicted."""
    band = _fx("140")
    assert classify(137.5, 137.5, band) is VerdictStatus.CLOSE
    assert classify(135.0, 135.0, band) is VerdictStatus.CONTRADICTED


def test_tolerance_close_for_rates_is_the_margin_or_a_tenth() -> None:
    """For "8.5%", 8.62 is close (within 0.1 pp of the band), 8.7 is contradicted."""
    band = _rate("8.5")
    assert classify(8.62, 8.62, band) is VerdictStatus.CLOSE
    assert classify(8.7, 8.7, band) is VerdictStatus.CONTRADICTED


def test_tolerance_gap_of_a_range_is_zero_when_it_touches_the_band() -> None:
    """A recorded range overlapping the band counts as a match."""
    band = _fx("97")
    assert gap(96.0, 97.2, band.tolerance) == 0.0
    assert classify(96.0, 97.2, band) is VerdictStatus.MATCH


def test_tolerance_change_in_basis_points_and_ratio() -> None:
    """Basis points keep their unit; ratios get a relative band."""
    claim = make_claim(Indicator.POLICY_RATE, "200", DAY)
    bp = change_band(claim, Change(value=Decimal("200"), unit=ChangeUnit.BP), settings=settings())
    assert _bounds(bp) == (199.5, 200.5)
    ratio = change_band(
        claim, Change(value=Decimal("2"), unit=ChangeUnit.RATIO), settings=settings()
    )
    assert _bounds(ratio) == (pytest.approx(1.8), pytest.approx(2.2))


# ---- properties ---------------------------------------------------------------------------------

digits = st.integers(min_value=1, max_value=99_999)
exponents = st.integers(min_value=-3, max_value=0)
offsets = st.floats(min_value=0.0, max_value=1e4, allow_nan=False)


def _value(n: int, exp: int) -> Decimal:
    return Decimal(n).scaleb(exp)


@given(
    digits,
    exponents,
    offsets,
    offsets,
    st.booleans(),
    st.booleans(),
    st.sampled_from([Qualifier.EXACT, Qualifier.APPROX]),
)
def test_tolerance_status_never_improves_further_from_the_claim(
    n: int, exp: int, a: float, b: float, above: bool, relative: bool, qualifier: Qualifier
) -> None:
    """Moving the recorded figure further from the claim never gives a better status."""
    value = _value(n, exp)
    band = make_band(value, str(value), qualifier=qualifier, relative=relative, settings=settings())
    near, far = sorted((a, b))
    sign = 1.0 if above else -1.0
    first = float(value) + sign * near
    second = float(value) + sign * far
    assert RANK[classify(second, second, band)] >= RANK[classify(first, first, band)]


@given(digits, exponents, offsets, st.booleans())
def test_tolerance_hedging_never_makes_a_claim_worse(
    n: int, exp: int, offset: float, relative: bool
) -> None:
    """A hedged claim ("about") is judged at least as kindly as the same exact claim."""
    value = _value(n, exp)
    recorded = float(value) + offset
    exact = make_band(
        value, str(value), qualifier=Qualifier.EXACT, relative=relative, settings=settings()
    )
    hedged = make_band(
        value, str(value), qualifier=Qualifier.APPROX, relative=relative, settings=settings()
    )
    assert RANK[classify(recorded, recorded, hedged)] <= RANK[classify(recorded, recorded, exact)]


@given(digits, exponents, st.sampled_from(list(Qualifier)), st.booleans())
def test_tolerance_the_claimed_figure_itself_always_matches(
    n: int, exp: int, qualifier: Qualifier, relative: bool
) -> None:
    """The claimed value is always inside its own band."""
    value = _value(n, exp)
    band = make_band(value, str(value), qualifier=qualifier, relative=relative, settings=settings())
    assert classify(float(value), float(value), band) is VerdictStatus.MATCH


@given(digits, exponents, st.integers(min_value=1, max_value=10**7))
def test_tolerance_same_verdict_for_percent_and_fraction(n: int, exp: int, m: int) -> None:
    """A relative band gives the same status for 3.2 (percent) and 0.032 (fraction) alike."""
    percent = _value(n, exp)
    fraction = percent.scaleb(-2)
    recorded = float(Decimal(m).scaleb(exp - 2))
    as_percent = make_band(
        percent, str(percent), qualifier=Qualifier.EXACT, relative=True, settings=settings()
    )
    as_fraction = make_band(
        fraction, str(fraction), qualifier=Qualifier.EXACT, relative=True, settings=settings()
    )
    distance = gap(recorded, recorded, as_percent.tolerance)
    assume(abs(distance - as_percent.close_width) > 1e-6 * max(1.0, float(percent)))
    assume(distance == 0 or distance > 1e-6 * max(1.0, float(percent)))
    assert classify(recorded, recorded, as_percent) is classify(
        recorded / 100, recorded / 100, as_fraction
    )


def test_tolerance_one_sided_bounds_the_size_of_a_negative_figure() -> None:
    """ "Shrank by more than 5%" (-5, at least) means -5 or below, not -5 or above."""
    band = _rate("-5", Qualifier.AT_LEAST)
    assert _bounds(band) == (None, -5.0)
    assert classify(-7.0, -7.0, band) is VerdictStatus.MATCH
    assert classify(-1.0, -1.0, band) is VerdictStatus.CONTRADICTED


@pytest.mark.parametrize(
    ("value", "bounds", "words"),
    [
        ("-30", (-31.5, -28.5), "round share"),  # "lost 30 percent": as loose as "around 30%"
        ("-50", (-52.5, -47.5), "round share"),  # "lost half its value"
        ("-28", (-28.5, -27.5), "stated precision"),  # two significant digits: as written
        ("-3", (-3.5, -2.5), "stated precision"),  # under 10: never round
    ],
)
def test_tolerance_round_fx_percent_change_is_read_as_loosely_as_a_hedge(
    value: str, bounds: tuple[float, float], words: str
) -> None:
    """A currency that "lost 30 percent" in a year is read as "around 30%"; a figure with
    more digits keeps its precision."""
    claim = fx_claim(value, span("2022-01-01", "2022-12-31"))
    band = change_band(
        claim, Change(value=Decimal(value), unit=ChangeUnit.PCT), settings=settings()
    )
    assert _bounds(band) == (pytest.approx(bounds[0]), pytest.approx(bounds[1]))
    assert words in band.tolerance.rule


def test_tolerance_round_policy_move_in_points_is_not_widened_relatively() -> None:
    """A policy rate's "cut by 1 point" or an inflation move keeps its points band."""
    claim = make_claim(Indicator.POLICY_RATE, "-1", DAY)
    band = change_band(claim, Change(value=Decimal("-1"), unit=ChangeUnit.PP), settings=settings())
    assert "round share" not in band.tolerance.rule


def test_tolerance_of_a_rate_in_millions_follows_its_written_digits() -> None:
    """ "1.6 million per dollar" (stored 1,600,000, written "1.6") is precise to 50,000."""
    band = _fx("1600000", value_text="1.6", base="USD", quote="TRL")
    assert band.tolerance.lower == pytest.approx(1_550_000)
    assert band.tolerance.upper == pytest.approx(1_650_000)
