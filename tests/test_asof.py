"""Tests of asof.py: a monthly figure dated only by the article is the latest one published."""

from __future__ import annotations

import datetime as dt

from econcheck.asof import latest_published
from econcheck.models import Indicator, Measure
from econcheck.resolve import plan_claim
from verdict_fakes import fx_claim, make_claim, span


def _now(published: str, country: str = "RUS") -> tuple[str, str]:
    day = dt.date.fromisoformat(published)
    claim = make_claim(Indicator.INFLATION, "8.5", span(published), country=country, published=day)
    checked, note = latest_published(claim, plan_claim(claim))
    return checked.period.label(), note


def test_asof_reads_the_latest_month_out_by_the_article_date() -> None:
    """Rosstat's October is out about 9 days after the month: on 15 November it is October."""
    label, note = _now("2024-11-15")
    assert label == "2024-10"
    assert "latest month published" in note


def test_asof_before_the_release_reads_the_month_before() -> None:
    """On 5 November October is not out yet: the latest published month is September."""
    assert _now("2024-11-05")[0] == "2024-09"


def test_asof_counts_a_flash_estimate_out_on_the_months_last_day() -> None:
    """The euro area's flash HICP for October comes out on 31 October: that day it is the
    latest month published; the day before, September still is."""
    assert _now("2022-10-31", country="EA")[0] == "2022-10"
    assert _now("2022-10-30", country="EA")[0] == "2022-09"


def test_asof_leaves_a_stated_month_alone() -> None:
    """A claim that names its month keeps it."""
    claim = make_claim(
        Indicator.INFLATION, "8.5", span("2024-10-01", "2024-10-31"), country="RUS",
        measure=Measure.YOY,
    )  # fmt: skip
    assert latest_published(claim, plan_claim(claim)) == (claim, "")


def test_asof_leaves_rates_in_force_on_the_day_alone() -> None:
    """An exchange rate dated by the article is that day's rate."""
    claim = fx_claim("97.3", span("2024-11-05"), published=dt.date(2024, 11, 5))
    assert latest_published(claim, plan_claim(claim)) == (claim, "")
