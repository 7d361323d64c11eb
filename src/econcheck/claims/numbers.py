"""Parse numbers as news prose writes them: digits, words, fractions, ranges and units.

``parse_number`` reads one number phrase ("19%", "nineteen percent", "3-4%", "between 2
and 3 percent", "half a percentage point"). ``NUMBER_PHRASE`` is the same grammar as a
regex fragment, which ``quantities.py`` embeds to find numbers inside sentences.
Fractions without a unit are read as percent of something ("a fifth" of its value is 20).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from econcheck.claims.vocab import FRACTION_WORDS, TENS_WORDS, UNIT_WORDS


class NumberUnit(StrEnum):
    """The unit written after a number (currencies are handled in ``units.py``)."""

    PERCENT = "percent"
    POINTS = "pp"
    BP = "bp"
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedNumber:
    """A number phrase: value, optional range end, unit, and the numerals as written."""

    value: Decimal
    value_max: Decimal | None = None
    unit: NumberUnit = NumberUnit.NONE
    text: str = ""
    is_word: bool = False


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_VULGAR = "½¼¾⅓⅔⅛"
_FRACTION_TAIL = rf"(?:[- ][1-9]/[2348](?![/\d])|[{_VULGAR}])"
#: "5,9%", "R13,86/$": a decimal comma, read only before a percent unit or a per-dollar slash
#: (a thousands comma has 3 digits).
#: "$1,0434", "R14,2258": four or more digits after a lone comma are decimals in any case.
#: "1 184,6%", "1 600%": thousands grouped by spaces, with or without a decimal comma (also only
#: before a percent, or after a dollar sign: "Z$8 000").
_DECIMAL_COMMA = (
    r"(?<![\d,.])(?<![\d,.]\s)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?=\s?%)|"
    # "Z$8 000": thousands grouped by spaces after a dollar sign
    r"(?<=\$)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)|"
    r"\d{1,3},\d{1,2}(?=\s?%|\s{1,2}(?i:per[- ]?cent|pc\b)|/(?:US)?\$|/€|/£)"
    r"|(?<![\d,])\d{1,3},\d{4,}(?![\d,])"
    # "2.959,8%": thousands grouped by dots before a decimal comma (Spanish and Portuguese usage)
    r"|(?<![\d,.])\d{1,3}(?:\.\d{3})+,\d{1,2}(?=\s?%)"
    # the low end of a range in decimal commas: "between 3,5 and 4,5%"
    r"|(?<![\d,])\d{1,3},\d{1,2}(?=(?:\s+(?i:and|to)\s+|\s?[-–]\s?)\d{1,3},\d{1,2}\s?%)"
)
_DIGITS = (
    rf"(?:[1-9]/[2348](?![/\d])|{_DECIMAL_COMMA}"
    rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{_FRACTION_TAIL}?"
    rf"|[{_VULGAR}])"
)
_VULGAR_VALUES = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅓": "0.33", "⅔": "0.67", "⅛": "0.125"}
_MIXED = re.compile(r"(?P<whole>\d+)?[- ]?(?:(?P<num>[1-9])/(?P<den>[2348])|(?P<vulgar>[½¼¾⅓⅔⅛]))")
_UNIT_WORD = _alternation(list(UNIT_WORDS))
_TENS_WORD = _alternation(list(TENS_WORDS))
_WORD_INT = rf"(?:(?:{_TENS_WORD})(?:[- ](?:{_UNIT_WORD}))?|(?:{_UNIT_WORD}))"
_FRACTION = _alternation(list(FRACTION_WORDS))
# "by quarter of a percentage point": a fraction with no article, only before its unit
_BARE_FRACTION = (
    r"quarter(?=\s+of\s+(?:an?|one)\s+(?:percentage[- ]points?|point|per[- ]?cent|percent)\b)"
)
_FRACTIONS = {**FRACTION_WORDS, "quarter": (1, 4)}  # values, also of the bare "quarter"
# "two-point-four percent", "zero point two": a decimal read out in words
# "zero-point-25": a broadcaster's transcript writes the decimals in digits
_POINT_DECIMAL = rf"(?:{_WORD_INT})[- ]point(?:(?:[- ](?:{_UNIT_WORD})(?![\w-]))+|-\d+(?![\d.]))"
_WORD_NUM = (
    rf"(?:{_POINT_DECIMAL}|{_WORD_INT}[\s-]+and[\s-]+a[\s-]+half|{_FRACTION}|{_BARE_FRACTION}|"
    rf"(?<!of )a\s+(?:full\s+)?(?=percentage)|{_WORD_INT})"
)
# "+3.8%": an explicit plus (Central European statistics releases write it)
_SIGN = r"(?:[-−–+](?=\d)|minus\s+|negative\s+)?"

#: One number, as digits or words, with an optional sign.
NUMBER = rf"{_SIGN}(?:{_DIGITS}|\.\d+|(?i:{_WORD_NUM}))"

#: The percent-like units ("%", "per cent", "percentage points", "basis points", "bp").
UNIT = (
    r"(?:\s?%[- ]?(?i:points?|pts?)\b|\s?%|"
    r"(?:-|\s{1,2})?(?i:per[- ]?cent(?:age)?[- ]points?|percentage[- ]points?|"
    r"percent(?:age)?[- ]pts?|ppts?|pp|pts?|points?|basis[- ]points?|base[- ]points?|"
    r"bps|bp|per[- ]?cent|pct|pc)\b)"
)
# "a quarter of a percentage point", "one-quarter of one percentage point", "½ a percentage
# point", "a quarter of a per cent"
_UNIT_OF = (
    rf"(?:{UNIT}|\s+of\s+(?:an?|one)\s+(?i:percentage[- ]points?|point|per[- ]?cent\b|percent\b)"
    r"|(?<=[½¼¾⅓⅔⅛])\s+an?\s+(?i:percentage[- ]points?|point))"
)

#: A number phrase: one number or a range, each end with an optional unit.
NUMBER_PHRASE = (
    rf"(?:(?i:between)\s+(?P<lo1>{NUMBER})(?P<u1>{UNIT})?\s+and\s+(?P<hi1>{NUMBER})(?P<uh1>{UNIT})?"
    rf"|(?P<lo2>{NUMBER})(?:(?<=[\d½¼¾⅓⅔⅛])(?P<u2>{UNIT})?(?:[-–—]|\s[-–—]\s?)|\s+(?i:to|or)\s+)"
    # (not "2.7798 to one USD": the price of one unit)
    rf"(?P<hi2>{_DIGITS}|(?!(?i:one\s+(?:dollar|euro|pound|yuan))|one\s+[A-Z])(?i:{_WORD_INT}))"
    rf"(?P<uh2>{UNIT})?(?=\W|$)"
    rf"|(?P<one>{NUMBER})(?P<u3>{_UNIT_OF})?)"
)

_PHRASE_RE = re.compile(rf"\s*{NUMBER_PHRASE}\s*", re.UNICODE)
_SPACES = re.compile(r"\s+")
_SPACED_DECIMAL_COMMA = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d{1,2})?")
_DOTTED_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}")
_DECIMAL_COMMA_VALUE = re.compile(r"\d{1,3},(?:\d{1,2}|\d{4,})")


@functools.lru_cache(maxsize=256)  # pure; the same few numbers recur in every article
def parse_value(text: str) -> Decimal | None:
    """Return the value of one number written in digits or words, or None.

    >>> parse_value("1,234.5"), parse_value("nineteen"), parse_value("twenty-one")
    (Decimal('1234.5'), Decimal('19'), Decimal('21'))
    >>> parse_value("a fifth"), parse_value("two and a half"), parse_value("minus 0.2")
    (Decimal('20'), Decimal('2.5'), Decimal('-0.2'))
    >>> parse_value("many") is None
    True
    """
    raw = _SPACES.sub(" ", text.strip().lower())
    sign = Decimal(1)
    for prefix in ("minus ", "negative ", "-", "−", "–"):
        if raw.startswith(prefix):
            sign, raw = Decimal(-1), raw[len(prefix) :].strip()
            break
    else:
        raw = raw.removeprefix("+")  # "+3.8%"
    value = _digits_value(raw)
    if value is None:
        value = _word_value(raw)
    return None if value is None else sign * value


def _digits_value(raw: str) -> Decimal | None:
    """Parse digits, including fractions: "4-1/2", "1/4", "2¾".

    >>> _digits_value("4-1/2"), _digits_value("1/4"), _digits_value("2¾"), _digits_value("½")
    (Decimal('4.5'), Decimal('0.25'), Decimal('2.75'), Decimal('0.5'))
    """
    mixed = _MIXED.fullmatch(raw)
    if mixed is not None:
        whole = Decimal(mixed["whole"] or 0)
        if mixed["vulgar"]:
            return whole + Decimal(_VULGAR_VALUES[mixed["vulgar"]])
        return whole + Decimal(mixed["num"]) / Decimal(mixed["den"])
    if not raw or not (raw[0].isdigit() or raw[0] == "."):
        return None
    if "," in raw and "." in raw and _DOTTED_DECIMAL_COMMA.fullmatch(raw):
        raw = raw.replace(".", "").replace(",", ".")  # "2.959,8"
    elif _SPACED_DECIMAL_COMMA.fullmatch(raw):
        raw = raw.replace(" ", "").replace(",", ".")  # "1 184,6", "1 600"
    elif _DECIMAL_COMMA_VALUE.fullmatch(raw):
        raw = raw.replace(",", ".")
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def _word_value(raw: str) -> Decimal | None:
    if "point" in raw:
        return _point_decimal(raw)
    if raw.replace("-", " ").endswith(" and a half"):
        whole = _word_int(raw.replace("-", " ").removesuffix(" and a half"))
        return None if whole is None else whole + Decimal("0.5")
    if raw in _FRACTIONS:
        num, den = _FRACTIONS[raw]
        return plain((Decimal(100 * num) / den).quantize(Decimal("0.01")))
    if raw in {"a", "a full"}:
        return Decimal(1)
    return _word_int(raw)


def _point_decimal(raw: str) -> Decimal | None:
    """Return the value of a decimal read out in words.

    >>> _point_decimal("two-point-four"), _point_decimal("zero point two five")
    (Decimal('2.4'), Decimal('0.25'))
    >>> _point_decimal("zero-point-75")
    Decimal('0.75')
    """
    whole, _, decimals = raw.replace("-", " ").partition(" point ")
    integer = _word_int(whole.strip())
    if decimals.strip().isdigit():
        return None if integer is None else Decimal(f"{integer}.{decimals.strip()}")
    digits = [UNIT_WORDS.get(word) for word in decimals.split()]
    if integer is None or not digits or any(d is None or d > 9 for d in digits):
        return None
    return Decimal(f"{integer}.{''.join(str(d) for d in digits)}")


def plain(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation.

    >>> plain(Decimal("20.00")), plain(Decimal("33.30")), plain(Decimal("-0"))
    (Decimal('20'), Decimal('33.3'), Decimal('0'))
    """
    value = value.normalize()
    if value == 0:
        return Decimal(0)
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # type: ignore[operator]


