"""Figures of a region, state, province or city: no claim about a country's series.

"Alberta's annual rate of inflation was 0.9 per cent in February", "Shanghai's economy grew
9.7 percent", "the state's real GDP increased 2.2 percent": the official series econcheck
checks against are national, so a regional figure read as the country's would be checked
against the wrong series (a false alarm). Such inflation and GDP figures give no claim. The
region names are the first-level subdivisions of ISO 3166-2 for the economies whose regional
data make the news (region_table.py, generated from pycountry by ``iso_region_names``), plus
the English names wires use ("Bavaria", "Catalonia", "Java"). A national figure beside a
regional one ("..., below the national rate of 1.2%", "the 0.4% rise in GDP seen across the
UK") stays a claim.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from econcheck.claims.context import Draft, SentenceContext
from econcheck.claims.region_table import ISO_REGION_NAMES
from econcheck.claims.trie import trie_pattern
from econcheck.claims.vocab_places import COUNTRY_ALIASES, REGION_NAMES_EN, REGIONAL_ADJECTIVES
from econcheck.models import Claim, Indicator

# the economies whose subdivisions are named in economic news with figures of their own
REGIONAL_DATA = ("US", "CA", "AU", "DE", "ES", "IT", "JP", "CN", "IN", "ID", "PH", "BR", "GB")
# subdivision names that also name a country or territory with series of its own, a capital
# used for its government, or a common word: never read as a region
_NOT_REGIONS = frozenset(
    {
        "Georgia", "Washington", "England", "Papua", "Distrito Federal", "Taiwan",
        "Hong Kong SAR", "Macao SAR", "Puerto Rico", "Guam", "American Samoa", "Virgin Islands",
        "Northern Mariana Islands", "United States Minor Outlying Islands",
    }
)  # fmt: skip
_TYPE_WORDS = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur|Zangzu)\b.*$")


def _plain(name: str) -> str:
    """Return ``name`` without diacritics ("Gujarāt" -> "Gujarat")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def iso_region_names() -> frozenset[str]:
    """Return the ISO 3166-2 names region_table.py holds, from pycountry (for regenerating
    and checking that table): first-level subdivisions of ``REGIONAL_DATA``, without their
    type words ("Guangdong Sheng"), as written and without diacritics."""
    import pycountry  # (only to build the table: extraction reads region_table.py)

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code not in REGIONAL_DATA or sub.parent_code is not None:
            continue
        name = sub.name.split(" [")[0].split(",")[0].split(" (")[0]
        name = _TYPE_WORDS.sub("", name).strip()
        names.update({name, _plain(name)})
    return frozenset(names)


@functools.cache
def region_names() -> frozenset[str]:
    """Return the names of the regions figures may be given for, as written and in capitals
    ("SHANGHAI'S economic growth" in a lede)."""
    names = (set(ISO_REGION_NAMES) | set(REGION_NAMES_EN)) - _NOT_REGIONS - set(COUNTRY_ALIASES)
    names = {n for n in names if len(n) > 2}
    return frozenset(names | {n.upper() for n in names})


