"""Exchange-rate changes: "the ruble lost 20% this year", "the dollar doubled".

A change describes the subject currency's value, so the subject is the base and the
counter currency (after "against", else the US dollar) the quote; see fx.py.
"""

from __future__ import annotations

import re

from econcheck.claims.context import Draft, SentenceContext, clause_start, covering_quantity
from econcheck.claims.fx_convention import cross_convention
from econcheck.claims.modifiers import direction
from econcheck.claims.patterns import (
    CHANGE_NOUN_RE,
    CONSEQUENCE_PARTICIPLES,
    SHARE_AFTER_RE,
    CueKind,
)
from econcheck.claims.quantities import QKind, Quantity
from econcheck.claims.units import CurrencyMention
from econcheck.models import Change, ChangeUnit, Indicator

_CHANGE_GAP = 30
_VALUE_BY = re.compile(
    r"['’]s\s+(?:external\s+)?value\s+(?:against\s+the\s+\w+\s+)?by\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly)\s+)?",
    re.IGNORECASE,
)
_DEVALUE_VERB = re.compile(
    r"\b(?:(?:cut|cuts|cutting|reduced|reduces|reducing|slashed|slashes|lowered|lowers|"
    r"devalue|devalued|devalues|devaluing|knocked|trimmed)|(?P<up>raised|raises|lifted|lifts|"
    r"increased|increases|revalue|revalued|revalues|revaluing))\s+(?:the\s+|its\s+|their\s+)?"
    # "devalued the national currency, the ruble, by 7%": the name in apposition
    r"(?:(?:national|local|domestic)\s+currency,\s+(?:the\s+)?)?(?=(?:\S+\s*)?$)",
    re.IGNORECASE,
)
# "devalued the birr by 15%": the verb comes before the currency, "by" after it
_BY_ONLY = re.compile(
    r",?\s+(?:against\s+the\s+[\w.]+\s+)?by\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly)\s+)?",
    re.IGNORECASE,
)
_ITS_VALUE = re.compile(r"\s+of\s+its\s+(?:external\s+)?value\b", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+(?:to|at)\s+", re.IGNORECASE)
# "rose to 40%" is a level; "led the peso to weaken 5.7%" is a move (an infinitive)
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at)\s+(?!(?:weaken|strengthen|fall|rise|drop|slide|gain|lose|depreciate|"
    r"appreciate|climb|decline|slip|jump|firm|ease|tumble|plunge|sink|rally|recover)\b)"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "against the dollar", "versus the Japanese currency": the counter-currency follows
AGAINST_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?|vis-[aà]-vis)\s+(?:the\s+)?$", re.IGNORECASE
)