def _word_int(raw: str) -> Decimal | None:
    if raw in UNIT_WORDS:
        return Decimal(UNIT_WORDS[raw])
    head, _, tail = raw.replace("-", " ").partition(" ")
    if head in TENS_WORDS and (not tail or tail in UNIT_WORDS):
        return Decimal(TENS_WORDS[head] + UNIT_WORDS.get(tail, 0))
    return None


def parse_unit(text: str | None) -> NumberUnit:
    """Classify a unit as written after a number.

    >>> parse_unit("%"), parse_unit(" percentage points"), parse_unit("bps"), parse_unit(None)
    (<NumberUnit.PERCENT: 'percent'>, <NumberUnit.POINTS: 'pp'>, <NumberUnit.BP: 'bp'>, \
<NumberUnit.NONE: 'none'>)
    >>> parse_unit(" %-point"), parse_unit("% points")
    (<NumberUnit.POINTS: 'pp'>, <NumberUnit.POINTS: 'pp'>)
    """
    if not text:
        return NumberUnit.NONE
    low = text.strip(" -").lower().lstrip("% -")
    if low.startswith(("basis", "base", "bp")):
        return NumberUnit.BP
    if "point" in low or low.startswith(("pp", "pt")):
        return NumberUnit.POINTS
    return NumberUnit.PERCENT


