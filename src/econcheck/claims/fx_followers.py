"""Exchange-rate figures read from the figure before them in the sentence.

- a second level joined to the first ("at 1,000 pesos in the official market and at 1,200 in
  the blue market");
- a second change coordinated with the first ("lost 44 percent of its value in 2021 and 30
  percent in 2022");
- the earlier level a quote is compared with, when a time dates it ("compared with 18.64 in
  the previous session");
- a later level of the same pair introduced as a level ("eclipsing the previous low of 56.52",
  "before settling at around 9.93", "nearly reaching the record of 4.248").
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.context import Draft, SentenceContext
from econcheck.claims.fx_level import in_thousands, level_draft
from econcheck.claims.modifiers import direction
from econcheck.claims.numbers import parse_value
from econcheck.claims.patterns import MARKET_SESSION
from econcheck.claims.quantities import QKind, Quantity
from econcheck.models import Change, ChangeUnit

_GAP_CHAR = r"(?:[^;.%]|\d{1,2}[:.]\d\d\s?[ap]\.m\.)"  # "at 9:16 a.m., and climbed to"
_COORDINATION = re.compile(
    rf"{_GAP_CHAR}{{0,80}}?\b(?:and|or|while|but|versus|vs\.?|compared\s+with)\b"
    rf"{_GAP_CHAR}{{0,60}}?\b(?:at|to|of|as\s+(?:low|high)\s+as)\s+(?:about\s+|around\s+)?",
    re.IGNORECASE,
)


def coordinated_level(
    ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]
) -> Draft | None:
    """ "at 1,000 pesos in the official market and at 1,200 in the blue market"."""
    last = drafts[-1] if drafts else None
    if last is None or last.change is not None or last.base is None or last.quote is None:
        return None
    if quantity.value <= 0 or not (
        quantity.kind is QKind.BARE
        or (quantity.kind is QKind.MONEY and quantity.currency == last.quote and not quantity.per)
    ):
        return None  # "... and climbed to 1,484.3 won": a second level in the quote currency
    if not _COORDINATION.fullmatch(ctx.text, last.end, quantity.start):
        return None
    if not last.value / 2 <= quantity.value <= last.value * 2:
        return None
    pair = (last.base, last.quote)
    if any(last.end <= m.start < quantity.start and m.code not in pair for m in ctx.currencies):
        return None  # "USD/CAD traded at 1.3512, while EUR/CAD moved at 1.4810": another pair
    return _follower(ctx, quantity, last)


def listed_quote(ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]) -> Draft | None:
    """Return the same currency's level in another currency, listed after a level: "The kiwi
    was at 71.69 US cents, 79.92 Australian cents and 43.77 pence" (NZD/AUD, NZD/GBP)."""
    last = _last_level(drafts, quantity)
    if (
        last is None
        or last.base is None
        or quantity.kind is not QKind.MONEY
        or quantity.per is not None
        or quantity.currency in (None, last.base, last.quote)
        or not _LISTED.fullmatch(ctx.text, last.end, quantity.start)
    ):
        return None
    return level_draft(
        ctx, quantity, last.base, quantity.currency or "", anchor=last.anchor, start=quantity.start
    )


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:at|against)\s+)?", re.IGNORECASE)


# "ended at 64.52 a dollar, down 0.20% from its Tuesday's close of 64.39", "settled at 18.6615
# pesos per dollar, compared with 18.6439 in the previous session", "as against last close of
# 56.15", "down 2.5 centavos from the previous day's finish of P58.755", "at 82.32 by 0436 GMT,
# compared to its previous close of 81.88": the earlier level of the same pair
_COMPARED_GAP = re.compile(
    r"(?:[^;%\d]|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|[a-z]+\b)|\d{1,2}[:.]\d\d\s?[ap]\.?m\.?"
    r"|\d{4}\s?(?:GMT|UTC|GST|IST))*?"
    r"\b(?:compared(?:\s+(?:with|to))?|as\s+against|against|from|versus|vs\.?|than)\s+"
    r"(?:(?:its|the|a|an|their)\s+)?(?:[\w’']+\s+){0,4}?$",
    re.IGNORECASE,
)
_COMPARED_REACH = 90