_SCALE_WORD = r"(?:million|billion|trillion|bn|mn|tn|trn|crore|lakh)"
_AMOUNT_BEFORE = re.compile(rf"\d[\d,.]*\s*{_SCALE_WORD}\s+(?:of\s+)?$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(rf"\s?\d[\d,.]*\s*{_SCALE_WORD}\b", re.IGNORECASE)
_MOVE_AFTER = re.compile(
    r"\s+(?:(?P<up>higher|stronger|firmer|up)|lower|weaker|softer|down)\b"
    r"(?=\s+(?:to|at|on|against|than)\b|[,.])",
    re.IGNORECASE,
)


def subject_currency(
    ctx: SentenceContext, pos: int, limit: int = 120, *, skip_counters: bool = False
) -> CurrencyMention | None:
    """Return the nearest currency named before ``pos`` in its clause, outside quantities
    (and, with ``skip_counters``, not after "against": the subject of a change)."""
    start = clause_start(ctx.text, pos)
    while start > 0 and (
        _SHARED_SUBJECT.match(ctx.text, start)
        or _PARTICIPLE_BREAK.search(ctx.text, max(0, start - 20), start)
    ):
        start = clause_start(ctx.text, start - 2)  # "..., and quickly fell 1.1% to 196.05"
        limit = max(limit, pos - start)  # the subject opens the first of the shared clauses
    found = None
    for mention in ctx.currencies:
        if mention.end > pos or pos - mention.end > limit or mention.start < start - 40:
            continue
        if covering_quantity(ctx, mention.start, mention.end) is not None:
            continue
        if _AMOUNT_BEFORE.search(ctx.text, max(0, mention.start - 24), mention.start) or (
            _AMOUNT_AFTER.match(ctx.text, mention.end)
        ):
            continue  # "120 billion euros", "RON 200.4 billion": an amount's unit, no subject
        if skip_counters and (
            AGAINST_BEFORE.search(ctx.text, max(0, mention.start - 16), mention.start)
            or _BRACKET_OPEN.fullmatch(ctx.text, mention.end, pos)
        ):
            continue  # "lost 1% versus the Japanese currency", "the Swedish Krona (-0.82%)"
        found = mention
    if found is None and skip_counters:
        # "It appreciated versus the rupiah to 303.6, improved to 3.3715 against the Singapore
        # dollar": the pronoun that opens the sentence stays the subject of its later clauses
        found = next((m for m in ctx.currencies if m.head == "it" and m.end <= pos), None)
    if found is None and _FRONTED.match(ctx.text):
        found = _main_subject(ctx, pos)
    return found


# "... on Monday morning before appreciating to nearly 18.20": the same subject's later move
LATER_MOVE = (
    r"(?:before|after)\s+(?:\w+ly\s+)?(?:appreciating|depreciating|rising|falling|recovering|"
    r"rebounding|paring|ending|closing|settling|weakening|strengthening|climbing|slipping|"
    r"easing|firming|dropping|gaining|losing)\b"
)

# The past-tense verbs of a currency's move that a later clause may take up with the same
# subject ("strengthened vis-a-vis the pound to 5.81 and rose against the euro to 5.02")
MOVE_VERBS = (
    "rose|fell|gained|lost|slipped|climbed|dropped|weakened|strengthened|firmed|eased|edged|"
    "advanced|declined|recovered|hardened|softened|appreciated|depreciated"
)

# A clause that goes on with the subject of the one before: "It opened at 194.75 naira to the
# dollar, and quickly fell 1.1 percent to 196.05", "..., but then recovered to 83.1", "...,
# while it firmed to 92.10Ac"
_SHARED_SUBJECT = re.compile(
    r"(?:with\s+an?\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+(?:drop|fall|decline|loss|gain|rise)\b"
    r"|(?:was\s+)?at\s+(?=\S{0,3}\s?\d)"  # "..., and at ¥129.77"
    r"|(?:and\s+)?(?:its\s+|the\s+)?(?:high|low)\s+(?:is|was)\b"  # "..., and low is 1,098.4"
    rf"|{LATER_MOVE}"
    r"|(?:(?:and|but|while|whereas|when)\s+)?(?:it\s+)?(?:then\s+|later\s+|still\s+)?(?:\w+ly\s+)?"
    r"(?:(?:was|were)\s+(?=(?:bid|quoted|offered)\b))?"  # "... but was bid down 0.1% at 25.51"
    rf"(?:{MOVE_VERBS}|rebounded|ended|closed|finished|settled|traded|hit|touched|accumulated|"
    r"posted|recorded|registered|suffered|notched|bid|quoted|offered|slid|jumped|tumbled|surged|"
    r"slumped|moved)\b)",
    re.IGNORECASE,
)

# a participle clause break (patterns.CLAUSE_BREAK_RE) ends with its participle: the clause
# after it goes on with the subject before it
_PARTICIPLE_BREAK = re.compile(rf",\s+(?:{CONSEQUENCE_PARTICIPLES})\s*$", re.IGNORECASE)

# "After opening at 33.89 on Monday, ..., the baht has continued to weaken": a participle put
# first takes the subject of the main clause that follows it
_FRONTED = re.compile(r"\s*(?:After|Before|Having|Following|Despite)\s+\w+ing\b")
_SUBJECT_OPENS = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


def _main_subject(ctx: SentenceContext, pos: int) -> CurrencyMention | None:
    """Return the currency that opens the main clause after a fronted participle."""
    for mention in ctx.currencies:
        if mention.start > pos and _SUBJECT_OPENS.search(
            ctx.text, max(pos, mention.start - 30), mention.start
        ):
            return mention
    return None


def fx_change(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "the ruble lost 20% this year", "the lira has shed 15% against the dollar"."""
    if quantity.kind is QKind.RATIO:
        return _ratio(ctx, quantity)
    if (
        quantity.kind is not QKind.PERCENT
        or SHARE_AFTER_RE.match(ctx.text, quantity.per_end)
        # "a shortage of dollars ..., posting 5% economic growth": growth's figure
        or _names_other_indicator(ctx, quantity)
        # "the dollar was down 0.1% against a basket of currencies": an index, no pair
        or _BASKET_AFTER.match(ctx.text, quantity.per_end)
    ):
        return None
    value_of = _value_of_after(ctx, quantity)
    if value_of is not None:
        return value_of
    subject = (
        subject_currency(ctx, quantity.start, limit=80, skip_counters=True)
        or _subject_of_level(ctx, quantity)
        or _subject_of_bracketed(ctx, quantity)
    )
    if subject is None and _ITS_VALUE.match(ctx.text, quantity.per_end):
        return _its_value_change(ctx, quantity)
    if subject is None:
        return None
    named = _named_pair(ctx, subject, quantity)
    if _other_subject_between(ctx, subject.end, quantity.start, named=named is not None):
        return None
    movement = _movement(ctx, subject, quantity)
    if named is not None and movement != 0:  # "the dollar-yen rate fell 0.64%": as quoted
        change = Change(value=abs(quantity.value) * movement, unit=ChangeUnit.PCT)
        return _draft_of_change(quantity, subject.start, named[0], named[1], change, movement)
    pair = _pair_before(ctx, subject)
    if pair is not None and movement != 0:  # "EUR/USD rose 0.15%": the pair as written moved
        change = Change(value=abs(quantity.value) * movement, unit=ChangeUnit.PCT)
        return _pair_change_draft(quantity, pair, subject.code, change, movement)
    if movement == 0:
        return None
    signed = abs(quantity.value) * movement
    change = Change(value=signed, unit=ChangeUnit.PCT)
    return _change_draft(ctx, quantity, subject, change, movement=movement)


# a commodity whose own move the figure is, named after the currency
_COMMODITY_MOVED = re.compile(
    r"\b(?:copper|oil|crude|gold|silver|brent|iron\s+ore|coffee|cocoa|soybeans?|wheat|corn|"
    r"natural\s+gas|lithium|nickel|alumini?um|palm\s+oil|rubber|sugar)(?:\s+(?:futures|prices?))?"
    r"\s+(?:[\w-]+\s+){0,2}?(?:rallied|rose|fell|gained|jumped|surged|climbed|dropped|slumped|"
    r"tumbled|advanced|declined|soared|plunged|slid|increased|decreased|rebounded)\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
_BASKET_AFTER = re.compile(r"\s+(?:against|versus)\s+a\s+basket\b", re.IGNORECASE)
_NOUN_GAP = re.compile(r"\s+(?:[\w-]+\s+)?")
_OTHER_KINDS = (CueKind.GDP, CueKind.INFLATION)


def _names_other_indicator(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True when growth or inflation is named right after the figure ("5% economic
    growth", "a 3% inflation rate")."""
    return any(
        cue.kind in _OTHER_KINDS
        and cue.start >= quantity.per_end
        and _NOUN_GAP.fullmatch(ctx.text, quantity.per_end, cue.start) is not None
        for cue in ctx.cues
    )


_CODE_BEFORE_SLASH = re.compile(r"\b([A-Z]{3})\s?/\s?$")
# two currency names joined into a pair name: "shekel-dollar", "dollar/rouble"
PAIR_JOIN = re.compile(r"\s?[-–/]\s?")
_RATE_AFTER = re.compile(
    r"\s+(?:(?:exchange|representative|spot|interbank|official)\s+)?rate\b", re.IGNORECASE
)


def _named_pair(
    ctx: SentenceContext, subject: CurrencyMention, quantity: Quantity
) -> tuple[str, str] | None:
    """Return (base, quote) by convention of a rate named by its two currencies ("the
    shekel-dollar exchange rate", "the won-dollar rate"), whose move is the quote's; a
    counter named after the figure replaces the foreign one ("the shekel-dollar rate is down
    0.27% against the euro": ILS per EUR)."""
    for mention in ctx.currencies:
        if mention is subject or mention.code is None or subject.code is None:
            continue
        first, second = (mention, subject) if mention.end <= subject.start else (subject, mention)
        if (
            not (
                PAIR_JOIN.fullmatch(ctx.text, first.end, second.start)
                and _RATE_AFTER.match(ctx.text, second.end)
            )
            or first.code == second.code
        ):
            continue
        codes = {first.code, second.code}
        counter = _counter_after(ctx, quantity)
        if counter is not None and counter not in codes and len(codes - {"USD"}) == 1:
            return cross_convention((codes - {"USD"}).pop(), counter)
        local, foreign = (
            (first.code, second.code) if second.code == "USD" else (second.code, first.code)
        )
        return cross_convention(local, foreign)
    return None


def _counter_after(ctx: SentenceContext, quantity: Quantity) -> str | None:
    """Return the currency named "against the X" right after a figure."""
    for mention in ctx.currencies:
        if 0 <= mention.start - quantity.per_end <= 25 and AGAINST_BEFORE.search(
            ctx.text, max(0, mention.start - 16), mention.start
        ):
            return mention.code
    return None


def _pair_before(ctx: SentenceContext, subject: CurrencyMention) -> CurrencyMention | None:
    """Return the base of a pair written "EUR/USD" when ``subject`` is its second code."""
    match = _CODE_BEFORE_SLASH.search(ctx.text, max(0, subject.start - 5), subject.start)
    if match is None:
        return None
    return next((m for m in ctx.currencies if m.start == match.start(1)), None)


def _pair_change_draft(
    quantity: Quantity, base: CurrencyMention, quote: str, change: Change, movement: int
) -> Draft:
    return _draft_of_change(quantity, base.start, base.code, quote, change, movement)


_RECORDED_GAP = re.compile(
    r"(?:\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:posted|posts|suffered|suffers|recorded|"
    r"records|registered|registers|logged|logs|accumulated|accumulates|booked|books|notched|"
    r"clocked|marked|marks|experienced|saw|sees|showed|shows|chalked\s+up|"
    # "the yen adding to its 11% slide against the dollar this year"
    r"extended|extends|extending|deepened|deepens|deepening|(?:adding|added|adds)\s+to)"
    # "the forint, central Europe's worst performer with a nearly 3% loss"
    r"|,?(?:\s+[^,;%\d]{0,60}?)?\s+with)\s+(?:an?|its)\s+"
    r"(?:(?:further|another|steep|sharp|modest|slight|small|big|hefty)\s+)?"
    r"(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than)\s+)?",
    re.IGNORECASE,
)


# "posted a 2% drop in exports": the move of something else
_NOUN_OF_OTHER = re.compile(
    r"\s*[\w-]+\s+(?:in|of)\s+(?!(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:value|worth|"
    r"month|week|year|quarter|session|day|period|past|last|first|second|third|fourth)\b)"
    r"(?!(?:19|20)\d\d\b)(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)(?:the\s+)?[a-z]",
)


def _movement(ctx: SentenceContext, subject: CurrencyMention, quantity: Quantity) -> int:
    """Return the direction of ``subject``'s move stated around ``quantity`` (0 if none)."""
    gap = ctx.text[subject.end : quantity.start]
    noun = CHANGE_NOUN_RE.match(ctx.text, quantity.end)
    if noun is not None and _POSSESSIVE_TIME.search(gap):
        # "rebounding after last week's 1.45% fall": the noun says which way that move went
        return direction(noun.group())
    movement = _movement_near(gap)
    if (
        movement == 0
        # "the ruble's 6.4% fall", "the lira posted a 2% drop": the noun after gives the way
        and (
            gap.strip() in ("'s", "’s")
            or (_RECORDED_GAP.fullmatch(gap) and not _NOUN_OF_OTHER.match(ctx.text, quantity.end))
        )
        and CHANGE_NOUN_RE.match(ctx.text, quantity.end)
    ):
        movement = direction(CHANGE_NOUN_RE.match(ctx.text, quantity.end).group())  # type: ignore[union-attr]
    if movement == 0 and (_VALUE_BY.fullmatch(gap) or _BY_ONLY.fullmatch(gap)):
        # "the government cut the peso's value by 50%": the verb comes before the currency
        verb = _DEVALUE_VERB.search(ctx.text, max(0, subject.start - 40), subject.start)
        movement = 0 if verb is None else (1 if verb.group("up") else -1)
    if movement == 0 and not gap.strip():
        # "the won was down 0.69%, Malaysian ringgit 0.17%": the verb of the list's first item
        movement = _listed_movement(ctx, subject)
    if movement == 0:  # "pushing the Australian dollar 0.3 per cent lower to $0.6468"
        after = _MOVE_AFTER.match(ctx.text, quantity.per_end)
        movement = 0 if after is None else (1 if after["up"] else -1)
    if movement == 0:  # "..., paring this year's gain to 3.1 percent": the running total
        total = _RUNNING_TOTAL.search(gap) or _MOVE_NOUN_OF.search(gap)
        movement = 0 if total is None else (1 if total["up"] else -1)
    if movement == 0 and _bracketed_after(ctx, quantity, subject) is not None:
        # "the Pound weakened against a range of currencies, including the Swedish Krona
        # (-0.82%), Australian Dollar (-0.51%)": the clause's verb, whatever lies between
        movement = direction(gap)
    return movement


_POSSESSIVE_TIME = re.compile(
    r"\b(?:week|month|year|quarter|day|session|Friday|Monday|Tuesday|Wednesday|Thursday)['’]s\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a running total carried to a figure: "extending its loss this year to 1.5%", "paring this
# year's gain to 3.1 percent", "bringing its depreciation since January to 8%"
_RUNNING_TOTAL = re.compile(
    r"\b(?:extending|extended|paring|pared|bringing|brought|trimming|trimmed|taking|took|"
    r"narrowing|widening|erasing|cutting|increasing|raising|lifting|pushing|deepening)"
    r"\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?P<up>gains?|rises?|appreciation|advance)|losses|loss|declines?|drops?|falls?|"
    r"depreciation|slide|slump)\b[^,;%\d]{0,40}?\s+to\s+"
    r"(?:(?:nearly|about|around|almost|roughly|some|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# a move named by its noun: "experienced a weekly loss of 0.37% against the dollar"
_MOVE_NOUN_OF = re.compile(
    r"\b(?:an?|its|the)\s+(?:(?:record|biggest|largest|steepest|sharpest|smallest)\s+)?"
    r"(?:(?:daily|weekly|monthly|quarterly|annual|yearly|cumulative|total)"
    r"\s+)?(?:(?P<up>gains?|rises?|appreciation|advance|increase)|loss(?:es)?|falls?|drops?|"
    r"declines?|depreciation|decrease)\s+of\s+(?:(?:about|around|nearly|almost|some)\s+)?$",
    re.IGNORECASE,
)

_LIST_SEPARATOR = re.compile(
    # "..., Malaysian ringgit 0.2 percent, China Renminbi 0.14 percent": a country's name
    # may stand before the currency's
    r"(?:\s*[,;]\s*(?:and\s+|while\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][a-z]+\s+)?$",
    re.IGNORECASE,
)


def _listed_movement(ctx: SentenceContext, subject: CurrencyMention, depth: int = 0) -> int:
    """Return the movement of the previous item of a list of currency moves, if ``subject``
    opens the next item ("..., Malaysian ringgit 0.17%, Indonesian rupiah 0.16%")."""
    separator = _LIST_SEPARATOR.search(ctx.text, max(0, subject.start - 12), subject.start)
    if separator is None or depth > 12:
        return 0
    previous = next((q for q in ctx.quantities if q.per_end == separator.start()), None)
    if previous is None or previous.kind is not QKind.PERCENT:
        return 0
    owner = subject_currency(ctx, previous.start, limit=80, skip_counters=True)
    if owner is None:
        return 0
    gap = ctx.text[owner.end : previous.start]
    if not gap.strip():
        return _listed_movement(ctx, owner, depth + 1)
    return _movement_near(gap)


def _level_currency_after(ctx: SentenceContext, quantity: Quantity, subject: str) -> str | None:
    """Return the currency of the level a change leads to ("rose 0.8% to 140.83 yen")."""
    for later in ctx.quantities:
        if later.start < quantity.per_end or later.start - quantity.per_end > 12:
            continue
        if not _TO_LEVEL.fullmatch(ctx.text, quantity.per_end, later.start):
            continue
        code = later.currency if later.currency not in (None, subject) else later.per
        return code if code != subject else None
    return None


_VALUE_OF = re.compile(
    r"\s+(?:(?P<noun>decline|fall|drop|depreciation|devaluation|loss|slide|slump|plunge|gain|"
    r"rise|appreciation|increase)\s+(?:in|of)(?:\s+(?:the\s+)?(?:\w+\s+)?value\s+of)?"
    # "a 20% depreciation in the cedi", "a 24 percent decline in the value of the shilling"
    r"|(?P<off>off)\s+(?:the\s+)?(?:\w+\s+)?value\s+of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_UP_NOUNS = frozenset({"gain", "rise", "appreciation", "increase"})


def _value_of_after(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "a 24 percent decline in the value of the Kenyan shilling", "knocked 20% off the value
    of the tenge": the currency comes after the figure."""
    match = _VALUE_OF.match(ctx.text, quantity.per_end)
    if match is None:
        return _home_devaluation(ctx, quantity)
    subject = next((m for m in ctx.currencies if m.start == match.end()), None)
    if subject is None:
        return None
    # "knocked 20% off the value of the tenge" is a fall
    movement = 1 if (match["noun"] or "").lower() in _UP_NOUNS else -1
    change = Change(value=abs(quantity.value) * movement, unit=ChangeUnit.PCT)
    return _change_draft(ctx, quantity, subject, change, movement=movement)


# "a 7.5% devaluation in February": only a currency is devalued
_DEVALUATION_AFTER = re.compile(r"\s+(?:(?P<up>re)|de)valuation\b(?!\s+(?:of|in)\b)", re.I)


def _home_devaluation(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "It follows a 7.5% devaluation in February": the article's currency, when the sentence
    names none before the figure."""
    match = _DEVALUATION_AFTER.match(ctx.text, quantity.per_end)
    if match is None or ctx.home_currency is None:
        return None
    if any(m.start < quantity.start for m in ctx.currencies):
        return None
    movement = 1 if match["up"] else -1
    change = Change(value=abs(quantity.value) * movement, unit=ChangeUnit.PCT)
    subject = CurrencyMention(quantity.start, quantity.start, ctx.home_currency, "currency")
    return _change_draft(ctx, quantity, subject, change, movement=movement)


def _subject_of_level(ctx: SentenceContext, quantity: Quantity) -> CurrencyMention | None:
    """Return the subject of a level stated just before a change ("at 20.4 to the euro, up 2.4%").

    The currency was named before the level, further back than a change's own subject.
    """
    for earlier in reversed(ctx.quantities):
        if earlier.per_end > quantity.start or quantity.start - earlier.per_end > 40:
            continue
        if earlier.per is None and earlier.currency is None:
            return None
        return subject_currency(ctx, earlier.start, limit=80)
    return None


_BRACKET_OPEN = re.compile(r"\s*\(\s*[+−-]?\s*")


def _bracketed_after(
    ctx: SentenceContext, quantity: Quantity, subject: CurrencyMention | None = None
) -> str | None:
    """Return the currency a bracketed move follows (other than ``subject``'s): "against the
    Japanese Yen (+1.75%), Israeli Sheqel (+1.29%)"."""
    for mention in ctx.currencies:
        if (
            (subject is None or mention.code != subject.code)
            and mention.end <= quantity.start
            and _BRACKET_OPEN.fullmatch(ctx.text, mention.end, quantity.start)
        ):
            return mention.code
    return None


_BRACKETED_ITEM = re.compile(_BRACKET_OPEN.pattern + r"\d")


def _subject_of_bracketed(ctx: SentenceContext, quantity: Quantity) -> CurrencyMention | None:
    """Return the subject of a list of bracketed moves ("the Pound weakened against a range of
    currencies, including the Swedish Krona (-0.82%), Australian Dollar (-0.51%)"): the last
    currency before the figure that is neither a bracketed counter nor after "against"."""
    if _bracketed_after(ctx, quantity) is None:
        return None
    found = None
    for mention in ctx.currencies:
        if mention.end > quantity.start or quantity.start - mention.end > 200:
            continue
        if _BRACKETED_ITEM.match(ctx.text, mention.end) or AGAINST_BEFORE.search(
            ctx.text, max(0, mention.start - 16), mention.start
        ):
            continue
        found = mention
    return found


def _level_currency_before(
    ctx: SentenceContext, quantity: Quantity, subject: CurrencyMention
) -> str | None:
    """Return the counter-currency of the subject's level stated before the change.

    "The leu traded at 20.4 to the euro, up 2.4% this year": up against the euro.
    """
    found = None
    for earlier in ctx.quantities:
        if earlier.start <= subject.end or earlier.per_end > quantity.start:
            continue
        code = earlier.per or earlier.currency
        if code is not None and code != subject.code:
            found = code
    return found


def _its_value_change(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "The lira traded at 89,000 to the dollar, after losing 98% of its value": "its" is the
    currency the sentence is about (the last one named outside a figure's "per dollar")."""
    named = [
        m
        for m in ctx.currencies
        if m.end <= quantity.start and covering_quantity(ctx, m.start, m.end) is None
    ]
    movement = direction(ctx.text[max(0, quantity.start - 30) : quantity.start])
    if not named or movement == 0:
        return None
    change = Change(value=abs(quantity.value) * movement, unit=ChangeUnit.PCT)
    return _change_draft(ctx, quantity, named[-1], change, movement=movement)


def _ratio(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "the dollar doubled against the ruble": ratio 2 of quote per base."""
    subject = subject_currency(ctx, quantity.start, limit=40)
    if subject is None or _cue_between(ctx, subject.end, quantity.start):
        return None
    change = Change(value=quantity.value, unit=ChangeUnit.RATIO)
    return _change_draft(ctx, quantity, subject, change, movement=1 if quantity.value > 1 else -1)


def _change_draft(
    ctx: SentenceContext,
    quantity: Quantity,
    subject: CurrencyMention,
    change: Change,
    *,
    movement: int,
) -> Draft | None:
    """Return the draft of a change in ``subject``'s value against its counter-currency."""
    counter = (
        quantity.per
        or _bracketed_after(ctx, quantity, subject)
        or _level_currency_after(ctx, quantity, subject.code)
        or _level_currency_before(ctx, quantity, subject)
        or _counter_after_noun(ctx, quantity)
    )
    counter = counter or ("USD" if subject.code != "USD" else ctx.home_currency)
    if counter is None or counter == subject.code:
        return None
    return _draft_of_change(quantity, subject.start, subject.code, counter, change, movement)


# "a nearly 3% loss for the year versus the euro": the counter after the change's noun
_NOUN_THEN_AGAINST = re.compile(
    # ("3.1 percent weaker against the euro": a comparative as the noun)
    r"\s*(?:-\s*)?(?:loss|losses|gain|gains|drop|fall|decline|rise|depreciation|appreciation|"
    r"weaker|stronger|lower|higher|firmer|softer)"
    r"(?:\s+(?:for|this|so|since|in|over)\b[^,;]{0,20}?)?\s+(?:against|versus|vs\.?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _counter_after_noun(ctx: SentenceContext, quantity: Quantity) -> str | None:
    """Return the currency a change's noun is measured against: "a 3% loss against the
    euro", "a 2% gain this year versus the yen"."""
    for mention in ctx.currencies:
        if 0 < mention.start - quantity.per_end <= 50 and _NOUN_THEN_AGAINST.fullmatch(
            ctx.text, quantity.per_end, mention.start
        ):
            return mention.code
    return None


def _draft_of_change(
    quantity: Quantity, anchor: int, base: str, quote: str, change: Change, movement: int
) -> Draft:
    return Draft(
        indicator=Indicator.FX_RATE,
        quantity=quantity,
        start=quantity.start,
        end=quantity.per_end,
        anchor=anchor,
        value=change.value,
        value_text=quantity.text,
        unit="ratio" if change.unit is ChangeUnit.RATIO else "percent change",
        base=base,
        quote=quote,
        movement=movement,
        change=change,
    )


def _movement_near(gap: str) -> int:
    """Return the movement of a verb ending at most a few words before the number."""
    movement = direction(gap)
    if movement == 0 or _LEVEL_BEFORE.search(gap):
        return 0  # "rose to 40%" states a level, not a change
    # "strengthened against the dollar by 4%": the counter named between verb and figure
    tail = _COUNTER_THEN_BY.sub(" by ", gap)
    return movement if direction(tail[-_CHANGE_GAP:]) == movement else 0


_COUNTER_THEN_BY = re.compile(
    r"\s+(?:against|versus|vs\.?|vis-[aà]-vis)\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?by\s+$"
    # "fell on Thursday by as much as four percent": the move's time between verb and figure
    r"|\s+(?:on\s+)?(?:(?:last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|today|yesterday)\s+by\s+(?:as\s+much\s+as\s+|almost\s+|nearly\s+|"
    r"about\s+|some\s+|more\s+than\s+)?$"
    # "strengthened notably against the Japanese Yen (+1.75%)"
    r"|\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}[\w.'’-]+\s*\(\s*[+−-]?\s*$",
    re.IGNORECASE,
)


def _other_subject_between(ctx: SentenceContext, start: int, end: int, *, named: bool) -> bool:
    """Return True when something else's figure stands between a currency and the figure: an
    indicator word (unless the pair is named), or a commodity's own move ("the peso is up 9.4%
    as the price of copper rallied 25%")."""
    if not named and _cue_between(ctx, start, end):
        return True
    return _COMMODITY_MOVED.search(ctx.text, start, end) is not None


def _cue_between(ctx: SentenceContext, start: int, end: int) -> bool:
    rate_kinds = (
        CueKind.INFLATION,
        CueKind.GDP,
        CueKind.POLICY,
        CueKind.POLICY_WEAK,
        CueKind.BLOCK,
    )
    return any(start <= c.start and c.end <= end and c.kind in rate_kinds for c in ctx.cues)
