"""Exchange-rate levels written as an amount of money: "the dollar costs 100 rubles", "the
euro at $1.05", "one dollar buys 41 hryvnias", "the shekel weakened to NIS 3.27", "the
official rate is around 820 pesos" (in a story about Argentina).

The currency before the amount is the base and the amount's currency the quote; an amount in
the subject's own currency is the price of the counter currency (after "against", else the
US dollar); with no currency named before it, the story's home currency decides.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.context import Draft, SentenceContext, clause_start
from econcheck.claims.fx_changes import AGAINST_BEFORE, LATER_MOVE, MOVE_VERBS, subject_currency
from econcheck.claims.fx_level import level_draft
from econcheck.claims.fx_not_levels import is_named_threshold, is_subunit_change
from econcheck.claims.patterns import CueKind
from econcheck.claims.quantities import QKind, Quantity
from econcheck.claims.units import CurrencyMention
from econcheck.claims.vocab import DOLLAR_UNIT_BANDS

__all__ = ["GOODS", "is_spread", "money_level", "other_level_between"]

# the gap between two rates is no rate: "the differential between dollar rates in kerb and
# interbank markets increased to Rs 2"
_SPREAD = re.compile(
    r"\b(?:differential|difference|gap|spread|premium)\b"
)  # lower case: "PREMIUM TIMES"


def is_spread(ctx: SentenceContext, quantity: Quantity) -> bool:
    return (
        _SPREAD.search(ctx.text, clause_start(ctx.text, quantity.start), quantity.start) is not None
    )


GOODS = re.compile(
    r"\b(?:bread|loaf|milk|eggs?|butter|sugar|petrol|gasoline|diesel|fuel|litre|liter|kilo\w*|"
    r"kg|tickets?|salar(?:y|ies)|wages?|pensions?|rent|meals?|coffee|beer|vodka|apartments?|"
    r"flats?|houses?|cars?|phones?|fines?|fees?|bills?|budget|revenues?|profits?|tax(?:es)?|"
    # "the dollar was paid at 3,756 pesos" is the currency's own price
    r"bonus(?:es)?|spent|spend|paid(?!\s+at\s+(?!least\b))|pays?|earn(?:s|ed)?|shares?|"
    # (a currency traded "during the stock session" of an exchange is no stock's price)
    r"stocks?(?!\s+(?:exchange|session)\b)|bonds?|"
    r"loans?|debts?|assets?|barrels?|ounces?|tonnes?|tons?|gram|grams|basket|items?|goods|"
    r"groceries|crude|brent|oil|gold|copper|metals?|silver|nickel|alumin(?:i)?um|wheat|cocoa|"
    r"coal|iron\s+ore)\b",
    re.IGNORECASE,
)
# a price per unit of goods right after the figure: "$6500 per metric tonne"
_PER_GOODS_UNIT = re.compile(
    r"\s*(?:per|a|an)\s+(?:metric\s+)?(?:tonnes?|tons?|barrels?|ounces?|troy\s+ounces?|"
    r"litres?|liters?|gallons?|kilo\w*|kg|bushels?|grams?)\b",
    re.IGNORECASE,
)


def money_level(ctx: SentenceContext, index: int, quantity: Quantity) -> Draft | None:
    """ "the dollar costs 100 rubles", "the euro at $1.05", "one dollar buys 41 hryvnias"."""
    if quantity.kind is not QKind.MONEY or quantity.currency is None:
        return None
    subject = _money_subject(ctx, quantity)
    if (
        subject is not None
        and subject.start >= 2
        and ctx.text[subject.start - 2] in "0123456789)"
        and _AMOUNT_BEFORE.search(ctx.text, max(0, subject.start - 40), subject.start)
    ):
        # "rice cost 6,700 (North Korean) won, while in Sinuiju it reached 7,000 won": the
        # earlier name is the unit of an amount, not a currency the sentence is about
        return None
    if _peso_sign(ctx, quantity, subject):
        # "The dollar in Colombia closed above $3,900": "$" is the peso's sign there
        home = ctx.home_currency or ""
        return level_draft(ctx, quantity, "USD", home, anchor=subject.start, start=quantity.start)  # type: ignore[union-attr]
    if subject is not None and subject.code == quantity.currency:
        # "the pound fell against the dollar by 0.2% to $1.3531": the subject comes first
        earlier = _earlier_subject(ctx, subject, quantity.start)
        if earlier is None:
            # "the shekel weakened to NIS 3.27 (against the dollar)": the price of the counter
            return _own_currency_level(ctx, quantity, subject)
        subject = earlier
    if subject is None:
        return _money_withoutsubject_currency(ctx, quantity)
    gap = ctx.text[subject.end : quantity.start]
    if (
        GOODS.search(gap)
        or is_spread(ctx, quantity)
        or _PER_GOODS_UNIT.match(ctx.text, quantity.end)
    ):
        return None
    if other_level_between(ctx, subject.end, quantity.start):
        return _money_withoutsubject_currency(ctx, quantity)
    if _local_dollars(subject.code, quantity):
        # "the loonie traded in a range of $1.3008 to $1.3085": Canadian dollars per US dollar
        return level_draft(
            ctx, quantity, "USD", subject.code, anchor=subject.start, start=quantity.start
        )
    draft = level_draft(
        ctx, quantity, subject.code, quantity.currency, anchor=subject.start, start=quantity.start
    )
    return None if draft is None else replace(draft, flip=False)


# an amount right before a currency's name ("6,700 (North Korean) won"), not a year
_AMOUNT_BEFORE = re.compile(
    # (but "1 USD = 159.2 JPY": the one unit priced is the subject)
    r"(?<![\d,.])(?!(?:19|20)\d\d\s*$)(?!1\s*$)\d(?:[\d,.]*\d)?\s*(?:\([^()]{1,30}\)\s*)?$"
)


def _money_subject(ctx: SentenceContext, quantity: Quantity) -> CurrencyMention | None:
    """Return the currency an amount of money prices: the nearest named before it."""
    assert quantity.currency is not None
    subject = subject_currency(ctx, quantity.start, limit=80)
    own = subject_currency(ctx, quantity.start, limit=80, skip_counters=True)
    if subject is not None and own is not None and own.code == quantity.currency != subject.code:
        # "The zloty strengthened against the euro ..., climbing to PLN 4.60": the subject is
        # the currency the figure is in, not the counter named after "against"
        return own
    if subject is not None:
        return subject
    # "the shekel weakened by 1.8% ... since ..., to NIS 3.27"
    farther = subject_currency(ctx, quantity.start, limit=_OWN_REACH)
    if farther is None:
        return None
    if _RATE_NAMED_AFTER.match(ctx.text, farther.end) and farther.code != quantity.currency:
        # "Weighted average dollar rate during the session of Kazakhstan Stock Exchange on
        # August 9, 2019, amounted to 387.44 tenge": the rate named is the subject
        return farther
    if farther.code == quantity.currency or _counter_between(
        ctx, farther.end, quantity.start, quantity.currency
    ):
        # "The pound climbed ... and by 1150 GMT was up 0.4% against the dollar at $1.2269":
        # the figure is in the counter the subject was measured against
        return farther
    return None


_RATE_NAMED_AFTER = re.compile(r"\s+(?:exchange\s+)?rate\b", re.IGNORECASE)


# currencies whose own sign is "$": in their countries' press, "$3,900" for a dollar is pesos
_PESO_SIGNS = frozenset({"COP", "CLP", "ARS", "MXN", "UYU", "DOP"})


def _peso_sign(ctx: SentenceContext, quantity: Quantity, subject: CurrencyMention | None) -> bool:
    """Return True for a bare "$" amount priced for the US dollar in a peso country's story."""
    return (
        subject is not None
        and subject.code == "USD"
        and quantity.currency == "USD"
        and ctx.home_currency in _PESO_SIGNS
        and _bare_dollar_sign(ctx, quantity)
        and quantity.value > 5
    )


