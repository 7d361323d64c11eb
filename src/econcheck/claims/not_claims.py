"""Rate figures that are not claims about the data, though an indicator word names them.

A goal ("aims for 2% inflation", a target's "plus/minus 1.5 points", a rate corridor), a move
members voted for but the board did not decide, a revision of a forecast ("raised its forecast
by 0.2 points"), a difference between two figures ("2.2 points higher than predicted"), GDP
"excluding" a sector, and an item of a bracketed breakdown ("meat (11.4%)").
"""

from __future__ import annotations

import functools
import re

from econcheck.claims.context import (
    RELATIVE_OPENER,
    Draft,
    SentenceContext,
    clause_start,
    is_current,
)
from econcheck.claims.cue_choice import (
    RATE_NAMED_RE,
    is_inflation_target_range,
    names_policy_rate,
    passed_goal,
)
from econcheck.claims.currency_countries import currency_of_alpha2
from econcheck.claims.groups import is_group_figure
from econcheck.claims.patterns import CHANGE_NOUN_RE, DOWN_RE, UP_RE, Cue, CueKind
from econcheck.claims.quantities import QKind, Quantity
from econcheck.claims.target_forecasts import reaches_target
from econcheck.claims.trie import has_any_word
from econcheck.models import Indicator

# "aims for 2% inflation", "bring inflation back to 4%": a goal, not a claim about the data.
_AIM_BEFORE = re.compile(
    r"(?:\b(?:return|returning|bring|bringing)\s+inflation\s+(?:back\s+)?(?:down\s+)?to\s+"
    # "Officials urged a return to the 2% inflation rate": the goal urged
    r"|\b(?:urg\w*|call\w*\s+for|push\w*\s+for|seek\w*|sought)\s+a\s+return\s+to\s+"
    r"(?:the\s+|its\s+)?"
    # "efforts to lower inflation, first below 6%"
    r"|\b(?:lower|lowering|reduce|reducing|get|getting)\s+inflation\b[^.;%]{0,20}?"
    r"\b(?:below|under|to|towards?)\s+"
    r"|\b(?:aims?|aiming|aimed|targets?|targeting|targett?ed|goal|objective|pledged|pledges|"
    r"achieve|achieving|"
    r"tolerates?|tolerating|"
    r"pledging|promised|promises|vowed|vows)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:(?:for|of|at|to|towards?|its|the|a|an)\s+)*"
    # the ECB's formula: "maintaining inflation rates below, but close to, 2%"
    r"|\bbelow,?\s+but\s+close\s+to,?\s+"
    r"|(?:\+/-|±|\bplus\s+or\s+minus|\bplus\s*[/-]\s*minus|\bplus\s+or|\bcorridor\s+of|\bband\s+of|"
    r"\btolerance\s+of)\s*)$",
    re.IGNORECASE,
)
_NAMED_TARGET_AFTER = re.compile(
    r"\s+(?:(?:central[\s-]+bank(?:['’]s)?|official|inflation|medium[\s-]+term|government|policy|"
    # "a 2 per cent CPI inflation target", "a 2% price stability goal"
    r"bank['’]s|annual|growth|gdp|expansion|economic|cpi|hicp|consumer[\s-]+price|price|"
    r"price[\s-]+stability)\s+){1,3}(?:target|goal)\b",
    re.IGNORECASE,
)
_KEEP_INFLATION_AT = re.compile(
    r"\b(?:seeks?|seeking|aims?|aiming|strives?|tries|trying|wants?|in\s+order|so\s+as)\s+to\s+"
    r"(?:[\w-]+\s+){0,5}?(?:keep|keeping|hold|holding|maintain|maintaining|anchor|anchoring)\s+"
    r"inflation\s+(?:at|near|around|below|close\s+to|within)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# "as it tries to wrestle consumer prices back to 2%", "efforts to quickly bring headline
# inflation back down to 2 percent": where an effort means to take inflation back, the goal
_BACK_TO_GOAL = re.compile(
    r"\b(?:tr(?:y|ies|ying)|seek(?:s|ing)?|aim(?:s|ing)?|wants?|work(?:s|ing)?|efforts?|bid|"
    r"battle|fight|struggl\w*|hop(?:e|es|ing)|plan(?:s|ning)?|intend(?:s|ing)?|determined|"
    r"committed|needs?|vow(?:s|ed)?|pledg\w*)\s+to\s+(?:\w+\s+)?"
    r"(?:return|bring|get|wrestle|push|drive|steer|guide|nudge|tame|pull|lower|cool)\s+"
    r"(?:\w+\s+)?(?:inflation|(?:consumer\s+)?prices|price\s+(?:growth|increases|rises))\s+"
    r"(?:\w+\s+)?back\s+(?:down\s+)?(?:to|towards?)\s+(?:its\s+|the\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_TARGET_FOR_PRICES = re.compile(
    r"targets?\s+(?:rate\s+|range\s+)?for\s+(?:annual\s+)?(?:consumer[- ]prices?|prices?|inflation|"
    r"cpi|the\s+(?:consumer\s+)?price\s+index)",
    re.IGNORECASE,
)
_SUSTAINABLE = re.compile(r"\bsustainabl[ey]\b", re.IGNORECASE)
_SOUGHT_AFTER = re.compile(
    r"\s+(?:(?:level|rate|inflation)\s+)?(?:sought|desired|targeted|aimed\s+for|wanted)\s+by\b",
    re.IGNORECASE,
)
# A figure measured against a target is a goal even when the target is called a rate
_MEASURED_AGAINST = re.compile(
    r"\b(?:above|below|over|under|exceed(?:s|ed|ing)?|within|near|beyond|toward|towards|"
    r"close\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'.-]+\s+){0,2}?targets?\b",
    re.IGNORECASE,
)
# Every match of _AIM_BEFORE holds one of these words: without any of them in the sentence
# the windowed search before each number is skipped (speed).
_AIM_WORDS = (
    "sustainabl",
    "seek",
    "keep",
    "sought",
    "desired",
    "wanted",
    "aim",
    "toler",
    "return",
    "lower",
    "reduc",
    "get",
    "achiev",
    "bring",
    "pledg",
    "promis",
    "vow",
    "target",
    "goal",
    "objective",
    "+/-",
    "±",
    "plus",
    "corridor",
    "band",
    "tolerance",
    "planned",
    "back",
)
_AIM_HINT = re.compile("|".join(re.escape(w) for w in _AIM_WORDS), re.I)


@functools.lru_cache(maxsize=8)  # asked once per number of the current sentence
def _may_aim(text: str) -> bool:
    return has_any_word(text, _AIM_WORDS, _AIM_HINT)


def _said_goal(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a figure its words name as a goal, whatever comes before them."""
    text = ctx.text
    return (
        # "inflation is moving sustainably toward 2 percent": the goal
        _SUSTAINABLE.search(text, max(0, quantity.start - 40), quantity.per_end + 40) is not None
        # "the near 2 per cent sought by the ECB"
        or _SOUGHT_AFTER.match(text, quantity.per_end) is not None
        # "seeks to use interest rates to keep inflation at about 2.5%"
        or _KEEP_INFLATION_AT.search(text, max(0, quantity.start - 90), quantity.start) is not None
        or _BACK_TO_GOAL.search(text, max(0, quantity.start - 90), quantity.start) is not None
        # "will fluctuate around the 3 percent central bank target"
        or _NAMED_TARGET_AFTER.match(text, quantity.per_end) is not None
        # "instead of a planned 6% inflation rate": the plan's figure
        or (
            _PLANNED_BEFORE.search(text, max(0, quantity.start - 20), quantity.start) is not None
            and _RATE_NOUN_AFTER.match(text, quantity.per_end) is not None
        )
    )


_PLANNED_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+planned\s+$", re.IGNORECASE)
_RATE_NOUN_AFTER = re.compile(r"\s+(?:annual\s+)?(?:inflation|growth)\b", re.IGNORECASE)


def is_aim(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a goal ("aims for 2%"), not the Fed's "target range at 5.25%-5.50%"."""
    if not _may_aim(ctx.text) or reaches_target(ctx, quantity):
        return False  # "expects inflation to reach the target of 4 percent in 2017": a forecast
    if _said_goal(ctx, quantity):
        return True
    aim = _AIM_BEFORE.search(ctx.text, max(0, quantity.start - 50), quantity.start)
    if aim is None:
        return False
    if _EXPECTED_TO.search(ctx.text, max(0, aim.start() - 30), aim.start()):
        return False  # "are expected to help achieve 5 percent real GDP growth": a forecast
    word = _WORD.match(ctx.text, aim.start())
    if word is not None and passed_goal(ctx.text, aim.start(), word.end(), quantity.start):
        return False  # "inflation fell below the central bank's target to 1.1%": where it went
    if _MEASURED_AGAINST.search(ctx.text, max(0, aim.start() - 40), aim.end()):
        return True  # "far above the BOK's target rate of 2%": the inflation goal, not the rate
    if _TARGET_FOR_PRICES.match(ctx.text, aim.start()):
        return True  # "its long-term target rate for consumer price increases is 3%"
    if any(
        c.start <= aim.start() < c.end
        and names_policy_rate(ctx, c, quantity)
        and not is_inflation_target_range(ctx, c)  # "inflation ... within the target range"
        for c in ctx.cues
    ):
        return False  # "its cash rate target", "held its target rate at": the policy rate
    return not (aim.group().lower().startswith("target range") and RATE_NAMED_RE.search(ctx.text))


_EXPECTED_TO = re.compile(
    r"\b(?:expected|forecast|projected|predicted|seen|set|likely|on\s+track)\s+to\s+"
    r"(?:help\s+)?$",
    re.IGNORECASE,
)


# "We are not going to see 30% inflation again": a figure said not to happen
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?!only\b|just\b|least\b)(?:[\w'’-]+\s+){0,5}?$", re.IGNORECASE
)
_NEGATION_HINT = re.compile(r"\bnot\b|\bnever\b|n['’]t\b", re.IGNORECASE)


# "decided to raise interest rates from 8.5% to curb inflation", "cut 25 basis points from
# 6.50 percent": the level before a move, with no time of its own, is context
_BARE_FROM_BEFORE = re.compile(
    r"\b(?:rais|cut|lower|hik|increas|reduc|trim|slash|lift|boost)\w*\b"
    # (a move's size may come between: "cut by 25 basis points from"; not a level so written,
    # "cut its repo rate to 500 basis points from 525 bps")
    r"(?:[^.;,%\d]|(?<!\bto\s)\d+(?:\.\d+)?\s*(?:basis\s+points?|bps?|percentage\s+points?))"
    r"{0,40}?\bfrom\s+$",
    re.IGNORECASE,
)
# "... from 0.50% in mid-2021 to a cycle-high of 11.25%": the move's end follows
_TO_FIGURE_AFTER = re.compile(
    r"[^.;,]{0,30}?,?\s+to\s+(?:a\s+|about\s+|around\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:[\w]+-)?(?:high|low|peak|level|record)\s+of\s+)?[\d.]"
)


def is_bare_from(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for the starting level of a move stated without its end point."""
    if (
        quantity.from_value is not None
        or "from" not in ctx.text[quantity.start - 8 : quantity.start]
    ):
        return False  # "from 5% to 6%" states both ends
    before = _BARE_FROM_BEFORE.search(ctx.text, max(0, quantity.start - 70), quantity.start)
    return (
        before is not None
        and not _TO_FIGURE_AFTER.match(ctx.text, quantity.per_end)
        # "expected to trim its rate from 9.25% currently": the level in force is a claim
        and not is_current(ctx.text, quantity)
    )


@functools.lru_cache(maxsize=8)  # asked once per number of the current sentence
def _has_negation(text: str) -> bool:
    return _NEGATION_HINT.search(text) is not None


def is_negated(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a figure the sentence denies: "not going to see 30% inflation again",
    "growth never reached 3%" (but "not only rose to 5%" states it)."""
    if not _has_negation(ctx.text):
        return False
    return _NEGATED_BEFORE.search(ctx.text, max(0, quantity.start - 50), quantity.start) is not None


# "raised its 2018 growth forecast by 0.2 points": a revision of a forecast, not a change in
# the indicator; "Excluding gold miner Kumtor, GDP shrank 0.1%": a part of the economy.
_REVISED_BY = re.compile(
    r"\b(?:raised|lifted|increased|lowered|cut|trimmed|reduced|revised|upgraded|downgraded|"
    r"slashed|raising|lifting|lowering|cutting|trimming|revising|upgrading|downgrading)\b"
    r"[^.;:]{0,60}?\b(?:forecasts?|projections?|outlook|estimates?|predictions?)\b"
    # "slashed their estimates, saying they expected the economy to grow by 0.5%" is the
    # figure's own growth, not the size of the revision
    r"[^.;:,]{0,50}?(?<!grow\s)(?<!expand\s)(?<!contract\s)(?<!shrink\s)\bby\s+"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


def _is_impact(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for points a cause adds to or takes off growth or inflation, or that a
    figure stands off a forecast ("about ½ a percentage point below the bank's May forecast")."""
    if quantity.kind is not QKind.PERCENT and _POINTS_OFF_FORECAST.match(
        ctx.text, quantity.per_end
    ):
        return True
    if _AFFECTS_BY.search(ctx.text, max(0, quantity.start - 50), quantity.start):
        return True  # "would affect inflation by only 0.006 per cent": in any unit
    return (
        quantity.kind is QKind.POINTS
        and cue.kind in (CueKind.GDP, CueKind.GDP_VERB, CueKind.INFLATION)
        and (
            _IMPACT_BEFORE.search(ctx.text, max(0, quantity.start - 40), quantity.start) is not None
            or _IMPACT_AFTER.match(ctx.text, quantity.per_end) is not None
        )
    )


_IMPACT_BEFORE = re.compile(
    r"\b(?:boost|boosts|boosted|boosting|lift|lifts|lifted|add|adds|added|adding|shave|shaves|"
    r"shaved|subtract|subtracts|subtracted|knock|knocks|knocked|drag|drags|dragged|weigh|weighs|"
    r"contribute|contributes|contributed)\s+(?:[\w-]+\s+){0,3}?(?:by\s+|off\s+|down\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_AFFECTS_BY = re.compile(
    r"\b(?:affect|affects|affected|affecting|impact|impacts|impacted|impacting)\s+"
    r"(?:the\s+)?(?:inflation|growth|gdp|prices|economic\s+growth)(?:\s+rates?)?\s+"
    r"(?:by|at)\s+(?:only\s+|just\s+|about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_IMPACT_AFTER = re.compile(
    r"\s+(?:to|from|off)\s+(?:the\s+)?(?:gdp|growth|inflation|prices)\b", re.I
)
_POINTS_OFF_FORECAST = re.compile(
    r"\s+(?:above|below|under|over|short\s+of)\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:forecasts?|projections?|estimates?|expectations?|consensus|outlook|predictions?)\b",
    re.IGNORECASE,
)
# "the expectation for the IPCA to rise this year rose by 0.02 percentage points": the
# forecast moved, in points
_VIEW_MOVED_BY = re.compile(
    r"\b(?:expectations?|forecasts?|projections?|estimates?)\b[^.;:]{0,60}?\b(?:rose|fell|"
    r"increased|decreased|climbed|dropped|went\s+up|went\s+down)\s+by\s+$",
    re.IGNORECASE,
)
# a revision's level right after its move: "by 0.7 percent to 4.5 percent"
_LEVEL_AFTER_MOVE = re.compile(r"\s+to\s+(?:about\s+|around\s+)?[-−]?\d", re.IGNORECASE)


def is_revision_move(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a forecast revision's move followed by its level ("cut its forecast
    ... by 0.4 points to 5.2%"): not a claim unless folded into that level."""
    window = max(0, quantity.start - 150)
    return (
        _LEVEL_AFTER_MOVE.match(ctx.text, quantity.per_end) is not None
        and _REVISED_BY.search(ctx.text, window, quantity.start) is not None
    )


# "..., and, for the next year, by 0.01 points": a further revision listed (but a policy rate's
# "lowered the federal funds rate, the benchmark for loans, by half a percentage point")
_COMMA_BY = re.compile(r",\s+(?:for\s+[\w\s]{1,20},\s+)?by\s+$", re.IGNORECASE)
_EXCLUDING_LEAD = re.compile(
    r"\s*(?:excluding|stripping\s+out|leaving\s+out|setting\s+aside|outside(?:\s+of)?)\b[^,;]{1,60},",
    re.IGNORECASE,
)


# "two members voted for a 25-basis-point cut": a dissent or a preference, not a decision
_VOTE_BEFORE = re.compile(
    r"\b(?:voted|voting|votes|favou?red|favou?ring|favou?rs|supported|supporting|backed|backing|"
    r"preferred|preferring|argued|arguing|dissented|dissenting|sought|"
    # "voted against keeping the rates steady, instead suggesting lowering rates by 0.25%"
    r"suggested|suggesting|proposed|proposing|urged|urging|"
    r"(?:pushed|pushing|called|calling)(?=\s+for\b))\s+"
    # "voted to cut", "backed the decision to cut": the decision itself
    r"(?!(?:unanimously\s+|\d+[-–]\d+\s+)?to\b|the\s+(?:decision|move)\b)"
    r"(?:for\s+|in\s+favou?r\s+of\s+)?(?:[\w-]+\s+){0,7}$",
    re.IGNORECASE,
)


# "with the remaining two members voting to cut the rate by 25 basis points", "while two
# dissenters voted to hold": a minority's vote, beside the decision
_MINORITY_VOTED_TO = re.compile(
    r"(?:(?i:(?:\b(?:with|while|whereas|but)\s+(?:the\s+)?(?:remaining\s+|other\s+)?"
    r"(?:one|two|three|four|five|\d)\b|\bremaining|\bdissent\w*)"
    r"[^.;]{0,40}?\b(?:voted|voting|preferred|preferring|wanted|wanting)\s+to\s+"
    # "while there was one vote to cut", "Dhingra, Ramsden and Taylor all voted to cut"
    r"|\b(?:one|two|three|four)\s+votes?\s+(?:to|for)\s+)"
    r"|\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+\s+(?i:all\s+|both\s+)?voted\s+to\s+"
    # "but Manuel Ramos Francia voted to hike the rate by 25 basis points": one member, named
    r"|\b(?:but|while|whereas)\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:voted|preferred|wanted)\s+to\s+"
    # "to cut the rate to 4% (four members voted to hold the rate at 4.25%)": an aside
    r"|\(\s*(?:[\w-]+\s+){0,4}(?:voted|preferred|wanted)\s+to\s+)"
    r"(?i:[\w-]+\s+){0,7}$",
)


def is_vote(ctx: SentenceContext, draft: Draft) -> bool:
    """Return True for a policy move that members voted for or favoured (not what was decided)."""
    if draft.indicator is not Indicator.POLICY_RATE:
        return False
    window = max(0, draft.start - 50)
    return (
        _VOTE_BEFORE.search(ctx.text, window, draft.start) is not None
        or _MINORITY_VOTED_TO.search(ctx.text, max(0, draft.start - 110), draft.start) is not None
    )


# the gap between two rates, the comparison first: "lower than the rate recorded in the second
# quarter of 2015 by 2.44 per cent"
_DIFFERENCE_BY = re.compile(
    r"\b(?:higher|lower|faster|slower|more|less|above|below)\s+than\s+[^.;,%—–]{3,80}?\s+by\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# (not "higher than the previous 12 months with the economy growing by 1.8%": a figure's verb)
_VERB_IN_GAP = re.compile(
    r"\b(?:grew|grow|grows|growing|expanded|expanding|increased|increasing|rose|rising|fell|"
    r"falling|declined|declining|shrank|shrinking|contracted|contracting|when|with|while)\b",
    re.IGNORECASE,
)
# "will be 2.2 pct higher than predicted": a difference between two figures, not a figure
_DIFFERENCE_AFTER = re.compile(
    # "3% above the pre-pandemic level": a gap to a level, not a rate of growth
    r"\s+(?:above|below|short\s+of)\s+(?:its\s+|the\s+)?(?:pre-?\s?(?:pandemic|crisis|covid|"
    r"war)|(?:19|20)\d\d)\s+(?:levels?|peaks?|highs?)\b|"
    r"\s+(?:(?:percentage\s+)?points?\s+)?(?:higher|lower|more|less|above|below)\s+than\b"
    # but "1.9% higher than a year ago" is the annual rate itself
    r"(?!\s+(?:it\s+was\s+|they\s+were\s+)?(?:a|one|the\s+previous|the\s+same)\s+"
    r"(?:year|month|quarter|period)|\s+(?:in\s+)?(?:the\s+)?(?:same|corresponding)\s+|\s+last\s+year"
    # "prices are now 6.7 per cent higher than they were this time last year"
    r"|\s+(?:it\s+was|they\s+were)\s+(?:at\s+)?this\s+time\s+(?:last\s+year|a\s+year\s+ago)"
    # "were in January 2023 12.7% higher than in January 2022": compared with a named month
    r"|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


_LINKING_WORDS = frozenset({"of", "at", "to", "by", "was", "is", "were", "are", "be", "reached"})


def is_item_in_list(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for a figure in brackets after a word that is not its indicator.

    "increases in bread-cereals (9.5%), meat (11.4%)" and "energy products (from +51.6% to
    +56.1%)" are items of a breakdown; "inflation (2.5%)", "(HICP: 2.6%)" and "in 2011
    (3.3%)" name or date the figure.
    """
    text = ctx.text
    opening = text.rfind("(", max(0, quantity.start - 30), quantity.start)
    if opening < 0 or ")" in text[opening : quantity.start] or cue.start > opening:
        return False
    before = text[:opening].rstrip()
    if not before or not before[-1].isalpha():
        return False
    word = before.rsplit(None, 1)[-1].lstrip("“\"'‘(")
    if UP_RE.fullmatch(word) or DOWN_RE.fullmatch(word) or CHANGE_NOUN_RE.fullmatch(word):
        return False  # "it would rebound (0.3% compared to 0.2%)": the move, not an item
    if word.lower() in _LINKING_WORDS:
        return False  # "achieving a growth rate of (9.6%)": the figure in brackets for emphasis
    if cue.end >= len(before) - 1:
        return False  # "inflation (2.5%)"
    if any(e.country is not None and 0 <= len(before) - e.end <= 1 for e in ctx.entities):
        return False  # "recorded in Belgium (4.7%) and Estonia (4.5%)": each place's figure
    closing = text.find(")", quantity.per_end)
    if (
        closing > 0
        and not _AIM_NOUN.match(word)
        and any(quantity.per_end <= m.start and m.end <= closing for m in ctx.periods)
    ):
        return False  # "reaching 1.9% in year-on-year terms (2.1% in October)": a dated figure
    end = len(before)
    if any(0 <= end - q.per_end <= 12 and ")" not in text[q.per_end : end] for q in ctx.quantities):
        return False  # "rose 0.2% m/m (1.5% y/y)": the same figure restated
    return not any(abs(m.end - end) <= 1 for m in ctx.periods)


_AIM_NOUN = re.compile(r"(?:objectives?|targets?|goals?|aims?)$", re.IGNORECASE)
_FROM_FORECAST_AFTER = re.compile(
    r"\s+(?:from|on|against|versus|compared\s+(?:with|to))\s+(?:its|their|the|his|her)\s+"
    r"(?:(?:previous|prior|earlier|last|initial)\s+|[A-Z][a-z]+\s+)?(?:forecasts?|projections?|"
    r"estimates?|predictions?)\b",
)


# a level the forecast was revised to: "lowered the projection to 3.7% from the earlier estimate"
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_REVISION_NOUN_AFTER = re.compile(
    r"\s*(?:downgrade|upgrade|revision|(?P<move>reduction|increase))\b"
    r"|\s+(?:\w+\s+)?attributable\s+to\b",
    re.IGNORECASE,
)
# a gap between two figures in points: "0.2 point down from July expectations"
_POINTS_APART = re.compile(
    r"\s+(?:deeper|shallower|down|up|lower|higher|weaker|stronger)\s+(?:than|from)\b", re.I
)
_REVISION_NOUN_BEFORE = re.compile(
    r"\b(?:downgrade|upgrade|revision)\s+of\s+(?:about\s+|around\s+)?$", re.IGNORECASE
)


# a relative fall of a rate: "Inflation has now fallen by 45% from its summer peak" (9.1% to
# 5%), not an inflation rate of 45%
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_FROM_PEAK_AFTER = re.compile(
    r"\s+from\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?(?:peak|high|highs|top|record)\b",
    re.IGNORECASE,
)


def is_relative_to_peak(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a percent change of a rate from its peak ("fallen by 45% from its
    summer peak"): a share of the rate, not a rate."""
    return (
        quantity.kind is QKind.PERCENT
        and _BY_BEFORE.search(ctx.text, max(0, quantity.start - 16), quantity.start) is not None
        and _FROM_PEAK_AFTER.match(ctx.text, quantity.per_end) is not None
    )


def is_revision_or_part(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for a forecast revision "by" a figure, a difference ("2.2 points higher
    than predicted"), or GDP "excluding" a sector."""
    if cue.kind is CueKind.GDP and _EXCLUDING_LEAD.match(ctx.text):
        return True
    if cue.kind is not CueKind.FX and is_relative_to_peak(ctx, quantity):
        return True
    if _DIFFERENCE_AFTER.match(ctx.text, quantity.per_end):
        return True
    gap = _DIFFERENCE_BY.search(ctx.text, max(0, quantity.start - 100), quantity.start)
    if gap is not None and not _VERB_IN_GAP.search(gap.group()):
        return True  # "This growth was lower than the rate recorded in 2015 by 2.44 per cent"
    if _is_impact(ctx, quantity, cue):
        return True  # "would boost GDP growth by 0.2 percentage points": an effect on it
    if _FROM_FORECAST_AFTER.match(ctx.text, quantity.per_end) and not _LEVEL_BEFORE.search(
        ctx.text, max(0, quantity.start - 12), quantity.start
    ):
        return True  # "to an average of 5.6%, down 0.4% from its previous forecast"
    points = quantity.kind is not QKind.PERCENT
    revision = _REVISION_NOUN_AFTER.match(ctx.text, quantity.per_end) if points else None
    if revision is not None and not (
        cue.kind in (CueKind.POLICY, CueKind.POLICY_WEAK) and revision["move"]
    ):
        return True  # "a 0.6-point downgrade" (but "a 25 basis point increase" of a rate)
    if points and _POINTS_APART.match(ctx.text, quantity.per_end):
        return True  # "0.4 percentage point deeper than the IMF's previous outlook"
    if _REVISION_NOUN_BEFORE.search(ctx.text, max(0, quantity.start - 30), quantity.start):
        return True  # "a cumulative downgrade of 0.8 percentage points"
    return _is_moved_by(ctx, quantity, cue, points)


def _is_moved_by(ctx: SentenceContext, quantity: Quantity, cue: Cue, points: bool) -> bool:
    """Return True for the size of a forecast's revision ("cut its forecast by 0.3 points")."""
    if "by" not in ctx.text[max(0, quantity.start - 20) : quantity.start]:
        return False
    if is_revision_move(ctx, quantity):
        # "lowered its forecast for growth this year by 0.7 percent to 4.5 percent": the move
        # of the level after it, which the merge folds into that level
        return False
    window = max(0, quantity.start - 150)
    return _REVISED_BY.search(ctx.text, window, quantity.start) is not None or (
        points
        and (
            _VIEW_MOVED_BY.search(ctx.text, window, quantity.start) is not None
            or (
                cue.kind is not CueKind.POLICY
                and _COMMA_BY.search(ctx.text, window, quantity.start) is not None
            )
        )
    )


# Divisions of the consumer basket (COICOP) and words for a part of it: "prices in hotels and
# restaurants increased by 92.94%", "transportation costs rose by 79.10%", "the housing
# component of the CPI increased by 0.6 percent", "inflation for imported items was 61.9%"
_BROAD_PARTS = r"(?:energy|services|goods(?!\s+and\s+services))"
_COMPONENT_WORDS = (
    r"food|non-alcoholic|alcoholic|alcohol|beverages?|tobacco|clothing|footwear|housing|utilities|"
    r"furnishings|household\s+(?:equipment|products|goods)|health|medical|transport(?:ation)?|"
    r"communications?|telecommunications?|recreation|education|restaurants?|hotels?|cafes?|"
    r"non-food|fruits?|"
    r"vegetables?|meat|culture|cultural|entertainment|leisure|"
    # single goods: "prices for eggs and sunflower oil rose 2.4%", "tomato prices increased"
    r"eggs?|sugar|bread|milk|rice|wheat|flour|grain|cereals?|onions?|potato(?:es)?|"
    r"tomato(?:es)?|cucumbers?|coffee|tea|butter|cheese|beef|pork|chicken|poultry|fish|"
    r"(?:crude\s+)?oil|crude|natural\s+gas|solid\s+fuels?|"
    r"prices\s+(?:for|of)\s+(?!consumer|all\b|goods\s+and\s+services|the\s+(?:consumer|basket))"
    r"[a-z][\w-]*|"
    r"gasoline|petrol|diesel|fuels?(?:\s+oil)?|electricity|shelter|rents?|airfares?|used\s+cars|"
    r"(?:services?|goods)\s+sector|"
    # "prices for energy", "prices of services": parts ("goods and services" is the whole)
    rf"prices\s+(?:for|of)\s+(?:the\s+)?{_BROAD_PARTS}|"
    r"(?P<part>component|(?<!core\s)sub-?index|category|categories|section|segment|(?<!all[\s-])items?|"
    r"(?:imported|import|locally\s+produced|local|domestic)\s+(?:goods|products))|"
    # "non-tradables inflation rose to 6.6%", "imported inflation rose to 9.5%"
    r"(?:non-?)?trade?ables?|imported\s+inflation"
)
_COMPONENT = re.compile(rf"\b(?:{_COMPONENT_WORDS})\b", re.IGNORECASE)


def _last_part(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the last part of the basket named in ``text[start:end]``: a division or item, or
    domestic inflation set against imported inflation ("Domestic inflation increased to 9.1%,
    while imported inflation rose to 9.5%": the home-made part of the basket)."""
    last = _last_before(_COMPONENT, text, start, end)
    if last is None and _DOMESTIC_VS_IMPORTED.search(text):
        last = _last_before(_DOMESTIC, text, start, end)
    return last


_DOMESTIC = re.compile(r"\b(?P<part>domestic\s+inflation)\b", re.IGNORECASE)
_DOMESTIC_VS_IMPORTED = re.compile(r"\bimported\s+inflation\b", re.IGNORECASE)
_PART_BEFORE_WHICH = re.compile(rf"\b(?:{_COMPONENT_WORDS})\s*$", re.IGNORECASE)
# "the year-on-year inflation rate was 5.1% for services, 4.6% for food": the part named after
_COMPONENT_AFTER = re.compile(
    # "an increase of 32.5 percent year-on-year in food prices": the measure first
    r"(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|month[- ]on[- ]month|m/m|annually))?"
    # "... a 0.4 percent increase by the shelter index"
    r"\s+(?:(?:increase|rise|gain|decline|drop|fall|jump)\s+)?(?:for|in|by)\s+(?:the\s+)?"
    # ("a 14 percent increase in regular gasoline prices": a word or two describing the part)
    r"(?:(?:regular|retail|domestic|local|fresh|unprocessed|processed|pump|basic|staple)\s+)?"
    rf"(?:{_COMPONENT_WORDS}|{_BROAD_PARTS})\b",
    re.IGNORECASE,
)
_FRONTED_PART = re.compile(
    rf"\s*(?:in\s+the\s+case\s+of|as\s+for|as\s+regards)\s+(?:the\s+)?"
    rf"(?:{_COMPONENT_WORDS}|{_BROAD_PARTS})\b[^,;]{{0,30}},",
    re.IGNORECASE,
)
_HEADLINE = re.compile(
    r"\b(?:inflation|CPI|consumer\s+price\s+index|consumer\s+prices|headline)\b", re.IGNORECASE
)
_EXCLUDING = re.compile(
    r"\b(?:excluding|excludes|exclude|ex|except|without|minus|strip(?:s|ping)?\s+out|"
    r"eliminat(?:es|ing|e)|(?<=items\s)less)\b",  # "all items less food and energy"
    re.IGNORECASE,
)


_WHICH = re.compile(r",\s*which\b", re.IGNORECASE)

_CAUSE_BEFORE = re.compile(
    r"\b(?:by|amid|due\s+to|because\s+of|thanks\s+to|driven\s+by|led\s+by)\s+"
    r"(?:(?:higher|lower|rising|falling|soaring|the|a)\s+){0,2}$",
    re.IGNORECASE,
)


def _last_before(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the last match of ``pattern`` in ``text[start:end]``, if any."""
    last = None
    for match in pattern.finditer(text, start, end):
        last = match
    return last


_COMPARED_LEAD = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.?)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
)


def _subject_clause_start(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> int | None:
    """Return where the clause that names the figure's subject starts, or None for a figure
    compared with a part's figure (the same part)."""
    text = ctx.text
    start = clause_start(text, quantity.start)
    earlier = [q for q in ctx.quantities if q.per_end <= quantity.start]
    if earlier and _COMPARED_LEAD.search(text, max(0, quantity.start - 30), quantity.start):
        # "Food and beverage inflation was steady at 6.24%, as compared with 6.3%": the figure
        # compared with is of the same part ("prices ... gained 12 per cent, slowing slightly from
        # 14 per cent": whatever named the part for the first)
        if is_basket_component(ctx, earlier[-1], cue):
            return None
        start = min(start, clause_start(text, earlier[-1].start))
    return start


def is_basket_component(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for price growth of a part of the basket, not the whole: the last word
    before the figure in its clause names a basket division or a "component", with no
    headline word after it ("Food and energy pushed inflation to 5%" is headline) and no
    "excluding" before it (core inflation "excluding food and energy")."""
    if cue.kind is not CueKind.INFLATION:
        return False
    text = ctx.text
    if _COMPONENT_AFTER.match(text, quantity.end) or _FRONTED_PART.match(text):
        return True  # ... or "In the case of energy, the increase in prices accelerated to 8.3%"
    start = _subject_clause_start(ctx, quantity, cue)
    if start is None:
        return True
    opener = RELATIVE_OPENER.search(text, max(0, start - 12), start)
    if opener is not None and _PART_BEFORE_WHICH.search(
        text, max(0, opener.start() - 40), opener.start()
    ):
        return True  # "food and beverages, which rose by 7.63%": the clause is the part's
    if opener is not None and _MAIN_VERB_AFTER.search(text, start, quantity.start):
        # "The inflation rate in the services sector, which ... pressures, rose to 6.6%": the
        # subject stands before the relative clause
        start = clause_start(text, opener.start())
    last = _last_part(text, start, quantity.start)
    if last is None or _EXCLUDING.search(text, max(0, last.start() - 80), last.start()):
        return False
    if _CAUSE_BEFORE.search(text, max(0, last.start() - 30), last.start()):
        return False  # "Inflation, lifted by fuel costs, rose to 3.2%": a cause, not the subject
    if "," in text[last.end() : quantity.start] and _WHICH.search(
        text, max(0, last.start() - 60), last.start()
    ):
        return False  # "Headline inflation, which includes energy costs, rose to 4%": an aside
    if _PART_INFLATION.match(text, last.end()):
        return True  # "Food crops inflation came down to 11.8%": that part's own rate
    return last["part"] is not None or not _HEADLINE.search(text, last.end(), quantity.start)


# a part's name right before "inflation": "food crops inflation", "Energy, Fuels and Utilities
# (EFU) inflation" (but "food drove inflation to 5%" names a cause)
_PART_INFLATION = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?"
    r"(?:(?!(?:drove|drives|pushed|pushes|lifted|lifts|kept|keeps|sent|sends|fuel(?:l)?ed|"
    r"boosted|boosts|raised|raises|added|adds|and|or|to|as|the)\b)[\w-]+\s+)?inflation\b",
    re.IGNORECASE,
)


# the main clause's verb after a relative clause closes: ", rose to 6.6%"
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:\w+ly\s+)?(?:rose|fell|climbed|jumped|eased|slowed|accelerated|increased|"
    r"decreased|declined|dropped|stood|was|were|came|reached|hit|edged|remained|stayed)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)
_FACILITY = re.compile(
    r"\b(?:deposit|lending|(?:liquidity\s+)?absorption|liquidity\s+provision)\s+facility\b",
    re.IGNORECASE,
)
# India's marginal standing facility rate, the ceiling of the corridor above the repo rate:
# "its Marginal Standing Facility (MSF) rate", "the MSF rate"
_MSF_BEFORE = re.compile(
    r"\b(?:marginal\s+standing\s+facility(?:\s*\(MSF\))?|MSF)\s+$", re.IGNORECASE
)
# "the reverse repo rate" (not China's "7-day reverse repo", its policy rate)
_REVERSE_BEFORE = re.compile(
    r"(?<![\w-]day\s)\breverse\s+$"
    # "and the reverse repo, the rate at which commercial banks deposit money with it"
    r"|(?<![\w-]day\s)\breverse\s+repo(?:\s+rate)?\s*,\s+the\s+$",
    re.IGNORECASE,
)
# Central Europe's corridor: "the Lombard rate ... while the discount rate was kept at 0.05%"
_LOMBARD = re.compile(r"\blombard\b", re.IGNORECASE)
_CORRIDOR_NAME = re.compile(r"\b(?:deposit|discount)\s+rate\b", re.IGNORECASE)


_STANDING_BEFORE = re.compile(r"\bstanding\s+$", re.IGNORECASE)


def _in_india(ctx: SentenceContext) -> bool:
    return _only_in(ctx, {"IND": "IN"})


# Where the policy rate is the repo rate and the reverse repo rate is the corridor's floor
# (alpha-3 -> alpha-2): India (Reserve Bank of India) and Saudi Arabia (Saudi Central Bank).
# Elsewhere a reverse repo rate can be the policy rate itself: the Philippines' overnight
# reverse repurchase rate, Indonesia's and China's seven-day reverse repo.
_REVERSE_REPO_FLOOR = {"IND": "IN", "SAU": "SA"}
# the Central Bank of the Republic of Turkey's corridor around its one-week repo auction rate
_OVERNIGHT_CORRIDOR = re.compile(r"\bovernight\s+(?:lending|borrowing)\s+rate$", re.IGNORECASE)


def _only_in(ctx: SentenceContext, countries: dict[str, str]) -> bool:
    """Return True when the countries the sentence names (else the article's) are one of
    ``countries`` (alpha-3 -> alpha-2); not "NEW DELHI - The BoE ..."."""
    named = {e.country for e in ctx.entities if e.country is not None}
    if named:
        return len(named) == 1 and named <= countries.keys()
    return ctx.home in countries.values()


def is_corridor_rate(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for a deposit or lending facility rate outside the euro area: Bank
    Indonesia's corridor around its policy rate, not the ECB's deposit facility rate; and
    the deposit or discount rate named beside a Lombard rate (Poland, the Czech Republic)."""
    if cue.kind not in (CueKind.POLICY, CueKind.POLICY_WEAK):
        return False
    if _CORRIDOR_NAME.fullmatch(ctx.text, cue.start, cue.end) and _LOMBARD.search(ctx.text):
        return True  # the deposit and discount rates named beside the Lombard rate
    if _MSF_BEFORE.search(ctx.text, max(0, cue.start - 40), cue.start):
        return True
    reverse = _REVERSE_BEFORE.search(ctx.text, max(0, cue.start - 30), cue.start) is not None
    if (reverse and _only_in(ctx, _REVERSE_REPO_FLOOR)) or (
        ctx.text[cue.start : cue.end].lower() == "bank rate" and _in_india(ctx)
    ):
        return True  # India's reverse repo rate and bank rate: the corridor, not the repo rate
    if _OVERNIGHT_CORRIDOR.search(ctx.text, max(0, cue.start - 25), cue.end) and _only_in(
        ctx, {"TUR": "TR"}
    ):
        return True  # Turkey's overnight lending and borrowing rates around the one-week repo
    # "the rate on its liquidity absorption facility at zero percent"
    reach = 10 if cue.kind is CueKind.POLICY else 40
    facility = _FACILITY.search(ctx.text, cue.start, cue.end + reach)
    if facility is None:
        return False
    if facility.group().lower().split()[0] not in ("deposit", "lending"):
        return True  # an absorption or liquidity facility: the ECB has none of that name
    if _STANDING_BEFORE.search(ctx.text, max(0, cue.start - 10), cue.start):
        return False  # Sri Lanka's standing lending facility rate is one of its policy rates
    if ctx.home is None or currency_of_alpha2(ctx.home) == "EUR":
        return False
    return not any(e.country == "EA" for e in ctx.entities)


# a sector of the economy: "the mining sector registered 3.6% growth", "the finance and
# insurance sector, which expanded by 22.8%", "that of secondary 0.9 percent"
_SECTOR = re.compile(
    r"\b(?:sectors?|industry|industries|activities|agriculture|agricultural|manufacturing|"
    # "industrial production accumulates a 15,5% contraction"
    r"construction|mining|primary|secondary|tertiary|industrial\s+production|"
    # what else grows: "output of services climbed 12.4%", "bank deposits ... marking a growth
    # of 4.6 per cent", "retail turnover - by 4.3 percent"
    r"output\s+of(?!\s+(?:all\s+)?(?:the\s+)?goods\s+and\s+services)|(?:bank\s+)?deposits|"
    r"credit\s+facilities|(?:retail\s+)?turnover|remittances)\b"
    # "private-sector economists are expecting 1.63% growth": who forecasts, not what grows
    r"(?![\s-]+(?:economists?|analysts?|forecasters?|observers?|experts?|executives?|"
    r"leaders?|sources?|officials?)\b)",
    re.IGNORECASE,
)
# "domestic goods prices posted growth of 0.3 percent": prices grew, not the economy (but
# "GDP at current prices was up 2.1%" is the economy's, and "accelerating from the 1.5%
# growth" is compared with the prices' figure before it: extract.py reads it as theirs)
_PRICES = re.compile(r"\bprices\b", re.IGNORECASE)
_PRICE_BASIS = re.compile(
    r"\b(?:current|constant|market|basic|comparable|chained|\d{4})\s+prices\b", re.IGNORECASE
)
_COMPARED_FIGURE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to))\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
)
_RELATIVE_BEFORE = re.compile(r",?\s*\b(?:which|that|who)\s*$", re.IGNORECASE)
_ECONOMY = re.compile(r"\b(?:economy|economies|gdp|gross\s+domestic\s+product)\b", re.IGNORECASE)


def is_sector_growth(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for growth of a sector, not of the economy: the last sector word before
    the figure in its clause, with no economy word after it ("Growth in manufacturing lifted
    GDP by 2%" is the economy's)."""
    if cue.kind not in (CueKind.GDP, CueKind.GDP_VERB):
        return False
    text = ctx.text
    start = clause_start(text, quantity.start)
    comma = text.rfind(",", 0, start)
    if comma > 0 and (
        _RELATIVE_BEFORE.search(text, max(0, start - 12), start)
        or _WITH_BEFORE.search(text, max(0, start - 20), start)
    ):
        # "the finance sector, which expanded by 22.8%", "Transport activities followed,
        # with a 26.9% growth"
        start = clause_start(text, comma)
    if cue.start >= quantity.per_end:
        part = _PART_AFTER.match(text, cue.end)
        if part is not None and not _ECONOMY.search(part.group()):
            return True  # "a 0.7% growth in household spending": a component's growth
    if _growth_of_prices(text, start, quantity):
        return True
    last = _last_before(_SECTOR, text, start, quantity.start)
    if last is not None and _SECTOR_GDP.match(text, last.end()):
        return True  # "Mining and quarrying GDP expanded 0.7%": that sector's output
    return (
        last is not None
        and not _names_the_economy(text, last.end(), quantity.start)
        # "Strong exports drove growth of 3.1%": the sector is a cause of the economy's growth
        and not _DROVE.search(text, last.end(), quantity.start)
    )


def _names_the_economy(text: str, start: int, end: int) -> bool:
    """Return True when the economy is named between a sector and its figure, other than as
    what the sector led ("The construction sector led the economy with growth of 34.7%")."""
    return _ECONOMY.search(text, start, end) is not None and not _LED.search(text, start, end)


_LED = re.compile(
    r"\b(?:led|leads|leading|outpaced|outpacing|outperformed|outperforming)\s+(?:the\s+)?"
    r"(?:(?:wider|broader|overall|whole)\s+)?(?:economy|economies)\b",
    re.IGNORECASE,
)


_DROVE = re.compile(
    r"\b(?:drove|driven|drive|drives|lifted|lifts|boosted|boosts|pushed|helped|supported|"
    r"fuell?ed|propelled|powered|underpinned|contributed)\b",
    re.IGNORECASE,
)


def _growth_of_prices(text: str, start: int, quantity: Quantity) -> bool:
    """Return True for growth whose clause's subject is prices, not the economy."""
    prices = _last_before(_PRICES, text, start, quantity.start)
    return (
        prices is not None
        and not _PRICE_BASIS.search(text, max(0, prices.start() - 12), prices.end())
        # "Prices have continued their surge even as growth slowed to 4.8%": a new subject
        and not _NEW_SUBJECT.search(text, prices.end(), quantity.start)
        and not _ECONOMY.search(text, start, quantity.start)
        and not _COMPARED_FIGURE.search(text, max(0, quantity.start - 20), quantity.start)
    )


_NEW_SUBJECT = re.compile(r"\b(?:even\s+as|while|whereas|but|although|though)\b", re.I)
# "..., with a 26.9% growth", "Bank deposits rose by JD2 billion, marking a growth of 4.6%"
_WITH_BEFORE = re.compile(
    r",\s*(?:with|marking|representing|reflecting|amounting\s+to|equivalent\s+to)\s+$",
    re.IGNORECASE,
)
_SECTOR_GDP = re.compile(r"(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:gdp|output)\b", re.IGNORECASE)


_PART_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:spending|consumption|investment|exports|"
    r"imports|production|sales|lending|credit|demand|sectors?|industry|manufacturing|"
    r"agriculture|construction|services|mining|wages|incomes?|employment|jobs)\b",
    re.IGNORECASE,
)


# GDP in current prices, not real growth: "In nominal terms, GDP rose 0.7 percent", "grew 7%
# in nominal terms"
_NOMINAL_FRONT = re.compile(r"\W*(?:in|on)\s+nominal\s+terms\b", re.IGNORECASE)
_NOMINAL_AFTER = re.compile(
    r"\s*,?\s*(?:in|on)\s+nominal\s+terms\b"
    # "rose 11.5% from 1 trillion Turkish liras": the growth of an amount of money
    r"|\s+(?:from|to)\s+(?:about\s+|around\s+)?(?:[A-Z]{2,3}\s?|[$€£¥₺₹₽]\s?)?\d[\d.,]*\s*"
    r"(?:trillion|billion|million|bn|tn)\b",
    re.IGNORECASE,
)


def _is_nominal(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for GDP growth the sentence says is nominal."""
    return cue.kind in (CueKind.GDP, CueKind.GDP_VERB) and (
        _NOMINAL_FRONT.match(ctx.text) is not None
        or _NOMINAL_AFTER.match(ctx.text, quantity.per_end) is not None
    )


def _is_move_of_the_day(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for a market's move of the day ("The currency, hurt by worries over Latin
    America's biggest economy, was 1.49 percent down on the day"): no output figure is."""
    return (
        cue.kind in (CueKind.GDP, CueKind.GDP_VERB)
        and _ON_THE_DAY.match(ctx.text, quantity.per_end) is not None
    )


_ON_THE_DAY = re.compile(
    r"\s*(?:(?:down|up|higher|lower|weaker|stronger)\s+)?on\s+the\s+(?:day|session)\b", re.I
)


def is_not_the_indicator(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for a figure near an indicator word that is not a claim of it: a revision
    or a part, an item of a bracketed breakdown, a part of the consumer basket, a sector of
    the economy, a corridor rate, a figure of a group of economies."""
    return (
        is_revision_or_part(ctx, quantity, cue)
        or is_item_in_list(ctx, quantity, cue)
        or is_basket_component(ctx, quantity, cue)
        or is_sector_growth(ctx, quantity, cue)
        or _is_nominal(ctx, quantity, cue)
        or _is_move_of_the_day(ctx, quantity, cue)
        or is_corridor_rate(ctx, cue)
        or _is_commercial_prime(ctx, quantity, cue)
        or is_market_tenor_rate(ctx, cue)
        or is_group_figure(ctx, quantity, cue)
    )


# a money-market or bond rate named by its tenor: "the three-month Certificate of Deposit
# benchmark rate", "the 10-year benchmark rate"; China's one-year loan prime rate is the
# exception, and tenors in days or weeks ("the seven-day reverse repo rate") are policy rates
_TENOR = re.compile(
    r"\b(?:\d+|one|two|three|six|nine|twelve|ten|five)[- ](?:months?|years?)\b"
    r"(?P<name>[^,;.()\d]{0,50})$",
    re.IGNORECASE,
)
_PRIME = re.compile(r"\b(?:prime|medium-term)\b", re.IGNORECASE)
# "in two years to"; "reached a two month low after the central bank cut the cash rate": a
# record's span, then a clause of its own
_NAME_BREAK = re.compile(
    r"\b(?:at|to|by|from|for|in|on|after|before|when|as|while|since|low|high|lows|highs)\b",
    re.IGNORECASE,
)


# commercial banks' prime lending rate ("Banks announced that they were cutting the prime rate
# from 6.5 percent to 6 percent"), not a central bank's: the Bank of Ghana's "prime rate" is
# its policy rate, China's "loan prime rate" its benchmark
_PRIME_NAME = r"(?<!loan\s)\bprime\s+(?:lending\s+)?rates?"
_PRIME_RATE = re.compile(rf"{_PRIME_NAME}$", re.IGNORECASE)
# "which translates to a prime rate of 8.00 percent": the figure named as the prime rate
_PRIME_BEFORE = re.compile(
    rf"{_PRIME_NAME}\s+(?:of|at|to|is|was|stands\s+at)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_COMMERCIAL_BANKS = re.compile(
    r"\b(?:(?i:banks|lenders|commercial\s+banks)|[A-Z][a-z]+\s+(?:Bank|Bancorp)|JPMorgan|Citi\w*|"
    r"Wells\s+Fargo)\b",
)


def _is_commercial_prime(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for the prime rate that commercial banks set, no central bank named: the
    cue names it with the banks named before ("Banks cut the prime rate to 6 percent"), or
    the figure is named as it outside Ghana ("the fed funds rate is now 5.00 percent, which
    translates to a prime rate of 8.00 percent")."""
    if "prime" not in ctx.text or any(e.is_central_bank for e in ctx.entities):
        return False
    if (
        cue.kind in (CueKind.POLICY, CueKind.POLICY_WEAK)
        and _PRIME_RATE.search(ctx.text, max(0, cue.start - 20), cue.end)
        and _COMMERCIAL_BANKS.search(ctx.text, 0, cue.start)
    ):
        return True
    return (
        ctx.home != "GH"
        and _PRIME_BEFORE.search(ctx.text, max(0, quantity.start - 40), quantity.start) is not None
    )


def is_market_tenor_rate(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for a policy-rate word whose name begins with a tenor in months or years."""
    if cue.kind not in (CueKind.POLICY, CueKind.POLICY_WEAK):
        return False
    tenor = _TENOR.search(ctx.text, max(0, cue.start - 60), cue.start)
    if tenor is None or _PRIME.search(ctx.text, tenor.start(), cue.end + 12):
        return False
    return _NAME_BREAK.search(tenor.group("name")) is None
