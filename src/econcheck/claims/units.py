"""Currencies in prose: ISO 4217 codes, English names and plurals, symbols, nicknames.

``find_currency_mentions`` finds every currency a sentence names, ``currency_at`` the one at
a position; a head word shared by several currencies ("peso", "dollar") takes the country
written before it ("Chile's peso"), the story's own, or its default. The tables themselves
(from pycountry and babel, with ``vocab.py``'s variants) are built in ``currency_names.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from econcheck.claims.currency_countries import currency_of_alpha2
from econcheck.claims.currency_names import (
    GLOBAL_HEADS,
    country_currency_with_head,
    currency_lexicon,
    head_default,
    resolve_symbol,
    symbol_pattern,
)
from econcheck.claims.trie import trie_pattern
from econcheck.claims.vocab import (
    ARTICLE_ONLY_HEADS,
    HEAD_WITH_ARTICLE,
    RISKY_HEADS,
)
from econcheck.claims.vocab_places import (
    COUNTRY_ALIASES,
    DEMONYMS,
)

_EURO_AREA_TAIL = re.compile(r"[- ]?(?:zone|area|region|bloc|countries|members?|states)\b", re.I)
# "the dollar index", "dollar-denominated bonds": the word names no exchange rate here
_EURO_BLOC_BEFORE = re.compile(
    r"\b(?:sharing|share|shares|using|use|uses|adopted|adopting|adopt|joined|joining|join)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_REAL_ADJECTIVE_TAIL = re.compile(
    r"[- ](?:estate|terms|gdp|gross|economy|economic|wages?|incomes?|interest|effective|growth|"
    r"sector|rates?|output|value|prices?|spending|consumption|exchange)\b",
    re.IGNORECASE,
)
_NOT_A_RATE_TAIL = re.compile(r"[- ](?:index|indices|denominated|bonds?|debt|loans?)\b", re.I)


@dataclass(frozen=True, slots=True)
class CurrencyMention:
    """A currency named in text: its span (adjectives included) and ISO 4217 code."""

    start: int
    end: int
    code: str
    head: str


def find_currency_mentions(
    text: str, *, home: str | None = None, named: Mapping[str, str] | None = None
) -> list[CurrencyMention]:
    """Find currency names in ``text``; ``home`` is the alpha-2 code of the article's country,
    ``named`` the currency each shared head word last stood for in the article ("peso" for
    CLP after "Chile's peso"), used when the home currency has no such head.

    >>> [(m.code, m.start) for m in find_currency_mentions("the Russian ruble and the greenback")]
    [('RUB', 4), ('USD', 26)]
    >>> [m.code for m in find_currency_mentions("the euro zone and the euro")]
    ['EUR']
    """
    lex = currency_lexicon()
    found = []
    for match in lex.head_re.finditer(text):
        mention = _resolve_head(text, match.start(), match.end(), home, named)
        if mention is not None:
            found.append(mention)
    for match in lex.code_re.finditer(text):
        found.append(CurrencyMention(match.start(), match.end(), match.group(), match.group()))
    if "/" in text:  # "USD/ZAR": a code that is also a word counts inside a pair
        starts = {m.start for m in found}
        for match in _CODE_PAIR.finditer(text):
            if not {match.start("a"), match.start("b")} & starts:
                continue  # (one side must be a plain code: not "ALL/TOP")
            for group in ("a", "b"):
                code, at = match.group(group), match.start(group)
                if code in lex.codes and at not in starts:
                    found.append(CurrencyMention(at, match.end(group), code, code))
    found.extend(_currency_nouns(text, home))
    found.sort(key=lambda m: m.start)
    return found


_CODE_PAIR = re.compile(r"\b(?P<a>[A-Z]{3})\s?/\s?(?P<b>[A-Z]{3})\b")


# a compound that names something else: "the currency union's largest economy"
_NOT_A_COMPOUND = (
    r"(?!['’]?\s*(?i:union|bloc|area|board|markets?|reserves?|swaps?|crisis|traders?|dealers?|"
    r"strategists?|analysts?|basket|peg|regime|controls?|war|manipulat\w*)\b)"
)
_CURRENCY_NOUN = re.compile(
    r"\b(?:(?P<common>(?i:the)\s+(?:(?:\d+|[a-z]+)-(?:nation|country|member)\s+)?"
    r"(?:common|single|shared)\s+currency)"  # "the 17-nation common currency"
    # "the currency of Kuwait", "the national currency of Kazakhstan"
    r"|(?i:the)\s+(?:national\s+)?currency\s+of\s+(?:the\s+)?"
    r"(?P<of>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?![\w'’])"
    r"|(?P<adj>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?)\s+(?:national\s+)?(?:currency|unit)"
    r"|(?P<local>(?i:the)\s+(?:(?:local|national|domestic|home)\s+(?:currency|unit)|currency))"
    r"|(?P<its>(?i:its)\s+(?:own\s+)?(?:(?:national|local)\s+)?currency))\b" + _NOT_A_COMPOUND
)


def _currency_nouns(text: str, home: str | None) -> list[CurrencyMention]:
    """Find "the common currency" (EUR), "the Kazakh currency", "the Czech unit", "the currency
    of Kuwait", "the local currency" and "the local unit" (home), and "its currency" (the
    country before, else home)."""
    if "currency" not in text and " unit" not in text:  # every branch ends in one of them
        return []
    found = []
    for match in _CURRENCY_NOUN.finditer(text):
        code: str | None
        if match.group("common") or match.group("adj"):
            code = _noun_code(match.group("adj"))
        elif match.group("of"):
            code = _noun_code(match.group("of"))
        elif match.group("its"):  # "Iraq devalued its currency": the country before "its"
            owner = _country_in_clause(text, match.start()) or home
            code = None if owner is None else currency_of_alpha2(owner)
        else:
            code = None if home is None else currency_of_alpha2(home)
        if code is not None:
            found.append(CurrencyMention(match.start(), match.end(), code, "currency"))
    return found


def _resolve_head(
    text: str, start: int, end: int, home: str | None, named: Mapping[str, str] | None = None
) -> CurrencyMention | None:
    lex = currency_lexicon()
    word = text[start:end].lower()
    head = lex.singular.get(word, word)
    bloc = _EURO_BLOC_BEFORE.search(text, max(0, start - 24), start) is not None
    if head == "euro" and (_EURO_AREA_TAIL.match(text, end) or bloc):
        return None  # "the euro zone", "the 19 countries sharing the euro": the bloc
    if _NOT_A_RATE_TAIL.match(text, end):
        return None
    if head == "real" and _REAL_ADJECTIVE_TAIL.match(text, end):
        return None  # "the real estate sector", "the real economy": the adjective
    full = _named_before(text, start, end)
    if full is not None:
        return CurrencyMention(full[0], end, full[1], head)
    placed = _placed(text, start, end, head)
    if placed is not None:
        return placed
    is_home = home is not None and country_currency_with_head(home, head) is not None
    # "the crown" after the article named the "Czech crown" in full
    with_article = (
        (head in HEAD_WITH_ARTICLE or bool(named and head in named)) and _after_the(text, start)
    ) or _after_figure(text, start)
    if head in RISKY_HEADS and not with_article and (not is_home or head in ARTICLE_ONLY_HEADS):
        return None
    if named and head in named and not is_home:
        return CurrencyMention(start, end, named[head], head)  # "Chile's peso ... the peso"
    code = head_default(head, home)
    return None if code is None else CurrencyMention(start, end, code, head)


def _placed(text: str, start: int, end: int, head: str) -> CurrencyMention | None:
    """Return the currency of the country named right before the head ("Chile's peso") or
    fronted in the sentence ("In Argentina, the peso fell 0.26%")."""
    country = _country_before(text, start)
    if country is not None:
        code = country_currency_with_head(country, head)
        if code is not None:
            return CurrencyMention(country_start(text, start), end, code, head)
    fronted = _FRONTED_PLACE.match(text)
    if fronted is None or fronted.end() > start:
        return None
    place = _place_names().get(fronted["place"])
    code = None if place is None else country_currency_with_head(place, head)
    return None if code is None else CurrencyMention(start, end, code, head)


_FRONTED_PLACE = re.compile(
    r"\s*(?:In|For|Across)\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*,"
)


def _named_before(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Return (start, code) when the words before the head complete a known name."""
    lex = currency_lexicon()
    word = text[start:end].lower()
    before = text[max(0, start - 40) : start]
    tokens = before.split()
    for count in (3, 2, 1):
        if len(tokens) < count or not before.endswith((" ", "\u00a0")):
            continue
        phrase = " ".join([*tokens[-count:], word]).lower()
        code = lex.names.get(phrase) or lex.names.get(
            " ".join([*tokens[-count:], lex.singular.get(word, word)]).lower()
        )
        if code is not None:
            return start - len(before) + before.rfind(tokens[-count]), code
    code = lex.names.get(word)
    if code is not None and len(lex.heads.get(word, ())) <= 1:
        return start, code
    return None


