"""Extract economic claims from English news text: text -> list[Claim]. Pure, no I/O.

Pipeline per sentence (sentences.py splits paragraphs and sentences, keeping offsets):
numbers with their units (quantities.py, numbers.py, units.py) -> time expressions
(periods.py), whose numbers are date parts and dropped -> exchange-rate claims (fx.py,
fx_changes.py, fx_level.py, fx_followers.py, fx_merge.py) -> inflation, GDP and policy-rate
claims from the remaining percents and points (rates.py, not_claims.py; a region's figures
are dropped, regions.py) -> qualifier,
record, period, horizon, measure, country, forecaster and attribution (finish.py,
timing.py, release_periods.py, country_periods.py, measures.py, modifiers.py,
attribution.py, subjects.py). Word tables are in vocab.py and vocab_places.py; patterns.py
compiles them. Across sentences, ``_Carry`` holds what a sentence takes from the text before
it (the previous sentence's indicator and period, the article's release and forecaster).

Conventions of the output (the JSON contract of issue 2):

- ``surface`` is ``text[start:end]``, offsets in code points of the whole input. It is
  the minimal span holding the number and the unit words attached to it: a currency
  symbol or code before it, "%"/"percent"/"basis points"/a currency name after it, a
  "per U.S. dollar" phrase, "between ... and ...", "from X to Y", and for a change with
  its level both numbers ("200 basis points to 21%"). Qualifiers ("past") and subjects
  ("the ruble") stay outside. ``sentence`` is the whole sentence containing it.
- ``value`` is in the series' orientation: quote units per base unit for exchange rates
  (see fx.py for changes of a currency's value), signed percent for growth and inflation.
  A claim stating only a change repeats the change in ``value``; its ``unit`` is
  "percent change", "percentage points", "basis points" or "ratio". ``value_text`` is the
  number as written, which carries its precision. Units of levels: "RUB per USD",
  "percent" (inflation, growth), "percent per annum" (policy rates).
- "to 8.5% from 8.6%" gives the claim 8.5 a ``change`` with ``from_value`` 8.6; the 8.6
  is a claim of its own only when it has its own time expression ("from 8.6% in September"),
  or when it is the earlier figure of a revised GDP or inflation forecast
  (earlier_forecasts.py: "raised its forecast to 3.6% from 3.5%").
- A claim without a time expression gets the publication day (read "as of publication").
  An inflation or GDP outcome takes instead the period of the release the article reports
  (release_periods.py), and an inflation or GDP forecast the calendar year of publication;
  other forecasts run from the day after publication to the end of the year.
- ``measure``: see measures.py (a month's plain "inflation hit 8%" is ``yoy``, the news
  convention; inflation for a whole year with no further word is ``unspecified``).
- ``country`` is the place named nearest the claim in its sentence, else an institution
  that belongs to one country ("the Selic", "Rosstat"), else the last place named earlier
  in the paragraph, else the article's most-named country.
- ``forecaster`` (forecasts only) prefers an institution in the attribution, then the
  nearest named institution, then the forecaster named in the last three sentences with
  claims; "the central bank" becomes the bank of the claim's country.
- ``attributed_to`` is the source a reporting verb names ("..., the IMF said"); a forecast
  with none is its forecaster's.
- ``hedged`` marks "reportedly", "allegedly", "leaked ...", "sources say" in the claim's
  clause or its attribution.
- "nearly 10%" and "almost 10%" are ``approx`` (a little under, but close).
- Conditions ("if the lira were to slide to 45") are not claims.
- ``id`` is the first 12 hex digits of SHA-1 over date, offset, indicator and surface.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from econcheck.claims.context import (
    CURRENCY_PRONOUN,
    Draft,
    SentenceContext,
    build_context,
    has_numeric,
)
from econcheck.claims.currency_countries import currency_of_alpha2
from econcheck.claims.currency_names import currency_lexicon
from econcheck.claims.dated_moves import without_distant_moves
from econcheck.claims.earlier_forecasts import add_earlier_forecasts
from econcheck.claims.finish import claim_id, finish
from econcheck.claims.fx import fx_drafts
from econcheck.claims.measure_links import link_measures
from econcheck.claims.patterns import CueKind
from econcheck.claims.rates import rate_drafts
from econcheck.claims.regions import gives_regional_figures, is_regional
from econcheck.claims.release_periods import RELEASED
from econcheck.claims.respectively import apply_respectively
from econcheck.claims.sentences import iter_blocks, split_sentences
from econcheck.claims.shared_subjects import split_shared_subjects
from econcheck.claims.subjects import (
    WORLD,
    Entity,
    count_evidence,
    defined_abbreviations,
    find_entities,
    pick_default,
    to_alpha2,
    with_abbreviations,
)
from econcheck.claims.units import find_currency_mentions, qualified_heads_at
from econcheck.models import Claim, Horizon, Indicator, Measure, Period


def extract_claims(text: str, *, published: dt.date) -> list[Claim]:
    """Return the claims in ``text``, resolving dates against ``published`` only.

    >>> claims = extract_claims("Annual inflation slowed to 8.5% in October.",
    ...                         published=dt.date(2024, 11, 20))
    >>> [(c.indicator.value, str(c.value), c.measure.value, str(c.period.start)) for c in claims]
    [('inflation', '8.5', 'yoy', '2024-10-01')]
    """
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    defined: dict[str, Entity] = {}
    blocks = [
        (*block, _entities(block[1], defined))
        for block in iter_blocks(text.splitlines(keepends=True))
    ]
    evidence: Counter[str] = Counter()  # currencies named: a tie-breaker for the article
    for _, block, entities in blocks:
        _count(entities, block, counts, order)
        count_evidence(block, evidence)
    article = pick_default(counts, order, evidence)
    found: list[Claim] = []
    carry = _Carry()
    for offset, block, entities in blocks:
        found.extend(_block_claims(offset, block, entities, published, article, carry))
    return found


def iter_claims(
    paragraphs: Iterable[str],
    *,
    published: dt.date,
    default_country: str | None = None,
) -> Iterator[Claim]:
    """Yield the claims of a text given piece by piece (e.g. the lines of an open file).

    Offsets count code points in the concatenation of ``paragraphs`` as given, so pass
    the pieces with their line breaks. Memory stays flat in the input size. Without
    ``default_country`` the article's country is the most-named one so far.
    """
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    evidence: Counter[str] = Counter()
    carry = _Carry()
    defined: dict[str, Entity] = {}
    for offset, block in iter_blocks(paragraphs):
        entities = _entities(block, defined)
        if default_country is None:
            _count(entities, block, counts, order)
            count_evidence(block, evidence)
        article = default_country or pick_default(counts, order, evidence)
        yield from _block_claims(offset, block, entities, published, article, carry)


def _entities(block: str, defined: dict[str, Entity]) -> list[Entity]:
    """Return the block's entities; ``defined`` holds the abbreviations the article has
    defined so far ("the Bank of Jamaica (BOJ)"), updated with the block's own."""
    if not (any(ch.isupper() for ch in block) or "euro" in block):
        return []
    entities = find_entities(block)
    defined.update(defined_abbreviations(block, entities))
    return with_abbreviations(block, entities, defined)


