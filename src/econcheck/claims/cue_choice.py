"""Which indicator word a percent belongs to: the cue after it, else the nearest before it.

``choose_cue`` looks right after the figure first ("19% inflation", but not the pace of "a
1.9% rate"), then walks back: a blocker or an exchange-rate word met first means the figure is
about something else; a GDP verb looks on for its subject ("the economy shrank 2%") while
skipping relative clauses; the "economy" of "inflation in Europe's largest economy" is a place;
a bare "rate" after an inflation rate is inflation; generic rate words count only with a
central bank or a policy verb nearby (``accept``).
"""

from __future__ import annotations

import re

from econcheck.claims.carried_cues import RESULT_VERB, is_carried
from econcheck.claims.context import SentenceContext, clause_start, fronted_rest
from econcheck.claims.patterns import (
    PACE_BEFORE_RE,
    POLICY_VERB_RE,
    RIGHT_CUE_RE,
    SHARE_AFTER_RE,
    Cue,
    CueKind,
)
from econcheck.claims.quantities import QKind, Quantity
from econcheck.claims.target_forecasts import reaches_target

_MAX_LEFT = 150
# one item of a list of figures by place: "7.2 percent in Kyrgyzstan, five percent in Russia
# and Moldova, 3.5 percent in Armenia, and"
_LIST_ITEM_GAP = re.compile(r"\s+(?:in|for)\s+[^,;%\d]{1,40}?,\s*(?:and\s+)?", re.IGNORECASE)


def _listed_after(ctx: SentenceContext, cue: Cue, quantity: Quantity) -> bool:
    """Return True when the figure ends a list of figures by place whose first item is within
    reach of the indicator word: each item is the first one's, however long the list."""
    items = [q for q in ctx.quantities if cue.end <= q.start < quantity.start]
    first = quantity
    for item in reversed(items):  # walk back along the list
        if _LIST_ITEM_GAP.fullmatch(ctx.text, item.per_end, first.start) is None:
            break
        first = item
    return first is not quantity and first.start - cue.end <= _MAX_LEFT


