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
from decimal import Decimal, InvalidOperation

from econcheck.claims.currency_countries import currency_of_alpha2
from econcheck.claims.numbers import NUMBER_PHRASE, NumberUnit, ParsedNumber, number_from_match
from econcheck.claims.quantity import QKind, Quantity
from econcheck.claims.quantity_merges import FROM_BEFORE_RE, RANGING_RE, merge_quantities
from econcheck.claims.trie import first_chars, has_any_word
from econcheck.claims.units import (
    EXTRA_SYMBOL_CHARS,
    CurrencyMention,
    currency_at,
    currency_lexicon,
    symbol_pattern,
)
from econcheck.claims.vocab import RATIO_VERBS

__all__ = ["SUBUNITS", "QKind", "Quantity", "find_quantities", "is_zero_word"]


_SCALE = re.compile(
    r"\s?(?i:million|billion|trillion|thousand|mln|bn|tn|trn|mn|m|k|b)\b(?!/)|\s?(?i:crore|lakh)"
)
_PER = re.compile(
    r"(?:\s+(?i:units?))?"  # "132 units against the greenback"
    r"(?:\s+\((?i:provisional|prov\.?|tentative|approx\.?)\))?"  # "83.28 (provisional) against"
    r"\s*(?:(?i:per|an?|to\s+(?:the|one|a|each|1)|against(?:\s+the|\s+a)?|versus(?:\s+the)?|"
    r"vs\.?(?:\s+the)?|for\s+(?:a|one|each|every|1|the))\b\s*|/\s*|=\s*)"
)
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
# "the 1,460-won range" (1,460 to 1,470 won), "the 83-rupee level": a band or mark of a rate
_BAND = re.compile(
    r"-(?P<word>[a-z]{2,12})\s+(?P<kind>range|level|mark|line|handle|area|zone)\b", re.IGNORECASE
)
# Hundredths of a currency: "85.2 pence per euro" is 0.852 GBP per EUR.
SUBUNITS = {
    "pence": "GBP", "penny": "GBP", "kopecks": "RUB", "kopeks": "RUB", "kopeck": "RUB",
    "kurus": "TRY", "kuruş": "TRY", "paise": "INR", "cents": "USD", "cent": "USD",
}  # fmt: skip
# "65.61 US cents" (the Australian and New Zealand dollars are quoted so), "84.43 pence"
_SUBUNIT = re.compile(rf"\s*(?:U\.?S\.?\s+)?(?P<unit>{'|'.join(SUBUNITS)})\b", re.IGNORECASE)
# "GDP was flat", "the economy stagnated", "prices were unchanged": a change of zero. Only
# output and price-level cues accept it (rates.py): "inflation was unchanged" is no zero.
_ZERO_RE = re.compile(
    r"\b(?:(?:was|were|remained|stayed|held|came\s+in)\s+(?P<w>flat|unchanged)"
    r"|(?P<v>stagnated|stalled))\b(?!\s+(?:at|near|around)\b)",
    re.IGNORECASE,
)
_ZERO_HINT = ("flat", "unchanged", "stagnated", "stalled")
_RATIO_RE = re.compile(rf"{first_chars(RATIO_VERBS)}\b(?:{'|'.join(RATIO_VERBS)})\b", re.IGNORECASE)
# The leading lookaheads name the first characters of a match (speed only).
_DIGIT_START = re.compile(
    r"(?=[-−–.\d½¼¾])(?:(?<![\w.,/])|(?<=(?<![A-Za-z])N)|(?<=(?<![A-Za-z])LL)|(?<=(?<![A-Za-z])R)|"
    r"(?<=(?<![A-Za-z])Rp)|(?<=(?<![A-Za-z])RM)|(?<=(?<![A-Za-z])P)|(?<=(?<![A-Za-z])Rs)|"
    r"(?<=(?<![A-Za-z])Tk))(?<![A-Za-z]-)"
    r"(?:[-−–](?=\d)|\.(?=\d)|\d|[½¼¾])"
)  # "N818.99/$1", "LL69,000" may start a number; see _GLUED_PREFIX_PATTERN
_WORDY = re.compile(r"(?=(?i:[fhpqt]))(?i:percent|per\s*cent|point|half|third|quarter|fifth|tenth)")
_WORD_START = re.compile(
    r"(?=(?i:[abefhmnostz]))"
    r"(?<![\w.,])(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|zero|half|another|minus|negative|between)\b"
)
_YEAR_THEN_FIGURE = re.compile(r"(?:19|20)\d\d")
_LEAD_BEFORE = re.compile(r"(?i:between|minus|negative)\s+$")
_LEAD_WORDS = ("between", "minus", "negative")  # none in the sentence: skip _LEAD_BEFORE
_LEAD_HINT = re.compile("|".join(_LEAD_WORDS), re.IGNORECASE)


