"""How a claim measures change: y/y, m/m, q/q, annualized, annual average, Dec/Dec, YTD.

Cue words decide first; where the text names no measure these news conventions apply:

- headline "inflation" for anything shorter than a whole year (a month, a quarter, a half,
  a single day, or no time expression at all) is year on year: "Swiss inflation slowed to
  0.6% in October" and "inflation is just 7.4%" quote the annual rate;
- "in October alone", "month on month" and "prices rose 0.75% in October" (prices, not
  "inflation", over a past month) are month on month;
- inflation for a whole year with no further word ("inflation of 8% this year", "prices rose
  64.8% in 2023"), and "annual inflation" for a whole year, are unspecified (December on
  December and the annual average both fit); the rate at the end of a year ("by the end of
  2025") is December on December;
- GDP growth over a whole (calendar or fiscal) year is year on year by definition.

Exchange and policy rates are levels (a policy rate "to average 17%" is an annual average);
a change-only exchange-rate claim ("lost 20%") is unspecified.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims import patterns as p
from econcheck.claims.context import Draft, SentenceContext
from econcheck.claims.dates import add_months
from econcheck.claims.period_rules import PeriodKind
from econcheck.claims.periods import PeriodMention
from econcheck.claims.vocab import MONTHS
from econcheck.models import Indicator, Measure, Period

# "an annualised rate of 1.2% from the previous quarter" is annualized, not q/q: it goes first
_ORDER = ("annualized", "mom", "qoq", "annual_avg", "dec_dec", "ytd", "yoy")
_AVERAGE = re.compile(r"\baverag", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# ("the Consumer Prices Index", the UK's CPI, is an index like any other)
_PRICES = re.compile(r"\bprices\b(?!\s+index)", re.IGNORECASE)
_RATE_VERB = re.compile(
    r"\b(?:cooled|cooling|eased|easing|slowed|slowing|accelerated|accelerating|quickened|"
    r"moderated|decelerated)\s+to\b"
    # "dropped from 1.9% to 1.6%": a move between two rates
    r"|\b(?:dropped|fell|rose|climbed|increased|decreased|declined|jumped|slipped)\s+from\s+\|",
    re.IGNORECASE,
)
# A price index stated as a level ("CPI fell to 5.8%", "the CPI stood at 3%") is its annual rate
_INDEX_LEVEL = re.compile(
    r"\b(?:cpi|hicp|cpih|ipca|consumer\s+price(?:\s+index|s)?)\b[^;]{0,80}?\b(?:to|at|of)\s+"
    r"(?:(?:a|an|the|about|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# A quarter's growth "at a 3.3% (annual) rate/pace" is the US convention for annualized q/q.
_PACE_AFTER = re.compile(
    r"\s*(?:seasonally[\s-]+adjusted\s+)?(?:annual(?:ized|ised)?\s+)?(?:rate|pace|clip)\b",
    re.IGNORECASE,
)
# The words between a level and a change of it: "7.73%, up 0.29 points ..."
_ANNUAL_PACE = re.compile(
    r"\s*(?:seasonally[\s-]+adjusted\s+)?annual\s+(?:rate|pace|clip)\b", re.IGNORECASE
)


def _unspecified_but_pace(measure: Measure, after: str) -> bool:
    """Return True when nothing but the pace phrase names the measure ("shrank at a 3.8
    percent annual rate": the "annual" of the pace is no y/y)."""
    return measure is Measure.UNSPECIFIED or (
        measure is Measure.YOY and _ANNUAL_PACE.match(after) is not None
    )


_CHANGE_NEXT = re.compile(
    r"[\s,;(]*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|gain)\s+of)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_ADJUSTED = re.compile(r"\bseasonally[\s-]+adjusted\b", re.IGNORECASE)
_WEAK_YOY = re.compile(
    r"\b(?:annual|annually|yearly|in\s+annual\s+terms|on\s+an\s+annual\s+basis)\b", re.I
)


def cue_measure(text: str, indicator: Indicator) -> Measure:
    """Return the measure named by cue words in ``text``, else UNSPECIFIED.

    >>> cue_measure("annual inflation slowed to 8.5%", Indicator.INFLATION).value
    'yoy'
    >>> cue_measure("inflation hit 8%", Indicator.INFLATION).value
    'unspecified'
    >>> cue_measure("prices rose 0.75% month on month", Indicator.INFLATION).value
    'mom'
    """
    return _first_in_order(_cues(text), indicator)


# "its quarterly Monetary Policy Report", "the annual report": an adjective of a publication
_OF_PUBLICATION = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:report|review|bulletin|survey|statement|meeting|outlook|update)\b",
    re.IGNORECASE,
)
_ADJECTIVES = frozenset({"quarterly", "monthly", "annual", "yearly"})