@dataclass(slots=True)
class _Carry:
    """What a sentence takes from the text before it, also across a paragraph break.

    From the sentence just before, for one that refers back ("It rose to 13.5%"): its claims'
    indicator, its headline claim's period, its text and its currency. From the article so far:
    the release it reports by indicator (``released``, see release_periods.py) and the last
    forecaster named, forgotten after ``_FORECASTER_SPAN`` sentences with claims naming none.
    """

    indicator: CueKind | None = None
    period: tuple[Indicator, Period] | None = None
    previous: str = ""
    currency: str | None = None
    released: dict[Indicator, Period] = field(default_factory=dict)
    named_currencies: dict[str, str] = field(default_factory=dict)
    forecaster: str | None = None
    since_forecaster: int = 0
    pair: tuple[str, str] | None = None
    regional: bool = False
    measured: tuple[Indicator, Period, Measure] | None = None


def _block_claims(
    offset: int,
    block: str,
    entities: list[Entity],
    published: dt.date,
    article: str | None,
    carry: _Carry,
) -> Iterator[Claim]:
    places = [e for e in entities if e.country is not None and not _names_currency(block, e.end)]
    earlier_names = dict(carry.named_currencies)
    # a block's own full names count from the sentence after them ("The Tunisian dinar fell.
    # The euro was bought at 2.2964 dinars")
    block_names = qualified_heads_at(block)
    carry.named_currencies.update({head: code for _, head, code in block_names})
    place_ends = [e.end for e in places]
    entity_starts = [e.start for e in entities]
    for start, end in split_sentences(block):
        if not has_numeric(block, start, end):
            carry.indicator, carry.period, carry.previous = None, None, block[start:end]
            carry.currency = None
            continue  # no digit and no number word: nothing to extract, skip the context
        before = bisect.bisect_right(place_ends, start)
        country = _carried_country(places[:before], article)
        home = None if country is None else to_alpha2(country)
        pronoun = CURRENCY_PRONOUN.match(block, start)
        if carry.currency is None and pronoun is not None and _NAMED_BACK.match(pronoun["it"]):
            carry.currency = _named_currency(carry.previous, home)
        ctx = build_context(
            block[start:end],
            offset=offset + start,
            published=published,
            country=country,
            home=home,
            home_currency=None if home is None else currency_of_alpha2(home),
            entities=[
                Entity(e.start - start, e.end - start, e.country, e.forecaster, e.is_specific)
                for e in entities[
                    bisect.bisect_left(entity_starts, start) : bisect.bisect_left(
                        entity_starts, end
                    )
                ]
                if e.end <= end
            ],
            carried=carry.indicator,
            previous=carry.previous,
            carried_period=carry.period,
            carried_currency=carry.currency,
            release_periods=tuple(carry.released.items()),
            carried_forecaster=carry.forecaster,
            named_currencies=_names_before(earlier_names, block_names, start),
            carried_pair=carry.pair,
            regional_before=carry.regional,
        )
        found = _consensus_measures([] if ctx is None else _claims(ctx), carry.measured)
        carry.measured = _measured_outcome(found) or carry.measured
        carry.indicator = _CARRIED.get(found[-1].indicator) if found else None
        # the period of the sentence's headline figure (its first of that indicator): "rose to
        # 10.7% in October, from 9.9% in September. The rate was forecast at 10.2%."
        head = next((c for c in found if c.indicator is found[-1].indicator), None)
        carry.period = None if head is None else (head.indicator, head.period)
        carry.previous = block[start:end]
        carry.currency = _subject_currency(found, None if ctx is None else ctx.home_currency)
        _note_releases(found, carry.released)
        _note_forecaster(found, carry)
        carry.pair = _last_pair(found) or carry.pair
        if ctx is not None:  # (a sentence with no claim-like figure keeps the subject)
            carry.regional = gives_regional_figures(ctx, found)
        yield from found


