"""Time expressions in a sentence, resolved against the publication date only.

``find_periods`` returns every time expression with two readings: ``past`` (the claim
states an outcome) and ``future`` (a forecast). They differ only where the text leaves
the year open: "in October" in an article of 2024-11-05 is October 2024, but a forecast
"in March" is March 2025. Rules, all relative to the publication date:

- a weekday is the most recent such day strictly before publication, or the day itself
  when it is today's weekday ("On Wednesday" on Tuesday 2024-11-05 is 2024-10-30);
- a month, quarter or half without a year is the most recent one that has begun;
- "this year" is 1 January to publication (the whole year for a forecast);
- "over the next six months" runs from the day after publication to six months later;
- "since X" runs from the start of X to publication (kind SINCE).

Numbers inside a time expression ("19% in October", "the 1990s") are date parts and never
become claim values; extract.py masks these spans. ``find_dateline`` reads the
publication date from the first lines of an article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from econcheck.claims import dates, period_later, period_relative, period_rules, period_seasons
from econcheck.claims.dateline import find_dateline
from econcheck.claims.period_patterns import (
    COMPILED,
    MONTH_NAME,
    MONTH_TRIGGER,
    WORD_TRIGGERS,
    YEAR_TRIGGER,
    YEARISH,
)
from econcheck.claims.period_rules import PeriodKind
from econcheck.models import Period

__all__ = ["PeriodKind", "PeriodMention", "find_dateline", "find_periods", "resolve_period"]

_HANDLERS = {**period_rules.HANDLERS, **period_relative.HANDLERS, **period_seasons.HANDLERS}
_SINCE = re.compile(r"(?i:since)\s+(?:(?i:the)\s+)?(?:(?:early|late|mid)[- ]?\s*)?$")


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A time expression: its span, shape, and its past and forecast readings."""

    start: int
    end: int
    kind: PeriodKind
    past: Period
    future: Period

    def reading(self, *, future: bool) -> Period:
        """Return the forecast reading when ``future``, else the past one."""
        return self.future if future else self.past

    @property
    def is_fine(self) -> bool:
        """Return True for periods shorter than a month (days, weeks, day ranges).

        A calendar unit is never fine, even when its part so far is short ("this year" in
        January, "this month" on the 5th).
        """
        if self.kind in (PeriodKind.DAY, PeriodKind.WEEK):
            return True
        if self.kind not in (PeriodKind.SPAN, PeriodKind.SINCE):
            return False
        return (self.past.end - self.past.start) < dt.timedelta(days=27)


def find_periods(text: str, published: dt.date) -> list[PeriodMention]:
    """Return the time expressions in ``text`` (longest wins on overlap), in order.

    >>> [(m.kind.value, str(m.past.start), str(m.past.end))
    ...  for m in find_periods("On Wednesday prices rose in October", dt.date(2024, 11, 5))]
    [('day', '2024-10-30', '2024-10-30'), ('month', '2024-10-01', '2024-10-31')]
    """
    found: list[PeriodMention] = []
    for name in _triggered(text):
        pattern, handler = COMPILED[name], _HANDLERS[name]
        for match in pattern.finditer(text):
            resolved = handler(match, published)
            if resolved is not None:
                kind, past, future = resolved
                found.append(PeriodMention(match.start(), match.end(), kind, past, future))
    chosen: list[PeriodMention] = []
    for mention in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(_so_far(text, _since(text, mention, published), published))
    chosen.sort(key=lambda m: m.start)
    if any(word in text for word in _PRICE_BASE_HINTS):
        chosen = [m for m in chosen if not is_price_base(text, m.start, m.end)]
    chosen = _fiscal_spans(text, chosen)
    linked = _link(text, _month_lists(text, _inherit_years(text, chosen, published)))
    if "same" in text:
        linked = _same_period(text, linked)
    if "later" in text or "afterward" in text:
        linked = period_later.later_periods(text, linked)
    return _elided_quarters(text, linked) if "quarter" in text else linked


