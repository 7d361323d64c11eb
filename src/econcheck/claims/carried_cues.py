"""A sentence that refers back takes the indicator of the sentence before it.

"It rose to 7.5% in October", "The move followed a cut in March", "The rate was forecast at
10.2%", "February's reading was 0.5%": with no indicator word of its own, such a sentence
gets an empty cue of the previous sentence's indicator at its start (``is_carried``).
"""

from __future__ import annotations

import re

from econcheck.claims.patterns import Cue, CueKind, find_cues
from econcheck.claims.units import find_currency_mentions

__all__ = ["PRONOUN_START", "is_carried", "with_carried"]

_MOVE_NOUNS = r"move|decision|cut|hike"  # a rate decision, referred back to

_MOVE_START = re.compile(rf"\s*the\s+(?:{_MOVE_NOUNS})\b", re.I)

PRONOUN_START = re.compile(
    # "On May 22 it fell by another 1 percentage point": a time put first, with no comma
    # ("Now it has risen to 5.9%")
    r"\s*(?:[\w.' -]{0,40},\s*|"
    r"(?:on|in|then|later|now|but|yet|and|so)\s+(?:[\w.']+\s+){0,3}?(?=it\s))?"
    r"(?:it|its|this|that|they|"
    # "The move followed a cut in March" (a rate decision); "The increase was 0.9%" (any);
    # "The figure for January was unrevised at 0.4%", "February's reading was 0.5%"
    # "The slowdown, from 2.2% in August, was driven by petrol prices"
    # "The result corresponded to a 0.9 percent slide from the previous quarter"
    rf"the\s+(?:{_MOVE_NOUNS}|increase|rise|decline|fall|drop|figure|reading|result|slowdown|"
    r"acceleration|deceleration|pickup|uptick|downtick)|"
    # "The 3.8 percent drop in the fourth quarter", "The 2013 increase of 0.4 percent"
    r"the\s+(?:\d[\d.]*[\s-]?(?:%|percent|per\s?cent)|(?:19|20)\d\d)\s+(?:increase|rise|decline|"
    r"fall|drop|decrease|contraction|expansion|gain)|"
    r"[A-Z][a-z]+['’]s\s+(?:reading|figure))\b"
    # "The National Bank of Ukraine (NBU) predicts that it will rise to 25.6%"
    # ("And back in November, the Bank's best guess was that it would ...": a time put first)
    r"|(?:[\w.' -]{0,40},\s*)?[^,;]{0,60}?\b(?:predicts?|predicted|expects?|expected|says?|said|"
    r"sees|saw|forecasts?|"
    r"estimates?|estimated|projects?|projected|thinks?|thought|believes?|believed|"
    # "the Bank's best guess was that it would fall back to 2%"
    r"(?:guess|view|forecast|expectation)\s+(?:is|was))\s+(?:that\s+)?it\s+(?:will|would|could|"
    r"may|might|is|was|has|had)\b",
    re.IGNORECASE,
)

_NAMING = (CueKind.INFLATION, CueKind.GDP, CueKind.POLICY, CueKind.POLICY_WEAK, CueKind.FX)

_CARRIABLE = (CueKind.INFLATION, CueKind.GDP, CueKind.POLICY)
_FOR_A_YEAR = re.compile(
    r"\bfor\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d\d\b|\bfor\s+FY\d\d", re.I
)


