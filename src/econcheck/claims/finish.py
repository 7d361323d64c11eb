"""Turn a Draft into a Claim: qualifier, record, period, horizon, measure, country, source.

Windows: the claim's clause runs from the clause start before its subject or indicator
word to the number; its tail runs to the next comma or clause break. A record may also
sit in an appositive after a comma ("21%, the highest since 2003").
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re

from econcheck.claims import modifiers as mod
from econcheck.claims.attribution import attribution, by_agent
from econcheck.claims.carried_cues import is_carried
from econcheck.claims.claim_country import claim_country
from econcheck.claims.context import (
    RELATIVE_OPENER,
    Draft,
    SentenceContext,
    clause_start,
    fronted_rest,
    tail,
)
from econcheck.claims.country_periods import in_fiscal_years, quarter_of_month
from econcheck.claims.cue_choice import RELATIVE_RE, last_in_list
from econcheck.claims.dates import year_period
from econcheck.claims.dating import AFTER_PAST_MOVE, dated
from econcheck.claims.legacy_codes import code_as_of
from econcheck.claims.measures import (
    claim_measure,
    cue_measure,
    is_quarter,
    measure_from_base,
    names_measure,
)
from econcheck.claims.patterns import CueKind
from econcheck.claims.periods import SINCE_CLAUSE_HEAD, PeriodMention
from econcheck.claims.quantities import QKind
from econcheck.claims.subjects import (
    central_bank_name,
)
from econcheck.claims.trailing_year import trailing_year_release
from econcheck.models import Basket, Claim, Horizon, Indicator, Measure, Period, Superlative

_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_MONTHLY_PRICES = re.compile(r"\bprices\b", re.IGNORECASE)
_FLIP = {
    Superlative.RECORD_HIGH: Superlative.RECORD_LOW,
    Superlative.RECORD_LOW: Superlative.RECORD_HIGH,
}


def finish(draft: Draft, ctx: SentenceContext) -> Claim:
    """Return the Claim for ``draft`` with offsets counted in the whole input."""
    text = ctx.text
    start = clause_start(text, draft.anchor)
    before = text[start : draft.start]
    if RELATIVE_OPENER.search(text, max(0, start - 12), start) and "," in before:
        # the clause began inside ", which had been predicted by analysts, brought ...": the
        # relative clause speaks of something else
        before = before[before.index(",") + 1 :]
    main_clause = fronted_rest(text, draft.quantity)  # "At 54.1%, inflation in December ..."
    after = tail(text, draft.end if main_clause is None else main_clause)
    future, mention, period = dated(ctx, draft, before, after)
    country = None if draft.indicator is Indicator.FX_RATE else claim_country(ctx, draft)
    if mention is not None:
        period = in_fiscal_years(ctx, mention, period, country or ctx.country, future=future)
    if draft.indicator is Indicator.INFLATION:
        period = quarter_of_month(period, country or ctx.country)
    if future and draft.secondary and period.end < ctx.published:
        future = False  # "from 6.7% in 2023": the starting point is an outcome
    future = _horizon_by_period(ctx, draft, period, future=future)
    change_only = draft.is_change_only
    # "stood at 7.73%, up 0.29 points on the previous month": the words after the change
    # measure the change, so the level's measure is read up to its own clause end
    own_after = after if draft.end <= draft.quantity.per_end else tail(text, draft.quantity.per_end)
    own_after += _comparison_after(text, draft.quantity.per_end + len(own_after))
    bracket = _BRACKETED.match(text, draft.quantity.per_end)  # "0.18 percent (mtm)"
    if bracket is not None:
        own_after = " " + bracket["words"] + " " + own_after
    measure = claim_measure(
        draft.indicator,
        # a definition's words ("which strips out prices that swing from month to month")
        # name no measure of the figure
        _with_carried_word(ctx, draft, RELATIVE_RE.sub(",", before)),
        own_after,
        mention,
        period,
        future=future,
        is_change_only=change_only,
    )
    if country == "USA" and _is_us_annual_rate(draft, measure, period, before + " " + own_after):
        measure = Measure.ANNUALIZED
    measure = _unnamed_measure(ctx, draft, period, measure, (before, own_after))
    if _over_days(draft, period) and not names_measure(draft.indicator, before, own_after):
        measure = Measure.UNSPECIFIED  # "0.2% in the week September 15-21": that week's rise
    period = _dec_dec_year(measure, period)
    period, measure, twelve_months = _over_twelve_months(
        ctx, draft, mention, measure, period, future
    )
    if mention is None and not future:
        period = _average_of_last_year(ctx, measure, period)
    stored = draft.movement * (-1 if draft.flip else 1)
    record, since = _record_of(ctx, draft, start, period, future=future)
    # "..., while the IMF and the World Bank have estimated it at 7%": a figure whose indicator
    # word is in an earlier clause has its source in its own
    own_clause = clause_start(text, draft.quantity.start) > draft.anchor
    attributed = attribution(text, draft.quantity.start if own_clause else draft.anchor, draft.end)
    forecaster = _forecaster(ctx, draft, country, attributed) if future else None
    owner = _possessive_forecaster(ctx, draft) if future else None
    if owner is not None:  # "the World Bank's early April prediction of 1.8%"
        forecaster, attributed = owner
    base, quote, unit = _pair_of_the_day(draft, period)
    surface_start, surface_end = ctx.offset + draft.start, ctx.offset + draft.end
    surface = text[draft.start : draft.end]
    return Claim(
        id=claim_id(ctx.published, surface_start, draft.indicator, surface),
        sentence=text,
        surface=surface,
        start=surface_start,
        end=surface_end,
        indicator=draft.indicator,
        value=draft.value,
        value_text=draft.value_text,
        unit=unit,
        period=period,
        published=ctx.published,
        measure=measure,
        measure_stated=twelve_months or names_measure(draft.indicator, before, after),
        horizon=Horizon.FORECAST if future else Horizon.ACTUAL,
        basket=_basket(text, draft, before) if draft.indicator is Indicator.INFLATION else None,
        country=country,
        base=base,
        quote=quote,
        value_max=draft.value_max,
        change=draft.change,
        qualifier=mod.qualifier(
            text, _own_start(text, draft), draft.quantity.num_end, stored, inverted=draft.flip
        ),
        superlative=record,
        superlative_since=since if record is not None else None,
        forecaster=forecaster,
        # a forecast is its forecaster's claim unless the article credits it to someone else
        attributed_to=attributed or forecaster,
        hedged=mod.is_hedged(before, attributed) or mod.unsourced(text),
    )


# ", compared with the previous quarter" after a figure's clause still measures the figure
_COMPARISON_CLAUSE = re.compile(
    r"\s*,\s*(?:as\s+)?(?:compared|relative|versus|from\s+a\s+year|year[- ]on[- ]year|"
    r"month[- ]on[- ]month|quarter[- ]on[- ]quarter|"
    r"on\s+an?\s+(?:yearly|monthly|quarterly|annual|annuali[sz]ed|seasonally\s+adjusted)"
    r"\s+basis|in\s+(?:annual|monthly|quarterly|annuali[sz]ed)\s+terms)[^,;.]*",
    re.IGNORECASE,
)


# The US reports quarterly GDP at an annual rate: "annual growth of 0.8% in the first quarter"
_ANNUAL_RATE = re.compile(
    r"\bannual(?:ized|ised)?\s+(?:growth\s+)?(?:rate|pace)\b|\bannual\s+growth\b"
    r"|\bon\s+an\s+annual\s+basis\b|\bin\s+annual\s+terms\b",
    re.I,
)


def _with_carried_word(ctx: SentenceContext, draft: Draft, before: str) -> str:
    """Return ``before`` with "inflation" in front when the sentence only refers back to it.

    "The rate was forecast to rise to 10.2%" after a sentence on inflation reads by the news
    conventions for "inflation" (a month's figure is year on year).
    """
    refers_back = bool(ctx.cues) and is_carried(ctx.cues[0])
    if draft.indicator is Indicator.INFLATION and refers_back and "inflation" not in before.lower():
        return "inflation " + before
    return before


def _dec_dec_year(measure: Measure, period: Period) -> Period:
    """Return the year of "ending December at 3.7%": December on December is the year's; a
    year-to-date figure of a month ("year-to-date inflation was 5.1% in September") runs from
    January to that month's end."""
    if measure is Measure.DEC_DEC and period.start.month == 12 and period.start.day == 1:
        return Period(start=period.start.replace(month=1), end=period.end)
    if (
        measure is Measure.YTD
        and period.start.day == 1
        and period.start.month > 1
        and (period.end - period.start).days < 31
    ):
        return Period(start=period.start.replace(month=1), end=period.end)
    return period


def _average_of_last_year(ctx: SentenceContext, measure: Measure, period: Period) -> Period:
    """Return the last full year for an annual average said with no time ("average annual
    inflation came in at 3.7%"): an average of the running year is not yet an outcome."""
    if (
        measure is Measure.ANNUAL_AVG
        and period.start == period.end == ctx.published
        and _ANNUAL_AVERAGE.search(ctx.text) is not None
    ):
        return year_period(ctx.published.year - 1)
    return period  # "average inflation had come down to 5.1%" (over a term of office?)


_ANNUAL_AVERAGE = re.compile(
    r"\b(?:annual|yearly)\s+average\b|\baverage\s+(?:annual|yearly)\b", re.IGNORECASE
)


def _is_us_annual_rate(draft: Draft, measure: Measure, period: Period, words: str) -> bool:
    """Return True for a US quarter's growth "annual rate", which BEA publishes annualized."""
    if draft.indicator is not Indicator.GDP_GROWTH or measure not in (
        Measure.YOY,
        Measure.UNSPECIFIED,
    ):
        return False
    return is_quarter(period) and _ANNUAL_RATE.search(words) is not None


_BRACKETED = re.compile(r"\s*\((?P<words>[^()\d]{1,24})\)")


def _comparison_after(text: str, pos: int) -> str:
    """Return ", compared with the previous quarter" right after a figure's clause, or after
    the list of figures it opens ("shrank 0.7 percent in the first quarter, by 5.1 percent in
    the second ..., compared with the corresponding periods in 2009"), or ""."""
    listed = text.startswith((",", " and ", "and "), pos)
    items = _LIST_ITEMS.match(text, pos) if listed else None
    match = _COMPARISON_CLAUSE.match(text, pos if items is None else items.end())
    return "" if match is None else " " + match.group()


# the later items of a list of figures: ", by 5.1 percent in the second and by 6.6 percent in the
# fourth quarter"
_LIST_ITEMS = re.compile(
    r"(?:(?:,\s+|\s*\band\s+)(?:and\s+)?(?:by\s+)?-?\d[\d.,]*\s?(?:%|per\s?cent)[^,;%]{0,50}?"
    r"(?=,|\s+and\s|$))*",
    re.IGNORECASE,
)


# "a 0.2% rise in the core CPI": the basket named after the figure
_CORE_AFTER = re.compile(
    r"\s+(?:(?:rise|increase|gain|jump|drop|decline|fall)\s+)?(?:in|of|for)\s+(?:the\s+)?core\b",
    re.IGNORECASE,
)


def _basket(text: str, draft: Draft, before: str) -> Basket:
    """Return the inflation basket: "core" before the figure, or right after its noun."""
    if _CORE_AFTER.match(text, draft.quantity.per_end):
        return Basket.CORE
    fronted = _FRONTED_CORE.match(text) if "basis" in text else None
    if fronted is not None and fronted.end() <= draft.start:
        return Basket.CORE  # 'On a "core" basis — which excludes energy and food — prices rose'
    return mod.basket(before)


_FRONTED_CORE = re.compile(
    r"\s*(?:On|In)\s+(?:a|an)\s+[\"“']?(?:core|underlying)[\"”']?\s+basis\b", re.I
)


# an outcome named in a forecast sentence: "from October's 41-year high of 11.1%", "last year's
# 2.5%", "a revised 4.6% rise"
_PAST_OWNER = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|last\s+(?:year|month|quarter)|(?:first|second|third|fourth)\s+quarter|"
    r"(?:19|20)\d\d)['’]s\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"|\b(?:a|an|the)\s+(?:downwardly\s+|upwardly\s+)?revised\s+)$",
    re.IGNORECASE,
)


