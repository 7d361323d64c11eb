"""Folding neighbouring quantities: "from X to Y", ranges, and units shared by a list.

"from 90 to 100 rubles" is 100 with ``from_value`` 90; "a 4.75% to 5% range" is one
quantity with ``value_max``; "0.5 and 0.4 per cent" gives the first figure the unit of the
last. "rose 2% to 9%" stays two quantities (a change and a level).
"""

from __future__ import annotations

import re
from dataclasses import replace

from econcheck.claims.quantity import QKind, Quantity

# "forecasts ranging from 68.2% to 70.54%": a range of values, not a move
RANGING_RE = re.compile(
    # "ranging from 68.2% to 70.54%", "The range of forecasts was from 2,5% to 5,2%"
    r"\b(?:rang(?:e|es|ed|ing)|span(?:s|ned|ning)?)\s+"
    r"(?:of\s+(?:forecasts|estimates|projections)\s+(?:was|is)\s+)?from\s+$",
    re.IGNORECASE,
)
FROM_BEFORE_RE = re.compile(
    r"(?i:\bfrom)\s+(?i:(?:the\s+)?(?:current|present|existing)\s+"
    # "falling sharply, from around 0.9530 to 0.9430": the move's start is approximate
    r"|(?:about|around|roughly|approximately|some)\s+"
    # "Sterling has dived from a high of 1.50 dollars to below 1.36 dollars", "fallen from an
    # official rate of 198 to 310 to the dollar"
    r"|(?:an?|the|its)\s+(?:[\w-]+\s+)?(?:high|low|peak|level)\s+of\s+|an?\s+(?:[\w-]+\s+)?rate\s+of\s+"
    # "falling from a sluggish 0.4 per cent to 0.3 per cent": one word for the start
    r"|an?\s+(?:sluggish|modest|meagre|meager|robust|solid|strong|weak|revised|healthy|"
    r"brisk|tepid|paltry|whopping|hefty|steep|sharp|mere|lofty|dizzying|record)\s+)?$"
)
_MOVES = (
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased|decreased|declined|dropped|"
    r"climbed|jumped|slowed|eased|accelerated|cut|raised|lowered|grew|shrank|gained|lost|up|down|"
    # "growth was revised upward 0.3 percent to 1.7 percent": the revision, then the level
    r"revised|upgraded|downgraded|reduced|hiked|lifted|trimmed)"
)
_TO_AFTER = re.compile(
    r"\s*,?\s*(?i:to)\s+(?:(?i:under|below|less\s+than|above|over|more\s+than|about|around|"
    r"nearly|almost|just\s+under|just\s+over)\s+)?"
)
# "0% – 0.10%" (a spaced dash), "IDR 13,400 - IDR 13,700" (a spaced hyphen)
_RANGE_TO = re.compile(r"\s*(?i:to)\s+|\s+[-–—]\s+")
_RANGE_AND = re.compile(r"\s+(?i:and)\s+")
# "between P55.50 and P55.70", "moved in a range of 82.98 and 83.20"
_BETWEEN = re.compile(r"\b(?i:between|range\s+of)\s+$")
# "rose 2% to 9%" is a change and a level, "growth of 3% to 3.5%" a range.
# "rose 2% to 9%" is a move and a level; "fall to 2% to 3%" is a range again
_NOT_RANGE_BEFORE = re.compile(
    # "by a massive 21% to 118%": up to two words between, the first not "to"
    rf"(?:\b(?:by|from)|{_MOVES})\s+(?!to\b)(?:\w+\s+){{0,2}}$"
    # "raised its official cash rate 0.25 per cent to 7 per cent": the move, then the level
    r"|\b(?:raised|cut|lowered|reduced|hiked|lifted|trimmed|slashed|increased)\s+"
    r"(?:its|the|their)\s+(?:[\w-]+\s+){0,4}?rates?\s+$",
    re.IGNORECASE,
)