# "inflation in the world's largest economy": a place, not the GDP ("the size of the economy",
# "a forecast for Asia's fourth-biggest economy" stay GDP)
_ECONOMY = frozenset({"economy", "economies"})
_PLACE_ECONOMY = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?:[A-Za-z.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
RATE_NAMED_RE = re.compile(
    r"\b(?:fed(?:eral)?[\s-]+funds|fed\b|fomc|policy\s+rate|interest\s+rate)", re.I
)

# ", which makes up two-thirds of the economy,": a relative clause is not the subject
_GDP_WORD = re.compile(
    r"\b(?:gdp|economy|economic|output|gross\s+domestic\s+product)\b", re.IGNORECASE
)
APPOSITIVE_RE = re.compile(r",\s+(?:the|a|an)\s[^,;]{0,70},", re.IGNORECASE)
# ", which excludes food and energy prices," (its list may hold commas: ", which excludes
# energy, food, alcohol and tobacco prices,")
RELATIVE_RE = re.compile(
    r",\s+(?:which|that|who|whose)\b(?:\s+(?:\w+\s+)?(?:excludes?|excluding|strips?\s+out|"
    r"removes?|adjusts?\s+for|leaves?\s+out|omits?|includes?)\b[^,;]*?"
    r"(?:,\s+[^,;\d]{1,40}?)+\s+(?:and|or)\s+[^,;]*|[^,;]*),",
    re.IGNORECASE,
)


# A participle clause takes up the sentence's subject again: the word before it speaks of
# something else ("UK inflation has stayed above the Bank of England target, remaining at 2.2%")
_RESUMED = re.compile(
    r",\s+(?:remaining|reaching|rising|falling|standing|hitting|easing|slowing|climbing|"
    r"accelerating|dropping|jumping|edging|holding|staying|coming\s+in)\b[^,;]*$",
    re.IGNORECASE,
)
# ... and so does one of these after a blocker that is an object: "inflation remained within
# the target band of 3% to 6%, averaging 4.9% in 2018" (not "growth, as retail sales continue
# to slow, moderating to 1.1 percent": there the blocker is the clause's own subject)
_RESUMED_AFTER_OBJECT = re.compile(
    r",\s+(?:averaging|hovering|running|peaking|settling|ending|moderating|declining|"
    r"increasing|decreasing)\b[^,;]*$",
    re.IGNORECASE,
)
_AN_OBJECT = re.compile(
    r"\b(?:above|below|within|inside|outside|under|over|near|to|into|toward|towards|beyond)\s+"
    r"(?:[\w'’%.-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _resumes_subject(text: str, blocker: Cue, figure: int) -> bool:
    """Return True for a participle clause between ``blocker`` and the figure that takes up
    the sentence's subject again."""
    return _RESUMED.search(text, blocker.end, figure) is not None or (
        _RESUMED_AFTER_OBJECT.search(text, blocker.end, figure) is not None
        and _AN_OBJECT.search(text, max(0, blocker.start - 40), blocker.start) is not None
    )


def choose_cue(ctx: SentenceContext, quantity: Quantity) -> Cue | None:
    """Return the indicator word a percent belongs to, or None (blocked or none found)."""
    cues = [c for c in ctx.cues if not _inside_quantity(ctx, c)]
    if reaches_target(ctx, quantity):
        # "expects inflation to return to the 2 percent target in 2011": a forecast
        named = [c for c in cues if c.kind is CueKind.INFLATION and c.end <= quantity.start]
        if named:
            return named[-1]
    after = _right_cue(ctx, cues, quantity)
    if after is not None and after.kind is CueKind.BLOCK:
        return None
    if after is not None and after.kind is CueKind.NEUTRAL:
        after = None
    accepted = None if after is None or after.kind is CueKind.FX else _accept(ctx, after, quantity)
    cue = accepted if accepted is not None else _left_cue(ctx, cues, quantity)
    if cue is None:
        cue = _rate_taken_up(ctx, cues, quantity)
    if cue is not None and is_inflation_target_range(ctx, cue):
        return _resumed_inflation(ctx, cues, cue, quantity)
    return _price_growth(ctx, cues, cue)


def _resumed_inflation(
    ctx: SentenceContext, cues: list[Cue], target: Cue, quantity: Quantity
) -> Cue | None:
    """Return the inflation word a participle clause after inflation's target range takes up
    ("Inflation is expected to stay within the target range, averaging 4.9% in 2018"), else
    None: the figure is the range's own."""
    if not _resumes_subject(ctx.text, target, quantity.start):
        return None
    named = [c for c in cues if c.end <= target.start and c.kind is CueKind.INFLATION]
    return named[-1] if named else None


# a policy move whose object is a pronoun: "lowered it to 10.5%", "raised it by 50 basis points"
_MOVED_IT = re.compile(
    r"\b(?:cut|cuts|lowered|lowers|reduced|raised|raises|hiked|hikes|lifted|increased|kept|"
    r"held|left|trimmed|slashed)\s+it\s+(?:by\s+[^,;]{1,30}?\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)


def _rate_taken_up(ctx: SentenceContext, cues: list[Cue], quantity: Quantity) -> Cue | None:
    """Return the policy-rate word a pronoun takes up ("The bank, which had held its rate at
    10.75% since May, lowered it to 10.5%"), even inside an aside."""
    if not _MOVED_IT.search(ctx.text, max(0, quantity.start - 60), quantity.start):
        return None
    named = [
        c
        for c in cues
        if c.end <= quantity.start and c.kind in (CueKind.POLICY, CueKind.POLICY_WEAK)
    ]
    return named[-1] if named else None


_GROWTH_WORDS = frozenset({"growth", "growth rate", "growth rates"})
# "The trimmed mean CPI rose 0.3% in the September quarter, for an annual growth rate of 2.3%"
_PRICE_GROWTH_REACH = 90


_REPORT_NAME = re.compile(r"(?:inflation|monetary\s+policy)\s+reports?", re.IGNORECASE)


def _price_growth(ctx: SentenceContext, cues: list[Cue], cue: Cue | None) -> Cue | None:
    """Return the inflation word of "China's CPI averaged growth of 5.4%" (not GDP growth)."""
    if (
        cue is None
        or cue.kind is not CueKind.GDP
        or " ".join(ctx.text[cue.start : cue.end].lower().split()) not in _GROWTH_WORDS
    ):
        return cue
    reach = _PRICE_GROWTH_REACH
    window = ctx.text[max(0, cue.start - reach) : cue.start]
    prices = [
        c for c in cues if c.kind is CueKind.INFLATION and cue.start - reach <= c.start < cue.start
    ]
    if (
        prices
        and not _GDP_WORD.search(window)
        and not _OTHER_SUBJECT.search(ctx.text, prices[-1].end, cue.start)
        and not _IN_CAUSE_PHRASE.search(ctx.text, max(0, prices[-1].start - 50), prices[-1].start)
    ):
        return prices[-1]
    if not _GDP_WORD.search(window) and any(
        c.kind is CueKind.BLOCK
        and cue.start - reach <= c.start < cue.start
        and _PRICE_PART.search(ctx.text, c.start, c.end)
        and not _REPORT_NAME.fullmatch(ctx.text, c.start, c.end)  # (the "Inflation Report")
        and not any(c.end <= q.start < cue.start for q in ctx.quantities)
        for c in cues
    ):
        return None  # "Services inflation saw growth from 4.9% to 5%": a part of the basket
    return cue


_PRICE_PART = re.compile(r"inflation|cpi", re.IGNORECASE)
# a word that starts another subject's clause between the price word and "growth": "amid
# inflation pressures, in a sharp decline from growth of 7.3%", "this scenario of inflation
# because we are expecting growth to be close to 6 percent"
_OTHER_SUBJECT = re.compile(
    r"\b(?:because|amid|despite|although|though|while|whereas|but|even\s+as)\b", re.IGNORECASE
)
# ... or the price word names a cause: "grew 0.6% amid high interest rates and inflation
# pressures, in a sharp decline from growth of 7.3%"
_IN_CAUSE_PHRASE = re.compile(r"\b(?:amid|despite|because\s+of|due\s+to)\b[^,;.]{0,45}$", re.I)


_SURPASSES = re.compile(
    r"\b(?:surpass\w*|exceed\w*|above|below|within|outside|inside|breach\w*|overshoot\w*)\b",
    re.IGNORECASE,
)


def is_inflation_target_range(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for "BI's 1.5% to 3.5% target range" (inflation) rather than the Fed's."""
    if " ".join(ctx.text[cue.start : cue.end].lower().split()) != "target range":
        return False
    named = [
        c for c in ctx.cues if c.kind not in (CueKind.BLOCK, CueKind.NEUTRAL) and c.end <= cue.start
    ]
    first = named[0] if named else None
    if first is not None and first.kind is CueKind.INFLATION:
        return True  # "Inflation ... is still above the RBA's two to three per cent target range"
    if (
        named
        and named[-1].kind is CueKind.INFLATION
        and _SURPASSES.search(ctx.text, named[-1].end, cue.start)
    ):
        # "kept its policy rate at 7%, citing inflation of 6.2%, which surpasses the bank's
        # target range": the range the inflation figure is measured against
        return True
    return not RATE_NAMED_RE.search(ctx.text)


# "a decrease of 0.5% in Finland's GDP": a change noun before the figure, its subject after
_CHANGE_OF_BEFORE = re.compile(
    r"\b(?:increases?|decreases?|rises?|falls?|drops?|declines?|contractions?|expansions?|growth|"
    r"reductions?|jumps?|slumps?|gains?|loss(?:es)?)\s+(?:of|to)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_IN_SUBJECT = re.compile(
    # "a decline of 4.5 percent for Latin America's biggest economy"
    r"\s+(?:in|for)\s+(?:the\s+|its\s+|their\s+|[\w.-]+(?:\s+[\w.-]+)?['’]s\s+)?"
    r"(?:(?:consumer|headline|core|annual|real|overall|[\w-]+est)\s+)*(?=\w)",
    re.IGNORECASE,
)


_OF = re.compile(r"\s+of\s+")
_CUE_OF_GAP = re.compile(r"\s+(?:of|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?")


def _right_cue(ctx: SentenceContext, cues: list[Cue], quantity: Quantity) -> Cue | None:
    """Return the cue right after the figure ("8% inflation"), but not a pace ("a 2% rate")."""
    rest = fronted_rest(ctx.text, quantity)
    if rest is not None:  # "At 54.1%, inflation in December reached a 22-year high"
        return next((c for c in cues if rest <= c.start <= rest + 30), None)
    following = _next_in_list(ctx, quantity)
    if following is not None:
        if any(
            c.kind not in (CueKind.NEUTRAL, CueKind.BLOCK)
            and _CUE_OF_GAP.fullmatch(ctx.text, c.end, quantity.start)
            for c in cues
            if quantity.start - 24 <= c.end <= quantity.start
        ):
            return None  # "a GDP growth of 2 percent and 4 percent inflation": its own word
        return _right_cue(ctx, cues, following)
    right = _right_words(ctx, quantity)
    if right is None:
        return None
    after = next((c for c in cues if c.start == right.end()), None)
    if after is None:  # a cue that holds a modifier word: "4.1% economic growth"
        after = next((c for c in cues if right.start() < c.start < right.end() < c.end), None)
    if after is None:  # a modifier word that is the cue itself: "5% inflation in January"
        after = next(
            (
                c
                for c in cues
                if right.start() < c.start
                and c.end <= right.end()
                and not ctx.text[c.end : right.end()].strip()
            ),
            None,
        )
    if after is None:  # the cue right after the figure: "a 25 basis point cut in September"
        after = next(
            (
                c
                for c in cues
                if c.start >= quantity.per_end
                and _GLUE.fullmatch(ctx.text, quantity.per_end, c.start) is not None
            ),
            None,
        )
    if after is None and quantity.kind in (QKind.BP, QKind.POINTS):
        # "300 basis points of rate increases": the moves the points add up
        after = next(
            (
                c
                for c in cues
                if c.kind is CueKind.POLICY and _OF.fullmatch(ctx.text, quantity.per_end, c.start)
            ),
            None,
        )
    if (
        after is not None
        and after.kind is CueKind.POLICY_WEAK
        and (
            PACE_BEFORE_RE.search(ctx.text, max(0, quantity.start - 30), quantity.start)
            # "the increase was 4.2%, slightly lower than the 4.3% rate in the first quarter":
            # the rate compared is the figure's before it, not the policy rate
            or (
                _THAN_THE.search(ctx.text, max(0, quantity.start - 12), quantity.start)
                and any(q.end <= quantity.start and q.is_rate for q in ctx.quantities)
            )
            # "The core inflation rate eased to a 2.2 percent rate": the subject's own rate
            or _inflation_subject(ctx, cues, quantity)
        )
    ):
        return None
    return _moved_other(ctx, cues, after)


# "a 0.5 percentage point cut early last month in the bank's reserve requirement ratio": the
# move noun's object, a few words on
_MOVE_NOUNS = frozenset({"cut", "cuts", "hike", "hikes", "increase", "reduction", "rise"})
_RESERVES = re.compile(r"reserve|\bRRR\b", re.IGNORECASE)
_MOVED_OBJECT_GAP = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:in|to|on|of)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?",
    re.IGNORECASE,
)


def _moved_other(ctx: SentenceContext, cues: list[Cue], after: Cue | None) -> Cue | None:
    """Return the blocking word a move noun after the figure applies to, else ``after``."""
    if after is None or after.kind is not CueKind.POLICY:
        return after
    if ctx.text[after.start : after.end].lower() not in _MOVE_NOUNS:
        return after
    blocked = next(
        (
            c
            for c in cues
            if c.kind is CueKind.BLOCK
            and after.end < c.start <= after.end + 45
            # (a reserve requirement; not "a 10 basis point cut in the ECB's deposit rate")
            and _RESERVES.search(ctx.text, c.start, c.end) is not None
            and _MOVED_OBJECT_GAP.fullmatch(ctx.text, after.end, c.start)
        ),
        None,
    )
    return blocked or after


def _right_words(ctx: SentenceContext, quantity: Quantity) -> re.Match[str] | None:
    """Return the words between the figure and a cue after it (after "a rise of", those
    naming what rose: "a rise of 2% in the country's GDP")."""
    if _CHANGE_OF_BEFORE.search(ctx.text, max(0, quantity.start - 30), quantity.start):
        subject = _IN_SUBJECT.match(ctx.text, quantity.per_end)
        if subject is not None:
            return subject
    return RIGHT_CUE_RE.match(ctx.text, quantity.per_end)


# a figure's measure tag, then the next figure of a list: "0.6% qoq 2.6% yoy", "0.3% m/m and"
_TAGGED_LIST = re.compile(
    r"\s+(?:yoy|y/y|y-o-y|qoq|q/q|q-o-q|mom|m/m|m-o-m)\s*(?:,\s*(?:and\s+)?|and\s+|\s)",
    re.IGNORECASE,
)


#: The link between two figures of a list: a comma, "and" or both (not "or": "another
#: half-point or a quarter-point reduction" weighs options).
FIGURES_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)


def _next_in_list(ctx: SentenceContext, quantity: Quantity) -> Quantity | None:
    """Return the next figure of a list whose indicator word comes after its last figure:
    "around 5% and 6.5% growth, respectively", "a forecast of 0.6% qoq 2.6% yoy inflation"
    (each figure tagged with its measure)."""
    link = _TAGGED_LIST.match(ctx.text, quantity.per_end) or FIGURES_LINK.match(
        ctx.text, quantity.per_end
    )
    if link is None:
        return None
    return next(
        (q for q in ctx.quantities if q.start == link.end() and q.kind is quantity.kind), None
    )


def last_in_list(ctx: SentenceContext, quantity: Quantity) -> Quantity:
    """Return the last figure of the list ``quantity`` opens ("6.6% and 6.3% growth
    projections": the 6.3%, whose words after it speak for both), or ``quantity``."""
    last = quantity
    while (following := _next_in_list(ctx, last)) is not None:
        last = following
    return last


def _inflation_subject(ctx: SentenceContext, cues: list[Cue], quantity: Quantity) -> bool:
    """Return True when the clause's last indicator word before the figure is inflation's."""
    start = clause_start(ctx.text, quantity.start)
    before = [c for c in cues if start <= c.start and c.end <= quantity.start]
    return bool(before) and before[-1].kind is CueKind.INFLATION


_THAN_THE = re.compile(r"\b(?:than|from|with|to)\s+(?:the|a)\s+$", re.IGNORECASE)


def _left_cue(ctx: SentenceContext, cues: list[Cue], quantity: Quantity) -> Cue | None:
    """Walk back from the figure to the indicator word it belongs to."""
    verb: Cue | None = None
    relative = _relative_spans(ctx.text)
    asides = relative + _appositive_spans(ctx.text)  # relative clauses and appositives
    for cue in reversed([c for c in cues if c.end <= quantity.start]):
        if quantity.start - cue.end > _MAX_LEFT and not _listed_after(ctx, cue, quantity):
            return None
        if (
            cue.kind is CueKind.NEUTRAL
            or _passed_over(ctx, cue, relative, asides, quantity.start)
            # "The policy rate in the Monetary Policy Report projection was shown at 3.9%": a
            # publication's name stands between the word and its figure
            or (cue.kind is CueKind.BLOCK and _REPORT_NAME.fullmatch(ctx.text, cue.start, cue.end))
        ):
            continue
        if (
            cue.kind in (CueKind.BLOCK, CueKind.FX)
            # "a deficit of 3.7 percent of economic output in 2016, and 3.1 percent in 2017":
            # the word is what an earlier figure is a share of, and so is the later one
            or _share_object(ctx, cue)
            or _describes_blocked(ctx, cues, cue, asides, quantity.start)
            or _growth_of_blocked(ctx, cues, cue)
            or _part_of_economy(ctx, cues, cue)
            # "driven by repair and maintenance, which grew by 4.9%"
            or (cue.kind is CueKind.GDP_VERB and verb is None and _other_antecedent(ctx, cues, cue))
        ):
            return None  # ... or "Private consumption, a major engine of growth, rose 1.0%"
        if cue.kind is CueKind.GDP_VERB:
            verb = verb or cue  # "the economy shrank 2%": look on for the subject
            continue
        if verb is not None:
            if any(start < cue.start and cue.end < end <= verb.start for start, end in relative):
                continue  # "Consumer spending, which is 70% of the economy, grew 3%"
            return _verb_subject(ctx, cue, verb)
        if _names_a_place(ctx, cue):
            continue  # "inflation in Europe's largest economy eased to 3.8%"
        accepted = _accept(ctx, cue, quantity)
        if accepted is not None:
            return _restated(ctx, cues, accepted, asides)
    return None if verb is None else _fronted_subject(ctx, cues, verb) or _place_subject(ctx, verb)


def _restated(
    ctx: SentenceContext, cues: list[Cue], cue: Cue, asides: list[tuple[int, int]]
) -> Cue:
    """Return the word a generic rate word takes up, or the word itself: the policy rate an
    aside restates, the inflation a bare "rate" refers back to."""
    head = _appositive_head(cues, cue, asides)
    if head is not None:
        return head
    bare = ctx.text[cue.start : cue.end].lower() in ("rate", "rates")
    antecedent = _inflation_antecedent(ctx, cues, cue) if bare else None
    return antecedent or cue


def _appositive_head(cues: list[Cue], cue: Cue, asides: list[tuple[int, int]]) -> Cue | None:
    """Return the policy rate a generic word in an aside restates: "lowered the federal funds
    rate, the benchmark for loans, by half a percentage point"."""
    if cue.kind is not CueKind.POLICY_WEAK:
        return None
    span = next(((a, b) for a, b in asides if a <= cue.start and cue.end < b), None)
    if span is None:
        return None
    return next((c for c in cues if c.kind is CueKind.POLICY and 0 <= span[0] - c.end <= 1), None)


# "After expanding by 8.8 percent in 2010, Peru's growth rate eased to 6.9 percent": a
# participle put first takes the subject of the main clause
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:After|Following|Before|Having|Despite)\s+", re.I)
_SUBJECT_REACH = 60


