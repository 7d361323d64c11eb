"""Which country issues a currency, and which currency a country uses (babel and pycountry)."""

from __future__ import annotations

import functools


@functools.cache
def currency_of_alpha2(alpha2: str) -> str | None:
    """Return the currency of a country (alpha-2, or "EA" for the euro area).

    >>> currency_of_alpha2("RU"), currency_of_alpha2("TR"), currency_of_alpha2("EA")
    ('RUB', 'TRY', 'EUR')
    """
    if alpha2 == "EA":
        return "EUR"
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(alpha2)
    return found[0] if found else None


def alpha2_of_currency(code: str) -> str | None:
    """Return the country issuing a national currency (ISO 4217 starts with its alpha-2).

    >>> alpha2_of_currency("RUB"), alpha2_of_currency("EUR"), alpha2_of_currency("XOF")
    ('RU', 'EA', None)
    """
    if code == "EUR":
        return "EA"
    if code.startswith("X"):
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code[:2])
    return None if country is None else code[:2]
