"""Inflation, GDP-growth and policy-rate claims from percents and points.

Each percent is bound to an indicator word by ``cue_choice.choose_cue`` (the word right
after it, else the nearest before it; a blocker met first means the number is about
something else). Goals ("aims for 2%", pledges) are not claims. Signs: a GDP
contraction, decline or recession is negative ("a contraction of 15%" is -15), but "growth
slowed to 1%" is +1 because the number follows "to". Points and basis points are changes;
"raised by 200 basis points to 21%" is one claim: value 21, change +200 bp. A change
without a level repeats the change in ``value`` (unit "percentage points" or "basis
points").
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.bank_moves import bank_move_cue
from econcheck.claims.claim_periods import BETWEEN_MONTHS
from econcheck.claims.context import (
    Draft,
    SentenceContext,
    clause_start,
    is_current,
    is_hypothetical,
)
from econcheck.claims.cue_choice import RELATIVE_RE, choose_cue
from econcheck.claims.fx_not_levels import is_band_width
from econcheck.claims.modifiers import direction
from econcheck.claims.not_claims import (
    is_aim,
    is_bare_from,
    is_negated,
    is_not_the_indicator,
    is_revision_move,
    is_vote,
)
from econcheck.claims.patterns import (
    NEGATIVE_RE,
    SHARE_AFTER_RE,
    UP_RE,
    Cue,
    CueKind,
)
from econcheck.claims.period_patterns import MONTH_PATTERN
from econcheck.claims.period_rules import PeriodKind
from econcheck.claims.quantities import QKind, Quantity, is_zero_word
from econcheck.models import Change, ChangeUnit, Indicator

_INDICATORS = {
    CueKind.INFLATION: Indicator.INFLATION,
    CueKind.GDP: Indicator.GDP_GROWTH,
    CueKind.GDP_VERB: Indicator.GDP_GROWTH,
    CueKind.POLICY: Indicator.POLICY_RATE,
    CueKind.POLICY_WEAK: Indicator.POLICY_RATE,
}
_UNITS = {
    Indicator.INFLATION: "percent",
    Indicator.GDP_GROWTH: "percent",
    Indicator.POLICY_RATE: "percent per annum",
}
_CHANGE_UNITS = {QKind.POINTS: ChangeUnit.PP, QKind.BP: ChangeUnit.BP, QKind.PERCENT: ChangeUnit.PP}
_CHANGE_UNIT_NAMES = {ChangeUnit.PP: "percentage points", ChangeUnit.BP: "basis points"}
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:about|around|roughly|some|nearly|almost|a\s+further|another|a\s+full|a|an|"
    # "by a massive 21% to 118%", "by a hefty 500 basis points"
    r"massive|whopping|hefty|huge|sharp|steep|larger|bigger|smaller|further|surprise|"
    r"surprising|record|full)\s+)*$",
    re.I,
)
_TO_BEFORE = re.compile(
    r"(?<!\bup\s)\b(?:to|at)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|less\s+than|over|under|above|below|just|an?|the|record|new|fresh|all-time|range\s+of|high\s+of|low\s+of|"
    # "weakened to an annual rate of just 1.9%": a level, said as a pace
    r"(?:annual(?:i[sz]ed)?\s+)?(?:rate|pace)\s+of|only|"
    # "had fallen to a three-year low of 5.7 per cent": a level
    r"[\w]+-(?:year|month|week|decade|quarter))\s+)*$",
    re.I,
)
_FROM_FIGURE = re.compile(
    # ("shrank by more than 3%": "more than" bounds the figure, it compares none)
    r"\b(?:from|(?<!more\s)(?<!less\s)(?<!greater\s)(?<!fewer\s)than|compared\s+with|versus)\s+"
    r"(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:growth|expansion|inflation)\s+of\s+)?"  # "a sharp decline from growth of 7.3%"
    # "a decrease from a previous estimate of 4.2 percent"
    r"(?:(?:previous|earlier|prior|initial|original)\s+(?:estimate|forecast|projection)s?\s+of\s+)?"
    r"(?:\S+['’]s?\s+|(?:forecast|expected|projected|estimated)\s+)?"
    r"(?:(?:upwardly\s+|downwardly\s+)?revised\s+)?$",
    re.IGNORECASE,
)
# "by 200 basis points to 21%", "by 75 basis points, taking the deposit rate to 0.75%".
_LEVEL_TO_CHANGE = re.compile(
    # "by 100 basis points (bps) to 11 per cent", "(one per cent)", "(1 percentage point)"
    # "by 27 basis points (hundredths of a percentage point), to 6.93%"
    r"(?:\s*\((?:[A-Za-z. ]{1,45}|"
    r"(?:or\s+)?[\w.]+\s*(?:%|per\s?cent|percent(?:age\s+points?)?))\)"
    # "by 50 basis points -- or half a percent -- to 10 percent"
    r"|\s*(?:--|—|–|,)\s*or\s+(?:an?\s+|one\s+)?[\w.]+(?:\s+of)?(?:\s+an?)?\s*"
    r"(?:%|per\s?cent|percent(?:age\s+points?)?|points?)\s*(?:--|—|–|,))?"
    # "raised the interest rate by 0.15% in November to 0.25%", "by a quarter point Thursday,
    # to 4.5 percent"
    r"(?:\s+(?:in\s+[A-Z][a-z]+|(?:on\s+)?(?-i:[A-Z][a-z]+day)|(?:last|this)\s+(?:week|month))"
    r"(?=,?\s+to\s))?"
    # "a 75-basis-point rate cut to 9.5%"
    r"(?:\s+(?:(?:interest|policy|key)[- ])?(?:rates?\s+)?"
    r"(?:cut|hike|increase|reduction|rise|raise|decrease|reduce)\b"
    # "a 200 basis-point cut in the benchmark policy rate to 27 percent"
    # "a 100-basis point increase in the MPR to 23.75 percent": a rate named by its initials
    r"(?:\s+(?:in|to|of|from)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:rate|rates|(?-i:[A-Z]{2,6})))?"
    # "a 300 basis-point rate hike last month to 16.5 percent"
    r"(?:\s+(?:last|this)\s+(?:month|week|year)|\s+in\s+[A-Z][a-z]+|\s+on\s+[A-Z][a-z]+day)?)?"
    r"(?:[^;%()]{0,90}?\b(?:taking|bringing|lifting|lowering|pushing|putting|leaving|hiking|"
    r"raising|cutting|reducing|increasing)\b"
    # "cut rates by a quarter point as well - to 4.5%"
    r"[^;%()]{0,60}?"
    # "by 1.5 percentage points, jumping from 6.25% to 7.75%": the rate itself moving, said
    # right after the move
    r"|(?:\s+(?:on\s+)?(?-i:[A-Z][a-z]+day)|\s+in\s+[A-Z][a-z]+|\s+(?:last|this)\s+(?:week|month))?"
    r"\s*,\s*(?:jumping|rising|climbing|falling|dropping|going|moving|edging|inching)"
    r"(?:\s+(?:up|down|back))?"
    # "cut interest rates by 25 basis points this Wednesday ..., which was set at 12.75%"
    r"|[^;%()]{0,60}?,\s*which\s+(?:was|is)\s+(?:now\s+)?(?:set|fixed)"
    r")?(?:\s+as\s+well)?(?:\s*[-–—])?\s*,?\s*"
    r"(?:and\s+(?:set|fixed|brought|now\s+stands|stood|stands)\s+)?"
    # "a 25 basis point cut in the key rate, lowering it from 3% to 2.75%": a from-to level
    r"(?:to|at|(?P<start>from))\s+"
    r"(?:(?:settle|stand|rest|sit)\s+at\s+|reach\s+)?"  # "by a quarter point to reach 0.5%"
    r"(?:(?:a|the)\s+(?:range|band)\s+of\s+|between\s+|(?:the\s+)?level\s+of\s+|"
    # "by 25 basis points to a record-low of 2.25%"
    r"(?:a|an|its|the)\s+(?:new\s+|fresh\s+)?(?:record|all-time|\d+-year|multi-year)[- ]"
    r"(?:low|high)\s+(?:of\s+)?|the\s+"
    # "a further 0.5 per cent reduction from its base rate to an unprecedented 1.5 per cent"
    r"|an?\s+(?:unprecedented|historic|record)\s+)?",
    re.IGNORECASE,
)
_FROM_GAP = re.compile(
    # "by 25 basis points in July, from 6.75 percent to 6.5 percent": the move's time between
    r"(?:\s+(?:(?:in|on)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?|(?:last|this)\s+(?:week|month)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?"
    r"\s*,?\s*from\s+(?:(?:the\s+)?(?:current|present|existing)\s+)?",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"up\s+to\b", re.IGNORECASE)
_RESTATED = re.compile(r"\s*\(\s*(?:or\s+)?", re.IGNORECASE)
_CHANGE_AFTER_LEVEL = re.compile(
    r"(?:\s+(?:in|on|for|during)\s+[\w.'’ -]{1,30}?,|\s*,?)\s*"  # "2.8% in August, down 0.3"
    r"(?:(?P<dir>up|down)(?:\s+by)?|(?:an?|the)\s+"
    r"(?P<noun>increase|rise|hike|cut|reduction|drop|fall|decline)\s+of"
    r"|(?P<or>or)(?:\s+an?)?)\s+",  # "to 29%, or a 100 basis point drop"
    re.IGNORECASE,
)
_FROM_LINK = re.compile(
    # "to 4.25 percent per annum from 4.0 percent"; "to 250 basis points (bps) from 275 bps"
    r"(?:\s*\(bps?\))?(?:\s+per\s+annum|\s+a\s+year)?"
    # "rose by 3% year on year in January, up from a recent low of 2.4%"
    r"(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|month[- ]on[- ]month|m/m"
    r"|from\s+a\s+year\s+(?:earlier|ago|before)))?"
    r"(?:\s+(?:in|on|at|during)\s+[^,;%]*?)?\s*,?\s*"
    # "rose 13.1% from a year earlier, slowing from a 13.2% gain in May"
    r"(?:(?:up|down|slowing|easing|accelerating|quickening|picking\s+up)"
    r"(?:\s+(?:slightly|sharply|marginally))?\s+)?from\s+"
    r"(?:(?:a|an|the|its)\s+(?:recent\s+)?(?:peak|high|low|record(?:\s+(?:high|low))?|level)"
    r"\s+of\s+"  # "to 3.75% from a peak of 5%"
    # "to 7.8% from a previous 6.4%", "from its earlier estimate of 2.1%"
    r"|(?:a|an|the|its|their)\s+(?:previous|prior|earlier|initial)\s+"
    r"(?:(?:estimate|forecast|projection|reading|figure)\s+of\s+)?"
    # "to 5% from the 4.50% set last September" (matched up to the figure: a lookahead for
    # its digit would see the end of the window, never the digit)
    r"|(?:the|its|a)\s+"
    # "up from September's 1.9 percent": the earlier month's reading
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)['’]s\s+)?",
    re.I,
)
_BEFORE_AFTER = re.compile(r"\s+(?:before|previously|earlier)\b", re.IGNORECASE)
# a from-value that was a forecast: "from the 1.8 pct projected in June", "from the 8.2%
# originally forecast earlier this year"
_VIEW_AFTER = re.compile(
    r"\s+(?:(?:rate|level|figure)\s+)?(?:(?:it|they|we)\s+(?:had\s+)?)?"  # "it estimated"
    r"(?:(?:originally|initially|previously)\s+)?"
    r"(?:projected|forecast|predicted|estimated|expected)\b",
    re.IGNORECASE,
)
_RECORD_FROM = re.compile(
    r"\bfrom\s+(?:a|an|the|its)\s+(?:recent\s+|previous\s+|earlier\s+)?"
    r"(?:[\w-]+\s+)?(?:peak|high|low|record|trough)\b",
    re.IGNORECASE,
)
_EARLIER_VIEW = re.compile(r"\b(?:previous|prior|earlier|initial)\b", re.IGNORECASE)
_PREVIOUS_RATE = re.compile(r"\bfrom\s+(?:the|its|a)\s+(?:previous|prior)\s+$", re.IGNORECASE)
_DOWN_NOUNS = frozenset({"down", "cut", "reduction", "drop", "fall", "decline"})
_NEGATIVE_CUES = frozenset(
    {
        "prices",
        "consumer prices",
        "deflation",
        "cpi",
        "consumer price index",
        "hicp",
        "cpih",
        "cpi growth",
    }
)
# "The Consumer Price Index, the most popular gauge of inflation, fell 0.3%": the index fell
_PRICES_APPOSITIVE = re.compile(
    r"\b(?:consumer\s+price\s+index|cpi|consumer\s+prices)\b[^,]{0,20},[^,;]{3,80},\s+\w+\s+"
    r"(?:by\s+)?$",
    re.IGNORECASE,
)
# a figure said to be "down" right after a form of "to be": the size of a fall
_WAS_DOWN = re.compile(
    r"\b(?:was|were|is|are|been|be|came\s+in|ended|stood)\s+down\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_FELL_BY = re.compile(
    r"\b(?:fell|decreased|declined|dropped|dipped|slipped|falling|dropping|declining|dipping|"
    r"slipping|(?:inched|edged|ticked)\s+down)\s+(?:by\s+)?$"
)
_MONTHLY_AFTER = re.compile(
    r"\s*(?:on\s+a\s+monthly\s+basis|in\s+monthly\s+terms|month[- ]on[- ]month|m/m\b|m-o-m\b|"
    r"on\s+the\s+month|from\s+the\s+previous\s+month|compared\s+(?:to|with)\s+"
    r"(?:the\s+previous\s+month|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)",
    re.IGNORECASE,
)
_ZERO_CUES = frozenset(
    {
        "gdp", "economy", "output", "gross domestic product", "economic output",
        "prices", "consumer prices", "cpi", "consumer price index",
    }
)  # fmt: skip


def rate_drafts(ctx: SentenceContext, used: set[int]) -> list[Draft]:
    """Return inflation, GDP and policy-rate drafts for the quantities fx did not use."""
    drafts: list[Draft] = []
    made: set[int] = set()
    other: set[int] = set()  # figures of something else: a component, a tax rate
    for index, quantity in enumerate(ctx.quantities):
        if index in used or not quantity.is_rate or _not_a_rate(ctx, index, used):
            continue
        if _compared_with_other(ctx, index, other):
            # "Private consumption grew 0.3%, slowing from the 1.2% growth recorded the previous
            # quarter": the same component's figure
            other.add(index)
            continue
        if _bracketed_after_rejected(ctx, index, made) or _rounded_restatement(ctx, index):
            # "food prices climbed by 5.5 percent (6.3 percent in April)": the same part; "risen
            # to 5.9%, nearly 6%": the same figure rounded
            continue
        cue = (
            choose_cue(ctx, quantity)
            or _cue_of_move_start(ctx, quantity, drafts)
            or bank_move_cue(ctx, quantity)
        )
        cue = _rate_of_bp_move(ctx, index, cue)
        if cue is not None and (_is_currency_rate(ctx, cue) or _currency_move(ctx, quantity, cue)):
            # "set the shekel-euro rate down 0.297%", "the dollar, which is on track for a
            # 1.6% weekly fall": an exchange rate's move
            continue
        if cue is not None and is_zero_word(quantity) and not _takes_zero(ctx, cue):
            continue
        if cue is not None and not is_not_the_indicator(ctx, quantity, cue):
            draft = _draft(ctx, quantity, cue)
            earlier = _earlier_forecast(ctx, draft)
            drafts.extend([draft] if earlier is None else [earlier, draft])
            made.add(index)
        elif _component_subject(ctx, quantity):
            other.add(index)
    drafts = _estimates_of_contractions(ctx, drafts)
    merged = _merge(ctx, drafts)
    return [
        d
        for index, d in enumerate(merged)
        if not is_vote(ctx, d)
        and not _rate_points_alone(d)
        and not (d.change is None and is_revision_move(ctx, d.quantity))
        and not _counted_again(ctx, d, merged[:index])
    ]


# "raised rates by another 0.75 percentage points on Thursday, the second three-quarter-point
# rise in two months": the move counted among others, told again
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|its|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|back-to-back)\s+)?$",
    re.IGNORECASE,
)


def _counted_again(ctx: SentenceContext, draft: Draft, earlier: list[Draft]) -> bool:
    """Return True for a policy move the sentence stated before, counted by an ordinal."""
    change = draft.change
    if draft.indicator is not Indicator.POLICY_RATE or change is None or not draft.is_change_only:
        return False
    if not _ORDINAL_BEFORE.search(ctx.text, max(0, draft.start - 40), draft.start):
        return False
    return any(
        e.indicator is Indicator.POLICY_RATE
        and e.change is not None
        and abs(e.change.value) == abs(change.value)
        and e.change.unit is change.unit
        for e in earlier
    )


# "contracted by 4.9 percent in 2010 and 7.1 percent in 2011, exceeding previous estimates of
# 3.5 percent and 6.9 percent respectively"
_EARLIER_ESTIMATES_OF = re.compile(
    r"\b(?:previous|earlier|initial|prior|preliminary|first)\s+(?:estimates?|readings?|"
    r"figures?|projections?)\s+of\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_LIST_LINK = re.compile(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_FROM_THE = re.compile(r"\bfrom\s+(?:the|an?|its|their)\s+$", re.IGNORECASE)
_GROWTH_AFTER = re.compile(r"\s*(?:of\s+)?(?:growth|expansion|increase|rise)\b", re.IGNORECASE)


def _estimates_of_contractions(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """Give the earlier estimates of a contraction its sign: a figure behind "previous
    estimates of", and those listed with it, after a negative growth figure of the sentence
    (unless named growth: "revised from an initial estimate of 0.1% growth")."""
    out: list[Draft] = []
    listed = False
    for draft in drafts:
        last = out[-1] if out else None
        start = draft.quantity.start
        if (
            last is not None
            and draft.indicator is Indicator.GDP_GROWTH
            and draft.value > 0
            and draft.change is None
            and not _GROWTH_AFTER.match(ctx.text, draft.quantity.per_end)
            and last.indicator is Indicator.GDP_GROWTH
            and last.value < 0
        ):
            gap_start = last.quantity.per_end
            estimates = _EARLIER_ESTIMATES_OF.search(ctx.text, max(gap_start, start - 40), start)
            at = -1 if estimates is None else estimates.start()
            listed = (
                # (not "revised to a 0.3% contraction from the previous estimate of 0.1%": the
                # estimate revised may have been growth)
                at >= 0 and not _FROM_THE.search(ctx.text, max(0, at - 12), at)
            ) or (listed and _LIST_LINK.fullmatch(ctx.text, gap_start, start) is not None)
            if listed:
                draft = replace(draft, value=-draft.value)
        else:
            listed = False
        out.append(draft)
    return out


def _rate_of_bp_move(ctx: SentenceContext, index: int, cue: Cue | None) -> Cue | None:
    """Return the policy-rate word for a move in basis points that a growth word nearer to it
    would take ("to lift its interest rate after the Great Recession, did so only once and by
    25 bps to 6.75%"): growth is not moved in basis points, a policy rate is."""
    if cue is None or cue.kind not in (CueKind.GDP, CueKind.GDP_VERB):
        return cue
    quantity = ctx.quantities[index]
    before = ctx.quantities[index - 1] if index > 0 else None
    in_bp = quantity.kind is QKind.BP or (
        before is not None
        and before.kind is QKind.BP
        and _BP_TO.fullmatch(ctx.text, before.per_end, quantity.start) is not None
    )
    if not in_bp:
        return cue
    rates = [
        c
        for c in ctx.cues
        if c.end <= quantity.start and c.kind in (CueKind.POLICY, CueKind.POLICY_WEAK)
    ]
    return rates[-1] if rates else cue


_BP_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_STATE_NOUNS = re.compile(r"\b(?:recession|downturn|deflation|slump|crash)\b", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_ROUNDED_AFTER = re.compile(
    r"(?:\s*\[[^\]]{0,60}\])?\s*,\s*(?:nearly|almost|about|roughly|around|close\s+to|"
    r"just\s+(?:under|over|below|above))\s+$",
    re.IGNORECASE,
)


def _rounded_restatement(ctx: SentenceContext, index: int) -> bool:
    """Return True for a figure restated rounded right after it: "to 5.9%, nearly 6%"."""
    if index == 0:
        return False
    before, quantity = ctx.quantities[index - 1], ctx.quantities[index]
    return (
        before.kind is quantity.kind is QKind.PERCENT
        and quantity.value_max is None
        and abs(quantity.value - before.value) <= Decimal("0.5")
        and _ROUNDED_AFTER.fullmatch(ctx.text, before.per_end, quantity.start) is not None
    )


def _bracketed_after_rejected(ctx: SentenceContext, index: int, made: set[int]) -> bool:
    """Return True for a figure in brackets right after a rate figure that is no claim: the
    bracket gives the same figure for another period."""
    if index == 0 or index - 1 in made:
        return False
    before, quantity = ctx.quantities[index - 1], ctx.quantities[index]
    return (
        before.is_rate
        and before.kind is quantity.kind
        and _OPEN_BRACKET.fullmatch(ctx.text, before.per_end, quantity.start) is not None
    )


def _compared_with_other(ctx: SentenceContext, index: int, other: set[int]) -> bool:
    """Return True for a figure a move of something else started from, or is set against,
    right after that figure: it is the same thing's ("Private investment grew 1.5%, down from
    2.4% growth in the previous quarter")."""
    if index - 1 not in other:
        return False
    before, quantity = ctx.quantities[index - 1], ctx.quantities[index]
    return (
        before.kind is quantity.kind
        and _COMPARED_LINK.fullmatch(ctx.text, before.per_end, quantity.start) is not None
    )


def _component_subject(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True when the nearest indicator word before the figure, past its verb, is one
    that blocks a claim ("Private investment grew 1.5%")."""
    words = [
        c
        for c in ctx.cues
        if c.end <= quantity.start
        and quantity.start - c.end <= 60
        and c.kind not in (CueKind.NEUTRAL, CueKind.GDP_VERB)
    ]
    return bool(words) and words[-1].kind is CueKind.BLOCK


_COMPARED_LINK = re.compile(
    r"[^;%\d]{0,60}?\b(?:from|after|than|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:(?:the|an?|its)\s+)?(?:(?:previous|prior|preceding|same)\s+"
    r"(?:year|quarter|month|period)['’]s\s+)?(?:about\s+|around\s+)?",
    re.IGNORECASE,
)


# "eased slightly to 4.5 percent in September from 4.6 percent": where the move started;
# "closed 2022 with a rise of 7.82%, above the 7.36% of 2021": a figure it is compared with
_FROM_AFTER_LAST = re.compile(
    r"(?:\s+(?:in|for)\s+[A-Z][a-z]+\.?(?:\s+(?:19|20)\d\d)?,)?"  # "1.1% in September, from"
    r"[^,;%\d]{0,45}?\bfrom\s+(?:about\s+|around\s+)?$"
    # "3.1% for 2024, compared with 2.8% in the previous survey"
    r"|(?:\s+(?:for|in)\s+(?:(?:19|20)\d\d|(?:this|next|last)\s+year))?"
    r",?\s+(?:above|below|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "..., slightly below a Reuters poll forecast of 4.9%": the consensus for the same figure
_CONSENSUS_AFTER_LAST = re.compile(
    r"[^;%\d]{0,40}?\b(?:above|below|than|versus|vs\.?|against|beating|missing|"
    r"compared\s+(?:with|to)|in\s+line\s+with)\b[^;%\d]{0,50}?"
    r"\b(?:forecasts?|estimates?|expectations?|consensus|poll|projections?)\b"
    r"[^;%\d]{0,20}?\b(?:of|at|for)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


# "compared with expectations for a 2.2 per cent increase and a revised 0.6 per cent rise"
_LISTED_AFTER_LAST = re.compile(
    r"\s+(?:(?:increase|rise|gain|growth|expansion|contraction|decline|fall|drop)\s+)?"
    r"(?:,\s*)?and\s+(?:an?\s+|the\s+)?(?:(?:upwardly|downwardly)\s+)?revised\s+$",
    re.IGNORECASE,
)


def _cue_of_move_start(ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]) -> Cue | None:
    """Return the indicator word of the figure just before, for a figure that is its starting
    point ("from 4.6 percent"), the figure it is compared with ("above the 7.36% of 2021"), its
    consensus ("below a Reuters poll forecast of 4.9%") or a revised one listed with it ("and a
    revised 0.6 per cent"), when that figure's cue stands too far back to be found from here."""
    if not drafts or drafts[-1].quantity.kind is not quantity.kind:
        return None
    last = drafts[-1]
    if not (
        _FROM_AFTER_LAST.fullmatch(ctx.text, last.quantity.per_end, quantity.start)
        or _CONSENSUS_AFTER_LAST.fullmatch(ctx.text, last.quantity.per_end, quantity.start)
        or _LISTED_AFTER_LAST.fullmatch(ctx.text, last.quantity.per_end, quantity.start)
    ):
        return None
    if any(
        c.kind is CueKind.BLOCK and last.quantity.per_end <= c.start <= quantity.per_end + 40
        for c in ctx.cues
    ):
        return None  # "inflation was 5% and a 3% rise in wages": the blocker names the figure
    return next((c for c in ctx.cues if c.start == last.anchor), None) or choose_cue(
        ctx, last.quantity
    )


def _rate_points_alone(draft: Draft) -> bool:
    """Return True for a move of an inflation or growth rate in points with no level it led
    to ("headline inflation had eased cumulatively by 5.4 percentage points since April", "the
    forecast was lowered 1.7 percentage points"): a revision or a difference, no claim of a
    rate. A policy rate's move in points is one ("cut by 50 basis points")."""
    return (
        draft.indicator in (Indicator.INFLATION, Indicator.GDP_GROWTH)
        and draft.quantity.kind in (QKind.POINTS, QKind.BP)
        and draft.is_change_only  # (not "the inflation rate reached 5.32 percentage point")
    )


def _not_a_rate(ctx: SentenceContext, index: int, used: set[int]) -> bool:
    """Return True for a percent that is no indicator's rate, whatever word is near it."""
    quantity = ctx.quantities[index]
    if index + 1 in used and _TO_NEXT.fullmatch(
        ctx.text, quantity.per_end, ctx.quantities[index + 1].start
    ):
        return True  # "depreciated 0.1 percent to 91.10 per dollar": the move to a rate level
    return (
        (
            SHARE_AFTER_RE.match(ctx.text, quantity.per_end) is not None
            # (not "300 basis points of rate increases": the moves' total)
            and _OF_MOVES.match(ctx.text, quantity.per_end) is None
        )
        or (
            quantity.kind in (QKind.BP, QKind.POINTS)
            and (
                _SIZE_OF_MOVES.match(ctx.text, quantity.per_end) is not None
                # "still 75 bp above the ECB's key refi rate", "a spread of 40 basis points"
                or _SPREAD_AFTER.match(ctx.text, quantity.per_end) is not None
                or _SPREAD_BEFORE.search(ctx.text, max(0, quantity.start - 30), quantity.start)
                is not None
            )
        )
        or _ASSUMED.search(ctx.text, max(0, quantity.start - 30), quantity.start) is not None
        or _LARGER_THAN_VIEW.match(ctx.text, quantity.per_end) is not None
        or _ODDS_BEFORE.search(ctx.text, max(0, quantity.start - 160), quantity.start) is not None
        or _is_context(ctx, quantity)
        or is_hypothetical(ctx, quantity.start)
        or _is_restated(ctx, index)
        or is_band_width(ctx, quantity)  # "allows the yuan to rise or fall 1 percent a day"
    )


_TO_NEXT = re.compile(r"\s+to\s+(?:about\s+|around\s+)?", re.IGNORECASE)
_OF_MOVES = re.compile(
    r"\s+of\s+(?:(?:interest[\s-]+)?rate\s+)?(?:increases|hikes|rises|cuts|reductions|"
    r"tightening|easing)\b",
    re.IGNORECASE,
)
# a gap between two rates, not a move of one
_SPREAD_AFTER = re.compile(
    r"\s+(?:above|below|over|under)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:rates?|yields?)\b",
    re.IGNORECASE,
)
_SPREAD_BEFORE = re.compile(r"\b(?:spread|differential|gap)\s+of\s+(?:about\s+|around\s+)?$", re.I)
# the size of moves in general: "its streak of 50 basis point hikes", "a pattern of 50 basis
# point cash rate increases" (plural: no one decision)
_SIZE_OF_MOVES = re.compile(
    r"[\s-]*(?:(?:cash|policy|interest|key)[\s-]+)?(?:rate[\s-]+)?"
    r"(?:hikes|increases|rises|cuts|reductions|moves)\b",
    re.IGNORECASE,
)
# market odds and what they are of: "a 93% chance the BoE will raise rates by a quarter point
# when it meets on Thursday, up from around 57% on Tuesday"
_ODDS_BEFORE = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:%|percent|per\s?cent)\s+(?:chance|probability|odds|likelihood)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
# a level a forecast is conditioned on: "based on a 4% cash rate", "assuming a 4.0% cash rate"
_ASSUMED = re.compile(
    r"\b(?:assuming|assumes|assumed|based\s+on|conditioned\s+on|conditional\s+on)\s+"
    r"(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# a size compared with an earlier view: "the economy will be 2.25% larger in three years' time
# than it predicted in February" (a revision of the level, no growth rate)
_LARGER_THAN_VIEW = re.compile(
    r"\s+(?:larger|smaller|bigger)\b[^.;,]{0,40}?\bthan\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:predicted|forecast|expected|projected|thought|estimated|previously|anticipated)\b",
    re.IGNORECASE,
)

# a move named after its figure: "a 1.6% weekly fall", "a 0.4% gain"
_MOVE_AFTER = re.compile(
    r"\s+(?:(?:daily|weekly|monthly|quarterly|annual|yearly|overnight|intraday)\s+)?"
    r"(?:fall|drop|decline|slide|loss|gain|rise|rally|jump|advance|climb)\b",
    re.IGNORECASE,
)


def _currency_move(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for a currency's move whose indicator word came earlier: "U.S. inflation
    data ... weighed on the dollar, which is on track for a 1.6% weekly fall"."""
    if cue.end > quantity.start or not _MOVE_AFTER.match(ctx.text, quantity.per_end):
        return False
    return any(
        cue.end <= m.start and m.end <= quantity.start and quantity.start - m.end <= 60
        for m in ctx.currencies
    )


_RESTATED_OPEN = re.compile(r"\s*(?:\(\s*(?:or\s+)?|(?:--|—|–|,)\s*or\s+)")
_RESTATED_CLOSE = re.compile(r"\s*(?:\)|--|—|–|,)")


_FORECAST_NOUNS = r"forecasts?|projections?|outlook|expectations?|predictions?|estimates?"
_FORECAST_NOUN = re.compile(rf"\b(?:{_FORECAST_NOUNS})\b", re.I)
# a forecast move, not a revision: "forecast inflation was likely to rise from 3.6 per cent to
# 3.8 per cent": the 3.6 is where inflation stands, not an earlier forecast
_FORECAST_MOVE_FROM = re.compile(
    r"\b(?:rise|rising|fall|falling|increase|increasing|decrease|decline|declining|ease|easing|"
    r"slow|slowing|accelerate|accelerating|climb|climbing|drop|dropping|grow|growing|pick\s+up|"
    r"edge\s+(?:up|down)|go\s+(?:up|down))\s+(?:\w+\s+)?from\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_RANGE_THEN_FROM = re.compile(r"\s*,?\s*from\s+", re.IGNORECASE)
_FIRST_FIGURE = re.compile(r"[-−–]?\d[\d.,]*(?:\s?%|\s*per\s?cent|\s*percent)?", re.IGNORECASE)


# "Between April and May, inflation slowed from 2.8% to 2.3%": each end has its month
_BETWEEN_MONTHS_BEFORE = re.compile(rf"\b{BETWEEN_MONTHS.pattern}\b[^.;]{{0,80}}$")


def _earlier_forecast(ctx: SentenceContext, draft: Draft) -> Draft | None:
    """Return the earlier forecast of a revision written "from X to Y" ("the growth forecast
    for 2025 has been revised down from 4.5 percent to 4 percent"): a claim of its own; so is
    the start of a move between two named months."""
    quantity = draft.quantity
    if quantity.from_value is None or draft.indicator is Indicator.POLICY_RATE:
        return None
    dated_ends = _BETWEEN_MONTHS_BEFORE.search(ctx.text, 0, quantity.start) is not None
    if not dated_ends and (
        not _FORECAST_NOUN.search(ctx.text)
        or _FORECAST_MOVE_FROM.search(ctx.text, max(0, quantity.start - 40), quantity.start)
    ):
        return None
    if any(
        q.value_max is not None and _RANGE_THEN_FROM.fullmatch(ctx.text, q.per_end, quantity.start)
        for q in ctx.quantities
    ):
        return None  # "to 1.0 to 1.5 percent, from 1.0 percent to 2.0 percent": an earlier range
    first = _FIRST_FIGURE.match(ctx.text, quantity.start)
    if first is None:
        return None
    earlier = replace(
        quantity,
        end=first.end(),
        num_end=first.end(),
        per_end=first.end(),
        value=quantity.from_value,
        value_max=None,
        from_value=None,
        text=first.group(),
    )
    return replace(
        draft,
        quantity=earlier,
        start=quantity.start,
        end=first.end(),
        value=quantity.from_value,
        value_max=None,
        value_text=first.group(),
        change=None,
        secondary=True,
    )


def _is_restated(ctx: SentenceContext, index: int) -> bool:
    """Return True for a move restated in brackets in another unit: "by 100 basis points (one
    per cent) to 17 per cent" is one move, not a rate of 1%."""
    if index == 0:
        return False
    before, quantity = ctx.quantities[index - 1], ctx.quantities[index]
    return (
        before.kind in (QKind.BP, QKind.POINTS)
        and quantity.kind in (QKind.PERCENT, QKind.POINTS)
        and quantity.kind is not before.kind
        and _RESTATED_OPEN.fullmatch(ctx.text, before.per_end, quantity.start) is not None
        and _RESTATED_CLOSE.match(ctx.text, quantity.per_end) is not None
    )


def _is_currency_rate(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for a generic "rate" right after a currency name ("the shekel-euro rate",
    "the dollar rate"): an exchange rate, not a policy rate."""
    if cue.kind is not CueKind.POLICY_WEAK:
        return False
    return any(0 <= cue.start - m.end <= 1 for m in ctx.currencies)


_MOVE_NOUN_AFTER = re.compile(
    # ("300 basis points of rate increases": the total of the moves)
    r"(?:\s+of)?"
    r"\s*(?:(?P<rate>rate|interest[\s-]+rate|policy[\s-]+rate)\s+)?(?:(?P<down>cuts?|reductions?|"
    r"decreases?|easing)|(?:hikes?|increases?|rises?|raises?|tightening))\b",
    re.IGNORECASE,
)


def _names_rate_move(text: str, at: int) -> bool:
    """Return True when "rate cut", "rate hike" and the like follow at once: "a 0.75% rate
    hike" is the size of a move; so is a move whose object or author follows ("a further 0.5
    per cent reduction from its base rate", "a one per cent cut from the Bank of England")."""
    noun = _MOVE_NOUN_AFTER.match(text, at)
    if noun is None:
        return False
    return noun["rate"] is not None or _MOVE_OBJECT.match(text, noun.end()) is not None


# what a move noun after a percent moves, or who moves it
_MOVE_OBJECT = re.compile(
    r"\s+(?:in|to|from|of|by)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:(?:base|bank|policy|key|benchmark|interest|repo|cash|discount)\s+rates?|"
    r"interest\s+rates?|(?-i:Bank|Reserve|Federal|Central|Monetary|Fed\b))",
    re.IGNORECASE,
)


def _is_context(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a figure that is no claim: an aim, a denial, the start of a move with
    no end, an index level in points ("the index recorded 118 points")."""
    if is_aim(ctx, quantity) or is_negated(ctx, quantity) or is_bare_from(ctx, quantity):
        return True
    if _is_odds(ctx, quantity):
        return True  # "putting the odds of an interest rate cut in September at about 70%"
    if _DEFINITION.search(ctx.text):
        return True  # "one basis point is equivalent to 0.01%": a definition, not a figure
    if (
        quantity.kind is QKind.POINTS
        and _POINTS_APART_END.match(ctx.text, quantity.per_end)
        and _FORECASTISH.search(ctx.text)
    ):
        return True  # "average inflation for 2025 is only a tenth of a percentage point lower"
    return (
        quantity.kind is QKind.POINTS
        # "reached 5.32 percentage point" is a rate so written, not an index level
        and not _in_percentage_points(ctx, quantity)
        and _INDEX_POINTS.search(ctx.text, max(0, quantity.start - 20), quantity.start) is not None
    )


def _is_odds(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a probability, or the earlier one it is compared with ("the chances
    of a recession at 35 percent, up slightly from a 33 percent estimate")."""
    if _ODDS_AT.search(ctx.text, max(0, quantity.start - 90), quantity.start):
        return True
    if "from" not in ctx.text:
        return False
    before = [q for q in ctx.quantities if q.per_end <= quantity.start]
    return bool(before) and (
        _ODDS_FROM.fullmatch(ctx.text, before[-1].per_end, quantity.start) is not None
        and _ODDS_AT.search(ctx.text, max(0, before[-1].start - 90), before[-1].start) is not None
    )


_ODDS_FROM = re.compile(
    r"\s*,?\s*(?:(?:up|down)\s+)?(?:slightly\s+|sharply\s+)?from\s+(?:an?\s+|the\s+)?"
    # "pare ECB rate hike bets to roughly 30% now and it way down from around 54% earlier"
    r"|[^.;%\d]{0,30}?\b(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+)?",
    re.IGNORECASE,
)
_ODDS_AT = re.compile(
    r"(?:\b(?:odds|probability|chances?|likelihood)\s+(?:of|for|that)\b[^.;%]{0,70}?"
    # "traders pare ECB rate hike bets to roughly 30%"
    r"|\b(?:bets|odds|probability|chances|pricing)\s+)"
    r"\b(?:at|to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"\b(?:one|a|1)\s+(?:basis\s+point|percentage\s+point|bp)\s+(?:is|equals|means)\b", re.I
)
# "a tenth of a percentage point lower.": a difference between two figures, named alone
_POINTS_APART_END = re.compile(r"\s+(?:higher|lower|more|less|above|below)\s*(?:[.;,]|$)", re.I)
# a sentence about a forecast: its nouns, its verbs, or a year it is for
_FORECASTISH = re.compile(
    rf"\b(?:{_FORECAST_NOUNS}|projected|expected|expects?|sees?|for\s+(?:19|20)\d\d)\b", re.I
)
_INDEX_POINTS = re.compile(
    r"\b(?:recorded|registered|stood\s+at|was\s+at|reached|closed\s+at|level\s+of)\s+$",
    re.IGNORECASE,
)


def _takes_zero(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for output and price-level words: "GDP was flat", "prices were unchanged"."""
    return " ".join(ctx.text[cue.start : cue.end].lower().split()) in _ZERO_CUES


# "the point-to-point inflation rate reached 5.32 percentage point": a level so written
_LEVEL_VERB_BEFORE = re.compile(
    r"\b(?:to|at|reached|reaches|was|were|is|stood\s+at|stands\s+at)\s+$", re.IGNORECASE
)


def _points_as_level(
    ctx: SentenceContext, quantity: Quantity, indicator: Indicator, before: str
) -> bool:
    """Return True for an inflation rate given in "percentage point" after a level verb."""
    return (
        indicator is Indicator.INFLATION
        and quantity.kind is QKind.POINTS
        and _in_percentage_points(ctx, quantity)
        and _LEVEL_VERB_BEFORE.search(before) is not None
    )


def _in_percentage_points(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for points written "percentage point(s)", not index points."""
    return "percentage" in ctx.text[quantity.start : quantity.end].lower()


def _outside_brackets(text: str, start: int) -> int:
    """Return where the bracket around a cue opens: "cut the OCR (official cash rate) by 50
    basis points" reads its verb before the bracket."""
    opening = text.rfind("(", max(0, start - 3), start)
    return opening if opening >= 0 else start


def _draft(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> Draft:
    indicator = _INDICATORS[cue.kind]
    cue_start = cue.start
    if indicator is Indicator.POLICY_RATE:
        cue_start = _outside_brackets(ctx.text, cue.start)
    anchor = min(cue_start, quantity.start)
    before = ctx.text[clause_start(ctx.text, anchor) : quantity.start]
    # (a policy rate moves by its verbs: "lift its interest rate after the Great Recession, did
    # so only once and by 25 bps" is a rise)
    movement = direction(
        _STATE_NOUNS.sub(" ", before) if indicator is Indicator.POLICY_RATE else before
    )
    cue_text = " ".join(ctx.text[cue.start : cue.end].lower().split())
    is_change = (
        quantity.kind in (QKind.POINTS, QKind.BP)
        and not _points_as_level(ctx, quantity, indicator, before)
    ) or (
        indicator is Indicator.POLICY_RATE
        and (
            bool(_BY_BEFORE.search(before))
            or _moved_without_by(ctx.text, before, quantity)
            # "a 0.75% rate hike": the noun right after the figure makes it the move's size
            or (quantity.kind is QKind.PERCENT and _names_rate_move(ctx.text, quantity.per_end))
        )
    )
    draft = Draft(
        indicator=indicator,
        quantity=quantity,
        start=quantity.start,
        end=quantity.per_end,
        anchor=anchor,
        value=quantity.value,
        value_max=quantity.value_max,
        value_text=quantity.text,
        unit=_UNITS[indicator],
        movement=movement,
    )
    if is_change:
        unit = _CHANGE_UNITS[quantity.kind]
        if indicator is Indicator.POLICY_RATE and _bare_points_are_bp(ctx.text, quantity):
            unit = ChangeUnit.BP  # "has now raised it by 50 points": basis points
        # "another 25 bps cut in March", "a slowing from the 0.75 point increase": the noun
        # right after the figure names the move, whatever verb came before
        noun = _MOVE_NOUN_AFTER.match(ctx.text, quantity.per_end)
        if noun is not None:
            movement = -1 if noun.group("down") else 1
        signed = abs(quantity.value) * (movement or 1)
        return replace(
            draft,
            value=signed,
            value_max=None,
            unit=_CHANGE_UNIT_NAMES[unit],
            change=Change(value=signed, unit=unit),
        )
    if _is_negative(ctx, quantity, cue, before, indicator, cue_text):
        # "shrink 6-8%" is the range -8..-6: both ends flip and swap
        low = -abs(draft.value if draft.value_max is None else draft.value_max)
        top = None if draft.value_max is None else -abs(draft.value)
        draft = replace(draft, value=low, value_max=top)
    if quantity.from_value is not None and (
        indicator is Indicator.POLICY_RATE
        or not _RECORD_FROM.search(ctx.text, max(0, quantity.start - 30), quantity.num_start)
    ):
        # (but inflation "eased from a peak of 11.1% to 8.7%": a record start sets no change)
        delta = draft.value - quantity.from_value
        draft = replace(
            draft, change=Change(value=delta, unit=ChangeUnit.PP, from_value=quantity.from_value)
        )
    return draft


# "raised its official cash rate 0.25 per cent to 7 per cent": a move with no "by"
_MOVED_RATE_BEFORE = re.compile(
    r"\b(?:raised|cut|lowered|reduced|hiked|lifted|trimmed|slashed|increased)\s+"
    r"(?:(?:its|the|their)\s+(?:[\w-]+\s+){0,4}?)?rates?\s+$"
    # "the official cash rate was bumped up a record .75% to 4.25%": the move's size
    r"|\b(?:raised|cut|lowered|reduced|hiked|lifted|trimmed|slashed|increased|bumped|pushed|"
    r"jacked|ratcheted)\s+(?:up|down)\s+(?:by\s+)?(?:(?:a|another)\s+)?(?:(?:record|further|"
    r"whopping|hefty|sharp)\s+)?$",
    re.IGNORECASE,
)
_TO_FIGURE_AFTER = re.compile(r"\s+to\s+(?=[\d.])", re.IGNORECASE)


def _moved_without_by(text: str, before: str, quantity: Quantity) -> bool:
    """Return True for a move's size put right after the rate's name, before "to" a level."""
    return bool(
        _MOVED_RATE_BEFORE.search(before) and _TO_FIGURE_AFTER.match(text, quantity.per_end)
    )


def _bare_points_are_bp(text: str, quantity: Quantity) -> bool:
    """Return True for a policy move of "50 points" with no "percentage" before "points": no
    central bank moves its rate by 20 percentage points or more, so these are basis points."""
    if quantity.kind is not QKind.POINTS or abs(quantity.value) < 20:
        return False
    unit = text[quantity.start : quantity.end].lower()
    return "perc" not in unit and "per cent" not in unit and "pp" not in unit and "%" not in unit


_SEASON_FALL = re.compile(
    r"fall\s+(?:forecasts?|projections?|outlook|estimates?|update|meeting|statement|survey|"
    r"report|budget|economic\s+statement)\b",
    re.IGNORECASE,
)
_LEVEL_LIST_BEFORE = re.compile(
    r"\b(?:to|at)\s+(?:(?:about|around|nearly)\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)"
    r"[^.;%\d]{0,30}?(?:,\s*|\s+)and\s+$",
    re.IGNORECASE,
)
_A_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?$", re.IGNORECASE)
_LISTED_BY = re.compile(
    r"\d\s?(?:%|per\s?cent)[^,;%]{0,40}(?:,\s+|\s+and\s+)(?:and\s+)?by\s+$", re.I
)
_FALL_VERB = (
    r"\b(?:shr[au]nk|shrinking|shrinks?|contract(?:ed|ing|s)?|f[ae]ll|falling|falls|"
    r"declin(?:ed|ing|es)|dropp(?:ed|ing)|slump(?:ed|ing)|plung(?:ed|ing)|tumbl(?:ed|ing))\s+"
)
_FELL_AT_A = re.compile(rf"{_FALL_VERB}at\s+an?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_FELL_AT_RATE_OF = re.compile(
    rf"{_FALL_VERB}at\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:rate|pace)\s+of\s+(?:about\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"\s+(?:(?:seasonally[- ]adjusted|inflation[- ]adjusted)\s+)?"
    r"(?:(?:annual(?:i[sz]ed)?|quarterly|yearly|monthly)\s+)?(?:rate|pace|clip)\b",
    re.IGNORECASE,
)
# the level a contraction slows or deepens to: "the economic decline will slow down to 5.3%",
# "the contraction in the economy eased to 2.1%"
_FALL_REACHED = re.compile(
    r"\b(?:contraction|decline|downturn|recession|slump|shrinkage)\b[^.;%\d]{0,50}?"
    r"\b(?:slow|slowed|slows|ease|eased|eases|moderate|moderated|narrow|narrowed|deepen|"
    r"deepened|accelerate|accelerated|widen|widened|worsen|worsened|reach|reached)"
    r"(?:\s+down)?\s+(?:to|at)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_SIZE_OF_FALL = re.compile(
    r"\b(?:estimat\w*|puts?|sees?|saw|seen|forecasts?|projects?|projected|expects?|expected)\s+"
    # "The IMF estimate of contraction in Iran's GDP for 2019 was ... at 9.5 percent"
    r"(?:of\s+)?(?:(?:the|a|an|its)\s+)?(?:\w+\s+)?"
    r"(?:fall|decline|contraction|drop|decrease|slump|shrinkage)\b"
    r"(?:[^%\d;]|(?:19|20)\d\d){0,60}?\bat\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)


# "the growth was 6.5% dropping to 5.5% in the second quarter": the next figure's fall
_LATER_FALL = re.compile(
    r"(?:dropping|falling|declining|sliding|slipping|easing|slowing|decelerating|sinking)\s+"
    r"(?:back\s+|further\s+)?to\b",
    re.IGNORECASE,
)


def _is_negative(
    ctx: SentenceContext,
    quantity: Quantity,
    cue: Cue,
    before: str,
    indicator: Indicator,
    cue_text: str,
) -> bool:
    """Return True for "shrank 2%", "a contraction of 15%", "consumer prices fell 0.2%"."""
    if _signed_or_rising(ctx, quantity):
        return False
    if indicator is Indicator.INFLATION and not _names_prices(cue_text, before):
        return _inflation_fell(ctx, quantity, before)
    if _never_negative(ctx, quantity, before, indicator):
        return False
    after = ctx.text[quantity.per_end : max(quantity.per_end + 18, cue.end) + 12]
    if " at a" in before and _fell_at_a_pace(ctx, quantity, before):
        return True
    if _TO_BEFORE.search(before):
        # "rose to 2%" is a level; "corresponds to a 1.7% drop" still names a fall, and so does
        # "estimated the fall in GDP in the first quarter at 0.5%" (the size of the fall)
        return (
            bool(_A_BEFORE.search(before)) and bool(NEGATIVE_RE.match(after.lstrip(" -")))
        ) or bool(_SIZE_OF_FALL.search(before) or _FALL_REACHED.search(before))
    if _FROM_FIGURE.search(before):
        # "fell to 5.8% from December's 6.3%" is the earlier level, not a fall; "compared
        # with a 0.2% contraction" is still one
        return bool(NEGATIVE_RE.match(after.lstrip(" -")))
    if ", " in before:
        before = RELATIVE_RE.sub(",", before)  # "the economy, which had shrunk in 2023, grew 1%"
    rest = _INDICATOR_FIRST.sub("", after.lstrip(" -"), count=1)
    if (
        (NEGATIVE_RE.match(rest) and not _LATER_FALL.match(rest))
        or _WAS_DOWN.search(before)
        or _edged_lower(ctx, quantity, before)
    ):
        # "a 0.6% fall", "a 0.1% GDP fall"; "GDP was down 0.6% on the year", "but were down
        # 0.03% from a month earlier"
        return True
    return _fall_before(before)


def _fell_at_a_pace(ctx: SentenceContext, quantity: Quantity, before: str) -> bool:
    """Return True for a fall told as a pace: "the economy shrank at a 3.8 percent annual
    rate", "shrank at an annualised rate of 2.1 per cent"."""
    if _FELL_AT_RATE_OF.search(before) is not None:
        return True
    return (
        _FELL_AT_A.search(before) is not None
        and _RATE_AFTER.match(ctx.text, quantity.per_end) is not None
    )


def _fall_before(before: str) -> bool:
    """Return True when the last move word before the figure is a fall with no rise after it
    ("shrink 3.5% this year before rebounding 5%": the rise nearer the figure wins)."""
    # "shrank 0.7 percent in the first quarter, by 5.1 percent in the second, by 5.7 percent in
    # the third": the later items of a list of falls look further back for the fall
    window = before[-200:] if _LISTED_BY.search(before) else before[-60:]
    # "from its fall forecast of 2%": the season, not a decline
    falls = [
        f
        for f in NEGATIVE_RE.finditer(window)
        if not _SEASON_FALL.match(f.group() + window[f.end() :])
    ]
    if not falls:
        return False
    # "shrink 3.5% this year before rebounding 5%": a rise nearer the figure wins ("up to" is
    # a bound, not a rise)
    if _GROWTH_NOUN.search(window, falls[-1].end()):
        return False  # "The 1.1 percent drop in GDP followed a growth rate of 0.3 percent"
    return not any(
        not _UP_TO.match(window, rise.start()) for rise in UP_RE.finditer(window, falls[-1].end())
    )


def _names_prices(cue_text: str, before: str) -> bool:
    """Return True when the subject is prices or their index, whose fall is negative."""
    return cue_text in _NEGATIVE_CUES or _PRICES_APPOSITIVE.search(before) is not None


def _inflation_fell(ctx: SentenceContext, quantity: Quantity, before: str) -> bool:
    """Return True for a fall of prices said of inflation: "core inflation fell by 0.2% on a
    monthly basis", "On MoM basis, it rose 2% ... and a decrease of 1.2% in September 2022"."""
    if _A_DECREASE_OF.search(before):
        return True
    if _A_BEFORE.search(before) and _FALL_NOUN_AFTER.match(ctx.text, quantity.per_end):
        return True  # "compared to a 0.2 percent decline registered in December"
    if _edged_lower(ctx, quantity, before):
        return True  # "On a sequential basis, the index edged 0.39% lower"
    return bool(_FELL_BY.search(before)) and bool(
        _MONTHLY_AFTER.match(ctx.text, quantity.per_end)
        # "inflation dropped 0.85% in December from the previous year": prices fell on the year
        or (quantity.kind is QKind.PERCENT and _YEARLY_AFTER.match(ctx.text, quantity.per_end))
    )


def _edged_lower(ctx: SentenceContext, quantity: Quantity, before: str) -> bool:
    """Return True for a move said with "lower" after the figure: "edged 0.39% lower"."""
    return bool(_EDGED.search(before)) and bool(_LOWER_AFTER.match(ctx.text, quantity.per_end))


_EDGED = re.compile(r"\b(?:edged|inched|moved|was|were|came\s+in|ended)\s+$", re.IGNORECASE)
_LOWER_AFTER = re.compile(r"\s+lower\b", re.IGNORECASE)
_YEARLY_AFTER = re.compile(
    rf"(?:\s+in\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d))?\s*,?\s*(?:year[- ](?:on|over)[- ]year|y/y|"
    r"(?:from|on|compared\s+(?:with|to)|versus)\s+(?:the\s+previous\s+year|a\s+year\s+(?:ago|earlier)|"
    r"the\s+same\s+(?:month|period)\s+(?:of\s+|a\s+year\s+)?(?:last|the\s+previous)\s+year|"
    r"the\s+preceding\s+month))\b",
    re.IGNORECASE,
)


_FALL_NOUN_AFTER = re.compile(
    # "compared with a 0.97% year-over-year decline in November"
    r"\s*(?:(?:year[- ](?:on|over)[- ]year|month[- ](?:on|over)[- ]month|annual|monthly)\s+)?"
    r"(?:decline|decrease|fall|drop)\b",
    re.IGNORECASE,
)
_A_DECREASE_OF = re.compile(r"\ba\s+(?:decrease|decline|fall|drop)\s+of\s+$", re.IGNORECASE)
_GROWTH_NOUN = re.compile(r"\b(?:growth|expansion)\b(?!\s+(?:slowed|slowing|fell|eased))", re.I)


def _never_negative(
    ctx: SentenceContext, quantity: Quantity, before: str, indicator: Indicator
) -> bool:
    """Return True for a figure no fall word makes negative: a policy rate, "will fall between
    10.2 and 13.5 percent" (lie within), "drop to 0.3% next year and 1.2% in 2025" (the
    second level of a list)."""
    return (
        indicator is Indicator.POLICY_RATE
        or _FALL_WITHIN.search(before + ctx.text[quantity.start : quantity.start + 8]) is not None
        or _LEVEL_LIST_BEFORE.search(before) is not None
        # "tumbled dramatically, hitting a 49-year low of 0.1 per cent": the level reached
        or (
            _LOW_OF_BEFORE.search(before) is not None
            and not NEGATIVE_RE.match(ctx.text[quantity.per_end : quantity.per_end + 24].lstrip())
        )
    )


_LOW_OF_BEFORE = re.compile(
    r"\b(?:low|high|peak|trough|level)\s+of\s+(?:about\s+|around\s+)?$", re.I
)


def _signed_or_rising(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a figure already negative, or named a rise right after it ("prices
    fell 1.0% month-on-month for a 1.4% year-on-year rise")."""
    if quantity.value < 0 or (quantity.value_max is not None and quantity.value_max < 0):
        return True
    if _POSITIVE_BEFORE.search(ctx.text, max(0, quantity.start - 12), quantity.start):
        return True  # "to a negative 0.5 percent from a positive 0.1"
    tail = ctx.text[quantity.per_end : quantity.per_end + 40].lstrip(" -")
    return _RISE_NOUN.match(_INDICATOR_FIRST.sub("", tail, count=1)) is not None


_POSITIVE_BEFORE = re.compile(r"\b(?:positive|plus)\s+$", re.IGNORECASE)
_RISE_NOUN = re.compile(
    r"(?:rise|increase|gain|jump|climb|advance|uptick|expansion|rebound|recovery|growth)\b", re.I
)
_FALL_WITHIN = re.compile(r"\bfalls?\s+(?:between|within|in\s+(?:the\s+)?range)\b", re.I)
_INDICATOR_FIRST = re.compile(
    r"^(?:(?:GDP|economic|output|price|CPI|annuali[sz]ed|annual|quarterly|monthly|on-year|"
    # "the 0.1% first-quarter contraction"
    r"year-on-year|seasonally\s+adjusted|(?:first|second|third|fourth)-quarter)\s+){1,2}(?=\w)",
    re.IGNORECASE,
)


def _merge(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """Fold a change and its level ("by 200 basis points to 21%") into one claim.

    "to 8.5% from 8.6%" gives 8.5 a change from 8.6; the earlier figure stays a claim of
    its own only when it has its own time expression ("from 8.6% in September").
    """
    merged: list[Draft] = []
    for draft in drafts:
        last = merged[-1] if merged else None
        if last is not None and _is_from(ctx, last, draft):
            change = Change(
                value=last.value - draft.value, unit=ChangeUnit.PP, from_value=draft.value
            )
            if last.change is not None:  # "by 30 basis points to 0.9% from 0.6%"
                change = replace(last.change, from_value=draft.value)
            if last.indicator is Indicator.POLICY_RATE or not _RECORD_FROM.search(
                ctx.text, last.end, draft.start
            ):
                merged[-1] = replace(last, change=change)
            # (but inflation "up from a recent low of 1.7%": a start of no stated time, rarely
            # the period before, so no change to check against the one before; a policy rate's
            # "from a record low of 1.25 percent" is the rate in force before the move)
            own = [
                m
                for m in ctx.periods
                if _OWN_PERIOD_GAP.fullmatch(ctx.text, draft.end, m.start)
                # "up from September's 1.9 percent": its period named before it
                or _POSSESSIVE_GAP.fullmatch(ctx.text, m.end, draft.quantity.start)
            ]
            now = is_current(ctx.text, draft.quantity)  # "up from 11 percent currently"
            if (
                last.indicator is Indicator.POLICY_RATE
                and own
                and own[0].kind is PeriodKind.DAY
                and not now
            ):
                continue  # "raised its rate to 15 percent from 9.5 percent on Sept. 9": the
                # decision's day
            if not own and not (
                (
                    _EARLIER_VIEW.search(ctx.text, last.end, draft.start)
                    # "raised its benchmark rate by 50 basis points to 6.5 percent from the
                    # previous 6 percent": the rate in force before, context
                    and not (
                        last.indicator is Indicator.POLICY_RATE
                        and _PREVIOUS_RATE.search(ctx.text, last.end, draft.start)
                    )
                )
                or _BEFORE_AFTER.match(ctx.text, draft.end)
                # "up from the 2.3% rate projected in September": the forecast before
                or _VIEW_AFTER.match(ctx.text, draft.end)
                # "to end 2015 at 12 percent, up from 11 percent currently": the level now
                or now
            ):
                continue  # but "from an earlier estimate of 7%", "from 0.90% before" are claims
            draft = replace(draft, secondary=True)
        if last is not None and _is_from_before(ctx, last, draft):
            draft = _moved_from(draft, last)
        if last is not None and last.indicator is draft.indicator:
            combined = _combine(ctx, last, draft)
            if combined is not None:
                merged[-1] = combined
                continue
        merged.append(draft)
    return merged


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# "from 8.6% in September", "from 9.92% recorded in August": the earlier figure's own period
_OWN_PERIOD_GAP = re.compile(
    r"\s{0,2}(?:(?:year-on-year|year-over-year|month-on-month|y/y|m/m|yoy)\s+)?"
    # "from the 2.2 percent level in the year to", "from the 5.75 percent rate it set in"
    r"(?:(?:annual|annuali[sz]ed|monthly|quarterly|year-on-year)\s+)?"  # "a 3% annual rate in"
    r"(?:(?:(?:growth\s+)?(?:rate|level|record|reading|pace|figure|print)"
    r"|gain|rise|increase|growth|expansion|contraction|decline|drop|fall)\s+)?"
    r"(?:(?:it|they)\s+)?"
    r"(?:(?:recorded|registered|reported|posted|seen|logged|set|reached|hit)\s+)?"
    r"(?:by\s+the\s+(?:central\s+)?bank\s+)?"
    r"(?:(?:in|over)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|ending)\s+"
    r"|(?:in|for|during|on|at|as\s+of)?\s?(?:the\s+)?)",  # "increase in the 12-month period"
    re.IGNORECASE,
)


# "rose from 15.1% in February to 18.8% in March", "to drop from an estimated 4.1 percent in
# 2025 to 3.8 percent in 2026": the earlier figure first, with its own time, then the later
_FROM_FIRST = re.compile(
    r"\bfrom\s+(?:(?:a|an|the|its)\s+)?(?:(?:estimated|revised)\s+)?$", re.IGNORECASE
)
_TO_LATER = re.compile(
    r"\s*,?\s*to\s+(?:(?:a|an|the)\s+)?(?:(?:projected|forecast|estimated|expected)\s+)?",
    re.IGNORECASE,
)


def _is_from_before(ctx: SentenceContext, first: Draft, second: Draft) -> bool:
    """Return True when ``first`` is the dated figure ``second`` moved from, written first."""
    if (
        first.indicator is not second.indicator
        or first.change is not None
        or second.change is not None
        or first.value_max is not None
        or second.value_max is not None
        or not _FROM_FIRST.search(ctx.text, max(0, first.start - 30), first.start)
    ):
        return False
    return any(
        first.end <= m.start
        and m.end <= second.start
        and _OWN_PERIOD_GAP.fullmatch(ctx.text, first.end, m.start) is not None
        and _TO_LATER.fullmatch(ctx.text, m.end, second.start) is not None
        for m in ctx.periods
    )


def _moved_from(draft: Draft, start: Draft) -> Draft:
    change = Change(value=draft.value - start.value, unit=ChangeUnit.PP, from_value=start.value)
    return replace(draft, change=change)


def _is_from(ctx: SentenceContext, first: Draft, second: Draft) -> bool:
    """ "to 8.5% from 8.6%"; also "by 30 basis points to 0.9% from 0.6%" (a stated change)."""
    stated = first.change is not None and first.change.unit in (ChangeUnit.BP, ChangeUnit.PP)
    return (
        first.indicator is second.indicator
        and (first.change is None or (stated and first.value != first.change.value))
        and second.change is None
        and first.value_max is None
        and _FROM_LINK.fullmatch(ctx.text, first.end, second.start) is not None
    )


# "growth forecasts ... downgraded by 0.2% to 1.6%": a revision in points, then the level;
# "and by 0.2% to 1.2%" repeats the verb before it
_BY_BEFORE_FIGURE = re.compile(
    r"\b(?P<verb>[a-z]+(?:\s+(?:up|down|upward|downward|upwards|downwards))?)"
    r"\s+(?:slightly\s+|sharply\s+)?by\s+$"
    # "growth was revised upward 0.3 percent to 1.7 percent": no "by"
    r"|\b(?P<verb2>revised\s+(?:up|down|upward|downward|upwards|downwards))\s+$",
    re.IGNORECASE,
)
_TO_GAP = re.compile(r"\s+to\s+")
_REVISION_CONTEXT = re.compile(
    r"\b(?:forecasts?|projections?|outlook|estimates?|expectations?|revis\w*|downgrad\w*|"
    r"upgrad\w*)\b",
    re.IGNORECASE,
)
# "has raised its expectations for Saudi Arabia's economic growth this year by 0.5 percent"
_FAR_REVISION = re.compile(
    r"\b(?P<verb>raised|lifted|boosted|upgraded|lowered|cut|reduced|trimmed|downgraded|"
    r"revised\s+(?:up|down)\w*)\b[^;%\d]{0,80}?\bby\s+$",
    re.IGNORECASE,
)
_UPWARD = re.compile(r"\b(?:up|upward|upwards|raised|raise|lifted|boosted)\b", re.IGNORECASE)
_DOWNWARD = re.compile(
    r"\b(?:down|downward|downwards|lowered|lower|cut|reduced|trimmed|slashed)\b", re.IGNORECASE
)


def _movement_of(words: str) -> int:
    return direction(words) or (
        -1 if _DOWNWARD.search(words) else 1 if _UPWARD.search(words) else 0
    )


def _revision_to(ctx: SentenceContext, first: Draft, second: Draft) -> Draft | None:
    """Fold "revised down by 0.2% to 1.3%" into 1.3 with a change of -0.2 points."""
    if first.change is not None or second.change is not None or first.value_max is not None:
        return None
    if first.indicator is Indicator.POLICY_RATE or first.quantity.kind is not QKind.PERCENT:
        return None
    if not _TO_GAP.fullmatch(ctx.text, first.end, second.start):
        return None
    if not _REVISION_CONTEXT.search(ctx.text):
        return None  # "grew by 2% to 3%" is a range, not a move to 3%
    start = first.quantity.start
    by = _BY_BEFORE_FIGURE.search(ctx.text, max(0, start - 40), start)
    if by is None:
        return None
    verb = by.group("verb") or by.group("verb2")
    movement = _movement_of(verb)
    if movement == 0 and verb.lower() == "and":
        movement = _movement_of(ctx.text[: by.start()])  # "increased by 0.7% ... and by 0.2%"
    far = _FAR_REVISION.search(ctx.text, max(0, start - 100), start) if movement == 0 else None
    if far is not None:
        movement = _movement_of(far.group("verb"))
    if movement == 0:
        return None
    value = first.quantity.value if first.quantity.value < 0 else first.quantity.value * movement
    change = Change(value=value, unit=ChangeUnit.PP)
    return replace(
        second, start=first.start, anchor=min(first.anchor, second.anchor), change=change
    )


def _rate_moved_by(ctx: SentenceContext, first: Draft, second: Draft) -> bool:
    """Return True for an inflation rate moved "by" a smaller percent to its new level."""
    return (
        first.indicator is Indicator.INFLATION
        and first.change is None
        and second.change is None
        and first.movement != 0
        and first.quantity.kind is QKind.PERCENT
        and second.quantity.kind is QKind.PERCENT
        and abs(first.value) < abs(second.value)
        and _BY_BEFORE.search(ctx.text, max(0, first.quantity.start - 40), first.quantity.start)
        is not None
    )


def _move_in_percent(first: Draft, second: Draft, gap: re.Match[str]) -> bool:
    """Return True for a rate's level followed by its move as a noun and a smaller percent:
    "to 2 percent, an increase of 0.25 percent" (not "or 0.25 percent": a restatement)."""
    return (
        gap["noun"] is not None
        and second.change is None
        and first.quantity.kind is QKind.PERCENT
        and second.quantity.kind is QKind.PERCENT
        and first.indicator is second.indicator
        and abs(second.value) < abs(first.value)
    )


def _restates_move(ctx: SentenceContext, move: Draft, figure: Draft) -> bool:
    """Return True for a move in basis points said again as a percent right after it: "bumped
    up the policy rate by 75 basis points, or 0.75%" (not a level of 0.75%)."""
    change = move.change
    if change is None or change.unit is not ChangeUnit.BP or figure.change is not None:
        return False
    if _OR_AGAIN.fullmatch(ctx.text, move.end, figure.start) is None:
        return False
    return figure.quantity.kind is QKind.PERCENT and abs(figure.value) * 100 == abs(change.value)


_OR_AGAIN = re.compile(r"\s*,\s*or\s+(?:about\s+)?", re.IGNORECASE)


def _stated(move: Draft, level: Draft) -> Change | None:
    """Return the move as stated, in points, from where the level's from-to pair starts."""
    stated, paired = move.change, level.change
    if stated is None or stated.unit not in (ChangeUnit.BP, ChangeUnit.PP):
        return paired
    return replace(stated, from_value=None if paired is None else paired.from_value)


def _combine(ctx: SentenceContext, first: Draft, second: Draft) -> Draft | None:
    gap_start, gap_end = first.end, second.start
    first_is_change = first.is_change_only
    second_is_change = second.is_change_only
    if first_is_change and second_is_change and _RESTATED.fullmatch(ctx.text, gap_start, gap_end):
        return replace(first, end=second.end + 1)  # "by 0.25 percentage point (or 25 basis points)"
    if first_is_change and _restates_move(ctx, first, second):
        return replace(first, end=second.end)  # "by 75 basis points, or 0.75%"
    level_to = _LEVEL_TO_CHANGE.fullmatch(ctx.text, gap_start, gap_end)
    from_to = second.change is not None and second.change.from_value is not None
    if level_to and level_to["start"]:
        # the level is a from-to pair: one move, told twice (in the units stated: "by 50 basis
        # points from 8.25 percent to 7.75 percent" is -50 bp)
        if not (first_is_change and from_to):
            return None
        return replace(
            second, start=first.start, anchor=first.anchor, change=_stated(first, second)
        )
    if first_is_change and second.change is None and level_to:
        return replace(second, start=first.start, anchor=first.anchor, change=first.change)
    if level_to and _rate_moved_by(ctx, first, second):
        # "annual inflation went up by 0.05 percent and stood at 20.35 percent": the rate's
        # move in points, written as a percent
        change = Change(value=abs(first.value) * first.movement, unit=ChangeUnit.PP)
        return replace(second, start=first.start, anchor=first.anchor, change=change)
    revision = _revision_to(ctx, first, second)
    if revision is not None:
        return revision
    if first_is_change and from_to and _FROM_GAP.fullmatch(ctx.text, gap_start, gap_end):
        # "raise the rate by 0.50 percent from 3.00 percent to 3.50 percent": one move, with
        # the change as stated when in points ("by 25 basis points")
        return replace(
            second, start=first.start, anchor=first.anchor, change=_stated(first, second)
        )
    return _change_after_level(ctx, first, second)


def _change_after_level(ctx: SentenceContext, first: Draft, second: Draft) -> Draft | None:
    """Return a level with the move said after it ("2.8% in August, down 0.3", "to 29%, or a
    100 basis point drop"), or None."""
    match = _CHANGE_AFTER_LEVEL.fullmatch(ctx.text, first.end, second.start)
    if match is None or first.change is not None:
        return None
    word = (match.group("dir") or match.group("noun") or "").lower()
    sign = -1 if word in _DOWN_NOUNS else 1
    if second.change is not None and second.is_change_only:
        change = (
            second.change  # "or a 100 basis point drop": the noun after it gave the sign
            if match.group("or")
            else replace(second.change, value=abs(second.change.value) * sign)
        )
        return replace(first, end=second.end, change=change)
    if _move_in_percent(first, second, match):
        # "raised its basic interest rate to 2 percent, an increase of 0.25 percent": the
        # rate's move in points, written as a percent
        change = Change(value=abs(second.value) * sign, unit=ChangeUnit.PP)
        return replace(first, end=second.end, change=change)
    return None