def with_carried(
    cues: list[Cue], text: str, carried: CueKind | None, previous: str
) -> tuple[Cue, ...]:
    """Prepend the previous sentence's indicator when this one refers back to it: it opens
    with a pronoun ("It rose to 13.5%"), or its only indicator word is "the rate" ("In 2009,
    the rate should dip to 4.9%")."""
    naming = [c for c in cues if c.kind in _NAMING]
    the_rate = (
        bool(naming)
        and all(_is_the_rate(text, c) for c in naming)
        # "cuts of 150 bps ... have taken the rate down"; prices "eased" too, so a figure's own
        # rate ("a 40.1% rate ... eased to 38.1%") yields only to a rate-decision word
        and (
            not (_DECISION_MOVE if _figure_rate(text, naming) else _POLICY_MOVE).search(text)
            # "For fiscal 2024, we have reduced the rate to +2.4%" after a sentence on the
            # price outlook: a forecast's rate, revised, not the policy rate
            or (
                carried in (CueKind.INFLATION, CueKind.GDP) and _FOR_A_YEAR.search(text) is not None
            )
        )
    )
    if carried in (CueKind.INFLATION, CueKind.GDP) and _RESULT_LEFT.match(text):
        return (Cue(0, 0, carried), *cues)  # "This left the annual rate at 2.8 per cent"
    if not naming and carried is CueKind.POLICY and _RATE_MOVE_NOUN.search(text):
        return (Cue(0, 0, carried), *cues)  # "Economists had predicted a 25 basis point increase"
    if not naming and carried is CueKind.INFLATION and _THE_INDEX.search(text):
        # "Core CPI rose 0.7% in December. In November, the index rose 0.5%": the same index
        index = [c for c in cues if not (c.kind is CueKind.BLOCK and _is_index_word(text, c))]
        return (Cue(0, 0, carried), *index)
    if (
        not naming
        and carried in _CARRIABLE
        and (
            _CONSENSUS.search(text)
            or _NEXT_YEAR_OF_LIST.match(text)
            # "Paraguay thus ranked behind Ecuador (1.35%), Bolivia (2.1%), and Peru (3.24%)":
            # figures of places in brackets, of the indicator the sentence before measured
            or _PLACES_IN_BRACKETS.search(text)
        )
    ):
        # "Economists polled by Reuters had expected a 0.2% quarterly and a 1.1% annual increase"
        return (Cue(0, 0, carried), *cues)
    if (naming and not the_rate) or not (the_rate or PRONOUN_START.match(text)):
        return tuple(cues)
    if carried is None and previous:
        carried = _subject_kind(find_cues(previous))
    if _MOVE_START.match(text):
        if previous and find_currency_mentions(previous):
            return tuple(cues)  # "The move represented a loss of 0.10%": the currency's
        carried = CueKind.POLICY  # "The move ...", "The cut ... to 1.5%": a rate decision
    return tuple(cues) if carried is None else (Cue(0, 0, carried), *cues)


_PLACES_IN_BRACKETS = re.compile(
    r"[A-Z][\w.'’-]*\s*\(\s*(?:(?i:minus)\s+|[-−+]\s?)?\d[\d.,]*\s?(?:%|(?i:per\s?cent))\s*\)"
    r"\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\("
)


def _subject_kind(cues: list[Cue]) -> CueKind | None:
    """Return the indicator of the first indicator word (the subject comes first), unless a
    blocked noun comes before it ("WPI (Wholesale Price Index) inflation rose 26.4%. On MoM
    basis, it increased by 3.1%": the wholesale index's)."""
    first = next((c for c in cues if c.kind in _CARRIABLE), None)
    if first is None or any(c.kind is CueKind.BLOCK and c.end <= first.start for c in cues):
        return None
    return first.kind


# The consensus for the figure of the sentence before, which names no indicator of its own
_CONSENSUS = re.compile(
    r"\b(?:had\s+(?:expected|forecast|predicted|estimated|projected)|median\s+(?:estimate|"
    r"forecast)|consensus|(?:economists|analysts)\s+(?:polled|surveyed)|"
    r"(?:forecasts|estimates|projections|predictions)\s+(?:\w+\s+){0,3}?"
    r"(?:ranged|ranging|varied|spanned)|range\s+of\s+(?:forecasts|estimates|projections)|"
    # "The central bank has reduced its own forecast to between 2.0 and 3.0 percent"
    r"(?:raised|cut|lowered|reduced|trimmed|revised|lifted|upgraded|downgraded)\s+"
    r"(?:its|their|the)\s+(?:own\s+)?(?:forecast|projection|prediction|outlook|estimate)s?\b|"
    # "The U.S. forecast was upgraded to 2.2% for 2017": a revision of the forecast just named
    # "the forecasts for 2025 and 2026 were slightly raised to 3.3 per cent and 3.7 per cent"
    # "In its previous forecast published in February, the central bank envisaged 3.6 percent"
    r"\b(?:previous|earlier|prior|last|February|May|August|November|spring|autumn|summer|winter)\s+"
    r"(?:forecasts?|projections?|outlook)\b|"
    r"(?:forecast|projection|outlook)s?\s+(?:for\s+[^,;%]{1,30}?\s+)?"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:upgraded|downgraded|raised|cut|lowered|revised|trimmed|lifted|kept|held|"
    r"maintained|left))\b",
    re.IGNORECASE,
)

