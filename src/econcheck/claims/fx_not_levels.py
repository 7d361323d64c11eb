"""Money figures in an exchange-rate sentence that quote no rate.

- an amount of change in currency units: "a net loss of 60 paise", "down 10 kopecks", "a
  decrease of Rs14.89", "1.30% or 27.9 cents";
- an amount converted in brackets: "5.25 reais (0.81 euro)";
- a level named as a threshold and not said to be reached: "the ¥160 per dollar
  psychological barrier".
"""

from __future__ import annotations

import functools
import re

from econcheck.claims.context import SentenceContext, clause_start
from econcheck.claims.quantities import GLUED_SUBUNIT, SUBUNITS, QKind, Quantity

__all__ = ["is_conversion", "is_named_threshold", "is_subunit_change"]


def is_subunit_change(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for "a net loss of 60 paise", "down 10 kopecks", "fell by nearly 14 won":
    an amount of change, not a level."""
    if _CHANGE_NOUN_OF.search(ctx.text, max(0, quantity.start - 30), quantity.start):
        return True  # "a decrease of Rs1.20 against the greenback"
    word = _SUBUNIT_WORD.match(ctx.text, quantity.num_end)
    if word is not None and _SUBUNIT_DIRECTION_AFTER.match(ctx.text, word.end()):
        return True  # "it still ended 15 paise down at 56.30"
    if word is None and quantity.per is not None:
        # "rose 2 rubles per dollar" names a level's unit, but "depreciated by N11 per dollar"
        # is the size of the move
        return _MOVED_BY.search(ctx.text, max(0, quantity.start - 30), quantity.start) is not None
    before = max(0, quantity.start - 30)
    if _PERCENT_OR.search(ctx.text, before, quantity.start):
        return True  # "an appreciation of 1.30% or 27.9 cents": the same move in money
    return _SUBUNIT_CHANGE.search(ctx.text, before, quantity.start) is not None


# "how the ¥160 per dollar psychological barrier could affect any decision": a level named,
# not one the rate is said to have reached (unless a verb says so: "hit the 160 barrier")
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:-|\s)(?:psychological|psychologically\s+important|key|crucial|symbolic)\s+"
    r"(?:barrier|level|mark|threshold|line)\b",
    re.IGNORECASE,
)

_REACHED_BEFORE = re.compile(
    r"\b(?:hit|hits|touch\w*|breach\w*|cross\w*|broke|break\w*|pass\w*|reach\w*|top\w*|"
    r"tested|testing|surpass\w*|past|beyond|above|below|through|near|at)\b[^,;]{0,20}$",
    re.IGNORECASE,
)

_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|or\s+)?")


def is_conversion(ctx: SentenceContext, index: int) -> bool:
    """Return True for an amount converted in brackets: "5.25 reais (0.81 euro)" gives the
    reader the amount in euros, it quotes no euro rate."""
    quantity = ctx.quantities[index]
    if quantity.kind is not QKind.MONEY or _EQUATION_AFTER.match(ctx.text, quantity.end):
        return False  # "5 billion denars (1 euro = 61.69 denars)": the rate used, stated
    # the amount before the bracket: a figure, or a currency written after words ("five reais")
    ends = [q.end for q in ctx.quantities[:index] if q.kind is QKind.MONEY]
    ends += [
        m.end for m in ctx.currencies if m.end <= quantity.start and m.code != quantity.currency
    ]
    return any(_CONVERSION_OPEN.fullmatch(ctx.text, end, quantity.start) for end in ends)


_EQUATION_AFTER = re.compile(r"\s*=")


def is_named_threshold(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a level named as a threshold and not said to be reached ("the 160 per
    dollar psychological barrier", "tested the psychological NT$30 barrier")."""
    start = clause_start(ctx.text, quantity.start)
    if _THRESHOLD_AFTER.match(ctx.text, quantity.per_end):
        return _REACHED_BEFORE.search(ctx.text, start, quantity.start) is None
    if _THRESHOLD_ADJECTIVE.search(
        ctx.text, max(0, quantity.start - 30), quantity.start
    ) and _THRESHOLD_NOUN.match(ctx.text, quantity.per_end):
        return _BROKEN_BEFORE.search(ctx.text, start, quantity.start) is None
    if _TOWARD_BEFORE.search(ctx.text, max(0, quantity.start - 30), quantity.start):
        # "heading toward the 70 ruble threshold": named, not reached
        return _THRESHOLD_NOUN.match(ctx.text, quantity.per_end) is not None or (
            _UNIT_THEN_THRESHOLD.match(ctx.text, quantity.num_end) is not None
        )
    return False


_TOWARD_BEFORE = re.compile(
    r"\b(?:toward|towards|approach\w*|near\w*|close\s+to|short\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_UNIT_THEN_THRESHOLD = re.compile(
    r"\s*[-\s]?[a-z]+\s+(?:barrier|level|mark|threshold|line)\b", re.IGNORECASE
)


# "the psychological NT$30 barrier": the adjective before the figure, the noun after it
_THRESHOLD_ADJECTIVE = re.compile(
    r"\b(?:psychological|psychologically\s+important|key|crucial|symbolic)\s+$", re.IGNORECASE
)
_THRESHOLD_NOUN = re.compile(r"\s*(?:barrier|level|mark|threshold|line)\b", re.IGNORECASE)
# ...reached only when broken through ("tested" a barrier is short of it)
_BROKEN_BEFORE = re.compile(
    r"\b(?:hit|hits|breach\w*|cross\w*|broke|break\w*|surpass\w*|past|beyond|through)\b"
    r"[^,;]{0,30}$",
    re.IGNORECASE,
)


# "about", "more than", "just under": the words that may stand between a verb and its amount
_ABOUT = (
    r"(?:(?:about|nearly|almost|around|roughly|some|(?:just\s+)?(?:more|less)\s+than|"
    r"(?:just\s+)?(?:over|under)|as\s+much\s+as)\s+)"
)

_SUBUNIT_CHANGE = re.compile(
    r"\b(?:loss|gain|fell|rose|down|up|by|lost|gained|plunged|declined|dropped|slipped|"
    r"weakened|strengthened|appreciated|depreciated|decrease|increase|drop|fall|rise|decline|"
    r"depreciation|appreciation|gaining|losing|shedding|adding|rising|falling|dropping|slid|"
    r"sank|tumbled|plunged|jumped|surged|shed|added|"
    r"slipping|climbing|weakening|strengthening)\b(?:\s+(?:of|by))?\s+"
    rf"{_ABOUT}?$",
    re.IGNORECASE,
)

_MOVED_BY = re.compile(
    r"\b(?:depreciated|appreciated|weakened|strengthened|fell|rose|gained|lost|dropped|declined|"
    r"slipped|climbed|devalued)\s+(?:further\s+)?by\s+$",
    re.IGNORECASE,
)
_CHANGE_NOUN_OF = re.compile(
    r"\b(?:decrease|increase|drop|fall|rise|decline|depreciation|appreciation|loss|gain)\s+(?:of|by)\s+"
    rf"{_ABOUT}?$",
    re.IGNORECASE,
)

_PERCENT_OR = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+or\s+$", re.IGNORECASE)

_SUBUNIT_DIRECTION_AFTER = re.compile(
    r"\s+(?:down|up|lower|higher|weaker|stronger|firmer|softer)\b", re.IGNORECASE
)

_SUBUNIT_WORD = re.compile(rf"\s*(?i:{'|'.join(SUBUNITS)})\b|{GLUED_SUBUNIT}")


# "allows the yuan to rise or fall 1 percent in a single day": the width of a band; "forward
# contracts changed hands at 6.4030", "NDFs imply": a price for a later date, not the rate
_BAND_BEFORE = re.compile(
    r"\b(?:rise\s+or\s+fall|fall\s+or\s+rise|move\s+up\s+or\s+down|up\s+or\s+down|"
    r"either\s+side\s+of)\s+(?:by\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
_FORWARD = re.compile(r"\b(?:forwards?|NDFs?|non-deliverable)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)  # asked once per number of the current sentence
def _hints(text: str) -> tuple[bool, bool]:
    """Return whether the sentence may name a band's width, and a forward price (speed)."""
    low = text.lower()
    band = " or " in low or "either side" in low
    forward = "forward" in low or "ndf" in low or "non-deliverable" in low
    return band, forward


def is_band_width(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for the width of a trading band ("allowed to rise or fall 2%")."""
    if not _hints(ctx.text)[0]:
        return False
    return _BAND_BEFORE.search(ctx.text, max(0, quantity.start - 40), quantity.start) is not None


def is_band_or_forward(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for the width of a trading band or a forward price."""
    if is_band_width(ctx, quantity):
        return True
    if not _hints(ctx.text)[1]:
        return False
    start = max(clause_start(ctx.text, quantity.start), quantity.start - 45)
    return _FORWARD.search(ctx.text, start, quantity.start) is not None
