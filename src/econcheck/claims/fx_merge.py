"""A change and the level it led to make one exchange-rate claim ("gained 0.5% to $1.09")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from econcheck.claims.context import Draft, SentenceContext
from econcheck.claims.modifiers import qualifier
from econcheck.claims.period_rules import PeriodKind
from econcheck.models import Change, ChangeUnit, Qualifier

# "lost 3% on Monday, hitting a record low of 14.5": the level a move passed through
_PASSING_VERB = (
    r"(?:hitting|reaching|touching|(?:falling|dropping|sliding|slumping|rising|climbing)\s+to"
    r"|(?:trading|closing|ending|settling)\s+at)"
)
# Between a change and the level it led to: "0.3% to 34.19", "0.9% over the week, to 3.71"
_CHANGE_TO_LEVEL = re.compile(
    r"(?:\s+(?:higher|lower|weaker|stronger|firmer|softer|up|down))?"
    r"(?:\s+in\s+value|\s+of\s+its\s+value)?"
    # "0.2% stronger against the dollar at 79.95"
    r"(?:\s+(?:against|versus|vs\.?|to)\s+(?:the\s+)?(?:U\.?S\.?\s+)?[A-Za-z$€£¥]+)?"
    r"(?:\s+(?:over|in|during|on|since|this|last|from|through|across)\s+[^,;%\d]{1,35}?"
    # "weakened 0.1 percent on December 30 to 21,049 per dollar": a day's date
    r"|\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r")?"
    r"\s*,?\s*(?:(?:to|at)\s+"
    # "lost 80% of its value against the dollar, hitting a record 7,000 to $1"
    rf"|{_PASSING_VERB}\s+(?:(?:an?|its|the)\s+)?"
    r"(?:(?:new|fresh|all-time|historic)\s+)?(?:record(?:\s+(?:high|low))?\s+"
    r"|(?:[\w-]+\s+)?(?:high|low|peak|trough)\s+)?(?:(?:of|at)\s+)?)"
    # "gained 0.6% to trade at 85.87"
    r"(?:(?:trade|stand|close|end|settle|finish|sit)\s+at\s+)?"
    # "to reach a two-week high of $1.0728", "to hit a record low at 34.5"
    r"(?:(?:reach|hit|touch|mark)\s+(?:(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:high|low|peak|trough)\s+(?:of|at)\s+)?)?",
    re.IGNORECASE,
)


def merge_changes(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """Fold a change and the level it led to into one claim: "gained 0.5% to $1.09".

    When the level is quoted the other way round ("the baht gained 0.3% to 34.19 per
    dollar"), the change is converted to the pair as stored: a 0.3% rise of the baht's
    dollar value is a 0.3% fall of baht per dollar (exactly 1/1.003 - 1, rounded as written).
    """
    merged: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: d.quantity.start):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.unit == "percent change"
            and last.change is not None
            and draft.change is None
            and _CHANGE_TO_LEVEL.fullmatch(ctx.text, last.end, draft.quantity.start)
            and _merges_as_move(ctx, last, draft)
        ):
            draft = _level_against_counter(ctx, last, draft)
            change = _change_of_level(draft, last)
            if change is not None:
                start, anchor = min(last.start, draft.start), min(last.anchor, draft.anchor)
                merged[-1] = replace(draft, start=start, anchor=anchor, change=change)
                continue
        if last is not None and _trailing_change(ctx, last, draft):
            change = _change_of_level(last, draft)
            if change is not None:
                merged[-1] = replace(last, change=change)
                continue
        merged.append(draft)
    return merged


def _merges_as_move(ctx: SentenceContext, change: Draft, level: Draft) -> bool:
    """Return True unless the change keeps its own claim: a bounded one ("gained less than
    0.1% to 1.8945"), or a rounded one over a span of its own ("weakened about 6% since the
    start of the year to 480"); "gained nearly 2% to reach 7.55" is the move to the level."""
    bound = qualifier(ctx.text, change.quantity.start, change.quantity.end, 0)
    own_span = any(
        change.quantity.end <= p.start and p.end <= level.quantity.start for p in ctx.periods
    )
    if bound is Qualifier.EXACT:
        # (but "lost 30% this year, hitting 14.5 per dollar on Monday": a year's move, and the
        # level of a day it passed through)
        return not (
            _PASSING.search(ctx.text, change.end, level.quantity.start)
            and any(
                change.quantity.end <= p.start
                and p.end <= level.quantity.start
                and p.kind is not PeriodKind.DAY
                for p in ctx.periods
            )
        )
    return bound is Qualifier.APPROX and not own_span


_PASSING = re.compile(rf",\s*{_PASSING_VERB}\b", re.IGNORECASE)


# Between a level and the change that led to it, told after it: "ended at 64.52 a dollar,
# down 0.20% from its Tuesday's close", "3,756.52 pesos, a decrease of 1.61% compared to"
_LEVEL_TO_CHANGE = re.compile(
    r"(?:\s+[^,;%\d]{1,40}?)?\s*,\s*(?:(?:which\s+is|or)\s+)?"
    r"(?:down|up|higher|lower|weaker|stronger|an?\s+(?:decrease|increase|rise|fall|drop|gain|"
    r"loss|decline|depreciation|appreciation|devaluation|revaluation)\s+of)\s+(?:by\s+)?"
    # "5.68 to the US dollar, a rise of about 1.1 percent"
    r"(?:(?:about|around|nearly|almost|some|roughly)\s+)?",
    re.IGNORECASE,
)
_COMMA_ONLY = re.compile(r"(?:\s+[^,;%\d]{1,40}?)?\s*,\s*")
_WAY_AFTER = re.compile(r"\s+(?:higher|stronger|firmer|lower|weaker|softer)\b", re.IGNORECASE)
# ...unless the change runs over a span of its own: "125.6 to the dollar, down 18 percent since
# the start of 2015" is a change since then, the level is of today
_OWN_SPAN_AFTER = re.compile(
    r"\s+(?:since|so\s+far|this\s+(?:year|month|week)|year[\s-]to[\s-]date|in\s+(?:19|20)\d\d|"
    r"over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|(?:on|over)\s+the\s+(?:week|month|year))",
    re.IGNORECASE,
)


def _trailing_change(ctx: SentenceContext, level: Draft, change: Draft) -> bool:
    """Return True for a percent change told right after the level it led to."""
    return (
        level.change is None
        and level.unit != "percent change"
        and change.unit == "percent change"
        and change.change is not None
        and change.change.unit is ChangeUnit.PCT
        and (
            _LEVEL_TO_CHANGE.fullmatch(ctx.text, level.quantity.per_end, change.quantity.start)
            is not None
            # "at 13.8850 versus the dollar, 0.4% weaker than its close on Monday"
            or (
                _COMMA_ONLY.fullmatch(ctx.text, level.quantity.per_end, change.quantity.start)
                is not None
                and _WAY_AFTER.match(ctx.text, change.quantity.per_end) is not None
            )
        )
        and _OWN_SPAN_AFTER.match(ctx.text, change.quantity.per_end) is None
        and qualifier(ctx.text, change.quantity.start, change.quantity.end, 0)
        in (Qualifier.EXACT, Qualifier.APPROX)
    )


def _change_of_level(level: Draft, change: Draft) -> Change | None:
    """Return the change as a change of the level's pair (a percent change turned round when
    the level is quoted the other way), or None for another pair."""
    assert change.change is not None
    pair = _counter_of_level(change, level)
    if pair == (level.base, level.quote):
        return change.change
    if pair == (level.quote, level.base) and change.change.unit is ChangeUnit.PCT:
        return _inverted(change.change)
    return None


def _level_against_counter(ctx: SentenceContext, change: Draft, level: Draft) -> Draft:
    """Quote a bare level against the counter its change named: in "the rouble firmed 0.4%
    against the yuan to 11.28" the level is roubles per yuan, not per dollar."""
    if (
        level.quantity.per
        or "USD" not in (level.base, level.quote)
        or "USD"
        in (
            change.base,
            change.quote,
        )
    ):
        return level
    subject = level.quote if level.base == "USD" else level.base
    if subject not in (change.base, change.quote):
        return level
    counter = change.quote if change.base == subject else change.base
    base, quote = (counter, level.quote) if level.base == "USD" else (level.base, counter)
    return replace(level, base=base, quote=quote, unit=f"{quote} per {base}")


def _counter_of_level(change: Draft, level: Draft) -> tuple[str | None, str | None]:
    """Return the change's pair, its counter taken from the level when the change fell back on
    the dollar: in "the krona lost 0.4% to 9.20 against the euro" both are against the euro."""
    pair = (change.base, change.quote)
    if "USD" not in pair or "USD" in (level.base, level.quote):
        return pair
    subject = change.base if change.quote == "USD" else change.quote
    if subject not in (level.base, level.quote):
        return pair
    counter = level.quote if level.base == subject else level.base
    return (subject, counter) if change.quote == "USD" else (counter, subject)


def _inverted(change: Change) -> Change:
    """Return a percent change of the pair the other way round, rounded as written.

    >>> _inverted(Change(value=Decimal("0.3"), unit=ChangeUnit.PCT)).value
    Decimal('-0.3')
    >>> _inverted(Change(value=Decimal("-20"), unit=ChangeUnit.PCT)).value
    Decimal('25')
    """
    written = change.value.as_tuple().exponent
    ratio = Decimal(100) / (Decimal(100) + change.value)
    value = ((ratio - 1) * 100).quantize(Decimal(1).scaleb(min(0, int(written))))
    return Change(value=value, unit=change.unit)
