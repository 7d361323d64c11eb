"""The ISO 4217 code a currency had on a given day.

Babel and pycountry name today's currencies, so "the Turkish lira" is TRY; a claim about 2003
is about the old lira, TRL, whose rates are quoted in millions per dollar. Each entry lists the
codes a currency replaced, newest first, with the day its successor came in (ISO 4217
amendments; the dates are the official redenominations).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["code_as_of"]

_D = dt.date
_REPLACED: dict[str, tuple[tuple[dt.date, str], ...]] = {
    "TRY": ((_D(2005, 1, 1), "TRL"),),
    "RON": ((_D(2005, 7, 1), "ROL"),),
    "BYN": ((_D(2016, 7, 1), "BYR"), (_D(2000, 1, 1), "BYB")),
    "AZN": ((_D(2006, 1, 1), "AZM"),),
    "GHS": ((_D(2007, 7, 1), "GHC"),),
    "MZN": ((_D(2006, 7, 1), "MZM"),),
    "TMT": ((_D(2009, 1, 1), "TMM"),),
    "VES": ((_D(2018, 8, 20), "VEF"), (_D(2008, 1, 1), "VEB")),
    "ZMW": ((_D(2013, 1, 1), "ZMK"),),
    "MRU": ((_D(2018, 1, 1), "MRO"),),
    "STN": ((_D(2018, 1, 1), "STD"),),
    "SDG": ((_D(2007, 1, 10), "SDD"),),
    "ZWL": ((_D(2009, 2, 2), "ZWR"), (_D(2008, 8, 1), "ZWN"), (_D(2006, 8, 1), "ZWD")),
}


def code_as_of(code: str | None, day: dt.date) -> str | None:
    """Return the code ``code``'s currency had on ``day``.

    >>> code_as_of("TRY", dt.date(2003, 5, 20)), code_as_of("TRY", dt.date(2005, 1, 1))
    ('TRL', 'TRY')
    >>> code_as_of("VES", dt.date(2012, 5, 1)), code_as_of("VES", dt.date(2004, 5, 1))
    ('VEF', 'VEB')
    >>> code_as_of("USD", dt.date(2003, 5, 20)), code_as_of(None, dt.date(2003, 5, 20))
    ('USD', None)
    """
    if code is None:
        return None
    for until, older in _REPLACED.get(code, ()):
        if day >= until:
            break
        code = older
    return code