def _cues(text: str) -> list[re.Match[str]]:
    """Return the measure cues in ``text``, without adjectives of a publication."""
    return [
        m
        for m in p.MEASURE_ANY_RE.finditer(text)
        if (m.group().lower() not in _ADJECTIVES or not _OF_PUBLICATION.match(text, m.end()))
        # "from the previous month's rate of 0.3%": that month's figure, not a m/m change
        and not _POSSESSIVE_AFTER.match(text, m.end())
        # "its forecast for this year to 2.3%": "year to" a figure, not "the year to March"
        and not (
            m.group().lower().endswith(" to")
            and (_FIGURE_NEXT.match(text, m.end()) or not text[m.end() :].strip(" |"))
        )
    ]


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_FIGURE_NEXT = re.compile(r"\s*(?:(?:about|around|nearly|roughly|just)\s+)?[-−]?\.?\d")


def _first_in_order(cues: list[re.Match[str]], indicator: Indicator) -> Measure:
    """Return the measure of ``cues`` by priority (annualized over m/m over ... over y/y)."""
    found = {m.lastgroup for m in cues}
    for name in _ORDER:
        if indicator is Indicator.GDP_GROWTH and name in ("annual_avg", "dec_dec"):
            continue
        if name in found:
            return Measure(name)
    return Measure.UNSPECIFIED


def claim_measure(
    indicator: Indicator,
    before: str,
    after: str,
    mention: PeriodMention | None,
    period: Period,
    *,
    future: bool,
    is_change_only: bool,
) -> Measure:
    """Return the measure of a claim from its clause, tail and time expression."""
    # "the 5.6% average forecast of analysts" is the mean of forecasts, not an annual average
    before, after = _mask_mean_forecast(before), _mask_mean_forecast(after)
    if indicator in (Indicator.FX_RATE, Indicator.POLICY_RATE):
        return _level_measure(indicator, before + after, period, is_change_only=is_change_only)
    outright = _outright(indicator, before, after, period)
    if outright is not None:
        return outright
    own = _DIGIT.split(after, maxsplit=1)[0]
    if _CHANGE_NEXT.match(own):
        after = own  # "7.73%, up 0.29 points on the previous month": the month is the change's
    measure = _cued(indicator, before, after, own)
    pace = p.PACE_BEFORE_RE.search(before) and _PACE_AFTER.match(after)
    if is_quarter(period) and pace and _unspecified_but_pace(measure, after):
        return Measure.ANNUALIZED  # "grew at a 3.3% annual pace in the second quarter"
    if measure is Measure.UNSPECIFIED and _is_month(period):
        measure = _against_month(after, period)  # "rose 0.6% compared to May"
        if measure is Measure.UNSPECIFIED and _FROM_MONTH_TO.search(before + " " + after):
            measure = Measure.MOM  # "prices rose from July to August by 0.1%"
    if indicator is Indicator.INFLATION:
        if measure is Measure.UNSPECIFIED and _is_month(period):
            measure = _monthly_index(before, after)
        text = _join(before, after)
        measure = _annualized_inflation(_sequential_monthly(measure, period, text), period, text)
        return _inflation(measure, text, mention, period, future=future)
    if measure is Measure.UNSPECIFIED and is_whole_year(period):
        return Measure.YOY
    return _annualized_basis(measure, _join(before, after), period)


