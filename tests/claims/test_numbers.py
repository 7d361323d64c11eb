"""parse_number: numbers as news prose writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from econcheck.claims.numbers import NumberUnit, parse_number, parse_value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("19%", "19", NumberUnit.PERCENT),
        ("19 %", "19", NumberUnit.PERCENT),
        ("15 percent", "15", NumberUnit.PERCENT),
        ("8.5 per cent", "8.5", NumberUnit.PERCENT),
        ("2.4pc", "2.4", NumberUnit.PERCENT),
        ("1.05", "1.05", NumberUnit.NONE),
        ("1,234.5", "1234.5", NumberUnit.NONE),
        ("12,000", "12000", NumberUnit.NONE),
    ],
)
def test_numbers_parse_number_reads_digits_and_units(
    text: str, value: str, unit: NumberUnit
) -> None:
    """Digits with separators and percent signs or words give the value and the unit."""
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.unit is unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nineteen percent", "19"),
        ("twenty-one per cent", "21"),
        ("forty five percent", "45"),
        ("two and a half percent", "2.5"),
    ],
)
def test_numbers_parse_number_reads_number_words(text: str, value: str) -> None:
    """Numbers spelt out in words parse to their value and are flagged as words."""
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.is_word


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a fifth", "20", NumberUnit.PERCENT),
        ("a third", "33.33", NumberUnit.PERCENT),
        ("half a percentage point", "0.5", NumberUnit.POINTS),
        ("a quarter-point", "0.25", NumberUnit.POINTS),
        ("a quarter of a percentage point", "0.25", NumberUnit.POINTS),
        ("1/4 percentage point", "0.25", NumberUnit.POINTS),
        ("2¾%", "2.75", NumberUnit.PERCENT),
        ("1½%", "1.5", NumberUnit.PERCENT),
    ],
)
def test_numbers_parse_number_reads_fractions(text: str, value: str, unit: NumberUnit) -> None:
    """Fractions of a whole are percent; fractions of a point are points."""
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.unit is unit


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("3-4%", "3", "4"),
        ("3–4%", "3", "4"),
        ("between 2 and 3 percent", "2", "3"),
        ("4.75%-5%", "4.75", "5"),
        ("8-8.5%", "8", "8.5"),
        ("4-1/2 to 4-3/4 percent", "4.5", "4.75"),
        ("95 to 100", "95", "100"),
    ],
)
def test_numbers_parse_number_reads_ranges(text: str, low: str, high: str) -> None:
    """A range gives its lower end as value and its upper end as value_max."""
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.value, parsed.value_max) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("200 basis points", "200", NumberUnit.BP),
        ("50bp", "50", NumberUnit.BP),
        ("25 bps", "25", NumberUnit.BP),
        ("0.5 percentage point", "0.5", NumberUnit.POINTS),
        ("2 percentage points", "2", NumberUnit.POINTS),
        ("1.2 pp", "1.2", NumberUnit.POINTS),
    ],
)
def test_numbers_parse_number_reads_points(text: str, value: str, unit: NumberUnit) -> None:
    """Basis points and percentage points keep their own units."""
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.value, parsed.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "value"), [("-0.2%", "-0.2"), ("−0.3%", "-0.3"), ("minus 0.1%", "-0.1")]
)
def test_numbers_parse_number_reads_negative_numbers(text: str, value: str) -> None:
    """A minus sign (ASCII, Unicode or the word) makes the value negative."""
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)


def test_numbers_parse_number_keeps_the_digits_as_written() -> None:
    """The text of the number keeps trailing zeros, which carry its precision."""
    parsed = parse_number("1.50%")
    assert parsed is not None
    assert parsed.text == "1.50"
    assert str(parsed.value) == "1.50"


@pytest.mark.parametrize("text", ["", "hello", "percent", "19% and 20%", "one of them"])
def test_numbers_parse_number_rejects_other_text(text: str) -> None:
    """Text that is not exactly one number phrase gives None."""
    assert parse_number(text) is None


def test_numbers_parse_value_rejects_words_that_are_not_numbers() -> None:
    """parse_value returns None for a word that is not a number."""
    assert parse_value("many") is None
    assert parse_value("twenty-one") == Decimal(21)