def _measured_outcome(found: list[Claim]) -> tuple[Indicator, Period, Measure] | None:
    """Return the indicator, period and measure of the sentence's first outcome of inflation
    or GDP that names its measure."""
    for claim in found:
        if (
            claim.indicator in RELEASED
            and claim.horizon is Horizon.ACTUAL
            and claim.measure_stated
            and claim.measure is not Measure.UNSPECIFIED
        ):
            return claim.indicator, claim.period, claim.measure
    return None


def _consensus_measures(
    found: list[Claim], measured: tuple[Indicator, Period, Measure] | None
) -> list[Claim]:
    """Give a forecast of a release the article reports the measure of that release's figure:
    "The economy grew 0.4% on the quarter ... A Reuters poll had pointed to growth of 0.3%"."""
    if measured is None:
        return found
    indicator, period, measure = measured
    return [
        replace(c, measure=measure)
        if c.horizon is Horizon.FORECAST
        and c.indicator is indicator
        and c.period == period
        and c.measure is Measure.UNSPECIFIED
        else c
        for c in found
    ]


# a forecaster named a few sentences back is still the one speaking ("It currently projects
# growth of 3.6% this year"), unless that many sentences with claims name none
_FORECASTER_SPAN = 3


def _note_forecaster(found: list[Claim], carry: _Carry) -> None:
    """Keep the forecaster of the sentence's last forecast that names one, for the next
    sentences' forecasts that name none."""
    named = [c.forecaster for c in found if c.forecaster is not None]
    if named:
        carry.forecaster, carry.since_forecaster = named[-1], 0
    elif found:
        carry.since_forecaster += 1
        if carry.since_forecaster >= _FORECASTER_SPAN:
            carry.forecaster = None