# Growth "on an annualized basis" is a quarter's annualized rate (for inflation the phrase
# means the 12-month rate, a y/y cue)
_ANNUALIZED_BASIS = re.compile(r"\bon\s+an\s+annuali[sz]ed\s+basis\b", re.IGNORECASE)


def _annualized_basis(measure: Measure, text: str, period: Period) -> Measure:
    """Return ANNUALIZED for a part-year growth figure read y/y, or of no stated measure, with
    "on an annualized basis"."""
    if (
        measure in (Measure.YOY, Measure.UNSPECIFIED)
        and not is_whole_year(period)
        and _ANNUALIZED_BASIS.search(text)
    ):
        # "fell 0.1 per cent on an annualized basis in Q1", "to grow by 3.2%, on an
        # annualised basis, during the first quarter"
        return Measure.ANNUALIZED
    return measure


def _outright(indicator: Indicator, before: str, after: str, period: Period) -> Measure | None:
    """Return a measure the words fix whatever else the clause says: "in October alone" and
    "0.5 percent in the month" are m/m; a base a year back named just before the figure
    ("in relation to the second quarter of 2023, it grew 1.1%") makes it y/y."""
    if indicator is Indicator.INFLATION and (
        p.ALONE_RE.search(after) or _IN_THE_MONTH.match(after) or _ALONE_FIRST.search(before)
    ):
        return Measure.MOM
    # "prices increased by 0.7% on average from the previous month": an average across
    # goods, measured against the month before (or a year before)
    average_from = _ON_AVERAGE_FROM.match(after) if "average" in after else None
    if average_from is not None:
        return Measure.MOM if average_from["month"] else Measure.YOY
    return Measure.YOY if _base_a_year_back(before, period) else None


_ON_AVERAGE_FROM = re.compile(
    r"\s*on\s+average\s*,?\s+(?:from|over|compared\s+(?:with|to)|against)\s+(?:the\s+)?"
    r"(?:(?P<month>(?:previous|prior|preceding)\s+month)|"
    r"(?:same\s+(?:month|period)\s+(?:of\s+|a\s+year\s+earlier|last\s+year)|a\s+year\s+"
    r"(?:earlier|ago|before)))",
    re.IGNORECASE,
)


def _annualized_inflation(measure: Measure, period: Period, text: str) -> Measure:
    """Return YOY for "annualized inflation" of a month or a day (Russian usage for the
    12-month rate: "annualized inflation rose to 6.9% in March"); "an annualized rate" or
    "annualized pace" stays annualized."""
    if (
        measure is Measure.ANNUALIZED
        and _ANNUALIZED_INFLATION.search(text)
        and not _ANNUALIZED_RATE.search(text)
        and (period.end - period.start).days <= 31
    ):
        return Measure.YOY
    return measure


_ANNUALIZED_INFLATION = re.compile(r"\bannuali[sz]ed\s+(?:consumer\s+price\s+)?inflation\b", re.I)
_ANNUALIZED_RATE = re.compile(
    r"\b(?:annuali[sz]ed\s+(?:rate|pace|basis)|at\s+an\s+annual\s+rate)\b", re.IGNORECASE
)


_SEQUENTIAL = re.compile(r"\bsequential(?:ly)?\b", re.IGNORECASE)


# "In December alone, inflation stood at 0.57 percent": the month's own rise, put first
_ALONE_FIRST = re.compile(
    r"^\s*(?:in|for|during)\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\s+alone\s*,", re.IGNORECASE
)