# "more than the 4.2 percent reported for 2016": an outcome of a past period
_REPORTED_FOR = re.compile(
    r"\s+(?:reported|recorded|registered|posted|achieved|logged|seen|estimated)\s+(?:for|in|during)\b",
    re.IGNORECASE,
)


def _horizon_by_period(ctx: SentenceContext, draft: Draft, period: Period, *, future: bool) -> bool:
    """Return whether an inflation or GDP figure is a forecast, given its period: one for a
    period not yet started is ("4.6% in the third quarter" of the fiscal year ahead); a past
    move after a forecast is not ("after expanding 8.8% last year")."""
    if draft.indicator not in (Indicator.INFLATION, Indicator.GDP_GROWTH):
        return future
    if not future and period.start > ctx.published:
        return True
    start = draft.quantity.start
    window = max(0, start - 60)
    if (
        future
        and period.end < ctx.published
        and (
            AFTER_PAST_MOVE.search(ctx.text, window, start)
            or _PAST_OWNER.search(ctx.text, window, start)
            or _REPORTED_FOR.match(ctx.text, draft.quantity.per_end)
            or _AFTER_A_FIGURE.search(ctx.text, window, start)
            or _ESTIMATE_FOR.search(ctx.text, window, start)
            or _ESTIMATE_AFTER.match(ctx.text, draft.quantity.per_end)
        )
    ):
        return False
    return future


