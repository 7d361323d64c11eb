"""Inflation "over the past 12 months" is the y/y rate of the release's month, stated as such."""

from __future__ import annotations

import datetime as dt

from econcheck.claims.extract import extract_claims
from econcheck.models import Claim, Measure, Period


def _one(text: str, published: dt.date) -> Claim:
    (claim,) = [c for c in extract_claims(text, published=published) if str(c.value) == "3.3"]
    return claim


def _month(year: int, month: int, last: int) -> Period:
    return Period(start=dt.date(year, month, 1), end=dt.date(year, month, last))


def test_the_month_the_sentence_names_is_the_release() -> None:
    text = "Canada's CPI rose 0.2% in May from April, and 3.3% over the last 12 months."
    claim = _one(text, dt.date(2024, 6, 25))
    assert claim.period == _month(2024, 5, 31)
    assert claim.measure is Measure.YOY
    assert claim.measure_stated  # compare checks the y/y rate only, never the m/m


def test_with_no_month_named_it_is_the_month_before_publication() -> None:
    claim = _one("Consumer prices in Israel rose 3.3% in the past year.", dt.date(2024, 9, 13))
    assert claim.period == _month(2024, 8, 31)
    assert claim.measure is Measure.YOY
    assert claim.measure_stated


def test_an_average_over_them_is_the_twelve_months_to_that_month() -> None:
    text = "Inflation in Uganda averaged 3.3% over the past 12 months."
    claim = _one(text, dt.date(2025, 8, 13))
    assert claim.measure is Measure.ANNUAL_AVG
    assert claim.period == Period(start=dt.date(2024, 8, 1), end=dt.date(2025, 7, 31))


def test_last_year_is_still_the_calendar_year() -> None:
    claim = _one("Inflation in Israel was 3.3% last year.", dt.date(2024, 9, 13))
    assert claim.period == Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31))
    assert not claim.measure_stated