_INDICATOR = (
    r"(?:economy|economic\s+growth|growth|gdp|gross\s+domestic\s+product|output|inflation|"
    r"inflation\s+rate|rate\s+of\s+inflation|cpi|consumer\s+price\s+index|consumer\s+prices|"
    r"prices|retail\s+inflation)"
)
# after a region's name: "Alberta's annual rate of inflation", "Kalimantan also recorded"
_POSSESSIVE = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_INDICATOR}\b", re.IGNORECASE)
_OWN_VERB = re.compile(
    r"\s+(?:also\s+)?(?:recorded|posted|saw|grew|expanded|registered|logged|contracted|"
    r"shrank)\b",
    re.IGNORECASE,
)
# before it: "inflation in Hessen", "the annual inflation rate in the Calgary ..."
_INDICATOR_IN = re.compile(rf"{_INDICATOR}\s+(?:rate\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
# no name needed: "the state's real gross domestic product", "regional inflation"
_GENERIC = re.compile(
    rf"\b(?:state|province|region|prefecture|emirate|city)['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_INDICATOR}\b"
    rf"|\b(?:regional|provincial|state-level|municipal)\s+"
    rf"(?:(?:annual|headline|core|real|consumer)\s+)?{_INDICATOR}\b"
    r"|\b(?:metropolitan\s+area|census\s+metropolitan|regions\s+registered)\b"
    # "In terms of governorates, the highest inflation rate was registered by Al Dhahirah"
    r"|\bgovern(?:or)?ates?\b"
    r"|\bthe\s+(?:state|province)\s+(?:recorded|posted|saw|registered)\b"
    # "These regions had witnessed 7.90 per cent, 5.69 per cent ... inflation": the regions
    # the sentence before named
    r"|\b(?:these|those|the|both|all|other)\s+(?:two\s+|three\s+|four\s+|five\s+)?"
    r"(?:regions|provinces|states|prefectures|emirates|cities)\s+(?:had\s+|have\s+)?"
    r"(?:witnessed|recorded|posted|saw|registered|reported|logged)\b",
    re.IGNORECASE,
)


@functools.cache
def _names_re() -> re.Pattern[str]:
    names = trie_pattern(sorted(region_names()))
    adjectives = trie_pattern(REGIONAL_ADJECTIVES)
    # "The Catalan economy", "Scottish GDP": the adjective and its indicator in one match
    return re.compile(rf"\b(?:(?P<adj>{adjectives})\s+(?i:{_INDICATOR})|{names})\b")


# the country's own figure beside a region's: "..., below the national rate of 1.2%"
_NATIONAL = re.compile(
    r"\b(?:national|nationwide|nationally|countrywide|country['’]s|nation['’]s|the\s+country|"
    r"the\s+nation|overall)\b",
    re.IGNORECASE,
)
# "lagged behind the 0.4% rise in GDP seen across the UK": the country named owns the figure
_COUNTRY_OF_FIGURE = re.compile(
    r"[^,;.]{0,30}?\b(?:across|in|for|throughout|of)\s+(?:the\s+)?", re.IGNORECASE
)


def is_regional(ctx: SentenceContext, draft: Draft) -> bool:
    """Return True for an inflation or GDP figure of a region, state, province or city."""
    if draft.indicator not in (Indicator.INFLATION, Indicator.GDP_GROWTH):
        return False
    text = ctx.text
    if _continues_region(ctx):
        return True  # "The growth rate compared with a 13.3 percent jump in 2007."
    end = _regional_subject(text, draft)
    if end is None:
        return False
    if end <= draft.quantity.start and _NATIONAL.search(text, end, draft.quantity.start):
        return False
    figure_end = draft.quantity.per_end
    return not any(
        end <= e.start < draft.quantity.start
        or _COUNTRY_OF_FIGURE.fullmatch(text, figure_end, e.start) is not None
        for e in ctx.entities
        if e.country
        and e.start >= end
        # "the Governorate of Muscat": a subdivision named after its city, not the country
        and not _SUBDIVISION_OF.search(text, max(0, e.start - 24), e.start)
    )


_SUBDIVISION_OF = re.compile(
    r"\b(?:governorate|province|region|prefecture|emirate|municipality|city)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _regional_subject(text: str, draft: Draft) -> int | None:
    """Return where the regional subject of a figure ends: the last one before the figure in
    the whole sentence ("Michigan's economy slowed ..., slower than the 3.5 percent growth in
    2011" is Michigan's throughout), or the subject right after an opening clause that holds
    the figure ("After contracting by 3.5 percent in 2009, Dubai's economy could ..."); else
    None."""
    subjects = _regional_subjects(text)
    ends = [end for end in subjects if end <= draft.quantity.start]
    if ends:
        return ends[-1]
    fronted = _FRONTED_CLAUSE.match(text)
    if fronted is None or draft.quantity.per_end > fronted.end():
        return None
    return next((end for end in subjects if fronted.end() < end <= fronted.end() + 40), None)


# an opening clause whose figure belongs to the main clause's subject
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:After|Following|Having|Despite|Before|While|Besides)\b[^,;]{0,100},\s*"
)


# a sentence that opens by referring back to the one before: "The growth rate compared with",
# "The rate of growth slowed, however, from", "It was up 10.1% in the first three quarters"
_REFERS_BACK = re.compile(
    r"\s*(?:[\w.' -]{0,40},\s*)?(?:it|its|this|that|the\s+(?:growth\s+rate|inflation\s+rate|"
    r"rate\s+of\s+(?:growth|inflation)|rate|expansion|growth|increase|rise|figure|reading))\b",
    re.IGNORECASE,
)


def _continues_region(ctx: SentenceContext) -> bool:
    """Return True for a sentence that goes on about the region the one before spoke of: it
    refers back and names no country."""
    return (
        ctx.regional_before
        and _REFERS_BACK.match(ctx.text) is not None
        and not any(e.country for e in ctx.entities)
    )


def gives_regional_figures(ctx: SentenceContext, found: list[Claim]) -> bool:
    """Return True for a sentence about a region's inflation or growth that gave no figure of
    the country's: the next sentence may go on about the region."""
    if any(c.indicator in (Indicator.INFLATION, Indicator.GDP_GROWTH) for c in found):
        return False
    return bool(_regional_subjects(ctx.text)) or _continues_region(ctx)


@functools.lru_cache(maxsize=64)
def _regional_subjects(text: str) -> tuple[int, ...]:
    """Return where each regional subject of ``text`` ends, in order (one scan a sentence)."""
    ends = [m.end() for m in _GENERIC.finditer(text)]
    for match in _names_re().finditer(text):
        if match.group("adj"):
            ends.append(match.end())
            continue
        after = _POSSESSIVE.match(text, match.end()) or _OWN_VERB.match(text, match.end())
        if after is not None:
            ends.append(after.end())
        elif _INDICATOR_IN.search(text, max(0, match.start() - 40), match.start()):
            ends.append(match.end())
    return tuple(sorted(ends))
