"""Tests of report_text.py: how a claimed figure is written back for a reader."""

from __future__ import annotations

import datetime as dt

from econcheck.claims.extract import extract_claims
from econcheck.report_text import format_claimed


def _claimed(sentence: str) -> str:
    (claim,) = extract_claims(sentence, published=dt.date(2022, 7, 22))
    return format_claimed(claim)


def test_format_claimed_writes_a_contraction_range_with_both_signs() -> None:
    """ "Contract 4-6%" is written as the signed range -6 to -4, never "-4-6"."""
    assert _claimed("The central bank said the economy would contract 4-6% this year.") == (
        "-6 to -4%"
    )


def test_format_claimed_signs_a_single_contraction() -> None:
    """ "Shrank 2.5%" keeps its figure as written with a minus sign."""
    assert _claimed("The economy shrank 2.5% in the second quarter.") == "-2.5%"


def test_format_claimed_keeps_a_positive_range_as_written() -> None:
    """ "Grow 1-2%" stays as written."""
    assert _claimed("The economy will grow 1-2% next year, the ministry said.") == "1-2%"


def test_format_claimed_writes_a_rate_in_millions_in_full() -> None:
    """ "1.6 million per dollar" is written 1,600,000, not "1.6", beside its unit."""
    (claim,) = extract_claims(
        "The Turkish lira fell to 1.6 million per dollar.", published=dt.date(2003, 5, 20)
    )
    assert format_claimed(claim) == "1,600,000 TRL per USD"