def is_price_base(text: str, start: int, end: int) -> bool:
    """Return True for a year that is the price basis of a figure, not its time: "gross value
    added at 2011-12 prices grew 6.9 percent", "at constant 2015 prices", "(constant prices at
    the reference year 2015)", "chain-linked volumes, base year 2010"."""
    return (
        _AT_BEFORE.search(text, max(0, start - 16), start) is not None
        and _PRICES_AFTER.match(text, end) is not None
    ) or _BASE_YEAR_BEFORE.search(text, max(0, start - 24), start) is not None


_AT_BEFORE = re.compile(r"\bat\s+(?:constant\s+)?$", re.IGNORECASE)
_PRICES_AFTER = re.compile(r"\s+(?:constant\s+)?prices\b", re.IGNORECASE)
_PRICE_BASE_HINTS = ("prices", "eference", "ase year", "ase-year")  # (speed: a cheap test first)
_BASE_YEAR_BEFORE = re.compile(r"\b(?:reference|base)[- ]year\s+(?:of\s+)?$", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
# Days named relative to the publication date: "now", "today", "on Wednesday". They never take
# the year of an earlier date in the sentence ("topped 18% in February 2023, is now under 5%").
_RELATIVE_DAY = re.compile(
    r"(?i:today|yesterday|tomorrow|now|currently|at\s+present|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|last|next)\s+(?:year|month|quarter|week)|so\s+far)"
)
_RANGE_LINK = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?i:from|between)\s+$")
_PREVIOUS = re.compile(
    r"(?i:the\s+)?(?i:previous|prior|preceding)\s+(?P<unit>(?i:quarter|month|year))"
    r"|(?i:the|an?|one)\s+(?P<unit2>(?i:quarter|month|year))\s+(?i:before|prior|earlier)"
    # "after a revised 0.9 per cent in the previous three months": the quarter before
    r"|(?:(?i:in|over|during|for)\s+)?(?i:the\s+)?(?i:previous|prior|preceding)\s+"
    r"(?P<three>(?i:three|3)\s+months)"
)
_PREVIOUS_SESSION = COMPILED["prevday"]
_WEEK_BACK = COMPILED["weekback"]
_OPEN_YEAR = (
    PeriodKind.DAY,
    PeriodKind.MONTH,
    PeriodKind.QUARTER,
    PeriodKind.HALF,
    PeriodKind.SPAN,
)


def _inherit_years(
    text: str, mentions: list[PeriodMention], published: dt.date
) -> list[PeriodMention]:
    """Give "on February 28" the year of an earlier "in January 2022" in the same sentence."""
    year: int | None = None
    dated: PeriodMention | None = None  # the mention that wrote ``year``
    # a year from "the third quarter last year" (no "of") only dates the comparisons chained
    # to it ("..., down from 10.1 percent in the second quarter"), not a new clause's month
    # ("... in June last year and stood at 39.6% in September"); the chain's last mention
    chain: tuple[PeriodMention, PeriodMention] | None = None
    out: list[PeriodMention] = []
    for mention in mentions:
        written = _YEAR_IN.search(text, mention.start, mention.end)
        if mention.kind in (PeriodKind.DECADE, PeriodKind.SINCE) or _SINCE_BEFORE.search(
            text, max(0, mention.start - 30), mention.start
        ):
            # "levels unseen since the 1990s ... in March": not March 1990; "the smallest since
            # the period ending May 2021, ... from June's 9.1%": last June, not June 2021
            written = None
        if _SAME_PERIOD_OF.search(text, max(0, mention.start - 40), mention.start):
            written = None  # "compared with the same period in 2020 and grew 7% in the first half"
        if (
            written is None
            and year is not None
            and _FOLLOWING_YEAR.fullmatch(text, mention.start, mention.end)
        ):
            # "a 1.4 per cent fall in 2011 and a growth of 0.3 per cent the following year"
            following = dates.year_period(year + 1)
            mention = replace(mention, past=following, future=following)
        if written is not None:
            year, dated, chain = int(written.group()), mention, None
        elif (
            _OF_LAST_YEAR.search(text, mention.start, mention.end)
            and mention.past.start.year == mention.past.end.year
        ):
            # "in the fourth quarter of last year ... 4.7% in the second quarter": that year's
            year, dated, chain = mention.past.start.year, mention, None
        elif (
            mention.kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF)
            and _PART_LAST_YEAR.search(text, mention.start, mention.end)
            and mention.past.start.year == mention.past.end.year
        ):
            year, dated, chain = mention.past.start.year, mention, (mention, mention)
        elif (
            year is not None
            and year != published.year
            and mention.kind in _OPEN_YEAR
            and not _RELATIVE_DAY.search(text, mention.start, mention.end)
            and not _closed_aside(text, dated, mention)
            and (chain is None or _chained(text, chain, out, mention))
        ):
            mention = _base_before(text, dated, _in_year(text, year, dated, mention))
            if chain is not None:
                chain = (chain[0], mention)
        out.append(mention)
    return out


