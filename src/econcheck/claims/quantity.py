"""The Quantity type: a number and its unit in a sentence (found by quantities.py)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class QKind(StrEnum):
    """What a quantity measures."""

    PERCENT = "percent"
    POINTS = "pp"
    BP = "bp"
    MONEY = "money"
    BARE = "bare"
    RATIO = "ratio"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number and its unit in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    value_max: Decimal | None
    text: str
    kind: QKind
    currency: str | None = None
    per: str | None = None
    per_end: int = 0
    from_value: Decimal | None = None
    is_word: bool = False

    @property
    def is_rate(self) -> bool:
        """Return True for percents and points (the units of inflation, growth, rates)."""
        return self.kind in (QKind.PERCENT, QKind.POINTS, QKind.BP)
