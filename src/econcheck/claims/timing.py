"""Which time expression a claim refers to, and the period it gives.

The nearest time expression wins, preferring one right after the number ("8.5% in
October"), with these exceptions: an expression that belongs to another number ("2.5% in
2024, 2.2% in 2025") is a fallback only, and never when that number is a "from" figure;
a comparison base ("from the previous quarter") is no period; an expression in a later
clause, or inside a record phrase ("the highest since 2022"), is skipped; "since X" after a
level ("held at 5.25%, where it has been since August") describes its duration, unless it
follows the policy rate's figure directly ("kept steady at 50% since March": the span).
Monthly and annual figures ignore days and weeks (a release date is not their period),
except a date given "as of", which dates the measurement ("15.5% as of July 15").
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims.context import Draft, SentenceContext, clause_start
from econcheck.claims.patterns import MARKET_SESSION, CueKind
from econcheck.claims.period_rules import PeriodKind
from econcheck.claims.periods import SINCE_CLAUSE, PeriodMention, aside_spans
from econcheck.claims.quantities import QKind, Quantity
from econcheck.claims.release_periods import (
    RELEASED,
)
from econcheck.models import Indicator, Period

_RECORD_BEFORE = re.compile(
    # "Europe's largest economy eased in March" is an epithet, not a record
    r"\b(?!(?:largest|biggest)\s+(?:economy|economies|exporter|importer|producer|lender|bank|"
    r"market|city|country|emerging)\b)"
    r"(?:highest|lowest|strongest|weakest|record|fastest|slowest|deepest|smallest|biggest|"
    r"largest|high|low|most|first\s+time|"
    r"first\s+(?:rise|hike|increase|cut|reduction|decline|fall|drop|contraction|expansion|"
    # ("its lowest level against the dollar since March 2009")
    r"move|change))\b[^.;,]{0,45}$"
    # "its worst economic crisis since independence in 1980" (but "its worst performance in a
    # decade during the third quarter" dates the figure)
    r"|\b(?:worst|best)\b[^.;,]{0,40}\bsince\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
# "will reduce its rate ... to 8.9% from 1 January": the day the new level applies
APPLIES_FROM = re.compile(r"\bto\s+\d+(?:\.\d+)?\s?%\s+(?:from|starting(?:\s+on)?)\s+$", re.I)
_COMPARISON_BEFORE = re.compile(
    r"(?<!effect\s)(?<!effective\s)\b(?:from|compared\s+with|compared\s+to|than|versus|vs\.?|against|"
    r"matching|in\s+line\s+with|unchanged\s+from|(?:the\s+)?same\s+as|"
    r"in\s+comparison\s+(?:with|to)|with\s+respect\s+to|relative\s+to)\s+"
    r"(?:the\s+(?:same|corresponding)\s+(?:period|month|quarter)\s+(?:of|in|last)\s+)?$",
    re.IGNORECASE,
)
# A month that dates a forecast or report, not the figure: "from 1.7% forecast in April",
# "up from a forecast of 3.2% in August", "in its July World Economic Outlook".
_VINTAGE_BEFORE = re.compile(
    r"\b(?:forecasts?|forecasted|projections?|projected|predicted|estimated|estimates?|"
    r"outlooks?|reports?|surveys?|polls?|(?<=%\s)seen|(?<=cent\s)seen)\s+"
    r"(?:(?:of|at)\s+(?:about\s+)?"
    r"[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:made\s+|published\s+|issued\s+)?in\s+$",
    re.IGNORECASE,
)
_VINTAGE_AFTER = re.compile(
    # "April's estimates of 2.4 per cent and 2.8 per cent"
    r"(?:['’]s)?\s+(?:(?:World\s+)?Economic\s+Outlook|(?:inflation|monetary\s+policy)\s+report|"
    r"report\b|forecasts?|projections?|estimates?|outlook|survey|poll|update)\b"
    # "The BoT in March sharply downgraded its forecast": when the forecast was made
    r"|\s+(?:\w+ly\s+)?(?:downgraded|upgraded|raised|cut|lowered|revised|trimmed|lifted)\s+"
    r"(?:its|their|the)\s+(?:\w+\s+){0,3}?(?:forecasts?|projections?|outlook|estimates?)\b"
    # "In July, the Bank of Korea slashed its growth estimate": the month of the revision
    # "In August, ČNB estimated inflation would be 16.5%", "In August, it estimated"
    r"|,\s+(?:(?:the\s+)?(?:[^\W\d_a-z][\w'’.-]*\s+(?:of\s+)?){1,5}|it\s+|they\s+|the\s+(?:central\s+)?"
    r"bank\s+|the\s+government\s+|the\s+ministry\s+)(?:had\s+)?(?:estimated|forecast|projected|"
    r"predicted|expected|saw)\b"
    r"|,\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){1,5}(?:\w+ly\s+)?(?:downgraded|upgraded|"
    r"raised|cut|slashed|lowered|revised|trimmed|lifted)\s+(?:its|their|the)\s+(?:\w+\s+){0,3}?"
    r"(?:forecasts?|projections?|outlook|estimates?)\b"
    # "Last month Turkey's central bank revised its year-end inflation forecast"
    r"|,?\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*\s+(?:[\w'’.-]+\s+){0,4}?(?:\w+ly\s+)?(?:downgraded|"
    r"upgraded|raised|cut|slashed|lowered|revised|trimmed|lifted)\s+(?:up\s+|down\s+)?"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|projections?|outlook|estimates?)\b",
    re.IGNORECASE,
)
_DASH_TO_FIGURE = re.compile(r"\s*[–—]\s*")
_THAN_THEN = re.compile(
    r"\bthan\s+(?:in\s+|during\s+|for\s+|(?:its|the|their|a)\s+(?:previous\s+|prior\s+)?"
    r"(?:close|closing|level|finish|fix|fixing|settlement|reading|rate)(?:\s+(?:of|at|in))?\s+)?$",
    re.IGNORECASE,
)
_AT_FIGURE = re.compile(r"\s+(?:(?:seen|forecast|expected|projected)\s+)?at\s+", re.IGNORECASE)
_YEAR_FORECAST_TO = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|projections?|estimates?|outlook|target)\s+"
    r"(?:to|at|of)\s+(?:about\s+|around\s+)?",
    re.IGNORECASE,
)
# a span just past, right after a forecast verb, dates the forecast, not its target
_PAST_SPAN = re.compile(
    r"(?i:last\s+(?:week|month|quarter)|(?:a|one|two|three|\d+)\s+(?:weeks?|months?)\s+ago)"
)
_FORECAST_VERB_BEFORE = re.compile(
    r"\b(?:anticipated|expected|forecast|forecasted|projected|predicted|estimated|seen)\s+$",
    re.IGNORECASE,
)
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:polls?|surveys?|forecasts?|reports?|projections?|outlook|estimates?|"
    # "Official statistics released earlier in September showed annual inflation at 80.21%"
    r"statistics|data|figures)\s+"
    r"(?:published|released|conducted|taken|issued|made)\s+(?:(?:earlier|early|late)\s+)?"
    r"(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_PREDICTION_AFTER = re.compile(r"\s+(?:predictions?|prognosis|assessment)\b", re.IGNORECASE)
# "decreased to 2.4% (HICP: 2.6%) in 2012": a bracket closed before the time expression, for
# the figure before it and the figure inside it
_ASIDE_THEN = re.compile(
    # ("grew by 2.28% (year-on-year), in real terms, in the third quarter": commas around)
    r"(?:\s*\([^()]{1,40}\)|[^()]{0,40}\))"
    r"(?:\s*,?\s+(?:in\s+real\s+terms|on\s+an?\s+\w+\s+basis))?"
    r"\s*,?\s*(?:(?:in|for|during|on|over)\s+)?(?:the\s+)?"
)
# "grew by 1.2% on a seasonally adjusted basis - during the second quarter": a dash before
# the time expression does not start another clause
_DASH_THEN = re.compile(r"[^.;()\d%]{0,60}?\s[-–—]\s(?:in|during|for|over)\s+(?:the\s+)?", re.I)
_NOW = re.compile(r"(?i:now|today|currently|at\s+present)")
# "2.5% in 2024", "a 0.08% drop in December": the time expression a figure owns
_OWNED_GAP = re.compile(
    r"(?:[:/]\s?\$\s?1\b)?"  # "50.1:$1 in mid-February", "N400/$1 last Friday"
    # "the 0.6% year-on-year growth recorded in September"
    r"(?:\s+(?:year-on-year|year-over-year|annual|annuali[sz]ed|monthly|quarterly|on-year))?"
    r"\s*(?:(?:rise|increase|gain|growth|expansion|jump|drop|decline|fall|decrease|contraction|"
    r"close|closing|finish)\s+)?(?:(?:recorded|registered|posted|seen|reported|logged|set)\s+)?"
    r"(?:by\s+the\s+(?:central\s+)?bank\s+)?"  # "the 4.50% set by the central bank last year"
    rf"{MARKET_SESSION}?"  # "from 93.53 in New York on Friday"
    # "¥151.85 at the same time Wednesday"
    r"(?:(?:in|for|during|on|at|over|through|by|of)\s+)?(?:the\s+)?(?:same\s+time\s+(?:on\s+)?)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?)?"  # "at 5 p.m. Wednesday"
    r"(?:(?:late|early|earlier|later)\s+(?:on\s+)?)?",  # "from 14.3 late on Tuesday"
    re.IGNORECASE,
)
_REPORTED_NOW = re.compile(
    r"\b(?:said|says|reported|reports|announced|showed|shows|noted|added|told)\b[^,.;]{0,30}$",
    re.IGNORECASE,
)
# A figure given for comparison: its time expression is never another figure's
COMPARED_FIGURE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than|after|against)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:over|above|under|below|about|around|nearly|almost|more\s+than|less\s+than)\s+)?$"
    r"|\bafter\s+(?:falling|rising|dropping|declining|gaining|climbing|increasing|decreasing|"
    r"growing|shrinking|contracting|expanding|easing|slowing|accelerating)\s+(?:by\s+)?$"
    r"|\b(?:from|against)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w’']+\s+){0,2}?close\s+of\s+$",
    re.IGNORECASE,
)
_LINKED = re.compile(r"\s(?:until|till|through|to)\s", re.IGNORECASE)  # "from 2016 until March"
# "the previous close of 281.05", "its Tuesday's close of 64.39": a time that dates the figure after
_OF_FIGURE = re.compile(
    r"(?:['’]s)?\s*(?:(?:reference|official|parity|midpoint|mid-point)\s+(?=rate))?"
    r"(?:(?:close|closing|level|rate|finish|fix|fixing)\s+)?of\s+"
    r"(?=[\d$€£¥₹₽]|(?-i:N|LL|Rp|R|P)\d)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\s")
# "compared to the first quarter of 2024, when the economy grew 1%": the time dates the figure
_WHEN_CLAUSE = re.compile(r",?\s+(?:when|during\s+which)\s+[^\d.;,%]{0,60}", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)
# Indicators published for a period (a month, a quarter): a sentence referring back to such
# a figure speaks of the same period. A rate's level is of the day it is quoted.
_OWNED_PENALTY = 80.0
_CLAUSE_PENALTY = 60.0


def pick_period(ctx: SentenceContext, draft: Draft, *, future: bool) -> PeriodMention | None:
    """Return the time expression the claim refers to, or None."""
    best: tuple[float, PeriodMention] | None = None
    for mention in ctx.periods:
        distance = _distance(ctx, draft, mention, future=future)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, mention)
    return None if best is None else best[1]


# A time expression after the figure that dates another event: "after peaking in October",
# "before falling in May", "since hitting a record in 2022"
_GERUND_CLAUSE = re.compile(
    r"\b(?:after|before|since|following)\s+(?:\w+ly\s+)?\w{3,}ing\b"
    # "reduced rates by a quarter point, following a cut of the same size ... in September"
    r"|\b(?:following|after)\s+(?:a|an|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:cut|hike|increase|reduction|rise|move|decision)\b",
    re.IGNORECASE,
)

# ...or the time of the next figure, put before it: "grew by 0.4 percent and in the second
# quarter, by a revised 0.8 percent"
_AND_THEN_TIME = re.compile(r"\band\s+(?:in|during|for|on)\s+(?:the\s+)?$", re.IGNORECASE)

# ...or an aside after a comma: a participle clause of an earlier event ("hit a record low of
# 34.95, having lost 15% so far in 2024") or a noun phrase counting the moves ("cut to 8%,
# its third cut this year")
_AFTERTHOUGHT = re.compile(
    r",\s+(?:having\s+(?:\w+ly\s+)?\w+|(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:cut|hike|increase|reduction|rise|move|decline|fall|drop|gain|loss|decision|easing|"
    r"tightening)s?\b"
    # "to close at 1,184.46 a dollar, taking its gain for the week to 0.7 percent"
    r"|(?:taking|bringing|extending|pushing|trimming|paring|cutting)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:gains?|loss(?:es)?|declines?|rises?|falls?|drops?|advances?|slides?)\b)"
    r"[^,;]*$",
    re.IGNORECASE,
)

# ...or a past event told in a relative clause: "a brief easing cycle that it launched late last
# year", "the rally which began in March"
_RELATIVE_EVENT = re.compile(
    r"\b(?:that|which)\s+(?:it|they|the\s+\w+|\w+)?\s*(?:had\s+)?(?:launched|began|started|"
    r"introduced|ended|announced|adopted|unveiled|set\s+up|kicked\s+off)\b[^,;]*$",
    re.IGNORECASE,
)


def _dates_a_base_or_goal(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the base of a y/y ("rose 3.16 percent over the same period last year")
    or the year of a goal after the figure ("to 7.89%, above the government's 2014 target")."""
    text = ctx.text
    if _SAME_PERIOD_BASE.search(text, max(0, mention.start - 40), mention.start):
        return True
    if (
        _BASE_OVER.search(text, max(0, mention.start - 8), mention.start)
        and _PREVIOUS_UNIT.fullmatch(text, mention.start, mention.end)
        and not (_POSSESSIVE.match(text, mention.end) or _OF_FIGURE.match(text, mention.end))
    ):
        return True  # "rose 0.46 percent over the previous month": the base of a m/m change
    if _BASE_INTRO.search(text, max(0, mention.start - 30), mention.start) and not (
        # "compared with Friday's close of 129.10", "as against last close of 56.15",
        # "compared to September, when it reached 0.26%": a compared figure's own time
        _POSSESSIVE.match(text, mention.end)
        or _OF_FIGURE.match(text, mention.end)
        or _WHEN_CLAUSE.match(text, mention.end)
    ):
        return True  # "in relation to the first quarter of 2017, it grew 1.5%": the base
    return (
        mention.start >= draft.quantity.per_end and _GOAL_AFTER.match(text, mention.end) is not None
    )