def _in_year(
    text: str, year: int, dated: PeriodMention | None, mention: PeriodMention
) -> PeriodMention:
    """Return ``mention`` moved into ``year``, the year an earlier mention wrote."""
    shift = year - mention.past.start.year
    if not shift or mention.past.start.year != mention.past.end.year:
        return mention
    moved = _shift(mention.past, shift)
    # "from 70% in September 2022 to 1.7% in June": a later figure of the same sentence is
    # not dated before the earlier one, so June is not June 2022
    is_back = dated is not None and moved is not None and moved.end < dated.past.start
    if moved is None or (is_back and _moves_on(text, dated.end if dated else 0, mention.start)):
        return mention
    return replace(mention, past=moved, future=moved)


def _chained(
    text: str,
    chain: tuple[PeriodMention, PeriodMention],
    out: list[PeriodMention],
    mention: PeriodMention,
) -> bool:
    """Return True when ``mention`` directly follows the last mention of a chain begun at
    its first and a comparison word ("after", "from", "compared with") stands between the
    first and ``mention``."""
    first, last = chain
    return (
        bool(out)
        and out[-1] is last
        and _COMPARED.search(text, first.end, mention.start) is not None
    )


def _base_before(text: str, dated: PeriodMention | None, mention: PeriodMention) -> PeriodMention:
    """Return a month given as the base of a move ("peaked at 25.7% in January last year, up
    from 24.5% in December") a year back when its year would put it after the month moved
    from: a base comes before, so that December is the one before January."""
    if (
        dated is None
        or not (mention.kind is dated.kind is PeriodKind.MONTH)
        or mention.past.start <= dated.past.end
    ):
        return mention
    words = _FROM_TO_BETWEEN.findall(text, dated.end, mention.start)
    if not words or words[-1].lower() != "from":
        return mention
    back = _shift(mention.past, -1)
    if back is None or back.end >= dated.past.start:
        return mention
    return replace(mention, past=back, future=back)


# "The bank, which cut its rate in 2012, said inflation rose 7.3% in January": the aside's
# year is its own
ASIDE_RE = re.compile(r",\s+(?:which|who)\s[^,;]*,", re.IGNORECASE)