# a base named just before the figure: "in relation to the first quarter of 2017, it grew"
_NAMED_BASE = re.compile(
    r"\b(?:in\s+relation\s+to|relative\s+to|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    r"against)\s+the\s+"
    r"(?:same\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
    r"(?P<y>(?:19|20)\d\d)\b[^.;%\d]{0,25}$",
    re.IGNORECASE,
)


def _base_a_year_back(before: str, period: Period) -> bool:
    """Return True when the base named before the figure is the same quarter a year back."""
    match = _NAMED_BASE.search(before[-90:])
    return match is not None and int(match["y"]) == period.start.year - 1


_MEAN_FORECAST = re.compile(
    r"\baverage\s+(?=(?:forecasts?|estimates?|expectations?|predictions?|projections?)\b)|"
    r"\baverage\s+of\s+(?=(?:the\s+)?(?:forecasts|estimates|analysts|economists))",
    re.IGNORECASE,
)


def _mask_mean_forecast(text: str) -> str:
    """Blank out "average" where it means the mean of several forecasts (offsets kept)."""
    if "verage" not in text:
        return text
    return _MEAN_FORECAST.sub(lambda m: " " * len(m.group()), text)


def _monthly_index(before: str, after: str) -> Measure:
    """Return the measure of a month's price-index figure that names none."""
    if _INDEX_LEVEL.search(before):
        return Measure.YOY  # "the consumer price index dropped to 4.5% in September"
    if _ADJUSTED.search(after):
        return Measure.MOM  # "rose 0.4% in October on a seasonally adjusted basis"
    return Measure.UNSPECIFIED


def names_measure(indicator: Indicator, before: str, after: str) -> bool:
    """Return False for an inflation figure whose measure comes only from the news convention.

    "Inflation slowed to 8.5% in October" (y/y by convention) and "prices rose 0.75% in
    October" (m/m by convention) do not say which measure they quote; "annual inflation",
    "month on month" and "in October alone" do. Other indicators always say it (levels, or
    growth whose measure is y/y by definition or left unspecified).

    >>> names_measure(Indicator.INFLATION, "inflation slowed to ", " in October")
    False
    >>> names_measure(Indicator.INFLATION, "annual inflation slowed to ", " in October")
    True
    """
    if indicator is not Indicator.INFLATION:
        return True
    if p.ALONE_RE.search(after):
        return True
    return cue_measure(_join(before, after), indicator) is not Measure.UNSPECIFIED


def _cued(indicator: Indicator, before: str, after: str, own: str) -> Measure:
    """Return the measure the words name; ``own`` is the tail up to the next figure.

    A cue right after the number, before the next figure, wins over the clause: "grew 0.4%
    from the previous quarter and 0.9% year on year", "1.5% on quarter for an annualized rise
    of 6.1%". With none after it, a cue just before it wins: "from the first for annual
    growth of 7.5%".
    """
    own_cues = _cues(own)
    leading = _adjacent(indicator, own, own_cues, at_start=True)
    measure = leading or _first_in_order(own_cues, indicator)
    if measure is Measure.UNSPECIFIED:
        window = before[-_NEAR_WINDOW:]
        cues = _cues(window)
        near = _adjacent(indicator, window, cues, at_start=False)
        return (
            near
            or _nearest_of_several(indicator, before)
            or cue_measure(_join(before, after), indicator)
        )
    named_before = cue_measure(before, indicator)
    if measure is Measure.QOQ and _ANNUALIZED_IN_PHRASE.match(own):
        # "rose 2.4% on a quarter-on-quarter seasonally adjusted and annualised basis"
        return Measure.ANNUALIZED
    if measure is Measure.QOQ and named_before is Measure.ANNUALIZED:
        return Measure.ANNUALIZED  # "an annualised rate of 1.2% from the previous quarter"
    if measure is Measure.YOY and named_before is Measure.ANNUAL_AVG:
        return Measure.ANNUAL_AVG  # "annual average inflation was 5.7%, compared with 2006"
    return measure


