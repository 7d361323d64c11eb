"""Read an article's publication date from its dateline (first lines only)."""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims.dates import safe_date
from econcheck.claims.vocab import MONTHS

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_FORMS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(rf"(?<!\d){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
)
_NO_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d)")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def find_dateline(text: str, *, max_lines: int = 6) -> dt.date | None:
    """Return the publication date stated in the first lines of ``text``, or None.

    A dateline without a year ("Moscow, Nov 5 (Reuters) -") counts only when another
    of the first lines gives the year; nothing is ever read from today's date.

    >>> find_dateline("Published by The Daily Ledger, November 5, 2024\\nBy A. Writer")
    datetime.date(2024, 11, 5)
    >>> find_dateline("2024-11-05\\nHeadline")
    datetime.date(2024, 11, 5)
    >>> find_dateline("Updated 5 Nov. 2024\\nText")
    datetime.date(2024, 11, 5)
    >>> find_dateline("(c) 2024 Wire\\nMOSCOW, Nov 5 (Reuters) - The rouble fell")
    datetime.date(2024, 11, 5)
    >>> find_dateline("Moscow, Nov 5 (Reuters) - The rouble fell") is None
    True
    """
    lines = [line[:400] for line in text[:4000].splitlines() if line.strip()][:max_lines]
    for line in lines:
        found = _full_date(line)
        if found is not None:
            return found
    years = [int(m.group()) for line in lines for m in _ANY_YEAR.finditer(line)]
    for line in lines:
        match = _NO_YEAR.search(line)
        if match and years:
            return safe_date(years[0], MONTHS[match["mon"].lower()], int(match["d"]))
    return None


def _full_date(line: str) -> dt.date | None:
    for form in _FORMS:
        for match in form.finditer(line):
            groups = match.groupdict()
            month = int(groups["m"]) if groups.get("m") else MONTHS[groups["mon"].lower()]
            found = safe_date(int(groups["y"]), month, int(groups["d"]))
            if found is not None:
                return found
    return None
