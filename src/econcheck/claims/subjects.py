"""Who and where: countries, central banks and forecasters named in a sentence.

Places come from babel's English territory names and pycountry's names, plus the
aliases, demonyms and capitals in ``vocab.py`` (all mapped to alpha-2 and converted to
ISO 3166-1 alpha-3 through pycountry). Central banks are found by name ("Bank of
Russia", "the Fed") and generically ("Central Bank of X", "the Turkish central bank").
Country codes are alpha-3, plus "EA" for the euro area and "WLD" for the world.

The article's default country is the most-named one; when no name is dominant (none,
or a tie), the currencies the article names decide (rouble -> RUS, lira -> TUR, euro ->
EA; never the US dollar, which is quoted everywhere).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from econcheck.claims.currency_countries import alpha2_of_currency, currency_of_alpha2
from econcheck.claims.currency_names import currency_lexicon
from econcheck.claims.trie import first_chars, trie_pattern
from econcheck.claims.units import find_currency_mentions
from econcheck.claims.vocab import (
    FORECASTERS,
    GENERIC_FORECASTERS,
)
from econcheck.claims.vocab_places import (
    CAPITALS,
    CENTRAL_BANK_BY_COUNTRY,
    CENTRAL_BANKS,
    COUNTRY_ALIASES,
    DEMONYMS,
    EURO_AREA_NAMES,
    IMPLIED_COUNTRIES,
    NON_COUNTRY_NAMES,
    NON_EVIDENCE_CURRENCIES,
    SHARED_OFFICE_COUNTRIES,
    WEAKLY_IMPLIED_COUNTRIES,
)

EURO_AREA = "EA"
WORLD = "WLD"


@dataclass(frozen=True, slots=True)
class Entity:
    """A named place or institution: span, country (alpha-3, EA, WLD) and forecaster name."""

    start: int
    end: int
    country: str | None
    forecaster: str | None = None
    is_specific: bool = True

    @property
    def is_central_bank(self) -> bool:
        """Return True for a central bank: an institution of a country, or one named only as
        "the central bank"."""
        return bool(self.forecaster) and (
            self.country is not None or self.forecaster == "central bank"
        )

    @property
    def is_place(self) -> bool:
        """Return True when the entity names a country (directly or through its bank)."""
        return self.country is not None


@dataclass(frozen=True, slots=True)
class _Tables:
    pattern: re.Pattern[str]
    places: dict[str, str]
    banks: dict[str, tuple[str, str]]


@functools.cache
def to_alpha3(alpha2: str) -> str | None:
    """Convert an alpha-2 code (or EA) to alpha-3 through pycountry.

    >>> to_alpha3("RU"), to_alpha3("EA"), to_alpha3("ZZ")
    ('RUS', 'EA', None)
    """
    if alpha2 in (EURO_AREA, WORLD):
        return alpha2
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return None if country is None else str(country.alpha_3)


@functools.cache
def _tables() -> _Tables:
    import pycountry
    from babel import Locale

    places: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                places[name] = country.alpha_2
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and to_alpha3(code) and "(" not in name:
            places.setdefault(name, code)
    places.update(COUNTRY_ALIASES)
    places.update(DEMONYMS)
    places.update(CAPITALS)
    bank_prefix = (
        r"(?:the\s+)?(?:(?:Central|National|Reserve|People's)\s+Bank\s+of\s+(?:the\s+)?"
        r"|Bank\s+of\s+)"
    )
    skip = trie_pattern(NON_COUNTRY_NAMES)
    named_banks = trie_pattern(CENTRAL_BANKS)
    place = trie_pattern(places)
    forecasters = trie_pattern([*FORECASTERS, *GENERIC_FORECASTERS])
    euro_area = trie_pattern(EURO_AREA_NAMES)
    lookahead = first_chars(
        [
            *NON_COUNTRY_NAMES,
            *CENTRAL_BANKS,
            *places,
            *_both_cases(EURO_AREA_NAMES),
            *_both_cases([*FORECASTERS, *GENERIC_FORECASTERS, "central bank"]),
            "the",
            "Central",
            "National",
            "Reserve",
            "People's",
            "Bank",
        ]
    )
    source = (
        rf"{lookahead}(?<![\w.])(?:(?P<skip>{skip})|(?P<bank>{named_banks})|(?P<ea>(?i:{euro_area}))"
        rf"|(?P<gbank>{bank_prefix})?(?P<place>{place})(?P<cb>(?:['’]s)?\s+(?i:central\s+bank))?"
        rf"|(?P<fc>(?i:{forecasters}))|(?P<cbank>(?i:central\s+bank)|(?<=[Tt]he\s)Bank(?!\s+(?:of|for)\b)))"
        r"(?![\w])"
    )
    return _Tables(pattern=re.compile(source), places=places, banks=CENTRAL_BANKS)


def is_place_name(name: str) -> bool:
    """Return True for a country's name, alias, demonym or capital ("Japan", "Moscow")."""
    return name in _tables().places


