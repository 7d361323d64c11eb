"""Numbers with their units inside one sentence: percents, points, money, rates per currency.

A quantity is a number phrase (``numbers.NUMBER_PHRASE``) plus what is written around
it: a currency symbol or code before ("$1.05", "USD 98"), a unit or currency after
("19%", "50 basis points", "98 rubles"), a "per dollar" / "to the dollar" / "against the
euro" phrase, and "from X to Y". Numbers inside time expressions are skipped, and so are
scaled amounts ("$1.2 trillion") and word numbers without a unit ("one of them").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.currency_names import EXTRA_SYMBOL_CHARS, currency_lexicon, symbol_pattern
from econcheck.claims.numbers import (
    NUMBER_PHRASE,
    NumberUnit,
    ParsedNumber,
    is_abbreviated,
    number_from_match,
)
from econcheck.claims.quantity import QKind, Quantity
from econcheck.claims.quantity_merges import FROM_BEFORE_RE, RANGING_RE, merge_quantities
from econcheck.claims.quantity_money import (
    BAND,
    GLUED_SUBUNIT,
    SCALE,
    SUBUNITS,
    band_top,
    currency_after,
    glued_currency,
    glued_key,
    per_phrase,
    per_units,
    prefix_currency,
    with_ask,
)
from econcheck.claims.trie import first_chars, has_any_word
from econcheck.claims.units import currency_at
from econcheck.claims.vocab import RATIO_VERBS

__all__ = ["GLUED_SUBUNIT", "SUBUNITS", "QKind", "Quantity", "find_quantities", "is_zero_word"]


# Larger numbers are amounts, never rates; this also keeps Decimal arithmetic exact.
_TOO_BIG = Decimal(10) ** 9
# "a third of its value", "half its value": a share of something, not a bare fraction word
_FRACTION_OF = re.compile(
    r"\s+(?:of\s+(?:its|their|the|his|her)\b|(?:its|their)\s+(?:\w+\s+)?value\b)", re.IGNORECASE
)
# "weakened by close to a quarter", "depreciated by almost half": verbs of a currency's value;
# "could shrink by a third": of an economy
_FRACTION_MOVE = re.compile(
    r"\b(?:depreciated|appreciated|devalued|weakened|strengthened|shrink|shrank|shrunk|"
    r"shrinking|contract|contracted|contracting)\s+by\s+"
    r"(?:(?:about|almost|nearly|close\s+to|more\s+than|over|roughly|some)\s+)?$",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"-[A-Za-z]")
# "fell below the 62-mark": a level named with its mark, not a compound adjective
_MARK = re.compile(r"-(?:mark|level|handle|line|barrier)\b", re.IGNORECASE)
# "GDP was flat", "the economy stagnated", "prices were unchanged": a change of zero. Only
# output and price-level cues accept it (rates.py): "inflation was unchanged" is no zero.
_ZERO_RE = re.compile(
    r"\b(?:(?:was|were|remained|stayed|held|came\s+in)\s+(?P<w>flat|unchanged)"
    r"|(?P<v>stagnated|stalled))\b(?!\s+(?:at|near|around)\b)"
    # "forecasts zero gross domestic product (GDP) growth for Iran in 2020": zero percent
    r"|\b(?P<z>zero)(?=\s+(?:[\w()-]+\s+){0,4}?growth\b)",
    re.IGNORECASE,
)
_ZERO_HINT = ("flat", "unchanged", "stagnated", "stalled", "zero")
_RATIO_RE = re.compile(rf"{first_chars(RATIO_VERBS)}\b(?:{'|'.join(RATIO_VERBS)})\b", re.IGNORECASE)
# The leading lookaheads name the first characters of a match (speed only).
_DIGIT_START = re.compile(
    r"(?=[-−–+.\d½¼¾])(?:(?<![\w.,/])|(?<=(?<![A-Za-z])N)|(?<=(?<![A-Za-z])LL)|(?<=(?<![A-Za-z])R)|"
    r"(?<=(?<![A-Za-z])Rp)|(?<=(?<![A-Za-z])RM)|(?<=(?<![A-Za-z])P)|(?<=(?<![A-Za-z])Rs)|"
    r"(?<=(?<![A-Za-z])Tk)|(?<=(?<![A-Za-z])Hr)|(?<=(?<![A-Za-z])S/)|(?<=(?<![A-Za-z])S/\.)|"
    r"(?<=(?<![A-Za-z])Ps)|"
    r"(?<=(?<![A-Za-z])Sh)|(?<=(?<![A-Za-z])K)|(?<=(?<![A-Za-z])Y)|(?<=(?<![A-Za-z])[KTU]Sh)|"
    r"(?<=(?<![A-Za-z])[KTU]sh)|(?<=(?<![A-Za-z])S[Ff]r)|"
    r"(?<=(?<![A-Za-z])K[cč])|(?<=(?<![A-Za-z])G[Hh])|(?<=(?<![A-Za-z])G[Hh][¢₵])|"
    r"(?<=(?<![A-Za-z])[A-Z]{3})|(?<=(?<![A-Za-z])US))"  # an ISO code: "CLP467.60"; "US66c"
    r"(?<![A-Za-z]-)"
    r"(?:[-−–+](?=\d)|\.(?=\d)|\d|[½¼¾])"
)  # "N818.99/$1", "LL69,000" may start a number; see _GLUED_PREFIX_PATTERN
_WORDY = re.compile(r"(?=(?i:[fhpqt]))(?i:percent|per\s*cent|point|half|third|quarter|fifth|tenth)")
_WORD_START = re.compile(
    r"(?=(?i:[abefhmnoqstz]))"
    r"(?<![\w.,])(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|zero|half|quarter|another|minus|negative|between)\b"
)
_YEAR_THEN_FIGURE = re.compile(r"(?:19|20)\d\d")
_LEAD_BEFORE = re.compile(r"(?i:between|minus|negative)\s+$")
_LEAD_WORDS = ("between", "minus", "negative")  # none in the sentence: skip _LEAD_BEFORE
_LEAD_HINT = re.compile("|".join(_LEAD_WORDS), re.IGNORECASE)


# Some papers glue a currency's letters to the figure: the naira's "N" ("N818.99/$1"), the
# Lebanese lira's "LL" ("LL69,000 to the dollar"), the Philippine peso's "P" ("P58.78"), a
# Latin American peso's "Ps" ("Ps18.83/$1"). Read
# so only before a price of a dollar, or when the currency is in play (named in the sentence,
# or the article's own): "N95 masks" stay masks.
_GLUED_PREFIX_PATTERN = (
    r"(?<![A-Za-z])(?:N|LL|Rp|R|Ps|P|Sh|K|Y)(?=\d)|(?<![A-Za-z])(?:Rs\.?|Hr)\s?(?=\d)"
    # "US66.10 cents", "US66.29c": New Zealand papers price the kiwi so
    r"|(?<![A-Za-z])US\s?(?=\d[\d.]*\s?(?:cents?\b|c\b|¢))"
)
# the letters of a local currency written before its figure, with or without a space
_LOCAL_PREFIXES = r"(?<![A-Za-z])(?:KD|BD|RO|QR|Tk|RM|Rp|NIS|[KTU][Ss]h|K[cč]|G[Hh][¢₵]?|S[Ff]r)"
# "Rp 16,400": the rupiah's letters with a space
_LOCAL_PREFIX_PATTERN = rf"{_LOCAL_PREFIXES}\s?(?=\d)"


@functools.cache
def _prefix_before() -> re.Pattern[str]:
    lex = currency_lexicon()
    codes = "|".join(sorted(lex.codes))
    lookahead = first_chars([*lex.symbols, *EXTRA_SYMBOL_CHARS, *lex.codes])
    return re.compile(
        rf"{lookahead[:-2]}NLKBRQTPHSUGY])(?:(?:{symbol_pattern()})\s?$|(?<![A-Za-z])(?:{codes})\s?$"
        r"|(?<![A-Za-z])(?:N|LL|Rp|R|Ps|P|Sh|K|Y|US)$|(?<![A-Za-z])(?:Rs\.?|Hr|US)\s?$"
        rf"|{_LOCAL_PREFIXES}\s?$)"
    )


@functools.cache
def _quantity_re() -> re.Pattern[str]:
    lex = currency_lexicon()
    codes = "|".join(sorted(lex.codes))
    source = (
        rf"(?P<pre>(?:{symbol_pattern()})\s?|(?<![A-Za-z])(?:{codes})(?:\s|(?=\d))|"
        rf"{_GLUED_PREFIX_PATTERN}|"
        rf"{_LOCAL_PREFIX_PATTERN})?(?(pre)|(?<![\w.,/]))"
        r"(?<![A-Za-z]-)"
        # never a number cut short: "£18.3bn" is no "£18" (but "300LKR": a code glued after)
        rf"(?P<num>{NUMBER_PHRASE})(?:(?![\w])(?![.,]\d)|(?={GLUED_SUBUNIT})"
        rf"|(?(pre)(?!)|(?=(?:{codes})(?![A-Za-z]))))"
    )
    return re.compile(source)


def find_quantities(
    sentence: str, masked: list[tuple[int, int]], *, home: str | None = None
) -> list[Quantity]:
    """Return the quantities in ``sentence`` outside the ``masked`` spans (date parts).

    >>> [(q.value, q.kind.value, q.per) for q in find_quantities("fell to 140 per U.S. dollar", [])]
    [(Decimal('140'), 'bare', 'USD')]
    >>> [(q.value, q.from_value, q.currency) for q in find_quantities("from 90 to 100 rubles", [])]
    [(Decimal('100'), Decimal('90'), 'RUB')]
    >>> [(q.value, q.from_value) for q in find_quantities("from 19% to 21%", [])]
    [(Decimal('21'), Decimal('19'))]
    >>> [(q.value, q.value_max) for q in find_quantities("a 4.75% to 5% range, one of them", [])]
    [(Decimal('4.75'), Decimal('5'))]
    >>> [q.value for q in find_quantities("it rose 2% to 9%", [])]
    [Decimal('2'), Decimal('9')]
    """
    found: list[Quantity] = []
    covered = 0
    for match in _matches(sentence):
        if match.start() < covered:
            continue
        if any(s < match.end("num") and match.start("num") < e for s, e in masked):
            continue
        quantity = _build(sentence, match, home)
        if quantity is not None:
            found.append(quantity)
            covered = max(match.end(), quantity.per_end)  # "41.28/$1 to": the 1 is the per
    found.extend(_ratios(sentence, home))
    if any(word in sentence for word in _ZERO_HINT):
        found.extend(_zeros(sentence))
    if "parity" in sentence:
        found.extend(_parities(sentence, home))
    found.sort(key=lambda q: q.start)
    merged = merge_quantities(sentence, found)
    if any(q.kind is QKind.BP for q in merged):
        return _levels_in_bp(sentence, merged)
    return merged


# "cut its repo rate to 500 basis points from 525 bps", "kept rates at 550 bps": a rate's
# level written in basis points (Gulf and some Asian press), not a move of that size
_LEVEL_IN_BP = re.compile(
    # "its repo rate, used to lend money to banks, to 250 basis points"
    r"\brates?(?:,[^,;.()\d]{1,60},)?\s+(?:(?:unchanged|steady)\s+)?(?:to|at)\s+"
    r"(?:about\s+|around\s+)?$"
    # "by 25 bps to 200 bps": a move in basis points, then the level so written
    r"|\bby\s+\d+\s*(?:basis\s+points?|bps?)\s+to\s+$",
    re.IGNORECASE,
)
_FROM_GAP = re.compile(
    r"(?:\s*\(bps?\))?\s*,?\s+from\s+(?:a\s+|the\s+)?(?:previous\s+|prior\s+)?", re.I
)
_HUNDRED = Decimal(100)


def _levels_in_bp(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Turn a rate's level written in basis points into percent, and the "from" figure in
    basis points right after it."""
    out: list[Quantity] = []
    for quantity in found:
        last = out[-1] if out else None
        level = quantity.kind is QKind.BP and (
            _LEVEL_IN_BP.search(sentence, max(0, quantity.start - 80), quantity.start)
            or (
                last is not None
                and last.kind is QKind.PERCENT
                and sentence[last.start : last.end].endswith(("points", "bps", "bp"))
                and _FROM_GAP.fullmatch(sentence, last.end, quantity.start)
            )
        )
        if level:
            quantity = replace(
                quantity,
                kind=QKind.PERCENT,
                value=quantity.value / _HUNDRED,
                value_max=None if quantity.value_max is None else quantity.value_max / _HUNDRED,
                from_value=None if quantity.from_value is None else quantity.from_value / _HUNDRED,
            )
        out.append(quantity)
    return out