# a year that names a goal or a plan after the figure: "the government's 2014 target"
_GOAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:targets?|goals?|objectives?|ceilings?|budgets?)\b", re.IGNORECASE
)

# the base of a year-on-year comparison: "over the same period last year"
_SAME_PERIOD_BASE = re.compile(
    r"\b(?:over|from|on|compared\s+(?:with|to)|versus|vs\.?|than|against)\s+the\s+same\s+"
    r"(?:period|month|quarter|time|months)\s+(?:of\s+|in\s+)?$"
    # "6.7 per cent higher than they were this time last year"
    r"|\bthan\s+(?:it\s+was|they\s+were)\s+(?:at\s+)?this\s+time\s+$",
    re.IGNORECASE,
)

_BASE_OVER = re.compile(r"\b(?:over|on|versus|vs\.?)\s+$", re.IGNORECASE)
_PREVIOUS_UNIT = re.compile(
    r"the\s+(?:previous|preceding|prior)\s+(?:month|quarter|year)", re.IGNORECASE
)

# ...or a period named as the comparison: "in relation to the first quarter of 2017",
# "compared with the previous quarter"
_BASE_INTRO = re.compile(
    r"\b(?:in\s+relation\s+to|relative\s+to|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    # "expected to grow 2 percent in 2009, slightly up on 2008": the year compared with
    r"as\s+against|(?:up|down)\s+(?:on|from)|(?:higher|lower)\s+than)\s+"
    # "an increase of 0.20% compared to the index of March 2021": the base month's index
    r"(?:the\s+(?:index|cpi|level|figure|reading)\s+(?:of|for)\s+)?$",
    re.IGNORECASE,
)

