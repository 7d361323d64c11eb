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

from econcheck.claims import dates
from econcheck.claims import modifiers as mod
from econcheck.claims import patterns as p
from econcheck.claims.attribution import attribution
from econcheck.claims.context import (
    Draft,
    SentenceContext,
    clause_start,
    fronted_rest,
    is_carried,
    tail,
)
from econcheck.claims.country_periods import in_fiscal_years, quarter_of_month
from econcheck.claims.measures import claim_measure, is_quarter, measure_from_base, names_measure
from econcheck.claims.periods import PeriodKind, PeriodMention
from econcheck.claims.subjects import (
    EURO_AREA,
    WORLD,
    Entity,
    central_bank_name,
    implied_country,
)
from econcheck.claims.timing import claim_period, pick_period
from econcheck.claims.vocab_places import WORLD_WORDS
from econcheck.models import Claim, Horizon, Indicator, Measure, Period, Superlative

_WORLD_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in WORLD_WORDS)}|world’s)\s+"
    r"(?:economic\s+|economy['’]?s?\s+|real\s+)?$",
    re.IGNORECASE,
)
# A sentence opened by a world adverb speaks of the world economy, unless it names a place
_WORLD_OPENER = re.compile(
    r"\s*(?:globally|worldwide|world-wide|across\s+the\s+(?:world|globe)|for\s+the\s+world"
    r"(?:\s+economy)?|at\s+the\s+global\s+level)\s*,",
    re.IGNORECASE,
)
# Forecast words after the number count only right after it ("the 2.2% forecast").
_FORECAST_AFTER = 25
# "will be lowered to 3.5% with effect from 18 September": a decision, not a forecast.
_IN_EFFECT = re.compile(r"\b(?:with\s+effect\s+from|effective\s+(?:from|on|as\s+of))\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# the figure a forecast starts from or is compared with: "from 6.7% in 2023", "compared with
# an estimated 3.3% in 2012", "after 4.6% registered in 2022"
_BASE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|after|against)\s+"
    r"(?:(?:an?|the)\s+)?(?:estimated\s+|revised\s+)?$",
    re.IGNORECASE,
)
_FORECAST_NEXT = re.compile(
    r"\s+(?:expected|forecast|projected|predicted|anticipated|seen)\b", re.IGNORECASE
)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s[^,;]*$", re.IGNORECASE)
_RELATIVE_CLOSED = re.compile(r",\s+(?:which|who)\s[^,;]*,", re.IGNORECASE)
_WHICH_BEFORE = re.compile(r",\s+(?:which|who)\s+$", re.IGNORECASE)
_DECIDED = re.compile(
    r"\b(?:announced|decided|voted)\s+(?:on\s+\w+\s+)?(?:that\s+)?[^,;]{0,60}?\b(?:will|would)\s+"
    r"(?:remain|stay|keep|hold|leave|maintain|be\s+(?:kept|held|maintained|left|raised|lowered|"
    r"cut))\b",
    re.IGNORECASE,
)
# A decision in the central bank's own voice: "the policy interest rate will be raised by 50
# basis points", "the repo rate will remain unchanged at 7.75%", "Belarus will reduce the
# refinancing rate to 31% on 18 July"; the only forecast word is that "will".
_DECISION_WILL = re.compile(
    r"\bwill\s+(?:thus\s+)?(?:remain|stay|be\s+(?:kept|held|maintained|left|raised|lowered|cut|"
    r"reduced|increased|hiked)|reduce|raise|cut|lower|hike|increase|keep|maintain|leave|hold)\b"
    r"[^.;:!?]{0,80}$",
    re.IGNORECASE,
)
_DECIDED_TO = re.compile(
    r"\b(?:decided|voted|opted|agreed)\s+(?:\w+\s+)?(?:\d+-\d+\s+)?to\s+(?:keep|hold|leave|"
    r"maintain|cut|reduce|lower|raise|hike|increase)\b[^.;:!?]{0,80}$",
    re.IGNORECASE,
)
_DECISION_WEEK = dt.timedelta(days=7)
_OPINION = re.compile(
    r"\b(?:impression|believes?|thinks?|wrote|writes|opinion|sources?|speculat\w*|bets?|"
    r"reportedly|likely|probably|rumou?rs?)\b",
    re.IGNORECASE,
)


