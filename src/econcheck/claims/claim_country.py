"""The country of a claim: the place named nearest its subject, else the institution's, the
paragraph's or the article's; "global growth" is the world's.

A place named as a comparison ("far ahead of the US"), in a later event ("comes after the
European Central Bank ...") or as the bloc a member ranks in ("the euro zone's third largest
economy") is not the subject.
"""

from __future__ import annotations

import re

from econcheck.claims.context import Draft, SentenceContext, clause_start
from econcheck.claims.subjects import EURO_AREA, WORLD, Entity, implied_country
from econcheck.claims.vocab_places import WORLD_WORDS

__all__ = ["claim_country"]

_WORLD_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in WORLD_WORDS)}|world’s)\s+"
    r"(?:economic\s+|economy['’]?s?\s+|real\s+)?$",
    re.IGNORECASE,
)

# A sentence opened by a world adverb speaks of the world economy, unless it names a place
_WORLD_OPENER = re.compile(
    r"\s*(?:globally|worldwide|world-wide|across\s+the\s+(?:world|globe)|for\s+the\s+world"
    r"(?:\s+economy)?|at\s+the\s+global\s+level)\s*,",
    re.IGNORECASE,
)

_BRACKET_AFTER = re.compile(r"\s*\(\s*")  # a figure in brackets right after the place

_LOCATIVE = re.compile(r"\s*(?:in|across|throughout|over\s+in)\s+(?:the\s+)?", re.IGNORECASE)

# a place named as the comparison: "puts the UK far ahead of the US" is not about the US
_COMPARED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|behind|than(?:\s+in)?|unlike|outpacing|compared\s+(?:with|to))\s+(?:the\s+)?$"
    # the group a figure is ranked in: "the highest in the Eurozone after Belgium"
    r"|\b(?:highest|lowest|fastest|slowest|strongest|weakest|largest|biggest|smallest|second[- ]"
    r"(?:highest|lowest))\s+(?:\w+\s+)?(?:in|among|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# a place whose possessive owns the figure: "Germany's 2.3%", "the USA's rate of 2.3%"
_OWNS_FIGURE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}")

_RANKED_AFTER = re.compile(
    r"\b(?:highest|lowest|fastest|slowest|strongest|weakest|largest|biggest|smallest)\b"
    r"[^.;]{0,50}?\b(?:after|behind)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_RANKED_MEMBER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:largest|biggest|second-largest|third-largest|fourth-largest|"
    r"fifth-largest|top|main|chief|key)\s+(?:economy|economies|member|"
    # "the euro zone, Switzerland's biggest trading partner, where inflation slowed"
    r"(?:trading\s+|trade\s+|export\s+)?(?:partner|market|customer|creditor)s?)\b",
    re.IGNORECASE,
)

# a relative clause between the subject and its figure: "the Hungarian base rate, which is
# still the EU's highest alongside that of neighbouring Romania, falling to 6.25%"
_RELATIVE_OPENS = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)

# a conjunction after the figure that starts another event: "... to 13% comes after the
# European Central Bank heightened expectations" is not the ECB's rate
_LATER_EVENT = re.compile(r"\b(?:after|following|amid|because|since|as|while|whereas|when)\b", re.I)


def _is_world(ctx: SentenceContext, draft: Draft) -> bool:
    """Return True for a figure of the world economy: "global growth of 3.2%", or any figure
    of a sentence opened by "Globally," that names no place."""
    if _WORLD_BEFORE.search(ctx.text, max(0, draft.anchor - 40), draft.anchor):
        return True
    return _WORLD_OPENER.match(ctx.text) is not None and not any(e.country for e in ctx.entities)