def _last_pair(found: list[Claim]) -> tuple[str, str] | None:
    """Return the pair of the sentence's last exchange rate, the one "the pair" names next."""
    pairs = [(c.base, c.quote) for c in found if c.indicator is Indicator.FX_RATE]
    for base, quote in reversed(pairs):
        if base is not None and quote is not None:
            return base, quote
    return None


def _note_releases(found: list[Claim], released: dict[Indicator, Period]) -> None:
    """Keep, by indicator, the latest month, quarter, half or year the article has dated an
    inflation or GDP outcome with: the release it reports (earlier periods are comparisons)."""
    for claim in found:
        period = claim.period
        if (
            claim.indicator in RELEASED
            and claim.horizon is Horizon.ACTUAL
            and (period.end - period.start).days >= 13
            and period.end <= claim.published
        ):
            known = released.get(claim.indicator)
            if known is None or period.end > known.end:
                released[claim.indicator] = period


_CARRIED = {
    Indicator.INFLATION: CueKind.INFLATION,
    Indicator.GDP_GROWTH: CueKind.GDP,
    Indicator.POLICY_RATE: CueKind.POLICY,
}


# a pronoun that can stand for a currency named (not quoted) in the sentence before; "the rate"
# or "the decline" there speak of something else ("...the cedi. The rate rose to 9.3 percent")
_NAMED_BACK = re.compile(r"[Ii]t$|(?i:the)\s+(?:\w+\s+)?(?:currency|unit)$")


def _names_before(
    earlier: dict[str, str], block_names: list[tuple[int, str, str]], start: int
) -> dict[str, str]:
    if not block_names or block_names[0][0] >= start:
        return earlier
    names = dict(earlier)
    names.update({head: code for at, head, code in block_names if at < start})
    return names


def _named_currency(previous: str, home: str | None) -> str | None:
    """Return the currency the sentence before speaks of when it quotes no rate ("...pressure
    on the Chinese currency. It has lost 4% this year"): the first one named, not the dollar."""
    if not previous:
        return None
    named = (m.code for m in find_currency_mentions(previous, home=home))
    return next((code for code in named if code is not None and code != "USD"), None)


def _subject_currency(found: list[Claim], home: str | None = None) -> str | None:
    """Return the currency a sentence's exchange rates are about: the home currency when its
    last pair has it ("the rupee ... against the pound"), else the side that is not the dollar
    (or, against the euro, not the euro)."""
    pair = next(
        ((c.base, c.quote) for c in reversed(found) if c.indicator is Indicator.FX_RATE), None
    )
    if pair is None:
        return None
    base, quote = pair
    if home is not None and home in pair and home not in ("USD", "EUR"):
        return home
    if base == "USD" or (base == "EUR" and quote != "USD"):
        return quote
    return base


