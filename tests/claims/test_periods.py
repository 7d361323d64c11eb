"""Time expressions resolved against the publication date, and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from econcheck.claims.periods import PeriodKind, find_dateline, find_periods, resolve_period
from econcheck.models import Period

TUESDAY = dt.date(2024, 11, 5)  # the motivating article's publication date, a Tuesday


def _period(start: str, end: str) -> Period:
    return Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("On Wednesday", "2024-10-30", "2024-10-30"),
        ("on Tuesday", "2024-11-05", "2024-11-05"),
        ("last Tuesday", "2024-10-29", "2024-10-29"),
        ("on Monday", "2024-11-04", "2024-11-04"),
        ("yesterday", "2024-11-04", "2024-11-04"),
        ("in October", "2024-10-01", "2024-10-31"),
        ("in December", "2023-12-01", "2023-12-31"),
        ("late October", "2024-10-21", "2024-10-31"),
        ("mid-October", "2024-10-11", "2024-10-20"),
        ("March 11, 2022", "2022-03-11", "2022-03-11"),
        ("11 March 2022", "2022-03-11", "2022-03-11"),
        ("on Oct. 25", "2024-10-25", "2024-10-25"),
        ("2024-11-01", "2024-11-01", "2024-11-01"),
        ("October 2023", "2023-10-01", "2023-10-31"),
        ("last week", "2024-10-28", "2024-11-03"),
        ("this week", "2024-11-04", "2024-11-10"),
        ("last month", "2024-10-01", "2024-10-31"),
        ("this year", "2024-01-01", "2024-11-05"),
        ("last year", "2023-01-01", "2023-12-31"),
        ("next year", "2025-01-01", "2025-12-31"),
        ("in 2025", "2025-01-01", "2025-12-31"),
        ("Q3", "2024-07-01", "2024-09-30"),
        ("Q4", "2024-10-01", "2024-12-31"),  # the latest Q4 that has begun
        ("Q1", "2024-01-01", "2024-03-31"),
        ("3Q24", "2024-07-01", "2024-09-30"),
        ("the third quarter of 2024", "2024-07-01", "2024-09-30"),
        ("the first half", "2024-01-01", "2024-06-30"),
        ("H1 2025", "2025-01-01", "2025-06-30"),
        ("over the next six months", "2024-11-06", "2025-05-05"),
        ("over the past 12 months", "2023-11-06", "2024-11-05"),
        ("so far this year", "2024-01-01", "2024-11-05"),
        ("the first nine months of the year", "2024-01-01", "2024-09-30"),
        ("between January and September", "2024-01-01", "2024-09-30"),
        ("the three months to September", "2024-07-01", "2024-09-30"),
        ("the fiscal year to March 2025", "2024-04-01", "2025-03-31"),
        ("the fiscal year that ended in June", "2023-07-01", "2024-06-30"),
        ("by the end of next year", "2025-12-31", "2025-12-31"),
        ("mid-2025", "2025-05-01", "2025-08-31"),
        ("from 2016 until March 2024", "2016-01-01", "2024-03-31"),
    ],
)
def test_periods_resolve_period_reads_past_claims(text: str, start: str, end: str) -> None:
    """Each expression resolves against the publication date as an inclusive interval."""
    assert resolve_period(text, TUESDAY) == _period(start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in March", "2025-03-01", "2025-03-31"),
        ("on Friday", "2024-11-08", "2024-11-08"),
        ("this year", "2024-01-01", "2024-12-31"),
        ("this week", "2024-11-04", "2024-11-10"),
        ("in the first quarter", "2025-01-01", "2025-03-31"),
    ],
)
def test_periods_resolve_period_reads_forecasts_forward(text: str, start: str, end: str) -> None:
    """A forecast reads an open month, weekday or quarter as the next one."""
    assert resolve_period(text, TUESDAY, future=True) == _period(start, end)


def test_periods_find_periods_marks_since_and_decades() -> None:
    """'Since 2022' runs to publication; 'the 1990s' is a decade (a date part, not a period)."""
    kinds = [m.kind for m in find_periods("the highest since 2022, as in the 1990s", TUESDAY)]
    assert kinds == [PeriodKind.SINCE, PeriodKind.DECADE]
    since = find_periods("since March 2022", TUESDAY)[0]
    assert since.past == _period("2022-03-01", "2024-11-05")


def test_periods_find_periods_reads_for_weekday_as_coming_day() -> None:
    """A rate 'set for Wednesday' applies on the coming Wednesday."""
    (mention,) = find_periods("the official rate set for Wednesday", TUESDAY)
    assert mention.past == _period("2024-11-06", "2024-11-06")


def test_periods_find_periods_inherits_an_earlier_year() -> None:
    """'On February 28' after 'January 2022' in the same sentence is 28 February 2022."""
    text = "The rate stood at 8.5% in January 2022, before a hike to 20% on February 28."
    mentions = find_periods(text, dt.date(2024, 2, 26))
    assert mentions[-1].past == _period("2022-02-28", "2022-02-28")


def test_periods_find_periods_keeps_relative_days_on_the_publication_date() -> None:
    """'Now', 'today' and weekdays never take the year of an earlier date in the sentence."""
    text = "Inflation, which topped 18% in February 2023, is now 5%; on Wednesday it was 4.9%."
    mentions = find_periods(text, TUESDAY)
    assert [m.past for m in mentions[1:]] == [
        _period("2024-11-05", "2024-11-05"),
        _period("2024-10-30", "2024-10-30"),
    ]


@pytest.mark.parametrize(
    ("text", "past", "future"),
    [
        ("last summer", ("2024-06-01", "2024-08-31"), ("2024-06-01", "2024-08-31")),
        ("by next summer", ("2025-06-01", "2025-08-31"), ("2025-06-01", "2025-08-31")),
        ("this winter", ("2024-12-01", "2025-02-28"), ("2024-12-01", "2025-02-28")),
        ("last winter", ("2023-12-01", "2024-02-29"), ("2023-12-01", "2024-02-29")),
        ("in the fall", ("2024-09-01", "2024-11-30"), ("2024-09-01", "2024-11-30")),
        ("in the autumn of 2022", ("2022-09-01", "2022-11-30"), ("2022-09-01", "2022-11-30")),
        ("in spring", ("2024-03-01", "2024-05-31"), ("2025-03-01", "2025-05-31")),
        ("late summer", ("2024-08-01", "2024-08-31"), ("2025-08-01", "2025-08-31")),
        ("fall 2023", ("2023-09-01", "2023-11-30"), ("2023-09-01", "2023-11-30")),
    ],
)
def test_periods_find_periods_reads_seasons(
    text: str, past: tuple[str, str], future: tuple[str, str]
) -> None:
    """Northern-hemisphere meteorological seasons; 'early/late' narrow them to a month."""
    (mention,) = find_periods(text, TUESDAY)
    assert (mention.past, mention.future) == (_period(*past), _period(*future))


@pytest.mark.parametrize(
    "text", ["the fall of the ruble", "prices fall 2% a month", "a fall in inflation"]
)
def test_periods_find_periods_does_not_read_the_noun_fall_as_autumn(text: str) -> None:
    """'Fall' is autumn only with 'last/this/next', 'in the', 'early/late' or a year."""
    assert find_periods(text, TUESDAY) == []


def test_periods_find_periods_reads_previous_quarter_against_the_sentence() -> None:
    """'The previous quarter' after 'July-September' is April-June."""
    text = "GDP grew 0.9% in July-September, after 0.5% in the previous quarter."
    mentions = find_periods(text, dt.date(2024, 10, 18))
    assert mentions[-1].past == _period("2024-04-01", "2024-06-30")


def test_periods_find_periods_ignores_may_the_verb() -> None:
    """'May' is a month only where a month can stand ('in May'), not the verb."""
    assert find_periods("Inflation may rise. May prices fall?", TUESDAY) == []
    assert len(find_periods("prices fell in May", TUESDAY)) == 1


def test_periods_find_periods_skips_measure_words() -> None:
    """'December-on-December' is a measure, not the month of December."""
    mentions = find_periods("9.52% on a December-on-December basis in 2024", TUESDAY)
    assert [m.kind for m in mentions] == [PeriodKind.YEAR]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published by The Daily Ledger, November 5, 2024\nBy A. Writer\nText", "2024-11-05"),
        ("Frankfurt, 1 November 2024\nHeadline", "2024-11-01"),
        ("2024-11-08\nWashington", "2024-11-08"),
        ("Updated Nov. 5, 2024 10:32 GMT\nBody", "2024-11-05"),
        ("(c) 2024 Wire Service\nMOSCOW, Nov 5 (Reuters) - The rouble fell", "2024-11-05"),
    ],
)
def test_periods_find_dateline_reads_the_first_lines(text: str, day: str) -> None:
    """A date in the first lines is the publication date."""
    assert find_dateline(text) == dt.date.fromisoformat(day)


def test_periods_find_dateline_needs_a_year() -> None:
    """Without a year anywhere in the header there is no dateline (today is never used)."""
    assert find_dateline("MOSCOW, Nov 5 (Reuters) - The rouble fell") is None
    assert find_dateline("No date here.\nNor here.") is None


def test_periods_find_dateline_looks_only_at_the_header() -> None:
    """A date deep in the body is not a dateline."""
    body = "\n".join(["Some line."] * 10 + ["On March 11, 2022 the rate peaked."])
    assert find_dateline(body) is None