# "the statistics office's negative 5.7% estimate for GDP in the second quarter" (a quarter
# already over): the estimate of an outcome
_ESTIMATE_AFTER = re.compile(
    r"\s+(?:(?:preliminary|initial|first|flash|official|latest)\s+)?estimates?\s+(?:for|of)\s+"
    r"(?!an?\s)(?![^;]*\b(?:will|expected|forecast)\b)",
    re.IGNORECASE,
)


# "revised its estimate for growth in 2023 from 3.6% to 4.1%" in 2024: the estimate of an
# outcome (for a year not yet over, "the estimate for 2001 growth" is a forecast)
_ESTIMATE_FOR = re.compile(
    r"(?<!median\s)(?<!consensus\s)\bestimates?\s+for\s+(?!an?\s)"
    r"(?![^;]*\b(?:will|expected|forecast)\b)",
    re.I,
)


# "is expected to rebound by 11.3% this year, following a 15.2-percent contraction in 2020 and
# a 4.1-percent decline in 2021", "following two percent growth in 2013": the past years'
# outcomes the forecast starts from
_AFTER_A_FIGURE = re.compile(
    r"\b(?:after|following)\s+(?:(?:an?|the)\s+)?(?:[^;%]{0,45}?\band\s+an?\s+)?$", re.IGNORECASE
)