# ...or an earlier time the figure has moved on from
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b", re.IGNORECASE)

# ...or the evidence a forecast rests on
_BASED_ON = re.compile(
    r"\b(?:based\s+on|in\s+light\s+of|given|judging\s+by)\s+(?:the\s+|its\s+)?$", re.IGNORECASE
)

# ...or another event the figure's news "comes after"
_COMES_AFTER = re.compile(r"\b(?:comes?|came|coming)\s+(?:after|amid|as)\b", re.IGNORECASE)

# ...or dates the data a market reacted to: "rose 0.3% on Thursday ... in response to data
# indicating that first-quarter GDP grew", "fell after figures showing May inflation at 9%"
_REACTED_TO = re.compile(
    r"\b(?:in\s+response\s+to|after|following|on)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:data|figures|reports?|statistics|numbers)\s+(?:showing|indicating|suggesting|that)\b"
    # "dropped 0.6 cents to €1.2463 against the euro following June's official Consumer
    # Prices Index": the release a market move followed
    r"|\b(?:after|following)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _distance(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention, *, future: bool
) -> float | None:
    if not _usable(ctx, draft, mention, future=future):
        return None
    text = ctx.text
    start, end = draft.quantity.start, draft.quantity.per_end
    if mention.end <= start:
        if _SINCE_THEN.search(text, mention.end, start):
            return None  # "peaked at 9% in June and has since fallen back to 8.2%": now
        if any(a < mention.start and mention.end <= b <= start for a, b in aside_spans(text)):
            return None  # "The RBNZ, which forecast 3% in August, cut the rate to 2.5%"
        distance = _distance_before(text, draft, mention)
    elif mention.start >= end:
        if _dates_something_else(ctx, draft, mention):
            return None
        # (the figure's own noun is part of it: "a 2.8 percent rebound next year")
        noun = _FIGURE_NOUN.match(text, end, mention.start)
        if noun is not None and mention.start - noun.end() > _NOUN_TO_TIME:
            noun = None  # ("a 0.5 percent decline in real terms over a year earlier")
        distance = float(mention.start - (end if noun is None else noun.end()))
        if mention.start - end < 40 and _YEAR_TO_GAP.fullmatch(text, end, mention.start):
            distance = 0.0  # "rising to 2.7% in the year ending September": its own time
    else:
        return None
    if mention.start >= end and _OF_FIGURE.match(text, mention.end):
        return None  # "56.35, as against last close of 56.15": the close dates 56.15 only
    return _owned_distance(ctx, draft, mention, distance)