def _last_level(drafts: list[Draft], quantity: Quantity) -> Draft | None:
    """Return the sentence's last level draft with a pair (not a change alone), if the new
    figure is positive."""
    last = next((d for d in reversed(drafts) if d.value != (d.change and d.change.value)), None)
    if last is None or last.base is None or last.quote is None or quantity.value <= 0:
        return None
    return last


def in_units_of(last: Draft, quantity: Quantity) -> Quantity:
    """Return a figure after a level in the same units as that level: hundredths ("from 69.74
    US cents ... to as high as 69.93" is 0.6993 US dollars) or thousands ("to IDR 14.650 per
    US dollar from IDR 14.573" is 14,573 rupiah)."""
    written = parse_value(last.quantity.text)
    if written is not None and written * 1000 == last.value:
        return in_thousands(quantity)
    if quantity.kind is not QKind.BARE or written != last.value * 100:
        return quantity
    top = None if quantity.value_max is None else quantity.value_max / 100
    return replace(quantity, value=quantity.value / 100, value_max=top)


def _near_in_size(last: Draft, quantity: Quantity, *, wide: bool = False) -> bool:
    """Return True when a figure is within -20%..+25% of the level before it, or within half
    to double it (``wide``) for an earlier level dated and named as compared ("at 250 kwacha,
    compared to 166 kwacha on Friday": a devaluation's day)."""
    low, high = (Decimal("0.5"), Decimal(2)) if wide else (Decimal("0.8"), Decimal("1.25"))
    return last.value * low <= quantity.value <= last.value * high


def compared_level(ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]) -> Draft | None:
    """Return the earlier level a quoted rate is compared with, in the same pair."""
    last = _last_level(drafts, quantity)
    if last is None or last.base is None or last.quote is None:
        return None
    quantity = in_units_of(last, quantity)
    if quantity.kind not in (QKind.BARE, QKind.MONEY) or quantity.per not in (None, last.base):
        return None
    if quantity.kind is QKind.MONEY and quantity.currency != last.quote:
        return None
    gap_start = last.quantity.per_end
    if not 0 < quantity.start - gap_start <= _COMPARED_REACH:
        return None
    if not _COMPARED_GAP.fullmatch(ctx.text, gap_start, quantity.start):
        return None
    if not _near_in_size(last, quantity, wide=True):
        return None  # a previous close is near the level it is compared with
    if not _has_own_time(ctx, quantity):
        return None  # "up from 23.40": a starting point with no time of its own is context
    follower = _follower(ctx, quantity, last)
    # "to 1846.42 per U.S. dollar from 1859.50 yesterday, the highest value since August 12":
    # the record after the earlier level is the new level's
    return None if follower is None else replace(follower, secondary=True)


def _follower(ctx: SentenceContext, quantity: Quantity, last: Draft) -> Draft | None:
    """Return a level in the pair of ``last``, with its subject too ("EUR/CHF sank to 1.1959
    after posting the record low of 1.1956": the pair's low, as written)."""
    if last.base is None or last.quote is None:
        return None
    draft = level_draft(
        ctx, quantity, last.base, last.quote, anchor=last.anchor, start=quantity.start
    )
    return None if draft is None else replace(draft, flip=last.flip)


def is_starting_point(ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]) -> bool:
    """Return True for the level a quoted rate moved from, with no time of its own ("USD/CHF
    slipped to 0.8489 from 0.8528"): context, whatever rule would read it as a level."""
    last = _last_level(drafts, quantity)
    if last is None or quantity.kind not in (QKind.BARE, QKind.MONEY):
        return False
    quantity = in_units_of(last, quantity)
    gap_start = last.quantity.per_end
    return (
        0 < quantity.start - gap_start <= 60
        and _FROM_GAP.fullmatch(ctx.text, gap_start, quantity.start) is not None
        and _near_in_size(last, quantity)
        and not _has_own_time(ctx, quantity)
    )