def _fronted_subject(ctx: SentenceContext, cues: list[Cue], verb: Cue) -> Cue | None:
    """Return the subject cue of the main clause for a growth verb in a fronted participle."""
    if not _FRONTED_PARTICIPLE.match(ctx.text):
        return None
    comma = ctx.text.find(",", verb.end)
    if comma < 0:
        return None
    return next(
        (
            c
            for c in cues
            if comma < c.start <= comma + _SUBJECT_REACH
            and (
                c.kind is CueKind.GDP
                or (c.kind is CueKind.INFLATION and c is _verb_subject(ctx, c, verb))
            )
        ),
        None,
    )


# "Germany grew 0.6%", "the euro zone is expected to expand 1.2%": a place as the subject of a
# growth verb names its economy; "China grew its exports 10%" (a transitive verb) does not
_PLACE_GAP = re.compile(
    r"(?:,\s+which)?"
    # "Argentina this year will expand 4%"
    r"(?:\s+(?:(?:this|next|last)\s+(?:year|quarter)|in\s+(?:19|20)\d\d))?"
    r"\s+(?:(?:has|have|had|will|would|could|can|may|might|should|is|was)\s+)?"
    # "is now expected to expand", "is still seen to grow"
    r"(?:(?:now|still|also|again)\s+)?"
    r"(?:(?:expected|forecast|forecasted|projected|set|likely|seen|estimated|predicted|poised)\s+to\s+)?"
    # "the IMF expects Kenya to grow 5%": the object of a forecast verb
    r"(?:to\s+)?"
    r"(?:\w+ly\s+)?"
)
_TRANSITIVE = re.compile(
    r"\s+(?:its|their|the|his|her|our)\b"
    # "grew a slight 0.3%" is no object: an article's words lead to the figure
    r"|\s+an?\s+(?![\w-]+\s+(?:[\w-]+\s+)?[\d.]+\s*(?:%|per\s?cent|percent))",
    re.I,
)