_ANNUALIZED_BEFORE = re.compile(r"annuali[sz]ed\s+$", re.IGNORECASE)
_ANNUALIZED_IN_PHRASE = re.compile(r"[^,;(]{0,60}?\bannuali[sz]ed\s+basis\b", re.IGNORECASE)


def _nearest_of_several(indicator: Indicator, before: str) -> Measure | None:
    """Return the measure named last before the figure when the clause names several: "fell
    1.0% month-on-month for a 1.4% year-on-year rise, accelerating from a 1.3% rate in
    December" (the 1.3% is the annual rate)."""
    named = [
        Measure(m.lastgroup)
        for m in _cues(before)
        if m.lastgroup
        and not (indicator is Indicator.GDP_GROWTH and m.lastgroup in ("annual_avg", "dec_dec"))
        # "on an annualized quarterly basis": one measure, the annualized quarterly rate
        and not (m.lastgroup == "qoq" and _ANNUALIZED_BEFORE.search(before, 0, m.start()))
    ]
    return named[-1] if len(set(named)) > 1 else None


_NEAR = 24  # "annual growth of ": how close before the number a cue must end to win
_NEAR_WINDOW = 80  # enough for the longest cue ending within _NEAR of the number
_BOUNDARY = re.compile(r"[,;(]|\band\b|\bor\b", re.IGNORECASE)


def _adjacent(
    indicator: Indicator, text: str, cues: list[re.Match[str]], *, at_start: bool
) -> Measure | None:
    """Return the measure of the cue that opens ``text`` (or, at_start False, ends it)."""
    if not cues:
        return None
    cue = cues[0] if at_start else cues[-1]
    gap = text[: cue.start()] if at_start else text[cue.end() :]
    if at_start and gap.strip(" ,"):
        return None
    if not at_start and (len(gap) > _NEAR or _BOUNDARY.search(gap)):
        return None  # "compared with the previous year, and 3.8% in 2006": another phrase
    if _DIGIT.search(gap):
        return None
    name = str(cue.lastgroup)
    if indicator is Indicator.GDP_GROWTH and name in ("annual_avg", "dec_dec"):
        return None
    return Measure(name)


# The full month names, capitalised as written: "compared to May", "from July to August"
_MONTH_NAME = "|".join(
    max((name for name, n in MONTHS.items() if n == number), key=len).capitalize()
    for number in range(1, 13)
)
_AGAINST_MONTH = re.compile(  # "rose 1.7% from September 2021", but not "from February's 3.9%"
    r"\b(?:compared\s+(?:to|with)|versus|relative\s+to|against|over|on|from)\s+"
    r"(?:the\s+month\s+of\s+)?"
    rf"(?P<mon>{_MONTH_NAME})(?:\s+(?P<y>(?:19|20)\d\d))?\b(?!['’])"
)
_FROM_MONTH_TO = re.compile(rf"\bfrom\s+(?:{_MONTH_NAME})\s+to\s+(?:{_MONTH_NAME})\b")


def _against_month(after: str, period: Period) -> Measure:
    """Return MOM for "compared to May" after a June figure, YOY for "compared with June 2022"."""
    match = _AGAINST_MONTH.search(after)
    if match is None:
        return Measure.UNSPECIFIED
    year = int(match["y"]) if match["y"] else None
    month = MONTHS[match["mon"].lower()]
    start = period.start
    before_one = (start.year - 1, 12) if start.month == 1 else (start.year, start.month - 1)
    if month == before_one[1] and year in (None, before_one[0]):
        return Measure.MOM
    if month == start.month and year == start.year - 1:
        return Measure.YOY
    return Measure.UNSPECIFIED


def _join(before: str, after: str) -> str:
    """Return the words around a figure with a stop for it, so that no cue spans the figure.

    "from 3.1% the previous month" names a month, not "from the previous month".
    """
    return f"{before} | {after}"


_MONTH_DAYS = 27