def _carried_country(earlier: list[Entity], article: str | None) -> str | None:
    """Return the country a sentence naming none inherits: the paragraph's last place named.

    When that place comes in a pair ("tensions between Ankara and Washington") that includes
    the article's country, the article's country wins.
    """
    if not earlier:
        return article
    last = earlier[-1]
    paired = {e.country for e in earlier if e.end > last.start - 40}
    return article if len(paired) > 1 and article in paired else last.country


def _claims(ctx: SentenceContext) -> list[Claim]:
    drafts, used = fx_drafts(ctx)
    drafts.extend(d for d in rate_drafts(ctx, used) if not is_regional(ctx, d))
    drafts.sort(key=lambda d: (d.start, d.end))
    finished = _without_earlier_estimates([(draft, finish(draft, ctx)) for draft in drafts])
    claims = link_measures(ctx, finished)
    claims = apply_respectively(ctx, _compared_measures(ctx, claims))
    return without_distant_moves(add_earlier_forecasts(ctx, split_shared_subjects(ctx, claims)))


def _without_earlier_estimates(pairs: list[tuple[Draft, Claim]]) -> list[Claim]:
    """Drop the starting figure of a revision of an outcome ("revised up its estimate for
    growth in 2021 from 4.7% to 5.6%"): an earlier estimate of a period already over is
    context, as an earlier forecast of one still ahead is not."""
    out: list[Claim] = []
    for index, (draft, claim) in enumerate(pairs):
        after = pairs[index + 1][1] if index + 1 < len(pairs) else None
        before = pairs[index - 1] if index > 0 else None
        if draft.secondary and (
            (after is not None and _revised_from(after, claim))
            # "revised ... to 6.8 per cent from the previous estimate of 6.7 per cent"
            or (
                before is not None
                and _revised_from(before[1], claim)
                and _REVISION.search(claim.sentence, 0, draft.start)
                and _EARLIER_WORD.search(claim.sentence, before[0].end, draft.end + 12)
            )
        ):
            continue
        out.append(claim)
    return out


_REVISION = re.compile(r"\b(?:revis\w*|estimates?)\b", re.IGNORECASE)
_EARLIER_WORD = re.compile(r"\b(?:previous\w*|earlier|initial\w*|first|original\w*)\b", re.I)


def _revised_from(revised: Claim, earlier: Claim) -> bool:
    return (
        revised.horizon is Horizon.ACTUAL
        and earlier.horizon is Horizon.ACTUAL
        and revised.change is not None
        and revised.change.from_value == earlier.value
        and revised.period == earlier.period  # (not "between April and May, from 2.8% to 2.3%")
        and revised.period.end < revised.published
    )


# "from 6%", "down from December's 6.3%", "compared with 14.5%", "above the 0.2 percent",
# "exceeding a poll forecast of 3.6%": a figure given for comparison
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|above|below|exceeding|beating|missing|"
    r"topping|than|within|in\s+line\s+with|"
    r"after(?:\s+(?:rising|falling|gaining|climbing|increasing|declining|dropping|"
    r"slipping|advancing)(?:\s+by)?)?)\s+(?:[A-Z]\w+['’]s\s+|the\s+|an?\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:forecast|estimate|expectation|consensus|prediction)s?\s+"
    # "within the expectation range of 7.7-7.9%"
    r"(?:range\s+)?(?:of|for)\s+(?:an?\s+)?)?$",
    re.IGNORECASE,
)