def _closed_aside(text: str, dated: PeriodMention | None, mention: PeriodMention) -> bool:
    """Return True when the year was written inside an aside that closes before ``mention``."""
    if dated is None or ", wh" not in text:
        return False
    return any(start < dated.start and end <= mention.start for start, end in aside_spans(text))


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the "which"/"who" asides closed by a comma in ``text``."""
    if ", wh" not in text:
        return []
    return [m.span() for m in ASIDE_RE.finditer(text)]


_FOLLOWING_YEAR = re.compile(r"the\s+following\s+year", re.IGNORECASE)
_SAME_PERIOD_OF = re.compile(
    r"\bthe\s+(?:same|corresponding)\s+(?:period|quarter|month|time)\s+(?:in|of)\s+$", re.I
)
_OF_LAST_YEAR = re.compile(r"\b(?:of|in)\s+(?:last|next)\s+year\b", re.IGNORECASE)
# "the third quarter last year": a part of a year named with "last year" and no "of"
_PART_LAST_YEAR = re.compile(r"\s(?:last|next)\s+year$", re.IGNORECASE)
_FROM_TO_BETWEEN = re.compile(r"\b(?:to|from)\b", re.IGNORECASE)


def _moves_on(text: str, start: int, end: int) -> bool:
    """Return True when the last of "from" and "to" between two time expressions is "to": the
    second is where a move ended ("from 70% in September 2022 to 1.7% in June"), not one more
    earlier figure ("slowed to 1.5% from 3.9% in the third quarter and 4.7% in the second")."""
    words = _FROM_TO_BETWEEN.findall(text, start, end)
    return bool(words) and words[-1].lower() == "to"


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _shift(period: Period, years: int) -> Period | None:
    try:
        start = period.start.replace(year=period.start.year + years)
        end = period.end.replace(year=period.end.year + years)
    except ValueError:
        return None  # 29 February in a common year
    return Period(start=start, end=end)


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def _month_lists(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Join a list of three or more consecutive months ("over April, May and June") into
    one span: the figure is of the months together (a quarter when they make one)."""
    if len(mentions) < 2 or not any(m.kind is PeriodKind.MONTH for m in mentions):
        return mentions
    out: list[PeriodMention] = []
    run: list[PeriodMention] = []
    for mention in [*mentions, None]:
        if (
            mention is not None
            and mention.kind in (PeriodKind.MONTH, PeriodKind.SPAN)
            and run
            and _LIST_GAP.fullmatch(text, run[-1].end, mention.start)
            and mention.past.start == run[-1].past.end + dt.timedelta(days=1)
        ):
            run.append(mention)
            continue
        months = 0 if not run else dates.months_between(run[0].past.start, run[-1].past.end)
        if len(run) >= 2 and months >= 3:  # "May and June" stays as it was read
            first, last = run[0], run[-1]
            span = Period(start=first.past.start, end=last.past.end)
            aligned = months == 3 and span.start.month % 3 == 1
            kind = PeriodKind.QUARTER if aligned else PeriodKind.SPAN
            out.append(PeriodMention(first.start, last.end, kind, span, span))
        else:
            out.extend(run)
        run = [mention] if mention is not None and mention.kind is PeriodKind.MONTH else []
        if mention is not None and not run:
            out.append(mention)
    return out