def _level_measure(
    indicator: Indicator, text: str, period: Period, *, is_change_only: bool
) -> Measure:
    """Exchange and policy rates are levels; a change alone ("cut by 50 bp") is unspecified;
    an average over the period is ANNUAL_AVG: a policy rate "to average 17%", "the average
    exchange rate of the koruna should be 24.60 per euro this year" (a month or more: "an
    average of 101.80 to the dollar" in a day's trading is that day's level)."""
    if is_change_only:
        return Measure.UNSPECIFIED
    if not _AVERAGE.search(text):
        return Measure.LEVEL
    if indicator is Indicator.POLICY_RATE or (period.end - period.start).days >= _MONTH_DAYS:
        return Measure.ANNUAL_AVG
    return Measure.LEVEL


def _inflation(
    measure: Measure, text: str, mention: PeriodMention | None, period: Period, *, future: bool
) -> Measure:
    kind = None if mention is None else mention.kind
    if kind is PeriodKind.YEAR_END and measure in (Measure.UNSPECIFIED, Measure.YOY):
        return Measure.DEC_DEC  # the annual rate at the end of a year is December on December
    if measure is Measure.YOY and is_whole_year(period) and _only_weak_yoy(text):
        return Measure.UNSPECIFIED
    if measure is Measure.DEC_DEC and not is_whole_year(period) and _CLOSED.search(text):
        measure = Measure.UNSPECIFIED  # "closed October at 5.1%": a month's close, not Dec/Dec
    if measure is not Measure.UNSPECIFIED:
        return measure
    if kind is PeriodKind.YTD:
        return Measure.YTD
    if kind in (PeriodKind.SPAN, PeriodKind.HALF) and _from_january(period):
        return Measure.YTD  # "In January-August 2021, inflation amounted to 7.5%": cumulative
    has_inflation = "inflation" in text.lower()
    # "prices rose 0.4% in October" is the month's change; "prices cooled to 5.02%" a rate
    rate_words = has_inflation or _RATE_VERB.search(text) is not None
    is_prices = not rate_words and _PRICES.search(text) is not None
    if is_prices and kind is PeriodKind.MONTH and not future:
        return Measure.MOM
    if rate_words and (period.end - period.start).days > _MORE_THAN_A_YEAR:
        return Measure.ANNUAL_AVG  # "from 10.4 per cent during 2009-14": one rate for years
    if rate_words and not is_whole_year(period):
        return Measure.YOY  # news convention: a month's headline "inflation" is the annual rate
    return measure


_MORE_THAN_A_YEAR = 400


def _sequential_monthly(measure: Measure, period: Period, text: str) -> Measure:
    """Return MOM for a "sequential" change of a monthly figure ("On a sequential basis, the
    CPI edged 0.39% lower"): the cue reads q/q only for a quarter."""
    if measure is Measure.QOQ and not is_quarter(period) and _SEQUENTIAL.search(text):
        return Measure.MOM
    return measure


_IN_THE_MONTH = re.compile(r"\s*(?:,\s*)?in\s+the\s+month\b(?!\s+of\b)", re.IGNORECASE)


def _from_january(period: Period) -> bool:
    """Return True for several months counted from January, short of the whole year and not
    the first quarter."""
    return (
        period.start.month == 1
        and period.start.day == 1
        and period.end.month not in (3, 12)  # January to March is the first quarter
        and period.start.year == period.end.year
        and (period.end - period.start).days >= 55
    )


_CLOSED = re.compile(r"\bclos(?:ed|ing)\b", re.IGNORECASE)


def _only_weak_yoy(text: str) -> bool:
    """Return True when the only y/y cue is "annual" (ambiguous for a whole year)."""
    stripped = _WEAK_YOY.sub(" ", text)
    return p.MEASURE_RES["yoy"].search(stripped) is None