def _country_before(text: str, start: int) -> str | None:
    """Return the alpha-2 code of a demonym or "<Country>'s" right before ``start``."""
    tokens = text[max(0, start - 40) : start].split()
    if not tokens or not text[start - 1 : start].isspace():
        return None
    return _place_ending(tokens)


def _place_ending(tokens: list[str]) -> str | None:
    """Return the alpha-2 code of the place (or "<Place>'s") the last 1-3 tokens name."""
    names = _place_names()
    for count in (3, 2, 1):
        phrase = " ".join(tokens[-count:])
        phrase = phrase.removesuffix("'s").removesuffix("’s")
        if len(tokens) >= count and phrase in names:
            return names[phrase]
    return None


def _country_in_clause(text: str, start: int) -> str | None:
    """Return the alpha-2 code of the last country named in the clause before ``start``."""
    clause = text[:start]
    cut = max(clause.rfind(c) for c in ",;:(")
    tokens = clause[cut + 1 :].split()[-12:]
    for end in range(len(tokens), 0, -1):
        found = _place_ending(tokens[:end])
        if found is not None:
            return found
    return None


@functools.cache
def _place_names() -> dict[str, str]:
    """Return English country names, aliases and demonyms -> alpha-2."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            names[name] = code
            # "Myanmar (Burma)", "Congo (DRC)": the name and its gloss each name the country
            base, _, gloss = name.partition(" (")
            if gloss:
                names.setdefault(base, code)
                names.setdefault(gloss.rstrip(")"), code)
    names.update(COUNTRY_ALIASES)
    names.update(DEMONYMS)
    return names


def country_start(text: str, start: int) -> int:
    """Return the offset where the adjective before ``start`` begins."""
    before = text[:start].rstrip()
    cut = max(before.rfind(" ", 0, len(before) - 1), before.rfind("\n"))
    return cut + 1


def _after_the(text: str, start: int) -> bool:
    """Return True after "the" ("the won fell")."""
    return text[max(0, start - 4) : start].lower() == "the "


def _after_figure(text: str, start: int) -> bool:
    """Return True for a risky head that can only be a currency after a figure that is not a
    year: "1,480 won", "18 rand", "6.95 bolivars" ("2023 real GDP" is no Brazilian real, and
    "5 pounds" may be a weight)."""
    if start < 2 or not text[start - 2].isdigit():
        return False  # (speed: no figure right before)
    figure = _FIGURE_BEFORE.search(text, max(0, start - 16), start)
    return (
        figure is not None
        and _COUNTED_HEAD.match(text, start) is not None
        and not _YEAR.fullmatch(figure.group(1))
    )


_FIGURE_BEFORE = re.compile(r"([\d,.]*\d) $")
_YEAR = re.compile(r"(?:19|20)\d\d")
_COUNTED_HEAD = re.compile(
    r"(?i:won|rand|bol[ií]var(?:es|s)?|gourdes?|c[oó]rdobas?|c[oó]l[oó]n(?:es|s)?|leones?|kip|"
    r"leke?|drams?|vatu|tala|pula|maloti|loti|balboas?|dobras?)\b"
)


def qualified_heads_at(text: str) -> list[tuple[int, str, str]]:
    """Return (offset, head, code), in order, for the currencies ``text`` names in full whose
    head word several currencies share ("Chile's peso", "the Mexican peso"; not "the dollar",
    which means the US one wherever the article is).

    >>> qualified_heads_at("Chile's peso rose, and the Indian rupee fell; the peso gained.")
    [(0, 'peso', 'CLP'), (27, 'rupee', 'INR')]
    """
    found: list[tuple[int, str, str]] = []
    for match in _qualified_re().finditer(text):
        mention = _resolve_head(text, match.start("head"), match.end("head"), None)
        if mention is not None and mention.code and mention.start < match.start("head"):
            found.append((match.start(), mention.head, mention.code))
    return found


@functools.cache
def _qualified_re() -> re.Pattern[str]:
    """A capitalised word (a country, a demonym) before a head word several currencies share."""
    lex = currency_lexicon()
    shared = [h for h, codes in lex.heads.items() if len(codes) > 1 and h not in GLOBAL_HEADS]
    return re.compile(rf"[A-Z][\w.'’]*\s+(?P<head>(?i:{trie_pattern(shared)}))(?![\w-])")


_CODE_AT = re.compile(r"[A-Z]{3}(?![A-Za-z])")
_TOKEN = re.compile(r"\S+")
_ADJECTIVE = re.compile(r"(?:[A-Z][\w.'’-]*|new|south|north|east|west|central)$")


@functools.cache
def _symbol_re() -> re.Pattern[str]:
    return re.compile(symbol_pattern())


# the same nouns after "per", "to the", "against the" (the article already read)
_CURRENCY_NOUN_AT = re.compile(
    r"(?:(?i:common|single|shared)|(?P<adj>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?))\s+currency\b"
    + _NOT_A_COMPOUND
)


def _noun_code(adj: str | None) -> str | None:
    """Return the euro for "the common currency", else the currency of the place an adjective
    names ("the Japanese currency"), or None."""
    if adj is None:
        return "EUR"
    adj = adj.removesuffix("'s").removesuffix("’s")
    names = _place_names()
    country = names.get(adj) or names.get(adj.split()[-1])
    return None if country is None else currency_of_alpha2(country)


def currency_at(text: str, pos: int, *, home: str | None = None) -> CurrencyMention | None:
    """Return the currency named at ``pos``: a code, a symbol, or adjectives and a name.

    >>> currency_at("per U.S. dollar", 4).code, currency_at("98 RUB", 3).code
    ('USD', 'RUB')
    >>> currency_at("per barrel", 4) is None
    True
    """
    lex = currency_lexicon()
    code = _CODE_AT.match(text, pos)
    if code is not None and code.group() in lex.codes:
        return CurrencyMention(pos, code.end(), code.group(), code.group())
    symbol = _symbol_re().match(text, pos)
    if symbol is not None:
        found = resolve_symbol(symbol.group())
        if found is not None:
            return CurrencyMention(pos, symbol.end(), found, symbol.group())
    noun = _CURRENCY_NOUN_AT.match(text, pos)
    if noun is not None:
        # "88.385 pence to the common currency", "25 percent against the Japanese currency"
        named = _noun_code(noun.group("adj"))
        return None if named is None else CurrencyMention(pos, noun.end(), named, "currency")
    for index, token in enumerate(_TOKEN.finditer(text, pos, min(len(text), pos + 60))):
        head = lex.head_re.match(text, token.start())
        if head is not None:
            mention = _resolve_head(text, head.start(), head.end(), home)
            return (
                None
                if mention is None
                else CurrencyMention(pos, mention.end, mention.code, mention.head)
            )
        if index >= 3 or not _ADJECTIVE.match(token.group()):
            return None
    return None