def _link(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Join "from 2016 until March 2024" into one span; resolve "the previous quarter"."""
    out: list[PeriodMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and _RANGE_LINK.fullmatch(text, last.end, mention.start)
            and _RANGE_OPEN.search(text, max(0, last.start - 10), last.start)
            and last.past.start <= mention.past.end
        ):
            span = Period(start=last.past.start, end=mention.past.end)
            out[-1] = PeriodMention(last.start, mention.end, PeriodKind.SPAN, span, span)
            continue
        mention = _previous_quarter(text, _previous_session(text, mention, out), out)
        out.append(_the_named_unit(text, mention, out))
    return out


def _previous_session(
    text: str, mention: PeriodMention, earlier: list[PeriodMention]
) -> PeriodMention:
    """Read "the previous session" ("the day before", "a day earlier") against a day named
    earlier in the sentence: "closed at 58.78 on Thursday, from the previous day's 58.755" is
    Wednesday's close (a report on Monday compares with Friday)."""
    week = _WEEK_BACK.fullmatch(text, mention.start, mention.end)
    if not week and not _PREVIOUS_SESSION.fullmatch(text, mention.start, mention.end):
        return mention
    named = [m for m in earlier if m.kind is PeriodKind.DAY and m.past.start == m.past.end]
    if not named or _PREVIOUS_SESSION.fullmatch(text, named[-1].start, named[-1].end):
        return mention
    if week:  # "closed at 3,712.5 on Friday, from 3,690 a week earlier": the Friday before
        if week["w"].lower() == "ago":
            return mention
        day = named[-1].past.start - dt.timedelta(days=7)
        return replace(mention, past=Period(start=day, end=day), future=Period(start=day, end=day))
    day = dates.business_day_before(named[-1].past.start)
    before = Period(start=day, end=day)
    return replace(mention, past=before, future=before)


_THE_UNIT = re.compile(r"(?i:the)\s+(?P<unit>(?i:month|quarter))")
_UNIT_KIND = {"month": PeriodKind.MONTH, "quarter": PeriodKind.QUARTER}


def _the_named_unit(
    text: str, mention: PeriodMention, earlier: list[PeriodMention]
) -> PeriodMention:
    """Read "during the month" as the month named earlier in the sentence, if any.

    "Inflation accelerated to 6.5% in January 2010 ... while prices increased 1.4% during the
    month": January 2010, not the last month completed before publication.
    """
    match = _THE_UNIT.fullmatch(text, mention.start, mention.end)
    if match is None:
        return mention
    kind = _UNIT_KIND[match["unit"].lower()]
    named = [m for m in earlier if m.kind is kind]
    if not named:
        return mention
    return replace(mention, past=named[0].past, future=named[0].future)  # the headline one


_SAME_PERIOD = re.compile(
    r"\b(?i:the\s+same\s+(?:period|quarter|month|months|half|time))\s+"
    r"(?:(?i:of|in)\s+(?P<y>(?:19|20)\d\d)\b|(?P<last>(?i:(?:of\s+)?last\s+year|a\s+year\s+"
    r"(?:earlier|ago|before)|(?:of\s+)?the\s+previous\s+year|the\s+year\s+before)))"
)
_SUB_YEAR = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.SPAN)