def _both_cases(words: Iterable[str]) -> list[str]:
    """Return each word with its first letter in lower and upper case (for a lookahead)."""
    return [w[:1].lower() + w[1:] for w in words] + [w[:1].upper() + w[1:] for w in words]


def find_entities(text: str) -> list[Entity]:
    """Find places, central banks and forecasters in ``text``, in order.

    >>> [(e.country, e.forecaster) for e in find_entities("The Bank of Russia and the IMF")]
    [('RUS', 'Bank of Russia'), (None, 'IMF')]
    >>> [(e.country, e.forecaster) for e in find_entities("the Turkish central bank and Moscow")]
    [('TUR', 'CBRT'), ('RUS', None)]
    >>> [e.country for e in find_entities("The Washington Post said the U.S. economy grew")]
    ['USA']
    """
    tables = _tables()
    found: list[Entity] = []
    for match in tables.pattern.finditer(text):
        entity = _entity(match, tables)
        if entity is None or _spells_out_before(text, match.start(), match.end()):
            continue
        if text[match.end() : match.end() + 1] == "$":
            continue  # "US$ 5 billion", "NZ$": a currency's symbol, not the place
        if _glued_pair(text, match.start(), match.end()):
            continue  # "the Sino-U.S. trade war", "U.S.-China talks": a relation, no subject
        if _visited_capital(text, match, tables):
            continue  # "the Outlook released in Washington": where, not who
        if found and _restates(text, found[-1], match.start(), match.end()):
            continue  # "Bank of Tanzania (BoT)": the name's own abbreviation, whatever else
        found.append(entity)
    if _CAPS_HINT.search(text):
        extra = _capital_places(text, found, tables)
        kept = [e for e in found if not any(x.start <= e.start and e.end <= x.end for x in extra)]
        found = sorted([*kept, *extra], key=lambda e: e.start)
    return found


_CAPS_HINT = re.compile(r"[A-Z]{4}")
# a name in capitals, with the rest of it as written ("PAPUA New Guinea's annual inflation")
_CAPS_WORDS = re.compile(
    r"(?<![\w'’])[A-Z]{2,}(?:[ -](?:[A-Z]{2,}|[A-Z][a-z]+))*(?=['’][Ss]\b|[^\w'’]|$)"
)


def _capital_places(text: str, found: list[Entity], tables: _Tables) -> list[Entity]:
    """Find places written in capitals, as wire copy opens a story ("UKRAINE'S central bank",
    "SOUTH AFRICA"), that the case-sensitive tables miss.

    >>> [(e.country, e.start) for e in find_entities("UKRAINE'S central bank raised rates")]
    [('UKR', 0), (None, 10)]
    """
    taken = [(e.start, e.end) for e in found]
    extra = []
    for match in _CAPS_WORDS.finditer(text):
        place = _caps_place(match, tables)
        if place is None:
            continue
        end, country = place
        if any(
            a < end and match.start() < b and not (match.start() <= a and b <= end)
            for a, b in taken
        ) or (end - match.start() < 4):
            continue  # (a name the tables found whole wins; one inside this one gives way)
        extra.append(Entity(match.start(), end, country))
    return extra


def _caps_place(match: re.Match[str], tables: _Tables) -> tuple[int, str] | None:
    """Return the end and country of the longest place a run of capitalised words opens with
    ("MOSCOW Stock Exchange" is Moscow), or None."""
    words = match.group().split(" ")
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        alpha2 = tables.places.get(name.title()) or tables.places.get(
            name.title().replace("Of", "of")
        )
        if alpha2 is not None:
            country = to_alpha3(alpha2)
            if country is not None:
                return match.start() + len(name), country
    return None


_GLUED_BEFORE = re.compile(r"(?:Sino|Franco|Anglo|Russo|Indo|Afro|Euro|[A-Z][\w.]*)-$")
_GLUED_AFTER = re.compile(r"-(?:[A-Z][\w.]*)")


def _glued_pair(text: str, start: int, end: int) -> bool:
    """Return True for a place joined by a hyphen to another name ("Sino-U.S.", "U.S.-China")."""
    return bool(
        _GLUED_BEFORE.search(text, max(0, start - 12), start) or _GLUED_AFTER.match(text, end)
    )