# "the euro fell below parity with the dollar", "the loonie traded at parity against the
# greenback": one unit of a currency for one of the other, a rate of 1
_PARITY = re.compile(
    r"(?<=\s)parity\s+(?:with|against|to)\s+(?:the\s+)?(?!(?:level|point|line)\b)",
    re.IGNORECASE,
)


def _parities(sentence: str, home: str | None) -> list[Quantity]:
    """Return "parity with the dollar" as a rate of 1 quoted per the currency named after it."""
    found = []
    for match in _PARITY.finditer(sentence):
        mention = currency_at(sentence, match.end(), home=home)
        if mention is None or mention.code is None:
            continue
        start = match.start()
        word = _word_quantity(sentence, start, start + len("parity"), Decimal(1), QKind.BARE)
        found.append(replace(word, per=mention.code, per_end=mention.end))
    return found


def _zeros(sentence: str) -> list[Quantity]:
    """Return "was flat", "stagnated" as zero percent changes (``text`` is the word)."""
    found = []
    for match in _ZERO_RE.finditer(sentence):
        group = next(g for g in ("w", "v", "z") if match.group(g))
        start, end = match.span(group)
        found.append(_word_quantity(sentence, start, end, Decimal(0), QKind.PERCENT))
    return found


def _word_quantity(sentence: str, start: int, end: int, value: Decimal, kind: QKind) -> Quantity:
    """Return the word ``sentence[start:end]`` as a quantity of ``value`` (no digits)."""
    return Quantity(
        start=start,
        end=end,
        num_start=start,
        num_end=end,
        value=value,
        value_max=None,
        text=sentence[start:end],
        kind=kind,
        per_end=end,
        is_word=True,
    )


