"""Which currency of a pair is the base, by market convention."""

from __future__ import annotations

# The one listed first is the base ("EUR/SEK" is SEK per EUR, "GBP/USD" USD per GBP); a
# currency not listed is quoted per the other.
BASE_ORDER = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF")


def cross_convention(subject: str, counter: str) -> tuple[str, str]:
    """Return (base, quote) for "<subject> at <value> against <counter>".

    >>> cross_convention("SEK", "EUR"), cross_convention("EUR", "USD")
    (('EUR', 'SEK'), ('EUR', 'USD'))
    >>> cross_convention("USD", "EUR"), cross_convention("RUB", "CNY")
    (('EUR', 'USD'), ('CNY', 'RUB'))
    """
    rank = {code: i for i, code in enumerate(BASE_ORDER)}
    first, second = sorted((subject, counter), key=lambda c: rank.get(c, len(rank)))
    if first not in rank:  # neither is a conventional base: the subject is priced
        return counter, subject
    return first, second
