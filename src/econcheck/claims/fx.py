"""Exchange-rate claims: levels ("140 per U.S. dollar", "the euro at $1.05") and changes.

Orientation (the JSON contract): ``value`` is quote units per one base unit.
"X per dollar", "X to the dollar", "X against the dollar" make the dollar the base;
"the dollar costs 100 rubles" and "the euro at $1.05" make the subject the base and the
attached currency the quote; "USD/RUB at 98" and "1 USD = 98 RUB" name both. A bare
number after a currency follows market convention: EUR, GBP, AUD and NZD are quoted in
US dollars (when the number looks like a dollar rate), every other currency per US dollar.

Changes ("the ruble lost 20% this year") describe the subject currency's value, so the
subject is the base and the counter currency (the one after "against", else the US
dollar) the quote: base RUB, quote USD, ``change`` -20 pct. Like ``superlative``, a
change always refers to the value as stored; compare inverts it for a RUB-per-USD series
(a 20% fall of USD per RUB is a 25% rise of RUB per USD). A change-only claim repeats
the change in ``value`` (unit "percent change"). A change and the level it led to make one
claim ("the euro gained 0.5% to $1.09"); when the level is quoted the other way round ("the
baht gained 0.3% to 34.19 per dollar") the change is converted to the pair as stored.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.context import (
    THE_PAIR,
    Draft,
    SentenceContext,
    clause_start,
    is_hypothetical,
)
from econcheck.claims.currency_names import currency_lexicon
from econcheck.claims.fx_changes import AGAINST_BEFORE, PAIR_JOIN, fx_change, subject_currency
from econcheck.claims.fx_convention import cross_convention
from econcheck.claims.fx_followers import (
    compared_level,
    coordinated_change,
    coordinated_level,
    is_starting_point,
    later_level,
    listed_quote,
)
from econcheck.claims.fx_level import level_draft
from econcheck.claims.fx_merge import merge_changes
from econcheck.claims.fx_money import GOODS, is_spread, money_level, other_level_between
from econcheck.claims.fx_not_levels import (
    is_band_or_forward,
    is_conversion,
    is_named_threshold,
    is_subunit_change,
)
from econcheck.claims.not_claims import is_negated
from econcheck.claims.patterns import CueKind
from econcheck.claims.quantities import QKind, Quantity
from econcheck.claims.units import CurrencyMention, currency_at
from econcheck.claims.vocab import DOLLAR_QUOTED, DOLLAR_UNIT_BANDS

_EQUALS = re.compile(
    r"\s*(?:=|equals?|equalled|buys|bought|is\s+worth|was\s+worth|fetche[sd]|gets?|got|costs?|"
    # "adjusted the exchange rate to 1 USD to 2.7303 GEL"
    r"traded\s+at|trades\s+at|was|is|to)\s*",
    re.IGNORECASE,
)
_BEFORE_BARE = re.compile(
    r"(?:\bat|\bto|\bof|\bpast|\babove|\bbelow|\bbeyond|\bnear|\baround|\bhit|\bhits|\breached|\btouched|"
    r"\bhitting|\breaching|\btouching|\breach|\btouch|"
    r"\btopped|\bbreached|\bcrossed|\bunder|\bover|\bthan|\babout|\broughly|\bnearly|\balmost|"
    r"\bthe|\bwas|\bis|\bstood\s+at|\bat\s+about|\blow|\bhigh|\bas\s+(?:low|high|weak|strong)\s+as)\s+$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_AFTER_BARE = re.compile(
    # a time adverb may come first: "fell to 18.60 shortly after 7 a.m.", "briefly on Monday"
    # "to reach 7.55 moments after the announcement"
    r"\s*(?:(?:shortly|briefly|momentarily|temporarily|again|early|late|later|just|moments|"
    r"minutes|hours|seconds)\b\s*)?"
    r"(?:$|[,.;:()—–-]|(?:on|in|at|by|for|and|or|as|after|before|from|against|versus|vs|"
    r"per|this|last|which|while|to|earlier|compared|mark|level|threshold|barrier|line|amid|"
    r"despite|since|following|when|with|until|during|a|the|its|their|yesterday|today|but)\b)",
    re.IGNORECASE,
)


@functools.cache
def _pair_re() -> re.Pattern[str]:
    lex = currency_lexicon()
    heads = "|".join(
        sorted({h for h in lex.singular.values() if len(h) > 2}, key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?P<a>[A-Z]{{3}})(?:\s?/\s?)?(?P<b>[A-Z]{{3}})\b|(?i:\b(?P<ha>{heads})[/-](?P<hb>{heads})\b)"
    )


def fx_drafts(ctx: SentenceContext) -> tuple[list[Draft], set[int]]:
    """Return the exchange-rate drafts of a sentence and the quantities they used."""
    drafts: list[Draft] = []
    used: set[int] = set()
    rules = (_equation, _price_of_one, _per_level, _pair_level, money_level, _bare_level, fx_change)
    charts = _CHART_WORDS.search(ctx.text) is not None
    index_at = _INDEX_SUBJECT.search(ctx.text)
    for index, quantity in enumerate(ctx.quantities):
        if index in used or is_hypothetical(ctx, quantity.start) or is_negated(ctx, quantity):
            continue
        if charts and _is_chart_level(ctx, quantity):
            continue
        if _not_a_rate(ctx, index, quantity) or is_starting_point(ctx, quantity, drafts):
            continue
        if (
            index_at is not None
            and index_at.start() < quantity.start
            and not _OTHER_SUBJECT.search(ctx.text, index_at.end(), quantity.start)
        ):
            continue  # "The dollar index ... was trading at 93.366": an index, not a rate
        for rule in rules:
            own = rule(ctx, index, quantity)
            draft = (
                own
                or coordinated_level(ctx, quantity, drafts)
                or coordinated_change(ctx, quantity, drafts)
                or compared_level(ctx, quantity, drafts)
                or later_level(ctx, quantity, drafts)
                or listed_quote(ctx, quantity, drafts)
            )
            if draft is not None:
                drafts.append(draft)
                used.add(index)
                if own is not None and rule in (_equation, _price_of_one):
                    used.add(index + 1)  # "1 USD = 98 RUB": the other figure is the rate's
                break
    return merge_changes(ctx, drafts), used


def _not_a_rate(ctx: SentenceContext, index: int, quantity: Quantity) -> bool:
    """Return True for a figure an exchange rate is not: a subunit change, a named threshold,
    a conversion of an amount, a band's width or a forward price."""
    return (
        (quantity.kind is QKind.MONEY and is_subunit_change(ctx, quantity))
        # "the exchange rate of 1 USD against the GEL was 2.127": the unit priced
        or (quantity.kind is QKind.MONEY and quantity.value == 1 and quantity.per is not None)
        or _unit_priced(ctx, quantity)
        or is_named_threshold(ctx, quantity)
        or is_conversion(ctx, index)
        or is_band_or_forward(ctx, quantity)
        or (
            quantity.kind is not QKind.PERCENT
            and _ADDED_BEFORE.search(ctx.text, max(0, quantity.start - 20), quantity.start)
            is not None
        )
        or _against_basket(ctx, quantity)
        # "In dollar terms, remittances increased by 22.8%": a sum measured in a currency (but
        # "in dollar terms, the shilling weakened by 14.4%" is the currency's move)
        or _sum_in_currency_terms(ctx, quantity)
        # "The government has targeted an average exchange rate of Rp 9,600": a goal
        or _TARGETED_RATE.search(ctx.text, max(0, quantity.start - 60), quantity.start) is not None
        # "the peso is up some 40 percent, in real terms, against the dollar": a real exchange
        # rate, which no official nominal series records
        or (
            quantity.kind is QKind.PERCENT
            and _IN_REAL_TERMS.match(ctx.text, quantity.per_end) is not None
        )
        # "dipped 27 pips in just two minutes to 0.9690": a move in the pair's last digits
        or _PIPS.match(ctx.text, quantity.end) is not None
        # "at a rate of 0.74USD would give you $4,440": a reader's sum, worked through
        or _WOULD_GIVE.match(ctx.text, quantity.per_end) is not None
    )