def _over_twelve_months(
    ctx: SentenceContext,
    draft: Draft,
    mention: PeriodMention | None,
    measure: Measure,
    period: Period,
    future: bool,
) -> tuple[Period, Measure, bool]:
    """Return the period and measure of inflation "over the past 12 months" (the release's
    month, y/y) and True, a measure the words state; else ``period``, ``measure`` and False."""
    trailing = trailing_year_release(ctx, draft.indicator, mention, measure, period, future=future)
    return (period, measure, False) if trailing is None else (*trailing, True)


def _own_start(text: str, draft: Draft) -> int:
    """Return where the claim's own number starts: in "from 9.1% to under 3%", the "3"."""
    quantity = draft.quantity
    if quantity.from_value is None:
        return quantity.start
    at = text.rfind(quantity.text, quantity.start, quantity.per_end)
    return at if at > quantity.start else quantity.start


_TIME_UNIT_AFTER = re.compile(
    r"[\s-]*(?:months?|years?|weeks?|days?|quarters?|decades?|sessions?)\b", re.IGNORECASE
)
_WHEN_BREAK = re.compile(
    r",\s+(?:when|during\s+which)\b"
    # "fell to its lowest since March 2009, before regaining ground to stand at 34.76": the
    # record was the low, not the level it recovered to
    r"|,?\s+before\s+(?:regaining|recovering|rebounding|bouncing|paring|trimming|recouping|"
    r"reversing|retreating|easing|settling)\b",
    re.IGNORECASE,
)


def _record_start(ctx: SentenceContext, draft: Draft, start: int) -> int:
    """Return where a record phrase for the figure may start: after any earlier figure of its
    clause, and after a "when" that opens the figure's own clause ("the highest since March
    2023, when it stood at 12.5%": the record is not 12.5's)."""
    earlier = [
        q
        for q in ctx.quantities
        if start <= q.start
        and q.end <= draft.quantity.start
        # (not the count of a record phrase: "its lowest rate in 11 months at 4.1%")
        and not (q.kind is QKind.BARE and _TIME_UNIT_AFTER.match(ctx.text, q.end))
    ]
    own = max((q.end for q in earlier), default=start)
    if draft.indicator is Indicator.FX_RATE and earlier and earlier[-1].kind is QKind.PERCENT:
        # "rose 0.5 percent in January, its fastest pace in eight years, the dollar dropped
        # to 115.56 yen": the record after another indicator's figure is that figure's
        comma = ctx.text.rfind(", ", own, draft.quantity.start)
        own = own if comma < 0 else comma + 1
    when = _WHEN_BREAK.search(ctx.text, own, draft.quantity.start)
    if when is None and earlier:
        # "jumped to 3.81 hitting the highest level in 12 years but then pulled back and
        # dropped to 3.73": the record after the earlier figure is that figure's
        when = _TURN_BREAK.search(ctx.text, own, draft.quantity.start)
    return own if when is None else when.end()


_TURN_BREAK = re.compile(r"\bbut\s+(?:then|later|soon)\b", re.IGNORECASE)


def _counted_from(period: Period, published: dt.date, *, future: bool) -> dt.date | None:
    """Return the day "a 22-year high" counts back from: the start of a recent past period
    ("a 22-year high of 54.1% in December" counts from December), else publication."""
    if future or period.end < published - _RECENT:
        return None
    return min(period.start, published)