# Some papers glue a currency's letters to the figure: the naira's "N" ("N818.99/$1"), the
# Lebanese lira's "LL" ("LL69,000 to the dollar"), the Philippine peso's "P" ("P58.78"). Read
# so only before a price of a dollar, or when the currency is in play (named in the sentence,
# or the article's own): "N95 masks" stay masks.
_GLUED_PREFIX_PATTERN = r"(?<![A-Za-z])(?:N|LL|Rp|R|P)(?=\d)|(?<![A-Za-z])Rs\.?\s?(?=\d)"
_PRICE_OF_A_DOLLAR = re.compile(
    r"\d[\d,.]*\s*(?:/\s*\$|(?i:per|to|against|a)\s+"
    r"(?:the\s+|a\s+|one\s+)?(?:U\.?S\.?\s+)?(?i:dollar|greenback|euro|pound)|(?i:per)\s+\$\s?1\b)"
)
# "N818.99/$1" (naira), "LL69,000 to the dollar", "R13.55 to the dollar" (rand), "Rp15,082 per
# US dollar" (rupiah), "P58.78" (the Philippine peso; Botswana's pula): the code each stands
# for and the word that puts it in play
_GLUED_PREFIX = {
    "N": (("NGN", "naira"),),
    "LL": (("LBP", "lira"), ("LBP", "pound")),
    "R": (("ZAR", "rand"),),
    "Rp": (("IDR", "rupiah"),),
    "P": (("PHP", "peso"), ("BWP", "pula")),
    # "Rs 128.40": the rupee of the article's country, else of the rupee the sentence names
    "Rs": (
        ("INR", "rupee"),
        ("PKR", "rupee"),
        ("LKR", "rupee"),
        ("NPR", "rupee"),
        ("MUR", "rupee"),
    ),
}
# Gulf papers write their currencies with local letters before the figure ("KD 0.307"),
# Malaysian ones the ringgit's "RM" ("RM4.30"), Israeli ones the shekel's "NIS"
_LOCAL_PREFIX = {
    "KD": "KWD", "BD": "BHD", "RO": "OMR", "QR": "QAR", "Tk": "BDT", "RM": "MYR", "NIS": "ILS"
}  # fmt: skip
_LOCAL_PREFIX_PATTERN = r"(?<![A-Za-z])(?:KD|BD|RO|QR|Tk|RM|NIS)\s?(?=\d)"


@functools.cache
def _prefix_before() -> re.Pattern[str]:
    lex = currency_lexicon()
    codes = "|".join(sorted(lex.codes))
    lookahead = first_chars([*lex.symbols, *EXTRA_SYMBOL_CHARS, *lex.codes])
    return re.compile(
        rf"{lookahead[:-2]}NLKBRQTP])(?:(?:{symbol_pattern()})\s?$|(?<![A-Za-z])(?:{codes})\s$"
        r"|(?<![A-Za-z])(?:N|LL|Rp|R|P)$|(?<![A-Za-z])Rs\.?\s?$"
        r"|(?<![A-Za-z])(?:KD|BD|RO|QR|Tk|RM|NIS)\s?$)"
    )