# where a report came out or a speaker spoke: "the Outlook released in Washington" (but "the
# rupee closed at Rs 298.5 in Colombo" does name the rupee's country)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:released|published|issued|unveiled|presented|launched|said|told|speaking|spoke|"
    r"held|meeting|met|visiting|visited)\s+(?:\w+\s+)?(?:in|at)\s+$",
    re.IGNORECASE,
)


def _visited_capital(text: str, match: re.Match[str], tables: _Tables) -> bool:
    """Return True for a capital named as where something happened ("said in Washington")."""
    name = match.group("place")
    return (
        name is not None
        and name in CAPITALS
        and match.group("gbank") is None
        and _LOCATIVE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
    )


_BRACKETED_ABBREVIATION = re.compile(r"\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)")


def defined_abbreviations(text: str, entities: Sequence[Entity]) -> dict[str, Entity]:
    """Return the abbreviations ``text`` defines in brackets after a named place or bank
    ("The Bank of Jamaica (BOJ)"), and the initials of each bank it names, each with the entity
    it stands for."""
    ends = {e.end: e for e in entities if e.country is not None}
    defined = {}
    for match in _BRACKETED_ABBREVIATION.finditer(text):
        named = ends.get(match.start() - 1) or ends.get(match.start())
        if named is not None:
            defined[match["abbr"]] = named
    for entity in entities:  # "the Bank of Jamaica ... BOJ": the initials of a bank named
        if entity.country is not None and entity.forecaster is not None:
            for initials in _initials(text[entity.start : entity.end]):
                defined.setdefault(initials, entity)
    return defined


_SMALL_WORDS = frozenset({"of", "the", "and"})


def _initials(name: str) -> tuple[str, ...]:
    """Return the ways ``name`` is abbreviated: "Bank of Jamaica" -> BOJ, BoJ, BJ.

    >>> _initials("Bank of Jamaica"), _initials("Fed")
    (('BOJ', 'BoJ', 'BJ'), ())
    """
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return ()
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in _SMALL_WORDS)
    return tuple(dict.fromkeys((every.upper(), every, content)))


def with_abbreviations(
    text: str, entities: Sequence[Entity], defined: Mapping[str, Entity]
) -> list[Entity]:
    """Return ``entities`` with each abbreviation the article defined standing for what it
    defined ("BOJ" after "the Bank of Jamaica (BOJ)" is Jamaica's bank, not Japan's)."""
    if not defined:
        return list(entities)
    out = []
    for entity in entities:
        named = defined.get(text[entity.start : entity.end])
        if named is not None and named.country != entity.country:
            entity = replace(entity, country=named.country, forecaster=named.forecaster)
        out.append(entity)
    return out


def _restates(text: str, before: Entity, start: int, end: int) -> bool:
    """Return True for an abbreviation in brackets right after a name ("Bank of Tanzania
    (BoT)"): it stands for that name, even where it stands for another elsewhere."""
    return (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and 0 <= start - 1 - before.end <= 1
    )


# "its benchmark lending rate (CBR)": a rate's abbreviation, whatever words it stands for
_RATE_BRACKET = re.compile(r"\brate\s*\($", re.IGNORECASE)