_RECENT = dt.timedelta(days=400)


def _record_of(
    ctx: SentenceContext, draft: Draft, start: int, period: Period, *, future: bool
) -> tuple[Superlative | None, dt.date | None]:
    """Return the record the sentence claims for the figure, and since when."""
    at = draft.quantity.start
    if draft.secondary or (
        "since" in ctx.text and _SINCE_TOUCHED.search(ctx.text, max(0, at - 60), at)
    ):
        return None, None  # (the figure of "its highest since it touched $1.26 in March")
    rest = _clause_rest(ctx, draft.end)
    # a record phrase before an earlier figure is that figure's: "a 20-year high of 61% in
    # March and stood at 40.5% in July"
    own = _record_start(ctx, draft, start)
    record, since = mod.superlative(
        ctx.text[own : draft.end] + rest,
        ctx.published,
        draft.movement,
        max(0, draft.quantity.start - own),
        flip=draft.flip,
        counted_from=_counted_from(period, ctx.published, future=future),
    )
    if record is None or (draft.indicator is Indicator.FX_RATE and _MOVE_RECORD.search(rest)):
        return None, None  # "to 1,906 per dollar, the biggest gain since": the move's record
    if (
        # (the rest stops before the next figure: "from a 30-year peak of" is that figure's)
        (_ANOTHER_FIGURES_RECORD.search(rest) or _FROM_RECORD_OF.search(rest))
        and not mod.superlative(ctx.text[own : draft.end], ctx.published, draft.movement)[0]
    ):
        return None, None  # "sank to 0.9359 after posting a record low of 0.9331": 0.9331's
    if _level_record_of_move(draft, ctx.text[own : draft.end] + rest):
        return None, None  # "At the lowest level since June, the dollar has lost 1.36%"
    if _FROM_RECORD_TO.search(ctx.text, max(own, at - 70), at):
        return None, None  # "will fall from a 19-year high to an average 5 per cent"
    if draft.flip or (draft.base == "USD" and _FOR_LOCAL.search(rest) is not None):
        record = _FLIP[record]
    return record, since


# "eased to 10.9% in August from a 30-year peak of 11.1% in July": the record of the figure
# the move started from
_FROM_RECORD_OF = re.compile(
    r"\b(?:from|after|compared\s+(?:with|to)|versus)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:high|low|peak|trough)\s+of\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# a record the move started from, with no figure of its own: "from a 19-year high to"
_FROM_RECORD_TO = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:high|low|peak|trough|record)\s+(?:in\s+[\w\s]{1,20}?\s+)?to\s+"
    r"(?:an?\s+|the\s+)?(?:(?:average|annual|about|around|nearly|just)\s+)*$",
    re.IGNORECASE,
)
_ANOTHER_FIGURES_RECORD = re.compile(
    r"\b(?:high|low|peak|trough)\s+of\s+(?:about\s+|around\s+)?[$€£¥₹₽]?\s?\d", re.IGNORECASE
)


def _level_record_of_move(draft: Draft, scanned: str) -> bool:
    """Return True for a record of a level said beside a currency's move alone: the move
    claims no level, so the record is of one the sentence does not quote."""
    return (
        draft.indicator is Indicator.FX_RATE
        and draft.is_change_only
        and _LEVEL_WORD.search(scanned) is not None
    )


_LEVEL_WORD = re.compile(r"\blevels?\b", re.IGNORECASE)


# a record of the day's move, not of the level: "the biggest gain since Sept. 23"
_MOVE_RECORD = re.compile(
    r"\b(?:biggest|largest|sharpest|steepest|strongest|worst|best|smallest)\s+(?:\w+\s+)?"
    r"(?:gains?|rises?|drops?|falls?|jumps?|declines?|increases?|advances?|loss(?:es)?|slides?|"
    r"rall(?:y|ies)|surges?|depreciation|appreciation|moves?|slumps?|plunges?)\b",
    re.IGNORECASE,
)