_NOUN_TO_TIME = 5  # (" in ", " for ")
_FIGURE_NOUN = re.compile(
    r"\s+(?:rebound|recovery|growth|expansion|contraction|decline|drop|fall|rise|increase|gain|"
    r"slump|jump)\b",
    re.IGNORECASE,
)


def _ytd_of_another(text: str, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for "Year-to-date inflation was 5.1% ..., while year-on-year inflation
    stood at 6.9%": the year to date of the first clause's figure."""
    return (
        mention.kind is PeriodKind.YTD  # (checked first: the rest is rarely needed)
        and mention.end <= draft.quantity.start
        and _NOUN_AFTER_YTD.match(text, mention.end) is not None
        and clause_start(text, draft.quantity.start) > mention.end
    )


# "year-to-date inflation": the time an adjective of one figure's noun
_NOUN_AFTER_YTD = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:inflation|growth|gains?|loss(?:es)?|declines?|rises?|falls?|change)\b",
    re.IGNORECASE,
)
_READING_WHICH = re.compile(
    r"(?:['’]s)?\s+(?:reading|figures?|data|report|release|print),?\s+(?:which|that)\s+"
    r"(?:showed|shows|had\s+shown)\b",
    re.IGNORECASE,
)
_YEAR_TO_GAP = re.compile(
    r"\s+(?:in|for|over)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+"
    r"(?:ending|ended|to|through)\s+(?:in\s+)?",
    re.IGNORECASE,
)


def _decision_day(draft: Draft, owner: Quantity, mention: PeriodMention) -> bool:
    """Return True for the day after a policy rate's earlier level: the decision's day."""
    return (
        draft.indicator is Indicator.POLICY_RATE
        and mention.kind is PeriodKind.DAY
        and draft.change is not None
        and draft.change.from_value == owner.value
        and owner.start > draft.quantity.start
    )


def _owned_distance(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention, distance: float
) -> float | None:
    """Return ``distance`` as the figure that owns the time expression makes it: its own
    figure's time is nearest, another figure's far or unusable."""
    end = draft.quantity.per_end
    owner = owning_figure(ctx, mention)
    if owner is draft.quantity and mention.start >= end:
        return min(distance, 1.0)  # the figure's own: "the 2.7 percent growth recorded in May"
    if (
        owner is not None
        and owner is not draft.quantity
        and not draft.start <= owner.start < draft.quantity.start
    ):
        # (a figure inside the claim, the move of "by 0.25% in April to 1%", dates it too)
        if listed_with_next(ctx, draft.quantity, mention):
            return distance  # "3 percent growth and 5 percent inflation next year"
        if _decision_day(draft, owner, mention):
            return distance  # "raised its rate to 15 percent from 9.5 percent on Sept. 9"
        if COMPARED_FIGURE.search(ctx.text, max(0, owner.start - 40), owner.start):
            return None
        if _is_level(draft) and _is_fx(draft) and _of_another_indicator(ctx, owner):
            # "core CPI rose 0.5 percent in January, ..., the dollar dropped to 115.56 yen":
            # another indicator's month, not the market's quote
            return None
        if _is_level(draft) and _runs_to_now(ctx, mention):
            # "at 15.2 per dollar, down 25% since January", "weakened 8% since the start of
            # the year to 505 per dollar": the change's span, the level is of its day
            return None
        distance += _OWNED_PENALTY
    return distance


_FOR_NEXT = re.compile(r"\bfor\s+(?:the\s+)?(?:next|coming|following)\b", re.IGNORECASE)
_DECIDED_BEFORE = re.compile(
    r"\b(?:raised|cut|lowered|reduced|increased|hiked|kept|held|left|maintained|set)\b",
    re.IGNORECASE,
)


def _is_fx(draft: Draft) -> bool:
    return draft.indicator is Indicator.FX_RATE


_INDICATOR_KINDS = (CueKind.INFLATION, CueKind.GDP, CueKind.POLICY)


def _of_another_indicator(ctx: SentenceContext, owner: Quantity) -> bool:
    """Return True for a percent named just after an inflation, GDP or policy-rate word."""
    return owner.kind is QKind.PERCENT and any(
        c.kind in _INDICATOR_KINDS and owner.start - 80 <= c.start < owner.start for c in ctx.cues
    )


_KEPT_UNTIL = re.compile(
    r"\b(?:maintain|keep|hold|leave|fix|peg|freeze)\w*\b[^.;]{0,40}?\b(?:until|till|through)\s+$",
    re.IGNORECASE,
)


