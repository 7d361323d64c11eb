"""One exchange-rate level draft: a figure read as quote units per base unit (see fx.py)."""

from __future__ import annotations

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
    # "the real hit a record low against the US dollar ... at 4.195": the subject is the real
    subject = subject_currency(ctx, quantity.start, skip_counters=True)
    flip = subject is not None and subject.code == quote and subject.start >= anchor
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


def _from_change(quantity: Quantity) -> Change | None:
    if quantity.from_value is None or quantity.from_value == 0:
        return None
    pct = ((quantity.value - quantity.from_value) / quantity.from_value * 100).quantize(
        Decimal("0.01")
    )
    return Change(value=pct, unit=ChangeUnit.PCT, from_value=quantity.from_value)