# Where a record phrase stops applying to a number: the clause breaks, except an apposition
# ("at 15%—the highest level since 2006") and a relative clause ("below 62%, which marked the
# lowest level since October"), which describe the figure itself.
_RECORD_BREAK = re.compile(
    r"(?=[;:\s(),bwa—–-])(?:;|:\s|\(|\)|,\s+(?:but|while|whereas|although|though|and|as|after|"
    r"when|even\s+as|who|where|having|with(?!\s+effect))\b|\b(?:but|while|whereas|although)\b|"
    r"(?:\s[—–-]|—)(?!\s*(?:the|its|a|an|which|marking)\b))",
    re.IGNORECASE,
)
# the counter currency's own move in a relative clause: "..., which rose to multi-month peaks"
_WHICH_MOVED = re.compile(
    r",\s+which\s+(?:has\s+|had\s+|also\s+)?(?:rose|fell|hit|touched|climbed|slid|jumped|dropped|"
    r"gained|lost|firmed|weakened|strengthened|surged|slumped|risen|fallen|climbed|accelerated|"
    r"slowed|eased|reached|peaked)\b",
    re.IGNORECASE,
)
# "7.02 yuan per dollar, the strongest level for the Chinese currency since May": the record
# is the local currency's, whatever the sentence's subject
_FOR_LOCAL = re.compile(r"\bfor\s+the\s+(?:[A-Z]\w+\s+)?(?:currency|unit)\b")
_RECORD_REACH = 140
_WHEN_OPENS = re.compile(r"\s(?:when|as|while)\s", re.IGNORECASE)
_TO_ONE_BEFORE = re.compile(r"\b(?:to|per|against)\s+$", re.IGNORECASE)
_SINCE_TOUCHED = re.compile(rf"\bsince\s+{SINCE_CLAUSE_HEAD}[^.;,%\d]{{0,20}}$", re.IGNORECASE)


def _clause_rest(ctx: SentenceContext, end: int) -> str:
    """Return the words after a number that a record phrase may describe it in: up to the
    next clause break or figure."""
    first = bisect.bisect_left(ctx.quantity_starts, end)
    later = [
        q.start
        for q in ctx.quantities[first:]
        if q.start <= end + _RECORD_REACH
        and (q.is_rate or q.currency or q.per)
        and not _FROM_BEFORE.search(ctx.text, max(0, q.start - 8), q.start)
        # (not the unit of a quote: "closed at 53.080 to $1, its highest since ...")
        and not (q.value == 1 and _TO_ONE_BEFORE.search(ctx.text, max(0, q.start - 8), q.start))
    ]
    stop = min([*later, end + _RECORD_REACH])
    if later and stop == later[0] and _SINCE_TOUCHED.search(ctx.text, end, stop):
        # "its highest since it touched $1.26 in March 2018": the figure of the "since" clause
        # and the time after it belong to the record phrase
        stop = min([*later[1:], end + _RECORD_REACH])
    rest = ctx.text[end:stop]
    which = _WHICH_MOVED.search(rest)
    if which is not None and (
        any(m.end == end + which.start() for m in ctx.currencies)
        or _other_indicator_between(ctx, end, end + which.start())
    ):
        # "versus the dollar, which rose to multi-month peaks", "raised the rate by 2 points to
        # curb inflation, which accelerated to its highest in eight years": another's record
        rest = rest[: which.start()]
    when = (
        _WHEN_OPENS.search(rest)
        if " when " in rest or " as " in rest or " while " in rest
        else None
    )
    if when is not None and any(
        c.kind is CueKind.BLOCK and end + when.end() <= c.start < end + len(rest) for c in ctx.cues
    ):
        rest = rest[: when.start()]  # "grew 4.9% in 2011 when oil prices hit a record high"
    brk = _RECORD_BREAK.search(rest)
    return rest if brk is None else rest[: brk.start()]


_INDICATOR_CUES = frozenset({CueKind.INFLATION, CueKind.GDP, CueKind.POLICY, CueKind.FX})


def _other_indicator_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """Return True when an indicator word names something between ``start`` and ``end``."""
    return any(start <= c.start and c.end <= end and c.kind in _INDICATOR_CUES for c in ctx.cues)


def _unnamed_measure(
    ctx: SentenceContext,
    draft: Draft,
    period: Period,
    measure: Measure,
    words: tuple[str, str],
) -> Measure:
    """Return the measure the clause leaves unnamed: from a base the sentence compares with,
    or the month's change for a figure set against the annual rate."""
    if (
        measure is Measure.UNSPECIFIED
        and is_quarter(period)
        and _ANNUALIZED_NEXT.match(ctx.text, draft.quantity.per_end)
    ):
        return Measure.QOQ  # "fell 0.2% in the second quarter, the equivalent of a 0.9% annual
        # rate": the quarter's own change, restated
    own_base = measure_from_base(ctx, draft, period, own=True)
    if (
        own_base is not Measure.UNSPECIFIED
        and cue_measure(_own_words_before(ctx, draft), draft.indicator) is Measure.UNSPECIFIED
    ):
        return own_base  # "decreased by 0.4% to the previous quarter and increased by 0.3% in
        # comparison with the second quarter of 2022": the 0.3% is year-on-year
    if measure is Measure.UNSPECIFIED:
        measure = _list_measure(ctx, draft) or measure_from_base(ctx, draft, period)
    if _annual_contrast(ctx, draft, period, measure) and not names_measure(draft.indicator, *words):
        return Measure.MOM  # "0.8% inflation in December, while the annual rate was 3.1%"
    return measure