def _is_decision(ctx: SentenceContext, draft: Draft, before: str) -> bool:
    """Return True for a policy-rate decision stated in the future tense or as "decided to":
    its only forecast word is the "will" of the decision, and it takes effect within a week."""
    if _DECIDED.search(before) or _DECIDED_TO.search(before):
        return True
    will = _DECISION_WILL.search(before)
    if will is None:
        return False
    words = {m.group().lower() for m in p.FORECAST_RE.finditer(ctx.text) if m.group("yes")}
    if words - {"will"} or _OPINION.search(ctx.text):
        return False  # "is expected to", "his impression was that": a forecast of the decision
    mention = pick_period(ctx, draft, future=True)
    return mention is None or mention.future.end - ctx.published <= _DECISION_WEEK


_LOCATIVE = re.compile(r"\s*(?:in|across|throughout|over\s+in)\s+(?:the\s+)?", re.IGNORECASE)
# a place named as the comparison: "puts the UK far ahead of the US" is not about the US
_COMPARED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|behind|than(?:\s+in)?|unlike|outpacing|compared\s+(?:with|to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RANKED_MEMBER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:largest|biggest|second-largest|third-largest|fourth-largest|"
    r"fifth-largest|top)\s+(?:economy|economies|member)\b",
    re.IGNORECASE,
)
# a conjunction after the figure that starts another event: "... to 13% comes after the
# European Central Bank heightened expectations" is not the ECB's rate
_LATER_EVENT = re.compile(r"\b(?:after|following|amid|because|since|as|while|whereas|when)\b", re.I)
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
    if _WHICH_BEFORE.search(text, max(0, start - 12), start) and "," in before:
        # the clause began inside ", which had been predicted by analysts, brought ...": the
        # relative clause speaks of something else
        before = before[before.index(",") + 1 :]
    main_clause = fronted_rest(text, draft.quantity)  # "At 54.1%, inflation in December ..."
    after = tail(text, draft.end if main_clause is None else main_clause)
    future, mention, period = _dated(ctx, draft, before, after)
    country = None if draft.indicator is Indicator.FX_RATE else _country(ctx, draft)
    if mention is not None:
        period = in_fiscal_years(ctx, mention, period, country or ctx.country, future=future)
    if draft.indicator is Indicator.INFLATION:
        period = quarter_of_month(period, country or ctx.country)
    if future and draft.secondary and period.end < ctx.published:
        future = False  # "from 6.7% in 2023": the starting point is an outcome
    future = _horizon_by_period(ctx, draft, period, future=future)
    change_only = draft.change is not None and draft.value == draft.change.value
    # "stood at 7.73%, up 0.29 points on the previous month": the words after the change
    # measure the change, so the level's measure is read up to its own clause end
    own_after = after if draft.end <= draft.quantity.per_end else tail(text, draft.quantity.per_end)
    own_after += _comparison_after(text, draft.quantity.per_end + len(own_after))
    bracket = _BRACKETED.match(text, draft.quantity.per_end)  # "0.18 percent (mtm)"
    if bracket is not None:
        own_after = " " + bracket["words"] + " " + own_after
    measure = claim_measure(
        draft.indicator,
        _with_carried_word(ctx, draft, before),
        own_after,
        mention,
        period,
        future=future,
        is_change_only=change_only,
    )
    if country == "USA" and _is_us_annual_rate(draft, measure, period, before + " " + own_after):
        measure = Measure.ANNUALIZED
    if measure is Measure.UNSPECIFIED:
        measure = measure_from_base(ctx, draft, period)
    period = _dec_dec_year(measure, period)
    stored = draft.movement * (-1 if draft.flip else 1)
    rest = _clause_rest(ctx, draft.end)
    # a record phrase before an earlier figure is that figure's: "a 20-year high of 61% in
    # March and stood at 40.5% in July"
    own = _record_start(ctx, draft, start)
    record, since = (
        (None, None)
        if draft.secondary
        else mod.superlative(
            text[own : draft.end] + rest,
            ctx.published,
            draft.movement,
            max(0, draft.quantity.start - own),
            flip=draft.flip,
            counted_from=_counted_from(period, ctx.published, future=future),
        )
    )
    flip_record = draft.flip or (draft.base == "USD" and _FOR_LOCAL.search(rest) is not None)
    if record is not None and flip_record:
        record = _FLIP[record]
    attributed = attribution(text, draft.anchor, draft.end)
    forecaster = _forecaster(ctx, draft, country, attributed) if future else None
    owner = _possessive_forecaster(ctx, draft) if future else None
    if owner is not None:  # "the World Bank's early April prediction of 1.8%"
        forecaster, attributed = owner
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
        unit=draft.unit,
        period=period,
        published=ctx.published,
        measure=measure,
        measure_stated=names_measure(draft.indicator, before, after),
        horizon=Horizon.FORECAST if future else Horizon.ACTUAL,
        basket=mod.basket(before) if draft.indicator is Indicator.INFLATION else None,
        country=country,
        base=draft.base,
        quote=draft.quote,
        value_max=draft.value_max,
        change=draft.change,
        qualifier=mod.qualifier(text, _own_start(text, draft), draft.quantity.num_end, stored),
        superlative=record,
        superlative_since=since if record is not None else None,
        forecaster=forecaster,
        # a forecast is its forecaster's claim unless the article credits it to someone else
        attributed_to=attributed or forecaster,
        hedged=mod.is_hedged(before, attributed),
    )