def is_zero_word(quantity: Quantity) -> bool:
    """Return True for a zero change said in words ("flat", "stagnated"), not "zero percent"."""
    return (
        quantity.is_word
        and quantity.value == 0
        and quantity.text.isalpha()
        and quantity.text.lower() != "zero"
    )


def _ratios(sentence: str, home: str | None) -> list[Quantity]:
    """Return "doubled", "halved" as ratio quantities (2, 0.5)."""
    found = []
    for match in _RATIO_RE.finditer(sentence):
        per, per_end = per_phrase(sentence, match.end(), home)
        found.append(
            Quantity(
                start=match.start(),
                end=match.end(),
                num_start=match.start(),
                num_end=match.end(),
                value=Decimal(RATIO_VERBS[match.group().lower()]),
                value_max=None,
                text=match.group(),
                kind=QKind.RATIO,
                per=per,
                per_end=per_end or match.end(),
                is_word=True,
            )
        )
    return found


def _matches(sentence: str) -> list[re.Match[str]]:
    """Match the quantity regex only where a number starts (much faster than scanning)."""
    starts = [m.start() for m in _DIGIT_START.finditer(sentence)]
    if _WORDY.search(sentence):
        starts.extend(m.start() for m in _WORD_START.finditer(sentence))
    regex = _quantity_re()
    found: list[re.Match[str]] = []
    has_lead = has_any_word(sentence, _LEAD_WORDS, _LEAD_HINT)
    for start in sorted(set(starts)):
        pos = start
        lead = _LEAD_BEFORE.search(sentence, max(0, pos - 12), pos) if has_lead else None
        if lead is not None:
            pos = lead.start()
        prefix = _prefix_before().search(sentence, max(0, pos - 6), pos)
        if prefix is not None:
            pos = prefix.start()
        match = regex.match(sentence, pos) or (
            regex.match(sentence, start) if pos != start else None
        )
        if match is not None and _YEAR_THEN_FIGURE.fullmatch(match.group("lo2") or ""):
            hi = match.group("hi2")
            if not _YEAR_THEN_FIGURE.fullmatch(hi) and " " in match.group():
                continue  # "the forecast for 2024 to 0.6%": a year, then the figure
        if match is not None and _glued_after_symbol(sentence, match):
            continue  # "$4,440USD": an amount in dollars, its code written again
        if match is not None and (not found or match.start() >= found[-1].end()):
            found.append(match)
    return found