def _place_subject(ctx: SentenceContext, verb: Cue) -> Cue | None:
    """Return the growth verb itself when a place name is its subject ("Germany grew 0.6%")."""
    if _TRANSITIVE.match(ctx.text, verb.end):
        return None
    for entity in ctx.entities:
        if (
            entity.forecaster is None
            and entity.country is not None
            and entity.end <= verb.start
            and _PLACE_GAP.fullmatch(ctx.text, entity.end, verb.start)
        ):
            return verb
    return None


# a growth verb in a relative clause: its subject is the noun before the comma
_WHICH_BEFORE = re.compile(r",\s+(?:which|that|who)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$")


def _other_antecedent(ctx: SentenceContext, cues: list[Cue], verb: Cue) -> bool:
    """Return True for a growth verb opening a relative clause whose antecedent is no
    indicator word ("driven by repair and maintenance, which grew by 4.9%")."""
    match = _WHICH_BEFORE.search(ctx.text, max(0, verb.start - 30), verb.start)
    if match is None:
        return False
    comma = match.start()
    if any(comma - 3 <= e.end <= comma for e in ctx.entities):
        return False  # "Germany, which grew 0.6%": a place's economy
    return not any(comma - 3 <= c.end <= comma and c.kind is not CueKind.NEUTRAL for c in cues)