# ", compared with the previous quarter" after a figure's clause still measures the figure
_COMPARISON_CLAUSE = re.compile(
    r"\s*,\s*(?:as\s+)?(?:compared|relative|versus|from\s+a\s+year|year[- ]on[- ]year|"
    r"month[- ]on[- ]month|quarter[- ]on[- ]quarter|on\s+an?\s+(?:yearly|monthly|quarterly|annual)"
    r"\s+basis|in\s+(?:annual|monthly|quarterly)\s+terms)[^,;.]*",
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
    """Return the year of "ending December at 3.7%": December on December is the year's."""
    if measure is Measure.DEC_DEC and period.start.month == 12 and period.start.day == 1:
        return Period(start=period.start.replace(month=1), end=period.end)
    return period


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
    """Return ", compared with the previous quarter" right after a figure's clause, or ""."""
    match = _COMPARISON_CLAUSE.match(text, pos)
    return "" if match is None else " " + match.group()


# a past move in a forecast sentence: "is on track to slow to 1.9% after expanding 8.8% last
# year", "after contracting by 2.3% last year"
_AFTER_PAST_MOVE = re.compile(
    r"\b(?:after|following)\s+(?:an?\s+)?(?:expanding|growing|contracting|shrinking|rising|"
    r"falling|declining|slowing|accelerating|expansion|growth|contraction|decline)\s+"
    r"(?:(?:of|by)\s+)?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


# an outcome named in a forecast sentence: "from October's 41-year high of 11.1%", "last year's
# 2.5%", "a revised 4.6% rise"
_PAST_OWNER = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|last\s+(?:year|month|quarter))['’]s\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"|\b(?:a|an|the)\s+(?:downwardly\s+|upwardly\s+)?revised\s+)$",
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
    window = max(0, start - 40)
    if (
        future
        and period.end < ctx.published
        and (
            _AFTER_PAST_MOVE.search(ctx.text, window, start)
            or _PAST_OWNER.search(ctx.text, window, start)
        )
    ):
        return False
    return future


def _is_from(text: str, draft: Draft) -> bool:
    """Return True for the starting figure of a move ("to 5.8% this year from 6.7% in 2023")."""
    quantity = draft.quantity
    if quantity.from_value is not None or quantity.value_max is not None:
        return False  # "from 21% to 19% in December": the destination; "ranged from 3.1% to
        # 3.6%": a range
    if _FORECAST_NEXT.match(text, quantity.per_end):
        return False  # "compared to 0.3% expected before": an earlier forecast, not an outcome
    window = max(0, quantity.start - 40)
    return _BASE_BEFORE.search(text, window, quantity.start) is not None


# The end of a quotation: its words ("we think rates should rise") are not the narrator's
_QUOTE_CLOSED = re.compile(r"”|[,.!?]['\"](?=\s)")


def _own_clause(before: str) -> str:
    """Return the words before a figure from the relative clause that holds it, if any.

    "... said it would meet to consider the key rate, which was hiked to 8.5% in July": the
    "would" of the main clause does not make the July figure a forecast; nor does a closed
    quotation before the figure.
    """
    if "”" in before or '"' in before or "'" in before:
        quoted = max((m.end() for m in _QUOTE_CLOSED.finditer(before)), default=0)
        before = before[quoted:]  # '"... should continue," he said after policymakers raised'
    relative = _RELATIVE_OPEN.search(before)
    if relative is not None:
        return before[relative.start() :]
    # "The cut, which had been predicted by analysts, brought the rate down to 4.25%": a closed
    # relative clause before the figure speaks of something else
    return _RELATIVE_CLOSED.sub(",", before)


def _own_start(text: str, draft: Draft) -> int:
    """Return where the claim's own number starts: in "from 9.1% to under 3%", the "3"."""
    quantity = draft.quantity
    if quantity.from_value is None:
        return quantity.start
    at = text.rfind(quantity.text, quantity.start, quantity.per_end)
    return at if at > quantity.start else quantity.start


def _after_window(after: str) -> str:
    """Return the words after a figure that can make it a forecast: the first
    ``_FORECAST_AFTER`` characters, with a phrase that says the opposite kept whole even when it
    runs past them ("the 0.4% rate seen in the previous quarter" is no "seen" forecast)."""
    window = after[:_FORECAST_AFTER]
    for match in p.FORECAST_RE.finditer(after, 0, _FORECAST_AFTER + 40):
        if match.start() >= _FORECAST_AFTER:
            break
        if match.group("no"):
            window = after[: max(_FORECAST_AFTER, match.end())]
    predicate = _FORECAST_PREDICATE.match(after)
    if predicate is not None:  # "a 75 basis point rate hike by the Fed is likely"
        window = after[: max(len(window), predicate.end())]
    return window


# The figure's noun phrase is the subject of a forecast predicate, in the same clause
_FORECAST_PREDICATE = re.compile(
    r"[^,;:.%\d()]{0,60}?\b(?:is|are|was|were|seems?|looks?)\s+(?:also\s+|now\s+|still\s+|widely\s+)?"
    r"(?:likely|expected|forecast|projected|anticipated|predicted|set\s+to|poised\s+to|seen)\b",
    re.IGNORECASE,
)


# an estimate of an outcome already past, a forecast of a past period: "likely grew",
# "probably rose", "may have shrunk"
_HEDGED_PAST = re.compile(
    r"\b(?:likely|probably|possibly|(?:may|might|could|should|will)\s+have)\s+(?:\w+ly\s+)?"
    r"(?:grew|expanded|rose|fell|contracted|shrank|shrunk|increased|decreased|declined|slowed|"
    r"accelerated|eased|climbed|dropped|jumped|grown|risen|fallen)\b",
    re.IGNORECASE,
)


_WHEN_BREAK = re.compile(r",\s+when\b", re.IGNORECASE)


def _record_start(ctx: SentenceContext, draft: Draft, start: int) -> int:
    """Return where a record phrase for the figure may start: after any earlier figure of its
    clause, and after a "when" that opens the figure's own clause ("the highest since March
    2023, when it stood at 12.5%": the record is not 12.5's)."""
    own = max(
        (q.end for q in ctx.quantities if start <= q.start and q.end <= draft.quantity.start),
        default=start,
    )
    when = _WHEN_BREAK.search(ctx.text, own, draft.quantity.start)
    return own if when is None else when.end()


# a poll's figure named without a forecast verb: "A Reuters poll had pointed to growth of 0.3%"
_POLL_POINTED = re.compile(
    r"\b(?:poll|survey|consensus|economists|analysts|forecasters)\b[^.;]{0,40}?"
    r"\b(?:had\s+)?(?:pointed\s+to|called\s+for|looked\s+for|pencil+ed\s+in)\b",
    re.IGNORECASE,
)
# a forecaster's own estimate: "while the European Commission estimates a 3.3% growth"
_ESTIMATES_GAP = re.compile(
    r"\s+(?:\w+ly\s+)?(?:estimates|estimated|puts|pegs|pegged|sees)\b[^.;%\d]{0,40}$",
    re.IGNORECASE,
)


def _estimated_by_forecaster(ctx: SentenceContext, draft: Draft) -> bool:
    """Return True for a figure a named forecaster "estimates": its forecast."""
    start = draft.quantity.start
    return any(
        e.forecaster is not None
        and e.is_specific
        and 0 < start - e.end <= 60
        and _ESTIMATES_GAP.fullmatch(ctx.text, e.end, start) is not None
        for e in ctx.entities
    )


def _dated(
    ctx: SentenceContext, draft: Draft, before: str, after: str
) -> tuple[bool, PeriodMention | None, Period]:
    """Return (is a forecast, the time expression, the period) of a claim."""
    text = ctx.text
    window = _own_clause(before) + " " + _after_window(after)
    in_effect = _IN_EFFECT.search(text) is not None  # a decision dated when it takes effect
    hedged_past = _HEDGED_PAST.search(window) is not None
    stated = mod.is_forecast(window) or hedged_past or _POLL_POINTED.search(window) is not None
    estimated = not stated and _estimated_by_forecaster(ctx, draft)
    future = (stated or estimated) and not in_effect
    if future and draft.indicator is Indicator.POLICY_RATE and _is_decision(ctx, draft, before):
        future = False  # "the RBI announced that the repo rate will remain at 6.5%": a decision
    ahead = future and mod.looks_ahead(window)
    mention = pick_period(ctx, draft, future=ahead)
    if estimated and mention is not None and mention.past.end < ctx.published:
        future = ahead = False  # "estimates that GDP grew by 4.1% in 2024": an outcome
        mention = pick_period(ctx, draft, future=False)
    if ahead and mention is not None and _pending_release(draft, mention, ctx.published):
        ahead = False  # "expect inflation to decelerate to 22.8% in January", early February
    if ahead and hedged_past:
        ahead = False  # "the economy likely grew 1.15% in August": an estimate of a past month
    if mention is not None and not future and not in_effect and _is_later(mention, ctx.published):
        future = ahead = True
    period = claim_period(ctx, draft, mention, future=ahead, draft_is_forecast=future)
    if future and not ahead and mention is not None and _is_stale(mention, ctx.published):
        # "raised its growth forecast for the second quarter to 0.3%" in March: the coming
        # second quarter, not last year's
        period = claim_period(ctx, draft, mention, future=True, draft_is_forecast=True)
    if future and _is_from(text, draft):
        past = claim_period(ctx, draft, mention, future=False)
        if past.end < ctx.published:  # "to 5.8% this year from 6.7% in 2023": an outcome
            future, period = False, past
    if not future and _unreleased_month(ctx, draft, mention, period):
        period = Period(start=dates.add_months(period.start, -12), end=_year_before(period.end))
    return future, mention, period


def _unreleased_month(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention | None, period: Period
) -> bool:
    """Return True for an outcome dated by a bare month name that is still running at
    publication, well before its end: "inflation peaked at 85.5% in October" on 3 October is
    last October's figure, since no month's inflation is out before its last days."""
    return (
        draft.indicator in (Indicator.INFLATION, Indicator.GDP_GROWTH)
        and mention is not None
        and mention.kind is PeriodKind.MONTH
        and period.start <= ctx.published
        and (period.end - ctx.published).days > _FLASH_DAYS
        and not _YEAR_DIGITS.search(ctx.text, mention.start, mention.end)
    )


# Flash estimates come out in a month's last days (Germany's CPI on the 30th, the euro area's on
# the last working day): a month within this many days of its end may already have its figure.
_FLASH_DAYS = 5


_YEAR_DIGITS = re.compile(r"\d{4}|'\d\d")


def _year_before(day: dt.date) -> dt.date:
    """Return the last day of the same month a year earlier (for a month's end)."""
    return dates.add_months(day.replace(day=1), -11) - dt.timedelta(days=1)


_STALE = dt.timedelta(days=180)


def _counted_from(period: Period, published: dt.date, *, future: bool) -> dt.date | None:
    """Return the day "a 22-year high" counts back from: the start of a recent past period
    ("a 22-year high of 54.1% in December" counts from December), else publication."""
    if future or period.end < published - _RECENT:
        return None
    return min(period.start, published)


_RECENT = dt.timedelta(days=400)


# How long after a month or a quarter its inflation or GDP figure may still be awaited
_PENDING = {PeriodKind.MONTH: dt.timedelta(days=25), PeriodKind.QUARTER: dt.timedelta(days=80)}


def _pending_release(draft: Draft, mention: PeriodMention, published: dt.date) -> bool:
    """Return True for a forecast of a month or quarter just over whose figure is not yet out:
    the poll before a release, not the same month a year ahead."""
    wait = _PENDING.get(mention.kind)
    if wait is None or draft.indicator not in (Indicator.INFLATION, Indicator.GDP_GROWTH):
        return False
    return mention.past != mention.future and 0 <= (published - mention.past.end).days <= wait.days


def _is_stale(mention: PeriodMention, published: dt.date) -> bool:
    """Return True when a forecast's past reading is long over but its future one is ahead."""
    return mention.past.end < published - _STALE and mention.future.start > published


def _is_later(mention: PeriodMention, published: dt.date) -> bool:
    """Return True when a period lies after publication (a rate "set for Tuesday" is not)."""
    if mention.kind is PeriodKind.DAY:
        return mention.past.start > published + dt.timedelta(days=3)
    return mention.past.start > published


# Where a record phrase stops applying to a number: the clause breaks, except an apposition
# ("at 15%—the highest level since 2006") and a relative clause ("below 62%, which marked the
# lowest level since October"), which describe the figure itself.
_RECORD_BREAK = re.compile(
    r"(?=[;:\s(),bwa—–-])(?:;|:\s|\(|\)|,\s+(?:but|while|whereas|although|though|and|as|after|"
    r"when|even\s+as|who|where|with(?!\s+effect))\b|\b(?:but|while|whereas|although)\b|"
    r"(?:\s[—–-]|—)(?!\s*(?:the|its|a|an|which|marking)\b))",
    re.IGNORECASE,
)
# "7.02 yuan per dollar, the strongest level for the Chinese currency since May": the record
# is the local currency's, whatever the sentence's subject
_FOR_LOCAL = re.compile(r"\bfor\s+the\s+(?:[A-Z]\w+\s+)?(?:currency|unit)\b")
_RECORD_REACH = 140


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
    ]
    stop = min([*later, end + _RECORD_REACH])
    rest = ctx.text[end:stop]
    brk = _RECORD_BREAK.search(rest)
    return rest if brk is None else rest[: brk.start()]


def claim_id(published: dt.date, start: int, indicator: Indicator, surface: str) -> str:
    """Return a stable id: the first 12 hex digits of a SHA-1 of date, offset and surface.

    >>> claim_id(dt.date(2024, 11, 5), 10, Indicator.INFLATION, "19%")
    '2b1d2d364422'
    """
    key = f"{published.isoformat()}|{start}|{indicator.value}|{surface}"
    return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _is_world(ctx: SentenceContext, draft: Draft) -> bool:
    """Return True for a figure of the world economy: "global growth of 3.2%", or any figure
    of a sentence opened by "Globally," that names no place."""
    if _WORLD_BEFORE.search(ctx.text, max(0, draft.anchor - 40), draft.anchor):
        return True
    return _WORLD_OPENER.match(ctx.text) is not None and not any(e.country for e in ctx.entities)


def _country(ctx: SentenceContext, draft: Draft) -> str | None:
    text = ctx.text
    if _is_world(ctx, draft):
        return WORLD
    best: tuple[float, str] | None = None
    clause = clause_start(text, draft.anchor)
    # "After the invasion of Ukraine on Feb. 24, the central bank hiked its key rate":
    # with a bank of no named country as the subject, a place in an earlier clause is not it
    banks = [
        e.start
        for e in ctx.entities
        if e.country is None and e.forecaster == "central bank" and clause <= e.start < draft.end
    ]
    # ...an introductory phrase ends at the comma before the bank
    before_bank = max(clause, text.rfind(",", 0, banks[0])) if banks else -1
    for entity in ctx.entities:
        if entity.country is None or _inside_currency(ctx, entity.start, entity.end):
            continue
        if entity.end <= before_bank and not _LOCATIVE.fullmatch(text, clause, entity.start):
            continue  # ... unless it sets the scene: "In Turkey, the central bank ..."
        distance = _entity_distance(text, draft, entity)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, entity.country)
    if best is not None and best[0] < 250:
        return best[1]
    return _unnamed_country(ctx)


