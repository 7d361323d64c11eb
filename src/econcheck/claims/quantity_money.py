"""The currency written around a number: letters glued before it ("R13.55", "Rs 128.40",
"KD 0.307"), a currency or subunit after it ("98 rubles", "85 pence", "the 1,460-won
range"), a dealer's bid and ask ("130.31/40"), and the "per dollar" phrase that makes it a
rate ("to the dollar", "against the euro", "per 100 yen").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from econcheck.claims.currency_countries import currency_of_alpha2
from econcheck.claims.numbers import ParsedNumber
from econcheck.claims.units import CurrencyMention, currency_at

__all__ = [
    "BAND",
    "GLUED_SUBUNIT",
    "SCALE",
    "SUBUNITS",
    "band_top",
    "currency_after",
    "glued_currency",
    "glued_key",
    "per_phrase",
    "per_units",
    "prefix_currency",
    "with_ask",
]

# Larger units written after a number make it an amount, not a rate
SCALE = re.compile(
    r"\s?(?i:million|billion|trillion|thousand|mln|bn|tn|trn|mn|m|k|b)\b(?!/)|\s?(?i:crore|lakh)"
)

_PER = re.compile(
    r"(?:\s+(?i:units?))?"  # "132 units against the greenback"
    r"(?:\s+\((?i:provisional|prov\.?|tentative|approx\.?)\))?"  # "83.28 (provisional) against"
    r"\s*(?:(?i:per(?:\s+(?:one|1|each))?|an?|to\s+(?:the|one|a|each|1)|against(?:\s+the|\s+a)?|versus(?:\s+the)?|"
    r"vs\.?(?:\s+the)?|for\s+(?:a|one|each|every|1|the))\b\s*|/\s*|=\s*"
    r"|\s(?i:to)\s+(?=(?:US|U\.S\.|A|C|NZ|HK|S)?\$\s?1\b(?![.,]\d)))"  # "LBP 7,000 to $1"
)

# "the 1,460-won range" (1,460 to 1,470 won), "the 83-rupee level": a band or mark of a rate
BAND = re.compile(
    r"-(?P<word>[a-z]{2,12})\s+(?P<kind>range|level|mark|line|handle|area|zone)\b", re.IGNORECASE
)

# Hundredths of a currency: "85.2 pence per euro" is 0.852 GBP per EUR.
SUBUNITS = {
    "pence": "GBP", "penny": "GBP", "kopecks": "RUB", "kopeks": "RUB", "kopeck": "RUB",
    "kurus": "TRY", "kuruş": "TRY", "paise": "INR", "cents": "USD", "cent": "USD",
    # hundredths several currencies share, read as the home currency's: "losing 19 centavos"
    "centavos": "", "centavo": "", "tetri": "", "poisha": "", "tiyn": "", "kobo": "",
    "pesewas": "", "satang": "",
}  # fmt: skip

# The currency of "cents" and "pence" an adjective names: "64.92 euro cents", "95.19 Australian
# cents"; wire copy glues it to the figure ("72.74USc", "95.19Ac", "91.055p").
_SUBUNIT_OWNERS = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "a": "AUD",
    "nz": "NZD", "new zealand": "NZD", "euro": "EUR", "british": "GBP", "canadian": "CAD",
}  # fmt: skip
GLUED_SUBUNIT = r"(?:US|A|NZ)?(?:[cp]\b|¢)"

# "65.61 US cents" (the Australian and New Zealand dollars are quoted so), "84.43 pence",
# "64.92 euro cents", "72.74USc"
_SUBUNIT = re.compile(
    r"\s*(?:(?P<owner>(?i:U\.?S\.?|American|Australian|NZ|New\s+Zealand|euro|British|Canadian))\s+)?"
    rf"(?P<unit>(?i:{'|'.join(SUBUNITS)}))\b"
    r"|(?P<glued>US|A|NZ)?(?P<letter>[cp]\b|¢)"
)

_PRICE_OF_A_DOLLAR = re.compile(
    r"\d[\d,.]*\s*(?:/\s*\$|(?i:per|to|against|a|for)\s+"
    r"(?:the\s+|a\s+|one\s+)?(?:U\.?S\.?\s+)?(?i:dollar|greenback|euro|pound)"
    r"|(?:(?i:per|to|for)\s+|=\s*)\$\s?1\b)"
)

# "N818.99/$1" (naira), "Hr 29 for $1" (hryvnia), "LL69,000 to the dollar", "R13.55 to the
# dollar" (rand), "Rp15,082 per US dollar" (rupiah), "P58.78" (the Philippine peso; Botswana's
# pula): the code each stands for and the word that puts it in play
_GLUED_PREFIX = {
    "N": (("NGN", "naira"),),
    "LL": (("LBP", "lira"), ("LBP", "pound")),
    "R": (("ZAR", "rand"),),
    "Rp": (("IDR", "rupiah"),),
    # "Hr 29 for $1": Ukrainian papers write the hryvnia so
    "Hr": (("UAH", "hryvn"),),
    "P": (("PHP", "peso"), ("BWP", "pula")),
    # "Ps18.83/$1": the Mexican, Argentine, Chilean or Colombian peso (Argus, MercoPress)
    "Ps": (("MXN", "peso"), ("ARS", "peso"), ("CLP", "peso"), ("COP", "peso"), ("UYU", "peso")),
    # "K19.50 per dollar": the Zambian and Malawian kwacha
    "K": (("ZMW", "kwacha"), ("MWK", "kwacha")),
    # "Y115.91 against the dollar": the yen in older wire copy
    "Y": (("JPY", "yen"),),
    # "Sh2,241.24 a dollar": the East African shillings
    "Sh": (("KES", "shilling"), ("TZS", "shilling"), ("UGX", "shilling")),
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
    "KD": "KWD", "BD": "BHD", "RO": "OMR", "QR": "QAR", "Tk": "BDT", "RM": "MYR", "NIS": "ILS",
    "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Ush": "UGX",
    "Kc": "CZK", "Kč": "CZK", "Rp": "IDR",
    # the Swiss franc as swissinfo writes it: "SFr1.2971", "Sfr 1.50"
    "SFr": "CHF", "Sfr": "CHF",
    # the cedi: "GH¢15.50", "Gh16 per dollar"
    "GH¢": "GHS", "GH₵": "GHS", "Gh¢": "GHS", "Gh₵": "GHS", "Gh": "GHS",
}  # fmt: skip


def currency_after(
    sentence: str, end: int, home: str | None, band: re.Match[str] | None
) -> tuple[str | None, int, Decimal] | None:
    """Return the currency written after a bare figure, where it ends and the scale of its
    unit ("1,465.8 won", "85 pence", "the 1,460-won range"); None for a band of no currency."""
    if band is not None:
        named = currency_at(sentence, band.start("word"), home=home)
        if named is None or named.end != band.end("word"):
            return None
        return named.code, named.end, Decimal(1)
    subunit = _SUBUNIT.match(sentence, end)
    if subunit is not None:
        code = _subunit_currency(subunit) or (currency_of_alpha2(home) if home else None)
        if code is not None:
            return code, subunit.end(), Decimal("0.01")
    after = currency_at(sentence, _skip_space(sentence, end), home=home)
    if after is not None and not SCALE.match(sentence, after.end):
        return after.code, after.end, Decimal(1)
    return None, end, Decimal(1)


def _subunit_currency(subunit: re.Match[str]) -> str:
    """Return the currency of hundredths: the one its adjective names, else the unit's own
    ("pence" is sterling's, bare "cents" the US dollar's)."""
    owner = subunit.group("owner") or subunit.group("glued")
    if owner is not None:
        return _SUBUNIT_OWNERS[re.sub(r"\s+", " ", owner.lower())]
    if subunit.group("letter") is not None:
        return "GBP" if subunit.group("letter") == "p" else "USD"
    return SUBUNITS[subunit.group("unit").lower()]


def glued_key(prefix: str | None) -> str | None:
    """Return the key of letters glued to a figure ("Rs. " is "Rs"), if they are such."""
    if not prefix:
        return None
    key = prefix.strip().rstrip(".")
    return key if key in _GLUED_PREFIX else None


def glued_currency(sentence: str, key: str, match: re.Match[str], home: str | None) -> str | None:
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


def prefix_currency(prefix: str | None) -> str | None:
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


def with_ask(sentence: str, end: int, parsed: ParsedNumber) -> tuple[ParsedNumber, int]:
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


def band_top(value: Decimal) -> Decimal | None:
    """Return the top of "the 1,460-won range": the next step of its last non-zero digit.

    >>> band_top(Decimal(1460)), band_top(Decimal(1300)), band_top(Decimal(1484))
    (Decimal('1470'), Decimal('1400'), Decimal('1485'))
    >>> band_top(Decimal("83.5")) is None
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


def per_phrase(sentence: str, end: int, home: str | None) -> tuple[str | None, int]:
    code, per_end, _ = per_units(sentence, end, home)
    return code, per_end


_HUNDRED_BEFORE = re.compile(r"100\s+")

_HUNDRED_AFTER = re.compile(r"\s?100\b(?![.,]\d)")
_ONE_AFTER = re.compile(r"1\b(?![.,]\d)")
_AMOUNT_AFTER = re.compile(r"\s?(?!1\b(?![.,]\d))\d")


def per_units(sentence: str, end: int, home: str | None) -> tuple[str | None, int, Decimal]:
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
    if "=" in match.group() and _AMOUNT_AFTER.match(sentence, mention.end) is not None:
        return None, 0, Decimal(1)  # "US$1=C$1.3139": the other side's amount, no unit
    slash = "/" in match.group() or match.group().rstrip().lower().endswith("to")
    one = _ONE_AFTER.match(sentence, mention.end) if slash else None
    if one is not None:
        return mention.code, one.end(), scale  # "UAH 41.2839/$1": per one dollar
    return mention.code, mention.end, scale
