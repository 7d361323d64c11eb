"""Words and numbers for human readers, shared by the reports, the terminal and the charts; pure."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from econcheck.models import (
    CheckResult,
    Claim,
    DataMode,
    Period,
    Qualifier,
    Verdict,
    VerdictStatus,
)
from econcheck.tolerance import left_out_scale

UNCHECKED = "unchecked"

#: Okabe-Ito colours (colour-blind safe), one per status; the status word is always shown too.
STATUS_COLOURS: dict[str, str] = {
    VerdictStatus.MATCH: "#009E73",
    VerdictStatus.CLOSE: "#56B4E9",
    VerdictStatus.CONTRADICTED: "#D55E00",
    VerdictStatus.UNVERIFIABLE: "#E69F00",
    VerdictStatus.ERROR: "#CC79A7",
    UNCHECKED: "#999999",
}

_QUALIFIER_SIGNS = {
    Qualifier.EXACT: "",
    Qualifier.APPROX: "~",
    Qualifier.AT_LEAST: "≥ ",
    Qualifier.AT_MOST: "≤ ",
}

_PERCENT_UNITS = {"percent", "%", "pct", "percent per annum", "% per annum"}


def status_word(verdict: Verdict | None) -> str:
    """Return the status value, or ``unchecked`` for a claim without a verdict."""
    return UNCHECKED if verdict is None else verdict.status.value


def format_number(value: float | None, *, digits: int = 4) -> str:
    """Format a recorded value with at most ``digits`` decimals and no trailing zeros.

    >>> format_number(97.37240), format_number(8.5), format_number(-15.0), format_number(None)
    ('97.3724', '8.5', '-15', 'n/a')
    """
    if value is None:
        return "n/a"
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def with_unit(number: str, unit: str) -> str:
    """Attach a unit: ``8.5%`` for percentages, ``140 RUB per USD`` otherwise.

    >>> with_unit("8.5", "percent"), with_unit("140", "RUB per USD"), with_unit("7", "")
    ('8.5%', '140 RUB per USD', '7')
    """
    if unit.strip().lower() in _PERCENT_UNITS:
        return f"{number}%"
    return f"{number} {unit}".strip()


def unit_label(unit: str) -> str:
    """Return the unit for an axis or a heading (``percent`` for every spelling of it).

    >>> unit_label("%"), unit_label("RUB per USD")
    ('percent', 'RUB per USD')
    """
    return "percent" if unit.strip().lower() in {"%", "pct", "percent"} else unit.strip()


def format_value(value: float | None, unit: str) -> str:
    """Return a number with its unit, ``n/a`` when missing.

    >>> format_value(97.37, "RUB per USD"), format_value(None, "percent")
    ('97.37 RUB per USD', 'n/a')
    """
    return "n/a" if value is None else with_unit(format_number(value), unit)


def format_claimed(claim: Claim) -> str:
    """Return the claimed value as written, with its qualifier and unit (``≥ 19%``)."""
    number = claim.value_text.strip() or str(claim.value)
    if left_out_scale(claim.value, number) is not None:
        number = format_number(float(claim.value))  # "1.6 million per dollar": 1,600,000
    if claim.value_max is not None and claim.value < 0 and not number.startswith(("-", "−")):
        number = f"{claim.value} to {claim.value_max}"  # "shrink 6-8%" is stored as -8..-6
    elif claim.value < 0 and not number.startswith(("-", "−")):
        number = "-" + number  # "shrink by 15%" is stored as -15 with value_text "15"
    if claim.value_max is not None and str(claim.value_max) not in number:
        number = f"{number}–{claim.value_max}"
    return _QUALIFIER_SIGNS[claim.qualifier] + with_unit(number, claim.unit)


def format_recorded(verdict: Verdict | None, unit: str) -> str:
    """Return the recorded value (or range) with its unit, ``n/a`` when there is none."""
    if verdict is None:
        return "n/a"
    low, high = verdict.recorded_min, verdict.recorded_max
    if verdict.recorded is None and low is None:
        return "n/a"
    if low is not None and high is not None and low != high and verdict.recorded is None:
        return with_unit(f"{format_number(low)}–{format_number(high)}", unit)
    return with_unit(format_number(verdict.recorded if verdict.recorded is not None else low), unit)


def format_deviation(verdict: Verdict | None) -> str:
    """Return the deviation with sign and unit (``+43.8%``, ``-0.3 pp``), or an empty string."""
    if verdict is None or verdict.deviation is None:
        return ""
    sign = "+" if verdict.deviation > 0 else ""
    number = sign + format_number(verdict.deviation, digits=2)
    if verdict.deviation_unit == "pct":
        return f"{number}%"
    return f"{number} {verdict.deviation_unit or ''}".strip()


def format_span(start: dt.date, end: dt.date) -> str:
    """Name the inclusive span compactly: a day, a month, a quarter, a year, or a range."""
    return Period(start=start, end=end).label()


def format_period(claim: Claim) -> str:
    """Return the claimed period (``2024-10``, ``2024-10-30``, ``start to end``)."""
    return format_span(claim.period.start, claim.period.end)


def format_observed(verdict: Verdict | None) -> str:
    """Return the observation period of a verdict, or an empty string."""
    if verdict is None or verdict.observed is None:
        return ""
    return format_span(verdict.observed.start, verdict.observed.end)


def format_tolerance(verdict: Verdict | None, unit: str) -> str:
    """Return the tolerance band in words (``139.5 to 140.5 RUB per USD``), or ``""``."""
    if verdict is None or verdict.tolerance is None:
        return ""
    tol = verdict.tolerance
    if tol.lower is not None and tol.upper is not None:
        band = with_unit(f"{format_number(tol.lower)} to {format_number(tol.upper)}", unit)
    elif tol.lower is not None:
        band = "at least " + with_unit(format_number(tol.lower), unit)
    elif tol.upper is not None:
        band = "at most " + with_unit(format_number(tol.upper), unit)
    else:
        band = "any value"
    return f"{band} ({tol.rule})" if tol.rule else band


def data_phrase(mode: DataMode | None, snapshot_as_of: dt.date | None = None) -> str:
    """Describe where data came from: ``snapshot as of 2026-08-22``, ``live``, ``mixed``..."""
    if mode is None:
        return ""
    if snapshot_as_of is not None and mode in {DataMode.SNAPSHOT, DataMode.MIXED}:
        suffix = f"snapshot as of {snapshot_as_of.isoformat()}"
        return suffix if mode is DataMode.SNAPSHOT else f"mixed (some from the {suffix})"
    return mode.value


def summary_line(result: CheckResult) -> str:
    """Return ``5 claims: 3 contradicted, 1 match, 1 unverifiable; data: snapshot as of ...``.

    Statuses are listed most frequent first (ties in the order match ... error).
    """
    total = len(result.claims)
    head = f"{total} claim{'s' if total != 1 else ''}"
    order = [status.value for status in VerdictStatus] + [UNCHECKED]
    counts = Counter(status_word(verdict) for verdict in result.verdicts)
    ranked = sorted(counts, key=lambda word: (-counts[word], order.index(word)))
    parts = ", ".join(f"{counts[word]} {word}" for word in ranked)
    line = f"{head}: {parts}" if parts else head
    data = data_phrase(result.data_mode, result.snapshot_as_of)
    return f"{line}; data: {data}" if data else line


def snapshot_notice(result: CheckResult) -> str:
    """Return a sentence saying data came from the offline snapshot, or ``""``."""
    if result.data_mode not in {DataMode.SNAPSHOT, DataMode.MIXED}:
        return ""
    as_of = f" (as of {result.snapshot_as_of.isoformat()})" if result.snapshot_as_of else ""
    some = "Some figures" if result.data_mode is DataMode.MIXED else "Figures"
    return (
        f"{some} come from the offline snapshot embedded in econcheck{as_of}, "
        "not fetched live from the publishers."
    )


def claim_label(claim: Claim, *, width: int = 40) -> str:
    """Return the claim's surface as a short label, cut with an ellipsis at ``width``."""
    text = " ".join(claim.surface.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def citation(verdict: Verdict | None) -> str:
    """Return ``publisher, series; data: snapshot; retrieved 2026-08-22; vintage 2024-10``."""
    if verdict is None:
        return ""
    parts = [", ".join(part for part in (verdict.publisher, verdict.series) if part)]
    if verdict.data_mode is not None:
        parts.append(f"data: {verdict.data_mode.value}")
    if verdict.retrieved_at is not None:
        parts.append(f"retrieved {verdict.retrieved_at.date().isoformat()}")
    if verdict.vintage:
        parts.append(f"vintage {verdict.vintage}")
    return "; ".join(part for part in parts if part)


def statuses_present(verdicts: Sequence[Verdict | None]) -> list[str]:
    """Return the status words that occur, in the order match ... error, unchecked."""
    seen = {status_word(verdict) for verdict in verdicts}
    return [word for word in STATUS_COLOURS if word in seen]


def is_safe_url(url: str | None) -> bool:
    """Return True for http(s) URLs, the only ones a report links to.

    >>> is_safe_url("https://cbr.ru/x"), is_safe_url("javascript:alert(1)"), is_safe_url(None)
    (True, False, False)
    """
    return bool(url) and str(url).lower().startswith(("http://", "https://"))