def _spells_out_before(text: str, start: int, end: int) -> bool:
    """Return True for "(CBR)" after "Central Bank Rate" (an abbreviation of those words) or
    after any rate's name.

    >>> _spells_out_before("the Central Bank Rate (CBR) at 17%", 23, 26)
    True
    >>> _spells_out_before("its benchmark lending rate (CBR) to 16%", 28, 31)
    True
    >>> _spells_out_before("the rouble (CBR) at 90", 12, 15)
    False
    """
    acronym = text[start:end]
    if not (acronym.isupper() and text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    if _RATE_BRACKET.search(text, max(0, start - 8), start):
        return True
    words = text[max(0, start - 80) : start - 1].split()[-len(acronym) :]
    return "".join(w[:1] for w in words).upper() == acronym and len(words) == len(acronym)


# (not a person's or firm's past: "former Wall Street banker Hafize Gaye Erkan")
_NOT_IMPLIED_AFTER = r"(?!\s+(?:bankers?|banks?|firms?|veterans?|executives?|analysts?|traders?))"
# (the ECB's "deposit facility", not a "standing deposit facility": India's, Sri Lanka's)
_NOT_IMPLIED_BEFORE = r"(?<![\w-])(?<!standing\s)(?<!Standing\s)"
_IMPLIED = re.compile(
    rf"{_NOT_IMPLIED_BEFORE}(?:{trie_pattern(IMPLIED_COUNTRIES)})(?![\w-]){_NOT_IMPLIED_AFTER}",
    re.IGNORECASE,
)
_IMPLIED_LOWER = re.compile(
    rf"{_NOT_IMPLIED_BEFORE}(?:{trie_pattern(IMPLIED_COUNTRIES)})(?![\w-]){_NOT_IMPLIED_AFTER}"
)
_SHARED_OFFICE = re.compile(rf"(?<![\w-])(?:{trie_pattern(SHARED_OFFICE_COUNTRIES)})(?![\w-])")
_WEAKLY_IMPLIED = re.compile(
    rf"(?<![\w-])(?:{trie_pattern(WEAKLY_IMPLIED_COUNTRIES)})(?![\w-])", re.IGNORECASE
)


def implied_country(text: str, *, weak: bool = False) -> str | None:
    """Return the country implied by an institution or rate name ("the Selic" -> BRA).

    >>> implied_country("the federal funds rate"), implied_country("the key rate", weak=True)
    ('USA', 'RUS')
    """
    table = WEAKLY_IMPLIED_COUNTRIES if weak else IMPLIED_COUNTRIES
    match = (_WEAKLY_IMPLIED if weak else _IMPLIED).search(text)
    return None if match is None else to_alpha3(table[" ".join(match.group().lower().split())])


def _entity(match: re.Match[str], tables: _Tables) -> Entity | None:
    start, end = match.span()
    if match.group("skip"):
        return None
    if match.group("ea"):
        return Entity(start, end, EURO_AREA)
    if match.group("bank"):
        alpha2, name = tables.banks[match.group("bank")]
        return Entity(start, end, to_alpha3(alpha2), name)
    if match.group("place"):
        alpha2 = tables.places[_normal_space(match.group("place"))]
        if match.group("gbank") and match.group("place") == "America":
            return None  # Bank of America is a lender
        country = to_alpha3(alpha2)
        if match.group("gbank") or match.group("cb"):
            return Entity(start, end, country, central_bank_name(country))
        return Entity(start, end, country)
    if match.group("fc"):
        key = _normal_space(match.group("fc")).lower()
        if key in FORECASTERS:
            return Entity(start, end, None, FORECASTERS[key])
        return Entity(start, end, None, GENERIC_FORECASTERS[key], is_specific=False)
    return Entity(start, end, None, "central bank", is_specific=False)


def _normal_space(text: str) -> str:
    return " ".join(text.split())


def central_bank_name(country: str | None) -> str:
    """Return the canonical name of a country's central bank ("RUS" -> "Bank of Russia").

    >>> central_bank_name("RUS"), central_bank_name("TUR"), central_bank_name(None)
    ('Bank of Russia', 'CBRT', 'central bank')
    """
    if country is None:
        return "central bank"
    alpha2 = to_alpha2(country)
    if alpha2 in CENTRAL_BANK_BY_COUNTRY:
        return CENTRAL_BANK_BY_COUNTRY[alpha2]
    return f"central bank of {country_name(country)}"


@functools.cache
def to_alpha2(country: str) -> str:
    """Convert an alpha-3 code back to alpha-2 (EA and WLD stay as they are).

    >>> to_alpha2("RUS"), to_alpha2("EA")
    ('RU', 'EA')
    """
    if country in (EURO_AREA, WORLD):
        return country
    import pycountry

    found = pycountry.countries.get(alpha_3=country)
    return country if found is None else str(found.alpha_2)


@functools.cache
def country_name(country: str) -> str:
    """Return the English name of an alpha-3 code ("RUS" -> "Russia")."""
    from babel import Locale

    names: Mapping[str, str] = Locale("en").territories
    return names.get(to_alpha2(country), country)


def default_country(texts: Iterable[str]) -> str | None:
    """Return the country named most often (ties: the first named), or None.

    >>> default_country(["Moscow said the ruble fell.", "Russia and the U.S. disagree."])
    'RUS'
    """
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for text in texts:
        count_mentions(text, counts, order)
    return pick_default(counts, order)


def count_mentions(text: str, counts: Counter[str], order: dict[str, int]) -> None:
    """Add the place mentions in ``text`` to ``counts`` (first-seen order in ``order``)."""
    for entity in find_entities(text):
        if entity.country is not None:
            counts[entity.country] += 1
            order.setdefault(entity.country, len(order))


def count_evidence(text: str, evidence: Counter[str]) -> None:
    """Add what ``text`` says of the article's country besides places: currencies, institutions."""
    count_currencies(text, evidence)
    count_institutions(text, evidence)


def count_institutions(text: str, evidence: Counter[str]) -> None:
    """Add the country of each national institution named in ``text`` ("Statistics SA").

    >>> evidence: Counter[str] = Counter()
    >>> count_institutions("According to Statistics SA, prices rose; Banxico held.", evidence)
    >>> sorted(evidence.items())
    [('MEX', 1), ('ZAF', 1)]
    """
    if not text.strip():
        return
    lower = text.lower()  # lower-cased: a faster scan
    for match in _IMPLIED_LOWER.finditer(lower):
        country = to_alpha3(IMPLIED_COUNTRIES[" ".join(match.group().split())])
        if country is not None:
            evidence[country] += 1
    if "office" in lower or "ministry" in lower:
        for match in _SHARED_OFFICE.finditer(lower):
            country = to_alpha3(SHARED_OFFICE_COUNTRIES[" ".join(match.group().split())])
            if country is not None:
                evidence[country] += 1


def count_currencies(text: str, evidence: Counter[str]) -> None:
    """Add the country of each national currency named in ``text`` to ``evidence``.

    The euro counts for the euro area; the US dollar and supranational units not at all.

    >>> evidence: Counter[str] = Counter()
    >>> count_currencies("The rouble fell to 100 per dollar; the euro and the lira rose.", evidence)
    >>> list(evidence.items())
    [('RUS', 1), ('EA', 1), ('TUR', 1)]
    """
    if not any(ch.isalpha() for ch in text):
        return
    for mention in find_currency_mentions(text):
        if mention.code in NON_EVIDENCE_CURRENCIES:
            continue
        alpha2 = alpha2_of_currency(mention.code)
        country = None if alpha2 is None else to_alpha3(alpha2)
        if country is not None:
            evidence[country] += 1


# how many currency mentions outweigh a country named only once
_EVIDENCE_OVER_A_NAME = 3


def _share_a_currency_name(first: str, second: str) -> bool:
    """Return True when two countries' currencies share a name ("rupee": India, Pakistan), so
    a mention of it is no evidence for one over the other."""
    codes = {currency_of_alpha2(to_alpha2(c)) for c in (first, second)}
    if None in codes or len(codes) < 2:
        return False
    return any(codes <= heads for heads in currency_lexicon().heads.values())


def _uses_the_euro(country: str) -> bool:
    alpha2 = to_alpha2(country)
    return alpha2 is not None and currency_of_alpha2(alpha2) == "EUR"


def pick_default(
    counts: Counter[str], order: dict[str, int], evidence: Counter[str] | None = None
) -> str | None:
    """Return the article's country: the most named, else the most evidenced by currency.

    ``counts`` are weighted names (``extract._count``: 2 a name, 1 for the US). A country
    named more often than any other wins. With no name, or a tie, the currency ``evidence``
    (see ``count_currencies``, first-counted first) decides among the tied countries, or among
    all it holds when no country is named; else the earliest named.

    >>> pick_default(Counter({"RUS": 4, "USA": 2}), {"USA": 0, "RUS": 1}, Counter({"TUR": 5}))
    'RUS'
    >>> pick_default(Counter({"USA": 2, "RUS": 2}), {"USA": 0, "RUS": 1}, Counter({"RUS": 1}))
    'RUS'
    >>> pick_default(Counter(), {}, Counter({"UKR": 1, "EA": 2})), pick_default(Counter(), {})
    ('EA', None)
    >>> pick_default(Counter({"HRV": 4, "EA": 4}), {"HRV": 0, "EA": 1}, Counter({"EA": 2}))
    'HRV'
    """
    top = max(counts.values(), default=0)
    tied = [c for c in counts if counts[c] == top]
    if EURO_AREA in tied and any(_uses_the_euro(c) for c in tied if c != EURO_AREA):
        tied.remove(EURO_AREA)  # a member named as often as the euro area is the story's
    if evidence and top <= 2:  # one name (extract._count: 2 a name, 1 for the US)
        leader, times = max(evidence.items(), key=lambda kv: kv[1])
        if (
            times >= _EVIDENCE_OVER_A_NAME
            and leader not in tied
            and not any(_share_a_currency_name(leader, c) for c in tied)
        ):
            return leader  # the rupee named four times beats one "Bank of England" in passing
    if evidence:
        pool = [c for c in evidence if c in tied] if tied else list(evidence)
        if pool and (len(tied) != 1):
            return max(pool, key=lambda c: evidence[c])  # the first counted on a tie
    if not tied:
        return None
    return min(tied, key=lambda c: order.get(c, 0))