def claim_country(ctx: SentenceContext, draft: Draft) -> str | None:
    """Return the country (alpha-3, EA or WLD) a rate claim is about, or None."""
    text = ctx.text
    if _is_world(ctx, draft):
        return WORLD
    for entity in ctx.entities:
        if entity.country is not None and _BRACKET_AFTER.fullmatch(
            text, entity.end, draft.quantity.start
        ):
            return entity.country  # "in Belgium (4.7%) and Estonia (4.5%)"
    best: tuple[float, str] | None = None
    clause = clause_start(text, draft.anchor)
    # "After the invasion of Ukraine on Feb. 24, the central bank hiked its key rate":
    # with a bank of no named country as the subject, a place in an earlier clause is not it
    banks = [
        e.start
        for e in ctx.entities
        if e.country is None and e.forecaster == "central bank" and clause <= e.start < draft.end
    ]
    # ...an introductory phrase ends at the comma before the bank
    before_bank = max(clause, text.rfind(",", 0, banks[0])) if banks else -1
    for entity in ctx.entities:
        if entity.country is None or _inside_currency(ctx, entity.start, entity.end):
            continue
        if entity.end <= before_bank and not _LOCATIVE.fullmatch(text, clause, entity.start):
            continue  # ... unless it sets the scene: "In Turkey, the central bank ..."
        distance = _entity_distance(text, draft, entity)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, entity.country)
    if best is not None and best[0] < 250:
        return best[1]
    return _unnamed_country(ctx)


def _entity_distance(text: str, draft: Draft, entity: Entity) -> float | None:
    """Return how far a named place is from the claim, weighted (a place after the figure
    counts half again), or None when it cannot be the claim's subject."""
    if _OWNS_FIGURE.fullmatch(text, entity.end, draft.quantity.start):
        return -1.0  # "behind Germany's 2.3%": the place whose figure it is, compared or not
    if _named_aside(text, entity):
        return None
    if entity.end <= draft.anchor:
        return float(draft.anchor - entity.end)
    if entity.start < draft.end:
        if (
            _RELATIVE_OPENS.search(text, draft.anchor, entity.start)
            and "," in text[entity.end : draft.quantity.start]
        ):
            return None  # a place inside a relative clause the figure comes after
        # between the subject and the figure, the nearer the figure the better: "The inflation
        # in Ukraine is 16.4 percent and in Russia 17.8 percent"
        return max(0, draft.quantity.start - entity.end) / 1000
    if _LOCATIVE.fullmatch(text, draft.quantity.per_end, entity.start):
        return -1.0  # "a maximum of 5.5 percent in the United States": the figure's own place
    if clause_start(text, entity.start) > draft.end:
        return None  # a place in a later clause ("..., after the invasion of Ukraine")
    if _LATER_EVENT.search(text, draft.end, entity.start):
        return None
    return (entity.start - draft.end) * 1.5 + 10


def _named_aside(text: str, entity: Entity) -> bool:
    """Return True for a place named only as a comparison or a rank: "ahead of the US", "the
    highest in the Eurozone after Belgium", "the euro zone's third largest economy"."""
    return (
        _COMPARED_BEFORE.search(text, max(0, entity.start - 24), entity.start) is not None
        or _RANKED_AFTER.search(text, max(0, entity.start - 70), entity.start) is not None
        or _RANKED_MEMBER.match(text, entity.end) is not None
    )


def _unnamed_country(ctx: SentenceContext) -> str | None:
    """Return the country of a claim whose sentence names no place: an institution's ("the
    Selic"), else the paragraph's or article's, else a weakly implied one ("the key rate")."""
    implied = implied_country(ctx.text)
    if (
        implied == EURO_AREA
        and ctx.country not in (None, EURO_AREA)
        and (ctx.home_currency == "EUR" or _HARMONISED.search(ctx.text))
    ):
        # Eurostat's harmonised index of a member: Spain's HICP is Spain's, and so is that of
        # a member outside the euro ("The EU measure, or HICP, rose 6.6%" in Hungary)
        return ctx.country
    return implied or ctx.country or implied_country(ctx.text, weak=True)


_HARMONISED = re.compile(r"\bHICP\b|\bharmoni[sz]ed\b", re.IGNORECASE)


def _inside_currency(ctx: SentenceContext, start: int, end: int) -> bool:
    """Return True for a place that is part of a currency's name or of a quantity in a
    currency ("72 US cents")."""
    return any(m.start <= start and end <= m.end for m in ctx.currencies) or any(
        q.currency is not None and q.start <= start and end <= q.end for q in ctx.quantities
    )
