"""Lists read "respectively": "France and Spain grew 0.5 and 0.4 per cent respectively".

The i-th figure of the list belongs to the i-th place (or period) of a coordinated list
earlier in the sentence. Only a sentence that says "respectively" is touched, and only when
the list of figures and the list of places (or periods) have the same length.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from econcheck.claims import dates
from econcheck.claims.context import SentenceContext, tail
from econcheck.claims.cue_choice import FIGURES_LINK
from econcheck.claims.finish import twin_id
from econcheck.claims.measures import cue_measure
from econcheck.claims.periods import PeriodKind, PeriodMention
from econcheck.models import Basket, Claim, Horizon, Indicator, Measure, Period

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def says_respectively(text: str) -> bool:
    """Return True when a sentence pairs its lists with "respectively"."""
    return "respectively" in text and _RESPECTIVELY.search(text) is not None


_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)


# "annual headline and core inflation ... 33.7% and 34.2%": the baskets in the order named
_BASKET_PAIR = re.compile(r"\b(?P<first>headline|core)\s+and\s+(?P<second>headline|core)\b", re.I)


def _paired_baskets(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Return two inflation figures after "headline and core" with the baskets in order."""
    inflation = [c for c in claims if c.indicator is Indicator.INFLATION]
    if len(inflation) != 2:
        return claims
    first = inflation[0].start - ctx.offset
    pair = _BASKET_PAIR.search(ctx.text, 0, first)
    if pair is None or pair["first"].lower() == pair["second"].lower():
        return claims
    baskets = {
        id(inflation[0]): Basket(pair["first"].lower()),
        id(inflation[1]): Basket(pair["second"].lower()),
    }
    return [replace(c, basket=baskets[id(c)]) if id(c) in baskets else c for c in claims]


