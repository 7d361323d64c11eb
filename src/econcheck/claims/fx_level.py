"""One exchange-rate level draft: a figure read as quote units per base unit (see fx.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.context import Draft, SentenceContext, clause_start
from econcheck.claims.fx_changes import subject_currency
from econcheck.claims.modifiers import direction
from econcheck.claims.quantities import Quantity
from econcheck.models import Change, ChangeUnit, Indicator


def level_draft(
    ctx: SentenceContext, quantity: Quantity, base: str, quote: str, *, anchor: int, start: int
) -> Draft | None:
    if base == quote:
        return None
    quantity = _thousands_point(quantity, base, quote)
    # "the real hit a record low against the US dollar ... at 4.195": the subject is the real
    subject = subject_currency(ctx, quantity.start, skip_counters=True)
    flip = subject is not None and subject.code == quote and subject.start >= anchor
    if subject is None and _quote_is_the_subject(ctx, quantity, quote):
        flip = True  # "The won was trading at 1,422.9, after strengthening past 1,420 per dollar"
    window = ctx.text[clause_start(ctx.text, anchor) : quantity.start]
    return Draft(
        indicator=Indicator.FX_RATE,
        quantity=quantity,
        start=start,
        end=quantity.per_end,
        anchor=anchor,
        value=quantity.value,
        value_max=quantity.value_max,
        value_text=quantity.text,
        unit=f"{quote} per {base}",
        base=base,
        quote=quote,
        flip=flip,
        movement=direction(window),
        change=_from_change(quantity),
    )


def _quote_is_the_subject(ctx: SentenceContext, quantity: Quantity, quote: str) -> bool:
    """Return True when the sentence opens on the quote currency ("The won was ..."), which a
    later level with no subject of its own still speaks of."""
    first = next((m for m in ctx.currencies if m.start < quantity.start), None)
    return (
        first is not None
        and first.code == quote
        and clause_start(ctx.text, first.start) == clause_start(ctx.text, 0)
    )


def _from_change(quantity: Quantity) -> Change | None:
    if quantity.from_value is None or quantity.from_value == 0:
        return None
    pct = ((quantity.value - quantity.from_value) / quantity.from_value * 100).quantize(
        Decimal("0.01")
    )
    return Change(value=pct, unit=ChangeUnit.PCT, from_value=quantity.from_value)


# Currencies whose price of a dollar or euro runs to thousands: a quote such as "IDR 14.650
# per US dollar" (translated copy puts a point between the thousands) is 14,650
_THOUSANDS = frozenset(
    {"IDR", "VND", "KRW", "COP", "IRR", "LBP", "UZS", "LAK", "GNF", "PYG", "KHR", "MGA", "UGX",
     "TZS", "MMK", "IQD", "SYP", "SLL", "SLE", "STN"}
)  # fmt: skip
_POINTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


def _thousands_point(quantity: Quantity, base: str, quote: str) -> Quantity:
    """Return the quantity with a point read as a thousands separator where only that reading
    is a price of the base currency in the quote one."""
    if quote not in _THOUSANDS or base in _THOUSANDS:
        return quantity
    return in_thousands(quantity)


def in_thousands(quantity: Quantity) -> Quantity:
    """Return "14.650" as 14650, any other figure as it is."""
    if not _POINTED_THOUSANDS.fullmatch(quantity.text) or quantity.value >= 1000:
        return quantity
    return replace(
        quantity,
        value=_thousand(quantity.value),
        value_max=None if quantity.value_max is None else _thousand(quantity.value_max),
        from_value=None if quantity.from_value is None else _thousand(quantity.from_value),
    )


def _thousand(value: Decimal) -> Decimal:
    return (value * 1000).quantize(Decimal(1))
