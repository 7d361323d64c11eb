"""Tests of observations.py: rows of a period, computed readings, periods of rows."""

from __future__ import annotations

import pytest

from econcheck.models import Frequency
from econcheck.observations import all_rows, derive, in_force, row_period, select_rows
from econcheck.readings import Reading
from verdict_fakes import day, frame, span

MONTHS = frame([("2024-01-01", 1.0), ("2024-02-01", 0.5), ("2024-03-01", 0.2)])


def test_observations_row_period_of_month_quarter_and_year() -> None:
    """A row dated on its period's first day covers the month, quarter or year."""
    assert row_period(day("2024-02-01"), Frequency.MONTHLY) == span("2024-02-01", "2024-02-29")
    assert row_period(day("2024-10-01"), Frequency.QUARTERLY) == span("2024-10-01", "2024-12-31")
    assert row_period(day("2024-01-01"), Frequency.ANNUAL) == span("2024-01-01", "2024-12-31")


def test_observations_select_rows_prefers_periods_mostly_inside() -> None:
    """Six months from 6 Nov pick 2024Q4 and 2025Q1, not 2025Q2 (five weeks in)."""
    quarters = frame([("2024-10-01", 4.5), ("2025-01-01", 1.4), ("2025-04-01", 1.1)])
    rows = select_rows(all_rows(quarters, Frequency.QUARTERLY), span("2024-11-06", "2025-05-05"))
    assert [r.value for r in rows] == [4.5, 1.4]


def test_observations_select_rows_falls_back_to_any_overlap() -> None:
    """A single day inside a month picks that month's row."""
    rows = select_rows(all_rows(MONTHS, Frequency.MONTHLY), span("2024-02-10"))
    assert [r.value for r in rows] == [0.5]


def test_observations_select_rows_last_only_keeps_the_final_period() -> None:
    """For a year's y/y only the last month counts."""
    rows = select_rows(
        all_rows(MONTHS, Frequency.MONTHLY), span("2024-01-01", "2024-12-31"), last_only=True
    )
    assert [r.value for r in rows] == [0.2]


def test_observations_revised_rows_keep_estimate_and_as_of() -> None:
    """Each estimate of a revised figure stays a separate observation."""
    data = frame(
        [("2024-01-01", 4.1), ("2024-01-01", 4.3)],
        as_of=["2025-02-07", "2025-12-31"],
        estimate=["first", "revised"],
    )
    rows = all_rows(data, Frequency.ANNUAL)
    assert [(r.value, r.as_of, r.estimate) for r in rows] == [
        (4.1, day("2025-02-07"), "first"),
        (4.3, day("2025-12-31"), "revised"),
    ]


def test_observations_in_force_gives_one_observation_per_record() -> None:
    """Records in force over a span are reported once each, with the days they cover."""
    records = frame([("2024-10-26", 96.6657), ("2024-10-29", 97.23)])
    found = in_force(records, span("2024-10-27", "2024-10-30"))
    assert [(o.value, o.period, o.record_date) for o in found] == [
        (96.6657, span("2024-10-27", "2024-10-28"), day("2024-10-26")),
        (97.23, span("2024-10-29", "2024-10-30"), day("2024-10-29")),
    ]


def test_observations_year_to_date_chains_monthly_changes() -> None:
    """Year to date chains m/m: 1.0%, 0.5%, 0.2% give 1.71% by March."""
    computed = derive(MONTHS, Reading.YTD)
    assert computed is not None
    assert computed[0]["value"].tolist()[-1] == pytest.approx(1.71, abs=0.005)


def test_observations_annualised_monthly_change() -> None:
    """0.75% m/m annualises to about 9.38%."""
    computed = derive(frame([("2024-10-01", 0.75)]), Reading.MOM_ANNUALIZED)
    assert computed is not None
    assert computed[0]["value"].tolist() == [pytest.approx(9.38)]


def test_observations_annual_average_from_an_index() -> None:
    """An index averaging 100 then 103 over complete years gives 3.0% annual-average inflation."""
    rows = [(f"2023-{m:02d}-01", 100.0) for m in range(1, 13)]
    rows += [(f"2024-{m:02d}-01", 103.0) for m in range(1, 13)]
    computed = derive(frame(rows), Reading.INDEX_ANNUAL_AVG)
    assert computed is not None
    result, frequency = computed
    assert frequency is Frequency.ANNUAL
    assert result["value"].tolist() == [3.0]
    assert result["date"].dt.year.tolist() == [2024]


def test_observations_as_published_readings_are_not_derived() -> None:
    """Readings the publisher already gives (y/y) need no computation."""
    assert derive(MONTHS, Reading.YOY) is None


def test_observations_select_rows_reads_a_fiscal_year_from_the_year_holding_most_of_it() -> None:
    """April 2023 to March 2024 is the 2023 row; without it, never the 2024 row."""
    years = frame([("2023-01-01", 8.2), ("2024-01-01", 6.8)])
    fiscal = span("2023-04-01", "2024-03-31")
    assert [r.value for r in select_rows(all_rows(years, Frequency.ANNUAL), fiscal)] == [8.2]
    later = frame([("2024-01-01", 6.8), ("2025-01-01", 6.5)])
    assert select_rows(all_rows(later, Frequency.ANNUAL), fiscal) == []