def _list_measure(ctx: SentenceContext, draft: Draft) -> Measure | None:
    """Return the measure the words after a list's last figure name for every figure of it
    ("after 3.8% and 4.3% y/y growth in July and August"), or None."""
    last = last_in_list(ctx, draft.quantity)
    if last is draft.quantity:
        return None
    measure = cue_measure(tail(ctx.text, last.per_end), draft.indicator)
    return None if measure is Measure.UNSPECIFIED else measure


def _own_words_before(ctx: SentenceContext, draft: Draft) -> str:
    """Return the words before the figure, after any earlier figure and its own phrase."""
    earlier = [q.per_end for q in ctx.quantities if q.per_end <= draft.quantity.start]
    words = ctx.text[max([0, *earlier]) : draft.quantity.start]
    # (after the earlier figure's own phrase: "0.4% to the previous quarter and increased by")
    joins = list(_JOIN.finditer(words))
    return words[joins[-1].end() :] if joins else words


_JOIN = re.compile(r"\b(?:and|but|while|whereas)\b|[,;]", re.IGNORECASE)


# the quarter's change restated as an annual rate right after it
_ANNUALIZED_NEXT = re.compile(
    r"(?:\s+(?:in|during|for|from)\s+[^,;%\d]{1,40}?)?\s*,\s+(?:the\s+equivalent\s+of|equivalent\s+to|or)\s+"
    r"(?:an?\s+)?(?:[\d.]+\s*(?:%|per\s?cent|percent)\s+(?:annuali[sz]ed|annual)\b"
    # ", or an annualised drop of 0.8%"
    r"|(?:annuali[sz]ed|annual)\s+(?:rate\s+of\s+)?(?:drop|fall|decline|contraction|rise|"
    r"increase|growth|expansion|gain)\s+of\s+[\d.]+)",
    re.IGNORECASE,
)


def _pair_of_the_day(draft: Draft, period: Period) -> tuple[str | None, str | None, str]:
    """Return the pair and unit under the codes of the claim's day: "the Turkish lira" of 2003
    is the old lira, TRL (legacy_codes.py)."""
    base, quote = code_as_of(draft.base, period.end), code_as_of(draft.quote, period.end)
    if (base, quote) == (draft.base, draft.quote):
        return base, quote, draft.unit
    unit = f"{quote} per {base}" if draft.unit == f"{draft.quote} per {draft.base}" else draft.unit
    return base, quote, unit


# a month's figure set against the annual one: "..., while the annual rate was 3.1%"
_ANNUAL_CONTRAST = re.compile(
    r",?\s+(?:while|but|whereas)\s+(?:the\s+)?(?:annual|year-on-year|12-month|yearly)\s+"
    r"(?!(?:core|food|energy|services|underlying|average)\b)[^,;%\d]{0,50}?$",
    re.IGNORECASE,
)


def _annual_contrast(ctx: SentenceContext, draft: Draft, period: Period, measure: Measure) -> bool:
    """Return True for a month's inflation figure the sentence sets against a higher annual
    rate of the same basket: the figure is then the month's change."""
    if (
        draft.indicator is not Indicator.INFLATION
        or measure not in (Measure.YOY, Measure.UNSPECIFIED)
        or not 27 <= (period.end - period.start).days <= 30
    ):
        return False
    end = draft.quantity.per_end
    for later in ctx.quantities:
        if later.start > end and later.kind is QKind.PERCENT:
            contrast = _ANNUAL_CONTRAST.search(ctx.text, end, later.start)
            return contrast is not None and later.value > draft.value
    return False


def _over_days(draft: Draft, period: Period) -> bool:
    """Return True for a price rise over a few days or weeks (a weekly count), whose measure
    the news convention for months and years does not give."""
    days = (period.end - period.start).days
    return draft.indicator is Indicator.INFLATION and 0 < days < 27


def claim_id(published: dt.date, start: int, indicator: Indicator, surface: str) -> str:
    """Return a stable id: the first 12 hex digits of a SHA-1 of date, offset and surface.

    >>> claim_id(dt.date(2024, 11, 5), 10, Indicator.INFLATION, "19%")
    '2b1d2d364422'
    """
    key = f"{published.isoformat()}|{start}|{indicator.value}|{surface}"
    return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def twin_id(parent: str, tag: str) -> str:
    """Return the id of a second claim one figure makes (another year, another country).

    >>> twin_id("2b1d2d364422", "DEU") == twin_id("2b1d2d364422", "DEU")
    True
    >>> twin_id("2b1d2d364422", "DEU") != twin_id("2b1d2d364422", "BEL")
    True
    """
    key = f"{parent}|{tag}"
    return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