def _entity_distance(text: str, draft: Draft, entity: Entity) -> float | None:
    """Return how far a named place is from the claim, weighted (a place after the figure
    counts half again), or None when it cannot be the claim's subject."""
    if _COMPARED_BEFORE.search(text, max(0, entity.start - 24), entity.start):
        return None
    if _RANKED_MEMBER.match(text, entity.end):
        return None  # "the euro zone's third largest economy" is a member, not the zone
    if entity.end <= draft.anchor:
        return float(draft.anchor - entity.end)
    if entity.start < draft.end:
        return 0.0
    if clause_start(text, entity.start) > draft.end:
        return None  # a place in a later clause ("..., after the invasion of Ukraine")
    if _LATER_EVENT.search(text, draft.end, entity.start):
        return None
    return (entity.start - draft.end) * 1.5 + 10


def _unnamed_country(ctx: SentenceContext) -> str | None:
    """Return the country of a claim whose sentence names no place: an institution's ("the
    Selic"), else the paragraph's or article's, else a weakly implied one ("the key rate")."""
    implied = implied_country(ctx.text)
    if implied == EURO_AREA and ctx.country not in (None, EURO_AREA) and ctx.home_currency == "EUR":
        return ctx.country  # Eurostat's harmonised index of a member: Spain's HICP is Spain's
    return implied or ctx.country or implied_country(ctx.text, weak=True)