def _compared_measures(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Give a compared figure what it shares with the figure before it: an inflation figure
    with no measure of its own that figure's measure ("fell to 5.8% in January (y/y) from
    December's 6.3%" is y/y too), a forecast compared with an outcome that outcome's period and
    measure, and a world figure's economy ("the world economy to grow 3.2%
    this year, down from 3.3% in 2023")."""
    out = list(claims)
    for i, claim in enumerate(out):
        if i == 0:
            continue
        start = claim.start - ctx.offset
        if not _COMPARED_BEFORE.search(ctx.text, max(0, start - 50), start):
            continue
        j = i - 1
        while j > 0 and _starts_move_of(out[j - 1], out[j]):
            j -= 1  # "to 4.8% from 4.0% in October, below a poll forecast of 4.9%": the 4.8's
        earlier = out[j]
        if _growth_of_prices(ctx, earlier, claim):
            # "consumer prices grew 1.9%, accelerating from the 1.5% year-on-year growth
            # recorded in November": the compared growth is of the same prices
            out[i] = claim = _as_indicator(claim, Indicator.INFLATION, earlier)
        if earlier.indicator is not claim.indicator:
            continue
        if claim.indicator is Indicator.INFLATION and claim.measure is Measure.UNSPECIFIED:
            out[i] = claim = replace(claim, measure=earlier.measure)
        if (
            claim.horizon is Horizon.FORECAST
            and earlier.horizon is Horizon.ACTUAL
            and claim.indicator in RELEASED
        ):
            # "contracted by 0.4%, better than the economists' prediction of a 0.7% contraction":
            # the forecast of that release
            out[i] = claim = replace(claim, period=earlier.period, measure=earlier.measure)
        if earlier.country == WORLD != claim.country:
            out[i] = replace(claim, country=WORLD)
    return out


_ECONOMY_WORD = re.compile(r"\b(?:economy|economic|gdp|output)\b", re.IGNORECASE)


def _growth_of_prices(ctx: SentenceContext, earlier: Claim, claim: Claim) -> bool:
    """Return True for GDP growth read from the word "growth" alone in a figure compared
    with an inflation figure just before it, with no word of the economy between them."""
    return (
        earlier.indicator is Indicator.INFLATION
        and claim.indicator is Indicator.GDP_GROWTH
        and claim.horizon is earlier.horizon
        and not _ECONOMY_WORD.search(ctx.text, earlier.end - ctx.offset, claim.end - ctx.offset)
    )


def _as_indicator(claim: Claim, indicator: Indicator, like: Claim) -> Claim:
    """Return ``claim`` as a figure of ``indicator``, with ``like``'s basket and country."""
    return replace(
        claim,
        id=claim_id(claim.published, claim.start, indicator, claim.surface),
        indicator=indicator,
        basket=like.basket,
        country=like.country,
    )


def _starts_move_of(claim: Claim, start: Claim) -> bool:
    """Return True when ``start`` is the figure ``claim`` moved from ("to 4.8% from 4.0%")."""
    return (
        claim.indicator is start.indicator
        and claim.change is not None
        and claim.change.from_value == start.value
    )


def _count(entities: list[Entity], text: str, counts: Counter[str], order: dict[str, int]) -> None:
    """Count the places named in a paragraph; a name that runs on into another of the same
    country ("U.S. Federal Reserve") counts once. The US counts half: news from everywhere
    names its tariffs, its data and the Fed, so a country named as often is the story's."""
    last: Entity | None = None
    for entity in entities:
        if entity.country is None or _names_currency(text, entity.end):
            continue
        if last is None or last.country != entity.country or entity.start - last.end > 1:
            counts[entity.country] += 1 if entity.country == "USA" else 2
            order.setdefault(entity.country, len(order))
        last = entity


def _names_currency(text: str, end: int) -> bool:
    """Return True for the adjective of a currency name ("U.S." in "U.S. dollar", "the US
    currency", "72 US cents")."""
    if text[end : end + 1] != " ":
        return False
    # ("72 US cents": the kiwi quoted in the dollar's cents)
    return currency_lexicon().head_re.match(text, end + 1) is not None or text.startswith(
        ("currency", "cent ", "cents"), end + 1
    )