def _same_period(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Read "the same period of 2023" as the period named earlier, in 2023.

    "GDP grew 6.42% in the first half of 2024, up from 3.72% in the same period of 2023": the
    second figure is the first half of 2023. "The same period last year" is a year earlier.
    """
    out = list(mentions)
    for match in _SAME_PERIOD.finditer(text):
        earlier = [
            m
            for m in out
            if m.end <= match.start()
            and m.kind in _SUB_YEAR
            and (m.past.end - m.past.start).days < 200
        ]
        if not earlier:
            continue
        source = _compared_period(text, earlier)
        named = source.past
        shift = -1 if match["last"] else int(match["y"]) - named.start.year
        moved = _shift(named, shift)
        if moved is None or not shift:
            continue
        out = [m for m in out if m.end <= match.start() or m.start >= match.end()]
        out.append(PeriodMention(match.start(), match.end(), source.kind, moved, moved))
    out.sort(key=lambda m: m.start)
    return out


def _compared_period(text: str, earlier: list[PeriodMention]) -> PeriodMention:
    """Return the period "the same period" repeats: the last one named, unless that one is a
    comparison of an earlier one of its kind ("3.2% in the second quarter of 2023, down from
    3.3% in the first quarter, and compared with 3.5% in the same period of 2022": the
    sentence's headline, the second quarter)."""
    first, last = earlier[0], earlier[-1]
    if (
        first is not last
        and first.kind is last.kind
        and _COMPARED.search(text, first.end, last.start) is not None
    ):
        return first
    return last


_ELIDED = re.compile(
    r"\b(?i:in|for|during|from)\s+(?P<the>(?i:the))\s+(?P<ord>(?i:first|second|third|fourth))\b"
    r"(?!\s+(?i:quarter|half|three|six|nine|months?|time|straight|consecutive))"
)
_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COMPARED = re.compile(r"\b(?i:from|after|than|compared|versus|vs\.?)\b")


# "the first and second quarters of 2019": the first quarter named with the second's year
_PAIRED_ORD = re.compile(r"(?P<ord>(?i:first|second|third))\s+(?i:and|or)\s+$")


def _paired_quarters(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Add the first of "the first and second quarters of 2019", in the second's year."""
    out = list(mentions)
    for mention in mentions:
        if (
            mention.kind is not PeriodKind.QUARTER
            or "quarters" not in text[mention.start : mention.end].lower()
        ):
            continue
        paired = _PAIRED_ORD.search(text, max(0, mention.start - 16), mention.start)
        if paired is None:
            continue
        year = mention.past.start.year
        span = dates.quarter_period(year, _QUARTER_NUMBER[paired["ord"].lower()])
        out.append(
            PeriodMention(paired.start("ord"), paired.end("ord"), PeriodKind.QUARTER, span, span)
        )
    out.sort(key=lambda m: m.start)
    return out


def _elided_quarters(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Read "in the second" after "in the third quarter" as that year's second quarter."""
    mentions = _paired_quarters(text, mentions)
    quarters = [m for m in mentions if m.kind is PeriodKind.QUARTER]
    if not quarters:
        return mentions
    out = list(mentions)
    for match in _ELIDED.finditer(text, quarters[0].end):
        start, end = match.span("ord")
        if any(m.start < end and start < m.end for m in out):
            continue
        named = [q for q in quarters if q.end <= start][-1]
        number = _QUARTER_NUMBER[match["ord"].lower()]
        named_number = _named_number(text[named.start : named.end])
        is_earlier = _COMPARED.search(text, max(0, match.start() - 30), match.start())
        if named_number is not None and number > named_number and not is_earlier:
            # "5% in the first quarter of 2023-24 and 5.4% in the second": a later quarter of
            # the same (possibly fiscal) year
            first = dates.add_months(named.past.start, 3 * (number - named_number))
            span = Period(start=first, end=dates.add_months(first, 3) - dt.timedelta(days=1))
            out.append(PeriodMention(match.start("the"), end, PeriodKind.QUARTER, span, span))
            continue
        year = named.past.start.year
        if is_earlier and number >= (named.past.start.month + 2) // 3:
            year -= 1  # "in the first quarter, after 2% in the fourth": the year before
        span = dates.quarter_period(year, number)
        # the preposition stays outside: "from the first" is a comparison base (timing.py)
        out.append(PeriodMention(match.start("the"), end, PeriodKind.QUARTER, span, span))
    out.sort(key=lambda m: m.start)
    return out


_NAMED_NUMBER = re.compile(r"\b(?i:(?P<ord>first|second|third|fourth)|q(?P<q>[1-4]))\b")


def _named_number(text: str) -> int | None:
    """Return the number of a quarter as written ("the first quarter", "Q3"), if it says."""
    match = _NAMED_NUMBER.search(text)
    if match is None:
        return None
    return int(match["q"]) if match["q"] else _QUARTER_NUMBER[match["ord"].lower()]


def _previous_quarter(
    text: str, mention: PeriodMention, earlier: list[PeriodMention]
) -> PeriodMention:
    """Read "the previous quarter" ("month", "year", "the year before") against a quarter
    (month, year) named earlier in the sentence: "in July, after 5.5% in the preceding month"
    is June; "in the fiscal year that ended in June, down from 3.8% the year before" is the
    fiscal year before that."""
    previous = _PREVIOUS.fullmatch(text, mention.start, mention.end)
    if previous is None:
        return mention
    unit = "quarter" if previous["three"] else (previous["unit"] or previous["unit2"]).lower()
    low, high, months = {"month": (27, 31, 1), "quarter": (80, 92, 3), "year": (360, 370, 12)}[unit]
    named = [
        m
        for m in earlier
        if low <= (m.past.end - m.past.start).days <= high
        and not _COMPARED.search(text, max(0, m.start - 14), m.start)  # "compared to March"
    ]
    if not named:
        return mention
    end = named[-1].past.start - dt.timedelta(days=1)
    start = dates.add_months(named[-1].past.start, -months)
    before = Period(start=start, end=end)
    return replace(mention, past=before, future=before)


_WORD_TRIGGER_ITEMS = tuple((name, frozenset(words)) for name, words in WORD_TRIGGERS.items())
_TRIGGER_WORDS = frozenset(w for words in WORD_TRIGGERS.values() for w in words)


def _triggered(text: str) -> list[str]:
    """Return the patterns worth running on ``text`` (their trigger words occur in it)."""
    low = text.lower()
    present = {w for w in _TRIGGER_WORDS if w in low}  # each trigger word looked up once
    names = [name for name, words in _WORD_TRIGGER_ITEMS if not present.isdisjoint(words)]
    if MONTH_NAME.search(text):
        names.extend(MONTH_TRIGGER)
    if YEARISH.search(text):
        names.extend(YEAR_TRIGGER)
    return names


def resolve_period(text: str, published: dt.date, *, future: bool = False) -> Period | None:
    """Resolve the first time expression in ``text``, or return None.

    >>> resolve_period("over the next six months", dt.date(2024, 11, 5))
    Period(start=datetime.date(2024, 11, 6), end=datetime.date(2025, 5, 5))
    """
    mentions = find_periods(text, published)
    return mentions[0].reading(future=future) if mentions else None


_FISCAL_AFTER = re.compile(r"\s+(?i:fiscal|financial)\b")


def _fiscal_spans(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Return "the 2020-2021 fiscal year" (read as two calendar years) as a fiscal year."""
    return [
        replace(m, kind=PeriodKind.FISCAL)
        if m.kind is PeriodKind.SPAN
        and m.past.end.year == m.past.start.year + 1
        and _FISCAL_AFTER.match(text, m.end)
        else m
        for m in mentions
    ]


_SO_FAR_BEFORE = re.compile(r"(?i:so\s+far|thus\s+far)\s+$")
_SO_FAR_AFTER = re.compile(r"\s+(?i:so\s+far|to\s+date|thus\s+far)\b")


def _so_far(text: str, mention: PeriodMention, published: dt.date) -> PeriodMention:
    """Return "so far this quarter" ("this month so far") as the unit's start to publication."""
    if mention.kind not in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.WEEK):
        return mention
    if not (mention.past.start <= published < mention.past.end):
        return mention
    if not (
        _SO_FAR_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        or _SO_FAR_AFTER.match(text, mention.end)
    ):
        return mention
    span = Period(start=mention.past.start, end=published)
    return replace(mention, kind=PeriodKind.SINCE, past=span, future=span)


# "its highest since it last touched 1.26 in March 2018": the clause "since" opens, up to its time
SINCE_CLAUSE_HEAD = (
    r"(?:it|they|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:last\s+)?(?:touched|hit|reached|traded|stood|"
    r"was|were|closed|ended|fell|rose|climbed|dropped|breached|crossed)\b"
)
SINCE_CLAUSE_BODY = rf"{SINCE_CLAUSE_HEAD}(?:[^.;,]|[.,](?=\d)){{0,40}}?\s(?:in|on|at)\s+"
SINCE_CLAUSE = re.compile(rf"\bsince\s+{SINCE_CLAUSE_BODY}$", re.IGNORECASE)


# "since Kamau Thugge became governor in June": an event's time, in words only
SINCE_EVENT_BODY = r"(?:[A-Za-z'’.-]+\s+){1,10}?(?:in|on)\s+"
_SINCE_EVENT = re.compile(rf"\bsince\s+{SINCE_EVENT_BODY}$", re.IGNORECASE)


def _since(text: str, mention: PeriodMention, published: dt.date) -> PeriodMention:
    if not (
        _SINCE.search(text, max(0, mention.start - 20), mention.start)
        or (
            "since" in text and _SINCE_EVENT.search(text, max(0, mention.start - 90), mention.start)
        )
    ):
        return mention
    if mention.past.start > published:
        return mention
    span = Period(start=mention.past.start, end=published)
    return replace(mention, kind=PeriodKind.SINCE, past=span, future=span)
