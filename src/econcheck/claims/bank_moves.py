"""A central bank's move named by its verb alone: "The Fed cut by 25 basis points to 4.5%".

News often leaves the rate unnamed when the bank is the subject of the move ("the central bank
surprised by again hiking by 500 basis points to 40%"). With no rate word to point to the
figure, the bank's own name stands as the policy-rate cue of a move in basis or percentage
points.
"""

from __future__ import annotations

import re

from econcheck.claims.context import SentenceContext
from econcheck.claims.patterns import Cue, CueKind
from econcheck.claims.quantities import QKind, Quantity

__all__ = ["bank_move_cue"]

_MOVE_VERB = (
    r"cut|cuts|cutting|hik(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|lower(?:ed|s|ing)?|"
    r"reduc(?:e|ed|es|ing)|tighten(?:ed|s|ing)?|eas(?:e|ed|es|ing)|slash(?:ed|es|ing)?|"
    r"trim(?:med|s|ming)?|shav(?:e|ed|es|ing)|slic(?:e|ed|es|ing)|knock(?:ed|s|ing)?|lopp(?:ed|ing)"
)

# between the bank and the figure: a few words and the move's verb ...
_BANK_VERB = rf"\s+(?:[\w'’]+\s+){{0,4}}?(?:{_MOVE_VERB})\s+"
# ... then "by" ("surprised by again hiking by", "has now cut by a further")
_BANK_TO_FIGURE = re.compile(
    rf"{_BANK_VERB}by\s+(?:(?:a|another|a\s+further|an\s+additional|a\s+total\s+of|"
    r"a\s+cumulative)\s+)?",
    re.IGNORECASE,
)
# ... or the figure itself, "off" after it: "The Fed sliced a half point off its key rates"
_BANK_VERB_FIGURE = re.compile(_BANK_VERB, re.IGNORECASE)
_OFF_AFTER = re.compile(r"\s+off\s+(?:its|the|their)\b", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+")


# the bank named after its move: "traders had expected a one per cent cut from the Bank of
# England"
_MOVE_FROM_BANK = re.compile(
    r"\s+(?:(?:interest[\s-]+)?rate\s+)?(?:cut|hike|rise|increase|reduction)\s+(?:from|by)\s+",
    re.IGNORECASE,
)


def bank_move_cue(ctx: SentenceContext, quantity: Quantity) -> Cue | None:
    """Return the central bank whose move in points the figure is, or the level that move led
    to ("by 25 basis points to 4.5%"), as a policy-rate cue."""
    after = _bank_after_move(ctx, quantity)
    if after is not None:
        return after
    if quantity.kind is QKind.PERCENT:
        move = next((q for q in reversed(ctx.quantities) if q.per_end <= quantity.start), None)
        if move is None or _TO.fullmatch(ctx.text, move.per_end, quantity.start) is None:
            return None
        quantity = move
    if quantity.kind not in (QKind.BP, QKind.POINTS):
        return None
    for entity in reversed(ctx.entities):
        if entity.end > quantity.start:
            continue
        if not entity.is_central_bank:
            return None  # the nearest institution is no central bank
        if _BANK_TO_FIGURE.fullmatch(ctx.text, entity.end, quantity.start) is None and not (
            _BANK_VERB_FIGURE.fullmatch(ctx.text, entity.end, quantity.start)
            and _OFF_AFTER.match(ctx.text, quantity.per_end)
        ):
            return None
        return Cue(entity.start, entity.end, CueKind.POLICY)
    return None


def _bank_after_move(ctx: SentenceContext, quantity: Quantity) -> Cue | None:
    """Return the central bank named right after a move noun that follows the figure."""
    if quantity.kind not in (QKind.BP, QKind.POINTS, QKind.PERCENT):
        return None
    move = _MOVE_FROM_BANK.match(ctx.text, quantity.per_end)
    if move is None:
        return None
    for entity in ctx.entities:
        if entity.start < move.end():
            continue
        if ctx.text[move.end() : entity.start].strip().lower() not in ("", "the"):
            return None
        if entity.is_central_bank:
            return Cue(entity.start, entity.end, CueKind.POLICY)
        return None
    return None