def _inside_currency(ctx: SentenceContext, start: int, end: int) -> bool:
    return any(m.start <= start and end <= m.end for m in ctx.currencies)


# "<forecaster>'s [early April] prediction of", "the IMF's revised forecast at"
_POSSESSIVE_FORECAST = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:predictions?|forecasts?|projections?|estimates?|outlook)"
    r"\s+(?:of|at|for|to)\s+(?:about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


def _bank_named(forecaster: str, country: str | None) -> str:
    """Return a forecaster's name, a generic "central bank" as the country's bank."""
    return central_bank_name(country) if forecaster == "central bank" else forecaster


def _possessive_forecaster(ctx: SentenceContext, draft: Draft) -> tuple[str, str] | None:
    """Return (forecaster, name as written) for a figure introduced as a forecaster's own:
    "the World Bank's early April prediction of 1.8%" is the World Bank's, whoever else the
    sentence names."""
    start = draft.quantity.start
    for entity in ctx.entities:
        if entity.forecaster is None or not 0 < start - entity.end <= 60:
            continue
        if _POSSESSIVE_FORECAST.fullmatch(ctx.text, entity.end, start):
            return _bank_named(entity.forecaster, entity.country), ctx.text[
                entity.start : entity.end
            ]
    return None


_TARGET_OF = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:target|targets|goal|goals|mandate|tolerance)\b", re.I
)


def _forecaster(
    ctx: SentenceContext, draft: Draft, country: str | None, attributed: str | None
) -> str | None:
    """Return who made the forecast: an institution in the attribution, else the nearest."""
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
    return ctx.carried_forecaster if best is None else best[1]
