"""One figure said of several places at once: "The economies of Germany and Belgium grew by
0.2 percent" is a claim about each, so each gets its own.

Only places coordinated with the claim's own place ("Germany and Belgium", "France, Italy and
Spain"), in the figure's clause and before it, are joined; a list the sentence pairs with
figures "respectively", a place in a "between ... and" phrase and exchange rates (which name
their pair) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from econcheck.claims.context import SentenceContext, clause_start
from econcheck.claims.finish import twin_id
from econcheck.claims.respectively import says_respectively
from econcheck.claims.subjects import Entity
from econcheck.models import Claim, Indicator

__all__ = ["split_shared_subjects"]

_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?", re.IGNORECASE)
# the link a list of places closes with: "France, Italy and Spain" (a comma alone may set the
# scene: "In Brussels, the ECB ...", "first Switzerland, then Sweden, the ECB")
_LAST_JOIN = re.compile(r"(?:\s*,)?\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated(ctx: SentenceContext, places: list[Entity], own: int) -> list[Entity]:
    """Return the run of places joined by commas or "and" that holds ``places[own]``."""
    first = last = own
    while first > 0 and _JOIN.fullmatch(ctx.text, places[first - 1].end, places[first].start):
        first -= 1
    while last + 1 < len(places) and _JOIN.fullmatch(
        ctx.text, places[last].end, places[last + 1].start
    ):
        last += 1
    run = places[first : last + 1]
    if len(run) > 1 and not _LAST_JOIN.fullmatch(ctx.text, run[-2].end, run[-1].start):
        return []
    if _BETWEEN.search(ctx.text, max(0, run[0].start - 12), run[0].start):
        return []  # "trade between China and the US": a relation, not two subjects
    return run


def _twin(claim: Claim, country: str) -> Claim:
    return replace(claim, id=twin_id(claim.id, country), country=country)


_IN_PLACE = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*(?:[,.;)]|$)")


def _places_after(ctx: SentenceContext, claim: Claim) -> list[str]:
    """Return the other places of "five percent in Russia and Moldova," (a list's item)."""
    end = claim.end - ctx.offset
    places = [e for e in ctx.entities if e.country is not None and e.start >= end]
    if len(places) < 2 or not _IN_PLACE.fullmatch(ctx.text, end, places[0].start):
        return []
    run = _coordinated(ctx, places, 0)
    if (
        len(run) < 2
        or not _ITEM_END.match(ctx.text, run[-1].end)
        or run[0].country != claim.country
    ):
        return []
    return [e.country for e in run[1:] if e.country is not None and e.country != claim.country]


def split_shared_subjects(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """Return the claims with a copy for each other place coordinated with a claim's own."""
    if says_respectively(ctx.text):
        return claims  # "respectively" pairs the places with the figures
    if len(claims) != 1:
        # a list of figures by place: "..., five percent in Russia and Moldova, 3.5 percent in
        # Armenia"
        out: list[Claim] = []
        for claim in claims:
            extra = [] if claim.indicator is Indicator.FX_RATE else _places_after(ctx, claim)
            out += [claim] + [_twin(claim, country) for country in dict.fromkeys(extra)]
        return out
    claim = claims[0]
    if claim.indicator is Indicator.FX_RATE or claim.country is None:
        return claims
    start = claim.start - ctx.offset
    clause = clause_start(ctx.text, start)
    places = [e for e in ctx.entities if e.country is not None and clause <= e.start < start]
    mine = [i for i, e in enumerate(places) if e.country == claim.country]
    if not mine:
        return claims
    run = _coordinated(ctx, places, mine[-1])
    others = list(dict.fromkeys(e.country for e in run if e.country != claim.country))
    if len(run) < 2 or not others:
        return claims
    if any(run[-1].end <= q.start < start for q in ctx.quantities):
        return claims  # a figure between the places and this one belongs to them
    return [claim] + [_twin(claim, country) for country in others if country is not None]