@functools.cache
def _quantity_re() -> re.Pattern[str]:
    lex = currency_lexicon()
    codes = "|".join(sorted(lex.codes))
    source = (
        rf"(?P<pre>(?:{symbol_pattern()})\s?|(?:{codes})\s|{_GLUED_PREFIX_PATTERN}|"
        rf"{_LOCAL_PREFIX_PATTERN})?(?(pre)|(?<![\w.,/]))"
        r"(?<![A-Za-z]-)"
        rf"(?P<num>{NUMBER_PHRASE})(?![\w])"
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
            covered = match.end()
    found.extend(_ratios(sentence, home))
    if any(word in sentence for word in _ZERO_HINT):
        found.extend(_zeros(sentence))
    found.sort(key=lambda q: q.start)
    return merge_quantities(sentence, found)


def _zeros(sentence: str) -> list[Quantity]:
    """Return "was flat", "stagnated" as zero percent changes (``text`` is the word)."""
    found = []
    for match in _ZERO_RE.finditer(sentence):
        start, end = match.span("w") if match.group("w") else match.span("v")
        found.append(
            Quantity(
                start=start,
                end=end,
                num_start=start,
                num_end=end,
                value=Decimal(0),
                value_max=None,
                text=match.group("w") or match.group("v"),
                kind=QKind.PERCENT,
                per_end=end,
                is_word=True,
            )
        )
    return found


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
        per, per_end = _per_phrase(sentence, match.end(), home)
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
        if match is not None and (not found or match.start() >= found[-1].end()):
            found.append(match)
    return found


_CLOCK_AFTER = re.compile(r"(?:[.:][0-5]\d)?\s?(?:[AaPp]\.?[Mm]\.?)(?![A-Za-z])")
_CLOCK_BEFORE = re.compile(r"\d:$")


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
        _SCALE.match(sentence, match.end())
        or (_COMPOUND.match(sentence, match.end()) and not _BAND.match(sentence, match.end()))
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
    end = match.end()
    glued = _glued_key(match.group("pre"))
    currency = (
        _glued_currency(sentence, glued, match, home)
        if glued is not None
        else _prefix_currency(match.group("pre"))
    )
    if glued is not None and currency is None:
        return None  # "N95 masks", "P2 billion" with no peso in play
    kind = _KIND_OF_UNIT.get(parsed.unit, QKind.BARE)
    scale = Decimal(1)
    band = None
    if kind is QKind.BARE and currency is None:
        parsed, end = _with_ask(sentence, end, parsed)  # "130.31/40 per dollar": bid and ask
        band = _BAND.match(sentence, end)
        after = _currency_after(sentence, end, home, band)
        if after is None:
            return None  # "the 10-year range": a band, but not of a currency
        currency, end, scale = after
    if currency is not None:
        kind = QKind.MONEY
    if parsed.is_word and kind in (QKind.BARE, QKind.MONEY):
        return None
    if _is_bare_fraction(sentence, match, parsed.text, end) and kind is QKind.PERCENT:
        return None  # "a tenth straight meeting", "the first half"
    per, per_end, per_scale = _per_units(sentence, end, home)
    scale *= per_scale
    value, value_max, from_value, text = parsed.value * scale, parsed.value_max, None, parsed.text
    value_max = None if value_max is None else value_max * scale
    if band is not None and band.group("kind").lower() == "range" and value_max is None:
        value_max = _band_top(value)
    if value_max is not None and _is_from_range(sentence, match):
        value, value_max, from_value, text = value_max, None, value, match.group("hi2")
    return Quantity(
        start=match.start(),
        end=end,
        num_start=match.start("num"),
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


def _currency_after(
    sentence: str, end: int, home: str | None, band: re.Match[str] | None
) -> tuple[str | None, int, Decimal] | None:
    """Return the currency written after a bare figure, where it ends and the scale of its
    unit ("1,465.8 won", "85 pence", "the 1,460-won range"); None for a band of no currency."""
    if band is not None:
        named = currency_at(sentence, band.start("word"), home=home)
        if named is None or named.end != band.end("word"):
            return None
        return named.code, named.end, Decimal(1)
    after = currency_at(sentence, _skip_space(sentence, end), home=home)
    if after is not None and not _SCALE.match(sentence, after.end):
        return after.code, after.end, Decimal(1)
    subunit = _SUBUNIT.match(sentence, end)
    if subunit is not None:
        return SUBUNITS[subunit.group("unit").lower()], subunit.end(), Decimal("0.01")
    return None, end, Decimal(1)


def _is_from_range(sentence: str, match: re.Match[str]) -> bool:
    """Return True for "from 90 to 100": a change, not a range."""
    window = max(0, match.start() - 30)
    return (
        match.group("lo2") is not None
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


def _glued_key(prefix: str | None) -> str | None:
    """Return the key of letters glued to a figure ("Rs. " is "Rs"), if they are such."""
    if not prefix:
        return None
    key = prefix.strip().rstrip(".")
    return key if key in _GLUED_PREFIX else None


def _glued_currency(sentence: str, key: str, match: re.Match[str], home: str | None) -> str | None:
    """Return the currency of letters glued to a figure, when it is in play (it is the
    article's own, or the sentence names it) or the figure is the price of a dollar:
    "R13.4670" in a sentence about the rand, "P58.78" in a Philippine article, "N818.99/$1"."""
    candidates = _GLUED_PREFIX[key]
    own = None if home is None else currency_of_alpha2(home)
    if any(code == own for code, _ in candidates):
        return own
    lowered = sentence.lower()
    for code, word in candidates:
        if re.search(rf"\b{word}", lowered):
            return code
    if _PRICE_OF_A_DOLLAR.match(sentence, match.start("num")):
        return candidates[0][0]
    return None


def _prefix_currency(prefix: str | None) -> str | None:
    if not prefix:
        return None
    if prefix.strip() in _LOCAL_PREFIX:
        return _LOCAL_PREFIX[prefix.strip()]
    mention = currency_at(prefix.strip(), 0)
    return None if mention is None else mention.code


# "3,030/3,040", "130.31/40", "4.5350/5405": a dealer's bid and ask, the second written in
# full or as its last digits
_ASK = re.compile(r"/(?P<ask>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/.,]\d)")
_MAX_SPREAD = Decimal("0.02")


def _with_ask(sentence: str, end: int, parsed: ParsedNumber) -> tuple[ParsedNumber, int]:
    """Return the number as a bid-ask range and where it ends, or as it was."""
    quoted = _bid_ask(sentence, end, parsed)
    if quoted is None:
        return parsed, end
    ask, end = quoted
    return ParsedNumber(value=parsed.value, value_max=ask, unit=parsed.unit, text=parsed.text), end


def _bid_ask(sentence: str, end: int, parsed: ParsedNumber) -> tuple[Decimal, int] | None:
    """Return the ask quote after a bid ("130.31/40" is 130.31 to 130.40) and where it ends,
    or None when what follows the slash is no ask (a date, a ratio, a wider number).

    >>> from econcheck.claims.numbers import parse_number
    >>> p = parse_number("130.31")
    >>> _bid_ask("130.31/40 per dollar", 6, p), _bid_ask("3/4", 1, parse_number("3"))
    ((Decimal('130.40'), 9), None)
    """
    match = _ASK.match(sentence, end)
    if match is None or parsed.value_max is not None or parsed.value <= 0:
        return None
    bid_text, ask_text = parsed.text.replace(",", ""), match["ask"].replace(",", "")
    digits = bid_text.replace(".", "")
    if "." not in ask_text and len(ask_text) < len(digits) and "." in bid_text:
        # the ask's last digits replace the bid's: "130.31/40" is 130.40
        whole = digits[: len(digits) - len(ask_text)] + ask_text
        point = len(bid_text.split(".")[0])
        ask_text = whole[:point] + "." + whole[point:]
    try:
        ask = Decimal(ask_text)
    except InvalidOperation:
        return None
    if not parsed.value < ask <= parsed.value * (1 + _MAX_SPREAD):
        return None
    return ask, match.end()


def _band_top(value: Decimal) -> Decimal | None:
    """Return the top of "the 1,460-won range": the next step of its last non-zero digit.

    >>> _band_top(Decimal(1460)), _band_top(Decimal(1300)), _band_top(Decimal(1484))
    (Decimal('1470'), Decimal('1400'), Decimal('1485'))
    >>> _band_top(Decimal("83.5")) is None
    True
    """
    if value <= 0 or value != value.to_integral_value():
        return None
    step = 1
    while int(value) % (step * 10) == 0 and step * 10 < value:
        step *= 10
    return value + step


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return pos


def _per_phrase(sentence: str, end: int, home: str | None) -> tuple[str | None, int]:
    code, per_end, _ = _per_units(sentence, end, home)
    return code, per_end


_HUNDRED_BEFORE = re.compile(r"100\s+")
_HUNDRED_AFTER = re.compile(r"\s?100\b(?![.,]\d)")


def _per_units(sentence: str, end: int, home: str | None) -> tuple[str | None, int, Decimal]:
    """Return the currency a figure is quoted per, where its phrase ends, and the scale to one
    unit: "947.6 won per 100 yen" and "947.6 won per ¥100" are 9.476 won per yen."""
    match = _PER.match(sentence, end)
    if match is None:
        return None, 0, Decimal(1)
    at, scale = match.end(), Decimal(1)
    hundred = _HUNDRED_BEFORE.match(sentence, at)
    if hundred is not None:
        at, scale = hundred.end(), Decimal("0.01")
    mention: CurrencyMention | None = currency_at(sentence, at, home=home)
    if mention is None:
        return None, 0, Decimal(1)
    after = _HUNDRED_AFTER.match(sentence, mention.end)
    if after is not None and scale == 1:
        return mention.code, after.end(), Decimal("0.01")
    return mention.code, mention.end, scale