def apply_respectively(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Return ``claims`` with the countries or periods of a "respectively" list assigned.

    Without the word, a list of figures followed at once by a list of periods of the same
    length pairs them in order too: "to 1.5 percent and 1.6 percent in 2016 and 2017"; one
    figure followed by two periods is a claim for each ("3.2% in both 2024 and 2025").
    """
    if len(claims) < 2:
        return _shared_periods(ctx, claims)
    claims = _paired_baskets(ctx, claims)
    if not says_respectively(ctx.text):
        return _periods_without_respectively(ctx, claims)
    listed = [c for c in claims if c.indicator is claims[0].indicator]
    if len(listed) != len(claims):
        return claims
    measured = _paired_measures(ctx, claims)
    if measured is not None:
        return measured
    first = min(c.start for c in claims) - ctx.offset
    if claims[0].indicator is Indicator.FX_RATE:
        paired = _paired_currencies(ctx, claims, first)
        if paired is not None:
            return paired
    else:
        places = _coordinated(
            ctx.text, [(e.start, e.end) for e in ctx.entities if e.country], first
        )
        if len(places) == len(claims):
            countries = [next(e.country for e in ctx.entities if e.start == s) for s, _ in places]
            if len(set(countries)) == len(countries):
                return [replace(c, country=k) for c, k in zip(claims, countries, strict=True)]
    before = _periods_before(ctx, claims, first)
    if before is not None:
        return before
    # "2.9% and 3.1% in July and August, respectively": the periods follow the figures
    return _parallel_periods(ctx, claims) or _paired_last_run(ctx, claims)


def _paired_last_run(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Pair the periods after the figures with all of them, else with the last run of them
    only ("grew 5% in September, after 3.8% and 4.3% in July and August, respectively")."""
    paired = _paired_periods(ctx, claims)
    last = _figure_runs(ctx, claims)[-1]
    if paired is not claims or not 2 <= len(last) < len(claims):
        return paired
    run = _paired_periods(ctx, last)
    if run is last:
        return claims
    periods = {id(c): p for c, p in zip(last, run, strict=True)}
    return [periods.get(id(c), c) for c in claims]


def _periods_before(ctx: SentenceContext, claims: list[Claim], first: int) -> list[Claim] | None:
    """Return the claims with the periods of a list named before the figures, each list of
    figures in order ("this year and next, to 9.6 percent and 9.1 percent respectively, ...
    previous estimations of 9.0 percent and 8.5 percent respectively"); None otherwise."""
    mentions = _listed_before(ctx, first)
    if not mentions:
        return None
    runs = _figure_runs(ctx, claims)
    if not any(len(run) == len(mentions) for run in runs) or any(
        len(run) > len(mentions) for run in runs
    ):
        return None
    return [
        _with_period(c, m.reading(future=c.horizon is Horizon.FORECAST))
        for run in runs
        for c, m in zip(run, mentions, strict=False)
    ]


def _listed_before(ctx: SentenceContext, first: int) -> list[PeriodMention]:
    """Return the list of periods named last before ``first`` ("in 2023 and 2024", "In July
    and August", read as its two months), or [] when the last period before is no list."""
    periods = _coordinated(ctx.text, [(m.start, m.end) for m in ctx.periods], first)
    if periods:
        return [next(m for m in ctx.periods if m.start == s) for s, _ in periods]
    before = [m for m in ctx.periods if m.end <= first]
    if not before:
        return []
    split = _month_pair(ctx.text, before[-1])
    return split if len(split) == 2 else []


def _with_period(claim: Claim, period: Period) -> Claim:
    """Return ``claim`` with one period of a list it was paired with. A year-to-date measure
    read from the whole list ("January and February" as one span from January) does not
    survive: a month of inflation is its annual rate, as for any month named alone."""
    if (
        claim.measure is Measure.YTD
        and not claim.measure_stated
        and claim.indicator is Indicator.INFLATION
        and dates.months_between(period.start, period.end) == 1
    ):
        return replace(claim, period=period, measure=Measure.YOY)
    return replace(claim, period=period)


# "In July and August, inflation was at 1.92% and 1.91%": a fronted list of periods, then a
# clause with no time of its own
_FRONTED = re.compile(r"\s*(?:(?:in|for|during|over)\s+(?:the\s+)?)?", re.IGNORECASE)


def _fronted_periods(ctx: SentenceContext, claims: list[Claim]) -> list[Claim] | None:
    """Pair a list of periods that opens the sentence with the first list of as many figures
    of one indicator that follows, in order, without "respectively": "In July and August,
    inflation was 1.92% and 1.91%"; None when any of that does not hold."""
    run = _figure_runs(ctx, claims)[0]
    first = run[0].start - ctx.offset
    last = run[-1].end - ctx.offset
    mentions = _listed_before(ctx, first)
    if (
        len(mentions) != len(run)
        or len({c.indicator for c in run}) != 1
        or not _FRONTED.fullmatch(ctx.text, 0, mentions[0].start)
        # no time of the figures' own between the list and them or right after them
        or any(mentions[-1].end <= m.start < last + 12 for m in ctx.periods)
    ):
        return None
    periods = {
        id(c): m.reading(future=c.horizon is Horizon.FORECAST)
        for c, m in zip(run, mentions, strict=True)
    }
    return [_with_period(c, periods[id(c)]) if id(c) in periods else c for c in claims]


def _figure_runs(ctx: SentenceContext, claims: list[Claim]) -> list[list[Claim]]:
    """Return the claims in runs of figures joined by commas and "and", in order."""
    ordered = sorted(claims, key=lambda c: c.start)
    runs: list[list[Claim]] = [[ordered[0]]]
    for claim in ordered[1:]:
        gap_start, gap_end = runs[-1][-1].end - ctx.offset, claim.start - ctx.offset
        if FIGURES_LINK.fullmatch(ctx.text, gap_start, gap_end):
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return runs


_RELEASED = frozenset({Indicator.INFLATION, Indicator.GDP_GROWTH})
_BEFORE_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _parallel_periods(ctx: SentenceContext, claims: list[Claim]) -> list[Claim] | None:
    """Return the claims with the periods of an earlier list of as many figures given to the
    list that ends in "respectively" ("1.8 per cent this year and 2.2 per cent in 2002, down
    from April's estimates of 2.4 per cent and 2.8 per cent respectively"); None otherwise."""
    ordered = sorted(claims, key=lambda c: c.start)
    run = [ordered[-1]]
    if not _BEFORE_RESPECTIVELY.match(ctx.text, ordered[-1].end - ctx.offset):
        return None
    for claim in reversed(ordered[:-1]):
        if not _LINK.fullmatch(ctx.text, claim.end - ctx.offset, run[0].start - ctx.offset):
            break
        run.insert(0, claim)
    donors = ordered[: len(ordered) - len(run)][-len(run) :]
    if len(run) < 2 or len(donors) != len(run):
        return None
    if len({d.period for d in donors}) != len(donors) or any(
        d.indicator is not r.indicator for d, r in zip(donors, run, strict=True)
    ):
        return None
    periods = {id(r): d.period for d, r in zip(donors, run, strict=True)}
    return [replace(c, period=periods[id(c)]) if id(c) in periods else c for c in claims]


def _paired_currencies(ctx: SentenceContext, claims: list[Claim], first: int) -> list[Claim] | None:
    """Return the exchange-rate claims with the currencies of a list before the figures, in
    order ("the rupee and the ringgit fell 0.4% and 0.6%, respectively"); None when there is
    no such list of the same length or a claim's subject is not one of them."""
    run = _coordinated(ctx.text, [(m.start, m.end) for m in ctx.currencies], first)
    if len(run) != len(claims):
        return None
    codes = [next(m.code for m in ctx.currencies if m.start == s) for s, _ in run]
    if len(set(codes)) != len(codes):
        return None
    ordered = sorted(claims, key=lambda c: c.start)
    last = ordered[-1]  # "4.31 and 398.6 per euro": the last figure names the other currency
    paired: dict[int, Claim] = {}
    for claim, code in zip(ordered, codes, strict=True):
        if last.base in codes and last.quote not in codes:
            paired[id(claim)] = replace(claim, base=code, quote=last.quote)
        elif last.quote in codes and last.base not in codes:
            paired[id(claim)] = replace(claim, base=last.base, quote=code)
        else:
            return None
    if any(c.base == c.quote for c in paired.values()):
        return None
    return [paired[id(c)] for c in claims]


# "by 2.1% and 0.3% year-on-year and quarter-on-quarter, respectively": the measures in order
_MEASURE_WORDS = {
    "year-on-year": Measure.YOY, "year on year": Measure.YOY, "on-year": Measure.YOY,
    "annual": Measure.YOY, "annually": Measure.YOY, "y/y": Measure.YOY,
    "quarter-on-quarter": Measure.QOQ, "quarter on quarter": Measure.QOQ, "q/q": Measure.QOQ,
    "on-quarter": Measure.QOQ, "quarterly": Measure.QOQ,
    "month-on-month": Measure.MOM, "month on month": Measure.MOM, "m/m": Measure.MOM,
    "on-month": Measure.MOM, "monthly": Measure.MOM,
}  # fmt: skip
_MEASURE_WORD = "|".join(re.escape(w) for w in sorted(_MEASURE_WORDS, key=len, reverse=True))
_MEASURE_LIST = re.compile(
    rf"\s*(?:(?:in|on)\s+)?(?:an?\s+|the\s+)?(?P<first>{_MEASURE_WORD})(?:\s+(?:terms|basis))?"
    rf"(?P<rest>(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:in|on)\s+)?(?:an?\s+|the\s+)?"
    rf"(?:{_MEASURE_WORD})(?:\s+(?:terms|basis))?)+)\s*,?\s*respectively\b",
    re.IGNORECASE,
)
_ONE_MEASURE = re.compile(_MEASURE_WORD, re.IGNORECASE)


def _paired_measures(ctx: SentenceContext, claims: list[Claim]) -> list[Claim] | None:
    """Return the claims with the measures of a list that ends in "respectively" right after
    the figures, in order; None when there is no such list of the same length."""
    after = max(c.end for c in claims) - ctx.offset
    found = _MEASURE_LIST.match(ctx.text, after)
    if found is None:
        return None
    words = [found["first"], *_ONE_MEASURE.findall(found["rest"])]
    if len(words) != len(claims):
        return None
    ordered = sorted(claims, key=lambda c: c.start)
    measures = {id(c): _MEASURE_WORDS[w.lower()] for c, w in zip(ordered, words, strict=True)}
    return [replace(c, measure=measures[id(c)]) for c in claims]


def _coordinated(text: str, spans: Sequence[tuple[int, int]], before: int) -> list[tuple[int, int]]:
    """Return the last run of spans before ``before`` joined by commas and "and"."""
    run: list[tuple[int, int]] = []
    for span in sorted(s for s in spans if s[1] <= before):
        if run and _LINK.fullmatch(text, run[-1][1], span[0]):
            run.append(span)
        else:
            run = [span]
    return run if len(run) >= 2 else []


# "in 2016 and 2017"; also "at the end of this year and next", "this year and next"; the
# indicator word the list shares may come first ("4%, 5% and 6.5% inflation in 2021, ...")
_PERIODS_OPEN = re.compile(
    # up to four words between, none a figure: "4.8% and 4.4% growth in Kenya this year and
    # next", "6.0% and 6.2% growth projections for 2024 and 2025"
    r"\s*(?:[A-Za-z'’./-]+\s+){0,4}?(?:(?:in|for|during|at|by)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _paired_periods(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Pair "1.5% and 1.6% in 2016 and 2017" in order; leave any other list alone."""
    text = ctx.text
    spans = [(c.start - ctx.offset, c.end - ctx.offset) for c in claims]
    if len({c.indicator for c in claims}) != 1 or not all(
        FIGURES_LINK.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(spans)
    ):
        return claims
    after = [m for m in ctx.periods if m.start >= spans[-1][1]]
    if len(claims) == 2 and after:
        after = [*_month_pair(text, after[0]), *after[1:]]
    if len(after) < len(claims) or not _PERIODS_OPEN.fullmatch(text, spans[-1][1], after[0].start):
        return claims
    run = after[: len(claims)]
    if not all(
        a.end == b.start or _LINK.fullmatch(text, a.end, b.start)
        for a, b in itertools.pairwise(run)
    ):
        return claims
    forecaster = next((c.forecaster for c in claims if c.forecaster), None)
    claims = _shared_measure(text, claims, run[-1].end)
    paired = []
    for claim, mention in zip(claims, run, strict=True):
        ahead = claim.horizon is Horizon.FORECAST or mention.past.start > ctx.published
        horizon = Horizon.FORECAST if ahead else claim.horizon
        period = mention.reading(future=ahead)
        if mention.kind is PeriodKind.YEAR_END and claim.indicator in _RELEASED:
            # "at 2.6% and 3.0% at the end of this year and next": each year's December on
            # December
            period = dates.year_period(period.end.year)
            if claim.indicator is Indicator.INFLATION:
                claim = replace(claim, measure=Measure.DEC_DEC)
        paired.append(
            replace(
                _with_period(claim, period),
                horizon=horizon,
                forecaster=claim.forecaster or (forecaster if ahead else None),
            )
        )
    return paired


_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\s*,?", re.IGNORECASE)


def _shared_measure(text: str, claims: list[Claim], end: int) -> list[Claim]:
    """Return the claims with the measure the words after their periods name, for those the
    words after each figure left unspecified: "1.6% and 2.3% in the first and second
    quarters, respectively, from a year earlier" (each figure's own tail stops at "and")."""
    skip = _RESPECTIVELY_AFTER.match(text, end)
    words = tail(text, end if skip is None else skip.end())
    measure = cue_measure(words, claims[0].indicator)
    if measure is Measure.UNSPECIFIED:
        return claims
    return [replace(c, measure=measure) if c.measure is Measure.UNSPECIFIED else c for c in claims]


_MONTH_PAIR = re.compile(r"[A-Za-z]+\.?\s+and\s+[A-Za-z]+\.?(?:\s+\d{4})?")


def _month_pair(text: str, mention: PeriodMention) -> list[PeriodMention]:
    """Return "July and August", read as one two-month span, as its two months (for a list of
    two figures: "2.9% and 3.1% in July and August"); any other mention as it is."""
    if not _MONTH_PAIR.fullmatch(text, mention.start, mention.end):
        return [mention]
    past, future = mention.past, mention.future
    if dates.months_between(past.start, past.end) != 2:
        return [mention]
    cut = text.find(" and ", mention.start)
    first = PeriodMention(mention.start, cut, PeriodKind.MONTH, *_first_month(past, future))
    second = PeriodMention(cut + 5, mention.end, PeriodKind.MONTH, *_second_month(past, future))
    return [first, second]


def _first_month(*spans: Period) -> list[Period]:
    return [Period(start=s.start, end=s.end.replace(day=1) - dt.timedelta(days=1)) for s in spans]


def _second_month(*spans: Period) -> list[Period]:
    return [Period(start=s.end.replace(day=1), end=s.end) for s in spans]


# "3.2% in both 2024 and 2025"; "at R$5.50 ($1) for both 2026 and 2027"
_BOTH_OPEN = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s*(?:in|for|during)\s+(?:both\s+)?(?:the\s+)?", re.IGNORECASE
)
_AND = re.compile(r"\s+and\s+(?:in\s+)?", re.IGNORECASE)
# "lowered growth projections for both 2019 and 2020 to 1.3 percent": the years named first
_BOTH_BEFORE = re.compile(r"\b(?:in|for)\s+(?:both\s+)?$", re.IGNORECASE)
_TO_THE_FIGURE = re.compile(r"[^\d;%]{1,45}", re.IGNORECASE)


def _periods_without_respectively(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Pair a list of figures with a list of periods, else give the last figure, when a time of
    its own stands before it, one claim per period that follows it ("growth of 4.5% this year
    and 5% in 2017 and 2018")."""
    paired = _paired_periods(ctx, claims)
    if paired is claims:
        paired = _fronted_periods(ctx, claims) or claims
    if paired is not claims or not _dated_before(ctx, claims[-2], claims[-1]):
        return paired
    return claims[:-1] + _shared_periods(ctx, claims[-1:])


def _dated_before(ctx: SentenceContext, earlier: Claim, last: Claim) -> bool:
    """Return True when a time expression stands between two figures (the earlier's own)."""
    start, end = earlier.end - ctx.offset, last.start - ctx.offset
    return any(start <= m.start and m.end <= end for m in ctx.periods)


_AVERAGE_BEFORE = re.compile(r"\baverag\w*\b", re.IGNORECASE)


def _shared_periods(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Return one claim per period for "3.2% in both 2024 and 2025", or "for both 2019 and
    2020 to 1.3 percent" (ids kept distinct)."""
    if len(claims) != 1:
        return claims
    claim = claims[0]
    if _AVERAGE_BEFORE.search(
        ctx.text, max(0, claim.start - ctx.offset - 25), claim.start - ctx.offset
    ):
        return claims  # "an average of 4.5% in 2026 and 2027": one figure over both years
    both = _both_after(ctx, claim) or _both_before(ctx, claim)
    if both is None:
        return claims
    first, second = both
    future = claim.horizon is Horizon.FORECAST
    later = second.reading(future=future)
    ahead = future or later.start > ctx.published
    twin = replace(
        claim,
        id=twin_id(claim.id, later.start.isoformat()),
        period=second.reading(future=ahead),
        horizon=Horizon.FORECAST if ahead else claim.horizon,
    )
    return [replace(claim, period=first.reading(future=future)), twin]


def _both_after(ctx: SentenceContext, claim: Claim) -> tuple[PeriodMention, PeriodMention] | None:
    """Return the two periods right after the figure: "3.2% in both 2024 and 2025"."""
    end = claim.end - ctx.offset
    after = [m for m in ctx.periods if m.start >= end]
    if len(after) < 2 or after[0].kind is not after[1].kind:
        return None
    first, second = after[0], after[1]
    if not _BOTH_OPEN.fullmatch(ctx.text, end, first.start) or not _AND.fullmatch(
        ctx.text, first.end, second.start
    ):
        return None
    return first, second


def _both_before(ctx: SentenceContext, claim: Claim) -> tuple[PeriodMention, PeriodMention] | None:
    """Return the two years named just before the figure, which it is dated by: "lowered
    growth projections for both 2019 and 2020 to 1.3 percent"."""
    start = claim.start - ctx.offset
    before = [m for m in ctx.periods if m.end <= start]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if not (
        first.kind is second.kind is PeriodKind.YEAR
        and _BOTH_BEFORE.search(ctx.text, max(0, first.start - 12), first.start)
        and _AND.fullmatch(ctx.text, first.end, second.start)
        and _TO_THE_FIGURE.fullmatch(ctx.text, second.end, start)
        and claim.period in (second.past, second.future)
    ):
        return None
    return first, second