def merge_quantities(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Return ``found`` (in order) with shared units given, from-to pairs and ranges folded."""
    return _merge_ranges(sentence, _merge_from_to(sentence, _shared_units(sentence, found)))


def _merge_from_to(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Fold "from X to Y" and "to Y from X" into Y with ``from_value`` X."""
    merged: list[Quantity] = []
    index = 0
    while index < len(found):
        current = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and _is_from_to(sentence, current, following):
            if RANGING_RE.search(sentence, max(0, current.start - 30), current.start):
                merged.append(_as_range(current, following))  # "ranging from 68.2% to 70.54%"
            else:
                merged.append(_with_from(following, current, start=current.start))
            index += 2
            continue
        merged.append(current)
        index += 1
    return merged


def _is_from_to(sentence: str, first: Quantity, second: Quantity) -> bool:
    window = max(0, first.start - 30)
    if not FROM_BEFORE_RE.search(sentence, window, first.start):
        return False
    gap = _TO_AFTER.fullmatch(sentence, first.per_end, second.start)
    return gap is not None and _compatible(first, second)


def _compatible(first: Quantity, second: Quantity) -> bool:
    if first.kind is QKind.BARE:
        return second.kind in (QKind.BARE, QKind.MONEY, QKind.PERCENT)
    return first.kind is second.kind or (first.kind, second.kind) == (QKind.MONEY, QKind.BARE)


def _as_range(low: Quantity, high: Quantity) -> Quantity:
    return replace(
        low, end=high.end, num_end=high.num_end, value_max=high.value, per_end=high.per_end
    )


def _with_from(target: Quantity, source: Quantity, *, start: int) -> Quantity:
    return Quantity(
        start=start,
        end=target.end,
        num_start=source.num_start,
        num_end=target.num_end,
        value=target.value,
        value_max=target.value_max,
        text=target.text,
        kind=target.kind,
        currency=target.currency or source.currency,
        per=target.per or source.per,
        per_end=target.per_end,
        from_value=source.value,
        is_word=target.is_word,
    )


_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_FROM_LINK = re.compile(r"\s+from\s+", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?)\s+(?:the\s+)?(?:U\.?S\.?\s+)?[\w$€£¥]+\s+(?:at|to)\s+$",
    re.IGNORECASE,
)


