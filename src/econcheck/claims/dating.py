"""When a claim is about and whether it is a forecast: its time expression, read as an
outcome or a forecast by the words around the figure.

A decision "with effect from" a date is dated then, not forecast; "estimates that GDP grew
by 4.1% in 2024" is an outcome; a forecast of a month whose figure is not out yet stays that
month ("expect inflation to decelerate to 22.8% in January", early February); a month's
figure published before its release must be last year's.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims import dates
from econcheck.claims import modifiers as mod
from econcheck.claims import patterns as p
from econcheck.claims.claim_periods import claim_period
from econcheck.claims.context import Draft, SentenceContext, is_current, is_past_base, tail
from econcheck.claims.cue_choice import last_in_list
from econcheck.claims.period_patterns import MONTH_PATTERN
from econcheck.claims.periods import ASIDE_RE, PeriodKind, PeriodMention
from econcheck.claims.release_periods import RELEASED
from econcheck.claims.timing import pick_period
from econcheck.models import Indicator, Period

__all__ = ["dated"]

# Forecast words after the number count only right after it ("the 2.2% forecast").
_FORECAST_AFTER = 25

# "will be lowered to 3.5% with effect from 18 September": a decision, not a forecast.
_IN_EFFECT = re.compile(
    r"\b(?:with\s+effect\s+from|effective\s+(?:from|on|as\s+of))\b"
    r"|\b(?:effective|starting)\s+(?:today|immediately)\b"  # "Effective today, the rate will rise"
    # "will reduce its key lending rate by 0.2 of a percentage point to 8.9% from 1 January"
    rf"|\bto\s+\d+(?:\.\d+)?\s?%\s+(?:from|as\s+of|starting(?:\s+on)?)\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|"
    rf"{MONTH_PATTERN}\s+\d{{1,2}}\b)",
    re.I,
)

# the figure a forecast starts from or is compared with: "from 6.7% in 2023", "compared with
# an estimated 3.3% in 2012", "after 4.6% registered in 2022"
_BASE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|after|against)\s+"
    r"(?:(?:an?|the)\s+)?(?:estimated\s+|revised\s+)?$",
    re.IGNORECASE,
)

# "to ease to 3.7% from October's 4.4%, September's 4.7% and August's 4.8%": the months the
# move starts from, each named as the owner of its figure
_OWNER = r"(?:[A-Z][a-z]+|last\s+(?:year|month|quarter)|(?:19|20)\d\d)['’]s\s+"
_OWNED_BASE_BEFORE = re.compile(
    rf"\bfrom\s+(?:{_OWNER}[\d.,]+\s?%,?\s+(?:and\s+)?){{0,4}}{_OWNER}$"
)

_FORECAST_NEXT = re.compile(
    r"\s+(?:expected|forecast|forecasted|projected|predicted|anticipated|seen)\b", re.IGNORECASE
)

_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s[^,;]*$", re.IGNORECASE)


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

# a hold announced by the bank itself: "At its decision, the central bank said it would keep its
# deposit rate at -0.75 per cent" (a move it "would" make later is guidance, not this)
_SAID_IT_WOULD_HOLD = re.compile(
    r"\bsaid\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+would\s+(?:keep|hold|leave|maintain)\b"
    r"[^.;:!?]{0,80}$",
    re.IGNORECASE,
)

# a move the bank announced it "would" make: "the ECB announced it would cut rates by a
# quarter point as well - to 4.5%" (the decision, when it takes effect within the week)
_ANNOUNCED_MOVE = re.compile(
    r"\b(?:announced|said)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:(?:it|they)\s+would\s+(?:cut|raise|lower|"
    r"reduce|hike|increase|trim|lift)\b"
    # "announced on Thursday that interest rates would be set at 4.75%"
    r"|(?:the\s+)?(?:\w+\s+){0,3}?rates?\s+would\s+(?:be\s+)?(?:set|held|kept|cut|raised|lowered|"
    r"reduced|increased|remain|stay)\b)[^.;:!?]{0,80}$",
    re.IGNORECASE,
)

_DECISION_WEEK = dt.timedelta(days=7)

_OPINION = re.compile(
    r"\b(?:impression|believes?|thinks?|wrote|writes|opinion|sources?|speculat\w*|bets?|"
    r"reportedly|likely|probably|rumou?rs?|expectations?)\b",
    re.IGNORECASE,
)


def _is_decision(ctx: SentenceContext, draft: Draft, before: str) -> bool:
    """Return True for a policy-rate decision stated in the future tense or as "decided to":
    its only forecast word is the "will" of the decision, and it takes effect within a week."""
    if _DECIDED.search(before) or _DECIDED_TO.search(before) or _SAID_IT_WOULD_HOLD.search(before):
        return True
    will = _DECISION_WILL.search(before)
    announced = None if will is not None else _ANNOUNCED_MOVE.search(before)
    if will is None and announced is None:
        return False
    words = {m.group().lower() for m in p.FORECAST_RE.finditer(ctx.text) if m.group("yes")}
    if words - {"will" if will is not None else "would"} or _OPINION.search(ctx.text):
        return False  # "is expected to", "his impression was that": a forecast of the decision
    mention = pick_period(ctx, draft, future=True)
    return mention is None or mention.future.end - ctx.published <= _DECISION_WEEK


def _is_from(text: str, draft: Draft) -> bool:
    """Return True for the starting figure of a move ("to 5.8% this year from 6.7% in 2023")."""
    quantity = draft.quantity
    if quantity.from_value is not None or quantity.value_max is not None:
        return False  # "from 21% to 19% in December": the destination; "ranged from 3.1% to
        # 3.6%": a range
    if _FORECAST_NEXT.match(text, quantity.per_end):
        return False  # "compared to 0.3% expected before": an earlier forecast, not an outcome
    window = max(0, quantity.start - 40)
    return (
        _BASE_BEFORE.search(text, window, quantity.start) is not None
        or _OWNED_BASE_BEFORE.search(text, max(0, quantity.start - 120), quantity.start) is not None
    )


# The end of a quotation: its words ("we think rates should rise") are not the narrator's
_QUOTE_CLOSED = re.compile(r"”|[,.!?]['\"](?=\s)")


_FORECAST_ANTECEDENT = re.compile(
    r"\b(?:forecasts?|projections?|estimates?|outlook|predictions?|targets?\s+range)\s*$",
    re.IGNORECASE,
)


_FRONTED_REASON = re.compile(
    r"^\s*(?:Worried|Concerned|Fearing|Anxious|Alarmed|Hoping|Expecting|Anticipating|"
    r"Mindful|Wary|Aware|Because|Since|Although|Though|While|Whereas|"
    # "Responding to the deteriorating inflation outlook, the ECB raised rates by 0.75 points"
    r"Responding\s+to|Reacting\s+to|In\s+response\s+to|Faced\s+with|Confronted\s+with)"
    r"\b[^,;:]{0,160},\s*"
)


def _own_clause(before: str) -> str:
    """Return the words before a figure from the relative clause that holds it, if any.

    "... said it would meet to consider the key rate, which was hiked to 8.5% in July": the
    "would" of the main clause does not make the July figure a forecast; nor does a closed
    quotation before the figure.
    """
    if "”" in before or '"' in before or "'" in before:
        quoted = max((m.end() for m in _QUOTE_CLOSED.finditer(before)), default=0)
        before = before[quoted:]  # '"... should continue," he said after policymakers raised'
    # "Worried that inflation would rise and stay high, its policymakers voted to lift rates
    # from 0.5% to 0.75%": a fronted clause of reasons is not the figure's
    before = _FRONTED_REASON.sub("", before, count=1)
    relative = _RELATIVE_OPEN.search(before)
    if relative is not None:
        # "its year-end policy rate forecast, which it kept at 35 per cent": the relative
        # clause speaks of a forecast, which its antecedent names
        antecedent = _FORECAST_ANTECEDENT.search(before, 0, relative.start())
        return ("forecast " if antecedent else "") + before[relative.start() :]
    # "The cut, which had been predicted by analysts, brought the rate down to 4.25%": a closed
    # relative clause before the figure speaks of something else
    return ASIDE_RE.sub(",", before)


def _words_after(ctx: SentenceContext, draft: Draft, after: str) -> str:
    """Return the words after the figure, or after the last figure of the list it opens ("kept
    its 6.6% and 6.3% growth projections": "growth projections" speak for both)."""
    last = last_in_list(ctx, draft.quantity)
    return after if last is draft.quantity else tail(ctx.text, last.per_end)


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


def _poll_after(ctx: SentenceContext, draft: Draft) -> str:
    """Return the words that credit the figure to a poll later in the sentence, or ""."""
    end = draft.quantity.per_end
    poll = _POLL_AFTER.match(ctx.text[end : end + _POLL_REACH])
    # "growth was 3.2% in the fourth quarter, according to a Reuters poll"
    return "" if poll is None else " " + poll.group()


# a poll of forecasters the clause's figure comes from, told after it (a survey of households
# or firms measures something else)
_POLL_AFTER = re.compile(
    # "above the 0.25% estimated by a Reuters poll"
    r"^\s+(?:estimated|forecast|forecasted|predicted|expected|projected|seen)\s+(?:by|in)\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:poll|survey)\b"
    r"|^[^;]*?,\s*(?:according\s+to\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:poll|survey)\b"
    r"(?!\s+of\s+(?:households|consumers|voters|businesses|firms|companies|purchasing))"
    r"|(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?poll\s+(?:of\s+\w+\s+)?(?:showed|found|shows|"
    r"suggested))",
    re.IGNORECASE,
)
_POLL_REACH = 160


# The figure's noun phrase is the subject of a forecast predicate, in the same clause
_FORECAST_PREDICATE = re.compile(
    r"[^,;:.%\d()]{0,60}?\b(?:is|are|was|were|seems?|looks?)\s+(?:also\s+|now\s+|still\s+|widely\s+)?"
    r"(?:likely|expected|forecast|forecasted|projected|anticipated|predicted|set\s+to|poised\s+to|seen)\b",
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

# a poll's figure named without a forecast verb: "A Reuters poll had pointed to growth of 0.3%"
_POLL_POINTED = re.compile(
    r"\b(?:poll|survey|consensus|economists|analysts|forecasters)\b[^.;]{0,40}?"
    r"\b(?:had\s+)?(?:pointed\s+to|called\s+for|looked\s+for|pencil+ed\s+in)\b",
    re.IGNORECASE,
)

# a forecaster's own estimate: "while the European Commission estimates a 3.3% growth"
_ESTIMATES_GAP = re.compile(
    r"\s+(?:\w+ly\s+|now\s+|also\s+)?(?:estimates|estimated|puts|pegs|pegged|sees)\b[^.;%\d]{0,40}$",
    re.IGNORECASE,
)


# the same verb left out for the next forecaster: "The Ministry of Finance estimates growth at
# 3.1%, the OECD at 3.3%, and the IMF at 4.2%"
_ELIDED_GAP = re.compile(r"\s+at\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_ESTIMATE_VERB = re.compile(r"\b(?:estimates|estimated|puts|pegs|pegged)\b", re.IGNORECASE)
# "growth is estimated to be 2% this year", "inflation is estimated at 4%": an estimate of a
# period still running (one of a period over is an outcome: see ``dated``)
# "the governor estimated the country's real GDP growth at 6.5 per cent for 2025-26"
_ACTIVE_ESTIMATE = re.compile(
    r"\bestimat(?:es|ed)\s+(?:[\w'’-]+\s+){1,6}?(?:at|to\s+be)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# "estimated the economy to grow 6.9 per cent": an estimate put as a prediction
_ESTIMATED_TO = re.compile(
    r"\bestimat(?:ed|es|e)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:have\s+)?"
    r"(?:grow|grown|expand|expanded|rise|risen|increase|increased|contract|contracted|shrink|"
    r"shrunk|fall|fallen|slow|slowed|accelerate|accelerated|ease|eased|reach|reached|be|been)\b",
    re.IGNORECASE,
)
# a statistics office's estimate is its (flash) release: "CPI is estimated to increase by 5.0
# percent year-on-year in October, the Central Statistical Office announced"; so is one that
# official data give ("As per government data, the economy is estimated to grow at 6.8 per cent
# during the financial year 2018-19")
_STATISTICS_OFFICE = re.compile(
    r"\bstatistic(?:s|al)\s+(?:office|agency|bureau|institute|service|authority|department)\b"
    r"|\b(?:government|official|advance|preliminary)\s+data\b|\bdata\s+(?:showed|shows|released)\b",
    re.IGNORECASE,
)
# "Morgan Stanley estimates 0.5% GDP growth": a named source's estimate, put before the figure
_NAMED_ESTIMATES = re.compile(
    r"\b(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3}\s+(?:now\s+|also\s+)?"
    r"estimates\s+(?:(?:that\s+)?(?:the\s+)?[\w'’-]+\s+){0,4}?(?:at\s+|of\s+)?"
    r"(?:about\s+|around\s+)?$",
)
_PASSIVE_ESTIMATE = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+)?estimated\s+(?:to\s+be|at|"
    # "Qatar's economy is estimated to grow 2.4%" (but "is estimated to have grown" is an outcome)
    r"to\s+(?:grow|expand|contract|shrink|rise|increase|fall|decline|slow|accelerate|reach))\b",
    re.IGNORECASE,
)


def _estimated_by_forecaster(ctx: SentenceContext, draft: Draft, before: str) -> bool:
    """Return True for a figure a named forecaster "estimates", or one said to be estimated
    ("is estimated to be"): a forecast."""
    start = draft.quantity.start
    if draft.indicator is not Indicator.POLICY_RATE and (
        (_PASSIVE_ESTIMATE.search(before) and not _STATISTICS_OFFICE.search(ctx.text))
        or _ACTIVE_ESTIMATE.search(before)
        or ("estimates" in before and _NAMED_ESTIMATES.search(before))
    ):
        return True
    return any(
        e.forecaster is not None
        and e.is_specific
        and 0 < start - e.end <= 60
        and (
            _ESTIMATES_GAP.fullmatch(ctx.text, e.end, start) is not None
            or (
                _ELIDED_GAP.fullmatch(ctx.text, e.end, start) is not None
                and _ESTIMATE_VERB.search(ctx.text, 0, e.start) is not None
            )
        )
        for e in ctx.entities
    )


def dated(
    ctx: SentenceContext, draft: Draft, before: str, after: str
) -> tuple[bool, PeriodMention | None, Period]:
    """Return (is a forecast, the time expression, the period) of a claim."""
    if not draft.is_change_only and is_current(ctx.text, draft.quantity):
        return False, None, Period(start=ctx.published, end=ctx.published)  # "from 9.25% now"
    return _dated(ctx, draft, before, after)


# a forecast an outcome beat or fell short of, well before the outcome's figure: "surpassed
# economists' forecasts for the eighth consecutive month, reaching 6.18 percent" (but not
# "missing expectations of a 1.4% increase": that figure is the forecast's)
_OUTDONE = re.compile(
    r"\b(?:beat|beats|beating|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|top(?:ped|ping|s)?|"
    r"outpac(?:ed|es|ing)|outstripp(?:ed|ing)|miss(?:ed|es|ing)?|undershot|overshot)\s+"
    r"(?:the\s+|all\s+|most\s+)?(?:[\w'’-]+\s+){0,2}?(?:forecasts?|expectations?|estimates?|"
    r"projections?|predictions?|consensus)\b",
    re.IGNORECASE,
)
# a view that moved a market, the subject of its past verb: "Expectations of the fall pushed
# the euro to a two-year low of $1.2659"
_CAUSE_OF_MOVE = re.compile(
    r"\b(?:expectations?|bets?|hopes?|fears?|speculation|forecasts?)\s+(?:of|that|for)\s+"
    r"[^,;]{0,50}?\b(?=(?:pushed|sent|drove|lifted|dragged|knocked|boosted|weighed|hit|hurt|"
    r"pulled)\b)",
    re.IGNORECASE,
)
_OTHER_FIGURES_PLAN = re.compile(
    r"\b(?:an?|the|its|their)\s+planned\s+(?=[-−]?\d[\d.,]*\s*(?:%|percent|per\s?cent))",
    re.IGNORECASE,
)
# ...the outcome's own verb right before its figure: ", reaching", ", rising to"
_OUTCOME_VERB_END = re.compile(
    r",\s+(?:\w+ly\s+)?(?:reaching|hitting|touching|rising|climbing|jumping|falling|dropping|"
    r"easing|slowing|accelerating|growing|expanding|coming\s+in|standing|settling)"
    r"(?:\s+(?:to|at|by))?\s+(?:about\s+|around\s+|an?\s+)?$",
    re.IGNORECASE,
)
_FORECAST_VALUE_GAP = re.compile(
    r"\s*(?:of|for|at|around|near|calling\s+for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _without_other_forecasts(own: str) -> str:
    """Return the words before a figure without a forecast the outcome beat or missed, when
    the figure is not that forecast's own value, and without a forecast word that qualifies
    an earlier figure ("instead of a planned 6% inflation rate, ... it reached 10.5%")."""
    if "planned" in own:
        own = _OTHER_FIGURES_PLAN.sub(" ", own)
    own = _CAUSE_OF_MOVE.sub(" ", own)
    if "ecast" not in own and "xpect" not in own and "stimat" not in own and "roject" not in own:
        return own
    outdone = next(reversed(list(_OUTDONE.finditer(own))), None)  # the last before the figure
    if outdone is None:
        return own
    gap = own[outdone.end() :]
    if _FORECAST_VALUE_GAP.fullmatch(gap) or not _OUTCOME_VERB_END.search(gap):
        return own
    return own[: outdone.start()] + own[outdone.end() :]


def _dated(
    ctx: SentenceContext, draft: Draft, before: str, after: str
) -> tuple[bool, PeriodMention | None, Period]:
    text = ctx.text
    poll = _poll_after(ctx, draft)
    own = _without_other_forecasts(_own_clause(before))
    window = own + " " + _after_window(_words_after(ctx, draft, after)) + poll
    in_effect = _IN_EFFECT.search(text) is not None  # a decision dated when it takes effect
    hedged_past = _HEDGED_PAST.search(window) is not None
    stated = (
        bool(poll)  # a figure the sentence credits to a poll of forecasters
        or mod.is_forecast(window)
        or hedged_past
        or _POLL_POINTED.search(window) is not None
        or _ESTIMATED_TO.search(window) is not None
    )
    estimated = not stated and _estimated_by_forecaster(ctx, draft, before)
    # "versus analysts' predictions for 7.2% and a reading of 6.5% in May": a reading is an
    # outcome, whatever forecast word came before it
    reading = _READING_OF.search(before[-40:]) is not None
    future = (stated or estimated) and not in_effect and not reading
    if future and draft.indicator is Indicator.POLICY_RATE and _is_decision(ctx, draft, before):
        future = False  # "the RBI announced that the repo rate will remain at 6.5%": a decision
    ahead = future and mod.looks_ahead(window)
    if ahead and AFTER_PAST_MOVE.search(
        text, max(0, draft.quantity.start - 60), draft.quantity.start
    ):
        ahead = False  # "expected to rise 0.3% in June after dropping 0.1% in May": past May
    mention = pick_period(ctx, draft, future=ahead)
    if future and (
        (estimated and mention is not None and mention.past.end < ctx.published)
        or _compared_reading(ctx, draft, mention)
    ):
        # "estimates that GDP grew by 4.1% in 2024": an outcome, as is a past reading compared
        future = ahead = False
        mention = pick_period(ctx, draft, future=False)
    if ahead and mention is not None and _pending_release(draft, mention, ctx.published):
        ahead = False  # "expect inflation to decelerate to 22.8% in January", early February
    if ahead and hedged_past:
        ahead = False  # "the economy likely grew 1.15% in August": an estimate of a past month
    if not future and not in_effect and _turns_forecast(ctx, draft, mention, window, before):
        future = ahead = True
    period = claim_period(ctx, draft, mention, future=ahead, draft_is_forecast=future)
    if future and not ahead and mention is not None and _is_stale(mention, ctx.published):
        # "raised its growth forecast for the second quarter to 0.3%" in March: the coming
        # second quarter, not last year's
        period = claim_period(ctx, draft, mention, future=True, draft_is_forecast=True)
    if future and _is_from(text, draft):
        outcome = _from_outcome(ctx, draft, mention)
        if outcome is not None:
            future, (mention, period) = False, outcome
    return future, mention, _settled(ctx, draft, mention, period, future=future)


_YEAR_AGO_BASE = re.compile(
    r"the\s+same\s+(?:period|month|quarter|half|time|months)\s+(?:of\s+|in\s+)?(?:last\s+year|"
    r"a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|the\s+year\s+before)",
    re.IGNORECASE,
)


def _compared_reading(ctx: SentenceContext, draft: Draft, mention: PeriodMention | None) -> bool:
    """Return True for a reading a forecast is compared with, dated in the past right after
    it: "would be faster than the 5.3% seen in August, but lower than the 6.9% in the same
    month last year" (but "from the 1.8% seen in March" for 2007 is March's forecast)."""
    if (
        mention is not None
        and 0 <= mention.start - draft.quantity.per_end <= 12
        and _YEAR_AGO_BASE.fullmatch(ctx.text, mention.start, mention.end)
    ):
        return True
    if not is_past_base(ctx, draft.quantity.start):  # (cheap; then with the figure's own date)
        return False
    own = pick_period(ctx, draft, future=False)
    return own is not None and is_past_base(ctx, draft.quantity.start, [own])


def _turns_forecast(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention | None, window: str, before: str
) -> bool:
    """Return True for an outcome-worded figure that is a forecast all the same: of a period
    after publication, or revised for a year still running ("growth was revised upward 0.3
    percent to 1.7 percent for the year" in July)."""
    if mention is not None and _is_later(mention, ctx.published):
        return True
    if not _running(ctx, draft, mention):
        return False
    # "growth was revised upward 0.3 percent to 1.7 percent for the year" in July, "a
    # decrease from a previous estimate of 4.2 percent" for a fiscal year not yet over
    return _REVISED.search(window) is not None or _ESTIMATE_NOUN.search(before) is not None


_REVISED = re.compile(
    r"\brevis(?:ed|es|ing)\s+(?:up|down|upward|downward|upwards|downwards)\b", re.I
)


_READING_OF = re.compile(
    # (but "economists had estimated a reading of 4.80%" is their forecast)
    r"(?<!estimated\s)(?<!expected\s)(?<!forecast\s)(?<!predicted\s)(?<!projected\s)"
    r"(?<!expecting\s)(?<!forecasting\s)(?<!see\s)(?<!saw\s)(?<!sees\s)"
    r"\b(?:an?|the|its)\s+(?:[\w-]+\s+)?(?:reading|print|outturn)\s+of\s+(?:about\s+)?$",
    re.IGNORECASE,
)
_ESTIMATE_NOUN = re.compile(r"\bestimates?\s+of\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _running(ctx: SentenceContext, draft: Draft, mention: PeriodMention | None) -> bool:
    """Return True for an inflation or growth figure of a year not yet over."""
    return (
        draft.indicator in (Indicator.INFLATION, Indicator.GDP_GROWTH)
        and mention is not None
        and mention.kind in (PeriodKind.YEAR, PeriodKind.FISCAL)
        and mention.future.start <= ctx.published < mention.future.end
    )


def _settled(
    ctx: SentenceContext,
    draft: Draft,
    mention: PeriodMention | None,
    period: Period,
    *,
    future: bool,
) -> Period:
    """Return the period once a month still running ("in October" on 3 October) is last
    year's, and a move "in the 12 months to July" spans the twelve months."""
    if not future and _unreleased_month(ctx, draft, mention, period):
        return Period(start=dates.add_months(period.start, -12), end=_year_before(period.end))
    if not future and _full_year_of_release(ctx, draft, mention, period):
        return Period(start=dt.date(period.start.year - 1, 1, 1), end=_year_before(period.end))
    if _is_move(draft) and mention is not None and _TWELVE_MONTHS.match(ctx.text, mention.start):
        return Period(start=dates.add_months(period.end.replace(day=1), -11), end=period.end)
    if not future and mention is None:
        day = _day_before_the_turn(ctx, draft)
        if day is not None:
            return Period(start=day, end=day)
    return period


def _full_year_of_release(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention | None, period: Period
) -> bool:
    """Return True for "the full year" of an outcome the article's release belongs to, read
    as the current year before it is over: "The advance estimate puts growth for the full
    year at 1.7%" in January, in a story on the fourth quarter, is last year's."""
    if mention is None or draft.indicator not in RELEASED or period.end < ctx.published:
        return False
    if _WHOLE_YEAR.fullmatch(ctx.text, mention.start, mention.end) is None:
        return False
    release = next((p for i, p in ctx.release_periods if i is draft.indicator), None)
    return release is not None and release.end.year == period.start.year - 1


_WHOLE_YEAR = re.compile(r"(?:the\s+)?(?:full|whole|entire)\s+year", re.IGNORECASE)


# "The lira had been trading at about 685,000 to the dollar, but on Thursday it plunged": the
# level before the day the sentence turns on
_HAD_BEEN = re.compile(
    r"\bhad\s+(?:been\s+(?:trading|quoted|hovering|standing|changing\s+hands)|stood|traded)\s+"
    r"(?:at\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
_BUT_ON = re.compile(r",\s+(?:but|until|before|then)\s+(?:on\s+)?$", re.IGNORECASE)


def _day_before_the_turn(ctx: SentenceContext, draft: Draft) -> dt.date | None:
    """Return the day before the day a later clause names, for a level the sentence says
    had held until then."""
    start = draft.quantity.start
    if not _HAD_BEEN.search(ctx.text, max(0, start - 40), start):
        return None
    for mention in ctx.periods:
        if (
            mention.start > draft.quantity.per_end
            and mention.is_fine
            and _BUT_ON.search(ctx.text, max(0, mention.start - 12), mention.start)
        ):
            return mention.past.start - dt.timedelta(days=1)
    return None


# a past move in a forecast sentence: "is on track to slow to 1.9% after expanding 8.8% last
# year", "after contracting by 2.3% last year"
AFTER_PAST_MOVE = re.compile(
    r"\b(?:after|following)\s+(?:an?\s+)?(?:expanding|growing|contracting|shrinking|rising|"
    r"falling|declining|dropping|gaining|increasing|decreasing|slowing|accelerating|expansion|"
    r"growth|contraction|decline)\s+"
    r"(?:(?:of|by)\s+)?(?:about\s+|around\s+)?$"
    # "will decide on Thursday after consumer price inflation climbed to 12.2 percent in May"
    r"|\bafter\s+(?:[\w'’-]+\s+){1,5}?(?:climbed|rose|fell|jumped|slowed|accelerated|eased|"
    r"dropped|grew|shrank|contracted|expanded|hit|reached|surged|slumped)\s+(?:to\s+|by\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


_TWELVE_MONTHS = re.compile(r"(?i:the\s+)?(?:12|twelve)\s+months\s+(?:to|through|ending|ended)\b")


def _is_move(draft: Draft) -> bool:
    """Return True for an exchange rate's change alone (no level beside it)."""
    return draft.indicator is Indicator.FX_RATE and draft.is_change_only


def _from_outcome(
    ctx: SentenceContext, draft: Draft, mention: PeriodMention | None
) -> tuple[PeriodMention | None, Period] | None:
    """Return the time and period of a forecast's starting figure that is an outcome: "to 5.8%
    this year from 6.7% in 2023" (a period over), "to 3% next year from 4% now" (today)."""
    past = claim_period(ctx, draft, mention, future=False)
    if past.end < ctx.published:
        return mention, past
    now = pick_period(ctx, draft, future=False)
    if (
        now is not None
        and now.kind is PeriodKind.DAY
        and now.past.end == ctx.published
        and now.start >= draft.quantity.per_end
    ):
        return now, claim_period(ctx, draft, now, future=False)
    return None


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
        and (period.end - ctx.published).days > _FLASH_DAYS.get(ctx.home or "", _FLASH_DEFAULT)
        and not _YEAR_DIGITS.search(ctx.text, mention.start, mention.end)
        # "to 9.9% this month" is the running month's estimate, not last year's
        and not _THIS_MONTH.match(ctx.text, mention.start)
        # "January's CPI rose 1.25% from December 2012": the month after the one named
        and not any(
            m.kind is PeriodKind.MONTH
            and _YEAR_DIGITS.search(ctx.text, m.start, m.end)
            and m.past.end + dt.timedelta(days=1) == period.start
            for m in ctx.periods
        )
    )


_THIS_MONTH = re.compile(r"(?i:this|the\s+current)\s+month")


# Flash estimates come out in a month's last days (Germany's CPI on the 30th, the euro area's on
# the last working day): a month within this many days of its end may already have its figure.
_FLASH_DEFAULT = 5
# ...and a few statistics offices publish the month's CPI before it ends: Vietnam's GSO around
# the 24th to the 29th of the month
_FLASH_DAYS = {"VN": 8}

_YEAR_DIGITS = re.compile(r"\d{4}|'\d\d")


def _year_before(day: dt.date) -> dt.date:
    """Return the last day of the same month a year earlier (for a month's end)."""
    return dates.add_months(day.replace(day=1), -11) - dt.timedelta(days=1)


_STALE = dt.timedelta(days=180)

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
