"""Everything found in one sentence, and the draft claims built from it.

``build_context`` runs the finders once per sentence (time expressions first, so their
numbers are masked); ``fx.py`` and ``rates.py`` turn quantities into ``Draft`` claims;
``finish.py`` adds the qualifier, record, period, horizon, country and attribution.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from econcheck.claims.carried_cues import PRONOUN_START, is_carried, with_carried
from econcheck.claims.currency_names import currency_lexicon
from econcheck.claims.patterns import CLAUSE_BREAK_RE, Cue, CueKind, find_cues
from econcheck.claims.periods import PeriodMention, find_periods
from econcheck.claims.quantities import QKind, Quantity, find_quantities
from econcheck.claims.subjects import Entity, find_entities
from econcheck.claims.trie import has_any_word
from econcheck.claims.units import CurrencyMention, find_currency_mentions
from econcheck.models import Change, Indicator, Period

# A digit or a number word. Two patterns, not one alternation: a lone ``\d`` lets the
# regex engine skip ahead by character class, which is ~3x faster on prose.
_DIGIT = re.compile(r"\d")
# Number words, searched in lower-cased text: ``re`` scans a case-sensitive alternation of
# literals several times faster than the same words under IGNORECASE.
_NUMBER_WORD = re.compile(
    r"percent|per cent|point|half|third|quarter|fifth|tenth|doubled|tripled|trebled|"
    r"quadrupled|halved|flat|unchanged|stagnated|stalled|parity"
)
_TAIL_STOP = re.compile(
    r"[,;:()\[\]]|\s[—–-]\s|—|\.(?!\d)|\b(?:but|while|as|which)\b"
    # (not "seasonally adjusted and annualised": one measure phrase)
    r"|\band\b(?!\s+(?:seasonally\s+)?(?:annuali[sz]ed|adjusted)\b)"
)
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+[^,;.]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceContext:
    """A sentence with its quantities, cues, entities, currencies and time expressions."""

    text: str
    offset: int
    published: dt.date
    quantities: tuple[Quantity, ...]
    quantity_starts: tuple[int, ...]
    cues: tuple[Cue, ...]
    entities: tuple[Entity, ...]
    currencies: tuple[CurrencyMention, ...]
    periods: tuple[PeriodMention, ...]
    country: str | None
    home: str | None
    home_currency: str | None
    # the indicator and period of the previous sentence's headline claim, for a sentence that
    # refers back to it ("GDP grew 0.5% in the third quarter. It was up 2.6% on the year.")
    carried_period: tuple[Indicator, Period] | None = None
    # the latest period the article has dated an inflation or GDP outcome with so far (the
    # release it reports): "GDP grew 1.4% in the second quarter ... Investment rose 2.1%"
    release_periods: tuple[tuple[Indicator, Period], ...] = ()
    # who made the forecasts of the sentences just before: "The bank sees inflation at 3% by
    # the end of the year" after a sentence naming the Bank of Thailand's projections
    carried_forecaster: str | None = None
    # the currency pair of the article's last exchange rate (base, quote), for "the pair" of
    # FX commentary ("USD/JPY rose 0.8%. The pair traded near 148.00")
    carried_pair: tuple[str, str] | None = None
    # the sentence before gave a region's inflation or growth ("Shanghai's economy grew 9.7%"),
    # which a sentence referring back continues ("The growth rate compared with 13.3% in 2007")
    regional_before: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """A claim before its modifiers: indicator, value and span within the sentence.

    ``anchor`` is where the claim's subject or cue starts; ``flip`` is True when the
    subject is the quote currency ("the ruble fell to 140 per dollar"), so a record low
    of the subject is a record high of the value as stored; ``movement`` is the
    direction of the subject's move (+1 up, -1 down, 0 unknown).
    """

    indicator: Indicator
    quantity: Quantity
    start: int
    end: int
    anchor: int
    value: Decimal
    value_text: str
    unit: str
    value_max: Decimal | None = None
    change: Change | None = None
    base: str | None = None
    quote: str | None = None
    flip: bool = False
    movement: int = 0
    secondary: bool = False

    @property
    def is_change_only(self) -> bool:
        """True for a move with no level ("lost 20%"): the value is the change itself."""
        return self.change is not None and self.value == self.change.value


def build_context(
    text: str,
    *,
    offset: int,
    published: dt.date,
    country: str | None,
    home: str | None,
    home_currency: str | None,
    entities: list[Entity] | None = None,
    carried: CueKind | None = None,
    previous: str = "",
    carried_period: tuple[Indicator, Period] | None = None,
    carried_currency: str | None = None,
    release_periods: tuple[tuple[Indicator, Period], ...] = (),
    carried_forecaster: str | None = None,
    named_currencies: Mapping[str, str] | None = None,
    carried_pair: tuple[str, str] | None = None,
    regional_before: bool = False,
) -> SentenceContext | None:
    """Return the context of a sentence with at least one quantity, else None.

    ``entities`` may be passed when already found (offsets relative to the sentence).
    ``carried`` is the indicator of the previous sentence's claims (else the last indicator
    word of ``previous``), taken up by a sentence that opens with a pronoun ("It rose to
    13.5% on Feb. 24"): an empty cue at its start. Such a sentence also takes
    ``carried_period``, the indicator and period of the previous sentence's headline claim
    (its first of the indicator it ends on): a figure of that indicator with no time
    expression of its own takes that period. ``carried_currency`` is the currency the previous
    sentence's exchange rates were about: "It earlier fell to 4.31" and "The currency dropped
    1.4% last week" speak of it. ``release_periods`` are the periods of the releases the
    article reports so far, by indicator. ``named_currencies`` maps a shared currency head
    word to the currency the article last named in full with it ("Chile's peso").
    ``carried_pair`` is the pair of the article's last exchange rate, which "the pair" names;
    ``regional_before`` says the sentence before gave a region's figures (regions.py).
    """
    if not has_numeric(text):
        return None
    found = find_quantities(text, [], home=home)
    carries = (carried_currency is not None and CURRENCY_PRONOUN.match(text) is not None) or (
        carried_pair is not None and THE_PAIR.search(text) is not None
    )
    if not found or not (carries or _may_claim(text, found)):
        return None
    periods = find_periods(text, published)
    quantities = [q for q in found if not _is_date_part(q, periods)]
    if not quantities:
        return None
    cues = with_carried(find_cues(text), text, carried, previous)
    refers_back = bool(cues) and is_carried(cues[0])
    mentions = find_currency_mentions(text, home=home, named=named_currencies)
    if named_currencies:
        quantities = _named_units(quantities, mentions, named_currencies)
    return SentenceContext(
        text=text,
        offset=offset,
        published=published,
        quantities=tuple(quantities),
        quantity_starts=tuple(q.start for q in quantities),
        cues=cues,
        entities=tuple(find_entities(text) if entities is None else entities),
        currencies=_with_carried_currency(mentions, text, carried_currency),
        periods=tuple(periods),
        country=country,
        home=home,
        home_currency=home_currency,
        carried_period=(
            carried_period
            if refers_back or PRONOUN_START.match(text) or SAME_PERIOD.search(text)
            else None
        ),
        release_periods=release_periods,
        carried_forecaster=carried_forecaster,
        carried_pair=carried_pair,
        regional_before=regional_before,
    )


def _named_units(
    quantities: list[Quantity], mentions: list[CurrencyMention], named: Mapping[str, str]
) -> list[Quantity]:
    """Give a figure's unit the currency the article named in full with that head word: after
    "The Tunisian dinar fell", "2.2964 dinars" is TND, not the head word's default."""
    renamed = [m for m in mentions if named.get(m.head) == m.code]
    if not renamed:
        return quantities
    heads = currency_lexicon().heads
    out: list[Quantity] = []
    for quantity in quantities:
        for mention in renamed:
            shared = heads.get(mention.head, frozenset())
            if quantity.start <= mention.start < quantity.end and quantity.currency in shared:
                quantity = replace(quantity, currency=mention.code)
            elif quantity.end <= mention.start < quantity.per_end and quantity.per in shared:
                quantity = replace(quantity, per=mention.code)
        out.append(quantity)
    return out


# "It", "The currency", "The local unit", "The Swedish currency", "The exchange rate": the
# previous sentence's
# "the pair" (or "the cross") of FX commentary: the pair quoted last
THE_PAIR = re.compile(r"\b(?i:the)\s+(?:currency\s+)?(?:pair|cross)\b")
CURRENCY_PRONOUN = re.compile(
    r"\s*(?:(?:By|At|In|On|Later|Earlier|Early|Late|So\s+far|Before|After|Since|Until|"
    r"Following|Ahead\s+of|Shortly|Just|Meanwhile|Today|Yesterday|Then)\b[^,;.%\d]{0,25},\s+"
    r"(?=it\b|the\b)"  # "By midday, it was changing hands at 7.2071"
    # "Last year it slumped 44%", "In 2021 it lost 44%": a time put first with no comma
    r"|(?:(?:Last|This)\s+(?:year|month|week|quarter)|In\s+(?:19|20)\d\d|So\s+far\s+this\s+year)"
    r"\s+(?=it\b))?"
    r"(?P<it>[Ii]t|(?i:the)\s+(?:(?:local|domestic|[A-Z][a-z]+)\s+)?(?:currency|unit)|"
    r"(?i:the)\s+(?:move|decline|fall|drop|gain|rise)|(?i:the)\s+(?:exchange\s+)?rate)\b"
)


def _with_carried_currency(
    found: list[CurrencyMention], text: str, carried: str | None
) -> tuple[CurrencyMention, ...]:
    """Return ``found`` with the carried currency at a pronoun that opens the sentence."""
    if carried is None:
        return tuple(found)
    match = CURRENCY_PRONOUN.match(text)
    if match is None or any(m.start < match.end() for m in found):
        return tuple(found)
    return (CurrencyMention(match.start("it"), match.end(), carried, "it"), *found)


# "In the same month, the inflation rate stood at 7.73%": the previous sentence's period
SAME_PERIOD = re.compile(
    r"\b(?:in|during|for|over)\s+the\s+same\s+(?:month|quarter|period|year)\b(?!\s+(?:of|last|a\s+year))",
    re.IGNORECASE,
)


def covering_quantity(ctx: SentenceContext, start: int, end: int) -> Quantity | None:
    """Return the quantity whose span holds ``start``..``end`` (a currency inside "98 rubles")."""
    index = bisect.bisect_right(ctx.quantity_starts, start)
    for quantity in ctx.quantities[max(0, index - 3) : index]:
        if quantity.start <= start and end <= quantity.per_end:
            return quantity
    return None


def has_numeric(text: str, start: int = 0, end: int | None = None) -> bool:
    """Return True when ``text[start:end]`` has a digit or a number word (the cheap pre-scan).

    >>> has_numeric("Analysts said that the outlook was uncertain."), has_numeric("a 2% rise")
    (False, True)
    """
    stop = len(text) if end is None else end
    if _DIGIT.search(text, start, stop) is not None:
        return True
    return _NUMBER_WORD.search(text[start:stop].lower()) is not None


def _may_claim(text: str, quantities: list[Quantity]) -> bool:
    """Return False when only bare numbers appear and nothing names a currency or rate."""
    if any(q.kind is not QKind.BARE or q.per for q in quantities):
        return True
    lex = currency_lexicon()
    if lex.head_re.search(text) or lex.code_re.search(text) or "rate" in text.lower():
        return True
    return any(  # "USDCHF down to 0.8940": a pair written as one word
        m.group()[:3] in lex.codes and m.group()[3:] in lex.codes
        for m in _GLUED_PAIR.finditer(text)
    )


_GLUED_PAIR = re.compile(r"\b[A-Z]{6}\b")


def _is_date_part(quantity: Quantity, periods: list[PeriodMention]) -> bool:
    start, end = quantity.num_start, quantity.num_end
    return any(m.start < end and start < m.end for m in periods)


@functools.lru_cache(maxsize=512)
def _break_ends(text: str) -> tuple[int, ...]:
    ends = []
    skip_to = -1
    for match in CLAUSE_BREAK_RE.finditer(text):
        if match.start() < skip_to:
            continue  # the ")" of an acronym in brackets
        if match.group() == "(":
            acronym = _ACRONYM_IN_BRACKETS.match(text, match.start())
            if acronym is not None:  # "Gross Domestic Product (GDP) growth": no new clause
                skip_to = acronym.end()
                continue
        ends.append(match.end())
    return tuple(ends)


# "(GDP)", "(repo)", "(reverse repo)": a name's short form, not a clause
_ACRONYM_IN_BRACKETS = re.compile(
    r"\(\s*(?:[A-Z][\w&.\-]{0,9}|[a-z][a-z/.-]{1,5}|[a-z]{2,9}\s(?:repo|rate))\s*\)"
)


# A relative clause's opener right before a clause start: the clause began inside ", which
# had been predicted by analysts, brought ..." (its subject stands before the comma)
RELATIVE_OPENER = re.compile(r",\s+(?:which|who)\s+$", re.IGNORECASE)


def clause_start(text: str, pos: int) -> int:
    """Return where the clause containing ``pos`` starts.

    >>> s = "Inflation eased, while the key rate stayed at 21%"
    >>> s[clause_start(s, 45):]
    'the key rate stayed at 21%'
    """
    ends = _break_ends(text)
    index = bisect.bisect_right(ends, pos)
    start = ends[index - 1] if index else 0
    if pos - start > MAX_CLAUSE:
        # a "clause" this long is a table or a list pasted as prose: bound every window
        # (keeps the work per claim constant, so a huge sentence stays linear)
        start = text.find(" ", pos - MAX_CLAUSE, pos) + 1 or pos - MAX_CLAUSE
    while start < pos and text[start].isspace():
        start += 1
    return start


def clause_end(text: str, pos: int) -> int:
    """Return where the clause containing ``pos`` ends (the next clause break, or the end).

    >>> s = "Inflation eased, while the key rate stayed at 21%"
    >>> s[clause_end(s, 3):], clause_end(s, 45) == len(s)
    (' the key rate stayed at 21%', True)
    """
    ends = _break_ends(text)
    index = bisect.bisect_right(ends, pos)
    return ends[index] if index < len(ends) else len(text)


MAX_CLAUSE = 400


# A figure put first: "At 54.1%, inflation in December ...", "At 4.5%, the key rate is ..."
_FRONTED_BEFORE = re.compile(r"\s*(?:At|With)\s+(?:(?:about|around|nearly|almost|just)\s+)?")
_FRONTED_AFTER = re.compile(r",\s+")


def fronted_rest(text: str, quantity: Quantity) -> int | None:
    """Return where the main clause starts after a figure put first, else None.

    >>> text = "At 54.1%, inflation reached a 22-year high."
    >>> fronted_rest(text, find_quantities(text, [])[0])
    10
    """
    if not _FRONTED_BEFORE.fullmatch(text, 0, quantity.start):
        return None
    comma = _FRONTED_AFTER.match(text, quantity.per_end)
    return None if comma is None else comma.end()


def tail(text: str, pos: int, limit: int = 80) -> str:
    """Return the words after ``pos`` up to the end of the clause (at most ``limit``)."""
    window = text[pos : pos + limit]
    stop = _TAIL_STOP.search(window)
    return window if stop is None else window[: stop.start()]


def appositive(text: str, pos: int) -> str:
    """Return ", the highest since 2003" style words right after ``pos`` (or "")."""
    match = _APPOSITIVE.match(text, pos)
    return "" if match is None else match.group()


# "if we compare the fourth quarter with a year earlier, we saw a contraction of 0.5%": a way of
# measuring, not a condition
_NOT_A_CONDITION = (
    r"(?!\s+(?:we|you|one)\s+(?:compare|compares|look|looks|take|takes|consider|measure|"
    r"count|exclude|include|strip)\b)"
)
_HYPOTHETICAL = re.compile(
    # (but "the BI rate was to be kept at 6 percent": a decision reported; a condition has "if")
    rf"\b(?:if{_NOT_A_CONDITION}|unless|were\s+to|was\s+to(?!\s+be\b)|suppose|supposing|imagine|"
    r"let['’]s\s+say|let\s+us\s+say|"
    r"would\s+have\s+(?:been|grown|risen|fallen|reached|stood)|"  # a counterfactual
    # a condition for a decision: "will remain unchanged until inflation falls below 7 percent"
    r"until\s+(?:[\w-]+\s+){1,3}?(?:falls|drops|eases|comes\s+down|declines|slows|reaches|"
    r"returns|is|rises|moves)|"
    # what an argument would allow: "which could support a rate rise to 0.75%"
    r"(?:could|would|might)\s+(?:support|justify|warrant|pave\s+the\s+way\s+for|open\s+the\s+door\s+to)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:rise|hike|cut|increase|reduction|move|tightening|easing))\b",
    re.I,
)


# Every match of _HYPOTHETICAL holds one of these words: a sentence without any of them
# has no condition in any window, so the windowed search is skipped (speed).
_HYPOTHETICAL_WORDS = (
    "if",
    "until",
    "unless",
    "were",
    "was",
    "suppose",
    "imagine",
    "let",
    "could",
    "would",
    "might",
)
_HYPOTHETICAL_HINT = re.compile("|".join(_HYPOTHETICAL_WORDS), re.I)


@functools.lru_cache(maxsize=8)  # asked once per number of the current sentence
def _may_be_hypothetical(text: str) -> bool:
    return has_any_word(text, _HYPOTHETICAL_WORDS, _HYPOTHETICAL_HINT)


def is_hypothetical(ctx: SentenceContext, pos: int) -> bool:
    """Return True when the clause before ``pos`` is a condition ("if the lira were to ...")."""
    if not _may_be_hypothetical(ctx.text):
        return False
    if is_past_base(ctx, pos):
        return False
    if _CONDITION_OPENS.match(ctx.text):
        return True  # "If the bleaker scenario comes to pass, where the rate rises to 5.25%"
    return any(
        not _concession_over(ctx.text, m, pos)
        for m in _HYPOTHETICAL.finditer(ctx.text, clause_start(ctx.text, pos), pos)
    )


_BASE_BEFORE = re.compile(
    r"\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the|its)\s+$", re.IGNORECASE
)
_MODAL = re.compile(r"\b(?:would|will|could|might|may)\b", re.IGNORECASE)


def is_past_base(
    ctx: SentenceContext, pos: int, mentions: Sequence[PeriodMention] | None = None
) -> bool:
    """Return True for a reading ("the", "its") a condition's outcome is compared with, dated
    in the past just after it: "If realized, September inflation would be faster than the
    5.3% seen in August" (August's reading is a fact, whatever September brings).
    ``mentions`` limits the dates looked at (default: all the sentence's)."""
    if _BASE_BEFORE.search(ctx.text, max(0, pos - 30), pos) is None:
        return False
    return any(
        0 < m.start - pos <= 35
        and m.past.end < ctx.published
        and _MODAL.search(ctx.text, pos, m.start) is None
        for m in (ctx.periods if mentions is None else mentions)
    )


_EVEN = re.compile(r"even\s+$", re.I)


def _concession_over(text: str, match: re.Match[str], pos: int) -> bool:
    """Return True for "even if" whose clause has closed before ``pos``: "even if oil output
    rebounds, growth will be about 3.5%" holds whatever the oil does."""
    return (
        _EVEN.search(text, max(0, match.start() - 6), match.start()) is not None
        and "," in text[match.end() : pos]
    )


# a sentence opened by a condition is conditional throughout ("If anything" is an idiom)
_CONDITION_OPENS = re.compile(
    rf"\s*[\"“‘']?(?:If{_NOT_A_CONDITION}|Unless|Suppose|Supposing)\s+(?!anything\b)"
)


def quantity_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """Return True when a quantity lies inside ``start``..``end``."""
    return any(start <= q.start and q.end <= end for q in ctx.quantities)


def is_current(text: str, quantity: Quantity) -> bool:
    """Return True for a figure said to hold now: "from its present level of 2.50 percent",
    "from the current 8.5%", "is currently at 7 per cent", "from 3.5 percent now"."""
    if "urrent" not in text and "resent" not in text and "now" not in text:
        return False
    return (
        _CURRENT_BEFORE.search(text, max(0, quantity.start - 40), quantity.start) is not None
        or _NOW_AFTER.match(text, quantity.per_end) is not None
    )


_CURRENT_BEFORE = re.compile(
    r"(?:\b(?:the|its|their)\s+(?:current|present|prevailing|existing)\s+"
    r"(?:(?:level|rate)\s+of\s+)?|\bcurrently\s+(?:at|stands?\s+at|standing\s+at)\s+)$",
    re.IGNORECASE,
)
# "from 3.5 percent now" (but "3% now expected" is a forecast)
_NOW_AFTER = re.compile(
    r"\s+(?:currently|now|at\s+present)\b(?!\s+(?:expected|forecast|seen|projected|predicted|"
    r"estimated|sees?|expects?|looks?|seems?|appears?))",
    re.IGNORECASE,
)