def _holds_for(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the time a decided policy rate is to hold, after the figure."""
    text = ctx.text
    return (
        draft.indicator is Indicator.POLICY_RATE
        and mention.start >= draft.quantity.per_end
        and _FOR_NEXT.search(text, max(0, mention.start - 10), mention.end) is not None
        and _DECIDED_BEFORE.search(text, clause_start(text, draft.anchor), draft.quantity.start)
        is not None
    )


_AGO = re.compile(r"\bago$", re.IGNORECASE)
_VIEW_AFTER_NOW = re.compile(
    r"\s+(?:estimates?|estimating|sees|seeing|expects?|expecting|forecasts?|forecasting|"
    r"projects?|projecting|predicts?|predicting|puts|pegs)\b",
    re.IGNORECASE,
)
_WHERE_IT_STOOD = re.compile(
    r",\s*where\s+(?:it|they)\s+(?:had\s+|has\s+)?(?:stood|been|remained|held|sat)\s+(?:since\s+)?$",
    re.IGNORECASE,
)
_YEAR_OF_RECORD = re.compile(r"\s+(?:low|high|peak|trough|lows|highs)\b", re.IGNORECASE)
_FIRST_BEFORE = re.compile(r"\bfirst\b[^.;,]{0,60}$", re.IGNORECASE)
_RUNS_TO_NOW = frozenset({PeriodKind.SINCE, PeriodKind.YTD})


def _runs_to_now(ctx: SentenceContext, mention: PeriodMention) -> bool:
    """Return True for a span that runs to publication ("since January", "for the year")."""
    past = mention.past
    return mention.kind in _RUNS_TO_NOW or past.start < past.end == ctx.published


def _is_level(draft: Draft) -> bool:
    """Return True for a rate's level (not a change alone)."""
    return (
        draft.indicator in (Indicator.FX_RATE, Indicator.POLICY_RATE) and not draft.is_change_only
    )


def _dates_something_else(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True when a time expression after the figure belongs to something else."""
    text, end = ctx.text, draft.quantity.per_end
    if listed_with_next(ctx, draft.quantity, mention):
        return False  # "growth of 3 percent and inflation of 5 percent in 2008": both figures'
    aside = (
        _ASIDE_THEN.fullmatch(text, end, mention.start) is not None
        or _DASH_THEN.fullmatch(text, end, mention.start) is not None
    )
    if (
        clause_start(text, mention.start) > end
        and not aside
        # "in Tonga (9.4%), the Cook Islands (7.7%) and Fiji (4.2%) last year": one list
        and _BRACKETED_ITEMS.fullmatch(text, end, mention.start) is None
    ):
        return True  # a later clause speaks of something else
    if _other_indicator_between(ctx, draft, end, mention.start):
        return True  # "raised to 3.5% to cope with inflation ... in the first quarter"
    if _event_between(text, end, mention.start) or _next_figures_time(ctx, mention):
        return True
    if _SET_HINT.search(text, end, mention.start) and any(
        end <= q.start and _SET_AT.fullmatch(text, q.per_end, mention.start) for q in ctx.quantities
    ):
        return True  # "to 55.25, under the previous record low of 55.30 set in 1998": 55.30's
    if "since" in text and SINCE_CLAUSE.search(text, max(end, mention.start - 80), mention.start):
        return True  # "at $1.25, its highest since it touched $1.26 in March 2018": the clause's
    if not draft.is_change_only and _THAN_THEN.search(
        text, max(end, mention.start - 50), mention.start
    ):
        return True  # "faster than in the previous quarter", "weaker than its close on Monday"
    if _compared_level_time(ctx, draft, mention):
        return True
    # "between 4.0 and 4.8% based on the third quarter performance"
    return _BASED_ON.search(text, max(end, mention.start - 30), mention.start) is not None


_BRACKETED_ITEMS = re.compile(
    r"\)(?:\s*,?\s+(?:and\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"\s*\([^()]{1,25}\))+\s+(?:(?:in|for|during|over)\s+)?"
)


def _compared_level_time(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the time of a level the rate is compared with: "stood at 30.90, almost
    doubling the rate of 15.75 at the beginning of 2022", "at 83.2, up from 83.0 on Friday"."""
    if draft.indicator not in (Indicator.FX_RATE, Indicator.POLICY_RATE) or draft.is_change_only:
        return False
    if not _COMPARISON_HINT.search(ctx.text, draft.quantity.per_end, mention.start):
        return False  # (speed: no comparison word between)
    owner = owning_figure(ctx, mention)
    return (
        owner is not None
        and owner.start >= draft.quantity.per_end
        and _COMPARED_LEVEL.search(
            ctx.text, max(draft.quantity.per_end, owner.start - 45), owner.start
        )
        is not None
    )


_COMPARISON_HINT = re.compile(r"compar|versus|vs|against|than|doubl|tripl|halv|from", re.I)
_COMPARED_LEVEL = re.compile(
    r"\b(?:compared(?:\s+(?:with|to))?|versus|vs\.?|against|than|doubling|tripling|halving|"
    r"(?:up|down)\s+from)\b[^,;%\d]{0,30}$",
    re.IGNORECASE,
)


def _event_between(text: str, end: int, start: int) -> bool:
    """Return True when another event is told between a figure and a time after it."""
    return any(
        pattern.search(text, end, start) is not None
        for pattern in (
            _GERUND_CLAUSE,  # "dropped to 43.7% after peaking in October": the peak's month
            _AFTERTHOUGHT,  # "to 8%, its third cut this year": the year counts the moves
            _RELATIVE_EVENT,  # "to 43%, resuming a cycle that it launched late last year"
            _COMES_AFTER,  # "the decision ... to 13% comes after the ECB ... in July"
            _REACTED_TO,  # "rose 0.3% on Thursday ... in response to data indicating ..."
            _LAST_SEEN,  # "to 1.109 against the euro, a level last seen in early August"
        )
    )


# the time a level was last seen: the start of a record, not the figure's own time
_LAST_SEEN = re.compile(
    r"\b(?:(?:last|not)\s+(?:been\s+)?seen|(?:it|they)\s+last\s+(?:saw|hit|touched|reached))\s+"
    r"(?:since|in|on|at)?\s*$",
    re.IGNORECASE,
)
_SET_VERBS = r"(?:set|reached|hit|seen|recorded|touched|registered|posted|logged|struck)"
_SET_HINT = re.compile(rf"\b{_SET_VERBS}\s")
# a time a participle gives a figure: "the previous record low of 55.30 U.S. cents set in 1998"
_SET_AT = re.compile(
    r"(?:\s+(?:U\.?S\.?\s+)?cents)?,?\s+(?:(?:that\s+it|it)\s+)?"
    rf"{_SET_VERBS}\s+(?:back\s+)?(?:in|on|at)?\s*",
    re.IGNORECASE,
)


def _next_figures_time(ctx: SentenceContext, mention: PeriodMention) -> bool:
    """Return True for the time of the figure that follows it: "29.3 per dollar, in 2024 –
    30.5", "to 6.8% after the third quarter's 4.4%", "seen at 11.6%, 2024 at 5.7%", "0.4
    percent and in the second quarter, by a revised 0.8 percent"."""
    text = ctx.text
    if _AND_THEN_TIME.search(text, max(0, mention.start - 16), mention.start) and any(
        q.start > mention.end for q in ctx.quantities
    ):
        return True
    dash = (
        _DASH_TO_FIGURE.match(text, mention.end)
        or _POSSESSIVE.match(text, mention.end)
        or _AT_FIGURE.match(text, mention.end)
    )
    return dash is not None and any(q.start == dash.end() for q in ctx.quantities)


def _distance_before(text: str, draft: Draft, mention: PeriodMention) -> float:
    """Return the distance of a time expression before the figure (0 for a "when" clause)."""
    if (
        when_clause(text, mention, draft)
        or _YEAR_FORECAST_TO.fullmatch(text, mention.end, draft.quantity.start)
        or _DASH_TO_FIGURE.fullmatch(text, mention.end, draft.quantity.start)
    ):
        return 0.0  # "its 2024 GDP forecast to 3%", "in 2019 – 30.5": the figure's own time
    start = draft.quantity.start
    distance = float(start - mention.end) * 1.2
    if clause_start(text, start) > mention.end:
        distance += _CLAUSE_PENALTY
    return distance


def when_clause(text: str, mention: PeriodMention, draft: Draft) -> bool:
    """Return True for a figure in a "when" clause right after the time expression (its
    first number: "since January 2014, when rates were hiked by 25 bps to 8 percent")."""
    first = min(draft.start, draft.quantity.start)
    return _WHEN_CLAUSE.fullmatch(text, mention.end, first) is not None


def _dates_a_forecast(ctx: SentenceContext, mention: PeriodMention) -> bool:
    """Return True for a time expression that says when a forecast or report was made."""
    text = ctx.text
    vintage = _VINTAGE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if vintage is not None and vintage.group().lower().startswith("seen"):
        vintage = None if _month_of_monthly_readings(ctx, mention) else vintage
    if mention.kind in (PeriodKind.MONTH, PeriodKind.WEEK) and (
        vintage is not None
        or _VINTAGE_AFTER.match(text, mention.end)
        # "from its April prediction of 1.5%": when the earlier forecast was made
        or _PREDICTION_AFTER.match(text, mention.end)
    ):
        return True
    if _PUBLISHED_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True  # "A Reuters poll published last week predicted ...": the poll's date
    # "the 3.49% they had anticipated last month": when it was forecast
    return bool(
        _PAST_SPAN.fullmatch(text, mention.start, mention.end)
        and _FORECAST_VERB_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    )


# periods a forecast is made for
_YEARS = (PeriodKind.YEAR, PeriodKind.YEAR_END, PeriodKind.FISCAL, PeriodKind.YTD)


def _month_of_monthly_readings(ctx: SentenceContext, mention: PeriodMention) -> bool:
    """Return True when "the 5.3% seen in August" is August's reading: the sentence compares
    months ("September inflation would be faster than the 5.3% seen in August") and names no
    year a forecast could be for ("above the 4% seen in March" for growth this year)."""
    return (
        mention.kind is PeriodKind.MONTH
        and any(m.kind is PeriodKind.MONTH for m in ctx.periods if m.end <= mention.start)
        and not any(m.kind in _YEARS for m in ctx.periods)
    )


# a time expression heading an item of a dashed list: "on May 27, 2016 - from 19% to 18%"
# (at most two words before its figure: "- reduced to 13%", "– by 2.7%", not "- the lowest
# since 2009" or "- with the bank having set ...")
_DASH_AFTER = re.compile(r",?\s+[-–—]\s+(?=(?:[a-z]+\s+){0,2}\d)")


def _heads_item(ctx: SentenceContext, mention: PeriodMention) -> bool:
    """Return True for a time expression followed by a dash and a figure that has no time
    expression of its own right after it: "on May 27, 2016 - from 19% to 18%", not "in May -
    down from 4.7% in April"."""
    dash = _DASH_AFTER.match(ctx.text, mention.end)
    if dash is None:
        return False
    figure = next((q for q in ctx.quantities if q.start >= dash.end()), None)
    if figure is None:
        return False
    return not any(0 <= m.start - figure.per_end <= 20 for m in ctx.periods)


def _heads_own_item(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the time expression heading the figure's own item of a dashed list."""
    start = draft.quantity.start
    return (
        mention.end <= start
        and _heads_item(ctx, mention)  # (a match at the mention's end: the cheap test first)
        and not any(mention.end <= q.start < start for q in ctx.quantities)
    )


def _another_item(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for a time expression of another item of a dashed list: one heading the
    next item, or one before the figure with the figure's own item head between them."""
    text = ctx.text
    if "-" not in text and "–" not in text and "—" not in text:
        return False
    if mention.start >= draft.quantity.per_end:
        return _heads_item(ctx, mention)
    start = draft.quantity.start
    return any(
        mention.end <= other.start and other.end <= start and _heads_item(ctx, other)
        for other in ctx.periods
    )


_NTH_TIME = re.compile(
    r"\bfor\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?time\s+$",
    re.IGNORECASE,
)


def _names_another_time(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for a time expression that is not a figure's period whatever its place: a
    decade, a base or goal, a rate's validity, a record's year, a forecast's vintage."""
    text = ctx.text
    if _heads_own_item(ctx, draft, mention):
        return False  # "from September 16, 2016 - from 15.5% to 15%": when it took effect
    if mention.kind is PeriodKind.DECADE or _dates_a_base_or_goal(ctx, draft, mention):
        return True
    if _holds_for(ctx, draft, mention):
        return True  # "raised the rate to 13.75% for the next six weeks": how long it holds
    if (
        mention.start >= draft.quantity.per_end
        and ("until" in text or "till" in text or "through" in text)
        and _KEPT_UNTIL.search(text, draft.quantity.per_end, mention.start)
    ):
        return True  # "to AR$350, a level it plans to maintain until 15 November": the plan's
    if _another_item(ctx, draft, mention):
        return True  # "from 22% to 19%, on May 27, 2016 - from 19% to 18%": the next item's
    if _WHERE_IT_STOOD.search(text, max(0, mention.start - 40), mention.start):
        return True  # "raise the rate from 16%, where it had stood since April, to 16.25%"
    if _YEAR_OF_RECORD.match(text, mention.end):
        return True  # "near a 2009 low of 35.28": the year names a record, not a date
    if "time" in text and _NTH_TIME.search(text, max(0, mention.start - 40), mention.start):
        return True  # "for the fourth time this year, the Fed lowered": the year counts moves
    if (
        mention.kind is PeriodKind.SINCE
        and _FIRST_BEFORE.search(text, clause_start(text, mention.start), mention.start)
        and not when_clause(text, mention, draft)
    ):
        # "the first government intervention ... since 1998": a record phrase (but "the first
        # cut since October 2017, when the bank reduced it by 50 basis points" dates it)
        return True
    # "was down by 0.5% on the first quarter of 2008": what the figure is compared with
    return _dates_a_forecast(ctx, mention) or _base_of_growth(ctx, draft, mention)


def _usable(ctx: SentenceContext, draft: Draft, mention: PeriodMention, *, future: bool) -> bool:
    text = ctx.text
    if _names_another_time(ctx, draft, mention) or _ytd_of_another(text, draft, mention):
        return False
    if (
        draft.indicator in RELEASED
        and mention.kind is PeriodKind.DAY
        and _AGO.search(text, mention.start, mention.end)
    ):
        return False  # "inflation was 5.1% a year ago": a release's period, not a day
    if _NOW.fullmatch(text, mention.start, mention.end):
        if _VIEW_AFTER_NOW.match(text, mention.end):
            return False  # "the World Bank now estimates 2.5% for FY2024/25": the view's date
        if draft.indicator in RELEASED and _REPORTED_NOW.search(
            text, max(0, mention.start - 40), mention.start
        ):
            return False  # "Statistics Sweden said today": when it was said, not the figure's
        return not future  # "now sees growth of 3%" says when the forecast was made
    # "the highest since 2022" is a record phrase, but in "a record low of 130 per dollar last
    # week" the claim's own number stands between the record word and the time expression.
    window_start = max(0, mention.start - 55)
    if draft.quantity.per_end <= mention.start:
        window_start = max(window_start, draft.quantity.per_end)
    dated_event = mention.end <= draft.quantity.start and (
        _ON_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None
        or text.startswith(("on ", "On "), mention.start)
    )
    of_figure = _OF_FIGURE.match(text, mention.end)
    # "a near 17-month low in August of 101.75": the month of the low, which is the figure
    dates_the_low = of_figure is not None and of_figure.end() == draft.quantity.start
    if (
        not dated_event
        and not dates_the_low
        and _RECORD_BEFORE.search(text, window_start, mention.start)
        and not when_clause(text, mention, draft)
    ):
        return False  # but "hit a record low against the dollar on Thursday, at 4.195", and
        # "the lowest since July 2020, when it reached 1.9%" dates the figure of its clause
    if (
        _COMPARISON_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        and not (
            mention.kind is PeriodKind.DAY
            and draft.indicator is Indicator.POLICY_RATE
            and APPLIES_FROM.search(text, max(0, mention.start - 25), mention.start)
        )
        and not (
            (
                _POSSESSIVE.match(text, mention.end)
                or text.endswith(("'s", "’s"), mention.start, mention.end)
                or _OF_FIGURE.match(text, mention.end)
            )
            and 0 <= draft.quantity.start - mention.end <= 40
        )
        # "an improvement from December's reading, which showed core prices rose by 2.6%"
        and not ("show" in text and _READING_WHICH.match(text, mention.end))
        and not when_clause(text, mention, draft)
        and not _LINKED.search(text, mention.start, mention.end)
        and not _heads_own_item(ctx, draft, mention)
    ):
        return False  # but "from December's 10.5%" dates the figure that follows
    is_level = not draft.is_change_only
    if mention.kind is PeriodKind.SINCE and mention.start > draft.end and is_level:
        return _since_after_level(text, draft, mention)
    fine_ok = draft.indicator in (Indicator.FX_RATE, Indicator.POLICY_RATE)
    # "as of July 15" dates the measurement itself (a weekly estimate), not a release
    as_of = _AS_OF.search(text, max(0, mention.start - 8), mention.start) is not None
    return (
        fine_ok
        or as_of
        or not mention.is_fine
        or _is_fortnight(mention)
        or is_month_end(text, mention, mention.past)
        or _weekly_prices(ctx, draft, mention)
    )


_WEEKLY = re.compile(r"\bweekly\b|\bin\s+the\s+(?:[\w-]+\s+)?weeks?\b", re.IGNORECASE)


def _weekly_prices(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the span of a weekly price count ("Weekly inflation was 0.2% in the
    period September 15-21", "0.1% in the previous week", "0.5% in the first 21 days of
    September"): several days, never a single day (a release's date)."""
    if draft.indicator is not Indicator.INFLATION:
        return False
    past = mention.past
    if mention.kind is PeriodKind.WEEK:
        return _WEEKLY.search(ctx.text) is not None
    return mention.kind in (PeriodKind.SPAN, PeriodKind.SINCE) and past.start < past.end


def is_month_end(text: str, mention: PeriodMention, day: Period) -> bool:
    """Return True when ``day`` (a reading of ``mention``) is a month's last day named as its
    end ("at the end of July", "end-July"): a month's figure as it closed."""
    return (
        day.start == day.end
        and (day.end + dt.timedelta(days=1)).day == 1
        and "end" in text[mention.start : mention.end].lower()
    )


# "decreased by 0.4% to the previous quarter", "down by 0.5% on the first quarter of 2008" (not
# "2.1% on the year to the third quarter": the year's end)
_ON_TO_BASE = re.compile(
    r"(?<!year\s)(?<!months\s)(?<!through\s)(?<!up\s)\b(?:on|to|over)\s+$", re.IGNORECASE
)
_BASE_PERIOD = re.compile(
    r"the\s+(?:previous|preceding|prior|same|first|second|third|fourth|last)\s+"
    r"(?:quarter|month|half|year)\b",
    re.IGNORECASE,
)


def _base_of_growth(ctx: SentenceContext, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for the period a growth or inflation figure of the sentence is compared
    with, named right after it behind "on", "to" or "over" ("on the previous quarter"), or a
    month behind "on" ("prices rose 0.4 per cent in July on June"): it dates no figure."""
    text = ctx.text
    if draft.indicator not in RELEASED or not any(
        0 <= mention.start - q.per_end <= 12 and q.is_rate for q in ctx.quantities
    ):
        return False
    if _ON_TO_BASE.search(text, max(0, mention.start - 12), mention.start) is None:
        return False
    return _BASE_PERIOD.match(text, mention.start) is not None or (
        _ON_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None
        and _BASE_MONTH.fullmatch(text, mention.start, mention.end) is not None
    )


_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
# a month named as a base, not a day of it ("on June", "on June 2012"; not "on June 5")
_BASE_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?"
)


def _since_after_level(text: str, draft: Draft, mention: PeriodMention) -> bool:
    """Return True for a "since" right after a level that spans it: "steady at 50% since
    March" (the time a policy rate held), "has shrunk by about a fifth since 2008" (a
    cumulative move of growth or prices, from then to now); "at 11%, where it has been since
    March 30" is an aside on its duration."""
    if _SINCE_GAP.fullmatch(text, draft.quantity.per_end, mention.start) is None:
        return False
    start = draft.quantity.start
    return draft.indicator is Indicator.POLICY_RATE or (
        draft.indicator in RELEASED
        and _CUMULATIVE_VERB.search(text, max(0, start - 30), start) is not None
    )


_SINCE_GAP = re.compile(r"\s*(?:since\s*)?", re.IGNORECASE)
_CUMULATIVE_VERB = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:risen|grown|shrunk|shrank|contracted|expanded|"
    r"increased|fallen|declined|climbed|jumped|soared|surged|gone\s+up|gone\s+down)\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|"
    r"more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


def _is_fortnight(mention: PeriodMention) -> bool:
    """Return True for "the first (second) half of October": a fortnightly price index."""
    span = mention.past
    return (
        mention.kind is PeriodKind.SPAN
        and span.start.day in (1, 16)
        and span.start.month == span.end.month
        and 13 <= (span.end - span.start).days <= 15
    )


_INDICATOR_OF_CUE = {
    CueKind.INFLATION: Indicator.INFLATION,
    CueKind.GDP: Indicator.GDP_GROWTH,
    CueKind.POLICY: Indicator.POLICY_RATE,
}


_OWN_NOUN = re.compile(
    r"\s*(?:(?:year-on-year|year-over-year|annual|annuali[sz]ed|monthly|quarterly|on-year)\s+)?"
    r"(?:growth|rise|increase|expansion)(?:\s+rate)?\b",
    re.IGNORECASE,
)


def _other_indicator_between(ctx: SentenceContext, draft: Draft, start: int, end: int) -> bool:
    """Return True when another indicator is named between a figure and a time expression
    (not the figure's own noun: "the 2.7 percent growth recorded in September" of prices)."""
    own = _OWN_NOUN.match(ctx.text, start)
    return any(
        start <= c.start
        and c.end <= end
        and not (own is not None and c.end <= own.end())
        and _INDICATOR_OF_CUE.get(c.kind, draft.indicator) is not draft.indicator
        for c in ctx.cues
    )


def listed_with_next(ctx: SentenceContext, quantity: Quantity, mention: PeriodMention) -> bool:
    """Return True when the figure and the next one are a list of two indicators that the
    time expression right after the second dates together: "projected growth of 2 percent and
    4 percent inflation at the end of 2007", "3 percent growth and 5 percent inflation for
    Lebanon next year", "growth of 3% and inflation of 5% in 2008"."""
    if mention.start < quantity.per_end or "and" not in ctx.text:
        return False
    after = [q for q in ctx.quantities if q.start >= quantity.per_end]
    if not after or after[0].per_end > mention.start:
        return False
    following = after[0]
    if (
        _LIST_TO_NEXT.fullmatch(ctx.text, quantity.per_end, following.start) is None
        or _NEXT_TO_TIME.fullmatch(ctx.text, following.per_end, mention.start) is None
        # two indicators' figures ("4 percent and 2.8 percent in 2016 and 2017" is one's)
        or _LIST_WORD.search(ctx.text, quantity.per_end, mention.start) is None
    ):
        return False
    # (not when the figure has a time of its own before it: "a 2010 inflation rate of 1.3 per
    # cent and 1.3 per cent for next year", "In May, it had been 7.8%, and 8.4% in April")
    start = clause_start(ctx.text, quantity.start)
    return not any(
        start <= m.start and m.end <= quantity.start and m.kind is not PeriodKind.DAY
        for m in ctx.periods
    )


_LIST_INDICATOR = (
    r"(?:(?:consumer[- ]price\s+|annual\s+|headline\s+)?inflation|(?:economic\s+|GDP\s+)?growth"
    r"|expansion|GDP)"
)
_LIST_WORD = re.compile(rf"\b{_LIST_INDICATOR}\b", re.IGNORECASE)
# " and ", " growth and ", " and inflation of ", ", and an inflation rate of "
_LIST_TO_NEXT = re.compile(
    rf"(?:\s+{_LIST_INDICATOR})?\s*,?\s+and\s+(?:(?:an?|the)\s+)?"
    rf"(?:{_LIST_INDICATOR}(?:\s+rate)?\s+(?:of|at)\s+(?:about\s+|around\s+)?)?",
    re.IGNORECASE,
)
# " inflation for Lebanon ", " in ", " inflation at the end of " (the time's own words)
_NEXT_TO_TIME = re.compile(
    rf"(?:\s+{_LIST_INDICATOR})?(?:\s+(?:for|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    r"\s*,?\s*(?:(?:in|for|during|over|by|at\s+the\s+end\s+of)\s+)?",
    re.IGNORECASE,
)


def owning_figure(ctx: SentenceContext, mention: PeriodMention) -> Quantity | None:
    """Return the number a time expression follows directly ("2.5% in 2024"), if any."""
    for quantity in ctx.quantities:
        if quantity.per_end > mention.start:
            continue
        if _OWNED_GAP.fullmatch(ctx.text, quantity.per_end, mention.start):
            return quantity
        if _MEASURED_GAP.fullmatch(
            ctx.text, quantity.per_end, mention.start
        ) and COMPARED_FIGURE.search(ctx.text, max(0, quantity.start - 40), quantity.start):
            return quantity  # "from 4.0% year-on-year in October"
    return None


# a compared figure's measure before its time: "from 4.0% year-on-year in October" (but not
# "fell 0.4% month-on-month in January for a 2.2% rise", where January is the sentence's)
_MEASURED_GAP = re.compile(
    r"\s+(?:year-on-year|year-over-year|month-on-month|y/y|m/m|yoy)\s+(?:in|for|during)\s+"
    # "compared to 3,818 pesos on average the day before"
    r"|\s+on\s+average\s+(?:(?:in|for|during|on)\s+)?",
    re.IGNORECASE,
)