_FROM_GAP = re.compile(
    # "to 11,376 per dollar on Thursday evening, from its earlier mark of 11,427"
    r"(?:\s+(?:on|in|at)\s+[\w\s]{1,25}?)?\s*,?\s*(?:up\s+|down\s+)?from\s+"
    r"(?:(?:its|the|an?)\s+(?:[\w’']+\s+){0,3}?(?:of\s+)?)?",
    re.IGNORECASE,
)


def _has_own_time(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True when a time expression dates the figure: "Tuesday's close of 64.39",
    "18.6439 in the previous session", "91.00 on July 29", "402.10 at 7am" (earlier that day)."""
    if _CLOCK_AFTER.match(ctx.text, quantity.per_end) is not None:
        return True
    return any(
        _OWN_TIME_GAP.fullmatch(ctx.text, m.end, quantity.start) is not None
        or 0 <= m.start - quantity.per_end <= 6
        or _IN_THE_GAP.fullmatch(ctx.text, quantity.per_end, m.start) is not None
        or _TIME_AFTER_GAP.fullmatch(ctx.text, quantity.per_end, m.start) is not None
        for m in ctx.periods
        if m.end <= quantity.start or m.start >= quantity.per_end
    )


_CLOCK_AFTER = re.compile(r"\s+(?:at|by)\s+\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?", re.IGNORECASE)
_IN_THE_GAP = re.compile(
    r"\s+(?:in|on|at)\s+the\s+", re.IGNORECASE
)  # "103.29 in the Tuesday trading"
# "P58.23 finish on Wednesday", "¥109.20 at the same time Thursday"
_TIME_AFTER_GAP = re.compile(
    # "3,818.09 pesos on average the previous day" (the day's average rate)
    r"\s+(?:on\s+average\s+)?(?:(?:close|closing|finish|level|rate|reading)\s+)?"
    r"(?:(?:traded|quoted|recorded|seen|posted)\s+)?"
    rf"{MARKET_SESSION}?"  # "from 93.53 in New York on Friday"
    r"(?:(?:in|on|at)\s+(?:the\s+)?(?:same\s+time\s+(?:on\s+)?|(?:previous\s+)?session\s+on\s+)?)?"
    # "¥159.89-90 at 5 p.m. Wednesday"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?)?",
    re.IGNORECASE,
)
_OWN_TIME_GAP = re.compile(
    r"(?:['’]s)?\s*(?:(?:reference|official|parity|midpoint|mid-point)\s+(?=rate|fix))?"
    r"(?:(?:close|closing|level|rate|finish|position|fixing|fix|reading|trade|"
    r"trading|session)\s+)?(?:(?:value|quotes?|price)\s+)?(?:of|at)?\s*",
    re.I,
)


# words that introduce a level: "the previous low of", "a three-month low of", "the record of",
# "before settling at around", "trading at", "closed at"
_LEVEL_LEAD = re.compile(
    r"(?:\b(?:lows?|highs?|record|peak|trough|bottom|top|level|close|mark)\s+(?:of|at)|"
    r"\b(?:settl|trad|clos|end|finish|hover|stood|stand|rest)\w*\s+(?:at|near)|"
    # "jumped to $1.3976 in late New York trading, peaking at $1.4148"
    r"\bpeak(?:ed|ing)\s+at|"
    # "The dollar, trading at 115 yen a year ago, now costs 140 yen"
    r"\b(?:costs?|costing|buys?|buying|bought|fetch(?:es|ed|ing)?|touch(?:ed|es|ing))|"
    r"\b(?:settl|clos|end|finish)(?:ed|ing)|\bbreached|\bbroke|"
    # "to as high as 69.93, before easing back to 69.80"
    r"\bas\s+(?:high|low)\s+as|\b(?:eas|slipp|dropp|climb|edg|retreat|recover)(?:ed|ing)\s+"
    r"(?:back\s+)?to|"
    # "before sinking back to just over $1.27", "before trimming its losses to 13.745"
    r"\b(?:sinking|sank|sliding|slid|falling|fell|rebounding|rebounded|bouncing|bounced)\s+"
    r"(?:back\s+)?(?:(?:slightly|sharply|further|modestly)\s+)?to|"
    r"\b(?:trimm|par|cutt?)(?:ed|ing)\s+(?:its\s+|their\s+|some\s+(?:of\s+its\s+)?)?"
    r"(?:losses|gains)\s+to|"
    # its level earlier in the day: "at 62.30, having earlier touched 62.4875", "after
    # briefly hitting"
    r"\b(?:having|after)\s+(?:earlier\s+|briefly\s+|already\s+|first\s+)?"
    r"(?:touched|touching|hit|hitting|reached|reaching|fallen|falling|risen|rising|dropped|"
    r"dropping|slipped|slipping|climbed|climbing)(?:\s+as\s+(?:high|low|far)\s+as)?)\s+"
    r"(?:(?:about|around|nearly|roughly|some|just\s+over|just\s+above|just\s+under|just\s+below)"
    r"\s+)?(?:Rs\.?\s*)?$",
    re.IGNORECASE,
)
_LATER_REACH = 160


def later_level(ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]) -> Draft | None:
    """Return a later level of the pair the sentence quoted before ("hit a record low 56.57,
    eclipsing the previous low of 56.52"): introduced as a level, near the first in size, with
    no other currency or indicator named between them."""
    last = _last_level(drafts, quantity)
    if last is None or last.base is None or last.quote is None:
        return None
    quantity = in_units_of(last, quantity)
    if quantity.per is not None or not (
        quantity.kind is QKind.BARE
        # "..., with the session high at $1.3560": the same pair's level in its quote currency
        or (quantity.kind is QKind.MONEY and quantity.currency == last.quote)
    ):
        return None
    if not 0 < quantity.start - last.quantity.per_end <= _LATER_REACH:
        return None
    if not _LEVEL_LEAD.search(ctx.text, max(0, quantity.start - 40), quantity.start):
        return None
    if not _near_in_size(last, quantity):
        return None
    pair = (last.base, last.quote)
    between = range(last.quantity.per_end, quantity.start)
    if any(m.start in between and m.code not in pair for m in ctx.currencies):
        return None
    if any(c.start in between and c.kind.value in ("inflation", "gdp", "policy") for c in ctx.cues):
        return None
    return _follower(ctx, quantity, last)


_CHANGE_COORDINATION = re.compile(
    # "2.2% so far this month and 3.3% in 2021", "8 percent against the dollar since the
    # beginning of the month and 12.9 percent this year", "13% ... this month, and more than 20%"
    r"(?:\s+of\s+its\s+value)?(?:\s+(?:lower|higher|weaker|stronger))?"
    r"(?:\s+(?:against|versus|to)\s+the\s+(?:U\.?S\.?\s+)?\w+)?"
    r"(?:\s+(?:in|during|over|since|this|last|so\s+far|on)\s+[^,;%]{1,40}?)?"
    r"\s*,?\s*(?:(?P<join>and|after)\s+(?:(?:another|a\s+further)\s+)?"
    # "10 percent against the dollar this year, adding to losses of 28 percent in 2018"
    r"|adding\s+to\s+(?:its\s+|a\s+|the\s+)?(?P<noun>loss(?:es)?|gains?|declines?|drops?|"
    r"falls?|slides?)\s+of\s+)"
    # "1% lower in the past month, after declining in value by almost 24% this year"
    r"(?:(?P<verb>(?:declin|fall|los|dropp|slid|slipp|weaken|gain|ris|climb|strengthen|"
    r"appreciat|depreciat)ing"
    # "slipped 1.7% on Thursday, and has shed some 22% in the last nine sessions"
    r"|(?:has|have|had)\s+(?:now\s+)?(?:shed|lost|fallen|dropped|declined|slid|slumped|"
    r"plunged|gained|risen|climbed|weakened|strengthened|depreciated|appreciated))"
    r"(?:\s+in\s+value)?\s+(?:by\s+)?)?"
    r"(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?",
    re.IGNORECASE,
)


# "down by 10.5 percent against the euro compared with the start of the year, 22.6 percent
# against the dollar, and by 15.4 percent against the Swiss franc": the same move against
# several counters, each named after its figure
_COUNTER_LIST_GAP = re.compile(
    r"(?:\s+(?:weaker|stronger|lower|higher|firmer|softer))?"
    r"(?:\s+(?:against|versus|vs\.?)\s+(?:the\s+)?[^,;%\d]{1,30}?)?"
    r"(?:\s+(?:compared\s+(?:with|to)|since|in|during|over|this|so\s+far)\s+[^,;%\d]{1,40}?)?"
    r"\s*,\s*(?:and\s+)?(?:by\s+)?",
    re.IGNORECASE,
)
_AGAINST_AFTER = re.compile(r"\s+(?:against|versus|vs\.?)\s+(?:the\s+)?", re.IGNORECASE)


def _counter_after(ctx: SentenceContext, quantity: Quantity) -> str | None:
    """Return the currency named after "against" right after the figure, if any."""
    against = _AGAINST_AFTER.match(ctx.text, quantity.per_end)
    if against is None:
        return None
    return next((m.code for m in ctx.currencies if m.start == against.end()), None)


def _listed_counter_change(ctx: SentenceContext, quantity: Quantity, last: Draft) -> Draft | None:
    """Return the next item of a list of one currency's moves against several counters."""
    if last.base is None or last.quote is None or last.change is None:
        return None
    if not _COUNTER_LIST_GAP.fullmatch(ctx.text, last.quantity.per_end, quantity.start):
        return None
    counter = quantity.per or _counter_after(ctx, quantity)  # "22.6 percent against the dollar"
    if counter is None or counter in (last.base, last.quote):
        return None
    return _next_move(last, quantity, 1 if last.value > 0 else -1, counter)


def _next_move(last: Draft, quantity: Quantity, sign: int, quote: str | None) -> Draft:
    """Return the move ``quantity`` states for ``last``'s currency, signed, against ``quote``."""
    value = abs(quantity.value) * sign
    return replace(
        last,
        quantity=quantity,
        start=quantity.start,
        end=quantity.per_end,
        quote=quote,
        value=value,
        value_text=quantity.text,
        change=Change(value=value, unit=ChangeUnit.PCT),
    )


def coordinated_change(
    ctx: SentenceContext, quantity: Quantity, drafts: list[Draft]
) -> Draft | None:
    """ "the lira lost 44 percent of its value in 2021 and 30 percent in 2022"."""
    last = drafts[-1] if drafts else None
    if last is None or last.change is None or last.change.unit is not ChangeUnit.PCT:
        return None
    if quantity.kind is not QKind.PERCENT or last.value == 0:
        return None
    joined = _CHANGE_COORDINATION.fullmatch(ctx.text, last.quantity.per_end, quantity.start)
    if joined is None:
        return _listed_counter_change(ctx, quantity, last)
    if (joined["join"] or "").lower() == "after" and joined["verb"] is None:
        return None  # "after 2% in May" names no move of its own
    sign = 1 if last.value > 0 else -1
    verb = joined.group("verb") or joined.group("noun")
    if verb is not None:
        # the verb's own direction, in the subject's terms as the first move is
        own = direction(verb)
        first = direction(ctx.text[last.start : last.quantity.start]) or direction(
            ctx.text[last.quantity.end : last.quantity.end + 12]
        )
        sign = own if first == 0 else sign if own == first else -sign
    counter = quantity.per or _counter_after(ctx, quantity)  # "and 1.1% against sterling"
    quote = counter if counter is not None and counter != last.base else last.quote
    return _next_move(last, quantity, sign, quote)
