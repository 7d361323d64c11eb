"""The currency tables: every active ISO 4217 code with its English names, plurals, symbols
and head words, built once from pycountry and babel; and the default currency of a bare head
word ("dollar" is USD unless an adjective or the story says otherwise).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from econcheck.claims.currency_countries import currency_of_alpha2
from econcheck.claims.trie import first_chars, trie_pattern
from econcheck.claims.vocab import (
    CURRENCY_VARIANTS,
    EXTRA_SYMBOLS,
    HEAD_STRONG_DEFAULTS,
    HEAD_WEAK_DEFAULTS,
)

__all__ = [
    "EXTRA_SYMBOL_CHARS",
    "GLOBAL_HEADS",
    "CurrencyLexicon",
    "country_currency_with_head",
    "currency_lexicon",
    "head_default",
    "resolve_code",
    "resolve_symbol",
    "symbol_pattern",
]

# ISO codes that are also English words: read as currencies only next to a number or a pair.
_WORDLIKE_CODES = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "MOP",
        "MAD",
        "SOS",
        "TRY",
        "BAM",
        "GEL",
        "NAD",
        "BOB",
        "LAK",
        "PEN",
        "FUN",
        "AND",
        "BIF",
        "ZAR",
        "CAD",
        "AED",
        "GYD",
        "HUF",
    }
)


@dataclass(frozen=True, slots=True)
class CurrencyLexicon:
    """Lookup tables: full names, head words, symbols and the active codes."""

    names: dict[str, str]
    heads: dict[str, frozenset[str]]
    singular: dict[str, str]
    symbols: dict[str, str]
    codes: frozenset[str]
    head_re: re.Pattern[str]
    code_re: re.Pattern[str]


@functools.cache
def currency_lexicon() -> CurrencyLexicon:
    """Build the currency tables from pycountry and babel (once per process)."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale("en")
    codes = frozenset(
        c.alpha_3
        for c in pycountry.currencies
        if not c.alpha_3.startswith("X") or c.alpha_3 in {"XOF", "XAF"}
    )
    names: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    singular: dict[str, str] = {}
    for code in sorted(codes):
        name = english.currencies.get(code)
        if not name or "(" in name:
            continue
        plural = get_currency_name(code, count=2, locale="en")
        for form in (name.lower(), plural.lower()):
            names.setdefault(form, code)
        head, plural_head = name.lower().split()[-1], plural.lower().split()[-1]
        heads.setdefault(head, set()).add(code)
        singular[head], singular[plural_head] = head, head
        heads.setdefault(plural_head, set()).add(code)
        if not head.endswith("s"):  # English news writes "denars" where babel has "denari"
            singular.setdefault(head + "s", head)
            heads.setdefault(head + "s", set()).add(code)
    for variant, code in CURRENCY_VARIANTS.items():
        names[variant] = code
        head = variant.split()[-1]
        singular.setdefault(head, head.removesuffix("s") if head.endswith("s") else head)
        heads.setdefault(head, set()).add(code)
        for plural_head in (head + "s", head + "es"):
            singular.setdefault(plural_head, singular[head])
            heads.setdefault(plural_head, set()).add(code)
    symbols = _symbols(english.currency_symbols, codes)
    head_re = re.compile(
        # not before a hyphen ("dollar-denominated"), unless another currency follows it:
        # "the shekel-dollar exchange rate" names both
        rf"{first_chars(heads)}(?<![\w$])(?:{trie_pattern(heads)})"
        rf"(?!\w)(?!-(?!(?:{trie_pattern(heads)})(?!\w)))",
        re.IGNORECASE,
    )
    plain_codes = sorted(codes - _WORDLIKE_CODES)
    code_re = re.compile(rf"{first_chars(plain_codes)}\b(?:{trie_pattern(plain_codes)})\b")
    return CurrencyLexicon(
        names=names,
        heads={k: frozenset(v) for k, v in heads.items()},
        singular=singular,
        symbols=symbols,
        codes=codes,
        head_re=head_re,
        code_re=code_re,
    )


def _symbols(english: Mapping[str, str], codes: frozenset[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for code, symbol in english.items():
        if code in codes and symbol != code and not symbol.isalpha():
            found.setdefault(symbol, code)
    found.update(EXTRA_SYMBOLS)
    found.update({"C$": "CAD", "S$": "SGD", "A$": "AUD", "NT$": "TWD", "R$": "BRL"})
    return found


def resolve_symbol(symbol: str) -> str | None:
    """Return the ISO code a currency symbol stands for in English prose.

    >>> resolve_symbol("$"), resolve_symbol("€"), resolve_symbol("₽"), resolve_symbol("₺")
    ('USD', 'EUR', 'RUB', 'TRY')
    >>> resolve_symbol("₴"), resolve_symbol("₹"), resolve_symbol("¥"), resolve_symbol("%")
    ('UAH', 'INR', 'JPY', None)
    """
    lex = currency_lexicon()
    if symbol in lex.symbols:
        return lex.symbols[symbol]
    if len(symbol) != 1 or unicodedata.category(symbol) != "Sc":
        return None
    name = unicodedata.name(symbol, "").lower().removesuffix(" sign").removeprefix("new ")
    name = name.replace("currency symbol ", "")
    if name in lex.names:
        return lex.names[name]
    return head_default(name.split()[-1], None) if name else None


def resolve_code(word: str) -> str | None:
    """Return ``word`` when it is an active ISO 4217 code.

    >>> resolve_code("RUB"), resolve_code("TRY"), resolve_code("ABC")
    ('RUB', 'TRY', None)
    """
    return word if word in currency_lexicon().codes else None


# Symbols matched even when babel does not list them for English.
EXTRA_SYMBOL_CHARS = "₽₺₴₸₾₼₦₱₫฿₪₭₮₲₵₡"


def symbol_pattern() -> str:
    """Return a regex alternation of every known currency symbol (longest first)."""
    lex = currency_lexicon()
    return trie_pattern(lex.symbols) + f"|[{EXTRA_SYMBOL_CHARS}]"


# Heads that mean one currency wherever the article is ("the dollar" in Canada is the US one);
# the other strong defaults yield to the article's own ("the lira" in Beirut is Lebanon's).
GLOBAL_HEADS = frozenset({"dollar", "greenback", "euro", "buck"})


def head_default(head: str, home: str | None) -> str | None:
    lex = currency_lexicon()
    if head in HEAD_STRONG_DEFAULTS and (home is None or head in GLOBAL_HEADS):
        return HEAD_STRONG_DEFAULTS[head]
    if home is not None:
        code = country_currency_with_head(home, head)
        if code is not None:
            return code
    if head in HEAD_STRONG_DEFAULTS:
        return HEAD_STRONG_DEFAULTS[head]
    if head in HEAD_WEAK_DEFAULTS:
        return HEAD_WEAK_DEFAULTS[head]
    codes = lex.heads.get(head, frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def country_currency_with_head(alpha2: str, head: str) -> str | None:
    code = currency_of_alpha2(alpha2)
    lex = currency_lexicon()
    return code if code is not None and code in lex.heads.get(head, ()) else None