# The next year of a list of forecasts by year: "The 2027 Selic forecast stayed at 10.50%. For
# 2028, the median moved up to 10.00%", "The 2027 median also remained 1.80%"
_NEXT_YEAR_OF_LIST = re.compile(
    r"\s*(?:For\s+(?:(?:19|20)\d\d|FY\s?\d\d)(?:\s+and\s+(?:19|20)\d\d)?,"
    r"|The\s+(?:19|20)\d\d\s+(?:median|forecast|projection|estimate|consensus)\b)"
)

# "the index" of the sentence before: "In November, the index rose 0.5%"
_THE_INDEX = re.compile(
    # "The monthly headline index increased by 0.1 percent"
    # "The narrower index excluding fresh food and energy prices climbed 2.0%"
    r"\b(?:the|this|that)\s+(?:(?:monthly|annual|headline|overall|general|all-items|price|"
    r"narrower|narrow|broader|broad|wider|core|underlying|main)\s+){0,2}"
    r"index\b",
    re.IGNORECASE,
)


def _is_index_word(text: str, cue: Cue) -> bool:
    return text[cue.start : cue.end].lower() == "index"


# A move of the rate named in the sentence before, in points or to a level: "a 25 basis point
# increase", "a smaller cut of 50 basis points", "an increase to 2.00 percent"
_RATE_MOVE_NOUN = re.compile(
    r"\b(?:an?\s+|the\s+)(?:[\w-]+\s+){0,2}?(?:(?:[\d.]+|one|two|three|a)[\s-]*(?:bps?|basis[\s-]+"
    r"points?|percentage[\s-]+points?|quarter[\s-]+points?|half[\s-]+points?)[\s-]+"
    r"(?:cut|hike|increase|rise|raise|reduction)|(?:cut|hike|increase|rise|raise|reduction)\s+(?:of|to)\s+"
    r"[\d.]+)",
    re.IGNORECASE,
)

# Words of a rate decision; prices "eased" too, so only the wider set counts "easing"
_DECISION_WORDS = r"bps?|basis[\s-]+points?|cut|cuts|hike|hikes|hiked|raised|lowered|tightened"

_DECISION_MOVE = re.compile(rf"\b(?:{_DECISION_WORDS})\b", re.IGNORECASE)

_POLICY_MOVE = re.compile(rf"\b(?:{_DECISION_WORDS}|eased|easing|tightening)\b", re.IGNORECASE)


#: "This left the annual rate at 2.8 per cent": a release leaving a pace, not a rate decision
RESULT_VERB = (
    r"(?:has\s+)?(?:left|leaves|put|puts|took|takes|brought|brings|pushed|pushes|lifted|lifts)"
)
_RESULT_LEFT = re.compile(
    rf"\s*(?:this|that)\s+{RESULT_VERB}\s+the\s+(?:annual|yearly|monthly|quarterly)\s+rate\b",
    re.IGNORECASE,
)


def _figure_rate(text: str, naming: list[Cue]) -> bool:
    """Return True when every bare rate is a figure's own ("a 40.1% rate")."""
    return all(_A_FIGURE_BEFORE.search(text, max(0, c.start - 40), c.start) for c in naming)


def _is_the_rate(text: str, cue: Cue) -> bool:
    """Return True for a bare "the rate" ("a 40.1% rate"), which refers back to an indicator
    named before."""
    if cue.kind is not CueKind.POLICY_WEAK or text[cue.start : cue.end].lower() != "rate":
        return False
    window = max(0, cue.start - 40)
    return bool(
        _THE_BEFORE.search(text, window, cue.start)
        or _A_FIGURE_BEFORE.search(text, window, cue.start)
    )


_THE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:average|annual|monthly|yearly|headline|current|latest|new|overall|previous|"
    r"prior|earlier)\s+){0,2}$"
)

_A_FIGURE_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+$"
)


def is_carried(cue: Cue) -> bool:
    """Return True for the empty cue a sentence takes from the previous one."""
    return cue.start == cue.end == 0
