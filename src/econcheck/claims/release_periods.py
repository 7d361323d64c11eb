"""Periods read against the release an article reports, not against its publication date.

A release story dates its headline figure once ("GDP grew 1.4% in the second quarter") and
then gives more figures of the same release with no time of their own ("Compared with a year
earlier, the economy expanded 3.3%"), or relative to it ("after 1.0% in the previous
quarter", "compared with 9.09% a month earlier"). ``extract`` keeps, by indicator, the latest
month, quarter, half or year the article has dated an inflation or GDP outcome with
(``SentenceContext.release_periods``); these functions read figures against it.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims.context import Draft, SentenceContext
from econcheck.claims.dates import add_months, calendar_months
from econcheck.claims.quantity import Quantity
from econcheck.models import Indicator, Period

RELEASED = frozenset({Indicator.INFLATION, Indicator.GDP_GROWTH})

_UNIT = r"(?P<unit>month|quarter|year|period)"
_RELATIVE = (
    rf"the\s+(?:previous|preceding|prior)\s+{_UNIT}"
    rf"|the\s+(?P<unit2>month|quarter|year)\s+before"
    rf"|an?\s+(?P<unit3>month|quarter|year)\s+(?:earlier|before|ago)"
    r"|the\s+same\s+(?:month|quarter|period)\s+(?P<year_before>a\s+year\s+(?:earlier|ago|before)|"
    r"(?:of\s+)?last\s+year|of\s+the\s+previous\s+year|the\s+year\s+before)"
    # "the 4.8% expansion in the year-ago quarter"
    r"|the\s+(?P<year_before2>year[-\s](?:ago|earlier))\s+(?:month|quarter|period)"
    # "down from 2.0% in the previous three months" (of a quarter's release)
    r"|the\s+(?:previous|preceding|prior|last)\s+(?P<quarter>three|3)\s+months"
)
# right after a figure: "after 1.0% in the previous quarter", "a 9.09% increase a month earlier",
# "the 0.4% rate seen in the previous quarter"
_AFTER_FIGURE = re.compile(
    r"\s*(?:(?:annuali[sz]ed|annual|quarterly|monthly|on-year|on-quarter)\s+)?"
    r"(?:(?:increase|rise|gain|growth|expansion|decline|drop|fall|contraction|rate|pace|print|"
    r"reading|figure|level)\s+)?"
    r"(?:(?:seen|recorded|registered|posted|reported)\s+)?"
    # ("rose 0.46 percent over the previous month" names the base of a m/m change, not a time)
    rf"(?:(?:in|during|for)\s+)?(?:{_RELATIVE})\b",
    re.IGNORECASE,
)
# right before a figure, as its owner: "a slowdown from the previous quarter's 2.9 per cent"
_POSSESSIVE_BEFORE = re.compile(rf"\b(?:{_RELATIVE})['’]s\s+$", re.IGNORECASE)
# fronted, for every figure of the sentence: "In the same month a year earlier, prices rose 6.2%"
_FRONTED = re.compile(rf"\s*(?:(?:in|during|over|for)\s+)?(?:{_RELATIVE})\s*,", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:the\s+)?$", re.I)
# a later time than the release: "has since fallen to 3%", "is now 8.5%"
LATER = re.compile(
    r"\b(?:(?:has|have|had)\s+since|since\s+then|now|currently|at\s+present)\b", re.I
)
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def release_period(ctx: SentenceContext, indicator: Indicator) -> Period | None:
    """Return the period of the release of ``indicator`` the article reports, if any; none for
    a sentence that speaks of a later time (``LATER``)."""
    if indicator not in RELEASED or LATER.search(ctx.text):
        return None
    return next((p for i, p in ctx.release_periods if i is indicator), None)


def relative_to_release(ctx: SentenceContext, draft: Draft) -> Period | None:
    """Return the period a figure dated relative to the article's release refers to.

    "after 1.0% in the previous quarter" in a story on the second quarter is the first
    quarter; "compared with a 9.09% increase a month earlier" in one on September is August;
    "the same month a year earlier" is the release month a year before. A period the sentence
    names first is the reference instead ("rose 4.75% in September, after 9.09% a month
    earlier"). None when the figure has no such phrase or there is no reference.
    """
    if draft.indicator not in RELEASED:
        return None
    match = _AFTER_FIGURE.match(ctx.text, draft.quantity.per_end) or _POSSESSIVE_BEFORE.search(
        ctx.text, max(0, draft.quantity.start - 40), draft.quantity.start
    )
    if match is None:
        match = _FRONTED.match(ctx.text)
        if match is None or match.end() > draft.start:
            return None
    return _against_reference(ctx, draft.indicator, match)


def relative_after(ctx: SentenceContext, indicator: Indicator, quantity: Quantity) -> Period | None:
    """Return the period of "the previous quarter" (and the like) right after ``quantity``,
    read as in ``relative_to_release``: the base of "from 0.5% in the previous quarter"."""
    match = _AFTER_FIGURE.match(ctx.text, quantity.per_end)
    return None if match is None else _against_reference(ctx, indicator, match)


def _against_reference(
    ctx: SentenceContext, indicator: Indicator, match: re.Match[str]
) -> Period | None:
    text = ctx.text
    named = [
        m.past
        for m in ctx.periods
        if m.end <= match.start()
        and calendar_months(m.past) is not None
        and not _COMPARED.search(text, max(0, m.start - 16), m.start)
    ]
    if named:
        # the first of the finest periods named: "1.4% in April from 1.8% in March and 3.8% a
        # year earlier" counts from April; "for 2024 Q2 ... the same quarter last year" from Q2
        finest = min(calendar_months(p) or 12 for p in named)
        named = [p for p in named if calendar_months(p) == finest]
    reference = named[0] if named else release_period(ctx, indicator)
    return None if reference is None else _shifted(reference, match)


def _shifted(release: Period, match: re.Match[str]) -> Period | None:
    own = calendar_months(release)
    if own is None:
        return None
    if match["year_before"] or match["year_before2"]:
        back = 12
    elif match["quarter"]:
        if own != 3:
            return None  # "the previous three months" of a month's release: a span, not this
        back = 3
    else:
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        back = own if unit == "period" else _MONTHS[unit]
        if back < own:
            return None  # "the previous month" of a quarter's release: not this rule's
    start = add_months(release.start, -back)
    return Period(start=start, end=add_months(start, own) - dt.timedelta(days=1))