def _glued_after_symbol(sentence: str, match: re.Match[str]) -> bool:
    end, start = match.end(), match.start()
    return (
        match.group("pre") is None
        and end < len(sentence)
        and sentence[end].isupper()
        and start > 0
        and sentence[start - 1] in "$€£¥"
    )


_CLOCK_AFTER = re.compile(
    r"(?:[.:][0-5]\d)?\s?(?:[AaPp]\.?[Mm]\.?)(?![A-Za-z])"
    # "by 1150 GMT", "at 0729 GMT": a time of day in a wire report
    r"|(?<=[0-2]\d[0-5]\d)\s?(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|IST|SGT|HKT|hrs)\b"
    # "as of 12:14 GMT", "by 16:30": hours and minutes
    r"|:[0-5]\d(?![\d.,])"
)
_CLOCK_BEFORE = re.compile(r"\d:$")


# a rate of a currency worth little, in millions or thousands per unit of another: "plunged as
# low as 1.02 million to the dollar", "1.5 million rials per dollar"
_SCALED_RATE = re.compile(
    r"\s(?P<scale>(?i:million|thousand))(?=\s+(?:[A-Za-z]+\s+)?(?i:per|to\s+the|against\s+the)\s)"
)
_SCALES = {"million": Decimal(10) ** 6, "thousand": Decimal(1000)}
# hyperinflation in millions: "inflation of more than 2 million percent"
_SCALED_PERCENT = re.compile(
    r"\s(?P<scale>(?i:million|thousand))(?:\s?%|\s+(?i:per\s?cent|percent)\b)"
)
# a currency worth little, in millions of its units, as the level a rate reached: "the dollar
# climbed to around 1.172 million rials" (never the major currencies: "200 million euros" is
# an amount)
_SCALE_WORD = re.compile(r"\s(?P<scale>(?i:million|thousand))\s")
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|of|fetched|fetching|bought|buying|reached|reaching|hit|hitting|past|above|below)"
    r"\s+(?:(?:around|about|nearly|almost|roughly|some|over|more\s+than)\s+)?[\d.,]+$",
    re.IGNORECASE,
)
_HARD_CURRENCIES = frozenset({"USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "SEK", "NOK"})


def _scale_after(sentence: str, end: int) -> tuple[re.Match[str], NumberUnit] | None:
    """Return the scale word after a bare number that makes it a rate, and the unit it gives:
    "1.02 million to the dollar", "2 million percent", "1.172 million rials"."""
    if not sentence[end : end + 9].lower().startswith((" million", " thousand")):
        return None  # (a cheap test first: most numbers have no scale word after them)
    for pattern, unit in ((_SCALED_RATE, NumberUnit.NONE), (_SCALED_PERCENT, NumberUnit.PERCENT)):
        match = pattern.match(sentence, end)
        if match is not None:
            return match, unit
    word = _SCALE_WORD.match(sentence, end)
    if word is None or not _LEVEL_BEFORE.search(sentence, max(0, end - 40), end):
        return None
    named = currency_at(sentence, word.end())
    if named is not None and named.code not in _HARD_CURRENCIES:
        return word, NumberUnit.NONE  # (not "placed 200 million euros": an amount of money)
    return None


def _scaled(sentence: str, end: int, parsed: ParsedNumber) -> tuple[ParsedNumber, int]:
    """Return the number times its scale word and where that word ends ("1.02 million to the
    dollar" is 1,020,000), or the number as it was."""
    scaled = _scale_after(sentence, end) if parsed.unit is NumberUnit.NONE else None
    if scaled is None:
        return parsed, end
    match, unit = scaled
    value = parsed.value * _SCALES[match["scale"].lower()]
    integral = value == value.to_integral_value()
    value = value.quantize(Decimal(1)) if integral else value
    if unit is NumberUnit.PERCENT:
        return replace(parsed, value=value, unit=unit), match.end()
    return replace(parsed, value=value), match.end("scale")


def _parse(sentence: str, match: re.Match[str]) -> ParsedNumber | None:
    """Return the number, or None for amounts ("$1.2 trillion") and compounds ("34-year")."""
    if _CLOCK_AFTER.match(sentence, match.end("num")) or _CLOCK_BEFORE.search(
        sentence, max(0, match.start("num") - 3), match.start("num")
    ):
        return None  # a time of day: "at 9.40am", "12:04 p.m."
    parsed = number_from_match(match)
    if parsed is None or abs(parsed.value) >= _TOO_BIG:
        return None
    if parsed.value_max is not None and abs(parsed.value_max) >= _TOO_BIG:
        return None
    if parsed.unit is NumberUnit.NONE and (
        (SCALE.match(sentence, match.end()) and _scale_after(sentence, match.end()) is None)
        or (
            _COMPOUND.match(sentence, match.end())
            and not BAND.match(sentence, match.end())
            and not _MARK.match(sentence, match.end())
        )
    ):
        return None
    return parsed


_KIND_OF_UNIT = {
    NumberUnit.PERCENT: QKind.PERCENT,
    NumberUnit.POINTS: QKind.POINTS,
    NumberUnit.BP: QKind.BP,
}


def _build(sentence: str, match: re.Match[str], home: str | None) -> Quantity | None:
    parsed = _parse(sentence, match)
    if parsed is None:
        return None
    parsed, end = _scaled(sentence, match.end(), parsed)
    glued = glued_key(match.group("pre"))
    currency = (
        glued_currency(sentence, glued, match, home)
        if glued is not None
        # "US66.10 cents": the hundredths after the figure say whose they are
        else None
        if (match.group("pre") or "").strip() == "US"
        else prefix_currency(match.group("pre"))
    )
    if glued is not None and currency is None:
        return None  # "N95 masks", "P2 billion" with no peso in play
    kind = _KIND_OF_UNIT.get(parsed.unit, QKind.BARE)
    scale = Decimal(1)
    band = None
    if kind is QKind.BARE and currency is None:
        parsed, end = with_ask(sentence, end, parsed)  # "130.31/40 per dollar": bid and ask
        band = BAND.match(sentence, end)
        after = currency_after(sentence, end, home, band)
        if after is None:
            return None  # "the 10-year range": a band, but not of a currency
        currency, end, scale = after
    if currency is not None:
        kind = QKind.MONEY
    if parsed.is_word and kind in (QKind.BARE, QKind.MONEY):
        return None
    if _is_bare_fraction(sentence, match, parsed.text, end) and kind is QKind.PERCENT:
        return None  # "a tenth straight meeting", "the first half"
    per, per_end, per_scale = per_units(sentence, end, home)
    scale *= per_scale
    value, value_max = parsed.value * scale, parsed.value_max
    value_max = None if value_max is None else value_max * scale
    if band is not None and band.group("kind").lower() == "range" and value_max is None:
        value_max = band_top(value)
    value, value_max, from_value, text, start = _range_read(
        sentence, match, value, value_max, parsed.text
    )
    return Quantity(
        start=start,
        end=end,
        num_start=max(start, match.start("num")),
        num_end=match.end("num"),
        value=value,
        value_max=value_max,
        text=text,
        kind=kind,
        currency=currency,
        per=per,
        per_end=per_end or end,
        from_value=from_value,
        is_word=parsed.is_word,
    )


def _range_read(
    sentence: str, match: re.Match[str], value: Decimal, value_max: Decimal | None, text: str
) -> tuple[Decimal, Decimal | None, Decimal | None, str, int]:
    """Return value, top, from-value, text and start of a figure written as a range: "from 90
    to 100" is a move to 100; "on April 7 to 7.5%" a date's day, then the figure."""
    if value_max is not None and _is_from_range(sentence, match):
        return value_max, None, value, match.group("hi2"), match.start()
    if value_max is not None and _is_day_then_figure(sentence, match):
        return value_max, None, None, match.group("hi2"), match.start("hi2")
    return value, value_max, None, text, match.start()


_MONTH_BEFORE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$"
)


def _is_day_then_figure(sentence: str, match: re.Match[str]) -> bool:
    """Return True for "April 7 to 7.5%": the low end of the "range" is a date's day."""
    low = match.group("lo2")
    return (
        low is not None
        and low.isdigit()
        and 1 <= int(low) <= 31
        and match.group("hi2")[:1].isdigit()
        and _DAY_TO.fullmatch(sentence, match.end("lo2"), match.start("hi2")) is not None
        and _MONTH_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) is not None
    )


_DAY_TO = re.compile(r"\s+to\s+", re.IGNORECASE)


def _is_from_range(sentence: str, match: re.Match[str]) -> bool:
    """Return True for "from 90 to 100": a change, not a range."""
    window = max(0, match.start() - 30)
    return (
        match.group("lo2") is not None
        and not is_abbreviated(match.group("lo2"), match.group("hi2"))  # "from ¥105.47-48"
        and bool(FROM_BEFORE_RE.search(sentence, window, match.start()))
        and not RANGING_RE.search(sentence, window, match.start())
    )


def _is_bare_fraction(sentence: str, match: re.Match[str], text: str, end: int) -> bool:
    """Return True for a fraction word without a unit and not "of its value"."""
    if not _is_fraction(text) or match.group("u3") is not None:
        return False
    if _FRACTION_OF.match(sentence, end):
        return False
    return not _FRACTION_MOVE.search(sentence, max(0, match.start() - 40), match.start())


def _is_fraction(text: str) -> bool:
    low = text.lower()
    return "half" in low or "third" in low or "quarter" in low or "fifth" in low or "tenth" in low