_PIPS = re.compile(r"[\s-]*(?:pips?|pipettes?)\b", re.IGNORECASE)
_WOULD_GIVE = re.compile(
    r"\s*,?\s*(?:would|will|could|should)\s+(?:give|get|buy|net|leave)\s+(?:you|travell?ers)\b",
    re.IGNORECASE,
)


_IN_REAL_TERMS = re.compile(
    r"\s*,?\s*(?:in\s+real(?:\s+effective)?\s+terms|in\s+inflation[\s-]+adjusted\s+terms)\b",
    re.IGNORECASE,
)


_TARGETED_RATE = re.compile(
    r"\btarget(?:s|ed|ing)?\s+(?:an?\s+|the\s+|its\s+)?(?:average\s+)?(?:exchange[\s-]+)?rate\s+"
    r"(?:of|at)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


# a sum measured in a currency, or a value in real or nominal terms
_IN_TERMS = re.compile(r"\b[Ii]n\s+(?:[\w-]+\s+){1,2}?terms\b")
_MOVED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:fell|rose|weakened|strengthened|gained|lost|depreciated|appreciated|"
    r"slid|slipped|firmed|eased|dropped|climbed)\b",
    re.IGNORECASE,
)


def _sum_in_currency_terms(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a figure "in dollar terms" whose subject is no currency: "In dollar
    terms, remittances increased by 22.8%" (but "in dollar terms, the cedi weakened by 19.2%"
    is the cedi's move)."""
    if "terms" not in ctx.text:
        return False
    terms = _IN_TERMS.search(ctx.text, 0, quantity.start)
    if terms is None:
        return False
    return not any(
        m.end <= quantity.start
        and not terms.start() <= m.start < terms.end()
        and _MOVED_AFTER.match(ctx.text, m.end)
        for m in ctx.currencies
    )


# "weakened 1.5 percent to 35.82 versus the Central Bank's target basket", "devalued the ruble
# against the basket by 1.5 percent": a basket of currencies is no counter a series holds
_AGAINST_BASKET = re.compile(
    r"\b(?:against|versus|vs\.?)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?basket\b(?!\s+of\s+goods)",
    re.IGNORECASE,
)


def _against_basket(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a figure quoted against a basket of currencies, with no unit of its own."""
    if quantity.per is not None or "basket" not in ctx.text:
        return False
    start = clause_start(ctx.text, quantity.start)
    # up to the next figure: "The rand firmed 0.5% and the dollar was down 0.1% against a
    # basket" (the basket is the dollar's)
    later = [q for q in ctx.quantities if q.start > quantity.start]
    if later and _TO_LEVEL.fullmatch(ctx.text, quantity.per_end, later[0].start):
        later = later[1:]  # "weakened 1.5 percent to 35.82 versus the ... basket": the move's level
    end = later[0].start if later else len(ctx.text)
    return _AGAINST_BASKET.search(ctx.text, start, min(end, quantity.per_end + 80)) is not None


_TO_LEVEL = re.compile(r"\s+to\s+")


# an amount added to a price, not the price: "each dollar cost an additional 5.045 kwanzas"
_ADDED_BEFORE = re.compile(r"\b(?:additional|extra|further|another)\s+$", re.IGNORECASE)


_PER_ONE_BEFORE = re.compile(r"(?::|\b(?:per|to|for|=))\s*$", re.IGNORECASE)


def _unit_priced(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for the "$1" a price is quoted for: "50.1:$1", "Hr 29 for $1"."""
    return (
        quantity.kind is QKind.MONEY
        and quantity.value == 1
        and _PER_ONE_BEFORE.search(ctx.text, max(0, quantity.start - 6), quantity.start) is not None
    )


# Chart analysis: "room to weaken to 32.087, the 76.4 percent Fibonacci retracement", "a
# 200-day moving average at 1.2536": levels traders watch, not rates quoted
_CHART_WORDS = re.compile(
    r"\b(?:fibonacci|retracement|moving\s+average|chart\s+support|support\s+(?:level|area)|"
    r"bollinger|support\s+(?:around|at|near)|resistance\s+(?:around|at|near)|"
    r"resistance(?:\s+level)?)\b",
    re.IGNORECASE,
)


_OTHER_SUBJECT = re.compile(r";|\b(?:while|whereas|but|and\s+the)\b", re.IGNORECASE)
_INDEX_SUBJECT = re.compile(
    r"\b(?:dollar|greenback|DXY)\s+index\b|\bDXY\b"
    # a trade-weighted index: "targeted an effective exchange rate index at 100"
    r"|\b(?:(?:nominal|real)\s+)?effective\s+exchange\s+rates?\b|\bexchange\s+rate\s+index\b"
    r"|\b(?:REER|NEER|TWI)\b|\btrade[- ]weighted\b",
    re.IGNORECASE,
)


def _is_chart_level(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a level or percent named with chart-analysis words beside it."""
    window = ctx.text[max(0, quantity.start - 40) : quantity.per_end + 50]
    return _CHART_WORDS.search(window) is not None


def _equation(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "1 USD = 98 RUB", "$1 buys ₽98"."""
    if quantity.kind is not QKind.MONEY or quantity.value != 1 or index + 1 >= len(ctx.quantities):
        return None
    other = ctx.quantities[index + 1]
    if other.kind is not QKind.MONEY or not _EQUALS.fullmatch(ctx.text, quantity.end, other.start):
        return None
    if quantity.currency is None or other.currency is None or quantity.currency == other.currency:
        return None
    draft = level_draft(
        ctx, other, quantity.currency, other.currency, anchor=quantity.start, start=quantity.start
    )
    return None if draft is None else replace(draft, flip=False)


# "Hr 29 for $1", "Rs 83 to $1", "₦1,500 = $1": an amount of money, the price of one unit
_FOR_ONE = re.compile(r"\s*(?:for|per|to|=|against)\s*(?:a\s+|one\s+)?", re.IGNORECASE)


def _price_of_one(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "Hr 29 for $1": 29 UAH per USD, the amount's currency per one unit of the other."""
    if quantity.kind is not QKind.MONEY or index + 1 >= len(ctx.quantities):
        return None
    one = ctx.quantities[index + 1]
    if (
        one.kind is not QKind.MONEY
        or one.value != 1
        or one.currency is None
        or quantity.currency is None
        or one.currency == quantity.currency
        or not _FOR_ONE.fullmatch(ctx.text, quantity.end, one.start)
    ):
        return None
    draft = level_draft(
        ctx, quantity, one.currency, quantity.currency, anchor=quantity.start, start=quantity.start
    )
    return None if draft is None else replace(draft, flip=False)


def _per_level(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "140 per U.S. dollar", "34.3 lira to the dollar", "98 rubles against the dollar"."""
    if quantity.per is None or quantity.kind not in (QKind.BARE, QKind.MONEY):
        return None
    base = quantity.per
    subject = subject_currency(ctx, quantity.start, skip_counters=True)
    if subject is not None and subject.code == "USD" and quantity.currency is None:
        subject = _priced_in_pair(ctx, subject)  # "the shekel-dollar rate ... at 4.168/€"
    quote = quantity.currency
    if quote == "JPY" and subject is not None and subject.code == "CNY":
        quote = "CNY"  # "¥" is also the yuan's sign
    if quote == base == "USD" and subject is not None and subject.code in DOLLAR_UNIT_BANDS:
        quote = subject.code  # "the Canadian dollar at $1.3073 to the greenback": C$ per US$
    if quote is None and subject is not None and subject.code != base:
        quote = subject.code
        if base == "USD" and is_dollars_per_unit(quote, quantity.value):
            base, quote = quote, base  # "the euro at 1.08 against the dollar": USD per EUR
        elif _AGAINST_AFTER.match(ctx.text, quantity.num_end):
            # "the loonie fell to 107.27 against the yen": quoted as the market quotes it
            base, quote = cross_convention(subject.code, base)
    quote = quote or ctx.home_currency
    if quote is None:
        return None
    anchor = subject.start if subject is not None else clause_start(ctx.text, quantity.start)
    return level_draft(ctx, quantity, base, quote, anchor=anchor, start=quantity.start)


_AGAINST_AFTER = re.compile(r"\s+(?:against|versus|vs\.?)\s", re.IGNORECASE)


def _priced_in_pair(ctx: SentenceContext, dollar: CurrencyMention) -> CurrencyMention:
    """Return the currency written before the dollar in a pair name ("the shekel-dollar
    exchange rate"): the one priced in the others; else the dollar itself."""
    for mention in ctx.currencies:
        if mention.end <= dollar.start and PAIR_JOIN.fullmatch(ctx.text, mention.end, dollar.start):
            return mention if mention.code is not None else dollar
    return dollar


def _pair_level(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "USD/RUB at 98.5", "the dollar/ruble rate rose to 100", "the dollar-yen rate was
    156.07 yen" (a figure in one of the pair's currencies is the price of the other)."""
    money = quantity.kind is QKind.MONEY and quantity.per is None
    if quantity.kind is not QKind.BARE and not money:
        return None
    window_start = max(0, quantity.start - 50)
    pairs = list(_pair_re().finditer(ctx.text, window_start, quantity.start))
    pair = pairs[-1] if pairs else _subject_pair(ctx, quantity)
    if pair is None:
        return _carried_pair_level(ctx, quantity)
    start = pair.start() if pairs else quantity.start  # (a far subject stays outside)
    base, quote = _pair_codes(pair)
    if base is None or quote is None:
        return None
    if money:
        if quantity.currency not in (base, quote):
            return None
        base, quote = (quote, base) if quantity.currency == base else (base, quote)
    draft = level_draft(ctx, quantity, base, quote, anchor=pair.start(), start=start)
    # "EUR/CHF sank to 1.1959 ... the record low of 1.1956": the pair as written is the subject
    return None if draft is None else replace(draft, flip=False)


_PARTICIPLE_NEXT = re.compile(r"\s+[a-z]+ing\b")


def _subject_pair(ctx: SentenceContext, quantity: Quantity) -> re.Match[str] | None:
    """Return a pair named further back as the subject of the level's verb: "USD/BRL started
    the day with a bullish bias and jumped to 3.81" (no other figure or currency between)."""
    if not _level_after_verb(ctx.text, quantity):
        return None
    text = ctx.text
    pairs = list(_pair_re().finditer(text, max(0, quantity.start - _BARE_REACH), quantity.start))
    if not pairs or _other_between(ctx, pairs[-1].end(), quantity):
        return None
    return pairs[-1]


def _level_after_verb(text: str, quantity: Quantity) -> bool:
    """Return True for a bare figure that is the object of a level's verb ("jumped to 3.81",
    "traded near 148.00")."""
    return _opens_level(text, quantity) and (
        _AFTER_BARE.match(text, quantity.end) is not None
        or _PARTICIPLE_NEXT.match(text, quantity.end) is not None
    )  # ("jumped to 3.81 hitting the highest level in 12 years")


def _opens_level(text: str, quantity: Quantity) -> bool:
    """Return True for a bare figure after a word that makes it a level ("to", "at", "near"),
    or a move's levels after "from" ("The rupee fell from 83.10 to 83.50 on Monday")."""
    return _BEFORE_BARE.search(text, max(0, quantity.start - 30), quantity.start) is not None or (
        quantity.from_value is not None
        and _FROM_BEFORE.search(text, max(0, quantity.start - 30), quantity.start) is not None
    )


def _other_between(ctx: SentenceContext, start: int, quantity: Quantity) -> bool:
    """Return True when another figure or a currency stands between ``start`` and the level
    (the starting point of a move to it excepted: "lifted the pair from around 1.10 to 1.20")."""
    return any(
        start <= q.start < quantity.start
        and not _FROM_TO.fullmatch(ctx.text, q.per_end, quantity.start)
        for q in ctx.quantities
    ) or any(start <= m.start < quantity.start for m in ctx.currencies)


_FROM_TO = re.compile(r"\s+to\s+")


def _carried_pair_level(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "The pair traded near 148.00": the pair is the one the article quoted last."""
    if ctx.carried_pair is None or quantity.kind is not QKind.BARE:
        return None
    text = ctx.text
    if not _level_after_verb(text, quantity):
        return None
    named = list(THE_PAIR.finditer(text, max(0, quantity.start - _BARE_REACH), quantity.start))
    if not named or _other_between(ctx, named[-1].end(), quantity):
        return None
    base, quote = ctx.carried_pair
    draft = level_draft(ctx, quantity, base, quote, anchor=named[-1].start(), start=quantity.start)
    return None if draft is None else replace(draft, flip=False)


def _pair_codes(pair: re.Match[str]) -> tuple[str | None, str | None]:
    lex = currency_lexicon()
    if pair.group("a"):
        first, second = pair.group("a"), pair.group("b")
        return (first if first in lex.codes else None), (second if second in lex.codes else None)
    first = currency_at(pair.group("ha"), 0)
    second = currency_at(pair.group("hb"), 0)
    return (first.code if first else None), (second.code if second else None)


# how far before a bare level its currency may be named: "led the rupee to fall below the
# 62 mark for the first time in history to an intra-day low of 62.03"
_BARE_REACH = 120


def _bare_level(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "the dollar traded at 97.5", "the lira weakened to 34.3", "the euro rose to 1.08"."""
    if quantity.kind is not QKind.BARE or quantity.is_word or quantity.value <= 0:
        return None
    text = ctx.text
    if not _opens_level(text, quantity):
        return None
    if not _AFTER_BARE.match(text, quantity.end):
        return None
    # "It had strengthened vis-a-vis the British pound to 5.6370": the pound is the counter
    subject = subject_currency(ctx, quantity.start, limit=_BARE_REACH, skip_counters=True)
    if subject is None or other_level_between(ctx, subject.end, quantity.start):
        return _rate_withoutsubject_currency(ctx, quantity)
    if GOODS.search(text, subject.end, quantity.start) or is_spread(ctx, quantity):
        return None
    counter = _counter(ctx, quantity, subject) or _earlier_counter(ctx, subject, quantity)
    base: str | None
    quote: str | None
    if counter is not None:
        base, quote = cross_convention(subject.code, counter)
    else:
        base, quote = _convention(subject.code, quantity.value, ctx.home_currency)
    if base is None or quote is None:
        return None
    return level_draft(ctx, quantity, base, quote, anchor=subject.start, start=quantity.start)


def _counter(ctx: SentenceContext, quantity: Quantity, subject: CurrencyMention) -> str | None:
    """Return the counter currency of a bare level: "to 9.20 against the common currency"
    (right after the figure), else the nearest named after "against" between the subject and
    the figure ("rose vis-a-vis the pound to 5.637"), else "Against the euro, the rouble
    traded at 101.5" (fronted)."""
    after, between, fronted = None, None, None
    for mention in ctx.currencies:
        if mention.code is None or mention.code == subject.code:
            continue
        if not AGAINST_BEFORE.search(ctx.text, max(0, mention.start - 16), mention.start):
            continue
        if after is None and _COUNTER_NEXT.fullmatch(ctx.text, quantity.per_end, mention.start):
            after = mention.code
        elif subject.end <= mention.start and mention.end <= quantity.start:
            between = mention.code  # the last one wins: the nearest before the figure
        elif mention.end <= subject.start and _FRONTED.fullmatch(
            ctx.text, mention.end, subject.start
        ):
            fronted = fronted or mention.code
    return after or between or fronted


def _earlier_counter(
    ctx: SentenceContext, subject: CurrencyMention, quantity: Quantity
) -> str | None:
    """Return the counter of the subject's earlier level in the sentence: "The franc, earlier
    trading at 0.9120 per euro, firmed to 0.9085" is francs per euro too."""
    earlier = [
        q.per
        for q in ctx.quantities
        if subject.end <= q.start < quantity.start and q.per is not None and q.per != subject.code
    ]
    return earlier[-1] if earlier else None


_COUNTER_NEXT = re.compile(
    r"\s*,?\s*(?:(?:trading|traded|trade|quoted|last)\s+)?(?:against|versus|vs\.?|vis-[aà]-vis)\s+(?:the\s+)?",
    re.I,
)
_FRONTED = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)  # "Against the euro, the rouble"


def _rate_withoutsubject_currency(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "the official exchange rate was set at 97.3" in a story about one country."""
    cue = next(
        (
            c
            for c in reversed(ctx.cues)
            if c.kind is CueKind.FX and 0 <= quantity.start - c.end <= 40
        ),
        None,
    )
    if cue is None or ctx.home_currency in (None, "USD"):
        return None
    assert ctx.home_currency is not None
    return level_draft(
        ctx, quantity, "USD", ctx.home_currency, anchor=cue.start, start=quantity.start
    )


def is_dollars_per_unit(currency: str, value: Decimal) -> bool:
    """Return True when ``value`` reads as US dollars per unit of a dollar-quoted currency.

    >>> is_dollars_per_unit("EUR", Decimal("1.08")), is_dollars_per_unit("PGK", Decimal("3.9"))
    (True, False)
    """
    bounds = DOLLAR_QUOTED.get(currency)
    return bounds is not None and Decimal(bounds[0]) < value < Decimal(bounds[1])


def _convention(subject: str, value: Decimal, home: str | None) -> tuple[str | None, str | None]:
    """Return (base, quote) for a bare number after ``subject`` by market convention."""
    if subject == "USD":
        return ("USD", home) if home not in (None, "USD") else (None, None)
    if subject in DOLLAR_QUOTED:
        if is_dollars_per_unit(subject, value):
            return subject, "USD"
        return (subject, home) if home not in (None, subject) else (None, None)
    return "USD", subject
