"""Currencies in prose: codes, names, plurals, variants, symbols and nicknames."""

from __future__ import annotations

import pytest

from econcheck.claims.currency_countries import alpha2_of_currency, currency_of_alpha2
from econcheck.claims.currency_names import resolve_code, resolve_symbol
from econcheck.claims.units import currency_at, find_currency_mentions


@pytest.mark.parametrize(
    ("symbol", "code"),
    [
        ("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₽", "RUB"), ("¥", "JPY"),
        ("₺", "TRY"), ("₴", "UAH"), ("₹", "INR"), ("₸", "KZT"), ("R$", "BRL"), ("C$", "CAD"),
    ],
)  # fmt: skip
def test_units_resolve_symbol_maps_symbols_to_iso_codes(symbol: str, code: str) -> None:
    """Each common currency sign resolves to its ISO 4217 code."""
    assert resolve_symbol(symbol) == code


def test_units_resolve_symbol_rejects_non_currency_signs() -> None:
    """Percent and letters are not currency symbols."""
    assert resolve_symbol("%") is None
    assert resolve_symbol("a") is None


def test_units_resolve_code_accepts_only_active_codes() -> None:
    """Active ISO 4217 codes pass; made-up ones do not."""
    assert resolve_code("UAH") == "UAH"
    assert resolve_code("XYZ") is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("the ruble and the rouble", ["RUB", "RUB"]),
        ("Russian rubles", ["RUB"]),
        ("the U.S. dollar and the greenback", ["USD", "USD"]),
        ("the Turkish lira", ["TRY"]),
        ("the Chinese yuan, or renminbi", ["CNY", "CNY"]),
        ("the Canadian dollar", ["CAD"]),
        ("the Indian rupee", ["INR"]),
        ("the hryvnia", ["UAH"]),
        ("sterling and the pound", ["GBP", "GBP"]),
        ("the Brazilian real", ["BRL"]),
        ("the South Korean won", ["KRW"]),
        ("the tenge", ["KZT"]),
        ("the Kazakh tenge", ["KZT"]),
    ],
)
def test_units_find_currency_mentions_names_the_currency(text: str, codes: list[str]) -> None:
    """Names, plurals, spelling variants and nicknames resolve to ISO codes."""
    assert [m.code for m in find_currency_mentions(text)] == codes


@pytest.mark.parametrize(
    "text",
    ["real GDP grew", "the euro zone economy", "a pound of beef", "Labour won the election"],
)
def test_units_find_currency_mentions_ignores_ordinary_words(text: str) -> None:
    """Words that are also currency names do not count without a currency context."""
    assert find_currency_mentions(text) == []


def test_units_find_currency_mentions_follows_the_article_country() -> None:
    """An ambiguous head word takes the currency of the article's country."""
    assert [m.code for m in find_currency_mentions("the peso fell", home="AR")] == ["ARS"]
    assert [m.code for m in find_currency_mentions("the peso fell")] == ["MXN"]
    assert [m.code for m in find_currency_mentions("the dollar rose", home="CA")] == ["USD"]


def test_units_find_currency_mentions_reads_currency_nouns() -> None:
    """'The common currency' is the euro and 'the Kazakh currency' the tenge."""
    assert [m.code for m in find_currency_mentions("The common currency fell")] == ["EUR"]
    assert [m.code for m in find_currency_mentions("The Kazakh currency fell")] == ["KZT"]
    assert [m.code for m in find_currency_mentions("the local currency", home="TR")] == ["TRY"]


def test_units_find_currency_mentions_includes_the_adjective_in_the_span() -> None:
    """The span of 'Russian ruble' starts at the adjective."""
    text = "the Russian ruble"
    (mention,) = find_currency_mentions(text)
    assert text[mention.start : mention.end] == "Russian ruble"


@pytest.mark.parametrize(
    ("text", "pos", "code"),
    [
        ("per U.S. dollar", 4, "USD"),
        ("98 RUB", 3, "RUB"),
        ("to the euro", 7, "EUR"),
        ("€5", 0, "EUR"),
    ],
)
def test_units_currency_at_reads_the_currency_at_a_position(text: str, pos: int, code: str) -> None:
    """A code, a symbol, or adjectives and a name at the position give the currency."""
    mention = currency_at(text, pos)
    assert mention is not None
    assert mention.code == code


def test_units_currency_at_rejects_other_nouns() -> None:
    """'per barrel' names no currency."""
    assert currency_at("per barrel", 4) is None


def test_units_country_and_currency_convert_both_ways() -> None:
    """A country's currency comes from babel and a currency's country from its code."""
    assert currency_of_alpha2("RU") == "RUB"
    assert currency_of_alpha2("EA") == "EUR"
    assert alpha2_of_currency("TRY") == "TR"
    assert alpha2_of_currency("EUR") == "EA"
    assert alpha2_of_currency("XDR") is None