def _is_month(period: Period) -> bool:
    return period.start.day == 1 and period.end == (
        period.start.replace(day=28) + dt.timedelta(days=4)
    ).replace(day=1) - dt.timedelta(days=1)


def is_quarter(period: Period) -> bool:
    """Return True for a period of about three months starting on the 1st (a quarter)."""
    return 80 <= (period.end - period.start).days <= 92 and period.start.day == 1


def is_whole_year(period: Period) -> bool:
    """Return True for a calendar year or any twelve-month span (a fiscal year).

    >>> import datetime as dt
    >>> is_whole_year(Period(start=dt.date(2024, 4, 1), end=dt.date(2025, 3, 31)))
    True
    """
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    is_month_end = (period.end + dt.timedelta(days=1)).day == 1
    return period.start.day == 1 and is_month_end and months == 11


# a time expression given as the comparison base: "compared to the second quarter of 2023",
# "as against Rs 32.46 lakh crore in Q1 2021-22", "over the same month of 2022"
_OWN_BASE_REACH = 40
_CLAUSE_JOIN = re.compile(r"[,;]|\band\b", re.IGNORECASE)
# right after the figure: "was down by 0.5% on the first quarter of 2008"
_ON_TO_BEFORE = re.compile(r"\b(?:on|to)\s+(?:the\s+)?$", re.IGNORECASE)
_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|over|versus|vs\.?|"
    # "12.7% higher than in January 2022"
    r"(?:higher|lower)\s+than(?:\s+in)?)\s+"
    r"(?:[^,;.%]{0,40}?\s(?:in|for|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def measure_from_base(
    ctx: SentenceContext, draft: Draft, period: Period, *, own: bool = False
) -> Measure:
    """Return the measure of a GDP or inflation figure that names none but is compared with
    the same period a year earlier (y/y: "Compared to the second quarter of 2023, GDP grew
    3.3%" in a story on the second quarter of 2024) or with the period just before (q/q or
    m/m: "expanded 1.4% in the first quarter versus the fourth quarter of 2022"). With
    ``own``, only a base named right after the figure counts ("increased by 0.3% in comparison
    with the second quarter of 2022"): it measures that figure, whatever the clause before says.
    """
    if draft.indicator not in (Indicator.GDP_GROWTH, Indicator.INFLATION):
        return Measure.UNSPECIFIED
    mentions = _own_bases(ctx, draft) if own else ctx.periods
    if not mentions:
        return Measure.UNSPECIFIED  # (no base right after the figure: the common case)
    if (period.end - period.start).days > 92:
        return Measure.UNSPECIFIED  # a year against the year before is still Dec/Dec or average
    year_before = Period(
        start=add_months(period.start, -12),
        end=add_months(period.end + dt.timedelta(days=1), -12) - dt.timedelta(days=1),
    )
    months = 1 if _is_month(period) else 3 if is_quarter(period) else 0
    just_before = (
        Period(start=add_months(period.start, -months), end=period.start - dt.timedelta(days=1))
        if months
        else None
    )
    for mention in mentions:
        window = max(0, mention.start - 60)
        if not _BASE_BEFORE.search(ctx.text, window, mention.start) and not (
            own and _ON_TO_BEFORE.search(ctx.text, window, mention.start)
        ):
            continue
        if mention.past == year_before:
            return Measure.YOY
        if just_before is not None and mention.past == just_before:
            return Measure.MOM if months == 1 else Measure.QOQ
    return Measure.UNSPECIFIED


def _own_bases(ctx: SentenceContext, draft: Draft) -> list[PeriodMention]:
    """Return the time expressions named right after the figure, in its own clause (not the
    next figure's fronted base: "grew by 0.7 percent, and compared with the third quarter of
    2020, by 9.2 percent")."""
    end = draft.quantity.per_end
    return [
        m
        for m in ctx.periods
        if 0 <= m.start - end <= _OWN_BASE_REACH
        and _CLAUSE_JOIN.search(ctx.text, end, m.start) is None
    ]