def parse_number(text: str) -> ParsedNumber | None:
    """Parse a whole number phrase, or return None when it is not one.

    >>> p = parse_number("19%"); p.value, p.unit.value, p.text
    (Decimal('19'), 'percent', '19')
    >>> p = parse_number("nineteen percent"); p.value, p.unit.value, p.is_word
    (Decimal('19'), 'percent', True)
    >>> p = parse_number("3-4%"); p.value, p.value_max, p.unit.value
    (Decimal('3'), Decimal('4'), 'percent')
    >>> p = parse_number("between 2 and 3 percent"); p.value, p.value_max, p.text
    (Decimal('2'), Decimal('3'), '2 and 3')
    >>> p = parse_number("4.75%-5%"); p.value, p.value_max
    (Decimal('4.75'), Decimal('5'))
    >>> p = parse_number("half a percentage point"); p.value, p.unit.value
    (Decimal('0.5'), 'pp')
    >>> p = parse_number("200 basis points"); p.value, p.unit.value
    (Decimal('200'), 'bp')
    >>> p = parse_number("a fifth"); p.value, p.unit.value
    (Decimal('20'), 'percent')
    >>> parse_number("1.05").value, parse_number("1,234.5").value
    (Decimal('1.05'), Decimal('1234.5'))
    >>> parse_number("15 percent").value, parse_number("-0.2%").value
    (Decimal('15'), Decimal('-0.2'))
    >>> parse_number("hello") is None
    True
    """
    match = _PHRASE_RE.fullmatch(text)
    return None if match is None else number_from_match(match)