def _shared_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Give "0.5 and 0.4 per cent" the unit of its last figure (not "between 0.5 and 0.7%")."""
    out = list(found)
    for index in range(len(out) - 2, -1, -1):
        bare, unit = out[index], out[index + 1]
        if (
            bare.kind is QKind.BARE
            and bare.currency is None
            and bare.per is None
            and not bare.is_word
            and unit.kind in (QKind.PERCENT, QKind.POINTS, QKind.BP)
            and (
                _LIST_LINK.fullmatch(sentence, bare.end, unit.start)
                # "dropped to 14.7 from 15 per cent": the level before its from-value
                or (
                    _FROM_LINK.fullmatch(sentence, bare.end, unit.start) is not None
                    and _TO_BEFORE.search(sentence, max(0, bare.start - 4), bare.start) is not None
                )
            )
            and not _BETWEEN_BEFORE.search(sentence, max(0, bare.start - 9), bare.start)
            # "stronger against the dollar at 44.8 and 1.7 percent stronger against the
            # euro": a currency's quote, then the next item's move
            and not _QUOTE_BEFORE.search(sentence, max(0, bare.start - 40), bare.start)
        ):
            out[index] = replace(bare, kind=unit.kind, per_end=bare.end)
    for index in range(1, len(out)):
        bare, back = out[index], index - 1
        if back > 0 and _YEAR.fullmatch(out[back].text):
            back -= 1  # the year between them may still be listed (masked later)
        unit = out[back]
        if (
            bare.kind is QKind.BARE
            and bare.currency is None
            and bare.per is None
            and not bare.is_word
            and unit.kind is QKind.PERCENT
            and (
                (
                    _ELLIPSIS_GAP.fullmatch(sentence, unit.per_end, bare.start)
                    and _ELLIPSIS_AFTER.match(sentence, bare.end)
                    # (not "rose 4.1 percent in May and 112 in June": an index level)
                    and abs(bare.value) <= 5 * abs(unit.value) + 5
                )
                or (
                    _FROM_GAP.fullmatch(sentence, unit.per_end, bare.start)
                    and (after := _FROM_AFTER.match(sentence, bare.end)) is not None
                    # "by 1.75 percent from 175.18 in December to 176.93": index levels
                    and _TO_BARE.match(sentence, after.end()) is None
                )
            )
        ):
            out[index] = replace(bare, kind=unit.kind, per_end=bare.end)
    return out


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?"
)
# "grow by 2.6 percent in 2021 and 7.5 in 2022": the unit left out of the later figures; so
# "down from 39.89 percent in April and 40.97 in March"
_YEAR = re.compile(r"(?:19|20)\d\d")
_ELLIPSIS_GAP = re.compile(
    rf"\s+(?:(?:in|for)\s+(?:19|20)\d\d|(?:in|for)\s+{_MONTH}|"
    r"(?:(?:in|for)\s+)?(?:this|next)\s+year)"
    # "4.8 percent in 2017, 5.8 in 2018, and 5.0 in 2019": a list of them
    r"(?:\s*,\s*(?:(?:and|while)\s+)?|\s+(?:and|while)\s+)",
    re.IGNORECASE,
)
_ELLIPSIS_AFTER = re.compile(
    rf"\s+(?:(?:in|for)\s+(?:19|20)\d\d|(?:in|for)\s+{_MONTH}|"
    r"(?:(?:in|for)\s+)?(?:this|next)\s+year)\b",
    re.IGNORECASE,
)


# "dropped to 25.7 percent from 27.0 in December", "to 5.2% in July from 5.3 in June": the unit
# left out of the figure a move started from, dated by a month of its own
# "to 3.3 percent, year-on-year, this February, from 2.7 in January", "to 0.5 per cent in the
# second quarter from 1.4 in the first"
_FROM_GAP = re.compile(
    r"(?:\s*,?\s*(?:year[- ]on[- ]year|month[- ]on[- ]month|y/y|m/m|on\s+the\s+year)\s*,?)?"
    rf"\s*(?:(?:in\s+|this\s+)?{_MONTH}\s*,?\s*|in\s+the\s+(?:first|second|third|fourth)\s+"
    r"quarter\s+)?(?:(?:down|up)\s+)?from\s+(?:an?\s+|the\s+)?(?:positive\s+|negative\s+)?",
    re.IGNORECASE,
)
_FROM_AFTER = re.compile(
    # "from 5.3 recorded in December", "from 7.9 as of November"
    rf"\s+(?:(?:(?:recorded|registered|seen|reported|posted|logged)\s+)?in\s+{_MONTH}\b|"
    rf"as\s+of\s+{_MONTH}\b|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+month\b|"
    r"in\s+the\s+(?:first|second|third|fourth|previous|prior|preceding)(?:\s+quarter)?\b|"
    r"a\s+month\s+(?:earlier|before)\b|a\s+year\s+(?:earlier|ago|before)\b|previously\b|"
    r"earlier\b)",
    re.IGNORECASE,
)


_TO_BARE = re.compile(r"\s*,?\s+to\s+\d[\d,.]*(?!\s*(?:%|per\s*cent|percent|pc\b))", re.IGNORECASE)

_OR = re.compile(r"\s+or\s+", re.IGNORECASE)


def _is_alternative(sentence: str, first: Quantity, second: Quantity) -> bool:
    """Return True for two close percentages joined by "or": "3.4% or 3.5%"."""
    return (
        first.kind is QKind.PERCENT
        and second.kind is QKind.PERCENT
        and first.value_max is None
        and second.value_max is None
        and first.value != second.value
        and abs(first.value - second.value) <= 1
        and _OR.fullmatch(sentence, first.end, second.start) is not None
    )


def _merge_ranges(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Fold "a range of 4.75% to 5%", "between R13.50 and R13.70" into one quantity with
    ``value_max``."""
    merged: list[Quantity] = []
    for quantity in found:
        last = merged[-1] if merged else None
        if last is not None and _is_alternative(sentence, last, quantity):
            # "3.4% or 3.5%", "3.1% or 3%": two guesses of one figure, a range
            low, high = sorted((last.value, quantity.value))
            merged[-1] = replace(
                last,
                end=quantity.end,
                num_end=quantity.num_end,
                value=low,
                value_max=high,
                text=sentence[last.num_start : quantity.num_end],
                per=quantity.per,
                per_end=quantity.per_end,
            )
            continue
        # "between P55.50 and P55.70": each figure with its own prefix; "between 97.37 US
        # cents and 96.55 cents": a range named high end first
        between = (
            last is not None
            and _RANGE_AND.fullmatch(sentence, last.end, quantity.start) is not None
            and _BETWEEN.search(sentence, max(0, last.start - 12), last.start) is not None
        )
        if (
            last is not None
            and last.kind is quantity.kind
            # ("1 USD to 2.7303 GEL" is an exchange rate, not a range)
            and (None in (last.currency, quantity.currency) or last.currency == quantity.currency)
            and last.value_max is None
            and (last.value < quantity.value or (between and last.value > quantity.value))
            and (_RANGE_TO.fullmatch(sentence, last.end, quantity.start) or between)
            and not _NOT_RANGE_BEFORE.search(sentence, max(0, last.start - 30), last.start)
        ):
            merged[-1] = Quantity(
                start=last.start,
                end=quantity.end,
                num_start=last.num_start,
                num_end=quantity.num_end,
                value=min(last.value, quantity.value),
                value_max=max(last.value, quantity.value),
                text=sentence[last.num_start : quantity.num_end],
                kind=quantity.kind,
                currency=quantity.currency or last.currency,
                per=quantity.per,
                per_end=quantity.per_end,
            )
            continue
        merged.append(quantity)
    return merged
