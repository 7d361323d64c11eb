"""Compiled regexes over the word tables in ``vocab.py`` (built once, at import).

``find_cues`` marks the indicator words in a sentence ("inflation", "key rate", "GDP")
and the words that make a nearby number about something else ("unemployment", "food
prices", "of voters"). The other patterns find qualifiers, superlatives, forecast words,
hedges and measures; ``context.py`` applies them to a claim's clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from econcheck.claims.subjects import is_place_name
from econcheck.claims.trie import first_chars, trie_pattern
from econcheck.claims.vocab import (
    ATTRIBUTION_VERBS,
    BLOCKER_CUES,
    CHANGE_NOUNS,
    CORE_CUES,
    DOWN_WORDS,
    FORECAST_CUES,
    FORECAST_EXCLUSIONS,
    GDP_CUES,
    GDP_VERBS,
    HEDGES,
    INFLATION_CUES,
    MEASURE_CUES,
    MONTHS,
    NEGATIVE_GROWTH_WORDS,
    POLICY_CUES,
    POLICY_VERBS,
    POLICY_WEAK_CUES,
    QUALIFIERS,
    UP_WORDS,
)


class CueKind(StrEnum):
    """What an indicator word points to."""

    INFLATION = "inflation"
    GDP = "gdp"
    GDP_VERB = "gdp_verb"
    POLICY = "policy"
    POLICY_WEAK = "policy_weak"
    FX = "fx"
    BLOCK = "block"
    NEUTRAL = "neutral"  # shadows a blocker and names nothing: "the market estimate of 5.2%"


@dataclass(frozen=True, slots=True)
class Cue:
    """An indicator word (or a blocker) in a sentence."""

    start: int
    end: int
    kind: CueKind


_DASH_NEXT = r"(?:the|a|an|was|were|is|are|has|had|will|would)\s"

# the market a quote was made in, before its day: "from 93.53 in New York on Friday", "in
# late London trading on Friday"
MARKET_SESSION = (
    r"(?:in\s+(?:late\s+|early\s+)?(?:New\s+York|London|Tokyo|Sydney|Asian|European|U\.?S\.?)"
    r"(?:\s+trad(?:e|ing))?\s+)"
)


def _words(words: tuple[str, ...] | list[str]) -> str:
    # A hyphen glued to a word joins a compound ("rate-setting"), except before a determiner
    # or an auxiliary, where it stands in for a dash ("the Selic rate-the benchmark-was held").
    return rf"{first_chars(words)}(?<![\w-])(?:{trie_pattern(words)})(?!\w|-(?!{_DASH_NEXT}))"


_CUE_GROUPS: dict[CueKind, list[str]] = {
    CueKind.POLICY_WEAK: list(POLICY_WEAK_CUES),
    CueKind.GDP: list(GDP_CUES),
    CueKind.GDP_VERB: list(GDP_VERBS),
    CueKind.INFLATION: list(INFLATION_CUES),
    CueKind.POLICY: list(POLICY_CUES),
    CueKind.FX: [
        "exchange rate",
        "currency",
        "exchange value",
        "official rate",
        "official exchange rate",
        "official dollar rate",
        "official euro rate",
        "representative rate",  # the Bank of Israel's daily fixing
        "representative exchange rate",
        # the PBOC's daily fixing: "set the midpoint rate at 6.4936 per dollar, 0.1 percent
        # weaker than the previous fix"
        "midpoint rate",
        "mid-point rate",
        "central parity rate",
    ],
    CueKind.BLOCK: [*BLOCKER_CUES, "exchange rates"],
    CueKind.NEUTRAL: [
        "same margin",
        # "inflation in the consumer market slowed to 0.06%": the Russian name of the CPI's
        # scope, not a market price
        "consumer market",
        "market estimate",
        "market estimates",
        "market expectation",
        "market expectations",
        "market forecast",
        "market forecasts",
        "market consensus",
        # a poll of forecasters, not of voters: "a poll forecast of 3.6%", "in the Reuters poll"
        "poll forecast",
        "poll forecasts",
        "poll estimate",
        "poll median",
        "reuters poll",
        "reuters survey",
        "bloomberg poll",
        "poll of economists",
        "poll of analysts",
        "poll of traders",
        "poll of investors",
        "poll of forecasters",
        "survey of traders",
        "traders poll",
        "traders' poll",
        # a place or an office, not the indicator: "the currency union's largest economy",
        # "Economy Minister Sergio Massa"
        "currency union",
        "currency bloc",
        "currency area",
        "economy minister",
        "economy ministers",
        "economy ministry",
        # a document a forecast was made in: "the 3.25 per cent predicted in the May budget"
        "in the budget",
        "in its budget",
        *(f"in the {month} budget" for month in MONTHS),
        "in the federal budget",
        "in the government's budget",
        "in the government’s budget",
        # a measure's rate, not the policy rate: "lowered the year-on-year rate to 0.6%"
        "year-on-year rate",
        "year-over-year rate",
        "annualized rate",
        "annualised rate",
        "quarterly rate",
        # the price basis of an amount: "RON 200.4 billion current prices, up 5%"
        "current prices",
        "constant prices",
        "comparable prices",
        # "real GDP at market prices rose by 3.9%": GDP's valuation, not a market
        "market prices",
        "monthly rate",
    ],
}
# Later groups win when a phrase is listed twice; the trie prefers the longest phrase.
CUE_KINDS: dict[str, CueKind] = {
    phrase: kind for kind, phrases in _CUE_GROUPS.items() for phrase in phrases
}
CUE_RE = re.compile(_words(list(CUE_KINDS)), re.IGNORECASE)


def find_cues(sentence: str) -> list[Cue]:
    """Return the indicator words and blockers in ``sentence``, in order.

    >>> text = "Inflation and the key rate, not food prices or the inflation target; target range"
    >>> [(text[c.start:c.end], c.kind.value) for c in find_cues(text)]
    [('Inflation', 'inflation'), ('key rate', 'policy'), ('food prices', 'block'), \
('inflation target', 'block'), ('target range', 'policy')]
    """
    found = []
    for match in CUE_RE.finditer(sentence):
        kind = _cue_kind(match.group())
        if kind is CueKind.INFLATION:
            if _ADJUSTED_FOR.search(sentence, max(0, match.start() - 16), match.start()):
                continue  # "GDP, adjusted for inflation, grew 1.2%": the figure is real GDP
            if _PRICE_BASE.search(sentence, max(0, match.start() - 24), match.start()):
                continue  # the price basis of a figure: "GDP at 2011-12 prices grew 7.1%"
            if _is_part_of_basket(sentence, match.start(), match.end()):
                kind = CueKind.BLOCK
        found.append(Cue(match.start(), match.end(), kind))
    if "basis" in sentence or "bp" in sentence or "point" in sentence:
        found = _with_point_moves(sentence, found)
    return _central_bank_lending(sentence, found)


# A move in basis points names the policy rate without the word "rate": "had expected a 25
# basis point cut", "delivered a 50 bp hike"; "made a reduction of 300 basis points" when a
# central bank is the subject
_POINT_MOVE = re.compile(
    r"\b(?:basis[- ]points?|bps?|(?P<points>(?:percentage[- ])?points?))[\s-]+"
    r"(?P<rate>(?:interest[- ])?rate[\s-]+)?"
    r"(?P<noun>cut|cuts|hike|hikes|reduction|increase|raise)\b"
    r"|\b(?P<noun2>cut|hike|reduction|increase)\s+of\s+(?:\S+\s+){1,3}?(?:basis[- ]points|bps?)\b"
    # "a total of 300 basis points of rate increases"
    r"|\b(?:basis[- ]points?|bps?)\s+of\s+"
    r"(?P<noun3>(?:interest[- ])?rate\s+"
    r"(?:increases|hikes|cuts|rises|reductions|tightening|easing))\b",
    re.IGNORECASE,
)
_ODDS_OF = re.compile(
    r"\b(?:chances?|odds|probability|likelihood|bets?|pricing)\s+(?:of|on|for)\s+(?:an?\s+)?"
    r"(?:[\w.]+[\s-]+){0,2}$",
    re.IGNORECASE,
)
_MARKET_RATES = re.compile(
    r"\b(?:yields?|bonds?|spreads?|swaps?|mortgages?|treasur(?:y|ies)|libor|sofr|euribor|"
    r"interbank|deposits?|loans?|lending)\b",
    re.IGNORECASE,
)
_CENTRAL_BANK = re.compile(r"\b(?:central\s+bank|Fed|Federal\s+Reserve)\b|\bBank\s+of\b")


def _with_point_moves(sentence: str, cues: list[Cue]) -> list[Cue]:
    """Add a policy cue on a move in basis points or points ("a 50 basis point hike", "a
    half-point cut") in a sentence with no policy cue of its own, or whose rate is named only
    after the move ("a 25 basis point cut in the ECB's key rate")."""
    named = [c.start for c in cues if c.kind is CueKind.POLICY]
    if named and "cut in" not in sentence and "hike in" not in sentence:
        return cues
    # a move in points beside an inflation or growth word is that rate's: "a 0.61 %-point
    # increase" of headline inflation
    other_rate = any(c.kind in (CueKind.INFLATION, CueKind.GDP) for c in cues)
    added = []
    for move in _POINT_MOVE.finditer(sentence):
        if any(start < move.start() for start in named):
            continue  # the rate named before the move is its cue
        if move["noun2"] is not None and not _CENTRAL_BANK.search(sentence):
            continue
        if move["points"] is not None and other_rate:
            continue
        if _ODDS_OF.search(sentence, max(0, move.start() - 40), move.start()):
            continue  # "chances of a 75 basis point hike went up to 76%": market odds
        if _MARKET_RATES.search(sentence, 0, move.start()):
            continue  # "bond yields posted a 20 basis point increase"
        name = next(g for g in ("noun", "noun2", "noun3") if move[g] is not None)
        # "a 500 basis point interest rate hike": the rate words and the noun are one cue
        start = move.start("rate") if move["rate"] is not None else move.start(name)
        added.append(Cue(start, move.end(name), CueKind.POLICY))
    if not added:
        return cues
    kept = [c for c in cues if not any(a.start <= c.start and c.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda c: c.start)


# A bank's lending rate is no policy rate, but a central bank's is when it is set with its
# deposit rate: "raised the deposit rate to 16.25% and its lending rate to 17.25%", "kept its
# overnight deposit and lending rates at 8.25% and 9.25%".
_LENDING = re.compile(r"lending\s+rates?", re.IGNORECASE)
_DEPOSIT_AND_LENDING = re.compile(r"\bdeposit\s+and\s+lending\s+rates\b", re.IGNORECASE)
_BANKS_OWN = re.compile(r"\b(?:prime|average|commercial|banks['’]?|retail)\s+$", re.IGNORECASE)


def _central_bank_lending(sentence: str, cues: list[Cue]) -> list[Cue]:
    deposit = any(
        c.kind is CueKind.POLICY and "deposit" in sentence[c.start : c.end].lower() for c in cues
    ) or _DEPOSIT_AND_LENDING.search(sentence)
    if not deposit:
        return cues
    return [
        Cue(c.start, c.end, CueKind.POLICY)
        if c.kind is CueKind.BLOCK
        and _LENDING.fullmatch(sentence, c.start, c.end)
        and not _BANKS_OWN.search(sentence, max(0, c.start - 14), c.start)
        else c
        for c in cues
    ]


_ADJUSTED_FOR = re.compile(r"\b(?:adjusted|adjusting|correcting|corrected)\s+for\s+$", re.I)


def _is_part_of_basket(sentence: str, start: int, end: int) -> bool:
    """Return True for the prices of a part of the basket: "non-food prices", "housing-related
    prices", "the prices of fresh vegetables" (but not "consumer prices", "Turkish prices").

    >>> s = "Non-food prices rose; consumer prices rose; prices of vegetables rose; prices rose"
    >>> [_is_part_of_basket(s, m.start(), m.end()) for m in re.finditer("prices", s)]
    [True, False, True, False]
    """
    if sentence[start:end].lower() != "prices":
        return False
    if _PRICES_OF.match(sentence, end):
        return True
    word = _WORD_BEFORE.search(sentence, max(0, start - 30), start)
    if word is None:
        return False
    before = word.group(1)
    if before == "s":
        owner = _PLACE_POSSESSIVE.search(sentence, max(0, start - 40), word.start(1))
        if owner is not None and is_place_name(owner.group(1)):
            return False  # "Japan's prices gained 0.4 percent": a place's prices, the whole basket
    low = before.lower()
    if low in _EURO_AREA or (
        low in ("area", "zone") and _EURO_BEFORE.search(sentence, 0, word.start(1))
    ):
        return False  # "Euro-zone prices rose 2.4%", "euro area prices": the area's basket
    if "-" in before or (before[:1].islower() and low not in _WHOLE_BASKET):
        return True
    # a capitalised noun opening the sentence names goods: "Television prices dropped by
    # 16.1%" (but "Turkish prices rose", "Consumer prices rose" are the whole basket)
    return (
        not sentence[: word.start(1)].strip(" \t\"“‘'(")
        and low not in _WHOLE_BASKET
        and low not in _OPENERS
        and not is_place_name(before)
    )


_EURO_AREA = frozenset({"eurozone", "euro-zone", "euro-area", "euroland"})
# words that open a sentence before "prices" without naming goods: "Maybe prices have been
# falling", "Regarding prices the IMF estimates ..."
_OPENERS = frozenset(
    {"maybe", "perhaps", "regarding", "concerning", "however", "meanwhile", "thus", "hence",
     "now", "then", "even", "once", "until", "although", "though", "whereas", "whether",
     "why", "what", "such", "both", "indeed", "instead", "likewise", "similarly", "today",
     "yesterday", "currently", "last", "next", "official", "world", "global", "national"}
)  # fmt: skip
_EURO_BEFORE = re.compile(r"\beuro\s+$", re.IGNORECASE)


_PRICE_BASE = re.compile(
    r"\bat\s+(?:constant\s+)?(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+(?:constant\s+)?$", re.IGNORECASE
)
_PRICES_OF = re.compile(r"\s+of\s+(?!goods\s+and\s+services|all\b|consumer\b)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")
_PLACE_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)['’]$")
# Words that may stand before "prices" of the whole basket (determiners, verbs, conjunctions).
_WHOLE_BASKET = frozenset(
    {"consumer", "retail", "overall", "headline", "average", "general", "all", "the", "its",
     "their", "and", "or", "as", "that", "while", "with", "of", "in", "on", "when", "where",
     "because", "but", "if", "how", "higher", "lower", "rising", "falling", "soaring",
     "surging", "high", "low", "said", "says", "say", "showed", "show", "shows", "mean",
     "means", "meant", "pushed", "pushing", "push", "drove", "driving", "drive", "sent",
     "kept", "keep", "keeping", "saw", "see", "sees", "domestic", "local", "annual",
     "monthly", "core", "underlying", "year", "month", "a", "an", "to", "from", "by", "for",
     "at", "than", "after", "before", "since", "so", "yet", "still", "also", "which",
     "who", "whose", "many", "most", "some", "other", "these", "those", "this",
     "reported", "report", "reports", "announced", "announces", "noted", "added", "found",
     "revealed", "reveals", "indicated", "indicates", "indicating", "showing", "suggested",
     "suggests", "suggesting", "estimated", "estimates", "expected", "expects", "expect",
     "forecast", "forecasts", "predicted", "predicts", "believes", "believed", "think",
     "thinks", "thought"}
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _cue_kind(phrase: str) -> CueKind:
    return CUE_KINDS[" ".join(phrase.lower().split())]


# --- around a number --------------------------------------------------------------------------

QUALIFIER_RE = re.compile(rf"(?:^|(?<=\W))(?P<q>{trie_pattern(QUALIFIERS)})\s*$", re.IGNORECASE)
# Words that may sit between a qualifier and its number ("to more than", "past the").
FILLER_RE = re.compile(
    # ("pegged over Rs. 104 a dollar": a rupee's letters left outside the figure; "to more than
    # RD$64": a currency's sign)
    r"(?:\s+|\b(?:the|a|an|levels?\s+(?:of|at)|marks?\s+(?:of|at)|of)\b|\bRs\.?|"
    r"(?:\b[A-Z]{1,3})?[$€£¥₹₽¢₦₱₩₺₴])*$",
    re.IGNORECASE,
)

SHARE_AFTER_RE = re.compile(
    # but "the 7.36% of 2021" is that year's figure
    r"\s*(?:of|among)\s+(?!(?:its|their|the\s+currency['’]s|the\s+ruble['’]s|his|her)\s+value)"
    r"(?!(?:19|20)\d\d\b(?!\s*(?:GDP|output|budget|revenue|spending)))",
    re.IGNORECASE,
)
_MODIFIERS = (
    r"(?:(?:annual|annualized|annualised|year-on-year|year-over-year|month-on-month|monthly|"
    r"quarter-on-quarter|quarter-over-quarter|"
    r"quarterly|headline|core|consumer|on-year|underlying|real|nominal|potential|projected|"
    r"expected|average|full-year|year-end|end-year|end-of-year|economic|cumulative|medium-term|mid-term|midterm|long-term|longer-run|"
    r"symmetric|official|inflation|yoy|y/y|y-o-y|qoq|q/q|q-o-q|mom|m/m|m-o-m)\s+)*"
)
_CHANGE_OF = (
    # ("a further 0.5 per cent reduction from its base rate")
    rf"(?:{trie_pattern(CHANGE_NOUNS)})s?\s+(?:in|of|to|from(?=\s+(?:its|the)\s))\s+"
    # "a 5% fall in Ukraine's GDP", "a 0.8 per cent fall in Portuguese GDP"
    r"(?:the\s+|its\s+|their\s+|[\w.-]+(?:\s+[\w.-]+)?['’]s\s+|(?-i:[A-Z][a-z]+)\s+)?"
)
# "a solid 2.2% yearly advance in core CPI": the change noun may take a period adjective
_PERIOD_ADJECTIVE = (
    r"(?:annual|yearly|monthly|quarterly|year-on-year|year-over-year|month-on-month|"
    r"quarter-on-quarter|on-year|annuali[sz]ed)\s+"
)
# "the negative 5.7% estimate for GDP", "a 2% forecast for growth": what the number estimates
_ESTIMATE_FOR = (
    r"(?:estimate|forecast|projection|reading|print|outturn)s?\s+(?:for|of|on)\s+"
    r"(?:the\s+|its\s+|[\w.-]+['’]s\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?"  # "for German growth"
)
RIGHT_CUE_RE = re.compile(
    rf"\s*(?:-\s*)?(?:(?:{_PERIOD_ADJECTIVE})?{_CHANGE_OF}|{_ESTIMATE_FOR})?{_MODIFIERS}(?=\w)",
    re.IGNORECASE,
)
# "rose at a 1.9% rate", "grew at a 3% annual pace": the words before a figure given as a pace
PACE_BEFORE_RE = re.compile(r"\bat\s+an?\s+(?:\w+\s+)?$", re.IGNORECASE)

UP_RE = re.compile(_words(UP_WORDS), re.IGNORECASE)
DOWN_RE = re.compile(_words(DOWN_WORDS), re.IGNORECASE)
NEGATIVE_RE = re.compile(_words(NEGATIVE_GROWTH_WORDS), re.IGNORECASE)
POLICY_VERB_RE = re.compile(_words(POLICY_VERBS), re.IGNORECASE)
CHANGE_NOUN_RE = re.compile(rf"\s*(?:-\s*)?{_words(CHANGE_NOUNS)}", re.IGNORECASE)

_FORECAST = "|".join(
    [
        rf"(?P<no>{trie_pattern(FORECAST_EXCLUSIONS)})",
        rf"(?P<yes>{trie_pattern(FORECAST_CUES)})",
    ]
)
FORECAST_RE = re.compile(rf"(?<![\w-])(?:{_FORECAST})(?![\w-])", re.IGNORECASE)
HEDGE_RE = re.compile(_words(HEDGES), re.IGNORECASE)
CORE_RE = re.compile(_words(CORE_CUES), re.IGNORECASE)

MEASURE_RES: dict[str, re.Pattern[str]] = {
    name: re.compile(_words(list(words)), re.IGNORECASE) for name, words in MEASURE_CUES.items()
}
# All measure cues in one pass; the caller picks by priority from the groups found.
MEASURE_ANY_RE = re.compile(
    first_chars(w for words in MEASURE_CUES.values() for w in words)
    + "(?:"
    + "|".join(f"(?P<{name}>{_words(list(words))})" for name, words in MEASURE_CUES.items())
    + ")",
    re.IGNORECASE,
)
ALONE_RE = re.compile(
    r"^\s*(?:in|for|during)\s+(?:the\s+month\s+of\s+)?[A-Z][a-z]+\.?(?:\s+\d{4})?\s+alone\b"
    r"|^\s*(?:this|last)\s+month\s+alone\b|^\s*in\s+a\s+single\s+month\b"
)

_SUPER_WORD = r"(?:high|low|peak|trough|bottom|top|weak|strong|highs|lows)"
_SINCE_TAIL = (
    r"since\b|on\s+record|ever\b|in\s+history|(?:so\s+far\s+)?this\s+year\b|"
    r"in\s+(?:the\s+(?:past|last)\s+)?(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:a|an|\d+|[a-z]+)\s+(?:(?:trading\s+)?(?:days?|sessions?)|weeks?|years?|decades?|months?)\b"
    # "in three years and five months"
    r"(?:\s+and\s+(?:a|an|\d+|[a-z]+)\s+(?:months?|weeks?|days?)\b)?"
)
SUPERLATIVE_RE = re.compile(
    r"(?P<record>(?:an?\s+|new\s+|fresh\s+)?(?:all[- ]time|record|historic(?:al)?|unprecedented)\s+"
    rf"(?P<rword>{_SUPER_WORD}))"
    rf"|(?P<years>(?P<n>\d+|[a-z]+)[- ](?:year|month|decade)[- ](?P<nword>{_SUPER_WORD}))"
    r"|(?P<most>(?P<mword>highest|lowest|strongest|weakest|fastest|quickest|slowest|deepest|"
    r"steepest|sharpest|biggest|largest|smallest|slightest|best|worst)\b"
    rf"(?P<tail>(?:\s+[\w-]+){{0,6}}?\s+(?:{_SINCE_TAIL})))"
    # "tested 36 for the first time", "exceeded 200% for the first time since 1991": a level
    # crossed for the first time is a record (a rate *cut* for the first time is not: the
    # caller passes only the words from the number on, after a crossing verb)
    rf"|(?P<first>(?<=\s)for\s+the\s+first\s+time(?P<ftail>\s+(?:{_SINCE_TAIL}))?)"
    r"|(?P<bare>\ba\s+record\b(?![- ](?:high|low)\b)|\brecord[- ]high\b|\brecord[- ]low\b)"
    # "weakened to a new low of 399.42": a record, unless a period follows ("for the year")
    r"|(?P<new>\b(?:new|fresh)\s+(?P<neword>low|high|peak|trough)s?\b"
    r"(?P<ntail>\s+(?:for\s+the\s+year|of\s+the\s+year|this\s+year))?)"
    # "a level unseen since December 1986": a record the move's direction names
    r"|(?P<unseen>\b(?:not\s+(?:been\s+)?seen|unseen|last\s+seen)(?P<utail>\s+since\b))",
    re.IGNORECASE,
)
# Cheap pre-check: SUPERLATIVE_RE runs only when one of these is in the window.
SUPERLATIVE_HINT = re.compile(
    r"record|all[- ]time|historic|unprecedented|(?<!inter)est\b|first\s+time|seen\s+since|"
    r"(?:new|fresh)\s+(?:low|high|peak|trough)|"
    r"[- ](?:year|month|decade)[- ](?:high|low|peak|trough|bottom|top|weak|strong)",
    re.IGNORECASE,
)
# The words before a number that make "for the first time" a record: a level crossed
CROSSED_BEFORE_RE = re.compile(
    r"\b(?:past|above|below|beyond|over|under|exceed(?:ed|s)?|top(?:ped|s)?|test(?:ed|s)?|"
    r"breach(?:ed|es)?|cross(?:ed|es)?|surpass(?:ed|es)?|hit|hits|broke|broken|breaks|breaking|reach(?:ed|es)?)"
    r"\s+(?:the\s+)?\S*$",
    re.IGNORECASE,
)
SINCE_AFTER_RE = re.compile(r"\s*(?:since|in)\s+", re.IGNORECASE)
AGO_RE = re.compile(
    r"(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?P<n>a|an|\d+|[a-z]+)\s+"
    r"(?P<unit>years?|decades?|months?|weeks?|(?:trading\s+)?(?:days?|sessions?))",
    re.IGNORECASE,
)

ATTRIBUTION_VERB_RE = re.compile(_words(ATTRIBUTION_VERBS), re.IGNORECASE)
ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?P<who>[^,;:.()]+?)(?=[,;:.()]|$)", re.IGNORECASE)
SAID_AFTER_RE = re.compile(
    r"[,\"”]\s*(?:said|says|according\s+to|told|added|noted|wrote|warned)\s+(?P<who>[^,;:.()\"”]+)",
    re.IGNORECASE,
)
# Participles that open a clause of consequence: "..., paring this year's gain to 3.1 percent"
CONSEQUENCE_PARTICIPLES = (
    "paring|extending|bringing|leaving|pushing|lifting|narrowing|widening|trimming|erasing|"
    "reversing|marking|registering|finishing|ending|closing"
)
CLAUSE_BREAK_RE = re.compile(
    r"(?=[;:\s—(),bwa])"  # the first characters below (speed only)
    r"(?:;|:\s|\s[—–]\s|\s-\s|—|\(|\)|,\s+(?:but|while|whereas|although|though|and|as|after|when|"
    r"even\s+as|which|who|where|with(?!\s+effect)|"
    rf"{CONSEQUENCE_PARTICIPLES})\b|\b(?:but|while|whereas|although)\b)",
    re.IGNORECASE,
)