def _verb_subject(ctx: SentenceContext, cue: Cue, verb: Cue) -> Cue | None:
    """Return the subject cue of a growth verb: an economy word ("the economy shrank 2%"), or
    a price word right before it ("prices grew 1.3% year-on-year": price growth)."""
    if cue.kind is CueKind.INFLATION:
        # "Core consumer prices, which exclude food and fuel, grew 0.5%": past the aside
        # ... and "China's consumer price index (CPI), a main gauge of inflation, grew"
        after = cue.end + 1 if ctx.text.startswith(")", cue.end) else cue.end
        aside = RELATIVE_RE.match(ctx.text, cue.end) or APPOSITIVE_RE.match(ctx.text, after)
        gap_start = aside.end() if aside is not None and aside.end() <= verb.start else cue.end
        if _SUBJECT_GAP.fullmatch(ctx.text, gap_start, verb.start):
            return cue
    return cue if cue.kind is CueKind.GDP or is_carried(cue) else None


_SUBJECT_GAP = re.compile(
    # "Consumer Price Index (CPI) grew", "consumer prices on an annual basis grew"
    r"\)?(?:\s*\([A-Za-z-]{2,12}\))?(?:\s+on\s+(?:an?\s+)?(?:annual|yearly|monthly|year-on-year)\s+"
    r"basis)?"
    # "Consumer prices in the Philippines grew"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"\s+(?:(?:have|has|had)\s+)?"
    # "CPI would grow", "CPI was expected to grow", "prices are forecast to grow"
    r"(?:(?:will|would|could|may|might|should|is|are|was|were)\s+(?:be\s+)?"
    r"(?:(?:expected|forecast|forecasted|projected|set|likely|seen|estimated|predicted)\s+to\s+)?)?"
    r"(?:(?:continue|continues|continued|keep|keeps|kept)\s+to\s+)?"
    # "projecting Malaysia's inflation to grow to 4%": the object of a forecast verb
    r"(?:to\s+)?"
    r"(?:(?:also|still|again|even)\s+)?(?:\w+ly\s+)?"  # "core inflation also expanded"
)