def _bare_dollar_sign(ctx: SentenceContext, quantity: Quantity) -> bool:
    return (
        quantity.currency == "USD" and ctx.text[quantity.start : quantity.num_start].strip() == "$"
    )


def _local_dollars(subject: str, quantity: Quantity) -> bool:
    """Return True when a bare "$" figure after a dollar-named currency cannot be US dollars
    per unit of it but its inverse can: the local dollar's price of one US dollar."""
    band = DOLLAR_UNIT_BANDS.get(subject)
    if band is None or quantity.currency != "USD" or quantity.value <= 0:
        return False
    low, high = Decimal(band[0]), Decimal(band[1])
    inverse = 1 / quantity.value
    return not low <= quantity.value <= high and low <= inverse <= high


_OWN_REACH = 120

# the second price of a counter: "Rs 278.20 for buying and Rs 278.90 for selling"
_COUNTER_SECOND = re.compile(
    r"\b(?:for\s+(?:the\s+)?)?(?:buying|purchase|bid|selling|sale|offer)\s+(?:and|while)\s+"
    r"(?:at\s+|for\s+)?$",
    re.IGNORECASE,
)
_WAS_BEFORE = re.compile(
    r"\b(?:was|is|stood\s+at)\s+(?:(?:about|around|nearly|almost|roughly|just\s+over|"
    r"just\s+under)\s+)?$",
    re.IGNORECASE,
)
_COMPARED_AFTER = re.compile(
    r"\s*(?:higher|lower|weaker|stronger|up|down|more|less|above|below|cheaper|dearer)\b",
    re.IGNORECASE,
)
_LEVEL_WORD_BEFORE = re.compile(
    r"\b(?:to|at|of|near|around|past|above|below|beyond|hit|hitting|reach|reached|reaching|"
    r"touched|touching|through|under|over|"
    # "the rupiah broke the Rp17,000 mark": a level crossed
    r"broke|breaks|breaking|breached|breaching|crossed|crossing|topped|topping|surpassed|"
    r"into|as\s+(?:low|high|weak|strong)\s+as)\s+(?:the\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)


def _own_currency_level(
    ctx: SentenceContext, quantity: Quantity, subject: CurrencyMention
) -> Draft | None:
    """Return "the shekel weakened to NIS 3.27 against the dollar" as ILS per USD.

    The counter is the currency after "against" (before or after the figure), else the US
    dollar; the figure is in the subject's own currency.
    """
    currency = quantity.currency
    if not (
        _LEVEL_WORD_BEFORE.search(ctx.text, max(0, quantity.start - 16), quantity.start)
        or _COUNTER_SECOND.search(ctx.text, max(0, quantity.start - 30), quantity.start)
        # "On Wednesday, it was nearly 158 yen" (not "it was 10 won weaker": a change)
        or (
            _WAS_BEFORE.search(ctx.text, max(0, quantity.start - 24), quantity.start)
            and not _COMPARED_AFTER.match(ctx.text, quantity.per_end)
        )
    ):
        return None  # "down 10.5 won from the previous session" is a change, not a level
    counter = quantity.per or next(
        (
            m.code
            for m in ctx.currencies
            if subject.end <= m.start < quantity.start
            and m.code != currency
            and AGAINST_BEFORE.search(ctx.text, max(0, m.start - 16), m.start)
        ),
        None,
    )
    counter = counter or ("USD" if currency != "USD" else None)
    if counter is None or currency is None:
        return None
    return level_draft(ctx, quantity, counter, currency, anchor=subject.start, start=quantity.start)


def _counter_between(ctx: SentenceContext, start: int, end: int, code: str) -> bool:
    """Return True when ``code`` is named as a counter ("against the dollar") in the span."""
    return any(
        start <= m.start
        and m.end <= end
        and m.code == code
        and AGAINST_BEFORE.search(ctx.text, max(0, m.start - 16), m.start) is not None
        for m in ctx.currencies
    )


def _earlier_subject(
    ctx: SentenceContext, counter: CurrencyMention, pos: int
) -> CurrencyMention | None:
    """Return the currency named before ``counter`` in its clause ("the pound ... the dollar")."""
    start = clause_start(ctx.text, pos)
    earlier = [
        m
        for m in ctx.currencies
        if start <= m.start and m.end <= counter.start and m.code != counter.code
    ]
    if not earlier or not AGAINST_BEFORE.search(ctx.text, earlier[-1].end, counter.start):
        return None
    return earlier[-1]


def _money_withoutsubject_currency(ctx: SentenceContext, quantity: Quantity) -> Draft | None:
    """ "the currency slumped to $1.02" in a story about the euro area; "the official rate is
    around 820 pesos" in one about Argentina (pesos per dollar)."""
    cue = next(
        (
            c
            for c in reversed(ctx.cues)
            if c.kind is CueKind.FX and 0 <= quantity.start - c.end <= 60
        ),
        None,
    )
    home = ctx.home_currency
    if cue is None or home is None or quantity.currency is None:
        return None
    if GOODS.search(ctx.text, cue.end, quantity.start):
        return None
    if home in _PESO_SIGNS and _bare_dollar_sign(ctx, quantity) and quantity.value > 5:
        # "the foreign currency ... closed at an average price of $3,902" in Colombia: pesos
        return level_draft(ctx, quantity, "USD", home, anchor=cue.start, start=quantity.start)
    if home == quantity.currency:
        if home == "USD":
            return None
        # "the official rate is around 820 pesos": the home currency's price of a dollar
        return level_draft(ctx, quantity, "USD", home, anchor=cue.start, start=quantity.start)
    return level_draft(
        ctx, quantity, home, quantity.currency, anchor=cue.start, start=quantity.start
    )


def other_level_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """Return True when a level figure stands between the subject and ``end``; a change in
    subunits ("15 paise down") is none, nor is a level of the same subject taken up again by
    a pronoun ("hit a low of 56.57 but it ended at 56.30")."""
    last = None
    for q in ctx.quantities:
        if start <= q.start < end and q.kind in (QKind.MONEY, QKind.BARE):
            if q.kind is QKind.MONEY and is_subunit_change(ctx, q):
                continue
            if is_named_threshold(ctx, q):
                continue  # "tested the psychological NT$30 barrier ... when it hit NT$29.965"
            last = q
    return last is not None and not _SAME_SUBJECT_AGAIN.search(ctx.text, last.end, end)


_SAME_SUBJECT_AGAIN = re.compile(
    # "and quickly fell", "while it firmed"
    r"\b(?:but|and|before|then|later|while|whereas|when)\s+(?:still\s+)?(?:\w+ly\s+)?"
    r"(?:it|the\s+(?:local\s+)?(?:currency|unit)|"
    # a second verb of the same subject: "strengthened vis-a-vis the pound to 5.81 and rose
    # against the euro to 5.02"
    rf"(?:{MOVE_VERBS}|improved))\b"
    # the same level restated the other way round: "1.3304 to the greenback, or 75.17 U.S. cents"
    r"|,\s+or\s+$"
    # the same subject against another counter: "was at $1.1932, ..., and at ¥129.77", "rising
    # to 928.8 won ... and to 16,065 dong"
    r"|\band\s+(?:was\s+)?(?:at|to)\s+$"
    # "2 percent stronger against the dollar at 44.8 and 1.7 percent stronger against the
    # euro at 55.7": the same subject's move and level against the next counter
    r"|\band\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent)\s+(?:stronger|weaker|higher|lower|"
    r"up|down|firmer|softer)\s+(?:against|versus|vs\.?)\s+(?:the\s+)?[\w$€£¥]+\s+(?:at|to)\s+$"
    # a participle of the same subject: "while falling to 45.900 peso", ", trading most
    # frequently at 121.05 yen"; the level it moved from: "and down from 102.23 yen"
    r"|(?:,\s*|\b(?:while|and|before|after)\s+)(?:rising|falling|trading|climbing|slipping|"
    r"dropping|easing|firming|gaining|losing|weakening|strengthening|ending|closing|settling)\s+"
    r"(?:(?:\w+ly|most|often|briefly|back|further)\s+){0,2}(?:to|at)\s+(?:about\s+|around\s+)?$"
    r"|\band\s+(?:down|up)\s+from\s+$"
    # "Sterling, earlier trading at $1.2920, fell to $1.2872": the main verb after an aside
    r"|,\s+(?:then\s+)?(?:\w+ly\s+)?(?:rose|fell|slipped|climbed|dropped|weakened|"
    r"strengthened|firmed|eased|edged|advanced|declined|recovered|rebounded)\s+"
    r"(?:(?:back|further)\s+)?(?:to|at)\s+(?:about\s+|around\s+)?$"
    # "... before appreciating to nearly 18.20": the same subject's later move
    rf"|\b{LATER_MOVE}"
    # the other end of its range: "its high for the year is 1,056.67 ..., and low is 1,098.4"
    r"|\band\s+(?:its\s+|the\s+)?(?:high|low)\s+(?:is|was|of|at)\s+$"
    # a counter's other price: "Rs 168 for buying and Rs 168.20 for selling"
    rf"|{_COUNTER_SECOND.pattern}",
    re.IGNORECASE,
)