def number_from_match(match: re.Match[str]) -> ParsedNumber | None:
    """Build a ParsedNumber from a match of ``NUMBER_PHRASE`` (used by quantities.py)."""
    groups = match.groupdict()
    for lo, hi, units in (("lo1", "hi1", ("u1", "uh1")), ("lo2", "hi2", ("u2", "uh2"))):
        if groups.get(lo) is not None:
            low, high = parse_value(groups[lo]), parse_value(_expanded(groups[lo], groups[hi]))
            if low is None or high is None:
                return None
            if high < low and lo == "lo1":
                # "ranging between 12.37% and 11.85%" (but "from 12.75 to 12.25" is a move)
                low, high = high, low
            unit = parse_unit(groups[units[1]] or groups[units[0]])
            text = match.string[match.start(lo) : match.end(hi)]
            return ParsedNumber(
                value=low, value_max=high, unit=unit, text=text, is_word=_is_word(text)
            )
    one = groups.get("one")
    value = None if one is None else parse_value(one)
    if value is None or one is None:
        return None
    unit = parse_unit(groups.get("u3"))
    if one.strip().lower() in _FRACTIONS and unit is not NumberUnit.NONE:
        value = value / 100  # "half a percentage point" is 0.5 points, not 50
    elif one.strip().lower() in _FRACTIONS:
        unit = NumberUnit.PERCENT
    return ParsedNumber(value=value, unit=unit, text=one.strip(), is_word=_is_word(one))


def _expanded(low: str, high: str) -> str:
    """Return a range's top written as its last digits in full: "104.77-78" is 104.77 to
    104.78, "1.2080-2081" is 1.2080 to 1.2081 (Japanese market reports); "4.5-5" is as
    written.

    >>> _expanded("104.77", "78"), _expanded("1.2080", "2081"), _expanded("4.5", "5")
    ('104.78', '1.2081', '5')
    """
    low, high = low.strip(), high.strip()
    if "." not in low or not high.isdigit() or not low.replace(".", "").isdigit():
        return high
    whole, decimals = low.split(".")
    digits = whole + decimals
    below = Decimal(high) < Decimal(low)  # "104.77-78"
    tail = len(decimals) >= 2 and len(high) == len(decimals) and Decimal(high) > 10 * Decimal(low)
    if not (below or tail) or len(high) >= len(digits):
        return high
    joined = digits[: len(digits) - len(high)] + high
    return joined[: len(whole)] + "." + joined[len(whole) :]


def is_abbreviated(low: str, high: str) -> bool:
    """Return True for a range top written as the bottom's last digits ("104.77-78")."""
    return _expanded(low, high) != high.strip()


def _is_word(text: str) -> bool:
    return not any(map(str.isdigit, text))