def _names_a_place(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for the "economy" of "inflation in Europe's largest economy" (a place)."""
    if cue.kind is not CueKind.GDP or ctx.text[cue.start : cue.end].lower() not in _ECONOMY:
        return False
    return _PLACE_ECONOMY.search(ctx.text, max(0, cue.start - 45), cue.start) is not None


def _inflation_antecedent(ctx: SentenceContext, cues: list[Cue], weak: Cue) -> Cue | None:
    """Return the inflation word a bare "rate" refers back to, when no policy rate is named
    and no policy move is made on it.

    "Inflation rose to 27.33% in October, up from the September rate of 26.72%" (but "the
    Copom, perceiving the threat of inflation, decided to raise the rate from 16% to 16.25%").
    """
    if any(c.kind is CueKind.POLICY and c.end <= weak.start for c in cues):
        return None  # (a policy rate named only after the figure does not own "the rate")
    if _POLICY_MOVE_ON.search(
        ctx.text, max(0, weak.start - 30), weak.start
    ) and not _FOR_A_YEAR.search(ctx.text, 0, weak.start):
        return None  # (but "For fiscal 2025, it has raised the rate to 2.1%": a forecast's)
    earlier = [c for c in cues if c.end <= weak.start and c.kind is CueKind.INFLATION]
    return earlier[-1] if earlier else None


_POLICY_MOVE_ON = re.compile(
    r"\b(?:raise|raised|raising|cut|cuts|cutting|lower|lowered|lowering|hike|hiked|hiking|lift|"
    r"lifted|reduce|reduced|keep|kept|hold|held|leave|left|maintain|maintained|adding\s+[\d.,]+%?"
    r"\s+to)\s+(?:(?:the|its|their)\s+)?$",  # "voted to lift rates from 0.5% to 0.75%"
    re.IGNORECASE,
)


_FOR_A_YEAR = re.compile(r"\bfor\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d\b", re.I)


def _share_object(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for the word a figure is a share of ("3.7 percent of economic output")."""
    return any(
        q.kind is QKind.PERCENT
        and 0 < cue.start - q.per_end <= 16
        and (share := SHARE_AFTER_RE.match(ctx.text, q.per_end)) is not None
        and _SHARE_GAP.fullmatch(ctx.text, share.end(), cue.start) is not None
        for q in ctx.quantities
    )


_SHARE_GAP = re.compile(r"(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)


def _follows_quantity(ctx: SentenceContext, cue: Cue) -> bool:
    """Return True for the pace word right after a percent ("a 1.9% rate", "a 3% annual rate")."""
    return any(
        q.is_rate
        and 0 <= cue.start - q.per_end <= 12
        and PACE_BEFORE_RE.search(ctx.text, max(0, q.start - 30), q.start)
        for q in ctx.quantities
    )


_RATE_OF = re.compile(r"\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)


def _owned_by_earlier(ctx: SentenceContext, cue: Cue, before: int) -> bool:
    """Return True for a pace word that names its own figure ("grew at a steady rate of 3.5
    percent"), which a later figure ("surpassing the projected increase of 3.2 percent") does
    not take up."""
    return any(
        cue.end < q.start < before and _RATE_OF.fullmatch(ctx.text, cue.end, q.start)
        for q in ctx.quantities
    )


def _relative_spans(text: str) -> list[tuple[int, int]]:
    if ", wh" not in text and ", th" not in text:
        return []
    return [m.span() for m in RELATIVE_RE.finditer(text) if not _LIST_GOES_ON.match(text, m.end())]


# "projections, which see inflation reaching 11.4% in 2023, 4.6% in 2024": the comma goes on
# with the clause's list of figures, it does not close the clause
_LIST_GOES_ON = re.compile(r"\s*(?:and\s+)?[-−+]?\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)", re.I)


_LEFT_OUT = re.compile(
    r"\b(?:adjusted\s+for|excluding|excludes|exclude|without|stripping\s+out|strips\s+out)\s+"
    r"(?:[\w-]+\s+){0,4}$",  # "excluding the effects of indirect taxes"
    re.IGNORECASE,
)


_PACE_WORD_BEFORE = re.compile(
    r"\b(?:an?\s+)(?:seasonally[\s-]+adjusted\s+)?(?:annual|annuali[sz]ed|yearly|quarterly|monthly)\s+$"
    # "This left the annual rate at 2.8 per cent": where a release left the pace
    rf"|\b(?:this|that|which)\s+{RESULT_VERB}\s+the\s+(?:annual|yearly|monthly|quarterly)\s+$",
    re.IGNORECASE,
)


def _passed_over(
    ctx: SentenceContext,
    cue: Cue,
    relative: list[tuple[int, int]],
    asides: list[tuple[int, int]],
    before: int,
) -> bool:
    """Return True for a word that speaks of something else here.

    The "rate" of "rose at a 1.9% rate" belongs to that figure; a word inside an aside
    ("Core inflation, which excludes food and energy prices, came in at 6.2%") neither blocks
    nor names it.
    """
    if cue.kind is CueKind.POLICY_WEAK and (
        _follows_quantity(ctx, cue)
        or _owned_by_earlier(ctx, cue, before)
        # "growth weakened ... to an annual rate of just 1.9%": a pace, not the policy rate
        or _PACE_WORD_BEFORE.search(ctx.text, max(0, cue.start - 24), cue.start) is not None
    ):
        return True
    if cue.kind is CueKind.BLOCK:
        # "inflation has stayed above the target, remaining at 2.2%": a participle clause
        # takes up the subject again, so the blocker before it speaks of something else;
        # "inflation adjusted for mortgage costs was 1.5%": what a measure leaves out
        return (
            _inside(cue, asides, before)
            or _resumes_subject(ctx.text, cue, before)
            or _LEFT_OUT.search(ctx.text, max(0, cue.start - 45), cue.start) is not None
            # "Serbia's inflation rate fell below the central bank's target to 1.1%": the
            # target is what the rate passed, the figure is where it went
            or passed_goal(ctx.text, cue.start, cue.end, before)
        )
    # "Nominal GDP, which is before adjusting for inflation, fell 0.8%": a relative clause does
    # not name the figure either (an appositive may: "the gauge, the core PCE index, rose")
    if _inside(cue, asides, before) and (
        _FIGHTS.search(ctx.text, max(0, cue.start - 30), cue.start)
        # "China's consumer price index (CPI), a main gauge of inflation, grew 2.1 percent":
        # the aside names what the head measures, the head is the subject
        or _GAUGE_OF.search(ctx.text, max(0, cue.start - 30), cue.start)
    ):
        return True  # "The policy rate, a tool used to contain inflation, is expected to end"
    return cue.kind is not CueKind.GDP_VERB and _inside(cue, relative, before)


_GAUGE_OF = re.compile(
    r"\b(?:gauge|measure|indicator|barometer|yardstick|proxy|"
    # "Food prices—a major driver of inflation—followed a similar trend": the head's role
    r"driver|drivers|component|source|contributor)\s+(?:of|for|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PASSED_BEFORE = re.compile(
    r"\b(?:below|above|under|beyond|past|through|passed|crossed|breached|surpassed|exceeded|"
    r"topped)\s+(?:the\s+|its\s+|that\s+|this\s+|"
    r"[\w'’ ]{1,25}['’]s\s+)?"
    r"(?:[\w%.,-]+\s+){0,2}$",  # "above the official 5% target", "the 1,000 percent"
    re.IGNORECASE,
)
# ("has been below that target, averaging 3.9% over the past 12 months")
# ("is well above the 5% target and touched a 24-year peak of 85.5%": a new predicate)
_TO_FIGURE = re.compile(
    r"(?:\s+(?:range|band|ceiling|floor))?,?\s+(?:to|at|averaging|running\s+at|standing\s+at)\s+"
    r"(?:about\s+)?"
    r"|(?:\s+(?:range|band|ceiling|floor))?"
    r"(?:\s+in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)?"  # "... threshold in May 2006 and was"
    r",?\s+and\s+(?:has\s+|had\s+)?"
    r"(?:\w+ed|hit|rose|stood|ran|was)\s+(?:[^,;.%]{0,40}?\b(?:at|to|of)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?",
    re.IGNORECASE,
)


def passed_goal(text: str, start: int, end: int, figure: int) -> bool:
    """Return True for a goal the figure's rate moved past, the figure right after it ("fell
    below the central bank's target to 1.1%"): the goal names neither the figure nor an aim."""
    return (
        _PASSED_BEFORE.search(text, max(0, start - 40), start) is not None
        and _TO_FIGURE.fullmatch(text, end, figure) is not None
    )


# the object of a policy's aim, not a figure's subject: "a tool used to contain inflation"
_FIGHTS = re.compile(
    r"\b(?:contain|curb|fight|tame|control|combat|rein\s+in|tackle|cool|bring\s+down|"
    r"stimulate|support|boost|spur|protect|stoke|stoking|fuel|fuelling|fueling|"
    r"generate|generating|causing|cause)\s+(?:the\s+|[\w'’]+['’]s\s+)?$",
    re.IGNORECASE,
)


_CONSUMER_INDEX = re.compile(
    r"\b(?:retail\s+prices?\s+index|consumer\s+prices?\s+index|personal\s+consumption)\b|"
    r"\b(?:RPI|RPIX|CPI|CPIH|PCE)\b",
    re.IGNORECASE,
)
# "SPI (Sensitive Price Indicator) inflation": an abbreviation spelled out before its noun
_SPELLED_OUT = re.compile(r"^\s*(?:\([^()]{2,40}\)|\))")
# "nominal GDP growth", "private consumption's third-quarter growth"
_GLUE = re.compile(
    r"(?:['’]s)?[\s-]*(?:(?:first|second|third|fourth)[- ]quarter[\s-]+|annual\s+|quarterly\s+)?"
)


def _part_of_economy(ctx: SentenceContext, cues: list[Cue], cue: Cue) -> bool:
    """Return True for the economy a blocked noun belongs to: "productivity in Finland's
    economy grew by 3.8 percent" is productivity's growth, not GDP's."""
    if cue.kind is not CueKind.GDP or ctx.text[cue.start : cue.end].lower() != "economy":
        return False
    head = next(
        (c for c in reversed(cues) if c.end <= cue.start and c.kind is not CueKind.NEUTRAL), None
    )
    return (
        head is not None
        and head.kind is CueKind.BLOCK
        and _IN_PLACE.fullmatch(ctx.text, head.end, cue.start) is not None
    )


_IN_PLACE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}")


def _growth_of_blocked(ctx: SentenceContext, cues: list[Cue], cue: Cue) -> bool:
    """Return True for the growth word of a blocked noun: "nominal GDP growth", "Gross Fixed
    Capital Formation growth" are not the economy's growth, nor is "WPI (Wholesale Price
    Index) inflation" the CPI's."""
    word = ctx.text[cue.start : cue.end].lower()
    if not (
        (cue.kind is CueKind.GDP and word in _GROWTH_WORDS)
        or (cue.kind is CueKind.INFLATION and word == "inflation")
    ):
        return False
    head = next(
        (c for c in reversed(cues) if c.end <= cue.start and c.kind is not CueKind.NEUTRAL), None
    )
    between = "" if head is None else ctx.text[head.end : cue.start]
    if cue.kind is CueKind.INFLATION and (
        not _SPELLED_OUT.match(between)
        # "Retail Prices Index (RPI) inflation": a consumer price index all the same
        or (
            head is not None
            and _CONSUMER_INDEX.search(ctx.text, max(0, head.start - 30), cue.start)
        )
    ):
        return False  # "retail inflation" is India's CPI; "food inflation" is blocked as one
    glue = _SPELLED_OUT.sub("", between)
    return (
        head is not None
        and head.kind is CueKind.BLOCK
        and _GLUE.fullmatch(glue) is not None
        # "data of GDP growth": the blocker "of GDP" (a share of GDP) names no noun
        and not ctx.text[head.start : head.end].lower().startswith(("of ", "to "))
    )


def _describes_blocked(
    ctx: SentenceContext, cues: list[Cue], cue: Cue, asides: list[tuple[int, int]], before: int
) -> bool:
    """Return True for a growth word in an aside after a blocked subject: the aside
    describes that subject ("Private consumption, a major engine of growth, rose 1.0%"), and
    the figure is the subject's."""
    if cue.kind not in (CueKind.GDP, CueKind.GDP_VERB):
        return False
    span = next((s for s in asides if s[0] < cue.start and cue.end < s[1] <= before), None)
    if span is None:
        return False
    # "the potential growth rate, the pace at which the economy can expand, at 5.5%"
    head = next(
        (
            c
            for c in cues
            if c.end <= span[0] and ctx.text[c.end : span[0]].strip().lower() in ("", "rate")
        ),
        None,
    )
    return head is not None and head.kind is CueKind.BLOCK


def _appositive_spans(text: str) -> list[tuple[int, int]]:
    """Return ", the amount that banks charge each other for overnight loans," spans, and
    asides between dashes ("the key rate —the rate on seven-day term deposits— to 5.5%")."""
    spans = [m.span() for m in _DASH_ASIDE.finditer(text)] if "—" in text or " – " in text else []
    if ", the " not in text and ", a " not in text and ", an " not in text:
        return spans
    return spans + [m.span() for m in APPOSITIVE_RE.finditer(text)]


_DASH_ASIDE = re.compile(r"\s?[—–]\s?[^—–\d%]{3,80}?\s?[—–]")


def _inside(cue: Cue, spans: list[tuple[int, int]], before: int) -> bool:
    """Return True when ``cue`` sits in an aside that closes before the figure."""
    return any(start < cue.start and cue.end < end <= before for start, end in spans)


def _inside_quantity(ctx: SentenceContext, cue: Cue) -> bool:
    return any(q.start <= cue.start and cue.end <= q.per_end for q in ctx.quantities)


def names_policy_rate(ctx: SentenceContext, cue: Cue, quantity: Quantity) -> bool:
    """Return True when ``cue`` names the policy rate for ``quantity`` (a generic word such as
    "target rate" only with a central bank or a policy verb nearby)."""
    if cue.kind not in (CueKind.POLICY, CueKind.POLICY_WEAK):
        return False
    return _accept(ctx, cue, quantity) is not None


def _accept(ctx: SentenceContext, cue: Cue, quantity: Quantity) -> Cue | None:
    if cue.kind is not CueKind.POLICY_WEAK:
        return cue
    has_bank = any(
        e.forecaster
        # "the Reserve Bank announced interest rates would remain at 1.75%": a central bank
        # the article's country tells apart
        and (e.country or e.forecaster == "central bank" or "Bank" in e.forecaster)
        for e in ctx.entities
    )
    window = ctx.text[clause_start(ctx.text, min(cue.start, quantity.start)) : quantity.start]
    verbs = (m for m in POLICY_VERB_RE.finditer(window) if not _THAN.match(window, m.end()))
    # ("lower than the 4.3% rate recorded in July" compares; "lower" is no move there)
    return cue if has_bank or next(verbs, None) is not None else None


_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