# "<forecaster>'s [early April] prediction of", "the IMF's revised forecast at"
_POSSESSIVE_FORECAST = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:predictions?|forecasts?|projections?|estimates?|outlook)"
    r"\s+(?:of|at|for|to)\s+(?:about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


def _bank_named(forecaster: str, country: str | None) -> str:
    """Return a forecaster's name, a generic "central bank" as the country's bank and Russia's
    economy ministry by its name (the Ministry of Economic Development, whose forecasts
    compare checks)."""
    if forecaster == "central bank":
        return central_bank_name(country)
    if forecaster == "Ministry of Economy" and country == "RUS":
        return "Ministry of Economic Development"
    return forecaster


def _possessive_forecaster(ctx: SentenceContext, draft: Draft) -> tuple[str, str] | None:
    """Return (forecaster, name as written) for a figure introduced as a forecaster's own:
    "the World Bank's early April prediction of 1.8%" is the World Bank's, whoever else the
    sentence names."""
    start = draft.quantity.start
    for entity in ctx.entities:
        if entity.forecaster is None or not 0 < start - entity.end <= 60:
            continue
        if _POSSESSIVE_FORECAST.fullmatch(ctx.text, entity.end, start) or (
            _ELIDED_AT.fullmatch(ctx.text, entity.end, start)
            and _LIST_LINK.search(ctx.text, max(0, entity.start - 12), entity.start)
        ):
            return _bank_named(entity.forecaster, entity.country), ctx.text[
                entity.start : entity.end
            ]
    return None


# "..., the OECD at 1.9% and the European Commission at 2.3%": a forecaster of a list whose
# verb was given once
_ELIDED_AT = re.compile(r"\s+at\s+(?:about\s+|around\s+)?", re.IGNORECASE)
_LIST_LINK = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?$", re.IGNORECASE)


_TARGET_OF = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:target|targets|goal|goals|mandate|tolerance)\b", re.I
)


def _forecaster(
    ctx: SentenceContext, draft: Draft, country: str | None, attributed: str | None
) -> str | None:
    """Return who made the forecast: an institution in the attribution, else the nearest."""
    agent = by_agent(ctx.text, draft.quantity.per_end)
    if agent is not None:
        named = next((e for e in ctx.entities if agent[0] <= e.start < agent[0] + 5), None)
        if named is not None and named.forecaster is not None:
            return _bank_named(named.forecaster, country)  # "7.2% forecast by the central bank"
    source_start = -1 if not attributed else ctx.text.find(attributed)
    source = range(source_start, source_start + len(attributed or "") + 1)
    best: tuple[tuple[int, int, int], str] | None = None
    for entity in ctx.entities:
        if entity.forecaster is None or _TARGET_OF.match(ctx.text, entity.end):
            continue  # "within the central bank's target range": a goal, not a forecast
        distance = abs(entity.start - draft.anchor)
        in_source = source_start >= 0 and entity.start in source
        key = (0 if in_source else 1, 0 if entity.is_specific else 1, distance)
        name = _bank_named(entity.forecaster, country)
        if best is None or key < best[0]:
            best = (key, name)
    if best is not None:
        return best[1]
    return ctx.carried_forecaster or _named_forecaster(attributed)


def _named_forecaster(attributed: str | None) -> str | None:
    """Return a named source that made the forecast ("Morgan Stanley estimates 0.5% growth",
    "JPMorgan expects the lira at 40"): a capitalised name, not a pronoun or a data word."""
    if not attributed or not _PROPER_NAME.fullmatch(attributed):
        return None
    return None if attributed.split()[0].lower() in _NOT_A_NAME else attributed


# one to four capitalised words ("Morgan Stanley", "Capital Economics", "JPMorgan Chase")
_PROPER_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*)(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,3}")
_NOT_A_NAME = frozenset(
    {"he", "she", "it", "they", "we", "i", "data", "figures", "the", "this", "that", "analysts",
     "economists", "officials", "experts", "traders", "markets", "investors", "sources",
     # news agencies report forecasts, they do not make them
     "reuters", "bloomberg", "afp", "ap", "xinhua", "interfax", "tass", "ria", "dpa", "kyodo",
     "yonhap", "bernama", "anadolu", "cnbc", "cnn", "bbc", "mediafax"}
)  # fmt: skip
